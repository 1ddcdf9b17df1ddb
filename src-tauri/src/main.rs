// The desktop shell: opens the store, registers the commands, shows the window. Every rule lives in the core.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod state;

fn main() {
    let db = privdesk::store::resolve_path(None);
    let store = match privdesk::Store::open(&db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("Privacy Desk cannot open its database: {e}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .manage(state::AppState::new(store))
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::list_countries,
            commands::app::open_output,
            commands::org::get_org,
            commands::org::save_org,
            commands::subprocessor::list_subprocessors,
            commands::subprocessor::get_subprocessor,
            commands::subprocessor::add_subprocessor,
            commands::subprocessor::update_subprocessor,
            commands::subprocessor::retire_subprocessor,
            commands::subprocessor::subprocessor_history,
            commands::subprocessor::preview_import,
            commands::subprocessor::apply_import,
            commands::subprocessor::export_subprocessors,
            commands::subprocessor::print_subprocessors,
            commands::audit::audit_log,
            commands::audit::verify_audit,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("the Privacy Desk window failed to start");
}
