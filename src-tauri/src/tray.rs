//! The optional tray icon (issue 15): while the window runs and the profile asks for it (`tray_icon`), an icon in
//! the system tray whose label is the count overdue, with a menu to bring the window forward, open the deadlines or
//! quit. The reminder checks ([`crate::reminders`]) keep it current every minute; turned off, it goes.

use privdesk::deadline::{reminder, Link, LinkTarget};
use privdesk::document::Lang;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::AppHandle;

const ID: &str = "privdesk";

/// Shows the icon with the count overdue, or removes it when the profile does not ask for one.
pub fn update(app: &AppHandle, on: bool, overdue: usize, lang: Lang) {
    if !on {
        let _ = app.remove_tray_by_id(ID);
        return;
    }
    let Some(tray) = app.tray_by_id(ID).or_else(|| build(app, lang).ok()) else { return };
    let (label, tip) = reminder::tray_text(overdue, lang);
    let _ = tray.set_title(Some(label));
    let _ = tray.set_tooltip(Some(tip));
}

fn build(app: &AppHandle, lang: Lang) -> tauri::Result<TrayIcon> {
    let fr = lang == Lang::Fr;
    let open = MenuItem::with_id(app, "open", if fr { "Ouvrir Privacy Desk" } else { "Open Privacy Desk" }, true, None::<&str>)?;
    let deadlines = MenuItem::with_id(app, "deadlines", if fr { "Échéances" } else { "Deadlines" }, true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", if fr { "Quitter" } else { "Quit" }, true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &deadlines, &quit])?;
    let mut builder = TrayIconBuilder::with_id(ID).menu(&menu).on_menu_event(|app, event| match event.id.as_ref() {
        "open" => crate::reminders::bring_forward(app),
        "deadlines" => crate::reminders::open(app, Link { target: LinkTarget::Deadlines, id: 0 }),
        "quit" => app.exit(0),
        _ => {}
    });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)
}
