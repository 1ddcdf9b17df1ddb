//! Evidence files through the built binary (issue 16): a file comes back byte for byte, its hash is in the audit
//! entry, the size limit names itself, the same file is stored once, removal keeps the hash and reason, identity
//! evidence goes once identity is verified, the purge leaves none of a request's files in the file or its log, the
//! binder's annex lists every file with its hash, and bad input changes nothing.

mod common;

use common::{dump, pdf_text, Env};
use sha2::Digest;

fn sha256(bytes: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(bytes))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A CNIL organisation with two subprocessors.
fn env() -> Env {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "OVH SAS", "--service", "Hosting", "--category", "hosting", "--country", "FR"]);
    env.ok(&["subprocessor", "add", "--name", "Brevo", "--service", "E-mail", "--category", "email", "--country", "FR"]);
    env
}

fn write(env: &Env, name: &str, bytes: &[u8]) -> String {
    let path = env.path(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

fn count(env: &Env, sql: &str) -> i64 {
    rusqlite::Connection::open(&env.db).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_file_comes_back_byte_for_byte_with_its_hash_in_the_audit_entry() {
    let env = env();
    // Every byte value, so that nothing on the way treats the file as text.
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let file = write(&env, "OVH DPA signed.pdf", &bytes);
    let added = env.json(&["attach", "subprocessor", "1", &file, "--json"]);
    assert_eq!(added["kind"], "contract", "a subprocessor's file is a contract unless said otherwise");

    let list = env.json(&["attachments", "subprocessor", "1", "--json"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    let a = &rows[0];
    for field in ["id", "name", "size", "sha256", "kind", "added_at"] {
        assert!(!a[field].is_null(), "{field} is in the contract: {a}");
    }
    assert_eq!(a["name"], "OVH DPA signed.pdf");
    assert_eq!(a["size"], 70_000);
    assert_eq!(a["sha256"], sha256(&bytes));
    assert_eq!(a["added_at"], "2026-11-23T10:00:00Z");

    let out = env.path("copy.pdf");
    let id = a["id"].to_string();
    env.ok(&["attachment", "get", &id, "-o", out.to_str().unwrap()]);
    assert_eq!(std::fs::read(&out).unwrap(), bytes, "byte for byte");
    // Like every output, an existing file is not replaced without --force.
    assert!(env.fails(&["attachment", "get", &id, "-o", out.to_str().unwrap()]).contains("already exists"));

    let log = env.json(&["audit", "log", "--entity", "attachment", "--json"]);
    let entry = log.as_array().unwrap().iter().find(|e| e["action"] == "add").expect("an add entry");
    assert!(entry["after"].as_str().unwrap().contains(&sha256(&bytes)), "{entry}");
    let shown = env.ok(&["attachment", "show", &id]);
    assert!(shown.contains(&sha256(&bytes)) && shown.contains("History:"), "{shown}");
    assert!(env.ok(&["audit", "verify"]).contains("Audit log intact."));
}

#[test]
fn the_same_file_is_stored_once_and_refused_twice_on_one_record() {
    let env = env();
    let file = write(&env, "dpa.pdf", b"%PDF-1.7 one DPA for two vendors");
    env.ok(&["attach", "subprocessor", "1", &file]);
    env.ok(&["attach", "subprocessor", "2", &file, "--name", "Brevo DPA.pdf"]);
    assert_eq!(count(&env, "SELECT count(*) FROM attachment"), 2);
    assert_eq!(count(&env, "SELECT count(*) FROM attachment_content"), 1, "one copy of the bytes");
    let before = dump(&env.db);
    let err = env.fails(&["attach", "subprocessor", "1", &file]);
    assert!(err.contains("file: is already attached to this record as 'dpa.pdf' (attachment 1)"), "{err}");
    assert_eq!(dump(&env.db), before);
    // Removing one keeps the bytes for the other.
    env.ok(&["attachment", "remove", "1", "--reason", "signed again"]);
    assert_eq!(count(&env, "SELECT count(*) FROM attachment_content"), 1);
    let out = env.path("brevo.pdf");
    env.ok(&["attachment", "get", "2", "-o", out.to_str().unwrap()]);
    assert_eq!(std::fs::read(&out).unwrap(), b"%PDF-1.7 one DPA for two vendors");
}

#[test]
fn a_file_over_the_limit_is_refused_naming_the_limit() {
    let env = env();
    let big = write(&env, "scan.tiff", &vec![7u8; 50 * 1024 * 1024 + 1]);
    let before = dump(&env.db);
    let err = env.fails(&["attach", "subprocessor", "1", &big]);
    assert!(err.contains("file: is 52,428,801 bytes, larger than the limit of 50 MB per file"), "{err}");
    assert_eq!(dump(&env.db), before, "a refused file changes nothing");

    env.ok(&["org", "set", "--attachment-limit-mb", "1"]);
    assert!(env.ok(&["org", "show"]).contains("at most 1 MB each"));
    let over = write(&env, "over.bin", &vec![1u8; 1024 * 1024 + 1]);
    assert!(env.fails(&["attach", "subprocessor", "1", &over]).contains("larger than the limit of 1 MB per file"));
    let exact = write(&env, "exact.bin", &vec![2u8; 1024 * 1024]);
    env.ok(&["attach", "subprocessor", "1", &exact]);
    let err = env.fails(&["org", "set", "--attachment-limit-mb", "0"]);
    assert!(err.contains("attachment_limit_mb: '0' is not a number of MB from 1 to 500"), "{err}");
    let fr = env.fails(&["--lang", "fr", "attach", "subprocessor", "1", &over]);
    assert!(fr.contains("est trop volumineux\u{a0}: 1\u{a0}048\u{a0}577\u{a0}octets, plus que la limite de 1\u{a0}Mo par fichier"), "{fr}");
}

#[test]
fn bad_input_is_refused_naming_the_field_and_changes_nothing() {
    let env = env();
    let file = write(&env, "note.txt", b"a note");
    let empty = write(&env, "empty.txt", b"");
    let before = dump(&env.db);
    for (args, want) in [
        (vec!["attach", "vendor-ish", "1", &file], "entity: 'vendor-ish' is not a kind of record"),
        (vec!["attach", "subprocessor", "abc", &file], "id: 'abc' is not a record number"),
        (vec!["attach", "subprocessor", "9", &file], "subprocessor #9 does not exist"),
        (vec!["attach", "breach", "1", &file], "breach #1 does not exist"),
        (vec!["attach", "subprocessor", "1", &file, "--kind", "passport"], "kind: 'passport' is not a kind of file"),
        (vec!["attach", "subprocessor", "1", &empty], "file: is empty"),
        (vec!["attach", "subprocessor", "1", "/nonexistent/dpa.pdf"], "/nonexistent/dpa.pdf"),
        (vec!["attachment", "remove", "1", "--reason", "x"], "attachment #1 does not exist"),
        (vec!["attachment", "get", "x", "-o", "/tmp/never"], "id: 'x' is not a record number"),
    ] {
        let err = env.fails(&args);
        assert!(err.to_lowercase().contains(&want.to_lowercase()), "{args:?}: {err}");
    }
    assert_eq!(dump(&env.db), before);
    env.ok(&["attach", "subprocessor", "1", &file]);
    let err = env.fails(&["attachment", "remove", "1", "--reason", "  "]);
    assert!(err.contains("reason: is required"), "{err}");
}

#[test]
fn removal_keeps_the_hash_and_the_reason_and_the_content_goes() {
    let env = env();
    let bytes = b"ISO 27001 certificate, expired 2026-06-30 QX-CERT-4411";
    let file = write(&env, "iso.pdf", bytes);
    env.ok(&["attach", "subprocessor", "1", &file, "--kind", "evidence"]);
    let out = env.ok(&["attachment", "remove", "1", "--reason", "expired; replaced by the 2026 certificate"]);
    assert!(out.contains(&sha256(bytes)), "{out}");
    assert_eq!(env.json(&["attachments", "subprocessor", "1", "--json"]).as_array().unwrap().len(), 0);
    let all = env.json(&["attachments", "subprocessor", "1", "--removed", "--json"]);
    let gone = &all.as_array().unwrap()[0];
    assert_eq!(gone["sha256"], sha256(bytes));
    assert_eq!(gone["removed_reason"], "expired; replaced by the 2026 certificate");
    assert!(env.ok(&["attachments", "subprocessor", "1"]).contains("1 removed"));
    let err = env.fails(&["attachment", "get", "1", "-o", env.path("x.pdf").to_str().unwrap()]);
    assert!(err.contains("was removed on 2026-11-23: only its hash and the reason are kept"), "{err}");
    assert!(env.fails(&["attachment", "remove", "1", "--reason", "again"]).contains("already removed"));
    let log = env.json(&["audit", "log", "--entity", "attachment", "--json"]);
    let removal = log.as_array().unwrap().iter().find(|e| e["action"] == "remove").expect("a remove entry");
    assert!(removal["after"].as_str().unwrap().contains(&sha256(bytes)));
    assert_eq!(count(&env, "SELECT count(*) FROM attachment_content"), 0);
    let (file, wal) = files(&env);
    assert!(!contains(&file, b"QX-CERT-4411") && !wal.is_some_and(|w| contains(&w, b"QX-CERT-4411")), "the removed bytes are in no page");
    assert!(env.ok(&["audit", "verify"]).contains("Audit log intact."));
}

fn files(env: &Env) -> (Vec<u8>, Option<Vec<u8>>) {
    let mut wal = env.db.as_os_str().to_owned();
    wal.push("-wal");
    (std::fs::read(&env.db).unwrap(), std::fs::read(wal).ok())
}

#[test]
fn identity_evidence_goes_once_identity_is_verified_and_the_verification_stays() {
    let env = env();
    env.ok(&["request", "add", "--requester", "Jean Dupont", "--email", "jean@example.fr", "--received", "2026-11-16", "--rights", "erasure"]);
    env.ok(&["request", "identity", "1", "--requested-on", "2026-11-17"]);
    let passport = write(&env, "passport.jpg", b"\xff\xd8\xff passport of Jean Dupont");
    let letter = write(&env, "request letter.pdf", b"%PDF letter");
    env.ok(&["attach", "request", "1", &passport, "--kind", "identity"]);
    env.ok(&["attach", "request", "1", &letter]);
    let err = env.fails(&["attachment", "remove-identity", "1"]);
    assert!(err.contains("identity is not verified yet"), "{err}");
    assert!(!env.ok(&["attachments", "request", "1"]).contains("remove-identity"));

    env.ok(&["request", "identity", "1", "--received-on", "2026-11-20"]);
    let listed = env.ok(&["attachments", "request", "1"]);
    assert!(listed.contains("Identity was verified on 2026-11-20") && listed.contains("privdesk attachment remove-identity 1"), "{listed}");
    let removed = env.json(&["attachment", "remove-identity", "1", "--json"]);
    assert_eq!(removed.as_array().unwrap().len(), 1);
    assert_eq!(removed[0]["removed_reason"], "identity verified on 2026-11-20: the evidence is no longer needed");
    let kept = env.json(&["attachments", "request", "1", "--json"]);
    assert_eq!(kept.as_array().unwrap().len(), 1, "the letter stays");
    assert_eq!(kept[0]["name"], "request letter.pdf");
    let request = env.json(&["request", "show", "1", "--json"]);
    assert_eq!(request["identity_received_on"], "2026-11-20", "the fact of verification stays: {request}");
    // A request's file names are in its audit entries only as digests.
    let log = env.ok(&["audit", "log", "--entity", "attachment", "--json"]);
    assert!(!log.contains("passport.jpg"), "{log}");
    assert!(env.ok(&["audit", "verify"]).contains("Audit log intact."));
}

#[test]
fn the_purge_leaves_no_byte_of_a_requests_files_in_the_file_or_its_log() {
    let env = env();
    env.ok(&["request", "add", "--requester", "Zebulon Quixote", "--email", "zebulon@quixote.example", "--received", "2020-01-10", "--rights", "access"]);
    let scan = write(&env, "zebulon-passport.jpg", b"\xff\xd8 ZEBULON-PASSPORT-7731 \x00\x01\x02");
    let reply = write(&env, "reply to zebulon.pdf", b"%PDF ZEBULON-REPLY-5512");
    env.ok(&["attach", "request", "1", &scan, "--kind", "identity"]);
    env.ok(&["attach", "request", "1", &reply]);
    env.ok(&["attachment", "remove", "2", "--reason", "sent twice to Zebulon"]);
    env.ok(&["request", "close", "1", "--outcome", "completed", "--on", "2020-02-01"]);
    env.ok(&["request", "purge"]);
    let (file, wal) = files(&env);
    for text in ["ZEBULON-PASSPORT-7731", "ZEBULON-REPLY-5512", "zebulon-passport.jpg", "reply to zebulon", "sent twice to Zebulon"] {
        assert!(!contains(&file, text.as_bytes()), "{text} is still in the database file");
        assert!(!wal.as_deref().is_some_and(|w| contains(w, text.as_bytes())), "{text} is still in the write-ahead log");
    }
    let all = env.json(&["attachments", "request", "1", "--removed", "--json"]);
    let names: Vec<&str> = all.as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["file 1 (purged)", "file 2 (purged)"]);
    assert!(all.as_array().unwrap().iter().all(|a| a["sha256"].as_str().unwrap().len() == 64), "the hashes stay");
    assert_eq!(count(&env, "SELECT count(*) FROM attachment_content"), 0);
    // A purged request keeps no file: a new one would outlive the purge that already ran.
    let refused = env.fails(&["attach", "request", "1", &scan]);
    assert!(refused.contains("request R-000001 was pseudonymised on") && refused.contains("no file can be kept with it"), "{refused}");
    assert_eq!(count(&env, "SELECT count(*) FROM attachment_content"), 0);
    let report = env.json(&["audit", "verify", "--json"]);
    assert_eq!(report["ok"], true, "{report:#}");
}

#[test]
fn the_binder_annex_lists_every_file_with_its_hash() {
    let env = env();
    let dpa = b"%PDF-1.7 OVH data processing agreement, signed";
    env.ok(&["attach", "subprocessor", "1", &write(&env, "OVH DPA signed.pdf", dpa)]);
    let old = b"old certificate";
    env.ok(&["attach", "subprocessor", "2", &write(&env, "Brevo ISO 27001.pdf", old), "--kind", "evidence"]);
    env.ok(&["attachment", "remove", "2", "--reason", "expired in June"]);
    env.ok(&["request", "add", "--requester", "Jean Dupont", "--received", "2026-11-16", "--rights", "access"]);
    env.ok(&["attach", "request", "1", &write(&env, "jean-dupont-id.jpg", b"id card"), "--kind", "identity"]);
    for (lang, title) in [("en", "Annex: evidence files"), ("fr", "Annexe\u{a0}: pièces justificatives")] {
        let pdf = env.path(&format!("binder-{lang}.pdf"));
        env.ok(&["print", "binder", "--lang", lang, "-o", pdf.to_str().unwrap()]);
        let text = pdf_text(&pdf);
        let flat: String = text.split_whitespace().collect();
        assert!(text.contains(title) || flat.contains(&title.split_whitespace().collect::<String>()), "{lang}: {title}");
        assert!(flat.contains("OVHDPA") && flat.contains("signed.pdf"), "{lang}");
        // Each hash in two halves of 32 digits, so that it wraps in its column.
        for hash in [sha256(dpa), sha256(old), sha256(b"id card")] {
            assert!(flat.contains(&hash[..32]) && flat.contains(&hash[32..]), "{lang}: {hash} in the annex");
        }
        assert!(flat.contains("expiredinJune"), "{lang}: the removal's reason");
        // The days added and removed as the rest of the binder writes dates, in the organisation's zone.
        let day = if lang == "en" { "23November2026" } else { "23novembre2026" };
        assert!(!flat.contains("2026-11-23"), "{lang}: no ISO date (the annex printed them)");
        assert!(flat.matches(day).count() >= 4, "{lang}: {day} for each file added and the one removed");
        assert!(flat.contains("R-000001"), "{lang}: a request's file under its reference");
        assert!(!text.contains("jean-dupont-id"), "{lang}: a request's file is listed by number, not by name");
    }
}

#[test]
fn an_export_carries_the_files_and_an_import_gives_them_back() {
    let env = env();
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    env.ok(&["attach", "subprocessor", "1", &write(&env, "dpa.bin", &bytes)]);
    let export = env.path("everything.json");
    env.ok(&["export", "-o", export.to_str().unwrap()]);
    let copy = Env::new();
    env.ok(&["import", export.to_str().unwrap(), "--db", copy.db.to_str().unwrap()]);
    let out = env.path("back.bin");
    copy.ok(&["attachment", "get", "1", "-o", out.to_str().unwrap()]);
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
}
