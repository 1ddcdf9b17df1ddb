//! The reliability suite: what a hostile tester tries. Bad input of every kind is refused with its field named
//! and leaves the store exactly as it was; malformed spreadsheets are refused whole; parallel writers lose
//! nothing; a process killed in the middle of a write leaves all or nothing; and no output file replaces the
//! database, follows a link or overwrites a file without `--force`.
//!
//! The kill -9 tests run a few times here; `PRIVDESK_RELIABILITY_RUNS=50 cargo test --test reliability` runs more.

mod common;

use common::{dump, schema_names, Env};
use std::process::{Command, Stdio};

/// The names a query on `sqlite_schema` lists.
fn seeded() -> Env {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "OVH SAS", "--service", "Hosting", "--category", "hosting", "--country", "FR"]);
    env.ok(&["request", "add", "--requester", "Jean Dupont", "--received", "2026-11-02", "--rights", "access"]);
    env.ok(&[
        "breach", "add", "--title", "Lost laptop", "--aware-at", "2026-11-21T10:00:00+01:00", "--nature", "confidentiality",
        "--description", "A laptop was left on a train.",
    ]);
    env
}

#[test]
fn bad_input_to_every_command_is_refused_naming_its_field_and_changes_nothing() {
    let env = seeded();
    let existing = env.path("existing.pdf");
    std::fs::write(&existing, b"keep").unwrap();
    let long = "x".repeat(201);
    let huge = "y".repeat(600);
    let db = env.db.to_str().unwrap().to_string();
    let existing = existing.to_str().unwrap().to_string();
    #[rustfmt::skip]
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["subprocessor", "add", "--name", "Evil\u{1b}]0;owned\u{7}", "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", "Bell\u{7}", "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", "Del\u{7f}", "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", "C1\u{9b}2J", "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", "gpj.\u{202e}exe", "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", "Two\nlines", "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", &long, "--service", "x", "--category", "hosting", "--country", "FR"], "name"),
        (vec!["subprocessor", "add", "--name", "Long ref", "--service", "x", "--category", "hosting", "--country", "FR", "--dpa-reference", &huge], "dpa_reference"),
        (vec!["subprocessor", "add", "--name", "Old", "--service", "x", "--category", "hosting", "--country", "FR", "--dpa-signed-on", "0000-01-01"], "dpa_signed_on"),
        (vec!["subprocessor", "add", "--name", "Far", "--service", "x", "--category", "hosting", "--country", "FR", "--started-on", "9999-12-31"], "started_on"),
        (vec!["subprocessor", "edit", "1", "--website", "https://x.example/\u{1b}[2J"], "website"),
        (vec!["subprocessor", "edit", "1", "--certifications", "ISO 27001, SOC\u{7} 2"], "certifications"),
        (vec!["org", "set", "--name", "Acme\u{1b}[31m"], "legal_name"),
        (vec!["request", "add", "--requester", "Jean\u{202e}", "--received", "2026-11-03", "--rights", "access"], "requester"),
        (vec!["request", "add", "--requester", "Jean", "--received", "2026-11-03", "--rights", "access", "--email", "a@b.fr\nBcc: x@y"], "email"),
        (vec!["request", "add", "--requester", "Jean", "--received", "0000-01-01", "--rights", "access"], "received_on"),
        (vec!["request", "edit", "1", "--notes", "ok\u{0b}"], "notes"),
        (vec!["breach", "add", "--title", "T", "--aware-at", "2026-11-21T10:00:00+01:00", "--nature", "confidentiality", "--people", "1.5"], "people_count"),
        (vec!["breach", "add", "--title", "T", "--aware-at", "2026-11-21T10:00:00+01:00", "--nature", "confidentiality", "--people", "-5"], "people_count"),
        (vec!["breach", "add", "--title", "T", "--aware-at", "9999-11-21T10:00:00+01:00", "--nature", "confidentiality"], "aware_at"),
        (vec!["breach", "note", "1", "--at", "2026-11-22T10:00:00+01:00", "--text", "bad\u{7f}"], "text"),
        (vec!["print", "subprocessors", "-o", &db], "output"),
        (vec!["print", "subprocessors", "-o", &existing], "output"),
        (vec!["subprocessor", "export", "--format", "csv", "-o", "/nonexistent-folder-privdesk/x.csv"], "output"),
    ];
    let before = dump(&env.db);
    for (args, field) in &cases {
        let err = env.fails(args);
        assert!(err.contains(&format!("{field}:")) || err.contains(&format!("{field} ")), "{args:?} should name {field}:\n{err}");
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{args:?}: the error echoes a control character raw");
        assert_eq!(dump(&env.db), before, "{args:?} changed the store");
    }
    assert_eq!(std::fs::read(env.path("existing.pdf")).unwrap(), b"keep");
}

