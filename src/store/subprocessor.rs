//! The `subprocessor` table.

use crate::progress::{Progress, Stage};
use crate::audit::format_instant;
use crate::error::{Error, Result};
use crate::id::SubprocessorId;
use crate::store::{from_json, parse_instant, rows_of, Store, StoreError, Tx};
use crate::subprocessor::sheet_import::ImportFile;
use crate::subprocessor::{field_changes, search_text, Category, FieldChange, Filter, SccModule, SortKey, Status, Subprocessor, SubprocessorData, SubprocessorDraft, TransferMechanism};
use crate::text::fold;
use chrono::NaiveDate;
use rusqlite::{named_params, OptionalExtension, Row};
use serde::Serialize;

const COLUMNS: &str = "id, name, legal_entity, address, country, service, purpose, category, data_categories,
    subject_categories, locations, transfer_mechanism, scc_module, transfer_notes, dpa_signed_on, dpa_reference,
    certifications, security_reviewed_on, access, website, privacy_policy_url, status, started_on, ended_on, notes,
    created_at, updated_at";

fn corrupt(what: &str, reason: String) -> Error {
    StoreError::Corrupt { what: what.into(), reason }.into()
}

fn date(what: &str, v: Option<String>) -> Result<Option<NaiveDate>> {
    v.map(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| corrupt(what, e.to_string()))).transpose()
}

fn read(r: &Row<'_>) -> Result<Subprocessor> {
    let vocab = |what: &str, e: String| corrupt(what, e);
    let category: String = r.get("category")?;
    let status: String = r.get("status")?;
    let transfer: Option<String> = r.get("transfer_mechanism")?;
    let module: Option<String> = r.get("scc_module")?;
    let list = |col: &str| -> Result<Vec<String>> { from_json(col, &r.get::<_, String>(col)?) };
    Ok(Subprocessor {
        id: r.get("id")?,
        data: SubprocessorData {
            name: r.get("name")?,
            legal_entity: r.get("legal_entity")?,
            address: r.get("address")?,
            country: r.get("country")?,
            service: r.get("service")?,
            purpose: r.get("purpose")?,
            category: Category::parse(&category).map_err(|e| vocab("category", e))?,
            data_categories: list("data_categories")?,
            subject_categories: list("subject_categories")?,
            locations: list("locations")?,
            transfer_mechanism: transfer.map(|t| TransferMechanism::parse(&t)).transpose().map_err(|e| vocab("transfer_mechanism", e))?,
            scc_module: module.map(|m| SccModule::parse(&m)).transpose().map_err(|e| vocab("scc_module", e))?,
            transfer_notes: r.get("transfer_notes")?,
            dpa_signed_on: date("dpa_signed_on", r.get("dpa_signed_on")?)?,
            dpa_reference: r.get("dpa_reference")?,
            certifications: list("certifications")?,
            security_reviewed_on: date("security_reviewed_on", r.get("security_reviewed_on")?)?,
            access: r.get("access")?,
            website: r.get("website")?,
            privacy_policy_url: r.get("privacy_policy_url")?,
            status: Status::parse(&status).map_err(|e| vocab("status", e))?,
            started_on: date("started_on", r.get("started_on")?)?,
            ended_on: date("ended_on", r.get("ended_on")?)?,
            notes: r.get("notes")?,
        },
        created_at: parse_instant("created_at", &r.get::<_, String>("created_at")?)?,
        updated_at: parse_instant("updated_at", &r.get::<_, String>("updated_at")?)?,
    })
}

fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).expect("strings serialise")
}

