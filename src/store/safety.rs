//! The safety of the store file itself: encryption at rest (SQLCipher) with a passphrase, backups through SQLite's
//! online backup API and their rotation, restore, and the audit checkpoint file kept beside the database.
//!
//! Every file written here is complete or absent: a new database file is built beside its target under a private
//! temporary name, flushed, checked, and only then renamed over the target, so that a crash at any point leaves
//! either the old file whole or the new one. The passphrase lives in memory only ([`Passphrase`]); it is never
//! written to a file, an audit entry or a message.

use crate::progress::{Progress, Stage};
use super::{audit, classify, file_id, is_plaintext, keyed_connection, schema_version, Store, StoreError, APPLICATION_ID};
use crate::audit::{format_instant, ChainKey};
use crate::error::{Error, Invalid, Result};
use chrono::{DateTime, Datelike, Utc};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The shortest passphrase accepted for a new encryption or a change.
pub const MIN_PASSPHRASE: usize = 8;

/// A passphrase, held in memory only: its `Debug` shows nothing, and its bytes are overwritten when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

impl Passphrase {
    /// A passphrase given to open a store: anything not empty (the store says whether it is right).
    pub fn given(field: &str, text: impl Into<String>) -> Result<Passphrase> {
        let text = text.into();
        let text = text.strip_suffix('\n').map(|t| t.strip_suffix('\r').unwrap_or(t).to_string()).unwrap_or(text);
        if text.is_empty() {
            return Err(Invalid::field(field, "the passphrase is empty").into());
        }
        Ok(Passphrase(text))
    }

    /// A new passphrase, to encrypt with: at least [`MIN_PASSPHRASE`] characters, no control characters.
    pub fn new(field: &str, text: impl Into<String>) -> Result<Passphrase> {
        let p = Self::given(field, text)?;
        if p.0.chars().count() < MIN_PASSPHRASE {
            return Err(Invalid::field(field, format!("at least {MIN_PASSPHRASE} characters")).into());
        }
        if p.0.chars().any(char::is_control) {
            return Err(Invalid::field(field, "no control characters (tabs, line breaks)").into());
        }
        if p.0.len() > 1024 {
            return Err(Invalid::field(field, "at most 1024 bytes").into());
        }
        Ok(p)
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        // SAFETY: zero bytes are valid UTF-8, and the string is not used again.
        unsafe { self.0.as_bytes_mut().fill(0) };
    }
}

fn wrong_passphrase(field: &str) -> Error {
    Invalid::field(field, "wrong passphrase").into()
}

fn in_use(path: &Path) -> Error {
    StoreError::Open {
        path: path.display().to_string(),
        reason: "another Privacy Desk window or command has it open; close it, then try again (nothing was changed)".into(),
    }
    .into()
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn folder(path: &Path) -> PathBuf {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

fn sync_folder(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The prefix of the temporary files built beside a database, so that one left by a crash is recognised and
/// removed the next time the store opens.
fn leftover_prefix(db: &Path) -> String {
    format!(".{}.tmp-", file_name(db))
}

/// A private temporary file beside `db`, removed when dropped unless persisted.
fn temp_beside(db: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = folder(db);
    tempfile::Builder::new().prefix(&leftover_prefix(db)).suffix(".sqlite3").tempfile_in(&dir).map_err(|e| Error::file(&dir, e))
}

/// Removes the temporary files a crash left beside the database (a half-built encrypted copy, restore or import)
/// and in its backup folder (a half-written backup, a check's copy), once they are a minute old, so that one another
/// process is building right now is left alone.
pub(super) fn remove_leftovers(db: &Path) {
    let prefix = leftover_prefix(db);
    let stale = |e: &std::fs::DirEntry| {
        e.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok()).is_some_and(|age| age.as_secs() >= 60)
    };
    let sweep = |dir: &Path, ours: &dyn Fn(&str) -> bool| {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                if ours(&e.file_name().to_string_lossy()) && stale(&e) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    };
    sweep(&folder(db), &|name| name.starts_with(&prefix));
    sweep(&backup_dir(db), &|name| name.starts_with(".privdesk-backup-") || (name.starts_with('.') && name.contains(".sqlite3.tmp-")));
}

/// Sets aside a write-ahead log left beside a database that is no longer there (deleted, or never completed), so
/// that SQLite does not replay another file's pages into a new database made at that path: the log is renamed
/// `NAME-wal.orphaned-TIME` (kept, not destroyed) and the shared-memory index, which holds no data, removed.
pub(super) fn set_aside_orphans(db: &Path) -> Result<()> {
    if std::fs::metadata(db).map(|m| m.len() > 0).unwrap_or(false) {
        return Ok(());
    }
    let sides = crate::store::companion_files(db);
    let (wal, shm) = (&sides[1], &sides[2]);
    if wal.exists() {
        let mut to = wal.as_os_str().to_owned();
        to.push(format!(".orphaned-{}", Utc::now().format("%Y%m%dT%H%M%SZ")));
        std::fs::rename(wal, PathBuf::from(to)).map_err(|e| Error::file(wal, e))?;
    }
    if shm.exists() {
        std::fs::remove_file(shm).map_err(|e| Error::file(shm, e))?;
    }
    Ok(())
}

/// Opens a database file this module built or was given, without the side effects of a user's store (no
/// checkpoint file, no cleanup beside it).
fn open_internal(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
    let shown = path.display().to_string();
    let conn = keyed_connection(path, OpenFlags::SQLITE_OPEN_READ_WRITE, key).map_err(|e| classify(&shown, e))?;
    // One file, no write-ahead log beside it: nothing else opens these files.
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    let mut store = Store::prepare_as(conn, path.to_path_buf(), false)?;
    store.passphrase = key.cloned();
    store.side_files = false;
    Ok(store)
}

/// Takes the database for this connection alone for a file swap: rollback-journal mode (which SQLite allows only
/// when no other connection has the file open, so a window or command still using it is found here and nothing
/// is done), then an exclusive lock kept until the connection closes.
pub(super) fn take_alone(conn: &Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_millis(1500))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0)).map_err(|_| in_use(path))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(in_use(path));
    }
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;").map_err(|_| in_use(path))?;
    Ok(())
}

