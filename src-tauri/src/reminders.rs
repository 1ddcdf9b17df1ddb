//! Desktop reminders while the window runs (issue 15): every minute, the reminders the core says are due
//! ([`privdesk::Store::take_reminders`], which remembers them so that none is given twice) become freedesktop
//! notifications; on start, one notification sums up what is overdue and due this week. Clicking a notification
//! brings the window forward on the record (the `reminder-open` event, which the window's `reminders.ts` follows).
//!
//! Nothing is taken while no notification service answers on the session bus: the reminders then wait for the
//! next check instead of being remembered as given to nobody.

use notify_rust::{Hint, Notification, Timeout};
use privdesk::deadline::{reminder, Link, LinkTarget};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager};

/// How often the window looks for reminders that came due (and brings the tray icon up to date).
const EVERY: Duration = Duration::from_secs(60);
/// More reminders than this at once become one notification that opens the deadlines list.
const AT_ONCE: usize = 3;

/// Starts the checks on a thread of their own: the first a moment after start, once the window has drawn.
pub fn start(app: AppHandle) {
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(2));
        let mut first = true;
        loop {
            tray(&app);
            if notify_rust::get_server_information().is_ok() && check(&app, first).is_some() {
                first = false;
            }
            std::thread::sleep(EVERY);
        }
    });
}

/// The tray icon as the profile wants it, with the count overdue.
fn tray(app: &AppHandle) {
    let state = app.state::<crate::state::AppState>();
    let (on, overdue, lang) = {
        let Ok(store) = state.store() else { return };
        let Some(org) = store.org().ok().flatten() else { return };
        let overdue = if org.tray_icon { privdesk::api::deadline::dashboard(&store).map(|d| d.overdue.len()).unwrap_or(0) } else { 0 };
        (org.tray_icon, overdue, store.texts_lang(&org))
    };
    crate::tray::update(app, on, overdue, lang);
}

/// One check: `None` when there was no open store to look in (locked, or a problem), so the start summary waits.
fn check(app: &AppHandle, first: bool) -> Option<()> {
    let state = app.state::<crate::state::AppState>();
    let (lang, summary, due) = {
        let mut store = state.store().ok()?;
        let org = store.org().ok().flatten()?;
        let lang = store.texts_lang(&org);
        let summary = if first {
            privdesk::api::deadline::dashboard(&store).ok().and_then(|d| reminder::start_summary(d.overdue.len(), d.next_7_days.len(), lang))
        } else {
            None
        };
        (lang, summary, store.take_reminders().unwrap_or_default())
    };
    let deadlines = Link { target: LinkTarget::Deadlines, id: 0 };
    if let Some((title, body)) = summary {
        show(app, &title, &body, deadlines);
    }
    if due.len() > AT_ONCE {
        let (title, body) = reminder::many_text(&due, lang);
        show(app, &title, &body, deadlines);
    } else {
        for r in &due {
            let (title, body) = reminder::notice_text(r, lang);
            show(app, &title, &body, r.deadline.link);
        }
    }
    Some(())
}

/// Raises one notification, and waits on a thread of its own for it to be clicked or closed.
fn show(app: &AppHandle, title: &str, body: &str, link: Link) {
    let shown = Notification::new()
        .appname("Privacy Desk")
        .summary(title)
        .body(body)
        .icon("privdesk-app")
        .action("default", "Open")
        .hint(Hint::Category("reminder".into()))
        .timeout(Timeout::Never)
        .show();
    let Ok(handle) = shown else { return };
    let app = app.clone();
    std::thread::spawn(move || {
        handle.wait_for_action(|action| {
            if action == "default" {
                open(&app, link);
            }
        });
    });
}

/// Brings the window forward.
pub fn bring_forward(app: &AppHandle) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Brings the window forward and opens the record.
pub fn open(app: &AppHandle, link: Link) {
    bring_forward(app);
    let _ = app.emit("reminder-open", link);
}