fn opt_date(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// Writes every column of `data` for row `id` (insert when `id` is `None`) and returns the row id.
/// Writes a record's text into the search index, in the record's transaction.
fn index(conn: &rusqlite::Connection, id: SubprocessorId, data: &SubprocessorData) -> Result<()> {
    crate::store::write_search(conn, "subprocessor_search", id.0, &search_text(data))
}

fn upsert(tx: &Tx<'_>, id: Option<SubprocessorId>, data: &SubprocessorData) -> Result<SubprocessorId> {
    let id = write_row(tx, id, data)?;
    index(tx, id, data)?;
    Ok(id)
}

fn write_row(tx: &Tx<'_>, id: Option<SubprocessorId>, data: &SubprocessorData) -> Result<SubprocessorId> {
    let now = format_instant(tx.now());
    let params = named_params! {
        ":id": id,
        ":name": data.name,
        ":legal_entity": data.legal_entity,
        ":address": data.address,
        ":country": data.country,
        ":service": data.service,
        ":purpose": data.purpose,
        ":category": data.category.as_str(),
        ":data_categories": json_list(&data.data_categories),
        ":subject_categories": json_list(&data.subject_categories),
        ":locations": json_list(&data.locations),
        ":transfer_mechanism": data.transfer_mechanism.map(|m| m.as_str()),
        ":scc_module": data.scc_module.map(|m| m.as_str()),
        ":transfer_notes": data.transfer_notes,
        ":dpa_signed_on": opt_date(data.dpa_signed_on),
        ":dpa_reference": data.dpa_reference,
        ":certifications": json_list(&data.certifications),
        ":security_reviewed_on": opt_date(data.security_reviewed_on),
        ":access": data.access,
        ":website": data.website,
        ":privacy_policy_url": data.privacy_policy_url,
        ":status": data.status.as_str(),
        ":started_on": opt_date(data.started_on),
        ":ended_on": opt_date(data.ended_on),
        ":notes": data.notes,
        ":now": now,
    };
    match id {
        None => {
            tx.execute(
                // A NULL id lets SQLite choose the next row id.
                "INSERT INTO subprocessor (id, name, legal_entity, address, country, service, purpose, category,
                    data_categories, subject_categories, locations, transfer_mechanism, scc_module, transfer_notes,
                    dpa_signed_on, dpa_reference, certifications, security_reviewed_on, access, website,
                    privacy_policy_url, status, started_on, ended_on, notes, created_at, updated_at)
                 VALUES (:id, :name, :legal_entity, :address, :country, :service, :purpose, :category, :data_categories,
                    :subject_categories, :locations, :transfer_mechanism, :scc_module, :transfer_notes, :dpa_signed_on, :dpa_reference,
                    :certifications, :security_reviewed_on, :access, :website, :privacy_policy_url, :status, :started_on,
                    :ended_on, :notes, :now, :now)",
                params,
            )?;
            Ok(SubprocessorId(tx.last_insert_rowid()))
        }
        Some(id) => {
            tx.execute(
                "UPDATE subprocessor SET name = :name, legal_entity = :legal_entity, address = :address,
                    country = :country, service = :service, purpose = :purpose, category = :category,
                    data_categories = :data_categories, subject_categories = :subject_categories, locations = :locations,
                    transfer_mechanism = :transfer_mechanism, scc_module = :scc_module, transfer_notes = :transfer_notes,
                    dpa_signed_on = :dpa_signed_on, dpa_reference = :dpa_reference, certifications = :certifications,
                    security_reviewed_on = :security_reviewed_on, access = :access, website = :website,
                    privacy_policy_url = :privacy_policy_url, status = :status, started_on = :started_on,
                    ended_on = :ended_on, notes = :notes, updated_at = :now
                 WHERE id = :id",
                params,
            )?;
            Ok(id)
        }
    }
}

/// Sets only the status (announcing and activating change nothing else); the caller writes the audit entry.
pub(super) fn write_status(tx: &Tx<'_>, id: SubprocessorId, status: Status) -> Result<()> {
    tx.execute(
        "UPDATE subprocessor SET status = ?1, updated_at = ?2 WHERE id = ?3",
        rusqlite::params![status.as_str(), format_instant(tx.now()), id],
    )?;
    Ok(())
}

fn get_in(conn: &rusqlite::Connection, id: SubprocessorId) -> Result<Subprocessor> {
    rows_of(conn, &format!("SELECT {COLUMNS} FROM subprocessor WHERE id = ?1"), [id], read)?.pop().ok_or(Error::NotFound { entity: "subprocessor", id: id.0 })
}

