use crate::state::{api, AppState};
use privdesk::audit::{AuditEntry, Verification};
use privdesk::error::ApiError;
use privdesk::store::AuditQuery;
use tauri::State;

#[tauri::command]
pub fn audit_log(state: State<'_, AppState>, query: AuditQuery) -> Result<Vec<AuditEntry>, ApiError> {
    state.store().audit_log(&query).map_err(api)
}

#[tauri::command]
pub fn verify_audit(state: State<'_, AppState>) -> Result<Verification, ApiError> {
    state.store().verify_audit().map_err(api)
}
