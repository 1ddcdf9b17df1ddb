//! The breach register's commands. Each returns what the window shows next: a `BreachView` (the record, its status,
//! its clock relative to now and its timeline) after a change, the path of the saved file after a print.

use crate::commands::app::open_in_viewer;
use crate::state::{api, save, AppState};
use privdesk::breach::documents::{self, AuthorityForm};
use privdesk::breach::{BreachDraft, BreachFilter, BreachId, BreachSummary, BreachView, DecisionDraft, NotificationDraft, Phase};
use privdesk::document::{self, Document, Lang};
use privdesk::error::ApiError;
use privdesk::Store;
use tauri::State;

#[tauri::command]
pub fn list_breaches(state: State<'_, AppState>, filter: BreachFilter) -> Result<Vec<BreachSummary>, ApiError> {
    state.store()?.breach_summaries(&filter).map_err(api)
}

#[tauri::command]
pub fn get_breach(state: State<'_, AppState>, id: BreachId) -> Result<BreachView, ApiError> {
    state.store()?.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn add_breach(state: State<'_, AppState>, draft: BreachDraft) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    let b = store.add_breach(&draft).map_err(api)?;
    store.breach_view(b.id).map_err(api)
}

#[tauri::command]
pub fn update_breach(state: State<'_, AppState>, id: BreachId, draft: BreachDraft) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.update_breach(id, &draft).map_err(api)?;
    store.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn assess_breach(state: State<'_, AppState>, id: BreachId, risk: String, reason: String) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.assess_breach(id, &risk, &reason).map_err(api)?;
    store.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn decide_breach(state: State<'_, AppState>, id: BreachId, decision: DecisionDraft) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.decide_breach(id, &decision).map_err(api)?;
    store.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn notify_breach(state: State<'_, AppState>, id: BreachId, notification: NotificationDraft) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.notify_breach(id, &notification).map_err(api)?;
    store.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn note_breach(state: State<'_, AppState>, id: BreachId, at: String, text: String) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.note_breach(id, &at, &text).map_err(api)?;
    store.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn close_breach(state: State<'_, AppState>, id: BreachId) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.close_breach(id).map_err(api)?;
    store.breach_view(id).map_err(api)
}

#[tauri::command]
pub fn reopen_breach(state: State<'_, AppState>, id: BreachId, reason: String) -> Result<BreachView, ApiError> {
    let mut store = state.store()?;
    store.reopen_breach(id, &reason).map_err(api)?;
    store.breach_view(id).map_err(api)
}

/// Renders into the output folder under a fresh name, opens the file in the system viewer, returns its path.
fn print(store: &Store, stem: &str, doc: &Document) -> Result<String, ApiError> {
    let bytes = document::render(doc).map_err(|e| api(e.into()))?;
    let path = save(store, stem, "pdf", &bytes)?;
    open_in_viewer(&path)?;
    Ok(path.display().to_string())
}

#[tauri::command]
pub fn print_breach_notification(state: State<'_, AppState>, id: BreachId, authority: AuthorityForm, phase: Option<Phase>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let b = store.breach(id).map_err(api)?;
    let today = org.today(store.now());
    let doc = documents::notification(&org, &b, authority, phase, today);
    print(&store, &format!("breach-{id}-{}-{today}", authority.as_str()), &doc)
}

#[tauri::command]
pub fn print_breach_letter(state: State<'_, AppState>, id: BreachId, lang: Option<Lang>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let b = store.breach(id).map_err(api)?;
    let today = org.today(store.now());
    let doc = documents::letter(&org, &b, lang, today);
    print(&store, &format!("breach-{id}-letter-{lang}-{today}"), &doc)
}

#[tauri::command]
pub fn print_breach_register(state: State<'_, AppState>, lang: Option<Lang>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let breaches = store.breaches().map_err(api)?;
    let today = org.today(store.now());
    let doc = documents::register(&org, &breaches, lang, today, store.now());
    print(&store, &format!("breach-register-{lang}-{today}"), &doc)
}
