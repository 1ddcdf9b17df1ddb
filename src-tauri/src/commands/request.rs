//! Data subject requests. Dates arrive as `YYYY-MM-DD` text and are parsed by the core, which names the field in
//! its error; every rule (the state machine, the clock, the letters) is in `privdesk::request`.

use crate::commands::app::open_in_viewer;
use crate::state::{api, save, AppState};
use privdesk::document::{self, Lang};
use privdesk::error::ApiError;
use privdesk::request::letters::{self, LetterKind};
use privdesk::request::retention::PurgePlan;
use privdesk::request::{
    self, parse_date_field, Outcome, RequestDetail, RequestDraft, RequestFilter, RequestId, RequestView, RequestVocabulary,
    Transition,
};
use privdesk::Store;
use tauri::State;

fn date(field: &str, value: &str) -> Result<chrono::NaiveDate, ApiError> {
    parse_date_field(field, value).map_err(|e| api(e.into()))
}

fn step(store: &mut Store, id: RequestId, t: Transition) -> Result<RequestDetail, ApiError> {
    store.request_transition(id, &t).map_err(api)
}

/// The vocabularies with their English and French labels (rights, channels, statuses, outcomes, events, regimes,
/// letter kinds), for menus and filters.
#[tauri::command]
pub fn request_vocabulary() -> RequestVocabulary {
    request::vocabulary()
}

/// The list, filtered and sorted in the core; each item carries its status, due date, rule, days left and urgency.
#[tauri::command]
pub fn list_requests(state: State<'_, AppState>, filter: RequestFilter) -> Result<Vec<RequestView>, ApiError> {
    let views = state.store()?.request_views().map_err(api)?;
    let index = request::SearchIndex::for_query(&views, &filter.query);
    Ok(request::filter(&views, &index, &filter).into_iter().cloned().collect())
}

#[tauri::command]
pub fn get_request(state: State<'_, AppState>, id: RequestId) -> Result<RequestDetail, ApiError> {
    state.store()?.request_detail(id).map_err(api)
}

#[tauri::command]
pub fn add_request(state: State<'_, AppState>, draft: RequestDraft) -> Result<RequestDetail, ApiError> {
    state.store()?.add_request(&draft).map_err(api)
}

#[tauri::command]
pub fn update_request(state: State<'_, AppState>, id: RequestId, draft: RequestDraft) -> Result<RequestDetail, ApiError> {
    state.store()?.update_request(id, &draft).map_err(api)
}

#[tauri::command]
pub fn record_identity_requested(state: State<'_, AppState>, id: RequestId, on: String) -> Result<RequestDetail, ApiError> {
    let on = date("requested_on", &on)?;
    step(&mut *state.store()?, id, Transition::IdentityRequested { on })
}

#[tauri::command]
pub fn record_identity_received(state: State<'_, AppState>, id: RequestId, on: String) -> Result<RequestDetail, ApiError> {
    let on = date("received_on", &on)?;
    step(&mut *state.store()?, id, Transition::IdentityReceived { on })
}

#[tauri::command]
pub fn record_clarification_asked(state: State<'_, AppState>, id: RequestId, on: String) -> Result<RequestDetail, ApiError> {
    let on = date("asked_on", &on)?;
    step(&mut *state.store()?, id, Transition::ClarificationAsked { on })
}

#[tauri::command]
pub fn record_clarification_answered(state: State<'_, AppState>, id: RequestId, on: String) -> Result<RequestDetail, ApiError> {
    let on = date("answered_on", &on)?;
    step(&mut *state.store()?, id, Transition::ClarificationAnswered { on })
}

#[tauri::command]
pub fn record_fee_received(state: State<'_, AppState>, id: RequestId, on: String) -> Result<RequestDetail, ApiError> {
    let on = date("fee_received_on", &on)?;
    step(&mut *state.store()?, id, Transition::FeeReceived { on })
}

/// EU GDPR only: apply the identity/clarification pause, a departure from the default reading (reason required).
#[tauri::command]
pub fn apply_eu_pause(state: State<'_, AppState>, id: RequestId, on: String, reason: String) -> Result<RequestDetail, ApiError> {
    let on = date("on", &on)?;
    step(&mut *state.store()?, id, Transition::EuPauseApplied { on, reason })
}

#[tauri::command]
pub fn remove_eu_pause(state: State<'_, AppState>, id: RequestId, on: String, reason: String) -> Result<RequestDetail, ApiError> {
    let on = date("on", &on)?;
    step(&mut *state.store()?, id, Transition::EuPauseRemoved { on, reason })
}

#[tauri::command]
pub fn start_request(state: State<'_, AppState>, id: RequestId, on: String) -> Result<RequestDetail, ApiError> {
    let on = date("on", &on)?;
    step(&mut *state.store()?, id, Transition::InProgress { on })
}

/// Extends once, with the reasons and the day the requester was told (within the first period).
#[tauri::command]
pub fn extend_request(state: State<'_, AppState>, id: RequestId, reason: String, notified_on: String) -> Result<RequestDetail, ApiError> {
    let notified_on = date("notified_on", &notified_on)?;
    step(&mut *state.store()?, id, Transition::Extended { notified_on, reason })
}

/// Closes as completed, refused (reasons required) or withdrawn; the date is the response date.
#[tauri::command]
pub fn close_request(
    state: State<'_, AppState>,
    id: RequestId,
    outcome: Outcome,
    on: String,
    reason: Option<String>,
) -> Result<RequestDetail, ApiError> {
    let on = date("on", &on)?;
    step(&mut *state.store()?, id, Transition::Closed { outcome, on, reason })
}

/// What the retention purge would pseudonymise today; writes nothing.
#[tauri::command]
pub fn preview_request_purge(state: State<'_, AppState>) -> Result<PurgePlan, ApiError> {
    state.store()?.request_purge_plan().map_err(api)
}

/// Pseudonymises the requests whose retention period has run out (one transaction) and returns what it did.
#[tauri::command]
pub fn purge_requests(state: State<'_, AppState>) -> Result<PurgePlan, ApiError> {
    state.store()?.purge_requests().map_err(api)
}

/// Prints a letter to PDF in the output folder, opens it in the system viewer, and returns its path.
#[tauri::command]
pub fn print_request_letter(
    state: State<'_, AppState>,
    id: RequestId,
    kind: LetterKind,
    lang: Option<Lang>,
) -> Result<String, ApiError> {
    let store = state.store()?;
    let org = store.require_org().map_err(api)?;
    let lang = lang.unwrap_or(org.lang);
    let detail = store.request_detail(id).map_err(api)?;
    let today = org.today(store.now());
    let doc = letters::letter(&org, &detail.view, kind, lang, today).map_err(|e| api(e.into()))?;
    let bytes = document::render(&doc).map_err(|e| api(e.into()))?;
    let path = save(&store, &format!("request-{}-{kind}-{lang}-{today}", detail.view.reference), "pdf", &bytes)?;
    open_in_viewer(&path)?;
    Ok(path.display().to_string())
}
