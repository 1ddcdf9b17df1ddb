//! The record of processing's commands. Changes return the `ActivityDetail` the detail screen shows next (the record,
//! its derived transfers, its gaps against Art. 30 and the form's draft); prints return the saved file's path.

use crate::commands::app::open_in_viewer;
use crate::state::{api, AppState};
use privdesk::activity::documents::{self, RopaInput, RopaLayout};
use privdesk::activity::{
    self, ActivityDetail, ActivityDraft, ActivityFilter, ActivityId, ActivitySummary, ActivityTransfer, ActivityVocabulary, ActivityWarning, ProcessorRecord,
};
use privdesk::audit::AuditEntry;
use privdesk::document;
use privdesk::error::ApiError;
use privdesk::store::AuditQuery;
use tauri::State;

#[tauri::command]
pub fn activity_vocabulary(state: State<'_, AppState>) -> Result<ActivityVocabulary, ApiError> {
    Ok(activity::vocabulary(state.store()?.adequacy().map_err(api)?))
}

#[tauri::command]
pub fn list_activities(state: State<'_, AppState>, filter: ActivityFilter) -> Result<Vec<ActivitySummary>, ApiError> {
    let store = state.store()?;
    let (all, register, adequacy) = (store.activities().map_err(api)?, store.subprocessors().map_err(api)?, store.adequacy().map_err(api)?);
    Ok(activity::filter(&all, &filter).into_iter().map(|a| ActivitySummary::new(a, &register, &adequacy)).collect())
}

#[tauri::command]
pub fn get_activity(state: State<'_, AppState>, id: ActivityId) -> Result<ActivityDetail, ApiError> {
    state.store()?.activity_detail(id).map_err(api)
}

#[tauri::command]
pub fn add_activity(state: State<'_, AppState>, draft: ActivityDraft) -> Result<ActivityDetail, ApiError> {
    let mut store = state.store()?;
    let a = store.add_activity(&draft).map_err(api)?;
    store.activity_detail(a.id).map_err(api)
}

#[tauri::command]
pub fn update_activity(state: State<'_, AppState>, id: ActivityId, draft: ActivityDraft) -> Result<ActivityDetail, ApiError> {
    let mut store = state.store()?;
    store.update_activity(id, &draft).map_err(api)?;
    store.activity_detail(id).map_err(api)
}

#[tauri::command]
pub fn duplicate_activity(state: State<'_, AppState>, id: ActivityId) -> Result<ActivityDetail, ApiError> {
    let mut store = state.store()?;
    let a = store.duplicate_activity(id).map_err(api)?;
    store.activity_detail(a.id).map_err(api)
}

#[tauri::command]
pub fn archive_activity(state: State<'_, AppState>, id: ActivityId) -> Result<ActivityDetail, ApiError> {
    let mut store = state.store()?;
    store.archive_activity(id).map_err(api)?;
    store.activity_detail(id).map_err(api)
}

#[tauri::command]
pub fn restore_activity(state: State<'_, AppState>, id: ActivityId) -> Result<ActivityDetail, ApiError> {
    let mut store = state.store()?;
    store.restore_activity(id).map_err(api)?;
    store.activity_detail(id).map_err(api)
}

/// The gaps of a form not saved yet, so that the window shows them as the user types; invalid input is refused
/// with its field errors, as saving would be.
#[tauri::command]
pub fn activity_warnings(state: State<'_, AppState>, draft: ActivityDraft) -> Result<Vec<ActivityWarning>, ApiError> {
    let data = draft.validate().map_err(|e| api(e.into()))?;
    let store = state.store()?;
    Ok(activity::warnings(&data, &store.subprocessors().map_err(api)?, &store.adequacy().map_err(api)?))
}

/// The transfers of a form not saved yet, as saving it would derive them (see `activity::draft_transfers`).
#[tauri::command]
pub fn activity_transfers(state: State<'_, AppState>, draft: ActivityDraft) -> Result<Vec<ActivityTransfer>, ApiError> {
    let store = state.store()?;
    Ok(activity::draft_transfers(&draft, &store.subprocessors().map_err(api)?, &store.adequacy().map_err(api)?))
}

#[tauri::command]
pub fn activity_history(state: State<'_, AppState>, id: ActivityId) -> Result<Vec<AuditEntry>, ApiError> {
    let q = AuditQuery { entity: Some("activity".into()), entity_id: Some(id.0), newest_first: true, limit: None };
    state.store()?.audit_log(&q).map_err(api)
}

#[tauri::command]
pub fn processor_record(state: State<'_, AppState>) -> Result<ProcessorRecord, ApiError> {
    state.store()?.processor_record().map_err(api)
}

/// Prints the record in the CNIL (French) or ICO (English) layout, opens it, and returns its path.
#[tauri::command]
pub fn print_ropa(state: State<'_, AppState>, layout: RopaLayout) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let (activities, register) = (store.activities().map_err(api)?, store.subprocessors().map_err(api)?);
    let today = org.today(store.now());
    let adequacy = store.adequacy().map_err(api)?;
    let input = RopaInput { org: &org, activities: &activities, register: &register, adequacy: &adequacy, today };
    let bytes = document::render(&documents::ropa(&input, layout)).map_err(|e| api(e.into()))?;
    save_and_open(&store, &format!("ropa-{}-{today}", layout.as_str()), &bytes)
}

pub(crate) fn save_and_open(store: &privdesk::Store, stem: &str, bytes: &[u8]) -> Result<String, ApiError> {
    let path = crate::state::save(store, stem, "pdf", bytes)?;
    open_in_viewer(&path)?;
    Ok(path.display().to_string())
}
