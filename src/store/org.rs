//! The `org` table: one row, the organisation profile.

use crate::error::{Error, Result};
use crate::org::{Org, OrgDraft};
use crate::store::{from_json, Store};
use rusqlite::{params, OptionalExtension};

/// The profile as stored, read on any connection (a transaction's too).
pub(super) fn org_in(conn: &rusqlite::Connection) -> Result<Option<Org>> {
    let text: Option<String> = conn.query_row("SELECT profile FROM org WHERE id = 1", [], |r| r.get(0)).optional()?;
    text.map(|t| from_json("organisation profile", &t)).transpose()
}

impl Store {
    pub fn org(&self) -> Result<Option<Org>> {
        org_in(self.conn())
    }

    /// The organisation's working calendar (its public holidays and the days it added), for business-day periods.
    pub fn working_calendar(&self) -> Result<crate::calendar::WorkingCalendar> {
        Ok(self.require_org()?.working_calendar())
    }

    /// The profile, or the error that tells the user to set it up first.
    pub fn require_org(&self) -> Result<Org> {
        self.org()?.ok_or(Error::NotInitialised)
    }

    /// Creates or replaces the profile after validating it.
    pub fn save_org(&mut self, draft: &OrgDraft) -> Result<Org> {
        self.atomically(|s| {
            let org = draft.validate()?;
            let before = s.org()?;
            if before.as_ref() == Some(&org) {
                return Ok(org);
            }
            s.write(|tx| {
                let json = serde_json::to_string(&org).expect("the profile serialises");
                tx.execute(
                    "INSERT INTO org (id, profile, updated_at) VALUES (1, ?1, ?2)
                     ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at",
                    params![json, crate::audit::format_instant(tx.now())],
                )?;
                let action = if before.is_some() { "update" } else { "create" };
                tx.audit("org", None, action, before.as_ref(), Some(&org))?;
                // Due dates count working days under the calendar, which may have changed.
                if before.as_ref().map(|b| b.working_calendar()) != Some(org.working_calendar()) {
                    super::request::derive_all(tx)?;
                }
                // The list's deadline of a breach counts the processor's notice hours, and 24 hours under PECR.
                let rules = |o: &crate::org::Org| crate::breach::Rules::of(o);
                if before.as_ref().map(rules) != Some(rules(&org)) {
                    super::breach::derive_all(tx, tx.now())?;
                }
                Ok(())
            })?;
            Ok(org)
        })
    }
}
