//! The store: one SQLite file holds everything. Only this module and its children speak SQL.
//!
//! Every user action is one transaction ([`Store::write`]) and writes its audit entry inside it, so a change and
//! its record in the audit trail land together or not at all.

mod activity;
mod adequacy;
mod attachment;
mod audit;
pub use audit::{AuditPage, AuditQuery};
pub use records::{AuditReport, CheckpointCheck, CheckpointResult, RecordFinding, RecordsCheck};
mod breach;
mod notice;
mod org;
mod policy;
mod records;
mod reminder;
mod request;
pub mod export;
pub mod safety;
mod subprocessor;

use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Savepoint, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub use subprocessor::{ImportPlan, PlannedRow};
pub use attachment::AnnexRow;
pub use safety::Passphrase;

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
    #[error("{path} is not a Privacy Desk database (it is {what}). It has not been changed; give the path of a Privacy Desk database with --db, or a new path with `privdesk init`.")]
    Foreign { path: String, what: String },
    #[error("there is no Privacy Desk database at {path}: run `privdesk init --db {path} --name NAME --country CC --authority cnil|ico|other` to create one, or give the path of an existing one with --db")]
    Missing { path: String },
    #[error("the database is busy: another Privacy Desk window or command kept it locked for more than {seconds} seconds. Nothing was changed; try again when the other one has finished.")]
    Busy { seconds: u64 },
    #[error("stored data is unreadable ({what}): {reason}")]
    Corrupt { what: String, reason: String },
    #[error("this database is encrypted: give its passphrase (PRIVDESK_PASSPHRASE or --passphrase-file). {path} has not been changed.")]
    Encrypted { path: String },
    #[error("wrong passphrase for {path}: it has not been changed")]
    WrongPassphrase { path: String },
    #[error("{path} is damaged: {reason}. It has not been changed; restore a backup (`privdesk restore`), or open another file.")]
    Damaged { path: String, reason: String },
    #[error("the database file {path} was replaced meanwhile (encrypted, decrypted or restored by another Privacy Desk window or command). Nothing was changed; open it again.")]
    Replaced { path: String },
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
    include_str!("store/migrations/0007_data_safety.sql"),
    include_str!("store/migrations/0008_search.sql"),
    include_str!("store/migrations/0009_request_filters.sql"),
    include_str!("store/migrations/0010_breach_list.sql"),
    include_str!("store/migrations/0011_activity_search.sql"),
    include_str!("store/migrations/0012_breach_public_communication.sql"),
    include_str!("store/migrations/0013_customer_contact.sql"),
    include_str!("store/migrations/0014_fee_requested.sql"),
    include_str!("store/migrations/0015_objection_business_days.sql"),
    include_str!("store/migrations/0016_scc_module.sql"),
    include_str!("store/migrations/0017_reminders.sql"),
    include_str!("store/migrations/0018_attachments.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes: the number of migrations it knows.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The SQLite application id that marks a file as a Privacy Desk store ("PDSK"), so that another program's SQLite
/// file given by mistake is recognised and left alone.
pub const APPLICATION_ID: i32 = 0x5044_534B;

/// How long a write waits for another writer (the window while a script runs, two scripts) before giving up.
pub const BUSY_TIMEOUT_SECONDS: u64 = 10;

type Clock = Box<dyn Fn() -> DateTime<Utc> + Send>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    actor: String,
    /// What the rules take as now (`PRIVDESK_NOW` may set it for scripted runs).
    clock: Clock,
    /// What stamps the audit trail: always the system clock outside tests, so that no environment variable can
    /// backdate an entry.
    stamp: Clock,
    /// The passphrase of an encrypted store, held in memory only (for its backups), never written or logged.
    passphrase: Option<Passphrase>,
    /// The audit chain's key, once the store has been encrypted.
    chain_key: Option<crate::audit::ChainKey>,
    /// The file's device and inode when opened, to notice a file swapped in by another process.
    file_id: Option<(u64, u64)>,
    /// A user's store keeps a checkpoint file beside it and cleans up after crashes; a file opened internally
    /// (a backup being checked, a file being built) does neither.
    side_files: bool,
    /// The language of the texts the core words for whoever reads through this store (rule texts, timelines,
    /// warnings, deadline titles): the command line's `--lang` or `LANG`; none: the window's, the profile's
    /// `window_lang`.
    texts: Option<crate::document::Lang>,
}

