//! The `breach`, `breach_notification` and `breach_event` tables.
//!
//! The facts are one JSON column: they are always read and written whole and never filtered in SQL, and the
//! validated `BreachData` is their single definition. What the register's lifecycle turns on (risk, decisions,
//! notifications, closure) has its own columns and rows.

use crate::audit::format_instant;
use crate::breach::{
    Assessment, Breach, BreachData, BreachDraft, BreachEvent, BreachFilter, BreachId, BreachSummary, BreachView, Decision, DecisionAbout, DecisionDraft, Notification,
    NotificationDraft, Phase, Recipient, Risk,
};
use crate::error::{Error, Result};
use crate::org::DEFAULT_PROCESSOR_NOTICE_HOURS;
use crate::store::{from_json, parse_instant, rows_of, Store, StoreError, Tx};
use rusqlite::{named_params, params, Connection, Row};

const ENTITY: &str = "breach";

fn corrupt(what: &str, reason: String) -> Error {
    StoreError::Corrupt { what: what.into(), reason }.into()
}

fn opt_instant(what: &str, v: Option<String>) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
    v.map(|s| parse_instant(what, &s)).transpose()
}

fn notifications(conn: &Connection, id: BreachId) -> Result<Vec<Notification>> {
    let sql = "SELECT id, recipient, phase, at, reference, method, reached, controller, delay_reason, recorded_at
               FROM breach_notification WHERE breach_id = ?1 ORDER BY at, id";
    rows_of(conn, sql, [id], |r| {
        let recipient: String = r.get("recipient")?;
        let phase: Option<String> = r.get("phase")?;
        let reached: Option<i64> = r.get("reached")?;
        Ok(Notification {
            id: r.get("id")?,
            recipient: Recipient::parse(&recipient).map_err(|e| corrupt("recipient", e))?,
            phase: phase.map(|p| Phase::parse(&p)).transpose().map_err(|e| corrupt("phase", e))?,
            at: parse_instant("notification at", &r.get::<_, String>("at")?)?,
            reference: r.get("reference")?,
            method: r.get("method")?,
            reached: reached.map(|n| n as u64),
            controller: r.get("controller")?,
            delay_reason: r.get("delay_reason")?,
            recorded_at: parse_instant("notification recorded_at", &r.get::<_, String>("recorded_at")?)?,
        })
    })
}

fn events(conn: &Connection, id: BreachId) -> Result<Vec<BreachEvent>> {
    rows_of(conn, "SELECT id, at, text, recorded_at FROM breach_event WHERE breach_id = ?1 ORDER BY at, id", [id], |r| {
        Ok(BreachEvent {
            id: r.get("id")?,
            at: parse_instant("event at", &r.get::<_, String>("at")?)?,
            text: r.get("text")?,
            recorded_at: parse_instant("event recorded_at", &r.get::<_, String>("recorded_at")?)?,
        })
    })
}

fn read(conn: &Connection, r: &Row<'_>) -> Result<Breach> {
    let id: BreachId = r.get("id")?;
    let data: BreachData = from_json("breach facts", &r.get::<_, String>("facts")?)?;
    let risk: Option<String> = r.get("risk")?;
    let assessment = match risk {
        None => None,
        Some(risk) => Some(Assessment {
            risk: Risk::parse(&risk).map_err(|e| corrupt("risk", e))?,
            reason: r.get::<_, Option<String>>("risk_reason")?.unwrap_or_default(),
            at: parse_instant("assessed_at", &r.get::<_, Option<String>>("assessed_at")?.unwrap_or_default())?,
        }),
    };
    let decision = |col: &str| -> Result<Option<Decision>> { r.get::<_, Option<String>>(col)?.map(|t| from_json(col, &t)).transpose() };
    Ok(Breach {
        id,
        data,
        assessment,
        authority_decision: decision("authority_decision")?,
        people_decision: decision("people_decision")?,
        notifications: notifications(conn, id)?,
        events: events(conn, id)?,
        closed_at: opt_instant("closed_at", r.get("closed_at")?)?,
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
        updated_at: parse_instant("updated_at", &r.get::<_, String>("updated_at")?)?,
    })
}

const COLUMNS: &str = "id, facts, risk, risk_reason, assessed_at, authority_decision, people_decision, closed_at, created_at, updated_at";

fn get_in(conn: &Connection, id: BreachId) -> Result<Breach> {
    rows_of(conn, &format!("SELECT {COLUMNS} FROM breach WHERE id = ?1"), [id], |r| read(conn, r))?.pop().ok_or(Error::NotFound { entity: ENTITY, id: id.0 })
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("domain types serialise")
}

