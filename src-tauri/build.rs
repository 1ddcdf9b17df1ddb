// The configuration lives at the repository root (one source of truth for cargo and the Tauri CLI); the app
// commands are declared here so that each gets an allow- permission, granted in capabilities/default.json.
const COMMANDS: &[&str] = &[
    "app_info",
    "get_org",
    "save_org",
    "list_subprocessors",
    "get_subprocessor",
    "add_subprocessor",
    "update_subprocessor",
    "retire_subprocessor",
    "subprocessor_history",
    "preview_import",
    "apply_import",
    "export_subprocessors",
    "print_subprocessors",
    "request_vocabulary",
    "list_requests",
    "get_request",
    "add_request",
    "update_request",
    "record_identity_requested",
    "record_identity_received",
    "record_clarification_asked",
    "record_clarification_answered",
    "record_fee_received",
    "apply_eu_pause",
    "remove_eu_pause",
    "start_request",
    "extend_request",
    "close_request",
    "preview_request_purge",
    "purge_requests",
    "print_request_letter",
    "open_output",
    "list_breaches",
    "get_breach",
    "add_breach",
    "update_breach",
    "assess_breach",
    "decide_breach",
    "notify_breach",
    "note_breach",
    "close_breach",
    "print_breach_notification",
    "print_breach_letter",
    "print_breach_register",
    "audit_log",
    "verify_audit",
    "list_countries",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