/// What an import will do with each row: add a new record, or update the one with the same name.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ImportPlan {
    /// How each column of the file was understood, ignored ones included.
    pub columns: Vec<crate::subprocessor::sheet_import::ColumnUse>,
    /// The headers of the columns not imported.
    pub ignored: Vec<String>,
    pub rows: Vec<PlannedRow>,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct PlannedRow {
    #[ts(type = "number")]
    pub line: u64,
    /// `add`, `update` or `unchanged`.
    pub action: String,
    /// The record the row updates, when it updates one.
    pub existing_id: Option<SubprocessorId>,
    pub data: SubprocessorData,
    /// For an update, each field that changes, before and after.
    pub changes: Vec<FieldChange>,
}

/// Every subprocessor as the audit log records it (its data), for the check of records against the log.
pub(super) fn audit_forms(conn: &rusqlite::Connection) -> Result<Vec<(Option<i64>, serde_json::Value)>> {
    rows_of(conn, &format!("SELECT {COLUMNS} FROM subprocessor ORDER BY id"), [], |r| {
        let s = read(r)?;
        Ok((Some(s.id.0), serde_json::to_value(&s.data).expect("the data serialises")))
    })
}

/// The register's matches of a filter, in the filter's order and page, and how many match before paging: the
/// search words through the trigram index (each must be in the record's folded text), the status and category
/// through their columns.
fn page_in(conn: &rusqlite::Connection, f: &Filter) -> Result<(Vec<Subprocessor>, u64)> {
    let mut c = crate::store::Conditions::default();
    if let Some(status) = f.status {
        c.bind("status = ?", status.as_str().into());
    }
    if let Some(category) = f.category {
        c.bind("category = ?", category.as_str().into());
    }
    c.search("id", "subprocessor_search", &f.query);
    let matched = c.count(conn, "FROM subprocessor")?;
    let (filter, params) = (c.clause(), c.params);
    let name = ("lower(name)", true);
    let status_rank = crate::store::rank("status", Status::ALL.iter().map(|s| s.as_str()));
    let terms: Vec<(&str, bool)> = match f.sort {
        SortKey::Name => vec![name],
        SortKey::Category => vec![("category", true), name],
        SortKey::Country => vec![("country", true), name],
        SortKey::Status => vec![(status_rank.as_str(), true), name],
        SortKey::Updated => vec![("updated_at", false)],
    };
    let order = crate::store::order_by(terms, "id", f.descending);
    let sql = format!("SELECT {COLUMNS} FROM subprocessor {filter} ORDER BY {order} {}", crate::store::page_clause(f.offset, f.limit));
    Ok((rows_of(conn, &sql, rusqlite::params_from_iter(&params), read)?, matched))
}

impl Store {
    pub fn subprocessors(&self) -> Result<Vec<Subprocessor>> {
        rows_of(self.conn(), &format!("SELECT {COLUMNS} FROM subprocessor ORDER BY id"), [], read)
    }

    /// The active subprocessors last reviewed (or, never reviewed, whose DPA was signed) on or before `based_by`;
    /// every active one with either date when `None`. The rest of the register is not read.
    pub fn subprocessors_for_review(&self, based_by: Option<NaiveDate>) -> Result<Vec<Subprocessor>> {
        let sql = format!("SELECT {COLUMNS} FROM subprocessor WHERE status = 'active' AND coalesce(security_reviewed_on, dpa_signed_on) <= ?1 ORDER BY id");
        rows_of(self.conn(), &sql, [super::day_bound(based_by)], read)
    }

    /// The subprocessors of these ids that are in the register (what records link to), in id order; the rest of the
    /// register is not read.
    pub fn subprocessors_among(&self, ids: impl IntoIterator<Item = SubprocessorId>) -> Result<Vec<Subprocessor>> {
        let ids: std::collections::BTreeSet<i64> = ids.into_iter().map(|id| id.0).collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = super::id_list(ids);
        let sql = format!("SELECT {COLUMNS} FROM subprocessor WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id");
        rows_of(self.conn(), &sql, [list], read)
    }

