-- A breach's notifications may go to the public (Art. 34(3)(c): the public communication that replaces telling
-- each person when that would need disproportionate effort). SQLite cannot change a CHECK constraint in place, so
-- the table is rebuilt with the wider list, its rows and ids kept, and its index made again. Nothing references it.
CREATE TABLE breach_notification_new (
    id           INTEGER PRIMARY KEY,
    breach_id    INTEGER NOT NULL REFERENCES breach (id),
    recipient    TEXT NOT NULL CHECK (recipient IN ('authority', 'people', 'controller', 'public')),
    phase        TEXT CHECK (phase IN ('initial', 'complementary')),
    at           TEXT NOT NULL,
    reference    TEXT,
    method       TEXT,
    reached      INTEGER,
    controller   TEXT,
    delay_reason TEXT,
    recorded_at  TEXT NOT NULL
);

INSERT INTO breach_notification_new (id, breach_id, recipient, phase, at, reference, method, reached, controller, delay_reason, recorded_at)
    SELECT id, breach_id, recipient, phase, at, reference, method, reached, controller, delay_reason, recorded_at FROM breach_notification;

DROP TABLE breach_notification;

ALTER TABLE breach_notification_new RENAME TO breach_notification;

CREATE INDEX breach_notification_breach ON breach_notification (breach_id);
