//! The window's boundary is declared once, in `src/boundary.rs`. `build.rs` reads it for the app manifest and the
//! `boundary!` macro registers its handlers; this test writes the other two places from it, the capability that
//! grants each command (`capabilities/default.json`) and the window's typed calls (`ui/src/lib/commands.ts`), and
//! fails when either is out of date. `UPDATE_BINDINGS=1 cargo test -p privdesk-app --test boundary` rewrites them.

use std::path::{Path, PathBuf};

include!("../boundary_list.rs");

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn list() -> Vec<Command> {
    let list = commands(&read("src/boundary.rs"));
    assert!(list.len() > 50, "the list was read: {} commands", list.len());
    list
}

/// A Rust type of the boundary as TypeScript, and the binding types it names.
fn ts(rust: &str, named: &mut std::collections::BTreeSet<String>) -> String {
    let t = rust.replace(' ', "");
    let inner = |prefix: &str| t.strip_prefix(prefix).and_then(|r| r.strip_suffix('>')).map(str::to_string);
    if let Some(i) = inner("Option<") {
        return format!("{} | null", ts(&i, named));
    }
    if let Some(i) = inner("Vec<") {
        let item = ts(&i, named);
        return if item.contains(' ') { format!("({item})[]") } else { format!("{item}[]") };
    }
    if let Some(i) = inner("Page<") {
        named.insert("Page".into());
        return format!("Page<{}>", ts(&i, named));
    }
    if let Some(i) = inner("Result<") {
        let ok = i.strip_suffix(",ApiError").unwrap_or_else(|| panic!("{rust}: a plain command fails with ApiError"));
        return ts(ok, named);
    }
    match t.as_str() {
        "String" => "string".into(),
        "bool" => "boolean".into(),
        "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "usize" | "f64" => "number".into(),
        "()" => "void".into(),
        other => {
            assert!(other.chars().all(|c| c.is_ascii_alphanumeric()), "{rust}: name the type with a `use` in boundary.rs");
            named.insert(other.to_string());
            other.to_string()
        }
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for ch in snake.chars() {
        if ch == '_' {
            up = true;
        } else if up {
            out.extend(ch.to_uppercase());
            up = false;
        } else {
            out.push(ch);
        }
    }
    out
}

fn typescript(list: &[Command]) -> String {
    let mut named = std::collections::BTreeSet::new();
    let mut lines = Vec::new();
    for c in list {
        let params: Vec<String> = c.args.iter().map(|(n, t)| format!("{}: {}", camel(n), ts(t, &mut named))).collect();
        let ret = ts(&c.ret, &mut named);
        let args = if c.args.is_empty() { String::new() } else { format!(", {{ {} }}", c.args.iter().map(|(n, _)| camel(n)).collect::<Vec<_>>().join(", ")) };
        // Long work goes through `callLong`, which passes the progress channel and shows the progress bar.
        let via = if c.kind.starts_with("long_") { "callLong" } else { "call" };
        lines.push(format!("  {}: ({}) => {via}<{ret}>('{}'{args}),", camel(&c.name), params.join(", "), c.name));
    }
    let imports = named.into_iter().collect::<Vec<_>>().join(", ");
    format!(
        "// Generated from src-tauri/src/boundary.rs by src-tauri/tests/boundary.rs; do not edit.\n\
         // UPDATE_BINDINGS=1 cargo test -p privdesk-app --test boundary rewrites it.\n\n\
         import type {{ {imports} }} from './bindings';\n\
         import {{ call, callLong }} from './call';\n\n\
         /** Every command of the window, typed as the core declares it. */\n\
         export const commands = {{\n{}\n}};\n",
        lines.join("\n")
    )
}

fn capability(list: &[Command]) -> String {
    let mut permissions: Vec<serde_json::Value> = list.iter().map(|c| format!("allow-{}", c.name.replace('_', "-")).into()).collect();
    // Beyond its own commands, the window only listens to the events the shell sends it (a reminder clicked).
    permissions.extend(["core:event:allow-listen".into(), "core:event:allow-unlisten".into()]);
    let json = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "default",
        "description": "The main window may call the app's own commands, and listen to the events the app sends it, and nothing else. Generated from src/boundary.rs by tests/boundary.rs.",
        "windows": ["main"],
        "permissions": permissions,
    });
    serde_json::to_string_pretty(&json).unwrap() + "\n"
}

fn check(relative: &str, want: &str) {
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(path(relative), want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path(relative)).unwrap_or_default();
    assert!(have == want, "{relative} is out of date with src/boundary.rs: run UPDATE_BINDINGS=1 cargo test -p privdesk-app --test boundary");
}

#[test]
fn the_capability_grants_exactly_the_commands_of_the_list() {
    check("capabilities/default.json", &capability(&list()));
}

#[test]
fn the_window_calls_exactly_the_commands_of_the_list_with_their_types() {
    check("../ui/src/lib/commands.ts", &typescript(&list()));
}

#[test]
fn names_are_unique_and_the_window_calls_nothing_else() {
    let list = list();
    let mut names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "a command is listed twice");
    // No screen calls the shell by name except through the generated calls.
    let mut offenders = Vec::new();
    let ui = path("../ui/src");
    let mut stack = vec![ui];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "ts" || e == "svelte") && !p.ends_with("call.ts") {
                let text = std::fs::read_to_string(&p).unwrap();
                if text.contains("invoke(") || text.contains("invoke<") {
                    offenders.push(p.display().to_string());
                }
            }
        }
    }
    offenders.retain(|p| !p.ends_with(".test.ts"));
    assert!(offenders.is_empty(), "these call the shell directly instead of through commands.ts: {offenders:?}");
}