impl Store {
    /// Turns encryption on: the store is rewritten, encrypted with `new`, into a new file swapped in atomically.
    pub fn encrypt(&mut self, new: &Passphrase) -> Result<()> {
        if self.is_encrypted() {
            return Err(Invalid::field("passphrase", "the database is already encrypted; change its passphrase instead").into());
        }
        self.rewrite(Some(new), "encrypt")
    }

    /// Changes the passphrase of an encrypted store (rewritten into a new file, swapped in atomically).
    pub fn change_passphrase(&mut self, current: &Passphrase, new: &Passphrase) -> Result<()> {
        match &self.passphrase {
            None => return Err(Invalid::field("current", "the database is not encrypted; turn encryption on instead").into()),
            Some(p) if p != current => return Err(wrong_passphrase("current")),
            Some(_) => {}
        }
        if current == new {
            return Err(Invalid::field("passphrase", "the new passphrase is the current one").into());
        }
        self.rewrite(Some(new), "change-passphrase")
    }

    /// Turns encryption off: the store is rewritten in plaintext into a new file, swapped in atomically. The audit
    /// chain's key stays in the file so that the keyed entries still verify; it no longer protects them.
    pub fn decrypt(&mut self, current: &Passphrase) -> Result<()> {
        match &self.passphrase {
            None => return Err(Invalid::field("current", "the database is not encrypted").into()),
            Some(p) if p != current => return Err(wrong_passphrase("current")),
            Some(_) => {}
        }
        self.rewrite(None, "decrypt")
    }

    /// Rewrites the whole store into a new file under `key` (none: plaintext) and swaps it in: the old file stays
    /// whole until the rename, and the new one is checked before it.
    fn rewrite(&mut self, key: Option<&Passphrase>, action: &str) -> Result<()> {
        if !self.side_files {
            return Err(Invalid::field("database", "only a database file can be encrypted").into());
        }
        self.check_same_file()?;
        let path = self.path.clone();
        let tmp = temp_beside(&path)?;
        if let Err(e) = take_alone(&self.conn, &path) {
            self.release_alone();
            return Err(e);
        }
        let built = (|| -> Result<()> {
            self.conn.execute("ATTACH DATABASE ?1 AS rewrite KEY ?2", params![tmp.path().to_string_lossy(), key.map(|k| k.expose()).unwrap_or("")])?;
            let exported = (|| -> Result<()> {
                self.conn.execute_batch("BEGIN")?;
                let (entries, _) = audit::head(&self.conn)?;
                self.conn.query_row("SELECT sqlcipher_export('rewrite')", [], |_| Ok(()))?;
                self.conn.execute_batch(&format!(
                    "PRAGMA rewrite.user_version = {}; PRAGMA rewrite.application_id = {};",
                    schema_version(),
                    APPLICATION_ID
                ))?;
                if key.is_some() && self.chain_key.is_none() {
                    // The chain is keyed from the entry that records the encryption on.
                    let mut bytes = [0u8; 32];
                    getrandom::fill(&mut bytes).map_err(|e| StoreError::Open { path: path.display().to_string(), reason: e.to_string() })?;
                    self.conn.execute("INSERT INTO rewrite.store_key (id, chain_key, from_seq) VALUES (1, ?1, ?2)", params![hex::encode(bytes), entries + 1])?;
                }
                self.conn.execute_batch("COMMIT")?;
                Ok(())
            })();
            if exported.is_err() {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            let detached = self.conn.execute_batch("DETACH DATABASE rewrite");
            exported?;
            detached?;
            // The change is recorded in the new file, through the store's own rules.
            let mut copy = open_internal(tmp.path(), key)?;
            copy.actor = self.actor.clone();
            copy.stamp = std::mem::replace(&mut self.stamp, Box::new(Utc::now));
            let recorded = copy.write(|tx| tx.audit::<(), _>("store", None, action, None, Some(&serde_json::json!({ "encrypted": key.is_some() }))));
            self.stamp = std::mem::replace(&mut copy.stamp, Box::new(Utc::now));
            recorded?;
            let ok: String = copy.conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
            if ok != "ok" {
                return Err(StoreError::Damaged { path: tmp.path().display().to_string(), reason: ok }.into());
            }
            let new_key = copy.chain_key.clone();
            drop(copy);
            tmp.as_file().sync_all().map_err(|e| Error::file(tmp.path(), e))?;
            // The checkpoint file is sealed with the new file's chain key before the swap: its marks hold for both
            // files, so a crash on either side of the rename leaves a checkpoint file that agrees with the store.
            updated_checkpoint(&path, new_key.as_ref(), |_| {})?;
            Ok(())
        })();
        if let Err(e) = built {
            self.release_alone();
            return Err(e);
        }
        if let Err(e) = tmp.persist(&path) {
            self.release_alone();
            return Err(Error::file(&path, e.error));
        }
        sync_folder(&folder(&path));
        self.reopen(key)
    }

    /// Gives back what [`take_alone`] took, after a swap that did not happen: the normal locking mode (the lock
    /// goes with the next access), write-ahead logging and the usual busy timeout.
    fn release_alone(&mut self) {
        let _ = self.conn.pragma_update(None, "locking_mode", "NORMAL");
        let _ = self.conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()));
        let _ = self.conn.busy_timeout(std::time::Duration::from_secs(super::BUSY_TIMEOUT_SECONDS));
    }

    /// Closes the connection and opens the file now at the store's path, keeping who and when.
    fn reopen(&mut self, key: Option<&Passphrase>) -> Result<()> {
        let placeholder = Connection::open_in_memory()?;
        drop(std::mem::replace(&mut self.conn, placeholder));
        let mut fresh = Store::connect(self.path.clone(), key)?;
        std::mem::swap(&mut fresh.actor, &mut self.actor);
        std::mem::swap(&mut fresh.clock, &mut self.clock);
        std::mem::swap(&mut fresh.stamp, &mut self.stamp);
        *self = fresh;
        self.after_commit();
        Ok(())
    }

    /// The passphrase in use, for the window to reopen the store after a restore (it stays in memory only).
    pub fn passphrase_for_window(&self) -> Option<Passphrase> {
        self.passphrase.clone()
    }

    /// Whether the audit chain is keyed (the store is, or was, encrypted).
    pub fn has_chain_key(&self) -> bool {
        self.chain_key.is_some()
    }

    pub(crate) fn chain_key(&self) -> Option<&ChainKey> {
        self.chain_key.as_ref()
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The audit checkpoint file

/// One recorded state of the audit log: how many entries it had and the hash of the last one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    /// What recorded it: "latest change", "backup FILE", "binder printed …".
    pub source: String,
    pub entries: i64,
    pub head_hash: String,
    pub at: String,
}

