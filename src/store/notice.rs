//! The `customer`, `subprocessor_notice`, `notice_customer` and `notice_objection` tables (migration
//! `0004_policies_and_notices.sql`), and the activation of an announced subprocessor.

use crate::audit::format_instant;
use crate::error::{Error, Result};
use crate::id::SubprocessorId;
use crate::store::{parse_instant, rows_of, Store, StoreError, Tx};
use crate::subprocessor::notice::{
    self, AnnounceDraft, Customer, CustomerDraft, CustomerId, DayCount, Notice, NoticeId, NoticeView, NotifiedCustomer, Objection,
    ObjectionDraft, ObjectionId, ObjectionOutcome, OutcomeDraft,
};
use crate::subprocessor::{Status, Subprocessor, SubprocessorData};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

fn corrupt(what: &str, reason: String) -> Error {
    StoreError::Corrupt { what: what.into(), reason }.into()
}

fn date(what: &str, v: String) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(&v, "%Y-%m-%d").map_err(|e| corrupt(what, e.to_string()))
}

fn opt_date(what: &str, v: Option<String>) -> Result<Option<NaiveDate>> {
    v.map(|s| date(what, s)).transpose()
}

fn read_customer(r: &Row<'_>) -> Result<Customer> {
    Ok(Customer {
        id: r.get("id")?,
        name: r.get("name")?,
        contact_email: r.get("contact_email")?,
        contact_name: r.get("contact_name")?,
        address: r.get("address")?,
        representative: r.get("representative")?,
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
        updated_at: parse_instant("updated_at", &r.get::<_, String>("updated_at")?)?,
    })
}

fn customers_in(conn: &Connection) -> Result<Vec<Customer>> {
    rows_of(conn, "SELECT * FROM customer ORDER BY name COLLATE NOCASE, id", [], read_customer)
}

fn notice_in(conn: &Connection, id: NoticeId) -> Result<Notice> {
    let row = conn
        .query_row(
            "SELECT subprocessor_id, replaces_id, notice_on, objection_days, activated_on, activation_reason, created_at,
                    objection_unit
             FROM subprocessor_notice WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, SubprocessorId>(0)?,
                    r.get::<_, Option<SubprocessorId>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, u32>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                ))
            },
        )
        .optional()?
        .ok_or(Error::NotFound { entity: "subprocessor notice", id: id.0 })?;
    let sql = "SELECT c.id, c.name, c.contact_email, n.notified_on FROM notice_customer n JOIN customer c ON c.id = n.customer_id
               WHERE n.notice_id = ?1 ORDER BY c.name COLLATE NOCASE, c.id";
    let customers = rows_of(conn, sql, [id], |r| {
        Ok(NotifiedCustomer {
            customer_id: r.get(0)?,
            name: r.get(1)?,
            contact_email: r.get(2)?,
            notified_on: date("notified_on", r.get(3)?)?,
        })
    })?;
    let sql = "SELECT o.id, o.customer_id, c.name, o.received_on, o.reason, o.outcome, o.outcome_on, o.outcome_note
               FROM notice_objection o JOIN customer c ON c.id = o.customer_id WHERE o.notice_id = ?1 ORDER BY o.received_on, o.id";
    let objections = rows_of(conn, sql, [id], |r| {
            let outcome: Option<String> = r.get(5)?;
            Ok(Objection {
                id: r.get(0)?,
                notice_id: id,
                customer_id: r.get(1)?,
                customer_name: r.get(2)?,
                received_on: date("received_on", r.get(3)?)?,
                reason: r.get(4)?,
                outcome: outcome.map(|o| ObjectionOutcome::parse(&o)).transpose().map_err(|e| corrupt("objection outcome", e))?,
                outcome_on: opt_date("outcome_on", r.get(6)?)?,
                outcome_note: r.get(7)?,
            })
    })?;
    Ok(Notice {
        id,
        subprocessor_id: row.0,
        replaces_id: row.1,
        notice_on: date("notice_on", row.2)?,
        objection_days: row.3,
        objection_unit: DayCount::parse(&row.7).map_err(|e| corrupt("objection_unit", e))?,
        activated_on: opt_date("activated_on", row.4)?,
        activation_reason: row.5,
        customers,
        objections,
        created_at: parse_instant("created_at", &row.6)?,
    })
}

