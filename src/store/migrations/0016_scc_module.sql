-- The module of the 2021 Standard Contractual Clauses a transfer uses (with the SCCs or the UK Addendum), a field of
-- its own rather than words in the transfer notes: controller-to-controller (module 1),
-- controller-to-processor (2), processor-to-processor (3), processor-to-controller (4). Empty for the records saved before.
ALTER TABLE subprocessor ADD COLUMN scc_module TEXT
    CHECK (scc_module IS NULL OR scc_module IN ('controller-to-controller', 'controller-to-processor', 'processor-to-processor', 'processor-to-controller'));
