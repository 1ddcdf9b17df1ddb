// The desktop shell: opens the store, registers the commands, shows the window. Every rule lives in the core.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
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
    tauri::Builder::default()
        .manage(state)
        .setup(|app| {
            // One automatic backup per day of use, also when the window stays open for days.
            let handle = tauri::Manager::app_handle(app).clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
                let state = tauri::Manager::state::<state::AppState>(&handle);
                if let Ok(store) = state.store() {
                    let _ = store.auto_backup();
                };
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::safety::store_status,
            commands::safety::unlock_store,
            commands::safety::open_store,
            commands::safety::restore_backup,
            commands::safety::open_backup_folder,
            commands::safety::quit_app,
            commands::safety::security_status,
            commands::safety::encrypt_store,
            commands::safety::change_passphrase,
            commands::safety::decrypt_store,
            commands::safety::backup_now,
            commands::safety::check_backup,
            commands::safety::save_backup_policy,
            commands::safety::export_everything,
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
            commands::request::request_vocabulary,
            commands::request::list_requests,
            commands::request::get_request,
            commands::request::add_request,
            commands::request::update_request,
            commands::request::record_identity_requested,
            commands::request::record_identity_received,
            commands::request::record_clarification_asked,
            commands::request::record_clarification_answered,
            commands::request::record_fee_received,
            commands::request::apply_eu_pause,
            commands::request::remove_eu_pause,
            commands::request::start_request,
            commands::request::extend_request,
            commands::request::close_request,
            commands::request::preview_request_purge,
            commands::request::purge_requests,
            commands::request::print_request_letter,
            commands::breach::list_breaches,
            commands::breach::get_breach,
            commands::breach::add_breach,
            commands::breach::update_breach,
            commands::breach::assess_breach,
            commands::breach::decide_breach,
            commands::breach::notify_breach,
            commands::breach::note_breach,
            commands::breach::close_breach,
            commands::breach::reopen_breach,
            commands::breach::print_breach_notification,
            commands::breach::print_breach_letter,
            commands::breach::print_breach_register,
            commands::policy::list_policies,
            commands::policy::add_policy,
            commands::policy::update_policy,
            commands::policy::list_policy_versions,
            commands::policy::add_policy_version,
            commands::policy::diff_policy_versions,
            commands::policy::list_policy_changes,
            commands::policy::get_policy_change,
            commands::policy::add_policy_change,
            commands::policy::update_policy_change,
            commands::policy::print_policy_notice,
            commands::notice::list_customers,
            commands::notice::add_customer,
            commands::notice::update_customer,
            commands::notice::announce_subprocessor,
            commands::notice::list_subprocessor_notices,
            commands::notice::get_subprocessor_notice,
            commands::notice::add_objection,
            commands::notice::resolve_objection,
            commands::notice::activate_subprocessor,
            commands::notice::print_subprocessor_notice,
            commands::deadline::list_deadlines,
            commands::deadline::deadline_dashboard,
            commands::deadline::export_deadlines_ics,
            commands::adequacy::get_adequacy,
            commands::adequacy::save_adequacy,
            commands::adequacy::reset_adequacy,
            commands::adequacy::read_adequacy_file,
            commands::adequacy::export_adequacy,
            commands::activity::activity_vocabulary,
            commands::activity::list_activities,
            commands::activity::get_activity,
            commands::activity::add_activity,
            commands::activity::update_activity,
            commands::activity::duplicate_activity,
            commands::activity::archive_activity,
            commands::activity::restore_activity,
            commands::activity::activity_warnings,
            commands::activity::activity_transfers,
            commands::activity::activity_history,
            commands::activity::processor_record,
            commands::activity::print_ropa,
            commands::binder::print_binder,
            commands::audit::audit_log,
            commands::audit::verify_audit,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("the Privacy Desk window failed to start");
}