/// The subprocessor's notice not yet followed by its activation, if any (the newest one).
fn open_notice_in(conn: &Connection, sub: SubprocessorId) -> Result<Option<Notice>> {
    let id: Option<NoticeId> = conn
        .query_row(
            "SELECT id FROM subprocessor_notice WHERE subprocessor_id = ?1 AND activated_on IS NULL ORDER BY id DESC LIMIT 1",
            [sub],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| notice_in(conn, id)).transpose()
}

fn find_customer(customers: &[Customer], name: &str) -> Option<Customer> {
    let key = crate::text::fold(name);
    customers.iter().find(|c| crate::text::fold(&c.name) == key).cloned()
}

/// Records that the subprocessor became active under its open notice (called inside the transaction that makes it
/// active, so the notice and the register agree).
pub(crate) fn record_activation(tx: &Tx<'_>, sub: SubprocessorId, on: NaiveDate, reason: Option<&str>) -> Result<()> {
    if let Some(n) = open_notice_in(tx, sub)? {
        tx.execute(
            "UPDATE subprocessor_notice SET activated_on = ?1, activation_reason = ?2, updated_at = ?3 WHERE id = ?4",
            params![on.to_string(), reason, format_instant(tx.now()), n.id],
        )?;
        let after = notice_in(tx, n.id)?;
        tx.audit("subprocessor-notice", Some(n.id.0), "activate", Some(&n), Some(&after))?;
    }
    Ok(())
}

/// Every customer, notice and objection as the audit log records them, for the check of records against the log.
pub(super) fn audit_forms(conn: &Connection) -> Result<Vec<(&'static str, Option<i64>, serde_json::Value)>> {
    let mut out = Vec::new();
    for c in customers_in(conn)? {
        out.push(("customer", Some(c.id.0), serde_json::to_value(&c).expect("serialises")));
    }
    let ids: Vec<NoticeId> = conn.prepare("SELECT id FROM subprocessor_notice ORDER BY id")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    for id in ids {
        let n = notice_in(conn, id)?;
        for o in &n.objections {
            let mut v = serde_json::to_value(o).expect("serialises");
            // The customer's name is read from the customer's own record.
            if let Some(m) = v.as_object_mut() {
                m.remove("customer_name");
            }
            out.push(("notice-objection", Some(o.id.0), v));
        }
        let mut v = serde_json::to_value(&n).expect("serialises");
        // Objections are recorded by their own entries, and the customers notified carry names read from theirs.
        if let Some(m) = v.as_object_mut() {
            m.remove("objections");
            m.remove("customers");
        }
        out.push(("subprocessor-notice", Some(id.0), v));
    }
    Ok(out)
}

impl Store {
    pub fn customers(&self) -> Result<Vec<Customer>> {
        customers_in(self.conn())
    }

    pub fn add_customer(&mut self, draft: &CustomerDraft) -> Result<Customer> {
        self.atomically(|s| {
            let others: Vec<String> = s.customers()?.into_iter().map(|c| c.name).collect();
            let data = draft.validate(&others)?;
            let id = s.write(|tx| {
                tx.execute(
                    "INSERT INTO customer (name, contact_email, contact_name, address, representative, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![data.name, data.contact_email, data.contact_name, data.address, data.representative, format_instant(tx.now())],
                )?;
                let id = CustomerId(tx.last_insert_rowid());
                tx.created("customer", id, &data)
            })?;
            s.customer(id)
        })
    }

    pub fn customer(&self, id: CustomerId) -> Result<Customer> {
        self.customers()?.into_iter().find(|c| c.id == id).ok_or(Error::NotFound { entity: "customer", id: id.0 })
    }

    pub fn update_customer(&mut self, id: CustomerId, draft: &CustomerDraft) -> Result<Customer> {
        self.atomically(|s| {
            let before = s.customer(id)?;
            let others: Vec<String> = s.customers()?.into_iter().filter(|c| c.id != id).map(|c| c.name).collect();
            let data = draft.validate(&others)?;
            if data.name == before.name
                && data.contact_email == before.contact_email
                && data.contact_name == before.contact_name
                && data.address == before.address
                && data.representative == before.representative
            {
                return Ok(before);
            }
            s.write(|tx| {
                tx.execute(
                    "UPDATE customer SET name = ?1, contact_email = ?2, contact_name = ?3, address = ?4, representative = ?5, updated_at = ?6
                     WHERE id = ?7",
                    params![data.name, data.contact_email, data.contact_name, data.address, data.representative, format_instant(tx.now()), id],
                )?;
                tx.audit("customer", Some(id.0), "update", Some(&before), Some(&data))?;
                Ok(())
            })?;
            s.customer(id)
        })
    }

