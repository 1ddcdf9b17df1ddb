//! The `request` and `request_event` tables.
//!
//! Audit entries for requests never hold the requester's identifying details or free text in clear: they go
//! through [`retention::audit_form`], which replaces them by digests keyed with the request's own random salt
//! (`digest_salt`), so that the retention purge can pseudonymise a request without the append-only audit log
//! keeping a copy, and, once the purge has cleared the salt, nobody can confirm a name against the log by hashing
//! it (see ARCHITECTURE.md).

use crate::audit::format_instant;
use crate::error::{Error, Result};
use crate::request::retention::{self, audit_form, PurgePlan};
use crate::calendar::WorkingCalendar;
use crate::request::{
    self, Channel, EventKind, Outcome, Request, RequestData, RequestDetail, RequestDraft, RequestEvent, RequestFacts,
    RequestFilter, RequestId, RequestPage, RequestSortKey, RequestStatus, RequestView, Right, Transition,
};
use crate::progress::{Progress, Stage};
use crate::text::search_key;
use crate::store::{from_json, parse_instant, rows_of, Store, StoreError, Tx};
use chrono::NaiveDate;
use rusqlite::{named_params, params, Connection, Row};

const COLUMNS: &str = "id, requester, email, postal_address, channel, rights, regime, received_on, fee, notes,
    identity_requested_on, identity_received_on, clarification_asked_on, clarification_answered_on, fee_received_on,
    fee_requested_on, eu_pause_applied, extension_reason, extension_notified_on, in_progress_on, outcome, closed_on, close_reason,
    pseudonymised_on, created_at, updated_at";

fn corrupt(what: &str, reason: String) -> Error {
    StoreError::Corrupt { what: what.into(), reason }.into()
}

fn day(what: &str, v: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|e| corrupt(what, e.to_string()))
}

fn read(r: &Row<'_>) -> Result<Request> {
    let date = |col: &str| -> Result<Option<NaiveDate>> {
        r.get::<_, Option<String>>(col)?.map(|s| day(col, &s)).transpose()
    };
    let rights: Vec<String> = from_json("rights", &r.get::<_, String>("rights")?)?;
    let rights = rights.iter().map(|s| Right::parse(s)).collect::<std::result::Result<Vec<_>, _>>().map_err(|e| corrupt("rights", e))?;
    let outcome: Option<String> = r.get("outcome")?;
    Ok(Request {
        id: r.get("id")?,
        data: RequestData {
            requester: r.get("requester")?,
            email: r.get("email")?,
            postal_address: r.get("postal_address")?,
            channel: Channel::parse(&r.get::<_, String>("channel")?).map_err(|e| corrupt("channel", e))?,
            rights,
            regime: r.get::<_, String>("regime")?.parse().map_err(|e: request::clock::ClockError| corrupt("regime", e.to_string()))?,
            received_on: day("received_on", &r.get::<_, String>("received_on")?)?,
            fee: r.get("fee")?,
            notes: r.get("notes")?,
        },
        facts: RequestFacts {
            identity_requested_on: date("identity_requested_on")?,
            identity_received_on: date("identity_received_on")?,
            clarification_asked_on: date("clarification_asked_on")?,
            clarification_answered_on: date("clarification_answered_on")?,
            fee_requested_on: date("fee_requested_on")?,
            fee_received_on: date("fee_received_on")?,
            eu_pause_applied: r.get("eu_pause_applied")?,
            extension_reason: r.get("extension_reason")?,
            extension_notified_on: date("extension_notified_on")?,
            in_progress_on: date("in_progress_on")?,
            outcome: outcome.map(|o| Outcome::parse(&o)).transpose().map_err(|e| corrupt("outcome", e))?,
            closed_on: date("closed_on")?,
            close_reason: r.get("close_reason")?,
        },
        pseudonymised_on: date("pseudonymised_on")?,
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
        updated_at: parse_instant("updated_at", &r.get::<_, String>("updated_at")?)?,
    })
}

/// A request's rights as stored: a JSON array of their codes.
fn rights_json(rights: &[Right]) -> String {
    serde_json::to_string(&rights.iter().map(|r| r.as_str()).collect::<Vec<_>>()).expect("strings serialise")
}