/// The checkpoint file beside the database: the log's state after the last change, and the states printed on
/// binders and recorded in backups. A log later found shorter than one of them, or different at that entry, was
/// cut or rewritten.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CheckpointFile {
    pub format: String,
    pub version: u32,
    pub latest: Option<Mark>,
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// Marks from before a restore replaced the log (or the database was made anew at this path): kept for the
    /// record, no longer checked.
    #[serde(default)]
    pub superseded: Vec<Mark>,
    /// Once the store is encrypted: an HMAC of the rest of the file under the audit chain's key, so that nobody
    /// without the passphrase can cut the checkpoints back to match an older copy of the store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
}

impl CheckpointFile {
    fn sealed_with(&self, key: &ChainKey) -> String {
        let unsealed = CheckpointFile { seal: None, ..self.clone() };
        let bytes = serde_json::to_vec(&unsealed).expect("the checkpoint serialises");
        crate::audit::salted_digest_bytes(&key.key, &bytes)
    }

    /// Whether the seal is the one the key gives (always, for a store without a chain key).
    pub fn seal_holds(&self, key: Option<&ChainKey>) -> bool {
        match key {
            None => true,
            Some(k) => self.seal.as_deref() == Some(self.sealed_with(k).as_str()),
        }
    }
}

const CHECKPOINT_FORMAT: &str = "privdesk-checkpoint";
const MAX_MARKS: usize = 500;

/// Where the checkpoint file of a database is: `DB.checkpoint.json` beside it.
pub fn checkpoint_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".checkpoint.json");
    PathBuf::from(name)
}

/// Reads the checkpoint file: `Ok(None)` when there is none, an error naming it when it is unreadable.
pub fn read_checkpoint(db: &Path) -> std::result::Result<Option<CheckpointFile>, String> {
    let path = checkpoint_path(db);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| format!("the checkpoint file {} is unreadable: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("the checkpoint file {} cannot be read: {e}", path.display())),
    }
}

fn write_checkpoint(db: &Path, file: &CheckpointFile, key: Option<&ChainKey>) -> Result<()> {
    let mut file = file.clone();
    file.seal = key.map(|k| file.sealed_with(k));
    let bytes = serde_json::to_vec_pretty(&file).expect("the checkpoint serialises");
    crate::output::write(&checkpoint_path(db), &bytes, crate::output::Existing::Replace, None)
}

fn mark(source: impl Into<String>, (entries, head_hash): (i64, String)) -> Mark {
    Mark { source: source.into(), entries, head_hash, at: format_instant(Utc::now()) }
}

fn updated_checkpoint(db: &Path, key: Option<&ChainKey>, change: impl FnOnce(&mut CheckpointFile)) -> Result<()> {
    // An unreadable checkpoint is not overwritten: `audit verify` reports it.
    let mut file = match read_checkpoint(db) {
        Ok(f) => f.unwrap_or_default(),
        Err(_) => return Ok(()),
    };
    file.format = CHECKPOINT_FORMAT.into();
    file.version = 1;
    change(&mut file);
    if file.marks.len() > MAX_MARKS {
        let cut = file.marks.len() - MAX_MARKS;
        file.marks.drain(..cut);
    }
    write_checkpoint(db, &file, key)
}

/// Records the log's state after a committed change (never moving the latest mark backwards when two processes
/// write at once).
pub(super) fn save_checkpoint(store: &Store) -> Result<()> {
    if !store.side_files {
        return Ok(());
    }
    let head = audit::head(&store.conn)?;
    updated_checkpoint(&store.path, store.chain_key.as_ref(), |f| {
        if f.latest.as_ref().is_none_or(|l| l.entries <= head.0) {
            f.latest = Some(mark("latest change", head));
        }
    })
}

/// The name of the setting that says a checkpoint file was started for this database at this path: a missing file
/// is then a finding, not a first use (a database opened at a new path starts a new file).
const CHECKPOINT_FOR: &str = "internal.checkpoint-for";

