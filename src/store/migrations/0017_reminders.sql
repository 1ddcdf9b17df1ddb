-- The reminders already given (issue 15): one row per deadline and lead time, so that each fires once, however
-- often the window starts or checks. `uid` is the deadline's stable id (request-due-12@privdesk), `lead` the lead
-- time (7d, 1d, 0d, overdue, 24h, 12h, 0h). No personal data: titles are in the audit entry that gave it.
CREATE TABLE reminder_given (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL,
    lead     TEXT NOT NULL,
    given_at TEXT NOT NULL,
    UNIQUE (uid, lead)
);