fn touch(tx: &Tx<'_>, id: BreachId) -> Result<()> {
    tx.execute("UPDATE breach SET updated_at = ?1 WHERE id = ?2", params![format_instant(tx.now()), id])?;
    Ok(())
}

/// Runs one change on one breach: reads it before, applies `change`, audits before and after.
fn change(tx: &Tx<'_>, id: BreachId, action: &str, change: impl FnOnce(&Tx<'_>) -> Result<()>) -> Result<()> {
    let before = get_in(tx, id)?;
    change(tx)?;
    touch(tx, id)?;
    let after = get_in(tx, id)?;
    tx.audit(ENTITY, Some(id.0), action, Some(&before), Some(&after))
}

/// Every breach as the audit log records it (the whole record), for the check of records against the log.
pub(super) fn audit_forms(conn: &Connection) -> Result<Vec<(Option<i64>, serde_json::Value)>> {
    let ids: Vec<BreachId> = conn.prepare("SELECT id FROM breach ORDER BY id")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| Ok((Some(id.0), serde_json::to_value(get_in(conn, id)?).expect("the breach serialises")))).collect()
}

impl Store {
    /// Every breach, oldest first.
    pub fn breaches(&self) -> Result<Vec<Breach>> {
        rows_of(self.conn(), &format!("SELECT {COLUMNS} FROM breach ORDER BY aware_at, id"), [], |r| read(self.conn(), r))
    }

    pub fn breach(&self, id: BreachId) -> Result<Breach> {
        get_in(self.conn(), id)
    }

    /// One breach with its status, its clock relative to the store's now, and its timeline.
    pub fn breach_view(&self, id: BreachId) -> Result<BreachView> {
        let org = self.require_org()?;
        Ok(BreachView::new(self.breach(id)?, &org, self.now()))
    }

    /// The register as the list shows it, filtered and sorted, with deadlines relative to the store's now.
    pub fn breach_summaries(&self, filter: &BreachFilter) -> Result<Vec<BreachSummary>> {
        let org = self.require_org()?;
        let now = self.now();
        let items = self.breaches()?.iter().map(|b| b.summary(org.processor_notice_hours, now, org.tz())).collect();
        Ok(crate::breach::filter(items, filter))
    }

    /// The processor's notice hours from the profile (24 before the profile exists).
    fn processor_hours(&self) -> Result<u32> {
        Ok(self.org()?.map(|o| o.processor_notice_hours).unwrap_or(DEFAULT_PROCESSOR_NOTICE_HOURS))
    }

    /// Now, and the zone typed local times are read in: the organisation's (UTC before the profile exists).
    pub fn moment(&self) -> Result<crate::breach::clock::Moment> {
        Ok(crate::breach::clock::Moment { now: self.now(), tz: self.org()?.map(|o| o.tz()).unwrap_or(chrono_tz::Tz::UTC) })
    }

    pub fn add_breach(&mut self, draft: &BreachDraft) -> Result<Breach> {
        self.atomically(|s| {
            let data = draft.validate(s.moment()?)?;
            let id = s.write(|tx| {
                let now = format_instant(tx.now());
                tx.execute(
                    "INSERT INTO breach (title, aware_at, facts, created_at, updated_at) VALUES (:title, :aware_at, :facts, :now, :now)",
                    named_params! { ":title": data.title, ":aware_at": format_instant(data.aware_at), ":facts": json(&data), ":now": now },
                )?;
                let id = BreachId(tx.last_insert_rowid());
                let created = get_in(tx, id)?;
                tx.created(ENTITY, id, &created)
            })?;
            s.breach(id)
        })
    }

    pub fn update_breach(&mut self, id: BreachId, draft: &BreachDraft) -> Result<Breach> {
        self.atomically(|s| {
            let current = s.breach(id)?;
            let data = draft.validate(s.moment()?)?;
            current.check_update(&data)?;
            if data == current.data {
                return Ok(current);
            }
            s.write(|tx| {
                change(tx, id, "update", |tx| {
                    tx.execute(
                        "UPDATE breach SET title = ?1, aware_at = ?2, facts = ?3 WHERE id = ?4",
                        params![data.title, format_instant(data.aware_at), json(&data), id],
                    )?;
                    Ok(())
                })
            })?;
            s.breach(id)
        })
    }

    /// Records the risk level and its reasoning.
    pub fn assess_breach(&mut self, id: BreachId, risk: &str, reason: &str) -> Result<Breach> {
        self.atomically(|s| {
            let a = s.breach(id)?.assess(risk, reason, s.now())?;
            s.write(|tx| {
                change(tx, id, "assess", |tx| {
                    tx.execute(
                        "UPDATE breach SET risk = ?1, risk_reason = ?2, assessed_at = ?3 WHERE id = ?4",
                        params![a.risk.as_str(), a.reason, format_instant(tx.now()), id],
                    )?;
                    Ok(())
                })
            })?;
            s.breach(id)
        })
    }