/// When a store opens: starts its checkpoint file if it has none and none was started for it here before.
pub(super) fn start_checkpoint(store: &mut Store) -> Result<()> {
    let here = store.path.canonicalize().unwrap_or_else(|_| store.path.clone()).display().to_string();
    let started: Option<String> = store.conn.query_row("SELECT value FROM setting WHERE name = ?1", [CHECKPOINT_FOR], |r| r.get(0)).optional()?;
    let exists = checkpoint_path(&store.path).exists();
    if exists && started.as_deref() == Some(here.as_str()) {
        return Ok(());
    }
    if !exists && started.as_deref() == Some(here.as_str()) {
        return Ok(()); // it was deleted: `audit verify` says so
    }
    if !exists {
        save_checkpoint(store)?;
    }
    // Bookkeeping of the store itself, not a change to the records: no audit entry.
    store.conn.execute(
        "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        params![CHECKPOINT_FOR, here],
    )?;
    Ok(())
}

/// Sets aside what a checkpoint file at `db` recorded (a database made anew at that path, an import), so that a
/// new log is not compared with another one's checkpoints.
pub(super) fn supersede_checkpoint(db: &Path) -> Result<()> {
    if !checkpoint_path(db).exists() {
        return Ok(());
    }
    updated_checkpoint(db, None, |f| {
        let old: Vec<Mark> = f.latest.take().into_iter().chain(std::mem::take(&mut f.marks)).collect();
        f.superseded.extend(old);
    })
}

impl Store {
    /// Records the log's current state in the checkpoint file under `source` ("binder printed …"), so that a log
    /// later cut back or rewritten below it is found.
    pub fn mark_checkpoint(&self, source: &str) -> Result<()> {
        if !self.side_files {
            return Ok(());
        }
        let head = audit::head(&self.conn)?;
        updated_checkpoint(&self.path, self.chain_key.as_ref(), |f| f.marks.push(mark(source, head)))
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Backups

/// How many automatic backups are kept: the newest `daily` ones, and beyond them the newest of each of `weekly`
/// earlier weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupPolicy {
    pub daily: u32,
    pub weekly: u32,
}

impl Default for BackupPolicy {
    fn default() -> Self {
        BackupPolicy { daily: 7, weekly: 4 }
    }
}

impl BackupPolicy {
    pub fn validate(&self) -> Result<BackupPolicy> {
        let mut errors = crate::error::Checker::new();
        for (field, n) in [("daily", self.daily), ("weekly", self.weekly)] {
            if n > 365 {
                errors.push(field, "at most 365");
            }
        }
        errors.finish()?;
        Ok(*self)
    }
}

/// A backup file, as listed in Settings and by `privdesk backup --list`.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct BackupInfo {
    pub path: String,
    pub file: String,
    pub created_at: String,
    #[ts(type = "number")]
    pub size: u64,
    #[ts(type = "number")]
    pub entries: i64,
    pub head_hash: String,
    /// `daily`, `weekly` (automatic backups, by the rotation that keeps them), `manual` or `before-restore`.
    #[ts(type = "'daily' | 'weekly' | 'manual' | 'before-restore'")]
    pub kind: String,
    pub encrypted: bool,
}

/// What a backup file records of itself, in its `backup_manifest` table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema_version: i64,
    pub entries: i64,
    pub head_hash: String,
    pub created_at: String,
    /// `auto`, `manual` or `before-restore`.
    pub kind: String,
    pub source: String,
}

/// The folder of a database's automatic and manual backups: `STEM-backups` beside it.
pub fn backup_dir(db: &Path) -> PathBuf {
    let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "privdesk".into());
    folder(db).join(format!("{stem}-backups"))
}

fn backup_name(db: &Path, at: DateTime<Utc>, kind: &str) -> String {
    let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "privdesk".into());
    format!("{stem}-{}-{kind}.sqlite3", at.format("%Y-%m-%dT%H%M%SZ"))
}

impl Store {
    /// Writes the whole store into `dest` through SQLite's online backup API (safe while another window works on
    /// it), encrypted with the store's passphrase when it has one, with a manifest of the log's state. The file
    /// is complete or absent; an existing `dest` is replaced only with `existing = Replace`.
    pub fn backup_to(&self, dest: &Path, kind: &str, existing: crate::output::Existing) -> Result<BackupInfo> {
        self.backup_with(dest, kind, existing, &Progress::none())
    }