/// The device and inode of a file, when it exists.
fn file_id(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
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

/// The files kept beside a database: SQLite's write-ahead log, shared memory index and rollback journal, and the
/// audit checkpoint. No output may ever replace one of them, nor the database itself.
pub fn companion_files(db: &Path) -> Vec<PathBuf> {
    let mut out = vec![db.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        out.push(PathBuf::from(name));
    }
    out.push(safety::checkpoint_path(db));
    out
}

/// What a file on disk is, read without changing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Probe {
    /// Absent or empty: a new store can be made there.
    Empty,
    /// A Privacy Desk store (or one made before stores carried the application id) this version can open.
    Ours,
}

/// Whether a file that does not start with SQLite's header looks like an encrypted database: SQLCipher writes whole
/// pages (a multiple of 512 bytes, at least one page) that start with a random salt.
fn looks_encrypted(len: u64) -> bool {
    len >= 512 && len.is_multiple_of(512)
}

/// Opens a connection and gives it the passphrase, when there is one, before anything else is read.
fn keyed_connection(path: &Path, flags: OpenFlags, key: Option<&Passphrase>) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    if let Some(key) = key {
        conn.pragma_update(None, "key", key.expose())?;
        // SQLCipher, once started by the first key, would print its own lines on standard error for a wrong
        // passphrase; the error says it in words instead.
        let _ = conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()));
    }
    Ok(conn)
}

/// Reads the header of an existing file read-only, with checkpoint-on-close off, so that looking at a file that
/// is refused (another program's, or a newer version's with frames still in its write-ahead log) writes nothing.
fn probe(path: &Path, key: Option<&Passphrase>) -> Result<Probe> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Probe::Empty),
        Err(e) => return Err(Error::file(path, e)),
    };
    let shown = path.display().to_string();
    if !meta.is_file() {
        return Err(StoreError::Foreign { path: shown, what: "a folder or a device, not a file".into() }.into());
    }
    if meta.len() == 0 {
        return Ok(Probe::Empty);
    }
    let plain = is_plaintext(path)?;
    if !plain && !looks_encrypted(meta.len()) {
        return Err(StoreError::Foreign { path: shown, what: "not a SQLite database".into() }.into());
    }
    if !plain && key.is_none() {
        return Err(StoreError::Encrypted { path: shown }.into());
    }
    let open_err = |e: rusqlite::Error| -> Error { classify(&shown, e) };
    let conn = keyed_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX, key.filter(|_| !plain))
        .map_err(open_err)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).map_err(open_err)?;
    let read = |sql: &str| -> Result<i64> { conn.query_row(sql, [], |r| r.get(0)).map_err(open_err) };
    let app_id = match conn.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0)) {
        // An encrypted file whose first page the passphrase does not decrypt reads as "not a database".
        Err(e) if !plain && e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(StoreError::WrongPassphrase { path: shown }.into())
        }
        other => other.map_err(open_err)?,
    };
    let version = read("PRAGMA user_version")?;
    let tables = read("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")?;
    // Stores made before the application id was set are recognised by their own tables.
    let legacy = app_id == 0
        && version >= 1
        && read("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('org', 'subprocessor', 'audit_log')")? == 3;
    if app_id == i64::from(APPLICATION_ID) || legacy {
        if version > schema_version() {
            return Err(StoreError::NewerSchema { path: shown, found: version, known: schema_version() }.into());
        }
        return Ok(Probe::Ours);
    }
    if app_id == 0 && version == 0 && tables == 0 {
        return Ok(Probe::Empty);
    }
    let what = if app_id != 0 {
        format!("another program's SQLite database (application id {app_id:#x})")
    } else {
        format!("a SQLite database of another program, with {tables} tables")
    };
    Err(StoreError::Foreign { path: shown, what }.into())
}

