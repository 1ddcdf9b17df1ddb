//! The `activity`, `activity_subprocessor` and `activity_customer` tables (migration `0005_activities.sql`).

use crate::activity::{self, Activity, ActivityData, ActivityDetail, ActivityDraft, ActivityFilter, ActivityId, ActivityRole, CustomerProcessing, ProcessorRecord};
use crate::audit::format_instant;
use crate::error::{Error, Result};
use crate::id::SubprocessorId;
use crate::store::{from_json, parse_instant, Store, StoreError, Tx};
use crate::Invalid;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

fn corrupt(what: &str, reason: String) -> Error {
    StoreError::Corrupt { what: what.into(), reason }.into()
}

/// The JSON column holds the record without its links, which live in their own rows.
fn data_json(data: &ActivityData) -> String {
    let bare = ActivityData { subprocessor_ids: Vec::new(), customers: Vec::new(), ..data.clone() };
    serde_json::to_string(&bare).expect("the activity serialises")
}

/// Every activity (`id` none), or the one of this id.
fn read_all(conn: &Connection, id: Option<ActivityId>) -> Result<Vec<Activity>> {
    read_in(conn, id.map(|id| vec![id]))
}

/// Every activity (`ids` none), or the ones of these ids, in id order.
fn read_in(conn: &Connection, ids: Option<Vec<ActivityId>>) -> Result<Vec<Activity>> {
    // The ids as a JSON array for `json_each`, or NULL for every activity.
    let id = ids.map(|ids| super::id_list(ids.iter().map(|i| i.0)));
    let mut stmt = conn.prepare_cached(
        "SELECT id, role, data, created_at, updated_at, archived_on FROM activity
         WHERE ?1 IS NULL OR id IN (SELECT value FROM json_each(?1)) ORDER BY id",
    )?;
    let rows: Vec<(ActivityId, String, String, String, String, Option<String>)> = stmt
        .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut links = conn.prepare_cached(
        "SELECT activity_id, subprocessor_id FROM activity_subprocessor
         WHERE ?1 IS NULL OR activity_id IN (SELECT value FROM json_each(?1)) ORDER BY activity_id, position",
    )?;
    let links: Vec<(ActivityId, SubprocessorId)> = links.query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut customers = conn.prepare_cached(
        "SELECT activity_id, customer, processing FROM activity_customer
         WHERE ?1 IS NULL OR activity_id IN (SELECT value FROM json_each(?1)) ORDER BY activity_id, position",
    )?;
    let customers: Vec<(ActivityId, String, String)> =
        customers.query_map([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, role, data, created_at, updated_at, archived_on) in rows {
        let mut data: ActivityData = from_json("activity", &data)?;
        // The role has its own column so that it can be queried; the column is the truth.
        data.role = ActivityRole::parse(&role).map_err(|e| corrupt("activity role", e))?;
        data.subprocessor_ids = links.iter().filter(|(a, _)| *a == id).map(|(_, s)| *s).collect();
        data.customers = customers
            .iter()
            .filter(|(a, _, _)| *a == id)
            .map(|(_, customer, processing)| Ok(CustomerProcessing { customer: customer.clone(), processing: from_json("activity customer", processing)? }))
            .collect::<Result<_>>()?;
        out.push(Activity {
            id,
            data,
            created_at: parse_instant("activity created_at", &created_at)?,
            updated_at: parse_instant("activity updated_at", &updated_at)?,
            archived_on: archived_on
                .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|e| corrupt("activity archived_on", e.to_string())))
                .transpose()?,
        });
    }
    Ok(out)
}

fn get_in(conn: &Connection, id: ActivityId) -> Result<Activity> {
    read_all(conn, Some(id))?.pop().ok_or(Error::NotFound { entity: "activity", id: id.0 })
}

/// Writes what the list searches and sorts on for one activity: its searchable text and its folded name.
fn derive(conn: &Connection, id: ActivityId, data: &ActivityData) -> Result<()> {
    conn.execute("DELETE FROM activity_search WHERE rowid = ?1", [id])?;
    conn.execute(
        "INSERT INTO activity_search (rowid, key, name_key) VALUES (?1, ?2, ?3)",
        params![id, activity::search_text(data), crate::text::search_key(&data.name)],
    )?;
    Ok(())
}

/// [`derive`] for every activity (the store opens with rows missing).
fn derive_all(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM activity_search", [])?;
    for a in read_all(conn, None)? {
        derive(conn, a.id, &a.data)?;
    }
    Ok(())
}