fn opt(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// Writes what the list filters, sorts and searches on for one request: its status, its due date under the
/// organisation's calendar and its folded requester (`request_order`), and its searchable text (`request_search`).
fn derive(conn: &Connection, r: &Request, cal: &WorkingCalendar) -> Result<()> {
    conn.execute(
        "INSERT INTO request_order (id, status, due_on, closed_on, requester_key, regime, rights) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, due_on = excluded.due_on, closed_on = excluded.closed_on,
            requester_key = excluded.requester_key, regime = excluded.regime, rights = excluded.rights",
        params![r.id, r.status().as_str(), r.clock(cal).due_on.to_string(), opt(r.facts.closed_on), search_key(&r.data.requester), r.data.regime.as_str(), rights_json(&r.data.rights)],
    )?;
    super::write_search(conn, "request_search", r.id.0, &request::search_text(r))
}

fn calendar_in(conn: &Connection) -> Result<WorkingCalendar> {
    Ok(super::org::org_in(conn)?.ok_or(Error::NotInitialised)?.working_calendar())
}

/// [`derive`] for every request (the calendar changed, or the store opens with rows missing).
pub(super) fn derive_all(conn: &Connection) -> Result<()> {
    let requests = rows_of(conn, &format!("SELECT {COLUMNS} FROM request ORDER BY id"), [], read)?;
    // Requests are only recorded once the organisation is set up; a file with requests and no profile (made by
    // hand) is listed once it has one.
    let Some(org) = super::org::org_in(conn)? else { return Ok(()) };
    let cal = org.working_calendar();
    conn.execute("DELETE FROM request_search", [])?;
    for r in &requests {
        derive(conn, r, &cal)?;
    }
    Ok(())
}

/// The requests a filter keeps, in its order and page, and how many match before paging: the derived status and
/// due date from `request_order`, the search words through the trigram index, the rest through their columns.
fn page_in(conn: &Connection, f: &RequestFilter) -> Result<(Vec<Request>, u64)> {
    let mut c = super::Conditions::default();
    if let Some(status) = f.status {
        c.bind("o.status = ?", status.as_str().into());
    }
    if let Some(regime) = f.regime {
        c.bind("o.regime = ?", regime.as_str().into());
    }
    if let Some(right) = f.right {
        // The rights are a JSON array of codes, each between quotes, and no code holds a LIKE wildcard.
        c.bind("o.rights LIKE ?", format!("%\"{}\"%", right.as_str()));
    }
    if f.open_only {
        c.add("o.closed_on IS NULL");
    }
    c.search("o.id", "request_search", &f.query);
    // Every request has its row in request_order, and the filters read only that row: the requests are read for
    // the page alone.
    let matched = c.count(conn, "FROM request_order o")?;
    let (filter, params) = (c.clause(), c.params);
    let from = "FROM request_order o JOIN request r ON r.id = o.id";
    let status_rank = super::rank("o.status", RequestStatus::ALL.iter().map(|s| s.as_str()));
    let terms: Vec<(&str, bool)> = match f.sort {
        // Open requests first, soonest due; then closed ones, most recently closed first.
        RequestSortKey::Due => vec![("(o.closed_on IS NOT NULL)", true), ("o.closed_on", false), ("o.due_on", true)],
        RequestSortKey::Received => vec![("r.received_on", true)],
        RequestSortKey::Requester => vec![("o.requester_key", true)],
        RequestSortKey::Status => vec![(status_rank.as_str(), true), ("o.due_on", true)],
    };
    let order = super::order_by(terms, "o.id", f.descending);
    let columns: Vec<String> = COLUMNS.split(',').map(|c| format!("r.{}", c.trim())).collect();
    let sql = format!("SELECT {} {from} {filter} ORDER BY {order} {}", columns.join(", "), super::page_clause(f.offset, f.limit));
    Ok((rows_of(conn, &sql, rusqlite::params_from_iter(&params), read)?, matched))
}

/// Writes every column of `request` (insert when `id` is `None`), then its derived rows, and returns the row id.
fn upsert(tx: &Tx<'_>, id: Option<RequestId>, data: &RequestData, facts: &RequestFacts, pseudonymised_on: Option<NaiveDate>) -> Result<RequestId> {
    let id = write_row(tx, id, data, facts, pseudonymised_on)?;
    derive(tx, &get_in(tx, id)?, &calendar_in(tx)?)?;
    Ok(id)
}

fn write_row(tx: &Tx<'_>, id: Option<RequestId>, data: &RequestData, facts: &RequestFacts, pseudonymised_on: Option<NaiveDate>) -> Result<RequestId> {
    let params = named_params! {
        ":id": id,
        ":requester": data.requester,
        ":email": data.email,
        ":postal_address": data.postal_address,
        ":channel": data.channel.as_str(),
        ":rights": rights_json(&data.rights),
        ":regime": data.regime.as_str(),
        ":received_on": data.received_on.to_string(),
        ":fee": data.fee,
        ":notes": data.notes,
        ":identity_requested_on": opt(facts.identity_requested_on),
        ":identity_received_on": opt(facts.identity_received_on),
        ":clarification_asked_on": opt(facts.clarification_asked_on),
        ":clarification_answered_on": opt(facts.clarification_answered_on),
        ":fee_requested_on": opt(facts.fee_requested_on),
        ":fee_received_on": opt(facts.fee_received_on),
        ":eu_pause_applied": facts.eu_pause_applied,
        ":extension_reason": facts.extension_reason,
        ":extension_notified_on": opt(facts.extension_notified_on),
        ":in_progress_on": opt(facts.in_progress_on),
        ":outcome": facts.outcome.map(|o| o.as_str()),
        ":closed_on": opt(facts.closed_on),
        ":close_reason": facts.close_reason,
        ":pseudonymised_on": opt(pseudonymised_on),
        ":now": format_instant(tx.now()),
    };
    // One statement for both cases: a NULL id lets SQLite choose the next row id, and an existing id keeps its
    // creation instant.
    tx.execute(
        "INSERT INTO request (id, requester, email, postal_address, channel, rights, regime, received_on, fee, notes,
            identity_requested_on, identity_received_on, clarification_asked_on, clarification_answered_on,
            fee_received_on, fee_requested_on, eu_pause_applied, extension_reason, extension_notified_on, in_progress_on, outcome,
            closed_on, close_reason, pseudonymised_on, created_at, updated_at)
         VALUES (:id, :requester, :email, :postal_address, :channel, :rights, :regime, :received_on, :fee, :notes,
            :identity_requested_on, :identity_received_on, :clarification_asked_on, :clarification_answered_on,
            :fee_received_on, :fee_requested_on, :eu_pause_applied, :extension_reason, :extension_notified_on, :in_progress_on, :outcome,
            :closed_on, :close_reason, :pseudonymised_on, :now, :now)
         ON CONFLICT (id) DO UPDATE SET requester = excluded.requester, email = excluded.email,
            postal_address = excluded.postal_address, channel = excluded.channel, rights = excluded.rights,
            regime = excluded.regime, received_on = excluded.received_on, fee = excluded.fee, notes = excluded.notes,
            identity_requested_on = excluded.identity_requested_on, identity_received_on = excluded.identity_received_on,
            clarification_asked_on = excluded.clarification_asked_on,
            clarification_answered_on = excluded.clarification_answered_on, fee_received_on = excluded.fee_received_on, fee_requested_on = excluded.fee_requested_on,
            eu_pause_applied = excluded.eu_pause_applied, extension_reason = excluded.extension_reason,
            extension_notified_on = excluded.extension_notified_on, in_progress_on = excluded.in_progress_on,
            outcome = excluded.outcome, closed_on = excluded.closed_on, close_reason = excluded.close_reason,
            pseudonymised_on = excluded.pseudonymised_on, updated_at = excluded.updated_at",
        params,
    )?;
    Ok(id.unwrap_or_else(|| RequestId(tx.last_insert_rowid())))
}