    /// One page of the register as `filter` keeps it, and how many records match it.
    pub fn subprocessor_page(&self, filter: &Filter) -> Result<(Vec<Subprocessor>, u64)> {
        page_in(self.conn(), filter)
    }

    /// How many records the register holds.
    pub fn subprocessor_count(&self) -> Result<u64> {
        Ok(self.conn().query_row("SELECT count(*) FROM subprocessor", [], |r| r.get::<_, i64>(0))?.max(0) as u64)
    }

    /// Rebuilds the search index when it does not hold one row per record (a store imported from an export, or
    /// made before the index): once, when the store opens.
    pub(crate) fn refresh_search_index(&mut self) -> Result<()> {
        if super::derived_complete(self.conn(), "subprocessor", &["subprocessor_search"])? {
            return Ok(());
        }
        self.atomically(|s| {
            let records = s.subprocessors()?;
            s.conn().execute("DELETE FROM subprocessor_search", [])?;
            for r in &records {
                index(s.conn(), r.id, &r.data)?;
            }
            Ok(())
        })
    }

    pub fn subprocessor(&self, id: SubprocessorId) -> Result<Subprocessor> {
        get_in(self.conn(), id)
    }

    pub fn add_subprocessor(&mut self, draft: &SubprocessorDraft) -> Result<Subprocessor> {
        self.atomically(|s| {
            let data = draft.validate()?;
            let id = s.write(|tx| {
                let id = upsert(tx, None, &data)?;
                let created = get_in(tx, id)?;
                tx.created("subprocessor", id, &created.data)
            })?;
            s.subprocessor(id)
        })
    }

    pub fn update_subprocessor(&mut self, id: SubprocessorId, draft: &SubprocessorDraft) -> Result<Subprocessor> {
        self.atomically(|s| {
            let data = draft.validate()?;
            // A subprocessor under an open change notice becomes active only once its objection period is over
            // (`activate_subprocessor` takes a reason for doing it earlier); records without a notice are unaffected.
            let before = s.subprocessor(id)?;
            s.check_edit_against_notice(id, &before.data, &data)?;
            s.replace_subprocessor(id, data, "update")
        })
    }

    /// Archives a subprocessor: status retired with its end date; the record and its history stay.
    pub fn retire_subprocessor(&mut self, id: SubprocessorId, on: NaiveDate) -> Result<Subprocessor> {
        self.atomically(|s| {
            let current = s.subprocessor(id)?;
            let data = crate::subprocessor::retire(&current.data, on)?;
            s.replace_subprocessor(id, data, "retire")
        })
    }

    fn replace_subprocessor(&mut self, id: SubprocessorId, data: SubprocessorData, action: &str) -> Result<Subprocessor> {
        let today = self.org()?.map(|o| o.today(self.now())).unwrap_or_else(|| self.now().date_naive());
        self.write(|tx| {
            let before = get_in(tx, id)?;
            if before.data == data {
                return Ok(());
            }
            upsert(tx, Some(id), &data)?;
            tx.audit("subprocessor", Some(id.0), action, Some(&before.data), Some(&data))?;
            // Becoming active closes the open change notice, in the same transaction.
            if before.data.status != Status::Active && data.status == Status::Active {
                super::notice::record_activation(tx, id, today, None)?;
            }
            Ok(())
        })?;
        self.subprocessor(id)
    }

