//! What the window does with the session itself rather than with the open store: the start screen (unlock, what
//! is wrong, restore, another file), the app's facts, and handing saved files to the system viewer.

use crate::state::{api, failed, output_dir, AppState, Session};
use privdesk::error::ApiError;
use privdesk::progress::Progress;
use privdesk::session::{AppInfo, StoreStatus};
use privdesk::store::safety::{self, BackupPolicy};
use privdesk::store::{Passphrase, StoreError};
use std::path::{Path, PathBuf};

pub fn status(state: &AppState) -> StoreStatus {
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

pub fn unlock(state: &AppState, passphrase: String) -> Result<StoreStatus, ApiError> {
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
            Err(e @ privdesk::Error::Store(StoreError::WrongPassphrase { .. })) => {
                return Err(api(privdesk::api::safety::wrong_passphrase_at("passphrase")(e)))
            }
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
    Ok(status(state))
}

pub fn open(state: &AppState, path: &str, create: bool) -> Result<StoreStatus, ApiError> {
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
    Ok(status(state))
}

pub fn restore(state: &AppState, path: &str, progress: &Progress) -> Result<StoreStatus, ApiError> {
    let backup = PathBuf::from(path);
    {
        let mut inner = state.lock();
        let database = inner.database.clone();
        // The open store is closed for the swap, and opened again whatever happens.
        let key = match std::mem::replace(&mut inner.session, Session::Locked) {
            Session::Open(store) => store.passphrase_for_window(),
            other => {
                inner.session = other;
                inner.key.clone()
            }
        };
        let restored = safety::restore(&backup, &database, key.as_ref(), &privdesk::store::local_user(), progress);
        inner.session = AppState::session_for(&database, false, key.as_ref());
        restored.map_err(api)?;
    }
    Ok(status(state))
}

pub fn open_backup_folder(state: &AppState) -> Result<(), ApiError> {
    let dir = safety::backup_dir(&state.lock().database);
    if !dir.exists() {
        privdesk::store::create_private_dir(&dir).map_err(api)?;
    }
    open_in_viewer(&dir)
}

pub fn app_info(state: &AppState) -> Result<AppInfo, ApiError> {
    let store = state.store()?;
    let today = store.today().map_err(api)?;
    Ok(AppInfo {
        database: store.path().display().to_string(),
        output_dir: output_dir(&store).display().to_string(),
        version: env!("CARGO_PKG_VERSION").into(),
        schema_version: privdesk::store::schema_version(),
        today: today.to_string(),
        default_regime: store.org().map_err(api)?.map(|o| o.default_regime()),
    })
}

/// Turns the start with the session on (this very window, minimised) or off.
pub fn set_autostart(on: bool) -> Result<privdesk::autostart::Autostart, ApiError> {
    let window = std::env::current_exe().map_err(|e| failed(&format!("the window's own path cannot be read: {e}")))?;
    privdesk::autostart::set(on, &window).map_err(api)
}

/// Opens a file this app wrote, in the system's viewer. Only files inside the output folder can be opened, so the
/// window cannot be used to launch arbitrary programs.
pub fn open_output(state: &AppState, path: &str) -> Result<(), ApiError> {
    let dir = output_dir(&*state.store()?);
    let path = PathBuf::from(path);
    let inside = match (path.canonicalize(), dir.canonicalize()) {
        (Ok(p), Ok(d)) => p.starts_with(d),
        _ => false,
    };
    if !inside {
        return Err(failed(&format!("{} is not a file Privacy Desk saved", path.display())));
    }
    open_in_viewer(&path)
}

/// Hands a file to the desktop's viewer, unless `PRIVDESK_NO_OPEN` is set (desktop tests have no viewer).
pub fn open_in_viewer(path: &Path) -> Result<(), ApiError> {
    if std::env::var_os("PRIVDESK_NO_OPEN").is_some() {
        return Ok(());
    }
    tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| failed(&format!("saved {}, but no program could open it: {e}", path.display())))
}
