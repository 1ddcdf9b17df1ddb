-- How a subprocessor notice's objection period counts its days: 'calendar' (every day, as all notices recorded
-- before) or 'business' (Monday to Friday without the organisation's public holidays), as contracts often say
-- "10 business days".
ALTER TABLE subprocessor_notice ADD COLUMN objection_unit TEXT NOT NULL DEFAULT 'calendar'
    CHECK (objection_unit IN ('calendar', 'business'));
