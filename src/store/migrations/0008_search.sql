-- Lists filtered, sorted and paged in SQLite. Migrations are append-only: never edit a file once released.
--
-- subprocessor_search: each subprocessor's searchable text (name, service, category in both languages, country and
-- locations as codes and as English and French names, legal entity, purpose, website), folded as the search box
-- folds what is typed (lower case, accents off, punctuation gone), in a trigram index so that a word found anywhere
-- in that text is found through the index. The row id is the subprocessor's. The store writes it with each record
-- and rebuilds it when the store opens and its row count disagrees (an import of an export, a file from before this
-- version). Derived data: it is not exported and has no audit entry.
CREATE VIRTUAL TABLE subprocessor_search USING fts5(key, tokenize = 'trigram');

-- The register's filters and sorts.
CREATE INDEX subprocessor_by_status ON subprocessor (status);
CREATE INDEX subprocessor_by_category ON subprocessor (category);
CREATE INDEX subprocessor_by_country ON subprocessor (country);
CREATE INDEX subprocessor_by_updated ON subprocessor (updated_at);

-- Requests: what the list filters and sorts on that is computed from the facts (the status; the due date, which
-- also depends on the organisation's holiday calendar), and the folded requester for the order by name, one row
-- per request; the store writes it with each request and again for every request when the calendar changes, and
-- rebuilds it when the store opens and a row is missing. The folded searchable text (reference, requester, e-mail,
-- rights, channel, regime, notes) is in request_search. Both are derived: not exported, no audit entry; the retention
-- purge rewrites them with the pseudonym.
CREATE TABLE request_order (
    id            INTEGER PRIMARY KEY REFERENCES request (id),
    status        TEXT NOT NULL,
    due_on        TEXT NOT NULL,
    closed_on     TEXT,              -- the request's own, here so that one index gives the list's order
    requester_key TEXT NOT NULL
);
-- The list's default order (open ones soonest due first, then closed ones most recently closed first), read from
-- the index a page at a time rather than sorted whole.
CREATE INDEX request_order_by_due ON request_order ((closed_on IS NOT NULL), closed_on DESC, due_on, id);
CREATE INDEX request_order_by_status ON request_order (status, due_on);
CREATE INDEX request_order_by_requester ON request_order (requester_key);
CREATE INDEX request_by_received ON request (received_on);
CREATE VIRTUAL TABLE request_search USING fts5(key, tokenize = 'trigram');