    /// [`Store::backup_to`], reporting the pages copied; stopped through `progress`, it leaves no file.
    pub fn backup_with(&self, dest: &Path, kind: &str, existing: crate::output::Existing, progress: &Progress) -> Result<BackupInfo> {
        let dir = folder(dest);
        if !dir.is_dir() {
            return Err(Invalid::field("output", format!("the folder {} does not exist; create it first or choose another", dir.display())).into());
        }
        if crate::store::companion_files(&self.path).iter().any(|c| c == dest) || file_id(dest).is_some() && file_id(dest) == file_id(&self.path) {
            return Err(Invalid::field("output", format!("{}: is the Privacy Desk database itself; choose another file", dest.display())).into());
        }
        if existing == crate::output::Existing::Refuse && std::fs::symlink_metadata(dest).is_ok() {
            return Err(Invalid::field("output", format!("{}: already exists; add --force to replace it", dest.display())).into());
        }
        let tmp = tempfile::Builder::new().prefix(".privdesk-backup-").suffix(".part").tempfile_in(&dir).map_err(|e| Error::file(&dir, e))?;
        let manifest = {
            let mut to = keyed_connection(tmp.path(), OpenFlags::SQLITE_OPEN_READ_WRITE, self.passphrase.as_ref())?;
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut to)?;
                loop {
                    let step = backup.step(256)?;
                    let p = backup.progress();
                    progress.step(Stage::BackingUp, (p.pagecount - p.remaining).max(0) as u64, p.pagecount.max(0) as u64)?;
                    match step {
                        rusqlite::backup::StepResult::Done => break,
                        rusqlite::backup::StepResult::More => {}
                        _ => std::thread::sleep(std::time::Duration::from_millis(5)),
                    }
                }
            }
            to.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            let head = audit::head(&to)?;
            let manifest = Manifest {
                schema_version: to.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                entries: head.0,
                head_hash: head.1,
                created_at: format_instant(Utc::now()),
                kind: kind.into(),
                source: self.path.display().to_string(),
            };
            to.execute_batch(
                "CREATE TABLE backup_manifest (id INTEGER PRIMARY KEY CHECK (id = 1), schema_version INTEGER NOT NULL,
                    entries INTEGER NOT NULL, head_hash TEXT NOT NULL, created_at TEXT NOT NULL, kind TEXT NOT NULL,
                    source TEXT NOT NULL)",
            )?;
            to.execute(
                "INSERT INTO backup_manifest VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
                params![manifest.schema_version, manifest.entries, manifest.head_hash, manifest.created_at, manifest.kind, manifest.source],
            )?;
            manifest
        };
        tmp.as_file().sync_all().map_err(|e| Error::file(dest, e))?;
        let placed = match existing {
            crate::output::Existing::Replace => tmp.persist(dest).map(drop),
            crate::output::Existing::Refuse => tmp.persist_noclobber(dest).map(drop),
        };
        placed.map_err(|e| Error::file(dest, e.error))?;
        sync_folder(&dir);
        self.mark_checkpoint(&format!("backup {}", file_name(dest)))?;
        Ok(info_of(dest, &manifest, self.is_encrypted(), &manifest.kind))
    }

    /// A backup into the store's backup folder (`privdesk backup` without `-o`, Settings' "Back up now").
    pub fn backup_now(&self, progress: &Progress) -> Result<BackupInfo> {
        self.backup_kind("manual", progress)
    }

    fn backup_kind(&self, kind: &str, progress: &Progress) -> Result<BackupInfo> {
        let dir = backup_dir(&self.path);
        if !dir.exists() {
            crate::store::create_private_dir(&dir)?;
        }
        let dest = dir.join(backup_name(&self.path, Utc::now(), kind));
        self.backup_with(&dest, kind, crate::output::Existing::Refuse, progress)
    }

    /// The window's automatic backup: one per day of use, then the rotation of the backup policy. Returns the new
    /// backup, or `None` when today's is already there.
    pub fn auto_backup(&self) -> Result<Option<BackupInfo>> {
        // An empty store (the window's first start, before set-up) has nothing to keep.
        if !self.side_files || audit::head(&self.conn)?.0 == 0 {
            return Ok(None);
        }
        let today = Utc::now().date_naive();
        let existing = self.backups()?;
        let made = if existing.iter().any(|b| b.kind_raw() == "auto" && b.created_day() == Some(today)) {
            None
        } else {
            Some(self.backup_kind("auto", &Progress::none())?)
        };
        self.rotate_backups()?;
        Ok(made)
    }

    /// Removes the automatic backups the policy no longer keeps (manual ones and those made before a restore are
    /// never removed).
    pub fn rotate_backups(&self) -> Result<Vec<PathBuf>> {
        let policy = self.backup_policy()?;
        let autos: Vec<BackupInfo> = self.backups()?.into_iter().filter(|b| b.kind_raw() == "auto").collect();
        let keep = kept(&autos, policy);
        let mut removed = Vec::new();
        for (b, k) in autos.iter().zip(keep) {
            if k.is_none() {
                let p = PathBuf::from(&b.path);
                if std::fs::remove_file(&p).is_ok() {
                    removed.push(p);
                }
            }
        }
        Ok(removed)
    }

    /// The backups in the store's backup folder, newest first. A file that cannot be read is listed with what is
    /// known of it (its name, size and date) rather than hidden.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        list_backups(&self.path, self.passphrase.as_ref(), self.backup_policy()?)
    }

    pub fn backup_policy(&self) -> Result<BackupPolicy> {
        let read = |name: &str| -> Result<Option<u32>> {
            let v: Option<String> = self.conn.query_row("SELECT value FROM setting WHERE name = ?1", [name], |r| r.get(0)).optional()?;
            Ok(v.and_then(|v| v.parse().ok()))
        };
        let d = BackupPolicy::default();
        Ok(BackupPolicy { daily: read("backup.daily")?.unwrap_or(d.daily), weekly: read("backup.weekly")?.unwrap_or(d.weekly) })
    }

    pub fn save_backup_policy(&mut self, policy: &BackupPolicy) -> Result<BackupPolicy> {
        let policy = policy.validate()?;
        self.atomically(|s| {
            let before = s.backup_policy()?;
            if before == policy {
                return Ok(policy);
            }
            s.write(|tx| {
                for (name, v) in [("backup.daily", policy.daily), ("backup.weekly", policy.weekly)] {
                    tx.execute(
                        "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                        params![name, v.to_string()],
                    )?;
                }
                tx.audit("setting", None, "backup-policy", Some(&before), Some(&policy))
            })?;
            Ok(policy)
        })
    }
}

impl BackupInfo {
    fn kind_raw(&self) -> &str {
        match self.kind.as_str() {
            "daily" | "weekly" => "auto",
            k => k,
        }
    }

    fn created_day(&self) -> Option<chrono::NaiveDate> {
        DateTime::parse_from_rfc3339(&self.created_at).ok().map(|d| d.with_timezone(&Utc).date_naive())
    }
}

/// For each automatic backup (newest first), whether the policy keeps it and as what.
fn kept(autos: &[BackupInfo], policy: BackupPolicy) -> Vec<Option<&'static str>> {
    let mut weeks_seen: Vec<(i32, u32)> = Vec::new();
    autos
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i < policy.daily as usize {
                return Some("daily");
            }
            let day = b.created_day()?;
            let week = (day.iso_week().year(), day.iso_week().week());
            // The newest backup of each earlier week, for as many weeks as the policy keeps.
            if weeks_seen.contains(&week) || weeks_seen.len() >= policy.weekly as usize {
                return None;
            }
            weeks_seen.push(week);
            Some("weekly")
        })
        .collect()
}

