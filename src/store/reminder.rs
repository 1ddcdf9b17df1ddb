//! The `reminder_given` table (migration `0017_reminders.sql`): which reminders were given, so that each deadline
//! reminds once per lead time ([`crate::deadline::reminder`]).

use crate::deadline::reminder::{self, Reminder};
use crate::error::Result;
use crate::store::{rows_of, Store};
use rusqlite::params;
use serde::Serialize;
use std::collections::HashSet;

/// What an audit entry of a given reminder holds: what it was about, never more than the deadline list shows.
#[derive(Serialize)]
struct Given<'a> {
    deadline: &'a str,
    lead: &'a str,
    due_on: chrono::NaiveDate,
    title: &'a str,
}

impl Store {
    /// The `uid lead` keys of every reminder given.
    pub fn reminders_given(&self) -> Result<HashSet<String>> {
        let keys = rows_of(self.conn(), "SELECT uid, lead FROM reminder_given", [], |r| {
            Ok(reminder::key(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?))
        })?;
        Ok(keys.into_iter().collect())
    }

    /// The reminders due now, in the order to show them, remembered as given (with the earlier lead times they
    /// supersede) in one transaction with an audit entry each: a reminder is never given twice, even by two windows
    /// at once. Nothing is due, and nothing written, while the organisation turned desktop reminders off.
    pub fn take_reminders(&mut self) -> Result<Vec<Reminder>> {
        self.atomically(|s| {
            let org = s.require_org()?;
            if !org.desktop_reminders {
                return Ok(Vec::new());
            }
            let leads = org.reminder_leads();
            let today = org.today(s.now());
            let (items, _) = crate::deadline::from_store(s, Some(today + chrono::Days::new(reminder::horizon_days(&leads))))?;
            let due = reminder::due(&items, &leads, org.tz(), s.now(), &s.reminders_given()?);
            if due.settled.is_empty() {
                return Ok(Vec::new());
            }
            s.write(|tx| {
                let at = crate::audit::format_instant(tx.now());
                for (uid, lead) in &due.settled {
                    tx.execute("INSERT OR IGNORE INTO reminder_given (uid, lead, given_at) VALUES (?1, ?2, ?3)", params![uid, lead, at])?;
                }
                for r in &due.reminders {
                    let d = &r.deadline;
                    let given = Given { deadline: &d.uid, lead: &r.lead, due_on: d.due_on, title: &d.title };
                    tx.audit::<(), _>("reminder", Some(d.link.id), "remind", None, Some(&given))?;
                }
                Ok(())
            })?;
            Ok(due.reminders)
        })
    }
}
