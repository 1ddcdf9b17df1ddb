//! Evidence files on this computer: opening one writes a temporary copy (in a folder of this run's own, readable by
//! the user alone) and hands it to the system's viewer; the folder goes when the app closes, and a folder left by a
//! run that crashed goes at the next start. Saving a copy puts it in the output folder under a fresh name.

use crate::state::{api, failed, save, AppState};
use privdesk::attachment::AttachmentId;
use privdesk::error::ApiError;
use std::path::{Path, PathBuf};

const PREFIX: &str = "privdesk-open-";

/// This run's folder of opened copies.
pub fn copies_dir() -> PathBuf {
    std::env::temp_dir().join(format!("{PREFIX}{}", std::process::id()))
}

/// Writes a temporary copy of a kept file (checked against its hash first) and opens it; returns the copy's path.
pub fn open(state: &AppState, id: AttachmentId) -> Result<String, ApiError> {
    let store = state.store()?;
    let (a, bytes) = privdesk::api::attachment::content(&store, id).map_err(|e| crate::boundary::worded(&store, &e))?;
    let dir = copies_dir().join(a.id.to_string());
    privdesk::store::create_private_dir(&dir).map_err(api)?;
    let path = dir.join(&a.name);
    privdesk::output::write(&path, &bytes, privdesk::output::Existing::Replace, Some(store.path())).map_err(api)?;
    drop(store);
    read_only(&path);
    crate::session::open_in_viewer(&path)?;
    Ok(path.display().to_string())
}

/// Saves a copy of a kept file in the output folder, under its own name (or the next free one); returns the path.
pub fn save_copy(state: &AppState, id: AttachmentId) -> Result<String, ApiError> {
    let store = state.store()?;
    let (a, bytes) = privdesk::api::attachment::content(&store, id).map_err(|e| crate::boundary::worded(&store, &e))?;
    let name = Path::new(&a.name);
    let stem = name.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| format!("attachment-{id}"));
    let ext = name.extension().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let path = save(&store, &stem, &ext, &bytes)?;
    Ok(path.display().to_string())
}

/// A copy is for reading: the viewer should not save changes into it thinking it changes the kept file.
fn read_only(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o400));
    }
}

/// Removes this run's copies (when the app closes).
pub fn remove_copies() {
    remove(&copies_dir());
}

/// Removes the copies of runs that are no longer running (a crash, a power cut).
pub fn remove_stale() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(PREFIX).and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            remove(&e.path());
        }
    }
}

fn remove(dir: &Path) {
    if !dir.exists() {
        return;
    }
    // The copies are read-only; their folders are ours to empty.
    if let Err(e) = std::fs::remove_dir_all(dir) {
        eprintln!("{}", failed(&format!("the temporary copies in {} could not be removed: {e}", dir.display())).message);
    }
}