fn info_of(path: &Path, m: &Manifest, encrypted: bool, kind: &str) -> BackupInfo {
    BackupInfo {
        path: path.display().to_string(),
        file: file_name(path),
        created_at: m.created_at.clone(),
        size: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        entries: m.entries,
        head_hash: m.head_hash.clone(),
        kind: match kind {
            "auto" => "daily".into(),
            k => k.into(),
        },
        encrypted,
    }
}

/// Reads a backup's manifest, read-only.
fn read_manifest(path: &Path, key: Option<&Passphrase>) -> Result<(Manifest, bool)> {
    let plain = is_plaintext(path)?;
    if !plain && key.is_none() {
        return Err(StoreError::Encrypted { path: path.display().to_string() }.into());
    }
    let shown = path.display().to_string();
    let conn = keyed_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key.filter(|_| !plain)).map_err(|e| classify(&shown, e))?;
    let m = conn.query_row(
        "SELECT schema_version, entries, head_hash, created_at, kind, source FROM backup_manifest WHERE id = 1",
        [],
        |r| Ok(Manifest { schema_version: r.get(0)?, entries: r.get(1)?, head_hash: r.get(2)?, created_at: r.get(3)?, kind: r.get(4)?, source: r.get(5)? }),
    );
    match m {
        Ok(m) => Ok((m, !plain)),
        Err(e) if !plain && e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => Err(StoreError::WrongPassphrase { path: shown }.into()),
        Err(e) => Err(StoreError::Damaged { path: shown, reason: format!("no backup manifest ({e})") }.into()),
    }
}

/// The backups of the database at `db`, newest first (for the window's start screen, before any store is open).
pub fn list_backups(db: &Path, key: Option<&Passphrase>, policy: BackupPolicy) -> Result<Vec<BackupInfo>> {
    let dir = backup_dir(db);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
    let mut out: Vec<BackupInfo> = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        let name = file_name(&p);
        if name.starts_with('.') || !name.ends_with(".sqlite3") {
            continue;
        }
        let raw_kind = ["auto", "manual", "before-restore"].into_iter().find(|k| name.ends_with(&format!("-{k}.sqlite3"))).unwrap_or("manual");
        let info = match read_manifest(&p, key) {
            Ok((m, enc)) => info_of(&p, &m, enc, &m.kind),
            Err(_) => {
                let meta = e.metadata().ok();
                let modified = meta.as_ref().and_then(|m| m.modified().ok()).map(|t| format_instant(DateTime::<Utc>::from(t))).unwrap_or_default();
                BackupInfo {
                    path: p.display().to_string(),
                    file: name.clone(),
                    created_at: modified,
                    size: meta.map(|m| m.len()).unwrap_or(0),
                    entries: 0,
                    head_hash: String::new(),
                    kind: raw_kind.into(),
                    encrypted: !is_plaintext(&p).unwrap_or(true),
                }
            }
        };
        out.push(info);
    }
    out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.file.cmp(&a.file)));
    // Automatic backups are shown as the rotation keeps them: daily or weekly.
    let autos: Vec<BackupInfo> = out.iter().filter(|b| b.kind_raw() == "auto").cloned().collect();
    let labels = kept(&autos, policy);
    let mut labels = autos.iter().zip(labels).map(|(b, k)| (b.path.clone(), k));
    for b in out.iter_mut().filter(|b| b.kind_raw() == "auto") {
        if let Some((_, Some(k))) = labels.find(|(p, _)| *p == b.path) {
            b.kind = k.into();
        }
    }
    Ok(out)
}

/// What `backup --check` and a restore find in a backup file.
#[derive(Clone, Debug, Serialize)]
pub struct BackupCheck {
    pub file: String,
    pub ok: bool,
    pub problems: Vec<String>,
    pub manifest: Option<Manifest>,
    pub encrypted: bool,
    pub report: Option<super::records::AuditReport>,
}

impl BackupCheck {
    /// The check as one audit report: the backup's own report, its problems (damage, schema, manifest) among the
    /// findings; `Err` with the problems, in words, when the backup could not be read far enough to report on.
    pub fn into_report(self) -> std::result::Result<super::records::AuditReport, String> {
        match self.report {
            Some(mut report) => {
                if !self.ok {
                    report.ok = false;
                    report.structure.extend(self.problems);
                }
                Ok(report)
            }
            None => Err(self.problems.join("; ")),
        }
    }
}

