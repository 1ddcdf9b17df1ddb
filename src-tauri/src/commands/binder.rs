//! The audit binder's command: one PDF with everything an auditor asks for.

use crate::commands::activity::save_and_open;
use crate::state::{api, AppState};
use privdesk::document::Lang;
use privdesk::error::ApiError;
use tauri::State;

/// Prints the binder in `lang` (default: the organisation's document language), opens it, and returns its path.
#[tauri::command]
pub fn print_binder(state: State<'_, AppState>, lang: Option<Lang>) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let rendered = privdesk::binder::print(&store, lang).map_err(api)?;
    let today = org.today(store.now());
    save_and_open(&store, &format!("audit-binder-{lang}-{today}"), &rendered.pdf)
}
