use crate::commands::app::open_in_viewer;
use crate::state::{api, save, AppState};
use privdesk::document::{self, Lang};
use privdesk::error::ApiError;
use privdesk::id::SubprocessorId;
use privdesk::subprocessor::notice::{
    AnnounceDraft, Customer, CustomerDraft, CustomerId, NoticeId, NoticeView, ObjectionDraft, ObjectionId, OutcomeDraft,
};
use privdesk::subprocessor::{self, Subprocessor};
use tauri::State;

#[tauri::command]
pub fn list_customers(state: State<'_, AppState>) -> Result<Vec<Customer>, ApiError> {
    state.store()?.customers().map_err(api)
}

#[tauri::command]
pub fn add_customer(state: State<'_, AppState>, draft: CustomerDraft) -> Result<Customer, ApiError> {
    state.store()?.add_customer(&draft).map_err(api)
}

#[tauri::command]
pub fn update_customer(state: State<'_, AppState>, id: CustomerId, draft: CustomerDraft) -> Result<Customer, ApiError> {
    state.store()?.update_customer(id, &draft).map_err(api)
}

/// Opens a change notice for a new or replacing subprocessor and sets it to announced.
#[tauri::command]
pub fn announce_subprocessor(state: State<'_, AppState>, id: SubprocessorId, draft: AnnounceDraft) -> Result<NoticeView, ApiError> {
    state.store()?.announce_subprocessor(id, &draft).map_err(api)
}

#[tauri::command]
pub fn list_subprocessor_notices(state: State<'_, AppState>) -> Result<Vec<NoticeView>, ApiError> {
    state.store()?.notice_views().map_err(api)
}

#[tauri::command]
pub fn get_subprocessor_notice(state: State<'_, AppState>, id: NoticeId) -> Result<NoticeView, ApiError> {
    state.store()?.notice_view(id).map_err(api)
}

#[tauri::command]
pub fn add_objection(state: State<'_, AppState>, notice_id: NoticeId, draft: ObjectionDraft) -> Result<NoticeView, ApiError> {
    state.store()?.add_objection(notice_id, &draft).map_err(api)
}

#[tauri::command]
pub fn resolve_objection(state: State<'_, AppState>, id: ObjectionId, draft: OutcomeDraft) -> Result<NoticeView, ApiError> {
    state.store()?.resolve_objection(id, &draft).map_err(api)
}

/// Marks a subprocessor active from `on`; before its notice's earliest engagement date `reason` is required.
#[tauri::command]
pub fn activate_subprocessor(state: State<'_, AppState>, id: SubprocessorId, on: String, reason: Option<String>) -> Result<Subprocessor, ApiError> {
    let on = subprocessor::parse_date(&on).map_err(|r| api(privdesk::Invalid::field("on", r).into()))?;
    state.store()?.activate_subprocessor(id, on, reason.as_deref()).map_err(api)
}

/// Prints the notice to customers to PDF in the output folder, opens it, and returns its path.
#[tauri::command]
pub fn print_subprocessor_notice(state: State<'_, AppState>, id: NoticeId, lang: Option<Lang>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let view = store.notice_view(id).map_err(api)?;
    let sub = store.subprocessor(view.notice.subprocessor_id).map_err(api)?;
    let today = org.today(store.now());
    let doc = subprocessor::notice::print_notice(&org, &view, &sub, lang, today);
    let bytes = document::render(&doc).map_err(|e| api(e.into()))?;
    let path = save(&store, &format!("subprocessor-notice-{id}-{lang}-{today}"), "pdf", &bytes)?;
    open_in_viewer(&path)?;
    Ok(path.display().to_string())
}