/// The malformed families of spreadsheets, each refused whole naming its line, and the odd but valid ones read.
#[test]
fn malformed_spreadsheets_are_refused_whole_and_odd_valid_ones_are_read() {
    let env = seeded();
    let header = "Name,Service,Category,Country\n";
    let utf16 = |s: &str, bom: bool| -> Vec<u8> {
        let body: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        if bom { [vec![0xFF, 0xFE], body].concat() } else { body }
    };
    let refused: Vec<(&str, Vec<u8>, &str)> = vec![
        ("unclosed quote closed later", format!("{header}A,\"Hosting,hosting,FR\nB,Mail,email,FR\nC,\"Chat\",support,FR\n").into_bytes(), "line 2"),
        ("unclosed quote never closed", format!("{header}A,Hosting,hosting,FR\nB,\"Mail,email,FR\nC,Chat,support,FR\n").into_bytes(), "line 3"),
        ("more cells than the header", format!("{header}A,Hosting, Inc,hosting,FR\n").into_bytes(), "line 2, row"),
        ("fewer cells than the header", format!("{header}A,Hosting,hosting\n").into_bytes(), "line 2, row"),
        ("control character in a cell", format!("{header}A\u{1b}[2J,Hosting,hosting,FR\n").into_bytes(), "line 2, Name"),
        ("not UTF-8", b"Name,Service,Category,Country\nSoci\xe9t\xe9,Hosting,hosting,FR\n".to_vec(), "file"),
        ("repeated name", format!("{header}A,Hosting,hosting,FR\na,Mail,email,FR\n").into_bytes(), "line 3, Name"),
    ];
    let before = dump(&env.db);
    for (what, bytes, field) in &refused {
        let path = env.path("bad.csv");
        std::fs::write(&path, bytes).unwrap();
        let err = env.fails(&["subprocessor", "import", path.to_str().unwrap()]);
        assert!(err.contains(&format!("{field}")), "{what}: expected {field}:\n{err}");
        assert_eq!(dump(&env.db), before, "{what} changed the store");
    }
    let valid: Vec<(&str, Vec<u8>)> = vec![
        ("UTF-16 with a byte order mark", utf16(&format!("{header}Brevo,E-mail,email,FR\n"), true)),
        ("UTF-16 without one", utf16(&format!("{header}Crisp,Chat,support,FR\n"), false)),
        ("blank lines above the header", format!("\n\n{header}Sentry,Errors,monitoring,US\n").into_bytes()),
    ];
    for (what, bytes) in &valid {
        let path = env.path("ok.csv");
        std::fs::write(&path, bytes).unwrap();
        let out = env.json(&["subprocessor", "import", path.to_str().unwrap(), "--json"]);
        assert_eq!(out["added"], 1, "{what}: {out}");
    }
}

#[test]
fn an_import_changes_only_the_columns_it_has_and_follows_the_edit_rules() {
    let env = seeded();
    env.ok(&[
        "subprocessor", "edit", "1", "--website", "ovhcloud.com", "--dpa-signed-on", "2025-01-10", "--notes", "Kept",
        "--transfer", "not-needed",
    ]);
    let file = env.path("update.csv");
    std::fs::write(&file, "Nom;Prestation\nOVH SAS;Hébergement et sauvegardes\n").unwrap();
    let preview = env.json(&["subprocessor", "import", file.to_str().unwrap(), "--dry-run", "--json"]);
    assert_eq!(preview["updated"], 1);
    let changes = &preview["rows"][0]["changes"];
    assert_eq!(changes.as_array().unwrap().len(), 1, "{changes}");
    assert_eq!((changes[0]["field"].as_str(), changes[0]["before"].as_str(), changes[0]["after"].as_str()), (Some("service"), Some("Hosting"), Some("Hébergement et sauvegardes")));
    let text = env.ok(&["subprocessor", "import", file.to_str().unwrap()]);
    assert!(text.contains("service: Hosting -> Hébergement et sauvegardes"), "{text}");
    let s = env.json(&["subprocessor", "show", "1", "--json"]);
    assert_eq!(s["service"], "Hébergement et sauvegardes");
    for (field, value) in [("website", "https://ovhcloud.com"), ("dpa_signed_on", "2025-01-10"), ("notes", "Kept"), ("status", "active"), ("transfer_mechanism", "not-needed")] {
        assert_eq!(s[field], value, "{field} was reset by the import");
    }

    // An announced subprocessor is not activated by a spreadsheet before its objection period is over.
    env.ok(&["subprocessor", "customer", "add", "--name", "Client SA", "--email", "dpo@client.fr"]);
    env.ok(&["subprocessor", "add", "--name", "Brevo", "--service", "E-mail", "--category", "email", "--country", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "announce", "2", "--notice-on", "2026-11-20"]);
    std::fs::write(&file, "Name,Status\nBrevo,active\n").unwrap();
    let before = dump(&env.db);
    let err = env.fails(&["subprocessor", "import", file.to_str().unwrap()]);
    assert!(err.contains("line 2, Status") && err.contains("cannot be active before"), "{err}");
    assert_eq!(dump(&env.db), before);
}

