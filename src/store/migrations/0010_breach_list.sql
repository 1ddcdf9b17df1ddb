-- The breach list filtered, sorted, searched and paged in SQLite, as the register and the requests are: derived
-- rows written with every change to a breach (and for every breach when the processor's notice hours change), and
-- rebuilt when the store opens and finds a row count that differs from the breaches'. Not exported.
CREATE TABLE breach_order (
    id        INTEGER PRIMARY KEY REFERENCES breach (id),
    status    TEXT NOT NULL,     -- from the facts: open, notified, closed, ...
    risk      TEXT,              -- the assessment's, when there is one
    title_key TEXT NOT NULL,     -- the title folded as the search box folds, for the order by title
    pending   INTEGER NOT NULL,  -- 1 while our deadline (the controller's when we are processor) is still to be met
    due_at    TEXT NOT NULL      -- that deadline, RFC 3339 in UTC: the nearest first in the order by deadline
);
CREATE INDEX breach_order_by_status ON breach_order (status);
CREATE INDEX breach_order_by_due ON breach_order (pending DESC, due_at);
CREATE INDEX breach_by_aware ON breach (aware_at);
-- Each breach's folded searchable text (its number, title, status, risk and nature in both languages).
CREATE VIRTUAL TABLE breach_search USING fts5(key, tokenize = 'trigram');
