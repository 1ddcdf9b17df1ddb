-- The record of processing activities (Art. 30). The activity's facts are one JSON column because they are always
-- read and written whole and never queried; what links an activity to other records has its own rows: the
-- subprocessors of the register (foreign key, so a linked subprocessor cannot vanish) and, for the processor record,
-- the customers it is carried out for.

CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
    data        TEXT NOT NULL,          -- ActivityData as JSON, without the links below
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_on TEXT                    -- the day it was archived; archived activities are kept
);

CREATE TABLE activity_subprocessor (
    activity_id     INTEGER NOT NULL REFERENCES activity (id),
    subprocessor_id INTEGER NOT NULL REFERENCES subprocessor (id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (activity_id, subprocessor_id)
);

CREATE INDEX activity_subprocessor_by_subprocessor ON activity_subprocessor (subprocessor_id);

-- The processor record (Art. 30(2)): each customer (controller) a processor activity is carried out for, and the
-- categories of processing done for it. Customers are named here; a shared customer list can replace the name by a
-- reference in a later migration.
CREATE TABLE activity_customer (
    activity_id INTEGER NOT NULL REFERENCES activity (id),
    position    INTEGER NOT NULL,
    customer    TEXT NOT NULL,
    processing  TEXT NOT NULL DEFAULT '[]',   -- JSON array of text
    PRIMARY KEY (activity_id, position)
);

CREATE INDEX activity_customer_by_customer ON activity_customer (customer);