/// The salt of a request's digests: `None` once the purge has cleared it.
fn salt_in(conn: &Connection, id: RequestId) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT digest_salt FROM request WHERE id = ?1", [id], |r| r.get(0))?)
}

/// The audit form of a request as stored now, with its salt.
fn form_in(conn: &Connection, r: &Request) -> Result<retention::AuditForm> {
    Ok(audit_form(r, salt_in(conn, r.id)?.as_deref()))
}

/// Every request's audit form, for the check of records against the log.
pub(super) fn audit_forms(conn: &Connection) -> Result<Vec<(Option<i64>, serde_json::Value)>> {
    rows_of(conn, &format!("SELECT {COLUMNS} FROM request ORDER BY id"), [], |r| {
        let req = read(r)?;
        Ok((Some(req.id.0), serde_json::to_value(form_in(conn, &req)?).expect("the form serialises")))
    })
}

fn add_event(tx: &Tx<'_>, id: RequestId, kind: EventKind, on: NaiveDate, reason: Option<&str>) -> Result<()> {
    tx.execute(
        "INSERT INTO request_event (request_id, kind, on_date, reason, actor, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, kind.as_str(), on.to_string(), reason, tx.actor, format_instant(tx.now())],
    )?;
    Ok(())
}

fn get_in(conn: &Connection, id: RequestId) -> Result<Request> {
    rows_of(conn, &format!("SELECT {COLUMNS} FROM request WHERE id = ?1"), [id], read)?.pop().ok_or(Error::NotFound { entity: "request", id: id.0 })
}