    /// Matches each row against the register by name (case and accents ignored) and checks it as the record it
    /// would make: a new record from the row's cells, or the existing record with only the file's columns changed,
    /// under the same rules as an edit (the change-notice rule included). Every bad row is reported.
    pub fn plan_import(&self, file: &ImportFile) -> Result<ImportPlan> {
        let existing = self.subprocessors()?;
        let mut plan = ImportPlan { columns: file.uses.clone(), ignored: file.ignored(), rows: Vec::new(), added: 0, updated: 0, unchanged: 0 };
        let mut errors = Vec::new();
        for row in &file.rows {
            let key = fold(row.name());
            let found = existing.iter().find(|s| fold(&s.data.name) == key);
            let draft = row.draft_over(found.map(|s| s.data.to_draft()).unwrap_or_default());
            let data = match draft.validate() {
                Ok(d) => d,
                Err(invalid) => {
                    errors.extend(invalid.errors.into_iter().map(|e| file.row_error(row.line, &e.field, e.reason)));
                    continue;
                }
            };
            if let Some(s) = found {
                match self.check_edit_against_notice(s.id, &s.data, &data) {
                    Ok(()) => {}
                    Err(Error::Invalid(invalid)) => {
                        errors.extend(invalid.errors.into_iter().map(|e| file.row_error(row.line, &e.field, e.reason)));
                        continue;
                    }
                    Err(e) => return Err(e),
                }
            }
            let (action, changes) = match found {
                None => {
                    plan.added += 1;
                    ("add", Vec::new())
                }
                Some(s) if s.data == data => {
                    plan.unchanged += 1;
                    ("unchanged", Vec::new())
                }
                Some(s) => {
                    plan.updated += 1;
                    ("update", field_changes(&s.data, &data))
                }
            };
            plan.rows.push(PlannedRow { line: row.line, action: action.into(), existing_id: found.map(|s| s.id), data, changes });
        }
        if !errors.is_empty() {
            return Err(crate::Invalid { errors }.into());
        }
        Ok(plan)
    }

    /// Checks a file against the register and, unless `dry_run`, applies it, all under one lock so that the plan
    /// applied is the plan shown.
    pub fn import_subprocessors(&mut self, file: &ImportFile, source: &str, dry_run: bool, progress: &Progress) -> Result<ImportPlan> {
        self.atomically(|s| {
            let plan = s.plan_import(file)?;
            if !dry_run {
                s.apply_import(&plan, source, progress)?;
            }
            Ok(plan)
        })
    }

    /// Applies a whole import in one transaction: every row lands, with its audit entry, or none does. A record
    /// that becomes active closes its open change notice, as an edit does. Stopped through `progress`, it
    /// changes nothing.
    pub fn apply_import(&mut self, plan: &ImportPlan, source: &str, progress: &Progress) -> Result<()> {
        let today = self.org()?.map(|o| o.today(self.now())).unwrap_or_else(|| self.now().date_naive());
        let total = plan.rows.len() as u64;
        self.write(|tx| {
            for (done, row) in plan.rows.iter().enumerate() {
                progress.step(Stage::Importing, done as u64, total)?;
                match (row.action.as_str(), row.existing_id) {
                    ("add", _) => {
                        let id = upsert(tx, None, &row.data)?;
                        tx.audit::<(), _>("subprocessor", Some(id.0), "import", None, Some(&row.data))?;
                    }
                    ("update", Some(id)) => {
                        let before = get_in(tx, id)?;
                        upsert(tx, Some(id), &row.data)?;
                        tx.audit("subprocessor", Some(id.0), "import", Some(&before.data), Some(&row.data))?;
                        if before.data.status != Status::Active && row.data.status == Status::Active {
                            super::notice::record_activation(tx, id, today, None)?;
                        }
                    }
                    _ => {}
                }
            }
            let summary = serde_json::json!({ "source": source, "added": plan.added, "updated": plan.updated, "unchanged": plan.unchanged });
            tx.audit::<(), _>("subprocessor-import", None, "import", None, Some(&summary))?;
            progress.step(Stage::Importing, total, total)
        })
    }

    /// Whether a subprocessor with this id exists.
    pub fn has_subprocessor(&self, id: SubprocessorId) -> Result<bool> {
        Ok(self.conn().query_row("SELECT 1 FROM subprocessor WHERE id = ?1", [id], |_| Ok(())).optional()?.is_some())
    }
}
