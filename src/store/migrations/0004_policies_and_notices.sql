-- Policies with their versions and the changes between versions (product.md module 6), the customer list, and
-- subprocessor change notices with the customers notified and their objections (module 3).

CREATE TABLE policy (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE policy_version (
    id INTEGER PRIMARY KEY,
    policy_id INTEGER NOT NULL REFERENCES policy (id),
    label TEXT NOT NULL,
    dated_on TEXT,
    source TEXT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (policy_id, label)
);

-- One change per new version: the move from the version before it. Status and effective date are derived.
CREATE TABLE policy_change (
    id INTEGER PRIMARY KEY,
    policy_id INTEGER NOT NULL REFERENCES policy (id),
    from_version_id INTEGER REFERENCES policy_version (id),
    to_version_id INTEGER NOT NULL UNIQUE REFERENCES policy_version (id),
    class TEXT NOT NULL,
    summary TEXT,
    notice_on TEXT,
    period_days INTEGER,
    period_reason TEXT,
    adds_processing INTEGER NOT NULL DEFAULT 0,
    recipients TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    contact_email TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE subprocessor_notice (
    id INTEGER PRIMARY KEY,
    subprocessor_id INTEGER NOT NULL REFERENCES subprocessor (id),
    replaces_id INTEGER REFERENCES subprocessor (id),
    notice_on TEXT NOT NULL,
    objection_days INTEGER NOT NULL,
    activated_on TEXT,
    activation_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX subprocessor_notice_by_subprocessor ON subprocessor_notice (subprocessor_id);

CREATE TABLE notice_customer (
    notice_id INTEGER NOT NULL REFERENCES subprocessor_notice (id),
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    notified_on TEXT NOT NULL,
    PRIMARY KEY (notice_id, customer_id)
);

CREATE TABLE notice_objection (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES subprocessor_notice (id),
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    received_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT,
    outcome_on TEXT,
    outcome_note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX notice_objection_by_notice ON notice_objection (notice_id);
