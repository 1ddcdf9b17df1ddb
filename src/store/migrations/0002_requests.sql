-- Data subject requests and their timelines.
-- A request row keeps facts only (dates of what happened); its status and due date are computed when read, so they
-- never go stale. Migrations are append-only: never edit a file once released; add the next one.

CREATE TABLE request (
    id                        INTEGER PRIMARY KEY,
    requester                 TEXT NOT NULL,          -- after the retention purge: the pseudonym "Requester R-000123"
    email                     TEXT,
    postal_address            TEXT,
    channel                   TEXT NOT NULL,
    rights                    TEXT NOT NULL,          -- JSON array of right codes, at least one
    regime                    TEXT NOT NULL CHECK (regime IN ('eu-gdpr', 'uk-gdpr', 'ccpa')),
    received_on               TEXT NOT NULL,
    fee                       TEXT,
    notes                     TEXT,
    identity_requested_on     TEXT,
    identity_received_on      TEXT,
    clarification_asked_on    TEXT,
    clarification_answered_on TEXT,
    fee_received_on           TEXT,
    eu_pause_applied          INTEGER NOT NULL DEFAULT 0 CHECK (eu_pause_applied IN (0, 1)),
    extension_reason          TEXT,
    extension_notified_on     TEXT,
    in_progress_on            TEXT,
    outcome                   TEXT CHECK (outcome IN ('completed', 'refused', 'withdrawn')),
    closed_on                 TEXT,
    close_reason              TEXT,
    pseudonymised_on          TEXT,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    -- A closed request keeps its outcome and its response date together.
    CHECK ((outcome IS NULL) = (closed_on IS NULL)),
    CHECK ((extension_reason IS NULL) = (extension_notified_on IS NULL) OR pseudonymised_on IS NOT NULL)
);

CREATE INDEX request_closed_on ON request (closed_on);

-- The timeline: one row per recorded step, in the order recorded.
CREATE TABLE request_event (
    seq        INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES request (id),
    kind       TEXT NOT NULL,
    on_date    TEXT NOT NULL,       -- the day it happened
    reason     TEXT,
    actor      TEXT NOT NULL,       -- who recorded it
    at         TEXT NOT NULL        -- when it was recorded
);

CREATE INDEX request_event_request ON request_event (request_id, seq);
