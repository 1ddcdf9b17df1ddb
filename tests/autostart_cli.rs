//! `privdesk autostart`: the session's autostart entry that starts the window minimised, written whole and removed,
//! in the XDG config folder the environment names; no database involved.

mod common;

use common::Env;

#[test]
fn autostart_writes_and_removes_the_session_entry() {
    let env = Env::new();
    let config = env.path("config");
    let xdg = [("XDG_CONFIG_HOME", config.to_str().unwrap())];
    let entry = config.join("autostart/privacy-desk.desktop");

    let off = env.ok_env(&["autostart"], &xdg);
    assert!(off.starts_with("Privacy Desk does not start with the session"), "{off}");

    let window = env.path("Privacy Desk/privdesk-app");
    let err = env.run_env(&["autostart", "on", "--window", window.to_str().unwrap()], &xdg);
    assert!(String::from_utf8_lossy(&err.stderr).contains("window: "), "{}", String::from_utf8_lossy(&err.stderr));
    assert!(!entry.exists(), "a refused window writes nothing");
    std::fs::create_dir_all(window.parent().unwrap()).unwrap();
    std::fs::write(&window, b"").unwrap();
    let on = env.json_env(&["autostart", "on", "--window", window.to_str().unwrap(), "--json"], &xdg);
    assert_eq!(on["enabled"], true);
    assert_eq!(on["entry"], entry.to_str().unwrap());
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains(&format!("\nExec=\"{}\" --minimized\n", window.display())), "{text}");
    assert!(text.contains("\nName=Privacy Desk\n"), "{text}");
    let leftovers: Vec<_> = std::fs::read_dir(entry.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "only the entry, no partial file: {leftovers:?}");
    assert!(env.ok_env(&["autostart"], &xdg).starts_with("Privacy Desk starts with the session, minimised"));

    let off = env.json_env(&["autostart", "off", "--json"], &xdg);
    assert_eq!(off["enabled"], false);
    assert!(!entry.exists());
    // Off twice is still off.
    env.ok_env(&["autostart", "off"], &xdg);

    let out = env.run_env(&["autostart", "maybe"], &xdg);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value 'maybe'"));
}
