//! The store: one SQLite file holds everything. Only this module and its children speak SQL.
//!
//! Every user action is one transaction ([`Store::write`]) and writes its audit entry inside it, so a change and
//! its record in the audit trail land together or not at all.

mod activity;
mod adequacy;
mod audit;
pub use audit::AuditQuery;
mod breach;
mod notice;
mod org;
mod policy;
mod request;
mod subprocessor;

use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Transaction};
use rusqlite_migration::{Migrations, M};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub use subprocessor::{ImportPlan, PlannedRow};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("{path} was written by a newer version of Privacy Desk (schema version {found}; this version knows up to {known}). It has not been changed; update Privacy Desk to open it.")]
    NewerSchema { path: String, found: i64, known: i64 },
    #[error("cannot open the database {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("stored data is unreadable ({what}): {reason}")]
    Corrupt { what: String, reason: String },
}

/// The schema, one migration per file, applied in this order (the order of the file names). Append-only: a
/// released file never changes; a change to the schema is a new file at the end.
const MIGRATIONS: &[&str] = &[
    include_str!("store/migrations/0001_foundation.sql"),
    include_str!("store/migrations/0002_requests.sql"),
    include_str!("store/migrations/0003_breaches.sql"),
    include_str!("store/migrations/0004_policies_and_notices.sql"),
    include_str!("store/migrations/0005_activities.sql"),
    include_str!("store/migrations/0006_adequacy.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes: the number of migrations it knows.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

type Clock = Box<dyn Fn() -> DateTime<Utc> + Send>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    actor: String,
    clock: Clock,
}

/// The default database: `privdesk.sqlite3` in the user's data folder, shared by the window and the command line.
pub fn default_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "privdesk")
        .map(|d| d.data_dir().join("privdesk.sqlite3"))
        .unwrap_or_else(|| PathBuf::from("privdesk.sqlite3"))
}

/// The database path: an explicit path, else `PRIVDESK_DB`, else the default.
pub fn resolve_path(explicit: Option<&Path>) -> PathBuf {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("PRIVDESK_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(default_path)
}

/// The local user name, recorded as the author of each change.
pub fn local_user() -> String {
    let name = whoami::username();
    if name.trim().is_empty() { "unknown".into() } else { name }
}

impl Store {
    /// Opens (creating it and its folder if needed) and migrates the database. A database written by a newer
    /// version is refused before anything is written to it.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
        }
        let open_err = |e: rusqlite::Error| StoreError::Open { path: path.display().to_string(), reason: e.to_string() };
        let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)
            .map_err(open_err)?;
        // Read the version before any pragma that writes (WAL switches the journal mode in the file header).
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(open_err)?;
        if found > schema_version() {
            return Err(StoreError::NewerSchema { path: path.display().to_string(), found, known: schema_version() }.into());
        }
        Self::prepare(conn, path)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn prepare(mut conn: Connection, path: PathBuf) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if path.as_os_str() != ":memory:" {
            let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        }
        migrations().to_latest(&mut conn).map_err(StoreError::from)?;
        Ok(Store { conn, path, actor: local_user(), clock: Box::new(crate::system_now) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Names the author of the changes made through this store (the local user by default).
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        self.actor = actor.into();
    }

    /// Replaces the clock that stamps changes (tests pin it).
    pub fn set_clock(&mut self, clock: impl Fn() -> DateTime<Utc> + Send + 'static) {
        self.clock = Box::new(clock);
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Runs one user action as one transaction: the change and its audit entries commit together or not at all.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        let w = Tx { tx, actor: &self.actor, now };
        let out = f(&w)?;
        w.tx.commit()?;
        Ok(out)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// A write transaction with who and when, handed to the table modules.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    actor: &'a str,
    now: DateTime<Utc>,
}

impl Tx<'_> {
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Appends an audit entry for the change in this transaction.
    pub fn audit<B: Serialize, A: Serialize>(
        &self,
        entity: &str,
        entity_id: Option<i64>,
        action: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<()> {
        let json = |v: Option<String>| v;
        let before = json(before.map(|b| serde_json::to_string(b).expect("domain types serialise")));
        let after = json(after.map(|a| serde_json::to_string(a).expect("domain types serialise")));
        audit::append(&self.tx, self.actor, self.now, entity, entity_id, action, before.as_deref(), after.as_deref())
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

/// Reads a JSON text column into a domain value, naming what could not be read.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt { what: what.into(), reason: e.to_string() }.into())
}

pub(crate) fn parse_instant(what: &str, text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt { what: what.into(), reason: e.to_string() }.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
        assert_eq!(schema_version(), {
            let mut conn = Connection::open_in_memory().unwrap();
            migrations().to_latest(&mut conn).unwrap();
            conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)).unwrap()
        });
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newer.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().expect("refused");
        assert!(err.to_string().contains("newer version"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "the file is not modified");
    }

    #[test]
    fn opening_creates_the_folder_and_uses_wal_with_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/dir/db.sqlite3");
        let store = Store::open(&path).unwrap();
        let mode: String = store.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        let fk: i64 = store.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        assert_eq!((mode.as_str(), fk), ("wal", 1));
    }
}
