//! Starting with the session (issue 15): the XDG autostart entry (`~/.config/autostart/privacy-desk.desktop`, or
//! under `XDG_CONFIG_HOME`) that starts the window minimised when the user logs in, so that reminders come without
//! opening it. Off by default; the window's Settings and `privdesk autostart on|off` write or remove the same file.
//! It belongs to this computer's session, not to the organisation's records: it is not in the store, its backups or
//! its exports.

use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The entry's file name.
pub const FILE: &str = "privacy-desk.desktop";
/// The argument the entry starts the window with: minimised, its reminders running.
pub const MINIMIZED: &str = "--minimized";

/// Whether the window starts with the session, and the entry that says so.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Autostart {
    pub enabled: bool,
    /// The entry's path, written or to be written.
    pub entry: String,
}

/// The autostart folder of the XDG base directory specification: `$XDG_CONFIG_HOME/autostart`, else
/// `~/.config/autostart`.
pub fn folder() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("autostart"))
}

fn entry_path() -> Result<PathBuf> {
    folder().map(|f| f.join(FILE)).ok_or_else(|| crate::Invalid::field("autostart", "neither XDG_CONFIG_HOME nor HOME is set: there is no session folder to start from").into())
}

/// The entry's text: the window at `window`, minimised.
pub fn entry_text(window: &Path) -> String {
    // The Exec key quotes a path with spaces (desktop entry specification, "The Exec key").
    let exec = window.display().to_string();
    let exec = if exec.contains(' ') { format!("\"{}\"", exec.replace('"', "\\\"")) } else { exec };
    format!(
        "[Desktop Entry]\nType=Application\nName=Privacy Desk\nComment=Reminders of what falls due, started with the session\n\
         Exec={exec} {MINIMIZED}\nIcon=privdesk-app\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"
    )
}

/// Where the session start stands.
pub fn status() -> Result<Autostart> {
    let entry = entry_path()?;
    Ok(Autostart { enabled: entry.is_file(), entry: entry.display().to_string() })
}

/// Turns the start with the session on (the entry written whole, then renamed into place) or off (the entry removed).
pub fn set(on: bool, window: &Path) -> Result<Autostart> {
    let entry = entry_path()?;
    if on {
        let dir = entry.parent().expect("the entry is in a folder");
        std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
        crate::output::write(&entry, entry_text(window).as_bytes(), crate::output::Existing::Replace, None)?;
    } else {
        match std::fs::remove_file(&entry) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::file(&entry, e)),
        }
    }
    status()
}

/// The window that belongs with this command line: `privdesk-app` beside it (installed, both are in /usr/bin; built
/// from source, both are in the same target folder).
pub fn window_beside(cli: &Path) -> Result<PathBuf> {
    let window = cli.with_file_name("privdesk-app");
    if window.is_file() {
        Ok(window)
    } else {
        Err(crate::Invalid::field("autostart", format!("the window privdesk-app is not beside this command line (looked for {})", window.display())).into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_the_window_minimised_and_quotes_a_path_with_spaces() {
        let text = entry_text(Path::new("/usr/bin/privdesk-app"));
        assert!(text.starts_with("[Desktop Entry]\nType=Application\nName=Privacy Desk\n"), "{text}");
        assert!(text.contains("\nExec=/usr/bin/privdesk-app --minimized\n"), "{text}");
        let text = entry_text(Path::new("/home/camille/Privacy Desk/privdesk-app"));
        assert!(text.contains("\nExec=\"/home/camille/Privacy Desk/privdesk-app\" --minimized\n"), "{text}");
    }
}
