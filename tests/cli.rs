//! The `privdesk` command line, through the built binary, on a temporary database.

mod common;

use common::{fixture, pdf_text, qpdf_check, Env};

#[test]
fn init_then_org_show_gives_the_profile_with_defaults() {
    let env = Env::new();
    env.init_cnil();
    let org = env.json(&["org", "show", "--json"]);
    assert_eq!(org["legal_name"], "Exemple Logiciels SAS");
    assert_eq!(org["authority"], "cnil");
    assert_eq!(org["calendar"], "france");
    assert_eq!(org["lang"], "fr");
    assert_eq!(org["notice_substantial_days"], 30);
}

#[test]
fn init_with_bad_values_names_each_field_and_saves_nothing() {
    let env = Env::new();
    let err = env.fails(&["init", "--name", "Acme Ltd", "--country", "Narnia", "--authority", "gdpr", "--ico-registration", "12345"]);
    assert!(err.contains("country: 'Narnia'"), "{err}");
    assert!(err.contains("authority: 'gdpr'"), "{err}");
    assert!(err.contains("ico_registration"), "{err}");
    let err = env.fails(&["org", "show"]);
    assert!(err.contains("privdesk init"), "{err}");
    assert_eq!(env.json(&["audit", "log", "--json"]), serde_json::json!([]));
}

#[test]
fn ico_profile_validates_the_registration_number() {
    let env = Env::new();
    env.ok(&["init", "--name", "Example Software Ltd", "--country", "United Kingdom", "--authority", "ico", "--ico-registration", "ZB413938", "--company-number", "SC123456"]);
    let org = env.json(&["org", "show", "--json"]);
    assert_eq!(org["calendar"], "england-wales");
    assert_eq!(org["timezone"], "Europe/London");
    env.fails(&["org", "set", "--ico-registration", "Z12"]);
    env.ok(&["org", "set", "--lang", "fr", "--notice-minor-days", "14"]);
    let org = env.json(&["org", "show", "--json"]);
    assert_eq!((org["lang"].as_str(), org["notice_minor_days"].as_i64()), (Some("fr"), Some(14)));
}

#[test]
fn subprocessor_add_list_show_edit_retire() {
    let env = Env::new();
    env.init_cnil();
    let out = env.ok(&["subprocessor", "add", "--name", "OVH SAS", "--service", "Hosting of backups", "--category", "hosting", "--country", "France", "--locations", "FR", "--website", "www.ovhcloud.com"]);
    assert!(out.contains("#1"), "{out}");
    env.ok(&["subprocessor", "add", "--name", "Mailchimp", "--service", "Newsletter", "--category", "email", "--country", "États-Unis", "--locations", "US", "--transfer", "dpf"]);

    let list = env.json(&["subprocessor", "list", "--json"]);
    let first = &list[0];
    for key in ["id", "name", "service", "category", "country", "locations", "status", "website"] {
        assert!(first.get(key).is_some(), "list item lacks {key}: {first}");
    }
    assert_eq!(list[0]["name"], "Mailchimp");
    assert_eq!(list[0]["country"], "US");
    assert_eq!(list[1]["website"], "https://www.ovhcloud.com");
    assert_eq!(list[1]["locations"], serde_json::json!(["FR"]));

    let found = env.json(&["subprocessor", "list", "--json", "--search", "hébergement"]);
    assert_eq!(found.as_array().unwrap().len(), 1);

    env.ok(&["subprocessor", "edit", "1", "--service", "Backups and archives"]);
    env.ok(&["subprocessor", "retire", "1", "--on", "2026-10-31"]);
    let shown = env.json(&["subprocessor", "show", "1", "--json"]);
    assert_eq!(shown["status"], "retired");
    assert_eq!(shown["ended_on"], "2026-10-31");
    let actions: Vec<&str> = shown["history"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, vec!["create", "update", "retire"]);
    let err = env.fails(&["subprocessor", "retire", "1", "--on", "2026-11-01"]);
    assert!(err.contains("already retired"), "{err}");
}

#[test]
fn a_bad_country_is_refused_with_the_value_and_nothing_is_written() {
    let env = Env::new();
    env.init_cnil();
    let before = env.json(&["audit", "log", "--json"]);
    let err = env.fails(&["subprocessor", "add", "--name", "X", "--service", "Y", "--category", "hosting", "--country", "Narnia"]);
    assert!(err.contains("country") && err.contains("'Narnia'"), "{err}");
    let err = env.fails(&["subprocessor", "add", "--name", "X", "--service", "Y", "--category", "hosting", "--country", "FR", "--dpa-signed-on", "31/12/2025"]);
    assert!(err.contains("dpa_signed_on") && err.contains("'31/12/2025'"), "{err}");
    assert_eq!(env.json(&["subprocessor", "list", "--json"]), serde_json::json!([]));
    assert_eq!(env.json(&["audit", "log", "--json"]), before);
}