/// The ids of the activities a filter keeps, in the list's order (current ones first, then by folded name): the
/// search words through the trigram index, the role and archiving through their columns.
fn found_in(conn: &Connection, f: &ActivityFilter) -> Result<Vec<ActivityId>> {
    let mut c = super::Conditions::default();
    if !f.include_archived {
        c.add("a.archived_on IS NULL");
    }
    if let Some(role) = f.role {
        c.bind("a.role = ?", role.as_str().into());
    }
    c.search("a.id", "activity_search", &f.query);
    let (filter, params) = (c.clause(), c.params);
    let sql = format!(
        "SELECT a.id FROM activity a LEFT JOIN activity_search k ON k.rowid = a.id {filter}
         ORDER BY (a.archived_on IS NOT NULL), k.name_key, a.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let ids = stmt.query_map(rusqlite::params_from_iter(&params), |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Writes the links of an activity, replacing the ones it had, and its derived search row.
fn write_links(tx: &Tx<'_>, id: ActivityId, data: &ActivityData) -> Result<()> {
    derive(tx, id, data)?;
    tx.execute("DELETE FROM activity_subprocessor WHERE activity_id = ?1", [id])?;
    tx.execute("DELETE FROM activity_customer WHERE activity_id = ?1", [id])?;
    for (i, s) in data.subprocessor_ids.iter().enumerate() {
        tx.execute("INSERT INTO activity_subprocessor (activity_id, subprocessor_id, position) VALUES (?1, ?2, ?3)", params![id, s, i as i64])?;
    }
    for (i, c) in data.customers.iter().enumerate() {
        let processing = serde_json::to_string(&c.processing).expect("strings serialise");
        tx.execute(
            "INSERT INTO activity_customer (activity_id, position, customer, processing) VALUES (?1, ?2, ?3, ?4)",
            params![id, i as i64, c.customer, processing],
        )?;
    }
    Ok(())
}

fn insert(tx: &Tx<'_>, data: &ActivityData) -> Result<ActivityId> {
    let now = format_instant(tx.now());
    tx.execute(
        "INSERT INTO activity (name, role, data, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![data.name, data.role.as_str(), data_json(data), now],
    )?;
    let id = ActivityId(tx.last_insert_rowid());
    write_links(tx, id, data)?;
    Ok(id)
}

/// Every activity as the audit log records it (its data, and whether it is archived), for the check of records
/// against the log.
pub(super) fn audit_forms(conn: &Connection) -> Result<Vec<(Option<i64>, serde_json::Value)>> {
    read_all(conn, None)?
        .into_iter()
        .map(|a| {
            let mut v = serde_json::to_value(&a.data).expect("serialises");
            if let Some(m) = v.as_object_mut() {
                m.insert("archived_on".into(), serde_json::to_value(a.archived_on).expect("serialises"));
            }
            Ok((Some(a.id.0), v))
        })
        .collect()
}

impl Store {
    /// Every activity, archived ones included, in creation order.
    pub fn activities(&self) -> Result<Vec<Activity>> {
        read_all(self.conn(), None)
    }

    /// The activities a filter keeps (searched and filtered in SQLite), current ones first, then by name.
    pub fn find_activities(&self, filter: &ActivityFilter) -> Result<Vec<Activity>> {
        let ids = found_in(self.conn(), filter)?;
        let mut found: std::collections::HashMap<ActivityId, Activity> = read_in(self.conn(), Some(ids.clone()))?.into_iter().map(|a| (a.id, a)).collect();
        Ok(ids.into_iter().filter_map(|id| found.remove(&id)).collect())
    }

    /// Rebuilds the activities' search rows when one is missing (an imported export, a file made before them):
    /// once, when the store opens.
    pub(crate) fn refresh_activity_search(&mut self) -> Result<()> {
        if super::derived_complete(self.conn(), "activity", &["activity_search"])? {
            return Ok(());
        }
        self.atomically(|s| derive_all(s.conn()))
    }

    pub fn activity(&self, id: ActivityId) -> Result<Activity> {
        get_in(self.conn(), id)
    }

    /// The activity with its derived transfers and warnings, against the current register and the adequacy list
    /// in use.
    pub fn activity_detail(&self, id: ActivityId) -> Result<ActivityDetail> {
        let a = self.activity(id)?;
        let linked = self.subprocessors_among(a.data.linked())?;
        Ok(ActivityDetail::new(a, &linked, &self.adequacy()?, self.texts()?))
    }

    /// Refuses links to subprocessors that are not in the register, naming each, before anything is written.
    fn check_links(&self, data: &ActivityData) -> Result<()> {
        let missing: Vec<String> =
            data.subprocessor_ids.iter().filter(|id| !self.has_subprocessor(**id).unwrap_or(false)).map(|id| format!("#{id}")).collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Invalid::field("subprocessor_ids", format!("{} not in the subprocessor register", missing.join(", ") + if missing.len() > 1 { " are" } else { " is" })).into())
        }
    }

    pub fn add_activity(&mut self, draft: &ActivityDraft) -> Result<Activity> {
        self.atomically(|s| {
            let data = draft.validate()?;
            s.check_links(&data)?;
            let id = s.write(|tx| {
                let id = insert(tx, &data)?;
                tx.created("activity", id, &data)
            })?;
            s.activity(id)
        })
    }

    pub fn update_activity(&mut self, id: ActivityId, draft: &ActivityDraft) -> Result<Activity> {
        self.atomically(|s| {
            let data = draft.validate()?;
            s.check_links(&data)?;
            s.write(|tx| {
                let before = get_in(tx, id)?;
                if before.data == data {
                    return Ok(());
                }
                tx.execute(
                    "UPDATE activity SET name = ?2, role = ?3, data = ?4, updated_at = ?5 WHERE id = ?1",
                    params![id, data.name, data.role.as_str(), data_json(&data), format_instant(tx.now())],
                )?;
                write_links(tx, id, &data)?;
                tx.audit("activity", Some(id.0), "update", Some(&before.data), Some(&data))?;
                Ok(())
            })?;
            s.activity(id)
        })
    }

    /// A new activity with the same facts under a new name ("Copy of …"), for activities that differ little.
    pub fn duplicate_activity(&mut self, id: ActivityId) -> Result<Activity> {
        self.atomically(|s| {
            let source = s.activity(id)?;
            let all = s.activities()?;
            let names: Vec<&str> = all.iter().map(|a| a.data.name.as_str()).collect();
            let data = ActivityData { name: activity::copy_name(&source.data.name, &names), ..source.data.clone() };
            let new_id = s.write(|tx| {
                let new_id = insert(tx, &data)?;
                let after = serde_json::json!({ "duplicate_of": id.0, "data": &data });
                tx.audit::<(), _>("activity", Some(new_id.0), "duplicate", None, Some(&after))?;
                Ok(new_id)
            })?;
            s.activity(new_id)
        })
    }

    /// Archives an activity that has stopped: it leaves the current record but is kept, with its history.
    pub fn archive_activity(&mut self, id: ActivityId) -> Result<Activity> {
        self.atomically(|s| {
            let current = s.activity(id)?;
            if let Some(on) = current.archived_on {
                return Err(Invalid::field("id", format!("activity #{id} is already archived (since {on})")).into());
            }
            let org = s.require_org()?;
            let today = org.today(s.now());
            s.set_archived(id, Some(today), "archive")
        })
    }

    /// Brings an archived activity back into the current record.
    pub fn restore_activity(&mut self, id: ActivityId) -> Result<Activity> {
        self.atomically(|s| {
            if s.activity(id)?.archived_on.is_none() {
                return Err(Invalid::field("id", format!("activity #{id} is not archived")).into());
            }
            s.set_archived(id, None, "restore")
        })
    }

    fn set_archived(&mut self, id: ActivityId, on: Option<NaiveDate>, action: &str) -> Result<Activity> {
        self.write(|tx| {
            let before = get_in(tx, id)?;
            tx.execute(
                "UPDATE activity SET archived_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, on.map(|d| d.to_string()), format_instant(tx.now())],
            )?;
            let state = |a: Option<NaiveDate>| serde_json::json!({ "name": &before.data.name, "archived_on": a });
            tx.audit("activity", Some(id.0), action, Some(&state(before.archived_on)), Some(&state(on)))?;
            Ok(())
        })?;
        self.activity(id)
    }

    /// The processor record (Art. 30(2)) per customer, from the processor activities not archived.
    pub fn processor_record(&self) -> Result<ProcessorRecord> {
        Ok(activity::processor_record(&self.activities()?))
    }

    /// Whether an activity with this id exists.
    pub fn has_activity(&self, id: ActivityId) -> Result<bool> {
        Ok(self.conn().query_row("SELECT 1 FROM activity WHERE id = ?1", [id], |_| Ok(())).optional()?.is_some())
    }
}
