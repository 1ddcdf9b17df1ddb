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
    "open_output",
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
