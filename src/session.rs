//! What the window is told about the app and its database before and around the records: the app's facts, the
//! countries for its pickers, whether the database is open, locked or cannot be opened (and why), and what Settings
//! shows of its encryption and backups. The shell fills these; they live here so that their TypeScript types are
//! generated like every other type that crosses.

use crate::store::safety::{BackupInfo, BackupPolicy};
use crate::store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// What `app_info` returns.
#[derive(Clone, Debug, Serialize, TS)]
pub struct AppInfo {
    pub database: String,
    pub output_dir: String,
    pub version: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    /// Today in the organisation's zone (or UTC before set-up), `YYYY-MM-DD`, so the window and the core agree.
    pub today: String,
    /// The regime a new request takes unless another is chosen (`Org::default_regime`); none before set-up.
    pub default_regime: Option<crate::request::Regime>,
}

/// One country of the pickers: its ISO code and its English and French names.
#[derive(Clone, Debug, Serialize, TS)]
pub struct CountryOption {
    pub code: String,
    pub en: String,
    pub fr: String,
    /// In the European Economic Area: a location outside it needs a transfer mechanism.
    pub eea: bool,
}

/// Why the database could not be opened, in the terms the start screen acts on, with the core's words.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct StoreProblem {
    #[ts(type = "'damaged' | 'newer' | 'busy' | 'foreign' | 'missing' | 'unreadable'")]
    pub kind: String,
    pub message: String,
}

impl StoreProblem {
    /// What an error opening a database means for the start screen; `None` for an encrypted database, which is not
    /// a problem but waits for its passphrase.
    pub fn of(e: &crate::Error) -> Option<StoreProblem> {
        let kind = match e {
            crate::Error::Store(StoreError::Encrypted { .. }) => return None,
            crate::Error::Store(StoreError::Damaged { .. } | StoreError::Corrupt { .. }) => "damaged",
            crate::Error::Store(StoreError::NewerSchema { .. }) => "newer",
            crate::Error::Store(StoreError::Busy { .. }) => "busy",
            crate::Error::Store(StoreError::Foreign { .. }) => "foreign",
            crate::Error::Store(StoreError::Missing { .. }) => "missing",
            _ => "unreadable",
        };
        Some(StoreProblem { kind: kind.into(), message: e.to_string() })
    }
}

/// What `store_status` and the commands that open or replace the database answer.
#[derive(Clone, Debug, Serialize, TS)]
pub struct StoreStatus {
    /// `locked`: the database is encrypted and waits for its passphrase.
    #[ts(type = "'open' | 'locked' | 'problem'")]
    pub state: String,
    /// The path of the database the window tried to open.
    pub database: String,
    /// Set when `state` is `problem`.
    pub problem: Option<StoreProblem>,
    /// The backups found beside that database, newest first.
    pub backups: Vec<BackupInfo>,
}

/// What Settings shows about encryption and backups.
#[derive(Clone, Debug, Serialize, TS)]
pub struct SecurityStatus {
    pub encrypted: bool,
    pub database: String,
    pub backup_dir: String,
    pub policy: BackupPolicy,
    /// Newest first.
    pub backups: Vec<BackupInfo>,
}
