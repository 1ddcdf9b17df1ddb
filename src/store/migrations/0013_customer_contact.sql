-- A customer's contact details and representative, which a processor's record names for each controller it acts
-- for (Art. 30(2)(a)): the person to write to, the postal address, and the customer's representative in the EU or
-- the UK (Art. 27) when it has one. Empty for the customers recorded before.
ALTER TABLE customer ADD COLUMN contact_name TEXT;
ALTER TABLE customer ADD COLUMN address TEXT;
ALTER TABLE customer ADD COLUMN representative TEXT;