#[test]
fn the_fixture_vendor_list_imports_and_exports() {
    let env = Env::new();
    env.init_cnil();
    let file = fixture("subprocessors-small-vendor.csv");
    let dry = env.json(&["subprocessor", "import", file.to_str().unwrap(), "--dry-run", "--json"]);
    assert_eq!(dry["added"], 9);
    assert_eq!(env.json(&["subprocessor", "list", "--json"]), serde_json::json!([]), "a dry run writes nothing");

    env.ok(&["subprocessor", "import", file.to_str().unwrap()]);
    let list = env.json(&["subprocessor", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 9);
    let aws = list.as_array().unwrap().iter().find(|s| s["name"] == "Amazon Web Services EMEA SARL").unwrap();
    assert_eq!(aws["locations"], serde_json::json!(["FR", "CA", "US"]));

    // Importing the same file again changes nothing.
    let again = env.json(&["subprocessor", "import", file.to_str().unwrap(), "--json"]);
    assert_eq!((again["added"].as_i64(), again["unchanged"].as_i64()), (Some(0), Some(9)));

    let csv = env.path("out/register.csv");
    assert!(env.fails(&["subprocessor", "export", "--format", "csv", "-o", csv.to_str().unwrap()]).contains("out does not exist"));
    std::fs::create_dir(env.path("out")).unwrap();
    env.ok(&["subprocessor", "export", "--format", "csv", "-o", csv.to_str().unwrap()]);
    let json = env.path("register.json");
    env.ok(&["subprocessor", "export", "--format", "json", "-o", json.to_str().unwrap()]);
    let exported: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(exported.as_array().unwrap().len(), 9);

    // The exported CSV imports into a fresh database as the same register.
    let other = Env::new();
    other.init_cnil();
    other.ok(&["subprocessor", "import", csv.to_str().unwrap()]);
    let strip = |v: serde_json::Value| {
        v.as_array().unwrap().iter().map(|s| {
            let mut s = s.clone();
            for k in ["id", "created_at", "updated_at"] {
                s.as_object_mut().unwrap().remove(k);
            }
            s
        }).collect::<Vec<_>>()
    };
    assert_eq!(strip(other.json(&["subprocessor", "list", "--json"])), strip(env.json(&["subprocessor", "list", "--json"])));
}

#[test]
fn a_bad_import_reports_every_bad_row_and_imports_nothing() {
    let env = Env::new();
    env.init_cnil();
    let file = env.path("bad.csv");
    std::fs::write(&file, "Nom;Prestation;Catégorie;Pays\nOVH SAS;Sauvegardes;hébergement;France\nAcme;Mail;catering;France\nBeta;Hosting;hosting;Narnia\n").unwrap();
    let out = env.run(&["subprocessor", "import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 3, Catégorie") && err.contains("'catering'"), "{err}");
    assert!(err.contains("line 4, Pays") && err.contains("'Narnia'"), "{err}");
    assert_eq!(env.json(&["subprocessor", "list", "--json"]), serde_json::json!([]));
}

#[test]
fn audit_verify_passes_then_finds_an_edited_entry() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "import", fixture("subprocessors-small-vendor.csv").to_str().unwrap()]);
    let out = env.ok(&["audit", "verify"]);
    assert!(out.contains("11 entries checked"), "{out}");

    // Someone edits the log behind the application's back.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 4;").unwrap();
    drop(conn);
    let err = env.fails(&["audit", "verify"]);
    assert!(err.contains("entry 4") && err.contains("edited"), "{err}");
    let v = env.run(&["audit", "verify", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&v.stdout).unwrap();
    assert_eq!((v["ok"].as_bool(), v["first_bad"].as_i64(), v["checked"].as_i64()), (Some(false), Some(4), Some(3)));
}

#[test]
fn audit_verify_finds_a_deleted_entry() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "import", fixture("subprocessors-small-vendor.csv").to_str().unwrap()]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 6;").unwrap();
    drop(conn);
    let err = env.fails(&["audit", "verify"]);
    assert!(err.contains("entry 7") && err.contains("deleted"), "{err}");
}

#[test]
fn the_audit_log_refuses_updates_from_sql() {
    let env = Env::new();
    env.init_cnil();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let err = conn.execute("UPDATE audit_log SET actor = 'x'", []).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
}

#[test]
fn the_printed_list_has_every_name_in_both_languages() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "import", fixture("subprocessors-small-vendor.csv").to_str().unwrap()]);
    env.ok(&["subprocessor", "add", "--name", "Société Générale Établissements Œuvre", "--service", "Paiements sécurisés", "--category", "payments", "--country", "FR", "--locations", "FR,DE"]);
    env.ok(&["subprocessor", "add", "--name", "Proposed Vendor Ltd", "--service", "Trial", "--category", "other", "--country", "GB", "--status", "proposed"]);
    let list = env.json(&["subprocessor", "list", "--json"]);

    let en = env.path("list-en.pdf");
    env.ok(&["print", "subprocessors", "-o", en.to_str().unwrap(), "--lang", "en"]);
    qpdf_check(&en);
    let text = pdf_text(&en);
    for s in list.as_array().unwrap().iter().filter(|s| s["status"] != "proposed") {
        let name = s["name"].as_str().unwrap();
        // pdftotext may break a long cell across lines: check each word of the name.
        for word in name.split_whitespace() {
            assert!(text.contains(word), "'{word}' of '{name}' missing from the PDF text:\n{text}");
        }
    }
    assert!(text.contains("Société") && text.contains("Établissements") && text.contains("Œuvre"), "{text}");
    assert!(!text.contains("Proposed Vendor"), "proposed subprocessors are not public");
    assert!(text.contains("Subprocessors") && text.contains("Page 1 of"), "{text}");
    assert!(text.contains("Exemple Logiciels SAS"));

    let fr = env.path("list-fr.pdf");
    env.ok(&["print", "subprocessors", "-o", fr.to_str().unwrap(), "--lang", "fr"]);
    qpdf_check(&fr);
    let text = pdf_text(&fr);
    assert!(text.contains("Sous-traitants ultérieurs") && text.contains("États-Unis") && text.contains("Hébergement"), "{text}");
}

