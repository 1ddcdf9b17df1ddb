//! The export of everything (`privdesk export`) and its import into an empty store (`privdesk import`): every
//! table of the store, the audit log included, in one versioned JSON document described in docs/export-format.md.
//!
//! The document is the store's tables as they are, row by row, in a fixed order (tables by name, rows by row id),
//! so that exporting the same store twice gives the same bytes, and an import reproduces the store exactly: its
//! audit log verifies, and exporting it again gives the file that was imported.

use super::{audit, migrations, safety, schema_version, Store, StoreError, APPLICATION_ID};
use crate::error::{Error, Invalid, Result};
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

pub const EXPORT_FORMAT: &str = "privdesk-export";
pub const EXPORT_VERSION: u32 = 1;

/// Tables that are not the store's records: SQLite's own, and a backup's manifest.
/// Tables derived from the records (the list indexes), rebuilt when a store opens: an FTS5 table's name is also
/// the prefix of its shadow tables.
const DERIVED: &[&str] = &["subprocessor_search", "request_search", "request_order", "breach_search", "breach_order", "activity_search"];

fn exported(name: &str) -> bool {
    // The search index is derived from the records and rebuilt when the store opens.
    !name.starts_with("sqlite_") && name != "backup_manifest" && !DERIVED.iter().any(|d| name.starts_with(d))
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportHead {
    pub entries: i64,
    pub head_hash: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// The whole document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub schema_version: i64,
    /// The audit log's length and head hash, to compare with a printed record or a backup.
    pub audit: ExportHead,
    /// The adequacy list the transfer rules used, also when it is the one shipped with the app (which has no row in
    /// the `adequacy` table): for the reader; an import restores the tables.
    pub adequacy_in_use: Value,
    pub tables: BTreeMap<String, ExportTable>,
}

fn table_names(conn: &Connection) -> Result<Vec<String>> {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names.into_iter().filter(|n| exported(n)).collect())
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    Ok(conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"))?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
}

fn to_json(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => serde_json::json!({ "blob": hex::encode(b) }),
    }
}

fn from_json(table: &str, column: &str, v: &Value) -> Result<SqlValue> {
    let bad = || -> Error { Invalid::field("file", format!("table {table}, column {column}: {v} is not a value a database column holds")).into() };
    Ok(match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().ok_or_else(bad)?),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Object(m) => match m.get("blob").and_then(Value::as_str) {
            Some(h) if m.len() == 1 => SqlValue::Blob(hex::decode(h).map_err(|_| bad())?),
            _ => return Err(bad()),
        },
        Value::Array(_) => return Err(bad()),
    })
}

impl Store {
    /// Everything in the store, as the export document.
    pub fn export_everything(&self) -> Result<Export> {
        // One read transaction, so that the document is one moment of the store even while a window writes.
        let conn = self.conn();
        let own_tx = conn.is_autocommit();
        if own_tx {
            conn.execute_batch("BEGIN")?;
        }
        let result = (|| -> Result<Export> {
            let mut tables = BTreeMap::new();
            for name in table_names(conn)? {
                let cols = columns(conn, &name)?;
                // The store's own bookkeeping (`internal.…` settings) belongs to the file, not to the records.
                let filter = if name == "setting" { " WHERE name NOT LIKE 'internal.%'" } else { "" };
                let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\"{filter} ORDER BY rowid"))?;
                let mut rows = stmt.query([])?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    out.push((0..cols.len()).map(|i| r.get_ref(i).map(to_json)).collect::<rusqlite::Result<Vec<_>>>()?);
                }
                tables.insert(name, ExportTable { columns: cols, rows: out });
            }
            let (entries, head_hash) = audit::head(conn)?;
            Ok(Export {
                format: EXPORT_FORMAT.into(),
                version: EXPORT_VERSION,
                schema_version: schema_version(),
                audit: ExportHead { entries, head_hash },
                adequacy_in_use: serde_json::to_value(self.adequacy_in_use()?).expect("the list serialises"),
                tables,
            })
        })();
        if own_tx {
            let _ = conn.execute_batch("COMMIT");
        }
        result
    }

    /// The export document as the bytes of its file: pretty JSON ending with a line break.
    pub fn export_json(&self) -> Result<Vec<u8>> {
        let mut bytes = serde_json::to_vec_pretty(&self.export_everything()?).expect("the export serialises");
        bytes.push(b'\n');
        Ok(bytes)
    }
}

