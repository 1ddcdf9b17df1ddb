use crate::commands::app::open_in_viewer;
use crate::state::{api, save, AppState};
use privdesk::document::{self, Lang};
use privdesk::error::ApiError;
use privdesk::policy::diff::PolicyDiff;
use privdesk::policy::{
    ChangeDraft, ChangeId, ChangeView, Policy, PolicyDraft, PolicyId, PolicyVersion, PolicyView, VersionDraft, VersionSummary,
};
use tauri::State;

#[tauri::command]
pub fn list_policies(state: State<'_, AppState>) -> Result<Vec<PolicyView>, ApiError> {
    state.store()?.policy_views().map_err(api)
}

#[tauri::command]
pub fn add_policy(state: State<'_, AppState>, draft: PolicyDraft) -> Result<Policy, ApiError> {
    state.store()?.add_policy(&draft).map_err(api)
}

#[tauri::command]
pub fn update_policy(state: State<'_, AppState>, id: PolicyId, draft: PolicyDraft) -> Result<Policy, ApiError> {
    state.store()?.update_policy(id, &draft).map_err(api)
}

/// The versions with their full text, oldest first.
#[tauri::command]
pub fn list_policy_versions(state: State<'_, AppState>, policy_id: PolicyId) -> Result<Vec<PolicyVersion>, ApiError> {
    state.store()?.policy_versions(policy_id).map_err(api)
}

/// Adds a version: pasted text (`source` empty) or a file's content read by the window (`source` = file name).
#[tauri::command]
pub fn add_policy_version(state: State<'_, AppState>, policy_id: PolicyId, draft: VersionDraft) -> Result<VersionSummary, ApiError> {
    state.store()?.add_policy_version(policy_id, &draft).map(|v| VersionSummary::of(&v)).map_err(api)
}

#[tauri::command]
pub fn diff_policy_versions(state: State<'_, AppState>, policy_id: PolicyId, from: String, to: String) -> Result<PolicyDiff, ApiError> {
    state.store()?.policy_diff(policy_id, &from, &to).map_err(api)
}

#[tauri::command]
pub fn list_policy_changes(state: State<'_, AppState>) -> Result<Vec<ChangeView>, ApiError> {
    state.store()?.policy_changes().map_err(api)
}

#[tauri::command]
pub fn get_policy_change(state: State<'_, AppState>, id: ChangeId) -> Result<ChangeView, ApiError> {
    state.store()?.policy_change_view(id).map_err(api)
}

#[tauri::command]
pub fn add_policy_change(state: State<'_, AppState>, policy_id: PolicyId, draft: ChangeDraft) -> Result<ChangeView, ApiError> {
    state.store()?.add_policy_change(policy_id, &draft).map_err(api)
}

/// Saves the whole change form: class, summary, notice date, period override and recipients.
#[tauri::command]
pub fn update_policy_change(state: State<'_, AppState>, id: ChangeId, draft: ChangeDraft) -> Result<ChangeView, ApiError> {
    state.store()?.update_policy_change(id, &draft).map_err(api)
}

/// Prints the change notice to PDF in the output folder, opens it, and returns its path.
#[tauri::command]
pub fn print_policy_notice(state: State<'_, AppState>, id: ChangeId, lang: Option<Lang>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let view = store.policy_change_view(id).map_err(api)?;
    let today = org.today(store.now());
    let doc = privdesk::policy::print::change_notice(&org, &view, lang, today).map_err(|e| api(e.into()))?;
    let bytes = document::render(&doc).map_err(|e| api(e.into()))?;
    let path = save(&store, &format!("policy-notice-{id}-{lang}-{today}"), "pdf", &bytes)?;
    open_in_viewer(&path)?;
    Ok(path.display().to_string())
}
