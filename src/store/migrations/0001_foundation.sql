-- The foundation: the organisation profile, the subprocessor register and the audit log.
-- Migrations are append-only: never edit a file once released; add the next one.

CREATE TABLE org (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    profile    TEXT NOT NULL,          -- the validated profile as JSON (one row: the organisation this file is about)
    updated_at TEXT NOT NULL
);

CREATE TABLE subprocessor (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    legal_entity         TEXT,
    address              TEXT,
    country              TEXT NOT NULL,
    service              TEXT NOT NULL,
    purpose              TEXT,
    category             TEXT NOT NULL,
    data_categories      TEXT NOT NULL DEFAULT '[]',
    subject_categories   TEXT NOT NULL DEFAULT '[]',
    locations            TEXT NOT NULL DEFAULT '[]',
    transfer_mechanism   TEXT,
    transfer_notes       TEXT,
    dpa_signed_on        TEXT,
    dpa_reference        TEXT,
    certifications       TEXT NOT NULL DEFAULT '[]',
    security_reviewed_on TEXT,
    access               TEXT,
    website              TEXT,
    privacy_policy_url   TEXT,
    status               TEXT NOT NULL CHECK (status IN ('proposed', 'announced', 'active', 'retired')),
    started_on           TEXT,
    ended_on             TEXT,
    notes                TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- The application only ever appends. These triggers make an accidental UPDATE or DELETE fail; deliberate
-- tampering (dropping the triggers) is what the hash chain is for.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
