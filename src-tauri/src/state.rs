//! What the commands share: the core's store behind a mutex, and where printed files go.

use privdesk::error::ApiError;
use privdesk::Store;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

pub struct AppState {
    store: Mutex<Store>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState { store: Mutex::new(store) }
    }

    pub fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock cannot leave a half-written change: each action is one SQLite
        // transaction, rolled back when the lock is taken back. So a poisoned lock is safe to take back.
        self.store.lock().unwrap_or_else(|poisoned| {
            self.store.clear_poison();
            let mut store = poisoned.into_inner();
            store.recover();
            store
        })
    }
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
