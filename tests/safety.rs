//! The safety of the records themselves, through the built binary: encryption at rest, backup and restore, the
//! export of everything and its import, a purge that leaves nothing in the file, tamper evidence over every row,
//! and processes killed in the middle of each of these.
//!
//! The kill -9 tests run a few times here; `PRIVDESK_RELIABILITY_RUNS=50 cargo test --test safety` runs more.

mod common;

use common::{dump, dump_keyed, Env};
use std::path::Path;
use std::process::Stdio;

const PASS: &str = "correct horse battery";
const WITH: &[(&str, &str)] = &[("PRIVDESK_PASSPHRASE", PASS)];

/// A store with records in every module: organisation, subprocessors with a notice, customers and objections,
/// requests at several steps, breaches, policies with versions and a change, activities (one archived, one
/// duplicated) and an edited adequacy list.
fn every_module() -> Env {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "Sendinblue", "--service", "Transactional e-mail", "--category", "email", "--country", "FR", "--locations", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "add", "--name", "Zendesk Inc.", "--service", "Support tickets", "--category", "support", "--country", "US", "--locations", "US, DE", "--transfer", "scc"]);
    env.ok(&["subprocessor", "customer", "add", "--name", "Acme SA", "--email", "it@acme.fr"]);
    env.ok(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23"]);
    env.ok(&["subprocessor", "objection", "1", "--customer", "Acme SA", "--on", "2026-11-25", "--reason", "Our contract excludes new e-mail providers"]);
    env.ok(&["subprocessor", "objection-outcome", "1", "--outcome", "not-used", "--on", "2026-11-30", "--note", "Acme stays on the old provider"]);
    env.ok(&["request", "add", "--requester", "Jean Dupont", "--email", "jean@example.fr", "--received", "2026-11-02", "--rights", "access", "--notes", "Called twice"]);
    env.ok(&["request", "identity", "1", "--requested-on", "2026-11-03"]);
    env.ok(&["request", "add", "--requester", "Marie Curie", "--received", "2026-10-01", "--rights", "erasure"]);
    env.ok(&["request", "close", "2", "--outcome", "completed", "--on", "2026-10-20"]);
    env.ok(&["breach", "add", "--title", "Stolen laptop", "--aware-at", "2026-11-19T09:00:00Z"]);
    env.ok(&["breach", "assess", "1", "--risk", "risk", "--reason", "Unencrypted HR files"]);
    env.ok(&["breach", "note", "1", "--at", "2026-11-19T11:00:00Z", "--text", "Laptop reported to the police"]);
    let v1 = env.path("v1.txt");
    let v2 = env.path("v2.txt");
    std::fs::write(&v1, "We collect your e-mail address to send invoices.\n").unwrap();
    std::fs::write(&v2, "We collect your e-mail address to send invoices and newsletters.\n").unwrap();
    env.ok(&["policy", "add", "--kind", "privacy", "--title", "Privacy policy"]);
    env.ok(&["policy", "version", "1", "--file", v1.to_str().unwrap(), "--label", "2025"]);
    env.ok(&["policy", "version", "1", "--file", v2.to_str().unwrap(), "--label", "2026"]);
    env.ok(&["policy", "change", "1", "--to", "2026", "--class", "substantial"]);
    env.ok(&["activity", "add", "--name", "Customer support", "--purpose", "Answer questions", "--basis", "contract", "--subprocessor", "2"]);
    env.ok(&["activity", "add", "--name", "Newsletter", "--purpose", "Send news", "--basis", "consent"]);
    env.ok(&["activity", "archive", "2"]);
    env.ok(&["activity", "duplicate", "1"]);
    let list = env.path("adequacy.tsv");
    env.ok(&["adequacy", "export", "-o", list.to_str().unwrap()]);
    let text = std::fs::read_to_string(&list).unwrap().replace("2025-01-01", "2026-09-01") + "Brésil\tfull\tBrazil, Decision (EU) 2026/1\n";
    std::fs::write(&list, text).unwrap();
    env.ok(&["adequacy", "import", list.to_str().unwrap()]);
    // An evidence file: its bytes are a blob in the store, in the export as hex.
    let dpa = env.path("dpa.pdf");
    std::fs::write(&dpa, b"%PDF-1.7\n\x00\xffSendinblue DPA signed\n").unwrap();
    env.ok(&["attach", "subprocessor", "1", dpa.to_str().unwrap()]);
    env
}

