use crate::state::{api, save, AppState};
use privdesk::deadline::{self, Dashboard, DeadlineEntry, DeadlineFilter};
use privdesk::error::ApiError;
use tauri::State;

/// Everything due, overdue first, filtered by date and module.
#[tauri::command]
pub fn list_deadlines(state: State<'_, AppState>, filter: DeadlineFilter) -> Result<Vec<DeadlineEntry>, ApiError> {
    let (items, _) = deadline::from_store(&*state.store()?).map_err(api)?;
    filter.apply(items).map_err(|e| api(e.into()))
}

/// The first screen: overdue, due within 7 days, due in the 8 to 30 days after.
#[tauri::command]
pub fn deadline_dashboard(state: State<'_, AppState>) -> Result<Dashboard, ApiError> {
    let (items, today) = deadline::from_store(&*state.store()?).map_err(api)?;
    Ok(Dashboard::new(&items, today))
}

/// Saves the deadlines as an iCalendar file in the output folder and returns its path.
#[tauri::command]
pub fn export_deadlines_ics(state: State<'_, AppState>, filter: DeadlineFilter) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let (items, today) = deadline::from_store(&store).map_err(api)?;
    let items = filter.apply(items).map_err(|e| api(e.into()))?;
    let text = deadline::ics::to_ics(&items, &format!("Privacy Desk — {}", org.legal_name), store.now());
    let path = save(&store, &format!("deadlines-{today}"), "ics", text.as_bytes())?;
    Ok(path.display().to_string())
}