    /// Records a decision to notify the authority or tell the people, or not to, with its reasons.
    pub fn decide_breach(&mut self, id: BreachId, draft: &DecisionDraft) -> Result<Breach> {
        self.atomically(|s| {
            let mut d = s.breach(id)?.decide(draft, s.now())?;
            s.write(|tx| {
                d.at = tx.now();
                let column = match draft.about {
                    DecisionAbout::Authority => "authority_decision",
                    DecisionAbout::People => "people_decision",
                };
                change(tx, id, "decide", |tx| {
                    tx.execute(&format!("UPDATE breach SET {column} = ?1 WHERE id = ?2"), params![json(&d), id])?;
                    Ok(())
                })
            })?;
            s.breach(id)
        })
    }

    /// Records a notification made. Notifying the authority or the people with no decision recorded records the
    /// decision to notify too, since the notification is that decision carried out.
    pub fn notify_breach(&mut self, id: BreachId, draft: &NotificationDraft) -> Result<Breach> {
        self.atomically(|s| {
            let current = s.breach(id)?;
            let n = current.notify(draft, s.processor_hours()?, s.moment()?)?;
            s.write(|tx| {
                change(tx, id, "notify", |tx| {
                    tx.execute(
                        "INSERT INTO breach_notification (breach_id, recipient, phase, at, reference, method, reached, controller, delay_reason, recorded_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        params![
                            id,
                            n.recipient.as_str(),
                            n.phase.map(|p| p.as_str()),
                            format_instant(n.at),
                            n.reference,
                            n.method,
                            n.reached.map(|r| r as i64),
                            n.controller,
                            n.delay_reason,
                            format_instant(tx.now())
                        ],
                    )?;
                    let implied = |column: &str| -> Result<()> {
                        let d = Decision { notify: true, reason: None, exemptions: Vec::new(), at: tx.now() };
                        tx.execute(&format!("UPDATE breach SET {column} = ?1 WHERE id = ?2 AND {column} IS NULL"), params![json(&d), id])?;
                        Ok(())
                    };
                    match n.recipient {
                        Recipient::Authority => implied("authority_decision"),
                        Recipient::People => implied("people_decision"),
                        Recipient::Controller => Ok(()),
                    }
                })
            })?;
            s.breach(id)
        })
    }

    /// Notes an event on the timeline.
    pub fn note_breach(&mut self, id: BreachId, at: &str, text: &str) -> Result<Breach> {
        self.atomically(|s| {
            let (at, text) = s.breach(id)?.note(at, text, s.moment()?)?;
            s.write(|tx| {
                change(tx, id, "note", |tx| {
                    tx.execute(
                        "INSERT INTO breach_event (breach_id, at, text, recorded_at) VALUES (?1, ?2, ?3, ?4)",
                        params![id, format_instant(at), text, format_instant(tx.now())],
                    )?;
                    Ok(())
                })
            })?;
            s.breach(id)
        })
    }

    /// Reopens a closed breach with its reason, which goes on the timeline; the record can then change again.
    pub fn reopen_breach(&mut self, id: BreachId, reason: &str) -> Result<Breach> {
        self.atomically(|s| {
            let breach = s.breach(id)?;
            let reason = breach.check_reopen(reason)?;
            // The closure leaves the record's fields but stays on the timeline, in the reopening's own line.
            let tz = s.require_org()?.tz();
            let closed = breach.closed_at.map(|at| crate::breach::clock::local(at, tz)).unwrap_or_default();
            s.write(|tx| {
                change(tx, id, "reopen", |tx| {
                    tx.execute("UPDATE breach SET closed_at = NULL WHERE id = ?1", params![id])?;
                    tx.execute(
                        "INSERT INTO breach_event (breach_id, at, text, recorded_at) VALUES (?1, ?2, ?3, ?2)",
                        params![id, format_instant(tx.now()), format!("Reopened (it was closed on {closed}): {reason}")],
                    )?;
                    Ok(())
                })
            })?;
            s.breach(id)
        })
    }

    /// Closes a breach whose work is done; the record stays in the register.
    pub fn close_breach(&mut self, id: BreachId) -> Result<Breach> {
        self.atomically(|s| {
            s.breach(id)?.check_close()?;
            s.write(|tx| {
                change(tx, id, "close", |tx| {
                    tx.execute("UPDATE breach SET closed_at = ?1 WHERE id = ?2", params![format_instant(tx.now()), id])?;
                    Ok(())
                })
            })?;
            s.breach(id)
        })
    }
}
