//! The database file's own safety: the start screen (unlock, what is wrong, restore, another file), encryption,
//! backups, the export of everything.

use crate::commands::app::open_in_viewer;
use crate::state::{api, failed, save, AppState, Session};
use privdesk::error::ApiError;
use privdesk::session::{SecurityStatus, StoreStatus};
use privdesk::store::safety::{self, BackupInfo, BackupPolicy};
use privdesk::store::{AuditReport, Passphrase, StoreError};
use std::path::PathBuf;
use tauri::State;

fn status(state: &AppState) -> StoreStatus {
    let inner = state.lock();
    let (name, problem, backups) = match &inner.session {
        Session::Open(store) => ("open", None, store.backups().unwrap_or_default()),
        Session::Locked => ("locked", None, safety::list_backups(&inner.database, None, BackupPolicy::default()).unwrap_or_default()),
        Session::Problem(p) => {
            ("problem", Some(p.clone()), safety::list_backups(&inner.database, inner.key.as_ref(), BackupPolicy::default()).unwrap_or_default())
        }
    };
    StoreStatus { state: name.into(), database: inner.database.display().to_string(), problem, backups }
}

#[tauri::command]
pub fn store_status(state: State<'_, AppState>) -> StoreStatus {
    status(&state)
}

/// A wrong passphrase is said next to the field, and changes nothing.
fn passphrase_error(e: privdesk::Error, field: &str) -> ApiError {
    match e {
        privdesk::Error::Store(StoreError::WrongPassphrase { .. }) => api(privdesk::Invalid::field(field, "wrong passphrase").into()),
        other => api(other),
    }
}

#[tauri::command]
pub fn unlock_store(state: State<'_, AppState>, passphrase: String) -> Result<StoreStatus, ApiError> {
    let key = Passphrase::given("passphrase", passphrase).map_err(api)?;
    {
        let mut inner = state.lock();
        if !matches!(inner.session, Session::Locked) {
            return Ok(StoreStatus { state: "open".into(), database: inner.database.display().to_string(), problem: None, backups: vec![] });
        }
        match privdesk::Store::open_with(&inner.database, Some(&key)) {
            Ok(store) => {
                let _ = store.auto_backup();
                inner.session = Session::Open(Box::new(store));
                inner.key = Some(key);
            }
            Err(e @ privdesk::Error::Store(StoreError::WrongPassphrase { .. })) => return Err(passphrase_error(e, "passphrase")),
            // The passphrase was right but the file cannot be used: the start screen says what is wrong.
            Err(e) => {
                inner.session = match privdesk::session::StoreProblem::of(&e) {
                    Some(p) => Session::Problem(p),
                    None => Session::Locked,
                };
                inner.key = Some(key);
            }
        }
    }
    Ok(status(&state))
}

#[tauri::command]
pub fn open_store(state: State<'_, AppState>, path: String, create: bool) -> Result<StoreStatus, ApiError> {
    let path = PathBuf::from(path.trim());
    if path.as_os_str().is_empty() {
        return Err(api(privdesk::Invalid::field("path", "give the path of a database file").into()));
    }
    if create && path.exists() {
        return Err(api(privdesk::Invalid::field("path", format!("{} already exists; choose Open to open it, or another name", path.display())).into()));
    }
    if !create && !path.exists() {
        return Err(api(privdesk::Invalid::field("path", format!("there is no file at {}", path.display())).into()));
    }
    {
        let mut inner = state.lock();
        inner.session = Session::Locked; // the old store closes before the other one opens
        inner.session = AppState::session_for(&path, create, None);
        inner.database = path;
        inner.key = None;
    }
    Ok(status(&state))
}

