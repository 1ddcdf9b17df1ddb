// The desktop shell: opens the store, registers the commands of `boundary.rs`, shows the window. Every rule lives
// in the core.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod boundary;
mod evidence;
mod reminders;
mod tray;
mod session;
mod state;

fn main() {
    // WebKitGTK's accelerated compositing doubles the web process's memory (228 MB against 119 MB of PSS, measured
    // under Xvfb with software GL) for nothing this window uses: forms and tables, no 3D, no video. It is turned off
    // unless the user says otherwise (WEBKIT_DISABLE_COMPOSITING_MODE=0 turns it back on). Set before any thread
    // starts, so before the web process is spawned, which inherits it.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    // The window always opens: a database that is encrypted, damaged, newer or locked gets a start screen that
    // says so and offers what can be done, rather than an exit with the reason on a terminal nobody sees.
    let db = privdesk::store::resolve_path(None);
    let state = state::AppState::new(db, true);
    // Opened evidence copies a crashed run left behind.
    evidence::remove_stale();
    tauri::Builder::default()
        .manage(state)
        .setup(|app| {
            // One automatic backup per day of use, also when the window stays open for days.
            let handle = tauri::Manager::app_handle(app).clone();
            let backups = handle.clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
                let state = tauri::Manager::state::<state::AppState>(&backups);
                if let Ok(store) = state.store() {
                    let _ = store.auto_backup();
                };
            });
            // Started with the session (the autostart entry): minimised, its reminders running.
            if std::env::args().any(|a| a == privdesk::autostart::MINIMIZED) {
                if let Some(w) = tauri::Manager::get_webview_window(app, "main") {
                    let _ = w.minimize();
                }
            }
            // Desktop reminders of what falls due, while the window runs.
            reminders::start(handle);
            Ok(())
        })
        .invoke_handler(boundary::handler())
        .build(tauri::generate_context!("tauri.conf.json"))
        .expect("the Privacy Desk window failed to start")
        .run(|_, event| {
            // The temporary copies of opened evidence files go with the app.
            if let tauri::RunEvent::Exit = event {
                evidence::remove_copies();
            }
        });
}
