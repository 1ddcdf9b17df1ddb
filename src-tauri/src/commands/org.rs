use crate::state::{api, AppState};
use privdesk::error::ApiError;
use privdesk::org::{Org, OrgDraft};
use tauri::State;

#[tauri::command]
pub fn get_org(state: State<'_, AppState>) -> Result<Option<Org>, ApiError> {
    state.store()?.org().map_err(api)
}

#[tauri::command]
pub fn save_org(state: State<'_, AppState>, draft: OrgDraft) -> Result<Org, ApiError> {
    state.store()?.save_org(&draft).map_err(api)
}