#[tauri::command]
pub fn restore_backup(state: State<'_, AppState>, path: String) -> Result<StoreStatus, ApiError> {
    let backup = PathBuf::from(path);
    {
        let mut inner = state.lock();
        let database = inner.database.clone();
        // The open store is closed for the swap, and opened again whatever happens.
        let (key, actor) = match std::mem::replace(&mut inner.session, Session::Locked) {
            Session::Open(store) => (store.passphrase_for_window(), privdesk::store::local_user()),
            other => {
                inner.session = other;
                (inner.key.clone(), privdesk::store::local_user())
            }
        };
        let restored = safety::restore(&backup, &database, key.as_ref(), &actor);
        inner.session = AppState::session_for(&database, false, key.as_ref());
        restored.map_err(api)?;
    }
    Ok(status(&state))
}

#[tauri::command]
pub fn open_backup_folder(state: State<'_, AppState>) -> Result<(), ApiError> {
    let dir = safety::backup_dir(&state.lock().database);
    if !dir.exists() {
        privdesk::store::create_private_dir(&dir).map_err(api)?;
    }
    open_in_viewer(&dir)
}

#[tauri::command]
pub fn quit_app(app: tauri::AppHandle) {
    app.exit(0);
}

fn security(store: &privdesk::Store) -> Result<SecurityStatus, ApiError> {
    Ok(SecurityStatus {
        encrypted: store.is_encrypted(),
        database: store.path().display().to_string(),
        backup_dir: safety::backup_dir(store.path()).display().to_string(),
        policy: store.backup_policy().map_err(api)?,
        backups: store.backups().map_err(api)?,
    })
}

#[tauri::command]
pub fn security_status(state: State<'_, AppState>) -> Result<SecurityStatus, ApiError> {
    security(&*state.store()?)
}

#[tauri::command]
pub fn encrypt_store(state: State<'_, AppState>, passphrase: String) -> Result<SecurityStatus, ApiError> {
    let mut store = state.store()?;
    let new = Passphrase::new("passphrase", passphrase).map_err(api)?;
    store.encrypt(&new).map_err(api)?;
    security(&store)
}

#[tauri::command]
pub fn change_passphrase(state: State<'_, AppState>, current: String, passphrase: String) -> Result<SecurityStatus, ApiError> {
    let mut store = state.store()?;
    let current = Passphrase::given("current", current).map_err(api)?;
    let new = Passphrase::new("passphrase", passphrase).map_err(api)?;
    store.change_passphrase(&current, &new).map_err(|e| passphrase_error(e, "current"))?;
    security(&store)
}

#[tauri::command]
pub fn decrypt_store(state: State<'_, AppState>, current: String) -> Result<SecurityStatus, ApiError> {
    let mut store = state.store()?;
    let current = Passphrase::given("current", current).map_err(api)?;
    store.decrypt(&current).map_err(|e| passphrase_error(e, "current"))?;
    security(&store)
}

#[tauri::command]
pub fn backup_now(state: State<'_, AppState>) -> Result<BackupInfo, ApiError> {
    state.store()?.backup_now().map_err(api)
}

#[tauri::command]
pub fn check_backup(state: State<'_, AppState>, path: String) -> Result<AuditReport, ApiError> {
    let store = state.store()?;
    let check = safety::check_backup(&PathBuf::from(&path), store.passphrase_for_window().as_ref()).map_err(api)?;
    check.into_report().map_err(|problems| failed(&format!("{path} cannot be restored: {problems}")))
}

#[tauri::command]
pub fn save_backup_policy(state: State<'_, AppState>, policy: BackupPolicy) -> Result<SecurityStatus, ApiError> {
    let mut store = state.store()?;
    store.save_backup_policy(&policy).map_err(api)?;
    store.rotate_backups().map_err(api)?;
    security(&store)
}

#[tauri::command]
pub fn export_everything(state: State<'_, AppState>) -> Result<String, ApiError> {
    let store = state.store()?;
    let bytes = store.export_json().map_err(api)?;
    let today = store.today().map_err(api)?;
    save(&store, &format!("privacy-desk-export-{today}"), "json", &bytes).map(|p| p.display().to_string())
}
