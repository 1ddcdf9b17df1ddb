// The configuration is src-tauri/tauri.conf.json (one source of truth for cargo and the Tauri CLI). The app's
// commands are read from the one list in src/boundary.rs, so that each gets an allow- permission, granted in
// capabilities/default.json (which tests/boundary.rs keeps in step with the same list).

include!("boundary_list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/boundary.rs");
    println!("cargo:rerun-if-changed=boundary_list.rs");
    let source = std::fs::read_to_string("src/boundary.rs").expect("src/boundary.rs is readable");
    let names: &'static [&'static str] = Vec::leak(commands(&source).into_iter().map(|c| &*Box::leak(c.name.into_boxed_str())).collect());
    let attributes = tauri_build::Attributes::new()
        .config_path("tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