/// Four processes edit the same record at once, each its own field: every field ends as its writer last set it
/// (no writer undoes another), none fails on a busy store, and the audit trail runs without a gap: each entry's
/// "before" is the previous entry's "after".
#[test]
fn parallel_writers_lose_no_write_and_keep_the_audit_trail_true() {
    let env = seeded();
    let fields = ["--notes", "--purpose", "--dpa-reference", "--access"];
    let rounds = 15;
    let writers: Vec<_> = fields
        .iter()
        .enumerate()
        .map(|(w, flag)| {
            let db = env.db.clone();
            let flag = flag.to_string();
            std::thread::spawn(move || {
                for k in 0..rounds {
                    let out = Command::new(env!("CARGO_BIN_EXE_privdesk"))
                        .args(["--db", db.to_str().unwrap(), "subprocessor", "edit", "1", &flag, &format!("writer {w} round {k}")])
                        .env("PRIVDESK_NOW", "2026-11-23T10:00:00Z")
                        .output()
                        .unwrap();
                    assert!(out.status.success(), "writer {w} round {k}: {}", String::from_utf8_lossy(&out.stderr));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let s = env.json(&["subprocessor", "show", "1", "--json"]);
    for (w, key) in ["notes", "purpose", "dpa_reference", "access"].iter().enumerate() {
        assert_eq!(s[key], format!("writer {w} round {}", rounds - 1), "{key}: a write was lost");
    }
    let log = env.json(&["audit", "log", "--entity", "subprocessor", "--id", "1", "--json"]);
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 1 + fields.len() * rounds, "one entry per edit");
    for pair in entries.windows(2) {
        assert_eq!(pair[1]["before"], pair[0]["after"], "entry {} does not start where entry {} ended", pair[1]["seq"], pair[0]["seq"]);
    }
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
}

fn runs() -> usize {
    std::env::var("PRIVDESK_RELIABILITY_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3)
}

/// A delay that differs from run to run without a random number crate: the clock's nanoseconds.
fn some_millis(max: u64) -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos() as u64;
    nanos % max
}

fn killed_midway(env: &Env, args: &[&str], max_ms: u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_privdesk"))
        .arg("--db")
        .arg(&env.db)
        .args(args)
        .env("PRIVDESK_NOW", "2026-11-23T10:00:00Z")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(some_millis(max_ms)));
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
}

fn intact(env: &Env) -> usize {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
    env.json(&["subprocessor", "list", "--json"]).as_array().unwrap().len()
}

#[test]
fn a_process_killed_during_an_import_or_a_demo_fill_leaves_all_or_nothing() {
    let mut csv = String::from("Name,Service,Category,Country\n");
    for i in 0..1500 {
        csv.push_str(&format!("Vendor {i},Service {i},hosting,FR\n"));
    }
    for _ in 0..runs() {
        let env = seeded();
        let file = env.path("big.csv");
        std::fs::write(&file, &csv).unwrap();
        killed_midway(&env, &["subprocessor", "import", file.to_str().unwrap()], 400);
        let n = intact(&env);
        assert!(n == 1 || n == 1501, "an import killed midway left {n} subprocessors");

        let env = seeded();
        killed_midway(&env, &["demo", "--subprocessors", "3000"], 400);
        let n = intact(&env);
        assert!(n == 1 || n == 3001, "a demo fill killed midway left {n} subprocessors");
    }
}

#[test]
fn output_files_never_replace_the_database_follow_a_link_or_overwrite_without_force() {
    let env = seeded();
    let before = std::fs::read(&env.db).unwrap();
    for target in [env.db.clone(), env.path("test.sqlite3-wal"), env.path("test.sqlite3-shm"), env.dir.path().join(".").join("test.sqlite3")] {
        let err = env.fails(&["--force", "print", "subprocessors", "-o", target.to_str().unwrap()]);
        assert!(err.contains("is the Privacy Desk database"), "{target:?}: {err}");
    }
    assert_eq!(std::fs::read(&env.db).unwrap(), before, "the database is untouched");

    let victim = env.path("victim.txt");
    std::fs::write(&victim, b"keep").unwrap();
    let link = env.path("link.pdf");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    assert!(env.fails(&["--force", "print", "subprocessors", "-o", link.to_str().unwrap()]).contains("symbolic link"));
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep");

    let pdf = env.path("list.pdf");
    env.ok(&["print", "subprocessors", "-o", pdf.to_str().unwrap(), "--lang", "en"]);
    let first = std::fs::read(&pdf).unwrap();
    assert!(env.fails(&["print", "subprocessors", "-o", pdf.to_str().unwrap(), "--lang", "fr"]).contains("add --force"));
    assert_eq!(std::fs::read(&pdf).unwrap(), first);
    env.ok(&["print", "subprocessors", "-o", pdf.to_str().unwrap(), "--lang", "fr", "--force"]);
    assert_ne!(std::fs::read(&pdf).unwrap(), first);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777, 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".part")).collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
}

#[test]
fn a_foreign_sqlite_file_or_a_newer_store_is_refused_byte_for_byte_untouched() {
    let env = Env::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("CREATE TABLE photos (path TEXT); INSERT INTO photos VALUES ('a.jpg');").unwrap();
    drop(conn);
    let before = std::fs::read(&env.db).unwrap();
    for args in [&["info"][..], &["subprocessor", "list"], &["init", "--name", "X", "--country", "FR", "--authority", "cnil"]] {
        assert!(env.fails(args).contains("is not a Privacy Desk database"), "{args:?}");
    }
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
    assert!(!env.path("test.sqlite3-wal").exists(), "not switched to WAL");

    let env = seeded();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).unwrap();
    conn.execute_batch("PRAGMA user_version = 99;").unwrap();
    drop(conn);
    let wal = env.path("test.sqlite3-wal");
    let before = (std::fs::read(&env.db).unwrap(), std::fs::read(&wal).unwrap());
    assert!(env.fails(&["subprocessor", "list"]).contains("newer version"));
    assert_eq!((std::fs::read(&env.db).unwrap(), std::fs::read(&wal).unwrap()), before, "\"It has not been changed\" holds");

    let env = Env::new();
    assert!(env.fails(&["subprocessor", "list"]).contains("there is no Privacy Desk database"));
    assert!(!env.db.exists(), "only init creates a store");
}

