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
        // A panic while holding the lock cannot leave a half-written change: each change is one SQLite
        // transaction, rolled back when dropped. So a poisoned lock is safe to take back.
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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

/// A file name in the output folder that does not overwrite an earlier print: `name-2026-11-23.pdf`, then `-2`, …
pub fn fresh_path(dir: &std::path::Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..).map(|n| dir.join(format!("{stem}-{n}.{ext}"))).find(|p| !p.exists()).expect("some name is free")
}
