//! The database file's own safety as the window's Settings show it: encryption, backups, the export of everything.

use super::Printed;
use crate::error::{Error, Result};
use crate::session::SecurityStatus;
use crate::store::safety::{self, BackupPolicy};
use crate::store::{AuditReport, Passphrase, Store, StoreError};

/// Encryption and backups as Settings > Security shows them.
pub fn status(store: &Store) -> Result<SecurityStatus> {
    Ok(SecurityStatus {
        encrypted: store.is_encrypted(),
        database: store.path().display().to_string(),
        backup_dir: safety::backup_dir(store.path()).display().to_string(),
        policy: store.backup_policy()?,
        backups: store.backups()?,
    })
}

/// A wrong passphrase is said against the field it was typed in, and changes nothing.
pub fn wrong_passphrase_at(field: &str) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Store(StoreError::WrongPassphrase { .. }) => crate::Invalid::field(field, "wrong passphrase").into(),
        other => other,
    }
}

pub fn encrypt(store: &mut Store, passphrase: String) -> Result<SecurityStatus> {
    let new = Passphrase::new("passphrase", passphrase)?;
    store.encrypt(&new)?;
    status(store)
}

pub fn change_passphrase(store: &mut Store, current: String, passphrase: String) -> Result<SecurityStatus> {
    let current = Passphrase::given("current", current)?;
    let new = Passphrase::new("passphrase", passphrase)?;
    store.change_passphrase(&current, &new).map_err(wrong_passphrase_at("current"))?;
    status(store)
}

pub fn decrypt(store: &mut Store, current: String) -> Result<SecurityStatus> {
    let current = Passphrase::given("current", current)?;
    store.decrypt(&current).map_err(wrong_passphrase_at("current"))?;
    status(store)
}

/// Checks a backup file as a restore would, and says what it holds; one that cannot be restored is refused with
/// what is wrong.
pub fn check_backup(store: &Store, path: &str) -> Result<AuditReport> {
    let check = safety::check_backup(std::path::Path::new(path), store.passphrase_for_window().as_ref())?;
    check.into_report().map_err(|problems| Error::Failed(format!("{path} cannot be restored: {problems}")))
}

/// Saves how many backups are kept, and removes those no longer kept.
pub fn save_backup_policy(store: &mut Store, policy: &BackupPolicy) -> Result<SecurityStatus> {
    store.save_backup_policy(policy)?;
    store.rotate_backups()?;
    status(store)
}

/// Every record as one JSON file (docs/export-format.md).
pub fn export_everything(store: &Store, progress: &crate::progress::Progress) -> Result<Printed> {
    progress.step(crate::progress::Stage::Exporting, 0, 0)?;
    let bytes = store.export_json()?;
    progress.finishing(crate::progress::Stage::Saving)?;
    Ok(Printed { stem: format!("privacy-desk-export-{}", store.today()?), ext: "json", bytes })
}