/// Whether the file starts with SQLite's header (a plaintext database) rather than an encrypted one's random salt.
pub fn is_plaintext(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path).map_err(|e| Error::file(path, e))?;
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]).map_err(|e| Error::file(path, e))? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n == 16 && &head == b"SQLite format 3\0")
}

/// Says what an error met while opening a file means for the person who asked: locked, damaged, or otherwise.
fn classify(path: &str, e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode::{DatabaseBusy, DatabaseCorrupt, DatabaseLocked, NotADatabase};
    match e.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => StoreError::Busy { seconds: BUSY_TIMEOUT_SECONDS }.into(),
        Some(DatabaseCorrupt | NotADatabase) => StoreError::Damaged { path: path.into(), reason: e.to_string() }.into(),
        _ => StoreError::Open { path: path.into(), reason: e.to_string() }.into(),
    }
}

/// Creates the folders of `dir` that are missing, readable by the user alone (0700) whatever the umask.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir).map_err(|e| Error::file(dir, e))
}

/// Creates an empty file readable by the user alone (0600), so that SQLite, which gives its -wal and -shm files
/// the database's permissions, keeps them private too.
fn create_private_file(path: &Path) -> Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path).map(drop).map_err(|e| Error::file(path, e))
}

impl Store {
    /// Opens an existing store and brings its schema up to date. A missing file, a file that is not a Privacy
    /// Desk store and a store written by a newer version are refused before anything is written to them.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::open_with(path, None)
    }

    /// Opens an existing store, plaintext or encrypted: an encrypted one needs its passphrase (a plaintext one
    /// ignores it). A wrong passphrase is refused and the file is left as it was.
    pub fn open_with(path: impl AsRef<Path>, key: Option<&Passphrase>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        match probe(&path, key)? {
            Probe::Ours => Self::connect(path, key),
            Probe::Empty => Err(StoreError::Missing { path: path.display().to_string() }.into()),
        }
    }

    /// Opens the store at `path`, creating it (and its folder, private to the user) when there is none: for
    /// `privdesk init` and the window's set-up.
    pub fn create(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        if let Probe::Empty = probe(&path, None)? {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                if !dir.exists() {
                    create_private_dir(dir)?;
                }
            }
            // A checkpoint file or a write-ahead log left by an earlier database at this path is not this one's.
            safety::set_aside_orphans(&path)?;
            create_private_file(&path)?;
            safety::supersede_checkpoint(&path)?;
        }
        Self::connect(path, None)
    }

    fn connect(path: PathBuf, key: Option<&Passphrase>) -> Result<Store> {
        let shown = path.display().to_string();
        let plain = is_plaintext(&path).unwrap_or(true);
        let key = key.filter(|_| !plain);
        // Another process may be swapping a new file in (encryption, a restore) while this one opens: it holds the
        // file exclusively until the rename, so a first read waits for it; if the name then points at another file,
        // this connection has the old one, and is dropped before anything (a write-ahead log) is made beside it.
        let mut attempt = 0;
        let conn = loop {
            let before = file_id(&path);
            let conn = keyed_connection(&path, OpenFlags::SQLITE_OPEN_READ_WRITE, key).map_err(|e| classify(&shown, e))?;
            conn.busy_timeout(std::time::Duration::from_secs(BUSY_TIMEOUT_SECONDS))?;
            let read = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0));
            if file_id(&path) == before || attempt == 3 {
                read.map_err(|e| classify(&shown, e))?;
                break conn;
            }
            attempt += 1;
        };
        let mut store = Self::prepare(conn, path).map_err(|e| match e {
            Error::Store(StoreError::Sql(e)) => classify(&shown, e),
            other => other,
        })?;
        store.passphrase = key.cloned();
        store.file_id = file_id(&store.path);
        store.side_files = true;
        safety::remove_leftovers(&store.path);
        safety::start_checkpoint(&mut store)?;
        store.upgrade_request_digests()?;
        store.refresh_search_index()?;
        store.refresh_request_order()?;
        store.refresh_breach_order()?;
        store.refresh_activity_search()?;
        Ok(store)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn prepare(conn: Connection, path: PathBuf) -> Result<Store> {
        let wal = path.as_os_str() != ":memory:";
        Self::prepare_as(conn, path, wal)
    }

    /// Sets a connection up and brings its schema up to date; `wal`: in write-ahead log mode (a user's store).
    fn prepare_as(mut conn: Connection, path: PathBuf, wal: bool) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(BUSY_TIMEOUT_SECONDS))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted content is overwritten with zeros rather than left in free pages (the retention purge relies on it).
        conn.pragma_update(None, "secure_delete", "ON")?;
        if wal {
            let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(Error::from)?;
        }
        // Two processes opening an old store at once must not both migrate it: the migration runs under the
        // write lock, and the second finds the work done.
        conn.execute_batch("BEGIN IMMEDIATE").map_err(Error::from)?;
        let migrated = (|| -> Result<()> {
            let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if found > schema_version() {
                return Err(StoreError::NewerSchema { path: path.display().to_string(), found, known: schema_version() }.into());
            }
            let id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
            if id != i64::from(APPLICATION_ID) {
                conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            }
            Ok(())
        })();
        if let Err(e) = migrated {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        conn.execute_batch("COMMIT").map_err(Error::from)?;
        migrations().to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
            other => StoreError::from(other).into(),
        })?;
        let chain_key = audit::chain_key(&conn)?;
        Ok(Store {
            conn,
            path,
            actor: local_user(),
            clock: Box::new(crate::system_now),
            stamp: Box::new(Utc::now),
            passphrase: None,
            chain_key,
            file_id: None,
            side_files: false,
            texts: None,
        })
    }

    /// Whether the store is encrypted (opened with its passphrase).
    pub fn is_encrypted(&self) -> bool {
        self.passphrase.is_some()
    }

    /// Fails when the file at the store's path is no longer the one this connection has open: another window or
    /// command swapped a new file in (encryption turned on or off, a restore). Checked under the write lock.
    fn check_same_file(&self) -> Result<()> {
        if self.file_id.is_some() && file_id(&self.path) != self.file_id {
            return Err(StoreError::Replaced { path: self.path.display().to_string() }.into());
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How long a change waits for another writer before it fails with [`StoreError::Busy`] (tests shorten it).
    pub fn set_busy_timeout(&mut self, wait: std::time::Duration) -> Result<()> {
        Ok(self.conn.busy_timeout(wait)?)
    }

    /// Names the author of the changes made through this store (the local user by default).
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        self.actor = actor.into();
    }

    /// Replaces the clock the rules read and the one that stamps the audit trail (tests pin both).
    pub fn set_clock(&mut self, clock: impl Fn() -> DateTime<Utc> + Send + Clone + 'static) {
        self.clock = Box::new(clock.clone());
        self.stamp = Box::new(clock);
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Words the texts of this session in a language (the command line's choice) rather than the window's.
    pub fn set_texts_lang(&mut self, lang: crate::document::Lang) {
        self.texts = Some(lang);
    }

    /// The language the core words its texts in for this reader: the one set, else the profile's window language.
    pub fn texts_lang(&self, org: &crate::org::Org) -> crate::document::Lang {
        self.texts.unwrap_or(org.window_lang)
    }

    /// [`Store::texts_lang`] reading the profile (English before set-up, unless one was set).
    pub fn texts(&self) -> Result<crate::document::Lang> {
        Ok(match self.org()? {
            Some(org) => self.texts_lang(&org),
            None => self.texts.unwrap_or_default(),
        })
    }

    /// Today in the organisation's time zone (in UTC before set-up): the day the window shows and files are dated.
    pub fn today(&self) -> Result<chrono::NaiveDate> {
        let now = self.now();
        Ok(match self.org()? {
            Some(org) => org.today(now),
            None => now.date_naive(),
        })
    }

    /// Runs a whole user action (its reads, its checks and its writes) under the database's write lock, so that
    /// another process cannot change what it read before it writes: `BEGIN IMMEDIATE`, which waits for another
    /// writer up to the busy timeout. Everything commits together, or nothing does when `f` fails. Nested calls
    /// (an action made of other actions) join the outer one.
    pub fn atomically<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(Error::from)?;
        match self.check_same_file().and_then(|()| f(self)) {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => {
                    self.after_commit();
                    Ok(v)
                }
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Ends a transaction left open by a panic in the middle of an action (the window takes its store back after
    /// one): what it had done is rolled back.
    pub fn recover(&mut self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    /// Runs one change as one transaction: the change and its audit entries commit together or not at all. Alone
    /// it takes the write lock first (`IMMEDIATE`); inside [`Store::atomically`] it is a savepoint of the action.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let now = (self.clock)();
        let alone = self.conn.is_autocommit();
        let inner = if alone {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if self.file_id.is_some() && file_id(&self.path) != self.file_id {
                return Err(StoreError::Replaced { path: self.path.display().to_string() }.into());
            }
            Inner::Tx(tx)
        } else {
            Inner::Savepoint(self.conn.savepoint()?)
        };
        // The audit instant is read once the lock is held, so that entries are in time order in the chain.
        let out = {
            let w = Tx { inner, chain_key: self.chain_key.as_ref(), actor: &self.actor, now, stamp: (self.stamp)() };
            let out = f(&w)?;
            match w.inner {
                Inner::Tx(tx) => tx.commit()?,
                Inner::Savepoint(sp) => sp.commit()?,
            }
            out
        };
        if alone {
            self.after_commit();
        }
        Ok(out)
    }

    /// After each committed change: the checkpoint file beside the database records the log's new length and head.
    /// A checkpoint that cannot be written does not undo the change (it is already committed); `audit verify`
    /// reports the checkpoint as behind.
    fn after_commit(&mut self) {
        let _ = safety::save_checkpoint(self);
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

enum Inner<'a> {
    Tx(Transaction<'a>),
    Savepoint(Savepoint<'a>),
}

/// A write transaction with who and when, handed to the table modules.
pub struct Tx<'a> {
    inner: Inner<'a>,
    chain_key: Option<&'a crate::audit::ChainKey>,
    actor: &'a str,
    now: DateTime<Utc>,
    stamp: DateTime<Utc>,
}

impl Tx<'_> {
    /// What the rules take as now; records' own dates (`updated_at`) use it too.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Appends an audit entry for the change in this transaction, stamped with the system clock.
    pub fn audit<B: Serialize, A: Serialize>(
        &self,
        entity: &str,
        entity_id: Option<i64>,
        action: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<()> {
        let before = before.map(|b| serde_json::to_string(b).expect("domain types serialise"));
        let after = after.map(|a| serde_json::to_string(a).expect("domain types serialise"));
        audit::append(self, self.chain_key, self.actor, self.stamp, entity, entity_id, action, before.as_deref(), after.as_deref())
    }

    /// The audit entry of a record just created, as `after`; returns the record's id.
    pub fn created<I: Copy + Into<i64>, A: Serialize>(&self, entity: &str, id: I, after: &A) -> Result<I> {
        self.audit::<(), A>(entity, Some(id.into()), "create", None, Some(after))?;
        Ok(id)
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        match &self.inner {
            Inner::Tx(tx) => tx,
            Inner::Savepoint(sp) => sp,
        }
    }
}

/// Every row a query answers, each read by `read`, in the query's order.
pub(crate) fn rows_of<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    mut read: impl FnMut(&rusqlite::Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(read(r)?);
    }
    Ok(out)
}

/// A list's `WHERE` clause as a filter builds it: its conditions, and the values they bind in order.
#[derive(Default)]
pub(crate) struct Conditions {
    parts: Vec<String>,
    pub(crate) params: Vec<rusqlite::types::Value>,
    /// The search words as a condition on their FTS5 table alone (`FROM index WHERE …`), kept apart so that a
    /// search with no other condition is counted in the index without reading the records.
    search: Option<String>,
}

impl Conditions {
    /// A condition with one `?`, which stands for `value`.
    pub(crate) fn bind(&mut self, sql: &str, value: String) {
        self.params.push(value.into());
        self.parts.push(sql.replace('?', &format!("?{}", self.params.len())));
    }

    pub(crate) fn add(&mut self, sql: &str) {
        self.parts.push(sql.into());
    }

    /// Every word of `query` in the record's folded text, kept in the FTS5 trigram table `index` under the record's
    /// id (`id`). A word of three letters or more is a phrase of its trigrams (`MATCH '"word"'`), answered from
    /// the index's position lists alone; a shorter one has no trigram and is found by reading the index's text
    /// (`LIKE`). Folded words hold only letters and digits, so neither a quote nor a LIKE wildcard.
    pub(crate) fn search(&mut self, id: &str, index: &str, query: &str) {
        let (long, short): (Vec<String>, Vec<String>) = crate::text::search_words(query).into_iter().partition(|w| w.chars().count() >= 3);
        let mut words = Vec::new();
        if !long.is_empty() {
            let phrases: Vec<String> = long.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
            self.params.push(phrases.join(" AND ").into());
            words.push(format!("{index} MATCH ?{}", self.params.len()));
        }
        for w in short {
            self.params.push(format!("%{w}%").into());
            words.push(format!("key LIKE ?{}", self.params.len()));
        }
        if !words.is_empty() {
            let found = format!("FROM {index} WHERE {}", words.join(" AND "));
            self.parts.push(format!("{id} IN (SELECT rowid {found})"));
            self.search = Some(found);
        }
    }

    /// `WHERE …`, or nothing when no condition was added.
    pub(crate) fn clause(&self) -> String {
        if self.parts.is_empty() { String::new() } else { format!("WHERE {}", self.parts.join(" AND ")) }
    }

    /// How many rows of `from` the conditions keep, given that every row of `from` has its row in the search
    /// index: a search alone is counted in the index.
    pub(crate) fn count(&self, conn: &Connection, from: &str) -> Result<u64> {
        let sql = match &self.search {
            Some(found) if self.parts.len() == 1 => format!("SELECT count(*) {found}"),
            _ => format!("SELECT count(*) {from} {}", self.clause()),
        };
        let n: i64 = conn.query_row(&sql, rusqlite::params_from_iter(&self.params), |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }
}

/// Whether each derived table (a list's order rows, its search index) holds one row per row of `table`; when one
/// does not (an imported export, a file made before it), the store rebuilds them as it opens.
pub(crate) fn derived_complete(conn: &Connection, table: &str, derived: &[&str]) -> Result<bool> {
    let count = |t: &str| conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get::<_, i64>(0));
    let rows = count(table)?;
    for d in derived {
        if count(d)? != rows {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A day as a bound of a `<=` comparison with stored dates: the day, or a day after any stored one for no bound.
pub(crate) fn day_bound(day: Option<chrono::NaiveDate>) -> String {
    day.map_or_else(|| "9999-12-31".to_string(), |d| d.to_string())
}

/// Record ids as the JSON array `id IN (SELECT value FROM json_each(?))` reads.
pub(crate) fn id_list(ids: impl IntoIterator<Item = i64>) -> String {
    serde_json::to_string(&ids.into_iter().collect::<Vec<_>>()).expect("numbers serialise")
}

/// Writes a record's folded searchable text into the FTS5 table `index`, under the record's id.
pub(crate) fn write_search(conn: &Connection, index: &str, id: i64, text: &str) -> Result<()> {
    conn.execute(&format!("DELETE FROM {index} WHERE rowid = ?1"), [id])?;
    conn.execute(&format!("INSERT INTO {index} (rowid, key) VALUES (?1, ?2)"), rusqlite::params![id, text])?;
    Ok(())
}

/// A column of vocabulary codes as its rank in `codes`' order, for sorting by the vocabulary's order.
pub(crate) fn rank<'a>(column: &str, codes: impl Iterator<Item = &'a str>) -> String {
    let arms: Vec<String> = codes.enumerate().map(|(i, c)| format!("WHEN '{c}' THEN {i}")).collect();
    format!("CASE {column} {} END", arms.join(" "))
}

/// A list's `ORDER BY`: its terms (an expression and whether it goes up), then the id so that the order is total,
/// every term turned round when the list is descending.
pub(crate) fn order_by(terms: Vec<(&str, bool)>, id: &str, descending: bool) -> String {
    let terms: Vec<String> = terms
        .into_iter()
        .chain(std::iter::once((id, true)))
        .map(|(expr, up)| format!("{expr} {}", if up != descending { "ASC" } else { "DESC" }))
        .collect();
    terms.join(", ")
}

/// A page of a list: `LIMIT` and `OFFSET` (no limit: every row from the offset).
pub(crate) fn page_clause(offset: u64, limit: Option<u64>) -> String {
    format!("LIMIT {} OFFSET {offset}", limit.map(|l| l.min(i64::MAX as u64) as i64).unwrap_or(-1))
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

    /// A newer version's store whose last change is still in the write-ahead log: opening it must not checkpoint
    /// the log into the file (closing a read-write connection would), so the file and its log stay as they were.
    #[test]
    fn a_database_from_a_newer_version_is_refused_and_left_untouched_even_with_wal_frames() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newer.sqlite3");
        drop(Store::create(&path).unwrap());
        {
            let conn = Connection::open(&path).unwrap();
            conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
        }
        let wal = companion_files(&path)[1].clone();
        let before = (std::fs::read(&path).unwrap(), std::fs::read(&wal).unwrap());
        assert!(!before.1.is_empty(), "the change is still in the log");
        let err = Store::open(&path).err().expect("refused");
        assert!(err.to_string().contains("newer version"), "{err}");
        assert!(Store::create(&path).is_err(), "init refuses it too");
        assert_eq!((std::fs::read(&path).unwrap(), std::fs::read(&wal).unwrap()), before, "neither file is modified");
    }

    #[test]
    fn another_programs_sqlite_file_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        for (name, sql) in [
            ("tables.sqlite3", "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');"),
            ("app-id.sqlite3", "PRAGMA application_id = 42;"),
        ] {
            let path = dir.path().join(name);
            Connection::open(&path).unwrap().execute_batch(sql).unwrap();
            let before = std::fs::read(&path).unwrap();
            for err in [Store::open(&path).err().expect("refused"), Store::create(&path).err().expect("refused")] {
                assert!(err.to_string().contains("is not a Privacy Desk database"), "{err}");
            }
            assert_eq!(std::fs::read(&path).unwrap(), before, "{name} is not modified");
            assert!(!companion_files(&path)[1].exists(), "{name} was not switched to WAL");
        }
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "not a database").unwrap();
        assert!(Store::open(&text).err().unwrap().to_string().contains("not a SQLite database"));
        assert_eq!(std::fs::read(&text).unwrap(), b"not a database");
    }

    #[test]
    fn only_create_makes_a_store_and_it_is_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/folder/db.sqlite3");
        assert!(Store::open(&path).err().unwrap().to_string().contains("there is no Privacy Desk database"));
        assert!(!path.exists() && !path.parent().unwrap().exists(), "open creates nothing");
        let store = Store::create(&path).unwrap();
        let id: i32 = store.conn().query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
        assert_eq!(id, APPLICATION_ID);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&companion_files(&path)[1]), 0o600, "the write-ahead log is private too");
        drop(store);
        assert!(Store::open(&path).is_ok(), "open finds it once made");
    }

    #[test]
    fn a_change_waits_for_another_writer_and_past_the_timeout_says_so_in_words_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let holder = Store::create(&path).unwrap();
        let mut waiter = Store::open(&path).unwrap();
        waiter.set_busy_timeout(std::time::Duration::from_millis(200)).unwrap();
        holder.conn().execute_batch("BEGIN IMMEDIATE").unwrap();
        let err = waiter.write(|tx| tx.audit::<(), _>("test", None, "blocked", None, Some(&1))).unwrap_err();
        assert!(err.to_string().starts_with("the database is busy: another Privacy Desk window or command"), "{err}");
        holder.conn().execute_batch("COMMIT").unwrap();
        waiter.write(|tx| tx.audit::<(), _>("test", None, "after", None, Some(&2))).unwrap();
        assert_eq!(waiter.audit_log(&AuditQuery::default()).unwrap().len(), 1, "only the change made once the lock was free");
    }

    #[test]
    fn a_failed_action_rolls_back_everything_it_wrote_and_a_nested_one_joins_it() {
        let mut store = Store::open_in_memory().unwrap();
        let res: Result<()> = store.atomically(|s| {
            s.write(|tx| tx.audit::<(), _>("test", None, "one", None, Some(&1)))?;
            s.atomically(|s| s.write(|tx| tx.audit::<(), _>("test", None, "two", None, Some(&2))))?;
            Err(crate::Invalid::field("x", "refused").into())
        });
        assert!(res.is_err());
        assert_eq!(store.audit_log(&AuditQuery::default()).unwrap().len(), 0);
        store.atomically(|s| s.write(|tx| tx.audit::<(), _>("test", None, "three", None, Some(&3)))).unwrap();
        assert_eq!(store.audit_log(&AuditQuery::default()).unwrap().len(), 1);
    }

    /// A store made before digests were salted (schema 6): its requests' entries hold plain digests, and a request
    /// purged then kept its fee text. Opened by this version, each request gets one entry with its salted form, so
    /// that the check of records against the log holds; a checkpoint file is started.
    #[test]
    fn a_store_from_before_salted_digests_is_brought_up_to_date_and_verifies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrations().to_version(&mut conn, 6).unwrap();
            conn.execute_batch(
                "INSERT INTO request (id, requester, channel, rights, regime, received_on, fee, outcome, closed_on,
                    pseudonymised_on, created_at, updated_at)
                 VALUES (1, 'Requester R-000001', 'email', '[\"access\"]', 'eu-gdpr', '2020-01-10', '10 EUR paid by Jean',
                    'completed', '2020-02-01', '2023-02-02', '2020-01-10T10:00:00.000000Z', '2023-02-02T10:00:00.000000Z');
                 INSERT INTO request (id, requester, email, channel, rights, regime, received_on, created_at, updated_at)
                 VALUES (2, 'Marie Curie', 'marie@example.fr', 'email', '[\"erasure\"]', 'eu-gdpr', '2026-11-02',
                    '2026-11-02T10:00:00.000000Z', '2026-11-02T10:00:00.000000Z');",
            )
            .unwrap();
            let mut prev = crate::audit::GENESIS.to_string();
            for (seq, id, after) in [(1, 1, r#"{"requester":"sha256:aa","fee":"10 EUR paid by Jean"}"#), (2, 2, r#"{"requester":"sha256:bb"}"#)] {
                let at = format!("2026-11-0{seq}T10:00:00.000000Z");
                let hash = crate::audit::keyed_hash(None, seq, &at, "camille", "request", Some(id), "create", None, Some(after), &prev);
                conn.execute(
                    "INSERT INTO audit_log (seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash)
                     VALUES (?1, ?2, 'camille', 'request', ?3, 'create', NULL, ?4, ?5, ?6)",
                    rusqlite::params![seq, at, id, after, prev, hash],
                )
                .unwrap();
                prev = hash;
            }
        }
        let store = Store::open(&path).unwrap();
        let report = store.verify_everything().unwrap();
        assert!(report.ok, "{report:#?}");
        assert_eq!(report.checked, 4, "one entry per request was added");
        assert_eq!(store.request(crate::request::RequestId(1)).unwrap().data.fee, None, "the purged request's fee text is gone");
        let log = store.audit_log(&AuditQuery::default()).unwrap();
        assert!(log[3].after.as_deref().unwrap().contains("hmac-sha256:"), "{:?}", log[3].after);
        assert!(!log[3].after.as_deref().unwrap().contains("Marie"));
        drop(store);
        assert_eq!(Store::open(&path).unwrap().audit_log(&AuditQuery::default()).unwrap().len(), 4, "done once");
        assert!(safety::checkpoint_path(&path).exists());
    }

    #[test]
    fn opening_creates_the_folder_and_uses_wal_with_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/dir/db.sqlite3");
        let store = Store::create(&path).unwrap();
        let mode: String = store.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        let fk: i64 = store.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        assert_eq!((mode.as_str(), fk), ("wal", 1));
    }
}