/// Checks a backup without restoring it: it opens (with the passphrase when encrypted), passes SQLite's integrity
/// check, has a schema this version knows, its audit chain is intact and ends where its manifest says.
pub fn check_backup(path: &Path, key: Option<&Passphrase>) -> Result<BackupCheck> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::file(path, e))?;
    if !meta.is_file() {
        return Err(Invalid::field("backup", format!("{shown} is not a file")).into());
    }
    let mut check = BackupCheck { file: shown.clone(), ok: false, problems: Vec::new(), manifest: None, encrypted: false, report: None };
    let (manifest, encrypted) = match read_manifest(path, key) {
        Ok(m) => m,
        Err(e @ Error::Store(StoreError::Encrypted { .. } | StoreError::WrongPassphrase { .. })) => return Err(e),
        Err(e) => {
            check.problems.push(e.to_string());
            return Ok(check);
        }
    };
    check.encrypted = encrypted;
    let key = key.filter(|_| encrypted);
    let conn = keyed_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key).map_err(|e| classify(&shown, e))?;
    let integrity: Vec<String> = match conn.prepare("PRAGMA integrity_check").and_then(|mut s| s.query_map([], |r| r.get(0))?.collect()) {
        Ok(v) => v,
        Err(e) => vec![e.to_string()],
    };
    if integrity != ["ok"] {
        check.problems.push(format!("the file is damaged: {}", integrity.join("; ")));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > schema_version() {
        check.problems.push(format!(
            "it was written by a newer version of Privacy Desk (schema version {version}; this version knows up to {}): update Privacy Desk to restore it",
            schema_version()
        ));
    }
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app_id != i64::from(APPLICATION_ID) {
        check.problems.push("it is not a Privacy Desk backup".into());
    }
    drop(conn);
    if check.problems.is_empty() {
        // The report reads a private copy so that nothing (not even SQLite's recovery) touches the backup itself.
        let copy = temp_beside(path)?;
        std::fs::copy(path, copy.path()).map_err(|e| Error::file(path, e))?;
        let store = open_internal(copy.path(), key)?;
        let report = store.verify_everything_with(None)?;
        let (entries, head) = audit::head(&store.conn)?;
        if !report.chain_ok {
            check.problems.push(format!("its audit log is broken: {}", report.problem.clone().unwrap_or_default()));
        }
        if (entries, head.as_str()) != (manifest.entries, manifest.head_hash.as_str()) {
            check.problems.push(format!(
                "its audit log ({entries} entries, head {}) is not the one its manifest records ({} entries, head {}): the file was changed after the backup",
                short(&head),
                manifest.entries,
                short(&manifest.head_hash)
            ));
        }
        check.report = Some(report);
    }
    check.manifest = Some(manifest);
    check.ok = check.problems.is_empty();
    Ok(check)
}

fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

/// What a restore did.
#[derive(Clone, Debug, Serialize)]
pub struct Restored {
    pub database: String,
    /// The copy kept of the store the restore replaced, if there was one.
    pub kept: Option<String>,
    pub entries: i64,
    pub head_hash: String,
}

/// Replaces the store at `target` by the backup at `backup`: the backup is checked first (a bad, truncated or
/// newer one is refused and nothing changes), a copy of the store it replaces is kept in the backup folder, and
/// the new file is swapped in with a rename. The caller must not hold the target open. `progress` hears of each
/// stage; a stop asked before the store it replaces is touched changes nothing.
pub fn restore(backup: &Path, target: &Path, key: Option<&Passphrase>, actor: &str, progress: &Progress) -> Result<Restored> {
    progress.report(Stage::Checking, 0, 0);
    let check = check_backup(backup, key)?;
    progress.check()?;
    if !check.ok {
        return Err(Invalid::field("backup", format!("{} cannot be restored: {}. Nothing was changed.", backup.display(), check.problems.join("; "))).into());
    }
    let key = key.filter(|_| check.encrypted);
    let target_dir = folder(target);
    if !target_dir.is_dir() {
        return Err(Invalid::field("db", format!("the folder {} does not exist", target_dir.display())).into());
    }
    // Build the restored store beside the target: a copy of the backup without its manifest, with the restore in
    // its log.
    let tmp = temp_beside(target)?;
    progress.report(Stage::Restoring, 0, 0);
    std::fs::copy(backup, tmp.path()).map_err(|e| Error::file(backup, e))?;
    let (head, restored_key) = {
        let mut copy = open_internal(tmp.path(), key)?;
        copy.actor = actor.into();
        copy.conn.execute_batch("DROP TABLE IF EXISTS backup_manifest")?;
        let from = file_name(backup);
        copy.write(|tx| tx.audit::<(), _>("store", None, "restore", None, Some(&serde_json::json!({ "from": from }))))?;
        (audit::head(&copy.conn)?, copy.chain_key.clone())
    };
    tmp.as_file().sync_all().map_err(|e| Error::file(tmp.path(), e))?;
    // From here the store being replaced is copied and swapped: no longer stopped.
    progress.finishing(Stage::BackingUp)?;

    // Keep what is replaced, and take the target for this process alone while the new file goes in.
    let mut kept = None;
    let mut guard: Option<Connection> = None;
    let mut old_head = None;
    if std::fs::symlink_metadata(target).is_ok() {
        let dir = backup_dir(target);
        if !dir.exists() {
            crate::store::create_private_dir(&dir)?;
        }
        let dest = dir.join(backup_name(target, Utc::now(), "before-restore"));
        let old_key = if is_plaintext(target).unwrap_or(true) { None } else { key };
        match Store::open_with(target, old_key) {
            Ok(old) => {
                // Alone first, so that nothing is committed between the copy kept and the swap.
                take_alone(&old.conn, target)?;
                old.backup_to(&dest, "before-restore", crate::output::Existing::Refuse)?;
                old_head = audit::head(&old.conn).ok();
                let Store { conn, .. } = old;
                guard = Some(conn);
            }
            Err(Error::Store(StoreError::Busy { .. })) => return Err(in_use(target)),
            // An encrypted store this backup's passphrase does not open (or a plaintext backup over an encrypted
            // store, which would turn encryption off) is not replaced.
            Err(Error::Store(StoreError::Encrypted { .. } | StoreError::WrongPassphrase { .. })) => {
                return Err(Invalid::field(
                    "backup",
                    format!(
                        "{} is encrypted, and {} {}: nothing was changed. Restore a backup made under its passphrase, or turn its encryption off first.",
                        target.display(),
                        backup.display(),
                        if check.encrypted { "is encrypted with another passphrase" } else { "is not encrypted (restoring it would turn encryption off)" }
                    ),
                )
                .into())
            }
            Err(_) => {
                // A damaged store is kept as it is, with its write-ahead log, once no other process has it open.
                let lock = keyed_connection(target, OpenFlags::SQLITE_OPEN_READ_WRITE, old_key)?;
                lock.busy_timeout(std::time::Duration::from_millis(1500))?;
                if let Err(e) = lock.execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;") {
                    if matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)) {
                        return Err(in_use(target));
                    }
                }
                guard = Some(lock);
                std::fs::copy(target, &dest).map_err(|e| Error::file(target, e))?;
                for suffix in ["-wal", "-journal"] {
                    let side = crate::store::companion_files(target).into_iter().find(|p| p.to_string_lossy().ends_with(suffix));
                    if let Some(side) = side.filter(|p| p.exists()) {
                        let mut to = dest.as_os_str().to_owned();
                        to.push(suffix);
                        std::fs::copy(&side, PathBuf::from(to)).map_err(|e| Error::file(&side, e))?;
                        std::fs::remove_file(&side).map_err(|e| Error::file(&side, e))?;
                    }
                }
            }
        }
        kept = Some(dest.display().to_string());
    }
    if guard.is_none() {
        set_aside_orphans(target)?;
    }
    // What the checkpoint file recorded of the log being replaced no longer applies: it is set aside first, so
    // that a crash on either side of the rename leaves a checkpoint file that neither log contradicts.
    updated_checkpoint(target, restored_key.as_ref(), |f| {
        let mut old: Vec<Mark> = f.latest.take().into_iter().chain(std::mem::take(&mut f.marks)).collect();
        if let Some((n, h)) = old_head {
            old.push(mark("before the restore", (n, h)));
        }
        f.superseded.extend(old);
    })?;
    tmp.persist(target).map_err(|e| Error::file(target, e.error))?;
    sync_folder(&target_dir);
    drop(guard);
    let source = format!("restored from {}", file_name(backup));
    let _ = updated_checkpoint(target, restored_key.as_ref(), |f| {
        f.latest = Some(mark(source.clone(), head.clone()));
        f.marks.push(mark(source.clone(), head.clone()));
    });
    Ok(Restored { database: target.display().to_string(), kept, entries: head.0, head_hash: head.1 })
}