fn timeline_in(conn: &Connection, id: RequestId) -> Result<Vec<RequestEvent>> {
    let sql = "SELECT seq, kind, on_date, reason, actor, at FROM request_event WHERE request_id = ?1 ORDER BY on_date, seq";
    rows_of(conn, sql, [id], |r| {
        Ok(RequestEvent {
            seq: r.get("seq")?,
            kind: EventKind::parse(&r.get::<_, String>("kind")?).map_err(|e| corrupt("request event", e))?,
            on: day("on_date", &r.get::<_, String>("on_date")?)?,
            reason: r.get("reason")?,
            actor: r.get("actor")?,
            at: parse_instant("at", &r.get::<_, String>("at")?)?,
        })
    })
}

impl Store {
    /// Every request, in id order, with nothing computed.
    pub fn requests(&self) -> Result<Vec<Request>> {
        rows_of(self.conn(), &format!("SELECT {COLUMNS} FROM request ORDER BY id"), [], read)
    }

    /// One page of the requests `filter` keeps, each with its clock for today, and how many match.
    pub fn request_page(&self, filter: &RequestFilter) -> Result<RequestPage> {
        let org = self.require_org()?;
        let lang = self.texts_lang(&org);
        let (cal, today) = (org.working_calendar(), org.today(self.now()));
        let (rows, matched) = page_in(self.conn(), filter)?;
        let total: i64 = self.conn().query_row("SELECT count(*) FROM request", [], |r| r.get(0))?;
        Ok(RequestPage { rows: rows.into_iter().map(|r| RequestView::new(r, &cal, today, lang)).collect(), matched, total: total.max(0) as u64, offset: filter.offset })
    }

    /// Rebuilds the requests' derived rows when one is missing (a store imported from an export, or made before
    /// them): once, when the store opens.
    pub(crate) fn refresh_request_order(&mut self) -> Result<()> {
        if super::derived_complete(self.conn(), "request", &["request_order", "request_search"])? {
            return Ok(());
        }
        self.atomically(|s| {
            s.conn().execute("DELETE FROM request_order", [])?;
            derive_all(s.conn())
        })
    }

    pub fn request(&self, id: RequestId) -> Result<Request> {
        get_in(self.conn(), id)
    }

    pub fn request_timeline(&self, id: RequestId) -> Result<Vec<RequestEvent>> {
        timeline_in(self.conn(), id)
    }

    /// Every request with its status, clock and days left as of the organisation's today.
    pub fn request_views(&self) -> Result<Vec<RequestView>> {
        let org = self.require_org()?;
        let lang = self.texts_lang(&org);
        let cal = org.working_calendar();
        let today = org.today(self.now());
        Ok(self.requests()?.into_iter().map(|r| RequestView::new(r, &cal, today, lang)).collect())
    }

    /// The requests with a deadline, each with its clock for today, read no further than the bounds: the open ones
    /// due on or before `due_by` (their stored due date), and the closed ones not yet pseudonymised that were closed
    /// on or before `closed_by` (their retention purge is due after that). `None` reads every one of each kind.
    pub fn requests_with_deadlines(&self, due_by: Option<NaiveDate>, closed_by: Option<NaiveDate>) -> Result<Vec<RequestView>> {
        let org = self.require_org()?;
        let lang = self.texts_lang(&org);
        let (cal, today) = (org.working_calendar(), org.today(self.now()));
        let sql = format!(
            "SELECT {COLUMNS} FROM request WHERE pseudonymised_on IS NULL
               AND (closed_on <= ?2 OR closed_on IS NULL AND id IN (SELECT id FROM request_order WHERE closed_on IS NULL AND due_on <= ?1))
             ORDER BY id"
        );
        let rows = rows_of(self.conn(), &sql, params![super::day_bound(due_by), super::day_bound(closed_by)], read)?;
        Ok(rows.into_iter().map(|r| RequestView::new(r, &cal, today, lang)).collect())
    }

