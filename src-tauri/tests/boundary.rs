//! The window's boundary is written in four places: the handlers registered in `main.rs`, the app manifest in
//! `build.rs` (one `allow-…` permission per command), the capability that grants them, and the typed calls in
//! `ui/src/lib/api.ts`. A command missing from any of them fails only at run time, in the window ("not allowed.
//! Command not found"); this test finds it at build time and names the place.

use std::collections::BTreeSet;
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text between `start` and the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("{start} not found")) + start.len();
    let to = text[from..].find(end).unwrap_or_else(|| panic!("{end} not found after {start}")) + from;
    &text[from..to]
}

/// Every word inside single or double quotes.
fn quoted(text: &str, quote: char) -> BTreeSet<String> {
    // Splitting at the quotes leaves what is outside them at even places and what is inside at odd ones.
    text.split(quote).enumerate().filter(|(i, _)| i % 2 == 1).map(|(_, w)| w.to_string()).collect()
}

fn handlers() -> BTreeSet<String> {
    let main = read("src/main.rs");
    between(&main, "generate_handler![", "]")
        .split(',')
        .map(|p| p.trim().rsplit("::").next().unwrap_or("").to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

fn manifest() -> BTreeSet<String> {
    quoted(between(&read("build.rs"), "const COMMANDS: &[&str] = &[", "];"), '"')
}

fn granted() -> BTreeSet<String> {
    let json: serde_json::Value = serde_json::from_str(&read("capabilities/default.json")).unwrap();
    json["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().strip_prefix("allow-").expect("only the app's own allow- permissions").replace('-', "_"))
        .collect()
}

fn called() -> BTreeSet<String> {
    let api = read("../ui/src/lib/api.ts");
    api.match_indices("call")
        .filter_map(|(i, _)| {
            let rest = &api[i + 4..];
            let rest = match rest.strip_prefix('<') {
                Some(r) => &r[r.find(">(")? + 1..],
                None => rest,
            };
            let name = rest.strip_prefix("('")?;
            Some(name[..name.find('\'')?].to_string())
        })
        .collect()
}

#[test]
fn every_command_is_registered_declared_granted_and_called_alike() {
    let lists = [("main.rs (generate_handler!)", handlers()), ("build.rs (COMMANDS)", manifest()), ("capabilities/default.json", granted()), ("ui/src/lib/api.ts", called())];
    let all: BTreeSet<String> = lists.iter().flat_map(|(_, l)| l.iter().cloned()).collect();
    assert!(all.len() > 50, "the lists were read: {all:?}");
    let mut missing = Vec::new();
    for (place, list) in &lists {
        for name in all.difference(list) {
            missing.push(format!("{name} is missing from {place}"));
        }
    }
    assert!(missing.is_empty(), "the boundary disagrees with itself:\n{}", missing.join("\n"));
}