#[test]
fn the_database_path_comes_from_privdesk_db_and_newer_databases_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nested/env.sqlite3");
    let run = |args: &[&str]| std::process::Command::new(env!("CARGO_BIN_EXE_privdesk")).args(args).env("PRIVDESK_DB", &db).output().unwrap();
    let out = run(&["info", "--json"]);
    assert!(!out.status.success(), "no store is made by a command other than init");
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no Privacy Desk database"));
    assert!(!db.exists());
    assert!(run(&["init", "--name", "Env SAS", "--country", "FR", "--authority", "cnil"]).status.success());
    let out = run(&["info", "--json"]);
    assert!(out.status.success());
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(info["database"], db.display().to_string());
    assert!(db.exists());

    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA user_version = 42;").unwrap();
    drop(conn);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_privdesk")).args(["info"]).env("PRIVDESK_DB", &db).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer version of Privacy Desk"));
}

#[test]
fn demo_fills_every_module_at_the_size_asked() {
    let env = Env::new();
    env.init_cnil();
    let out = env.ok(&["demo", "--subprocessors", "12", "--activities", "6", "--requests", "400", "--breaches", "5"]);
    assert!(out.contains("Added 12 subprocessors, 6 activities, 400 requests, 5 breaches to"), "{out}");
    assert_eq!(env.json(&["subprocessor", "list", "--json"]).as_array().unwrap().len(), 12);
    assert_eq!(env.json(&["activity", "list", "--json"]).as_array().unwrap().len(), 6);
    let requests = env.json(&["request", "list", "--json"]);
    let requests = requests.as_array().unwrap();
    assert_eq!(requests.len(), 400);
    let statuses: std::collections::BTreeSet<&str> = requests.iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert!(statuses.len() >= 3, "the requests are at several stages: {statuses:?}");
    // As a privacy office keeps them: the old ones answered, a few left overdue.
    let open = requests.iter().filter(|r| r["closed_on"].is_null()).count();
    assert!((10..100).contains(&open), "{open} of 400 open");
    assert_eq!(env.json(&["breach", "list", "--json"]).as_array().unwrap().len(), 5);
    assert!(env.json(&["audit", "verify", "--json"])["ok"].as_bool().unwrap());
    // Activities need subprocessors to link: said, and nothing added.
    let empty = Env::new();
    empty.init_cnil();
    let err = empty.fails(&["demo", "--activities", "3"]);
    assert!(err.contains("activities") && err.contains("--subprocessors"), "{err}");
}

#[test]
fn demo_fills_a_register_that_lists_and_prints() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["demo", "--subprocessors", "250"]);
    let list = env.json(&["subprocessor", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 250);
    let pdf = env.path("demo.pdf");
    env.ok(&["print", "subprocessors", "-o", pdf.to_str().unwrap()]);
    qpdf_check(&pdf);
    let text = pdf_text(&pdf);
    let pages = text.matches("Page ").count();
    assert!(pages > 3, "a 250-row register spans several pages");
    assert_eq!(text.matches("Catégorie").count(), text.matches("Page ").count(), "the header row repeats on every page");
}

#[test]
fn printing_the_public_list_names_the_transfers_without_a_safeguard() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "Hetzner Online GmbH", "--service", "Hosting", "--category", "hosting", "--country", "DE", "--locations", "DE"]);
    env.ok(&["subprocessor", "add", "--name", "Acme Analytics Inc.", "--service", "Analytics", "--category", "analytics", "--country", "US", "--locations", "US", "--status", "active"]);
    let pdf = env.path("list.pdf");
    let out = env.run(&["print", "subprocessors", "-o", pdf.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(pdf.exists(), "the list is printed all the same");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning: Acme Analytics Inc. (#2)"), "{err}");
    assert!(!err.contains("Hetzner"), "{err}");
    // With the safeguard recorded, nothing to say.
    env.ok(&["subprocessor", "edit", "2", "--transfer", "scc"]);
    let out = env.run(&["print", "subprocessors", "-o", pdf.to_str().unwrap(), "--force"]);
    assert!(String::from_utf8_lossy(&out.stderr).trim().is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