/// Reads and checks an export document: its format, its version and its schema version.
pub fn parse(bytes: &[u8]) -> Result<Export> {
    let doc: Export = serde_json::from_slice(bytes).map_err(|e| Invalid::field("file", format!("not a Privacy Desk export: {e}")))?;
    if doc.format != EXPORT_FORMAT {
        return Err(Invalid::field("file", format!("not a Privacy Desk export (format \"{}\")", doc.format)).into());
    }
    if doc.version != EXPORT_VERSION {
        return Err(Invalid::field("file", format!("export format version {} is not one this version reads (it reads {EXPORT_VERSION})", doc.version)).into());
    }
    if doc.schema_version > schema_version() || doc.schema_version < 1 {
        return Err(Invalid::field(
            "file",
            format!("the export was written by a newer version of Privacy Desk (schema version {}; this version knows up to {}): update Privacy Desk to import it", doc.schema_version, schema_version()),
        )
        .into());
    }
    Ok(doc)
}

/// Fills the database at `target` from an export document: a new file, or an existing store with no records in
/// it (one that has records is refused). The store is built beside the target and swapped in complete, its audit
/// log exactly the exported one (the import adds no entry, so that exporting it again gives the same document).
pub fn import(bytes: &[u8], target: &Path) -> Result<Store> {
    let doc = parse(bytes)?;
    let shown = target.display().to_string();
    let exists = std::fs::metadata(target).map(|m| m.len() > 0).unwrap_or(false);
    let mut guard = None;
    if exists {
        let existing = Store::open(target)?;
        for name in table_names(existing.conn())? {
            let n: i64 = existing.conn().query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |r| r.get(0))?;
            if n > 0 {
                return Err(Invalid::field("db", format!("{shown} is not empty (its table {name} has {n} rows): import into a new database file, nothing was changed")).into());
            }
        }
        let Store { conn, .. } = existing;
        guard = Some(conn);
    }
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    if !dir.exists() {
        super::create_private_dir(&dir)?;
    }
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.tmp-", target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()))
        .suffix(".sqlite3")
        .tempfile_in(&dir)
        .map_err(|e| Error::file(&dir, e))?;
    {
        let mut conn = Connection::open(tmp.path())?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        // Rows go in table by table; the references between them are checked once all are in.
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        migrations().to_version(&mut conn, doc.schema_version as usize).map_err(StoreError::from)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        let tx = conn.transaction()?;
        let known = table_names(&tx)?;
        for (name, table) in &doc.tables {
            if !known.contains(name) {
                return Err(Invalid::field("file", format!("table {name} is not one of a store at schema version {}", doc.schema_version)).into());
            }
            let cols = columns(&tx, name)?;
            if let Some(c) = table.columns.iter().find(|c| !cols.contains(c)) {
                return Err(Invalid::field("file", format!("table {name} has no column {c}")).into());
            }
            let list = table.columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
            let marks = vec!["?"; table.columns.len()].join(", ");
            let mut stmt = tx.prepare(&format!("INSERT INTO \"{name}\" ({list}) VALUES ({marks})"))?;
            for (i, row) in table.rows.iter().enumerate() {
                if row.len() != table.columns.len() {
                    return Err(Invalid::field("file", format!("table {name}, row {}: {} values for {} columns", i + 1, row.len(), table.columns.len())).into());
                }
                let values = row.iter().zip(&table.columns).map(|(v, c)| from_json(name, c, v)).collect::<Result<Vec<_>>>()?;
                stmt.execute(rusqlite::params_from_iter(values)).map_err(|e| Invalid::field("file", format!("table {name}, row {}: {e}", i + 1)))?;
            }
        }
        tx.commit()?;
        migrations().to_latest(&mut conn).map_err(StoreError::from)?;
        let broken: Option<String> = conn.query_row("SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1", [], |r| r.get(0)).ok();
        if let Some(table) = broken {
            return Err(Invalid::field("file", format!("table {table} refers to rows the file does not have")).into());
        }
        let (entries, head) = audit::head(&conn)?;
        if (entries, head.as_str()) != (doc.audit.entries, doc.audit.head_hash.as_str()) {
            return Err(Invalid::field("file", format!("its audit log ends at entry {entries}, not where the file says ({})", doc.audit.entries)).into());
        }
    }
    tmp.as_file().sync_all().map_err(|e| Error::file(tmp.path(), e))?;
    if let Some(conn) = &guard {
        safety::take_alone(conn, target)?;
    }
    safety::supersede_checkpoint(target)?;
    if guard.is_none() {
        safety::set_aside_orphans(target)?;
    }
    let placed = if guard.is_some() { tmp.persist(target).map(drop) } else { tmp.persist_noclobber(target).map(drop) };
    placed.map_err(|e| Error::file(target, e.error))?;
    drop(guard);
    let store = Store::open(target)?;
    safety::save_checkpoint(&store)?;
    Ok(store)
}
