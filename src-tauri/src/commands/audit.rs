use crate::state::{api, AppState};
use privdesk::audit::AuditEntry;
use privdesk::store::AuditReport;
use privdesk::error::ApiError;
use privdesk::store::AuditQuery;
use tauri::State;

#[tauri::command]
pub fn audit_log(state: State<'_, AppState>, query: AuditQuery) -> Result<Vec<AuditEntry>, ApiError> {
    state.store()?.audit_log(&query).map_err(api)
}

#[tauri::command]
pub fn verify_audit(state: State<'_, AppState>) -> Result<AuditReport, ApiError> {
    state.store()?.verify_everything().map_err(api)
}