/// Reads a passphrase from a file (`--passphrase-file`): its first line, without the line break.
pub fn read_passphrase_file(field: &str, path: &Path) -> Result<Passphrase> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
    let line = text.lines().next().unwrap_or("");
    Passphrase::given(field, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(at: &str) -> BackupInfo {
        BackupInfo {
            path: at.into(),
            file: at.into(),
            created_at: format!("{at}T08:00:00.000000Z"),
            size: 1,
            entries: 1,
            head_hash: String::new(),
            kind: "daily".into(),
            encrypted: false,
        }
    }

    #[test]
    fn the_rotation_keeps_the_newest_daily_ones_then_the_newest_of_each_earlier_week() {
        // Newest first: 20 days of use, one backup a day, ending on Wednesday 2 December 2026.
        let days: Vec<BackupInfo> = (0..20).map(|i| auto(&(chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap() - chrono::Days::new(i)).to_string())).collect();
        let labels = kept(&days, BackupPolicy { daily: 7, weekly: 2 });
        let shown: Vec<(&str, &str)> = days.iter().zip(&labels).filter_map(|(b, k)| k.map(|k| (b.file.as_str(), k))).collect();
        assert_eq!(
            shown,
            [
                ("2026-12-02", "daily"),
                ("2026-12-01", "daily"),
                ("2026-11-30", "daily"),
                ("2026-11-29", "daily"),
                ("2026-11-28", "daily"),
                ("2026-11-27", "daily"),
                ("2026-11-26", "daily"),
                // The newest left of the week of 23 November, then of the week of 16 November.
                ("2026-11-25", "weekly"),
                ("2026-11-22", "weekly"),
            ]
        );
        assert!(kept(&days, BackupPolicy { daily: 0, weekly: 0 }).iter().all(Option::is_none));
        assert!(BackupPolicy { daily: 400, weekly: 1 }.validate().is_err());
    }

    #[test]
    fn a_passphrase_is_never_shown_and_a_new_one_is_long_enough() {
        let p = Passphrase::new("passphrase", "correct horse").unwrap();
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
        assert!(Passphrase::new("passphrase", "short").unwrap_err().to_string().contains("at least 8 characters"));
        assert!(Passphrase::new("passphrase", "tab\there ok").is_err());
        assert!(Passphrase::given("passphrase", "").is_err());
        assert_eq!(Passphrase::given("passphrase", "line\n").unwrap().expose(), "line", "a file's line break is not part of it");
    }

    #[test]
    fn a_store_in_memory_cannot_be_encrypted_and_a_file_store_round_trips_its_passphrase() {
        let mut mem = Store::open_in_memory().unwrap();
        assert!(mem.encrypt(&Passphrase::new("p", "long enough").unwrap()).is_err());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let mut store = Store::create(&path).unwrap();
        let key = Passphrase::new("p", "long enough").unwrap();
        store.encrypt(&key).unwrap();
        assert!(store.is_encrypted() && store.has_chain_key());
        assert!(!is_plaintext(&path).unwrap());
        let wrong = Passphrase::new("p", "not the one").unwrap();
        assert!(matches!(store.decrypt(&wrong), Err(Error::Invalid(_))), "a wrong current passphrase is refused");
        drop(store);
        assert!(matches!(Store::open(&path), Err(Error::Store(StoreError::Encrypted { .. }))));
        assert!(matches!(Store::open_with(&path, Some(&wrong)), Err(Error::Store(StoreError::WrongPassphrase { .. }))));
        let store = Store::open_with(&path, Some(&key)).unwrap();
        assert!(store.verify_everything().unwrap().ok);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.')).collect();
        assert!(leftovers.is_empty(), "no temporary file is left: {leftovers:?}");
    }
}
