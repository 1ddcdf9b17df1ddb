-- The breach register (product.md module 5): every incident, notified or not, its notifications and its timeline.
-- Instants are RFC 3339 text in UTC. The status, lateness and deadlines are derived when read, never stored.

CREATE TABLE breach (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL,
    aware_at           TEXT NOT NULL,          -- also inside facts; a column so that lists sort without parsing JSON
    facts              TEXT NOT NULL,          -- the validated facts (BreachData) as JSON, read and written whole
    risk               TEXT CHECK (risk IN ('unlikely', 'risk', 'high')),
    risk_reason        TEXT,
    assessed_at        TEXT,
    authority_decision TEXT,                   -- JSON: notify, reason, exemptions, at
    people_decision    TEXT,                   -- JSON: notify, reason, exemptions, at
    closed_at          TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((risk IS NULL) = (risk_reason IS NULL) AND (risk IS NULL) = (assessed_at IS NULL))
);

CREATE TABLE breach_notification (
    id           INTEGER PRIMARY KEY,
    breach_id    INTEGER NOT NULL REFERENCES breach (id),
    recipient    TEXT NOT NULL CHECK (recipient IN ('authority', 'people', 'controller')),
    phase        TEXT CHECK (phase IN ('initial', 'complementary')),
    at           TEXT NOT NULL,
    reference    TEXT,
    method       TEXT,
    reached      INTEGER,
    controller   TEXT,
    delay_reason TEXT,
    recorded_at  TEXT NOT NULL
);

CREATE INDEX breach_notification_breach ON breach_notification (breach_id);

CREATE TABLE breach_event (
    id          INTEGER PRIMARY KEY,
    breach_id   INTEGER NOT NULL REFERENCES breach (id),
    at          TEXT NOT NULL,
    text        TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE INDEX breach_event_breach ON breach_event (breach_id);
