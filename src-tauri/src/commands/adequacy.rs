//! The adequacy list in Settings: the list in use, saving the user's edit, going back to the shipped list, and the
//! file format to exchange it (read from a file the user picks, written to the output folder).

use crate::commands::subprocessor::save;
use crate::state::{api, AppState};
use privdesk::adequacy::{Adequacy, AdequacyDraft, AdequacyInUse};
use privdesk::error::ApiError;
use privdesk::Invalid;
use tauri::State;

#[tauri::command]
pub fn get_adequacy(state: State<'_, AppState>) -> Result<AdequacyInUse, ApiError> {
    state.store()?.adequacy_in_use().map_err(api)
}

/// Saves the edited list; every bad row is refused with its field (`countries[N].code`), and nothing is saved.
#[tauri::command]
pub fn save_adequacy(state: State<'_, AppState>, draft: AdequacyDraft) -> Result<AdequacyInUse, ApiError> {
    let list = draft.validate().map_err(|e| api(e.into()))?;
    state.store()?.save_adequacy(&list).map_err(api)
}

#[tauri::command]
pub fn reset_adequacy(state: State<'_, AppState>) -> Result<AdequacyInUse, ApiError> {
    state.store()?.reset_adequacy().map_err(api)
}

/// Reads a list file's text into a draft for the form to show before it is saved; a bad file is refused with its
/// line under the field `file`.
#[tauri::command]
pub fn read_adequacy_file(text: String) -> Result<AdequacyDraft, ApiError> {
    let list = Adequacy::parse(&text).map_err(|reason| api(Invalid::field("file", reason).into()))?;
    Ok(AdequacyDraft::from(&list))
}

/// Writes the list in use as a tab-separated file in the output folder and returns its path.
#[tauri::command]
pub fn export_adequacy(state: State<'_, AppState>) -> Result<String, ApiError> {
    let store = state.store()?;
    let list = store.adequacy().map_err(api)?;
    save(&store, &format!("adequacy-list-{}", list.as_of), "tsv", list.to_tsv().as_bytes())
}
