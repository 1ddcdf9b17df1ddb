//! What the commands share: the core's store behind a mutex (none while the database is locked or cannot be
//! opened), what went wrong when it could not be opened, and where printed files go.

use privdesk::error::{ApiError, ErrorCode};
use privdesk::session::StoreProblem;
use privdesk::store::Passphrase;
use privdesk::Store;
use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};

/// Where the window stands with its database.
pub enum Session {
    Open(Box<Store>),
    /// Encrypted, waiting for its passphrase.
    Locked,
    Problem(StoreProblem),
}

pub struct Inner {
    pub database: PathBuf,
    pub session: Session,
    /// The passphrase that unlocked the database, kept in memory only, for a restore when the store, once
    /// unlocked, turned out damaged (its backups are encrypted with it).
    pub key: Option<Passphrase>,
}

pub struct AppState {
    inner: Mutex<Inner>,
    /// Set by Cancel in the window's progress bar; long work reads it between steps.
    pub cancel: AtomicBool,
}

/// The open store, held under the state's lock for as long as a command uses it.
pub struct StoreGuard<'a>(MutexGuard<'a, Inner>);

impl Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        match &self.0.session {
            Session::Open(s) => s,
            _ => unreachable!("a guard exists only for an open store"),
        }
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        match &mut self.0.session {
            Session::Open(s) => s,
            _ => unreachable!("a guard exists only for an open store"),
        }
    }
}

impl AppState {
    /// Opens the database at `database` (creating it on a first start when `create`), or records why it could not.
    pub fn new(database: PathBuf, create: bool) -> Self {
        let session = Self::session_for(&database, create, None);
        AppState { inner: Mutex::new(Inner { database, session, key: None }), cancel: AtomicBool::new(false) }
    }

    pub fn session_for(database: &std::path::Path, create: bool, key: Option<&Passphrase>) -> Session {
        let opened = if create && !database.exists() { Store::create(database) } else { Store::open_with(database, key) };
        match opened {
            Ok(store) => {
                // One backup per day of use; a failure to back up never keeps the window from opening.
                let _ = store.auto_backup();
                Session::Open(Box::new(store))
            }
            Err(e) => match StoreProblem::of(&e) {
                None => Session::Locked,
                Some(p) => Session::Problem(p),
            },
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave a half-written change: each action is one SQLite
        // transaction, rolled back when the lock is taken back. So a poisoned lock is safe to take back.
        self.inner.lock().unwrap_or_else(|poisoned| {
            self.inner.clear_poison();
            let mut inner = poisoned.into_inner();
            if let Session::Open(store) = &mut inner.session {
                store.recover();
            }
            inner
        })
    }

    /// The open store, or an error the window shows when there is none (the start screen handles that case).
    pub fn store(&self) -> Result<StoreGuard<'_>, ApiError> {
        let inner = self.lock();
        match &inner.session {
            Session::Open(_) => Ok(StoreGuard(inner)),
            Session::Locked => Err(failed("the database is locked: unlock it with its passphrase first")),
            Session::Problem(p) => Err(failed(&p.message)),
        }
    }
}

pub fn failed(message: &str) -> ApiError {
    ApiError { code: ErrorCode::Failed, message: message.to_string(), fields: vec![] }
}

/// Converts a core error into what the window is told.
pub fn api(e: privdesk::Error) -> ApiError {
    ApiError::from(&e)
}

/// Where printed and exported files are saved: `PRIVDESK_OUTPUT_DIR`, else "Privacy Desk" in the user's
/// documents folder, else beside the database.
pub fn output_dir(store: &Store) -> PathBuf {
    if let Some(dir) = std::env::var_os("PRIVDESK_OUTPUT_DIR").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.join("Privacy Desk")))
        .unwrap_or_else(|| store.path().parent().map(|p| p.join("output")).unwrap_or_else(|| PathBuf::from(".")))
}

/// Saves a printed or exported file in the output folder under a name no earlier file has (`name.pdf`, then
/// `name-2.pdf`, …), whole or not at all, never over the database; returns its path.
pub fn save(store: &Store, stem: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, ApiError> {
    privdesk::output::write_fresh(&output_dir(store), stem, ext, bytes, Some(store.path())).map_err(api)
}
