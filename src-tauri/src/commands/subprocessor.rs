use crate::commands::app::open_in_viewer;
use crate::state::{api, AppState};
use privdesk::audit::AuditEntry;
use privdesk::document::{self, Lang};
use privdesk::error::{ApiError, Error};
use privdesk::id::SubprocessorId;
use privdesk::store::{AuditQuery, ImportPlan};
use privdesk::subprocessor::{self, csv_import, export, Filter, Subprocessor, SubprocessorDraft};
use tauri::State;

#[tauri::command]
pub fn list_subprocessors(state: State<'_, AppState>, filter: Filter) -> Result<Vec<Subprocessor>, ApiError> {
    let records = state.store()?.subprocessors().map_err(api)?;
    let index = subprocessor::SearchIndex::new(&records);
    Ok(subprocessor::filter(&records, &index, &filter).into_iter().cloned().collect())
}

#[tauri::command]
pub fn get_subprocessor(state: State<'_, AppState>, id: SubprocessorId) -> Result<Subprocessor, ApiError> {
    state.store()?.subprocessor(id).map_err(api)
}

#[tauri::command]
pub fn add_subprocessor(state: State<'_, AppState>, draft: SubprocessorDraft) -> Result<Subprocessor, ApiError> {
    state.store()?.add_subprocessor(&draft).map_err(api)
}

#[tauri::command]
pub fn update_subprocessor(state: State<'_, AppState>, id: SubprocessorId, draft: SubprocessorDraft) -> Result<Subprocessor, ApiError> {
    state.store()?.update_subprocessor(id, &draft).map_err(api)
}

#[tauri::command]
pub fn retire_subprocessor(state: State<'_, AppState>, id: SubprocessorId, on: String) -> Result<Subprocessor, ApiError> {
    let on = subprocessor::parse_date(&on).map_err(|r| api(privdesk::Invalid::field("on", r).into()))?;
    state.store()?.retire_subprocessor(id, on).map_err(api)
}

#[tauri::command]
pub fn subprocessor_history(state: State<'_, AppState>, id: SubprocessorId) -> Result<Vec<AuditEntry>, ApiError> {
    let q = AuditQuery { entity: Some("subprocessor".into()), entity_id: Some(id.0), newest_first: true, limit: None };
    state.store()?.audit_log(&q).map_err(api)
}

/// Checks a spreadsheet (its bytes, so that the core reads its encoding) and says what importing it would do;
/// writes nothing.
#[tauri::command]
pub fn preview_import(state: State<'_, AppState>, content: Vec<u8>) -> Result<ImportPlan, ApiError> {
    let file = csv_import::parse(&content).map_err(|e| api(e.into()))?;
    state.store()?.import_subprocessors(&file, "", true).map_err(api)
}

/// Imports a spreadsheet: the file is checked again here, never trusted from the preview.
#[tauri::command]
pub fn apply_import(state: State<'_, AppState>, content: Vec<u8>, name: String) -> Result<ImportPlan, ApiError> {
    let file = csv_import::parse(&content).map_err(|e| api(e.into()))?;
    state.store()?.import_subprocessors(&file, &name, false).map_err(api)
}

pub(crate) fn save(store: &privdesk::Store, stem: &str, ext: &str, bytes: &[u8]) -> Result<String, ApiError> {
    Ok(crate::state::save(store, stem, ext, bytes)?.display().to_string())
}

/// Saves the register as CSV or JSON in the output folder and returns the file's path.
#[tauri::command]
pub fn export_subprocessors(state: State<'_, AppState>, format: String) -> Result<String, ApiError> {
    let store = state.store()?;
    let records = store.subprocessors().map_err(api)?;
    let refs: Vec<_> = records.iter().collect();
    let bytes = match format.as_str() {
        "csv" => export::to_csv(&refs).map_err(|e| api(Error::file("export.csv", std::io::Error::other(e))))?,
        "json" => export::to_json(&refs).map_err(|e| api(Error::file("export.json", std::io::Error::other(e))))?,
        other => return Err(api(privdesk::Invalid::field("format", format!("'{other}' is not csv or json")).into())),
    };
    let today = store.now().date_naive();
    save(&store, &format!("subprocessors-{today}"), &format, &bytes)
}

/// Prints the public list to PDF in the output folder, opens it in the system viewer, and returns its path.
#[tauri::command]
pub fn print_subprocessors(state: State<'_, AppState>, lang: Option<Lang>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let records = store.subprocessors().map_err(api)?;
    let refs: Vec<_> = records.iter().collect();
    let today = org.today(store.now());
    let doc = subprocessor::print::public_list(&org, &refs, lang, today);
    let bytes = document::render(&doc).map_err(|e| api(e.into()))?;
    let path = save(&store, &format!("subprocessors-{lang}-{today}"), "pdf", &bytes)?;
    open_in_viewer(std::path::Path::new(&path))?;
    Ok(path)
}
