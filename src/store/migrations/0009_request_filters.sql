-- The request list's filters read one table: request_order gains the request's regime and rights (copied from the
-- request, as its closed_on is), so that a filter by status, regime or right and its count never read the requests
-- themselves, only the page does. Derived data: the table is dropped and made again here, and the store fills it
-- when it opens (its row count then disagrees with the requests').
DROP TABLE request_order;
CREATE TABLE request_order (
    id            INTEGER PRIMARY KEY REFERENCES request (id),
    status        TEXT NOT NULL,
    due_on        TEXT NOT NULL,
    closed_on     TEXT,              -- the request's own, here so that one index gives the list's order
    requester_key TEXT NOT NULL,
    regime        TEXT NOT NULL,     -- the request's own
    rights        TEXT NOT NULL      -- the request's own: a JSON array of codes
);
CREATE INDEX request_order_by_due ON request_order ((closed_on IS NOT NULL), closed_on DESC, due_on, id);
CREATE INDEX request_order_by_status ON request_order (status, due_on);
CREATE INDEX request_order_by_requester ON request_order (requester_key);