    /// One request with its clock and its timeline.
    pub fn request_detail(&self, id: RequestId) -> Result<RequestDetail> {
        let org = self.require_org()?;
        let request = self.request(id)?;
        let timeline = self.request_timeline(id)?;
        let draft = request.data.to_draft();
        let instants = timeline.iter().map(|e| e.at).chain([request.created_at, request.updated_at]);
        let local = crate::breach::clock::local_map(instants, org.tz());
        Ok(RequestDetail { view: RequestView::new(request, &org.working_calendar(), org.today(self.now()), self.texts_lang(&org)), timeline, draft, local })
    }

    /// Records a new request, with a "received" event on its timeline.
    pub fn add_request(&mut self, draft: &RequestDraft) -> Result<RequestDetail> {
        self.atomically(|s| {
            let org = s.require_org()?;
            let data = draft.validate(org.default_regime(), org.today(s.now()))?;
            let id = s.write(|tx| {
                let facts = RequestFacts::default();
                let id = upsert(tx, None, &data, &facts, None)?;
                let mut salt = [0u8; 16];
                getrandom::fill(&mut salt).map_err(|e| corrupt("digest salt", e.to_string()))?;
                tx.execute("UPDATE request SET digest_salt = ?1 WHERE id = ?2", params![hex::encode(salt), id])?;
                add_event(tx, id, EventKind::Received, data.received_on, None)?;
                let created = get_in(tx, id)?;
                tx.created("request", id, &form_in(tx, &created)?)
            })?;
            s.request_detail(id)
        })
    }

    /// Changes the details typed in (requester, contact, rights, regime, day of receipt, fee, notes). What was
    /// recorded since must still hold with the new details (see [`request::check_edit`]).
    pub fn update_request(&mut self, id: RequestId, draft: &RequestDraft) -> Result<RequestDetail> {
        self.atomically(|s| {
            let org = s.require_org()?;
            let before = s.request(id)?;
            if before.pseudonymised_on.is_some() {
                return Err(crate::Invalid::field("requester", "the request was pseudonymised at the end of its retention period; its details can no longer change").into());
            }
            let data = draft.validate(org.default_regime(), org.today(s.now()))?;
            request::check_edit(&data, &before.facts, &org.working_calendar())?;
            if data != before.data {
                s.write(|tx| {
                    upsert(tx, Some(id), &data, &before.facts, None)?;
                    let after = get_in(tx, id)?;
                    tx.audit("request", Some(id.0), "update", Some(&form_in(tx, &before)?), Some(&form_in(tx, &after)?))?;
                    Ok(())
                })?;
            }
            s.request_detail(id)
        })
    }

    /// Records one step of the workflow after checking it against the state machine ([`request::apply`]): the
    /// new facts, the event on the timeline and the audit entry land in one transaction.
    pub fn request_transition(&mut self, id: RequestId, t: &Transition) -> Result<RequestDetail> {
        self.atomically(|s| {
            let org = s.require_org()?;
            let before = s.request(id)?;
            let facts = request::apply(&before, t, &org.working_calendar(), org.today(s.now()))?;
            let (kind, on, reason) = t.event();
            s.write(|tx| {
                upsert(tx, Some(id), &before.data, &facts, before.pseudonymised_on)?;
                add_event(tx, id, kind, on, reason.as_deref())?;
                let after = get_in(tx, id)?;
                tx.audit("request", Some(id.0), kind.as_str(), Some(&form_in(tx, &before)?), Some(&form_in(tx, &after)?))?;
                Ok(())
            })?;
            s.request_detail(id)
        })
    }

    /// The closed requests whose retention period has run out as of today, not yet pseudonymised.
    pub fn request_purge_plan(&self) -> Result<PurgePlan> {
        let org = self.require_org()?;
        Ok(retention::plan(&self.requests()?, org.request_retention_years, org.today(self.now())))
    }

    /// Pseudonymises every request in the plan, in one transaction: the requester becomes "Requester R-000123",
    /// contact details, notes and free-text reasons (on the request and its timeline) are cleared; dates, rights,
    /// regime and outcome stay. One audit entry per request (with digests only) and one summary entry. `progress`
    /// hears of each request; a stop asked before the last one rolls the whole purge back.
    pub fn purge_requests(&mut self, progress: &Progress) -> Result<PurgePlan> {
        let plan = self.purge_requests_in(progress)?;
        // Also when nothing is due: a purge whose log could not be emptied the last time is finished now. The
        // purge is committed by then, so this part is not stopped.
        progress.finishing(Stage::Compacting)?;
        self.compact()?;
        Ok(plan)
    }

