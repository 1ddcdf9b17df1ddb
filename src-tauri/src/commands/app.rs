use crate::state::{api, output_dir, AppState};
use privdesk::error::{ApiError, ErrorCode};
use privdesk::session::{AppInfo, CountryOption};
use std::path::PathBuf;
use tauri::State;


#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, ApiError> {
    let store = state.store()?;
    let today = store.today().map_err(api)?;
    Ok(AppInfo {
        database: store.path().display().to_string(),
        output_dir: output_dir(&store).display().to_string(),
        version: env!("CARGO_PKG_VERSION").into(),
        schema_version: privdesk::store::schema_version(),
        today: today.to_string(),
    })
}


#[tauri::command]
pub fn list_countries() -> Vec<CountryOption> {
    privdesk::country::all().iter().map(|c| CountryOption { code: c.code.into(), en: c.en.into(), fr: c.fr.into() }).collect()
}

/// Opens a file this app wrote, in the system's viewer. Only files inside the output folder can be opened, so the
/// window cannot be used to launch arbitrary programs.
#[tauri::command]
pub fn open_output(state: State<'_, AppState>, path: String) -> Result<(), ApiError> {
    let dir = output_dir(&*state.store()?);
    let path = PathBuf::from(path);
    let inside = match (path.canonicalize(), dir.canonicalize()) {
        (Ok(p), Ok(d)) => p.starts_with(d),
        _ => false,
    };
    if !inside {
        return Err(ApiError { code: ErrorCode::Failed, message: format!("{} is not a file Privacy Desk saved", path.display()), fields: vec![] });
    }
    open_in_viewer(&path)
}

/// Hands a file to the desktop's viewer, unless `PRIVDESK_NO_OPEN` is set (desktop tests have no viewer).
pub fn open_in_viewer(path: &std::path::Path) -> Result<(), ApiError> {
    if std::env::var_os("PRIVDESK_NO_OPEN").is_some() {
        return Ok(());
    }
    tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| ApiError {
        code: ErrorCode::Failed,
        message: format!("saved {}, but no program could open it: {e}", path.display()),
        fields: vec![],
    })
}