    pub fn notice(&self, id: NoticeId) -> Result<Notice> {
        notice_in(self.conn(), id)
    }

    /// A notice with the names of the subprocessors it names, read one by one (not the whole register).
    fn notice_view_of(&self, n: Notice, today: NaiveDate) -> Result<NoticeView> {
        let name = |id: SubprocessorId| -> Result<String> {
            let found = self.conn().query_row("SELECT name FROM subprocessor WHERE id = ?1", [id], |r| r.get::<_, String>(0)).optional()?;
            Ok(found.unwrap_or_else(|| format!("#{id}")))
        };
        let sub_name = name(n.subprocessor_id)?;
        let replaces = n.replaces_id.map(name).transpose()?;
        Ok(NoticeView::new(n, sub_name, replaces, today, self.texts()?, &self.working_calendar()?))
    }

    /// Every notice with its dates and status as of the organisation's today, newest first.
    pub fn notice_views(&self) -> Result<Vec<NoticeView>> {
        let ids: Vec<NoticeId> = {
            let mut stmt = self.conn().prepare("SELECT id FROM subprocessor_notice ORDER BY notice_on DESC, id DESC")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let today = self.require_org()?.today(self.now());
        ids.into_iter().map(|id| self.notice_view_of(self.notice(id)?, today)).collect()
    }

    pub fn notice_view(&self, id: NoticeId) -> Result<NoticeView> {
        let n = self.notice(id)?;
        let today = self.require_org()?.today(self.now());
        self.notice_view_of(n, today)
    }

    /// Announces a new or replacing subprocessor: opens the notice, records the customers told, and sets the
    /// subprocessor's status to announced, in one transaction with their audit entries.
    pub fn announce_subprocessor(&mut self, id: SubprocessorId, draft: &AnnounceDraft) -> Result<NoticeView> {
        self.atomically(|s| {
            let org = s.require_org()?;
            let sub = s.subprocessor(id)?;
            let replaced = match draft.replaces_id {
                Some(r) if s.has_subprocessor(r)? => Some(s.subprocessor(r)?),
                _ => None,
            };
            let customers = s.customers()?;
            let data = draft.validate(&sub, replaced.as_ref(), &customers, &org)?;
            let nid = s.write(|tx| {
                let now = format_instant(tx.now());
                tx.execute(
                    "INSERT INTO subprocessor_notice (subprocessor_id, replaces_id, notice_on, objection_days, objection_unit, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![id, data.replaces_id, data.notice_on.to_string(), data.objection_days, data.objection_unit.as_str(), now],
                )?;
                let nid = NoticeId(tx.last_insert_rowid());
                for c in &data.customer_ids {
                    tx.execute(
                        "INSERT INTO notice_customer (notice_id, customer_id, notified_on) VALUES (?1, ?2, ?3)",
                        params![nid, c, data.notice_on.to_string()],
                    )?;
                }
                tx.audit::<(), _>("subprocessor-notice", Some(nid.0), "announce", None, Some(&notice_in(tx, nid)?))?;
                if sub.data.status != Status::Announced {
                    let after = SubprocessorData { status: Status::Announced, ..sub.data.clone() };
                    super::subprocessor::write_status(tx, id, Status::Announced)?;
                    tx.audit("subprocessor", Some(id.0), "announce", Some(&sub.data), Some(&after))?;
                }
                Ok(nid)
            })?;
            s.notice_view(nid)
        })
    }

    /// Records a customer's objection. A customer not yet in the list is added to it in the same transaction.
    pub fn add_objection(&mut self, id: NoticeId, draft: &ObjectionDraft) -> Result<NoticeView> {
        self.atomically(|s| {
            let n = s.notice(id)?;
            let data = draft.validate(&n)?;
            let existing = find_customer(&s.customers()?, &data.customer);
            s.write(|tx| {
                let customer = match &existing {
                    Some(c) => c.id,
                    None => {
                        let new = crate::subprocessor::notice::CustomerData { name: data.customer.clone(), contact_email: None, contact_name: None, address: None, representative: None };
                        tx.execute(
                            "INSERT INTO customer (name, contact_email, created_at, updated_at) VALUES (?1, NULL, ?2, ?2)",
                            params![new.name, format_instant(tx.now())],
                        )?;
                        let cid = tx.last_insert_rowid();
                        tx.audit::<(), _>("customer", Some(cid), "create", None, Some(&new))?;
                        CustomerId(cid)
                    }
                };
                tx.execute(
                    "INSERT INTO notice_objection (notice_id, customer_id, received_on, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, customer, data.received_on.to_string(), data.reason, format_instant(tx.now())],
                )?;
                let oid = tx.last_insert_rowid();
                let after = notice_in(tx, id)?;
                let objection = after.objections.iter().find(|o| o.id.0 == oid).cloned();
                tx.audit::<(), _>("notice-objection", Some(oid), "create", None, Some(&objection))?;
                Ok(())
            })?;
            s.notice_view(id)
        })
    }

    /// Records how an objection ended.
    pub fn resolve_objection(&mut self, id: ObjectionId, draft: &OutcomeDraft) -> Result<NoticeView> {
        self.atomically(|s| {
            let nid: NoticeId = s
                .conn()
                .query_row("SELECT notice_id FROM notice_objection WHERE id = ?1", [id], |r| r.get(0))
                .optional()?
                .ok_or(Error::NotFound { entity: "objection", id: id.0 })?;
            let before = s.notice(nid)?.objections.into_iter().find(|o| o.id == id).expect("exists");
            let (outcome, on, note) = notice::validate_outcome(draft, &before)?;
            s.write(|tx| {
                tx.execute(
                    "UPDATE notice_objection SET outcome = ?1, outcome_on = ?2, outcome_note = ?3 WHERE id = ?4",
                    params![outcome.as_str(), on.to_string(), note, id],
                )?;
                let after = Objection { outcome: Some(outcome), outcome_on: Some(on), outcome_note: note.clone(), ..before.clone() };
                tx.audit("notice-objection", Some(id.0), "resolve", Some(&before), Some(&after))?;
                Ok(())
            })?;
            s.notice_view(nid)
        })
    }

    /// Marks a subprocessor active from `on`. Under an open notice, a date before the earliest engagement date
    /// needs a reason, recorded on the notice.
    pub fn activate_subprocessor(&mut self, id: SubprocessorId, on: NaiveDate, reason: Option<&str>) -> Result<Subprocessor> {
        self.atomically(|s| {
            let sub = s.subprocessor(id)?;
            let reason = reason.map(str::trim).filter(|r| !r.is_empty());
            let mut c = crate::error::Checker::new();
            if sub.data.status == Status::Active {
                c.push("status", format!("subprocessor #{id} ({}) is already active", sub.data.name));
            }
            if sub.data.status == Status::Retired {
                c.push("status", format!("subprocessor #{id} ({}) is retired", sub.data.name));
            }
            if let Some(n) = open_notice_in(s.conn(), id)? {
                if let Err(e) = notice::check_activation(&n, on, reason, &s.working_calendar()?) {
                    for f in e.errors {
                        c.push(&f.field, f.reason);
                    }
                }
            }
            c.finish()?;
            let after = SubprocessorData { status: Status::Active, started_on: sub.data.started_on.or(Some(on)), ..sub.data.clone() };
            s.write(|tx| {
                super::subprocessor::write_status(tx, id, Status::Active)?;
                if sub.data.started_on.is_none() {
                    tx.execute("UPDATE subprocessor SET started_on = ?1 WHERE id = ?2", params![on.to_string(), id])?;
                }
                tx.audit("subprocessor", Some(id.0), "activate", Some(&sub.data), Some(&after))?;
                record_activation(tx, id, on, reason)
            })?;
            s.subprocessor(id)
        })
    }

    /// For the register's edit path: a subprocessor with an open notice cannot be set active before the earliest
    /// engagement date (today is the activation date); [`Store::activate_subprocessor`] takes a reason.
    pub(crate) fn check_edit_against_notice(&self, id: SubprocessorId, before: &SubprocessorData, after: &SubprocessorData) -> Result<()> {
        if before.status == Status::Active || after.status != Status::Active {
            return Ok(());
        }
        let Some(n) = open_notice_in(self.conn(), id)? else { return Ok(()) };
        let today = match self.org()? {
            Some(org) => org.today(self.now()),
            None => self.now().date_naive(),
        };
        let cal = self.working_calendar()?;
        notice::check_activation(&n, today, None, &cal).map_err(|_| {
            let w = n.window(&cal);
            crate::Invalid::field(
                "status",
                format!(
                    "cannot be active before {} (notice #{}: {}); use `privdesk subprocessor activate {id} --on DATE --reason TEXT` to engage it earlier with a reason",
                    w.earliest_engagement_on, n.id, w.rule
                ),
            )
            .into()
        })
    }
}