    /// Rewrites the file without its free pages and empties the write-ahead log, so that what was deleted or
    /// overwritten is in no page of the file nor of its log (with `secure_delete`, freed pages are zeroed too). A
    /// log another connection is still reading cannot be emptied: that is said, after a few tries.
    pub fn compact(&mut self) -> Result<()> {
        self.conn().execute_batch("VACUUM")?;
        if !self.side_files {
            return Ok(());
        }
        for _ in 0..10 {
            let busy: i64 = self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            let wal = &crate::store::companion_files(self.path())[1];
            if busy == 0 && std::fs::metadata(wal).map(|m| m.len() == 0).unwrap_or(true) {
                return Ok(());
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        Err(StoreError::Open {
            path: self.path().display().to_string(),
            reason: "the purge is done, but another Privacy Desk window or command is reading the database, so the purged details are still in its write-ahead log; close it, then purge again to clear the log".into(),
        }
        .into())
    }

    /// Once, after the upgrade that salted the digests: one audit entry per request with its salted form (and the
    /// fee text of requests purged before the purge cleared it, removed now), so that each request's latest entry
    /// records it as it is stored.
    pub(crate) fn upgrade_request_digests(&mut self) -> Result<()> {
        const FLAG: &str = "internal.upgrade-request-digests";
        let pending = |s: &Store| -> Result<bool> {
            Ok(s.conn().query_row("SELECT count(*) FROM setting WHERE name = ?1", [FLAG], |r| r.get::<_, i64>(0))? > 0)
        };
        if !pending(self)? {
            return Ok(());
        }
        self.atomically(|s| {
            if !pending(s)? {
                return Ok(());
            }
            s.write(|tx| {
                tx.execute("UPDATE request SET fee = NULL WHERE pseudonymised_on IS NOT NULL AND fee IS NOT NULL", [])?;
                let requests = rows_of(tx, &format!("SELECT {COLUMNS} FROM request ORDER BY id"), [], read)?;
                for r in &requests {
                    tx.audit::<(), _>("request", Some(r.id.0), "salt-digests", None, Some(&form_in(tx, r)?))?;
                }
                tx.execute("DELETE FROM setting WHERE name = ?1", [FLAG])?;
                Ok(())
            })
        })
    }

    fn purge_requests_in(&mut self, progress: &Progress) -> Result<PurgePlan> {
        self.atomically(|s| {
            let org = s.require_org()?;
            let plan = retention::plan(&s.requests()?, org.request_retention_years, org.today(s.now()));
            let today = org.today(s.now());
            if plan.items.is_empty() {
                return Ok(plan);
            }
            s.write(|tx| {
                let total = plan.items.len() as u64;
                for (done, item) in plan.items.iter().enumerate() {
                    progress.step(Stage::Purging, done as u64, total)?;
                    let before = get_in(tx, item.id)?;
                    let before_form = form_in(tx, &before)?;
                    let after = retention::pseudonymise(&before);
                    upsert(tx, Some(item.id), &after.data, &after.facts, Some(today))?;
                    // The salt goes with the details: the digests the log keeps can no longer be confirmed.
                    tx.execute("UPDATE request SET digest_salt = NULL WHERE id = ?1", [item.id])?;
                    tx.execute("UPDATE request_event SET reason = NULL WHERE request_id = ?1", [item.id])?;
                    // Its files go with its details (after the salt, so that their entries record no digest).
                    super::attachment::purge_request_files(tx, item.id.0)?;
                    add_event(tx, item.id, EventKind::Pseudonymised, today, None)?;
                    let stored = get_in(tx, item.id)?;
                    tx.audit("request", Some(item.id.0), "pseudonymise", Some(&before_form), Some(&form_in(tx, &stored)?))?;
                }
                let summary = serde_json::json!({
                    "pseudonymised": plan.items.len(),
                    "retention_years": plan.retention_years,
                    "closed_on_or_before": plan.closed_on_or_before,
                });
                tx.audit::<(), _>("request-purge", None, "purge", None, Some(&summary))?;
                // The search index merged into one segment without the purged details' entries.
                tx.execute("INSERT INTO request_search (request_search) VALUES ('optimize')", [])?;
                Ok(())
            })?;
            Ok(plan)
        })
    }
}