fn report(env: &Env, vars: &[(&str, &str)]) -> serde_json::Value {
    let out = env.run_env(&["audit", "verify", "--json"], vars);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("no report: {}", String::from_utf8_lossy(&out.stderr)))
}

/// The database and its write-ahead log, byte for byte.
fn files(db: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    (std::fs::read(db).unwrap(), std::fs::read(wal).ok())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_store_with_every_module_verifies_whole_and_its_export_round_trips_byte_for_byte() {
    let env = every_module();
    let r = report(&env, &[]);
    assert_eq!(r["ok"], true, "{r:#}");
    assert!(r["records"]["checked"].as_u64().unwrap() >= 14, "{r:#}");
    assert_eq!(r["checkpoint"]["ok"], true);

    let first = env.path("export.json");
    env.ok(&["export", "-o", first.to_str().unwrap()]);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    assert_eq!((doc["format"].as_str(), doc["version"].as_u64()), (Some("privdesk-export"), Some(1)));
    for table in ["org", "subprocessor", "request", "request_event", "breach", "policy", "policy_version", "policy_change", "activity", "adequacy", "audit_log", "customer", "notice_objection"] {
        assert!(doc["tables"][table]["rows"].as_array().is_some_and(|r| !r.is_empty()), "{table} is exported");
    }
    let copy = env.path("copy.sqlite3");
    env.ok(&["import", first.to_str().unwrap(), "--db", copy.to_str().unwrap()]);
    let second = env.path("export-again.json");
    env.ok(&["export", "--db", copy.to_str().unwrap(), "-o", second.to_str().unwrap()]);
    assert_eq!(std::fs::read(&first).unwrap(), std::fs::read(&second).unwrap(), "the two exports are identical");
    assert!(env.ok(&["audit", "verify", "--db", copy.to_str().unwrap()]).contains("Audit log intact."));

    // A store with records is never a target; neither is an export from a newer version.
    let before = dump(&copy);
    let err = env.fails(&["import", first.to_str().unwrap(), "--db", copy.to_str().unwrap()]);
    assert!(err.contains("is not empty"), "{err}");
    let mut newer = doc.clone();
    newer["schema_version"] = serde_json::json!(99);
    let newer_file = env.path("newer.json");
    std::fs::write(&newer_file, serde_json::to_vec(&newer).unwrap()).unwrap();
    let fresh = env.path("fresh.sqlite3");
    let err = env.fails(&["import", newer_file.to_str().unwrap(), "--db", fresh.to_str().unwrap()]);
    assert!(err.contains("newer version"), "{err}");
    assert!(!fresh.exists(), "a refused import leaves no file");
    assert_eq!(dump(&copy), before);
}

#[test]
fn encryption_hides_every_stored_text_and_a_missing_or_wrong_passphrase_changes_nothing() {
    let env = every_module();
    let before = dump(&env.db);
    let out = env.run_env(&["security", "encrypt"], WITH);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (bytes, _) = files(&env.db);
    assert!(!bytes.starts_with(b"SQLite format 3"), "the header is not SQLite's");
    for text in ["Jean Dupont", "jean@example.fr", "Stolen laptop", "Sendinblue", "Exemple Logiciels", "newsletters"] {
        assert!(!contains(&bytes, text), "{text} is readable in the encrypted file");
    }
    let opened = dump_keyed(&env.db, Some(PASS));
    for table in before.split("== ").filter(|t| !t.starts_with("audit_log") && !t.starts_with("store_key")) {
        assert!(opened.contains(table), "the encrypted store holds the same rows: {table}");
    }

    // Without a passphrase, or with a wrong one: exit 2, a message, the file untouched.
    let untouched = files(&env.db);
    let out = env.run(&["info", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this database is encrypted: give its passphrase (PRIVDESK_PASSPHRASE or --passphrase-file)"));
    let out = env.run_env(&["request", "list"], &[("PRIVDESK_PASSPHRASE", "not the passphrase")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong passphrase"));
    assert_eq!(files(&env.db), untouched, "byte for byte unchanged");

    let info: serde_json::Value = serde_json::from_str(&env.ok_env(&["info", "--json"], WITH)).unwrap();
    assert_eq!(info["encrypted"], true);
    let key_file = env.path("pass.txt");
    std::fs::write(&key_file, format!("{PASS}\n")).unwrap();
    assert!(env.ok(&["request", "list", "--passphrase-file", key_file.to_str().unwrap()]).contains("Jean Dupont"));
    let r = report(&env, WITH);
    assert_eq!((r["ok"].as_bool(), r["keyed"].as_bool()), (Some(true), Some(true)), "{r:#}");

    // A new passphrase, then off again.
    let new = [("PRIVDESK_PASSPHRASE", PASS), ("PRIVDESK_NEW_PASSPHRASE", "another long phrase")];
    env.ok_env(&["security", "change-passphrase"], &new);
    assert_eq!(env.run_env(&["info"], WITH).status.code(), Some(2), "the old passphrase no longer opens it");
    let out = env.run_env(&["security", "change-passphrase"], &[("PRIVDESK_PASSPHRASE", "another long phrase"), ("PRIVDESK_NEW_PASSPHRASE", "short")]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 8 characters"));
    env.ok_env(&["security", "decrypt"], &[("PRIVDESK_PASSPHRASE", "another long phrase")]);
    let (bytes, _) = files(&env.db);
    assert!(bytes.starts_with(b"SQLite format 3"));
    let info: serde_json::Value = serde_json::from_str(&env.ok(&["info", "--json"])).unwrap();
    assert_eq!(info["encrypted"], false);
    let r = report(&env, &[]);
    assert_eq!(r["ok"], true, "{r:#}");
    let log = env.json(&["audit", "log", "--entity", "store", "--json"]);
    let actions: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["encrypt", "change-passphrase", "decrypt"]);
}

#[test]
fn once_encrypted_the_chain_is_keyed_and_an_entry_forged_with_plain_sha256_does_not_verify() {
    let env = every_module();
    env.ok_env(&["security", "encrypt"], WITH);
    env.ok_env(&["org", "set", "--address", "1 rue de Rivoli, 75001 Paris"], WITH);
    env.ok_env(&["security", "decrypt"], WITH);
    // Anyone can now open the file; a forged entry hashed the way an unkeyed chain is does not fit.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (seq, prev): (i64, String) = conn.query_row("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    let at = "2026-12-01T10:00:00.000000Z";
    let hash = privdesk::audit::keyed_hash(None, seq + 1, at, "mallory", "org", None, "update", None, Some("{}"), &prev);
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash) VALUES (?1, ?2, 'mallory', 'org', NULL, 'update', NULL, '{}', ?3, ?4)",
        rusqlite::params![seq + 1, at, prev, hash],
    )
    .unwrap();
    drop(conn);
    let r = report(&env, &[]);
    assert_eq!(r["chain_ok"], false, "{r:#}");
    assert!(r["problem"].as_str().unwrap().contains("not keyed"), "{r:#}");
}

#[test]
fn a_backup_is_checked_restored_and_a_bad_one_refused_without_any_change() {
    let env = every_module();
    let backup = env.path("monday.sqlite3");
    env.ok(&["backup", "-o", backup.to_str().unwrap()]);
    let checked: serde_json::Value = serde_json::from_str(&env.ok(&["backup", "--check", backup.to_str().unwrap(), "--json"])).unwrap();
    assert_eq!(checked["ok"], true, "{checked:#}");
    let at_backup = checked["manifest"]["entries"].as_i64().unwrap();
    env.ok(&["request", "add", "--requester", "After Backup", "--received", "2026-11-20", "--rights", "access"]);

    // A truncated backup, and one from a newer version, are refused and the store stays as it is.
    let truncated = env.path("truncated.sqlite3");
    let bytes = std::fs::read(&backup).unwrap();
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let newer = env.path("newer.sqlite3");
    std::fs::copy(&backup, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().execute_batch("PRAGMA user_version = 99").unwrap();
    let before = dump(&env.db);
    for (bad, why) in [(&truncated, "damaged"), (&newer, "newer version")] {
        let out = env.run(&["backup", "--check", bad.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains(why), "{}", String::from_utf8_lossy(&out.stderr));
        let err = env.fails(&["restore", bad.to_str().unwrap()]);
        assert!(err.contains("cannot be restored") && err.contains("Nothing was changed"), "{err}");
        assert_eq!(dump(&env.db), before, "a refused restore changes nothing");
    }

    let out = env.ok(&["restore", backup.to_str().unwrap()]);
    assert!(out.contains("The database it replaced is kept as"), "{out}");
    let requests = env.json(&["request", "list", "--json"]);
    assert!(!requests.to_string().contains("After Backup"), "the store is the backup's again");
    let kept = env.json(&["backup", "--list", "--json"]);
    let kept: Vec<_> = kept.as_array().unwrap().iter().filter(|b| b["kind"] == "before-restore").collect();
    assert_eq!(kept.len(), 1);
    assert!(env.ok(&["backup", "--check", kept[0]["path"].as_str().unwrap()]).contains("Backup intact"));
    let r = report(&env, &[]);
    assert_eq!(r["ok"], true, "{r:#}");
    assert_eq!(r["checked"].as_i64().unwrap(), at_backup + 1, "the backup's log and the restore's entry");
}

#[test]
fn an_encrypted_store_backs_up_encrypted_into_its_folder() {
    let env = every_module();
    env.ok_env(&["security", "encrypt"], WITH);
    let path = env.ok_env(&["backup"], WITH).trim().to_string();
    assert!(path.contains("test-backups"), "{path}");
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3") && !contains(&bytes, "Jean Dupont"));
    assert_eq!(env.run(&["backup", "--check", &path]).status.code(), Some(2), "its passphrase is needed");
    assert!(env.ok_env(&["backup", "--check", &path], WITH).contains("encrypted"));
    env.ok_env(&["restore", &path], WITH);
    assert!(env.ok_env(&["audit", "verify"], WITH).contains("Audit log intact."));
}

#[test]
fn a_purge_leaves_the_requesters_details_in_no_page_of_the_file_nor_its_log() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["request", "add", "--requester", "Zebulon Quixote", "--email", "zebulon@quixote.example", "--received", "2020-01-10", "--rights", "access", "--notes", "Prefers Zebulon", "--fee", "Zebulon paid 10 EUR"]);
    env.ok(&["request", "close", "1", "--outcome", "refused", "--on", "2020-02-01", "--reason", "Zebulon sent forty requests"]);
    let deadlines = env.ok(&["deadlines"]);
    assert!(deadlines.contains("Purge due") && deadlines.contains("R-000001"), "{deadlines}");
    env.ok(&["request", "purge"]);
    let (file, wal) = files(&env.db);
    for text in ["Zebulon", "zebulon@quixote.example", "Quixote"] {
        assert!(!contains(&file, text), "{text} is still in the database file");
        assert!(!wal.as_deref().is_some_and(|w| contains(w, text)), "{text} is still in the write-ahead log");
    }
    // The log's digests of the details were salted per request, and the salt is gone with them.
    let log = env.ok(&["audit", "log", "--json"]);
    use sha2::Digest;
    let plain = hex::encode(sha2::Sha256::digest(b"Zebulon Quixote"));
    assert!(!log.contains(&plain), "the name's plain digest is not in the log");
    assert!(!env.ok(&["deadlines"]).contains("Purge due"));
    assert_eq!(report(&env, &[])["ok"], true);
}

#[test]
fn tampering_with_the_log_or_the_records_is_reported_by_what_and_where() {
    let env = every_module();
    let binder = env.path("binder.pdf");
    env.ok(&["print", "binder", "-o", binder.to_str().unwrap()]);
    env.ok(&["subprocessor", "edit", "2", "--service", "Help desk"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_log_no_delete;
         DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log);
         UPDATE breach SET facts = json_set(facts, '$.title', 'Nothing happened') WHERE id = 1;
         INSERT INTO customer (name, contact_email, created_at, updated_at) VALUES ('Ghost SA', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
    )
    .unwrap();
    drop(conn);
    let out = env.run(&["audit", "verify", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((r["ok"].as_bool(), r["chain_ok"].as_bool()), (Some(false), Some(true)), "the cut chain alone looks intact: {r:#}");
    let marks = r["checkpoint"]["checkpoints"].as_array().unwrap();
    let disagree: Vec<&str> = marks.iter().filter(|m| m["ok"] == false).map(|m| m["source"].as_str().unwrap()).collect();
    assert!(disagree.contains(&"latest change") && disagree.iter().any(|s| s.starts_with("binder printed")), "{r:#}");
    let findings = r["records"]["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["entity"] == "breach" && f["id"] == 1 && f["field"] == "title"), "{r:#}");
    assert!(findings.iter().any(|f| f["entity"] == "customer" && f["id"] == 2 && f["problem"].as_str().unwrap().contains("no audit entry")), "{r:#}");
    assert!(r["structure"].to_string().contains("audit_log_no_delete"), "{r:#}");
    let text = String::from_utf8(env.run(&["audit", "verify"]).stderr).unwrap();
    assert!(text.contains("Record breach #1, field title is \"Nothing happened\""), "{text}");

    // An emptied log while records exist.
    rusqlite::Connection::open(&env.db).unwrap().execute_batch("DELETE FROM audit_log").unwrap();
    let r = report(&env, &[]);
    assert!(r["structure"].to_string().contains("the audit log is empty"), "{r:#}");
}

fn runs() -> usize {
    std::env::var("PRIVDESK_RELIABILITY_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3)
}

/// A delay that differs from run to run without a random number crate: the clock's nanoseconds.
fn some_millis(max: u64) -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos() as u64;
    nanos % max
}

fn killed_midway(env: &Env, args: &[&str], vars: &[(&str, &str)], max_ms: u64) {
    let mut child = env.command(args, vars).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(some_millis(max_ms)));
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
}

/// The store opens (plaintext or with the passphrase), passes SQLite's integrity check and `audit verify`;
/// returns whether it is encrypted and how many requests it holds.
fn whole(env: &Env) -> (bool, usize) {
    let encrypted = !std::fs::read(&env.db).unwrap().starts_with(b"SQLite format 3");
    let vars: &[(&str, &str)] = if encrypted { WITH } else { &[] };
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    if encrypted {
        conn.pragma_update(None, "key", PASS).unwrap();
    }
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let out = env.run_env(&["audit", "verify"], vars);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (encrypted, env.json_env(&["request", "list", "--json"], vars).as_array().unwrap().len())
}

#[test]
fn a_process_killed_during_encrypt_backup_restore_or_import_leaves_the_old_state_or_the_new_one() {
    let env = every_module();
    for i in 0..40 {
        env.ok(&["request", "add", "--requester", &format!("Person {i}"), "--received", "2026-11-10", "--rights", "access"]);
    }
    let backup = env.path("before.sqlite3");
    env.ok(&["backup", "-o", backup.to_str().unwrap()]);
    env.ok(&["request", "add", "--requester", "After the backup", "--received", "2026-11-11", "--rights", "access"]);
    let export = env.path("all.json");
    env.ok(&["export", "-o", export.to_str().unwrap()]);
    for _ in 0..runs() {
        // Encrypt, killed midway: plaintext with everything, or encrypted with everything.
        killed_midway(&env, &["security", "encrypt"], WITH, 300);
        assert_eq!(whole(&env).1, 43);
        if whole(&env).0 {
            env.ok_env(&["security", "decrypt"], WITH);
        }
        // A backup killed midway leaves no backup file, or a whole one.
        let target = env.path("killed-backup.sqlite3");
        killed_midway(&env, &["backup", "-o", target.to_str().unwrap()], &[], 150);
        if target.exists() {
            assert!(env.ok(&["backup", "--check", target.to_str().unwrap()]).contains("Backup intact"));
            std::fs::remove_file(&target).unwrap();
        }
        // A restore killed midway: the store before it (43 requests) or the backup's (42).
        killed_midway(&env, &["restore", backup.to_str().unwrap()], &[], 300);
        let n = whole(&env).1;
        assert!(n == 43 || n == 42, "a restore killed midway left {n} requests");
        if n == 42 {
            env.ok(&["request", "add", "--requester", "After the backup", "--received", "2026-11-11", "--rights", "access"]);
        }
        // An import killed midway: no store, or the whole one.
        let target = env.path("imported.sqlite3");
        let _ = std::fs::remove_file(&target);
        killed_midway(&env, &["import", export.to_str().unwrap(), "--db", target.to_str().unwrap()], &[], 300);
        if target.exists() {
            assert!(env.ok(&["audit", "verify", "--db", target.to_str().unwrap()]).contains("Audit log intact."));
            assert_eq!(env.json(&["request", "list", "--db", target.to_str().unwrap(), "--json"]).as_array().unwrap().len(), 43);
        }
    }
}

#[test]
fn without_the_passphrase_an_encrypted_store_cannot_be_rolled_back_to_one_of_its_backups_unseen() {
    let env = every_module();
    let plain_backup = env.path("plain.sqlite3");
    env.ok(&["backup", "-o", plain_backup.to_str().unwrap()]);
    env.ok_env(&["security", "encrypt"], WITH);
    let old = env.path("old.sqlite3");
    env.ok_env(&["backup", "-o", old.to_str().unwrap()], WITH);
    env.ok_env(&["request", "add", "--requester", "Newest Request", "--received", "2026-11-21", "--rights", "access"], WITH);

    // A plaintext backup over the encrypted store would turn encryption off: refused, nothing changed.
    let before = files(&env.db);
    let err = String::from_utf8(env.run_env(&["restore", plain_backup.to_str().unwrap()], WITH).stderr).unwrap();
    assert!(err.contains("is not encrypted (restoring it would turn encryption off)"), "{err}");
    assert_eq!(files(&env.db).0, before.0);

    // The older encrypted backup copied over the file, and the checkpoint file cut back to match it.
    std::fs::copy(&old, &env.db).unwrap();
    let cp = privdesk::store::safety::checkpoint_path(&env.db);
    let mut file: serde_json::Value = serde_json::from_slice(&std::fs::read(&cp).unwrap()).unwrap();
    let mark = file["marks"].as_array().unwrap().iter().find(|m| m["source"].as_str().unwrap().contains("old.sqlite3")).unwrap().clone();
    file["latest"] = mark.clone();
    file["marks"] = serde_json::json!([mark]);
    std::fs::write(&cp, serde_json::to_vec(&file).unwrap()).unwrap();
    let r = report(&env, WITH);
    assert_eq!(r["ok"], false, "{r:#}");
    assert!(r["checkpoint"].to_string().contains("its seal does not match"), "{r:#}");
    assert!(r["structure"].to_string().contains("backup file copied in place"), "{r:#}");

    // A deleted checkpoint file is reported too, once one was started for this database.
    std::fs::remove_file(&cp).unwrap();
    let r = report(&env, WITH);
    assert!(r["checkpoint"].to_string().contains("missing"), "{r:#}");
}
