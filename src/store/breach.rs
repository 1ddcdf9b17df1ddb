//! The `breach`, `breach_notification` and `breach_event` tables.
//!
//! The facts are one JSON column: they are always read and written whole and never filtered in SQL, and the
//! validated `BreachData` is their single definition. What the register's lifecycle turns on (risk, decisions,
//! notifications, closure) has its own columns and rows.

use crate::audit::format_instant;
use crate::breach::{
    Assessment, Breach, BreachData, BreachDraft, BreachEvent, BreachFilter, BreachId, BreachPage, BreachSort, BreachStatus, BreachUrgency, BreachView, Decision,
    DecisionAbout, DecisionDraft, Notification, NotificationDraft, Phase, Recipient, Risk, Rules,
};
use chrono::{DateTime, Utc};
use crate::error::{Error, Result};
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
    derive(tx, &get_in(tx, id)?, rules_in(tx)?, tx.now())
}

/// The breach rules from the profile (the GDPR and 24 processor hours before the profile exists).
fn rules_in(conn: &Connection) -> Result<Rules> {
    Ok(super::org::org_in(conn)?.map(|o| Rules::of(&o)).unwrap_or_default())
}

/// Writes what the list filters, sorts and searches on for one breach: its status, risk, folded title and our
/// deadline with whether it is still to be met (`breach_order`; none of it depends on now), and its searchable text
/// (`breach_search`).
fn derive(conn: &Connection, b: &Breach, rules: Rules, now: DateTime<Utc>) -> Result<()> {
    // Whether a deadline is pending (on time, soon or overdue) and when it falls are facts of the record; `now`
    // only tells the three pending urgencies apart, which are one here.
    let s = b.summary(rules, now, chrono_tz::Tz::UTC);
    let pending = matches!(s.urgency, BreachUrgency::Ok | BreachUrgency::Soon | BreachUrgency::Overdue);
    conn.execute(
        "INSERT INTO breach_order (id, status, risk, title_key, pending, due_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, risk = excluded.risk, title_key = excluded.title_key,
            pending = excluded.pending, due_at = excluded.due_at",
        params![b.id, s.status.as_str(), s.risk.map(|r| r.as_str()), crate::text::search_key(&b.data.title), pending, format_instant(s.due_at)],
    )?;
    super::write_search(conn, "breach_search", b.id.0, &crate::breach::search_text(b))
}

/// [`derive`] for every breach (the processor's notice hours changed, or the store opens with rows missing).
pub(super) fn derive_all(conn: &Connection, now: DateTime<Utc>) -> Result<()> {
    let breaches = rows_of(conn, &format!("SELECT {COLUMNS} FROM breach ORDER BY id"), [], |r| read(conn, r))?;
    let rules = rules_in(conn)?;
    conn.execute("DELETE FROM breach_order", [])?;
    conn.execute("DELETE FROM breach_search", [])?;
    for b in &breaches {
        derive(conn, b, rules, now)?;
    }
    Ok(())
}

/// The breaches a filter keeps, in its order and page, and how many match before paging: status, risk and the
/// order from `breach_order`, the search words through the trigram index.
fn page_in(conn: &Connection, f: &BreachFilter) -> Result<(Vec<Breach>, u64)> {
    let mut c = super::Conditions::default();
    if let Some(status) = f.status {
        c.bind("o.status = ?", status.as_str().into());
    }
    if let Some(risk) = f.risk {
        c.bind("o.risk = ?", risk.as_str().into());
    }
    c.search("o.id", "breach_search", &f.query);
    let matched = c.count(conn, "FROM breach_order o")?;
    let (filter, params) = (c.clause(), c.params);
    let status_rank = super::rank("o.status", BreachStatus::ALL.iter().map(|s| s.as_str()));
    // Most recent awareness first is the list's natural order: its "ascending".
    let terms: Vec<(&str, bool)> = match f.sort {
        BreachSort::Aware => vec![("b.aware_at", false), ("o.id", false)],
        // Pending deadlines first, the nearest on top; then the rest, most recent awareness first.
        BreachSort::Due => vec![("o.pending", false), ("CASE WHEN o.pending THEN o.due_at END", true), ("b.aware_at", false)],
        BreachSort::Title => vec![("o.title_key", true)],
        BreachSort::Status => vec![(status_rank.as_str(), true), ("b.aware_at", false)],
    };
    let order = super::order_by(terms, "o.id", f.descending);
    let columns: Vec<String> = COLUMNS.split(',').map(|c| format!("b.{}", c.trim())).collect();
    let sql = format!(
        "SELECT {} FROM breach_order o JOIN breach b ON b.id = o.id {filter} ORDER BY {order} {}",
        columns.join(", "),
        super::page_clause(f.offset, f.limit)
    );
    Ok((rows_of(conn, &sql, rusqlite::params_from_iter(&params), |r| read(conn, r))?, matched))
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
        Ok(BreachView::new(self.breach(id)?, &org, self.now(), self.texts_lang(&org)))
    }

    /// One page of the register as the list shows it, filtered and sorted in SQLite, each row's deadline relative
    /// to the store's now, with how many match and how many there are.
    pub fn breach_page(&self, filter: &BreachFilter) -> Result<BreachPage> {
        let org = self.require_org()?;
        let now = self.now();
        let (rows, matched) = page_in(self.conn(), filter)?;
        let total: i64 = self.conn().query_row("SELECT count(*) FROM breach", [], |r| r.get(0))?;
        let rows = rows.iter().map(|b| b.summary(Rules::of(&org), now, org.tz())).collect();
        Ok(BreachPage { rows, matched, total: total.max(0) as u64, offset: filter.offset })
    }

    /// Rebuilds the breaches' derived rows when one is missing (a store imported from an export, or made before
    /// them): once, when the store opens.
    pub(crate) fn refresh_breach_order(&mut self) -> Result<()> {
        if super::derived_complete(self.conn(), "breach", &["breach_order", "breach_search"])? {
            return Ok(());
        }
        let now = self.now();
        self.atomically(|s| derive_all(s.conn(), now))
    }

    fn breach_rules(&self) -> Result<Rules> {
        rules_in(self.conn())
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
                derive(tx, &created, rules_in(tx)?, tx.now())?;
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
            let n = current.notify(draft, s.breach_rules()?, s.moment()?)?;
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
                        Recipient::Controller | Recipient::Public => Ok(()),
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
