-- The user's adequacy list (rules.md §4), when the user has replaced the one shipped with Privacy Desk. One row at
-- most: no row means the shipped list is in use. The list is one JSON value because it is always read and written
-- whole.

CREATE TABLE adequacy (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    list       TEXT NOT NULL,          -- Adequacy as JSON: as_of and countries
    updated_at TEXT NOT NULL
);
