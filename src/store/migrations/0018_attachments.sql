-- Evidence files (issue 16): files kept with a record, inside the store so that they are encrypted, backed up,
-- exported and restored with everything else.
--
-- `attachment_content` holds each distinct file once, keyed by the SHA-256 of its bytes: the same file attached
-- twice (to one record after a removal, or to two records) is stored once. A row goes when no attachment that is
-- still kept refers to it (with secure_delete on, its pages are zeroed).
CREATE TABLE attachment_content (
    sha256 TEXT PRIMARY KEY,                -- lower-case hex of the SHA-256 of `bytes`
    size   INTEGER NOT NULL,
    bytes  BLOB NOT NULL
);

-- One file attached to one record. `entity` is subprocessor, request, breach, policy-version, notice or activity;
-- `record_id` that record's id. Removal keeps the row with its hash, who removed it, when and why; the content
-- goes. A request's purge removes its files and replaces their names (which may name the requester).
CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY,
    entity         TEXT NOT NULL CHECK (entity IN ('subprocessor', 'request', 'breach', 'policy-version', 'notice', 'activity')),
    record_id      INTEGER NOT NULL,
    name           TEXT NOT NULL,
    media_type     TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('identity', 'evidence', 'contract', 'correspondence', 'other')),
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL,
    removed_at     TEXT,
    removed_by     TEXT,
    removed_reason TEXT
);
CREATE INDEX attachment_record ON attachment (entity, record_id);
CREATE INDEX attachment_content_of ON attachment (sha256);