#[test]
fn privdesk_now_changes_the_rules_clock_but_never_backdates_the_audit_trail() {
    let env = seeded();
    let out = Command::new(env!("CARGO_BIN_EXE_privdesk"))
        .args(["--db", env.db.to_str().unwrap(), "subprocessor", "edit", "1", "--notes", "backdated?"])
        .env("PRIVDESK_NOW", "2020-01-01T00:00:00Z")
        .output()
        .unwrap();
    assert!(out.status.success());
    let log = env.json(&["audit", "log", "--json"]);
    let last = log.as_array().unwrap().last().unwrap().clone();
    let at = chrono::DateTime::parse_from_rfc3339(last["at"].as_str().unwrap()).unwrap();
    assert!((chrono::Utc::now() - at.to_utc()).num_minutes().abs() < 5, "the entry carries the real instant, not 2020: {at}");
    assert!(env.ok(&["audit", "verify"]).contains("intact"));

    // An entry dated before its predecessor, rehashed to look intact, is flagged.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (seq, prev_hash, actor, entity, entity_id, action, before, after): (i64, String, String, String, Option<i64>, String, Option<String>, Option<String>) = conn
        .query_row("SELECT seq, prev_hash, actor, entity, entity_id, action, before, after FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
        })
        .unwrap();
    // A tamperer with the file can drop the append-only triggers first.
    for t in schema_names(&conn, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'") {
        conn.execute_batch(&format!("DROP TRIGGER \"{t}\"")).unwrap();
    }
    let at = "2020-01-01T00:00:00.000000Z";
    let hash = privdesk::audit::keyed_hash(None, seq, at, &actor, &entity, entity_id, &action, before.as_deref(), after.as_deref(), &prev_hash);
    conn.execute("UPDATE audit_log SET at = ?1, hash = ?2 WHERE seq = ?3", rusqlite::params![at, hash, seq]).unwrap();
    drop(conn);
    let v = env.run(&["audit", "verify", "--json"]);
    assert!(!v.status.success());
    let v: serde_json::Value = serde_json::from_slice(&v.stdout).unwrap();
    assert_eq!(v["first_bad"], seq);
    assert!(v["problem"].as_str().unwrap().contains("backdated"), "{v}");
}
