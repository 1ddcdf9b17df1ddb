-- Data safety: a salt per request for the digests the audit log keeps of its requester's details (cleared by the
-- retention purge, so that nobody can confirm a name against the log by hashing it afterwards), the audit chain's
-- key once the store is encrypted, and the window's settings (backup rotation).
-- Migrations are append-only: never edit a file once released; add the next one.

ALTER TABLE request ADD COLUMN digest_salt TEXT;
UPDATE request SET digest_salt = lower(hex(randomblob(16))) WHERE pseudonymised_on IS NULL;

-- 1 when the entry's hash is an HMAC under the store's chain key rather than a plain SHA-256.
ALTER TABLE audit_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1));

-- One row once the store has been encrypted: the key of the audit chain (hex) and the first entry it keys. It is
-- readable only with the passphrase while the store is encrypted.
CREATE TABLE store_key (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    chain_key TEXT NOT NULL,
    from_seq  INTEGER NOT NULL
);

-- Settings kept in the store (`backup.daily`, `backup.weekly`), and the store's own bookkeeping (`internal.…`, not
-- exported).
CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Requests recorded before this migration have plain SHA-256 digests in their audit entries: the store appends one
-- entry per request with the salted form when it next opens (so that the records check compares like with like).
INSERT INTO setting (name, value) SELECT 'internal.upgrade-request-digests', 'pending' WHERE EXISTS (SELECT 1 FROM request);
