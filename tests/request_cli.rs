//! `privdesk request ...` and `privdesk print request-letter` through the built binary, on temporary databases.

mod common;

use common::{pdf_text, qpdf_check, Env};
use serde_json::Value;
use std::process::Command;

fn init_ico(env: &Env) {
    env.ok(&[
        "init", "--name", "Example Software Ltd", "--country", "GB", "--authority", "ico", "--address",
        "1 Dock Road, Bristol BS1 4AA", "--contact-name", "Sam Taylor", "--contact-email", "privacy@example.co.uk",
    ]);
}

/// Runs with another pinned "now", for dates after the default test clock.
fn json_at(env: &Env, now: &str, args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_privdesk"))
        .arg("--db")
        .arg(&env.db)
        .args(args)
        .env("PRIVDESK_NOW", now)
        .env_remove("PRIVDESK_DB")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn add(env: &Env, requester: &str, received: &str, extra: &[&str]) -> Value {
    let mut args = vec!["request", "add", "--requester", requester, "--received", received, "--json"];
    if !extra.contains(&"--rights") {
        args.extend(["--rights", "access"]);
    }
    args.extend_from_slice(extra);
    env.json(&args)
}

#[test]
fn ico_worked_examples_end_to_end() {
    let env = Env::new();
    init_ico(&env);
    for (received, due) in [
        ("2025-09-03", "2025-10-03"),
        ("2025-03-31", "2025-04-30"),
        ("2024-11-25", "2024-12-27"),
        ("2025-08-01", "2025-09-01"),
    ] {
        let r = add(&env, "Jane Doe", received, &[]);
        assert_eq!(r["regime"], "uk-gdpr", "the ICO organisation's default regime");
        assert_eq!(r["due_on"], due, "received {received}: {}", r["due_rule"]);
    }
    // 31 Jan 2028 lies after the tests' usual today, so this one runs on a later clock.
    let r = json_at(&env, "2028-02-01T10:00:00Z", &["request", "add", "--requester", "Jo Bloggs", "--rights", "access", "--received", "2028-01-31", "--json"]);
    assert_eq!(r["due_on"], "2028-02-29");
    let list = env.json(&["request", "list", "--json"]);
    let shown = list.as_array().unwrap();
    assert_eq!(shown.len(), 5);
    for key in ["id", "requester", "rights", "regime", "status", "received_on", "due_on", "due_rule", "days_left", "original_due_on", "extended_due_on", "acknowledge_by", "departure", "urgency"] {
        assert!(shown[0].get(key).is_some(), "list item lacks {key}: {}", shown[0]);
    }
    let dues: Vec<&str> = shown.iter().map(|r| r["due_on"].as_str().unwrap()).collect();
    assert_eq!(dues, vec!["2024-12-27", "2025-04-30", "2025-09-01", "2025-10-03", "2028-02-29"], "soonest due first");
    assert!(shown[0]["due_rule"].as_str().unwrap().contains("moved from Wed 25 Dec 2024 to Fri 27 Dec 2024, Christmas Day, Boxing Day"), "{}", shown[0]["due_rule"]);
    assert_eq!(shown[0]["urgency"], "overdue");
}

#[test]
fn a_uk_request_through_identity_clarification_extension_and_closing() {
    let env = Env::new();
    init_ico(&env);
    let r = add(&env, "Jane Doe", "2026-03-02", &["--email", "jane@example.com", "--rights", "access,erasure"]);
    assert_eq!(r["rights"], serde_json::json!(["access", "erasure"]));
    assert_eq!(r["channel"], "email");
    assert_eq!(r["status"], "received");
    assert_eq!(r["due_on"], "2026-04-02");

    let r = env.json(&["request", "identity", "1", "--requested-on", "2026-03-03", "--json"]);
    assert_eq!(r["status"], "awaiting-identity");
    let err = env.fails(&["request", "identity", "1", "--received-on", "2026-03-02"]);
    assert!(err.contains("received_on: 2026-03-02 is before identity evidence was requested on 2026-03-03"), "{err}");
    let r = env.json(&["request", "identity", "1", "--received-on", "2026-03-09", "--json"]);
    assert_eq!((r["clock_start_on"].as_str(), r["due_on"].as_str()), (Some("2026-03-09"), Some("2026-04-09")));
    env.ok(&["request", "clarify", "1", "--asked-on", "2026-03-10"]);
    let r = env.json(&["request", "clarify", "1", "--answered-on", "2026-03-13", "--json"]);
    assert_eq!(r["paused_days"], 4, "10 to 13 Mar: the asking and the answering day are both excluded (UK GDPR Art. 12A)");
    assert_eq!(r["due_on"], "2026-04-13", "9 Apr plus 4 paused days is Monday 13 Apr");

    let err = env.fails(&["request", "extend", "1", "--reason", "Many systems to search", "--notified-on", "2026-04-14"]);
    assert!(err.contains("notified_on: extension notice on Tue 14 Apr 2026 is too late"), "{err}");
    let err = env.fails(&["request", "extend", "1", "--reason", " ", "--notified-on", "2026-04-01"]);
    assert!(err.contains("reason: is required"), "{err}");
    let r = env.json(&["request", "extend", "1", "--reason", "Many systems to search", "--notified-on", "2026-04-01", "--json"]);
    assert_eq!(r["status"], "extended");
    assert_eq!((r["original_due_on"].as_str(), r["extended_due_on"].as_str()), (Some("2026-04-13"), Some("2026-06-15")), "9 Jun + 4 is Saturday 13 Jun");
    let err = env.fails(&["request", "extend", "1", "--reason", "again", "--notified-on", "2026-04-02"]);
    assert!(err.contains("allowed once"), "{err}");

    let err = env.fails(&["request", "close", "1", "--outcome", "refused", "--on", "2026-05-01"]);
    assert!(err.contains("Art. 12(5)"), "{err}");
    let r = env.json(&["request", "close", "1", "--outcome", "completed", "--on", "2026-05-01", "--json"]);
    assert_eq!((r["status"].as_str(), r["closed_on"].as_str(), r["days_left"].is_null()), (Some("completed"), Some("2026-05-01"), true));
    let err = env.fails(&["request", "close", "1", "--outcome", "withdrawn", "--on", "2026-05-02"]);
    assert!(err.contains("already closed (completed on 2026-05-01)"), "{err}");

    let shown = env.json(&["request", "show", "1", "--json"]);
    let kinds: Vec<&str> = shown["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, vec!["received", "identity-requested", "identity-received", "clarification-asked", "clarification-answered", "extended", "completed"]);
    let text = env.ok(&["request", "show", "1"]);
    assert!(text.contains("Extended, requester told: Many systems to search"), "{text}");

    // Eight changes, eight audit entries; none holds the requester's name or e-mail in clear.
    let log = env.json(&["audit", "log", "--entity", "request", "--json"]);
    let actions: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, vec!["create", "identity-requested", "identity-received", "clarification-asked", "clarification-answered", "extended", "completed"]);
    let raw = log.to_string();
    assert!(!raw.contains("Jane") && !raw.contains("jane@example.com") && !raw.contains("Many systems"), "{raw}");
}

#[test]
fn bad_input_names_the_field_and_the_value_and_writes_nothing() {
    let env = Env::new();
    env.init_cnil();
    let before = env.json(&["audit", "log", "--json"]).as_array().unwrap().len();
    let err = env.fails(&["request", "add", "--requester", "Jean Dupont", "--rights", "access,teleportation", "--received", "03/09/2025", "--regime", "gdpr"]);
    assert!(err.contains("received_on: '03/09/2025' is not a date"), "{err}");
    assert!(err.contains("'teleportation'"), "{err}");
    assert!(err.contains("regime: unknown regime \"gdpr\""), "{err}");
    let err = env.fails(&["request", "show", "7"]);
    assert!(err.contains("request #7 does not exist"), "{err}");
    add(&env, "Jean Dupont", "2026-11-02", &[]);
    let err = env.fails(&["request", "start", "1", "--on", "2026-13-01"]);
    assert!(err.contains("on: '2026-13-01' is not a date"), "{err}");
    let err = env.fails(&["request", "identity", "1"]);
    assert!(err.contains("give exactly one of --requested-on and --received-on"), "{err}");
    assert_eq!(env.json(&["audit", "log", "--json"]).as_array().unwrap().len(), before + 1, "only the valid add was recorded");
    assert_eq!(env.json(&["request", "list", "--json"])[0]["status"], "received");
}

#[test]
fn eu_pause_is_a_visible_departure_and_ccpa_has_an_acknowledgement_date() {
    let env = Env::new();
    env.init_cnil();
    let r = add(&env, "Jean Dupont", "2026-03-02", &["--rights", "access"]);
    assert_eq!(r["regime"], "eu-gdpr");
    env.ok(&["request", "identity", "1", "--requested-on", "2026-03-02"]);
    let r = env.json(&["request", "identity", "1", "--received-on", "2026-03-09", "--json"]);
    assert_eq!(r["due_on"], "2026-04-02", "the EU clock runs from receipt by default");
    assert!(r["departure"].is_null());
    let r = env.json(&["request", "pause", "1", "--on", "2026-03-10", "--reason", "Identity in serious doubt", "--json"]);
    assert_eq!(r["due_on"], "2026-04-09");
    assert!(r["departure"].as_str().unwrap().starts_with("Departs from the default reading"));
    let err = env.fails(&["request", "pause", "1", "--on", "2026-03-10", "--reason", "again"]);
    assert!(err.contains("already applied"), "{err}");
    let r = env.json(&["request", "pause", "1", "--on", "2026-03-11", "--reason", "DPO advice", "--remove", "--json"]);
    assert_eq!(r["due_on"], "2026-04-02");

    let r = add(&env, "Pat Smith", "2026-03-01", &["--regime", "ccpa", "--rights", "opt-out-sale,access"]);
    assert_eq!((r["due_on"].as_str(), r["acknowledge_by"].as_str()), (Some("2026-04-14"), Some("2026-03-13")));
    let err = env.fails(&["request", "pause", "2", "--on", "2026-03-02", "--reason", "x"]);
    assert!(err.contains("EU GDPR requests only"), "{err}");
    let only_ccpa = env.json(&["request", "list", "--json", "--regime", "ccpa"]);
    assert_eq!(only_ccpa.as_array().unwrap().len(), 1);
    let by_right = env.json(&["request", "list", "--json", "--right", "opt-out-sale"]);
    assert_eq!(by_right[0]["requester"], "Pat Smith");
    let found = env.json(&["request", "list", "--json", "--search", "dupont"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
}

#[test]
fn retention_purge_pseudonymises_and_keeps_the_log() {
    let env = Env::new();
    env.init_cnil();
    add(&env, "Jean Dupont", "2023-10-02", &["--email", "jean@exemple.fr", "--notes", "Client depuis 2019"]);
    env.ok(&["request", "close", "1", "--outcome", "refused", "--on", "2023-10-20", "--reason", "Jean a envoyé 40 demandes"]);
    add(&env, "Marie Curie", "2024-10-02", &[]);
    env.ok(&["request", "close", "2", "--outcome", "completed", "--on", "2024-10-20"]);
    add(&env, "Open Case", "2026-11-02", &[]);

    let plan = env.json(&["request", "purge", "--dry-run", "--json"]);
    assert_eq!(plan["plan"]["items"].as_array().unwrap().len(), 1);
    assert_eq!(plan["plan"]["items"][0]["reference"], "R-000001");
    assert_eq!(env.json(&["request", "show", "1", "--json"])["requester"], "Jean Dupont", "a dry run writes nothing");

    env.ok(&["org", "set", "--request-retention-years", "1"]);
    let done = env.json(&["request", "purge", "--json"]);
    assert_eq!(done["plan"]["items"].as_array().unwrap().len(), 2);
    let r = env.json(&["request", "show", "1", "--json"]);
    assert_eq!(r["requester"], "Requester R-000001");
    assert!(r["email"].is_null() && r["notes"].is_null() && r["close_reason"].is_null());
    assert_eq!((r["outcome"].as_str(), r["closed_on"].as_str(), r["received_on"].as_str()), (Some("refused"), Some("2023-10-20"), Some("2023-10-02")));
    assert_eq!(r["pseudonymised_on"], "2026-11-23");
    assert!(r["timeline"].as_array().unwrap().iter().all(|e| e["reason"].is_null()));
    assert_eq!(env.json(&["request", "show", "3", "--json"])["requester"], "Open Case", "open requests are kept");
    let log = env.json(&["audit", "log", "--json"]).to_string();
    assert!(!log.contains("Jean") && !log.contains("jean@exemple.fr") && !log.contains("40 demandes"), "{log}");
    assert!(log.contains("pseudonymise") && log.contains("request-purge"));
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
    let err = env.fails(&["request", "edit", "1", "--requester", "Jean Dupont"]);
    assert!(err.contains("pseudonymised"), "{err}");
    assert_eq!(env.json(&["request", "purge", "--json"])["plan"]["items"].as_array().unwrap().len(), 0, "nothing twice");
}

#[test]
fn org_settings_for_requests_retention_and_added_holidays() {
    let env = Env::new();
    init_ico(&env);
    let err = env.fails(&["org", "set", "--request-retention-years", "0", "--add-holiday", "2026-02-30"]);
    assert!(err.contains("request_retention_years: '0'") && err.contains("extra_holidays: '2026-02-30'"), "{err}");
    // A one-off bank holiday on Friday 3 Oct 2025 moves the due date of a request received on 3 Sep.
    env.ok(&["org", "set", "--add-holiday", "2025-10-03"]);
    let r = add(&env, "Jane Doe", "2025-09-03", &[]);
    assert_eq!(r["due_on"], "2025-10-06");
    assert!(r["due_rule"].as_str().unwrap().contains("plus added holidays"), "{}", r["due_rule"]);
    env.ok(&["org", "set", "--remove-holiday", "2025-10-03"]);
    assert_eq!(env.json(&["request", "show", "1", "--json"])["due_on"], "2025-10-03", "computed when read, never stored");
    assert_eq!(env.json(&["org", "show", "--json"])["extra_holidays"], serde_json::json!([]));
}

#[test]
fn letters_in_english_and_french_say_what_the_law_requires() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["org", "set", "--address", "12 rue de la Paix, 75002 Paris"]);
    add(&env, "Jean Dupont", "2026-03-02", &["--rights", "access,erasure", "--address", "5 avenue Foch\n69006 Lyon"]);
    env.ok(&["request", "extend", "1", "--reason", "Données réparties dans sept systèmes", "--notified-on", "2026-03-20"]);
    add(&env, "Pat Smith", "2026-03-01", &["--regime", "uk-gdpr"]);
    env.ok(&["request", "close", "2", "--outcome", "refused", "--on", "2026-03-10", "--reason", "Twelfth identical request this month"]);

    let print = |id: &str, kind: &str, lang: &str| {
        let path = env.path(&format!("{id}-{kind}-{lang}.pdf"));
        env.ok(&["print", "request-letter", id, "--kind", kind, "-o", path.to_str().unwrap(), "--lang", lang, "--force"]);
        qpdf_check(&path);
        // Lines wrap anywhere, so the checks compare text with every run of white space made one space.
        pdf_text(&path).split_whitespace().collect::<Vec<_>>().join(" ")
    };
    for lang in ["en", "fr"] {
        for kind in ["acknowledgement", "identity", "extension", "response"] {
            let text = print("1", kind, lang);
            let cites = if lang == "en" { ["GDPR Art. 15", "GDPR Art. 17"] } else { ["RGPD art. 15", "RGPD art. 17"] };
            for needle in ["Exemple Logiciels SAS", "12 rue de la Paix", "dpo@exemple.fr", "Jean Dupont", "69006 Lyon", "R-000001", cites[0], cites[1]] {
                assert!(text.contains(needle), "{kind} {lang}: {needle} missing:\n{text}");
            }
        }
    }
    let en = print("1", "extension", "en");
    for needle in ["2 March 2026", "Extended due date", "2 June 2026", "2 April 2026", "Our reasons: Données réparties", "two further months", "GDPR Art. 12(3)"] {
        assert!(en.contains(needle), "{needle} missing:\n{en}");
    }
    let fr = print("1", "extension", "fr");
    for needle in ["2 mars 2026", "Échéance prolongée", "2 juin 2026", "Nos motifs : Données réparties", "RGPD art. 12, § 3", "Accès (RGPD art. 15)"] {
        assert!(fr.contains(needle), "{needle} missing:\n{fr}");
    }
    let ack = print("1", "acknowledgement", "fr");
    assert!(ack.contains("Nous avons reçu votre demande le 2 mars 2026"), "{ack}");
    // Printed after the extension, the acknowledgement is dated the day of receipt and gives the first due date.
    let ack_en = print("1", "acknowledgement", "en");
    assert!(ack_en.contains("at the latest by 2 April 2026, within one month from receipt") && !ack_en.contains("2 June 2026"), "{ack_en}");
    assert!(ack_en.contains("Jean Dupont 5 avenue Foch 69006 Lyon 2 March 2026"), "dated the day of receipt:\n{ack_en}");
    let chosen = env.path("ack-dated.pdf");
    env.ok(&["print", "request-letter", "1", "--kind", "acknowledgement", "--dated", "2026-03-04", "--lang", "en", "-o", chosen.to_str().unwrap()]);
    assert!(pdf_text(&chosen).split_whitespace().collect::<Vec<_>>().join(" ").contains("69006 Lyon 4 March 2026"));
    let err = env.fails(&["print", "request-letter", "1", "--kind", "acknowledgement", "--dated", "2026-02-28", "-o", env.path("y.pdf").to_str().unwrap()]);
    assert!(err.contains("dated: 2026-02-28 is before the request was received on 2026-03-02"), "{err}");
    assert!(!env.path("y.pdf").exists(), "nothing written");
    // No English left in the French title: the regulation is the RGPD there.
    assert!(ack.contains("Votre demande (RGPD)") && !ack.contains("EU GDPR"), "{ack}");

    let refusal = print("2", "refusal", "en");
    for needle in ["manifestly unfounded or excessive", "UK GDPR Art. 12(5)", "Twelfth identical request", "Information Commissioner's Office", "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF", "ico.org.uk"] {
        assert!(refusal.contains(needle), "{needle} missing:\n{refusal}");
    }
    let refus = print("2", "refusal", "fr");
    for needle in ["manifestement infondée ou excessive", "Nos motifs : Twelfth", "réclamation", "Wycliffe House"] {
        assert!(refus.contains(needle), "{needle} missing:\n{refus}");
    }
    let err = env.fails(&["print", "request-letter", "2", "--kind", "extension", "-o", env.path("x.pdf").to_str().unwrap()]);
    assert!(err.contains("kind: no extension is recorded"), "{err}");
    let err = env.fails(&["print", "request-letter", "1", "--kind", "refusal", "-o", env.path("x.pdf").to_str().unwrap()]);
    assert!(err.contains("not recorded as refused"), "{err}");
}

/// UK GDPR Art. 12A(2): where a fee may be charged (Art. 12(5) or 15(3)), the relevant time period begins with the day
/// the fee is received. Requested, the request awaits its fee; paid, the clock runs from that day; the fee request
/// letter prints in both languages, dated the day the fee was asked for.
#[test]
fn a_uk_fee_requested_then_received_starts_the_clock_and_its_letter_prints_in_both_languages() {
    let env = Env::new();
    init_ico(&env);
    add(&env, "Jane Doe", "2026-11-02", &["--email", "jane@example.com", "--fee", "£10"]);
    let before = env.json(&["audit", "log", "--json"]).as_array().unwrap().len();
    for (args, reason) in [
        (vec!["request", "fee", "1"], "give exactly one of --requested-on and --received-on"),
        (vec!["request", "fee", "1", "--requested-on", "2026-11-01"], "fee_requested_on: 2026-11-01 is before the request was received"),
        (vec!["request", "fee", "1", "--requested-on", "2026-11-03", "--received-on", "2026-11-04"], "give exactly one of"),
    ] {
        let err = env.fails(&args);
        assert!(err.contains(reason), "{args:?}: {err}");
    }
    assert_eq!(env.json(&["audit", "log", "--json"]).as_array().unwrap().len(), before, "nothing written");

    let r = env.json(&["request", "fee", "1", "--requested-on", "2026-11-03", "--json"]);
    assert_eq!(r["status"], "awaiting-fee");
    assert_eq!(r["fee_requested_on"], "2026-11-03");
    assert_eq!(r["clock_waits_for"]["code"], "fee", "the clock has not started");
    assert!(env.ok(&["request", "show", "1"]).contains("When the fee asked for is received"));
    assert!(r["due_rule"].as_str().unwrap().contains("fee requested on 3 Nov 2026 not yet received: the clock starts when it is paid"), "{}", r["due_rule"]);
    let listed = env.json(&["request", "list", "--status", "awaiting-fee", "--json"]);
    assert_eq!(listed["items"].as_array().map(|a| a.len()).or_else(|| listed.as_array().map(|a| a.len())), Some(1), "{listed}");

    let err = env.fails(&["request", "fee", "1", "--received-on", "2026-11-02"]);
    assert!(err.contains("fee_received_on: 2026-11-02 is before the fee was requested on 2026-11-03"), "{err}");
    assert!(env.fails(&["request", "fee", "1", "--requested-on", "2026-11-04"]).contains("the request for a fee was already recorded on 2026-11-03"));

    // Paid on Tue 10 Nov 2026: one month from then, Thu 10 Dec 2026.
    let r = env.json(&["request", "fee", "1", "--received-on", "2026-11-10", "--json"]);
    assert_eq!((r["status"].as_str(), r["clock_start_on"].as_str(), r["due_on"].as_str()), (Some("received"), Some("2026-11-10"), Some("2026-12-10")));
    assert!(r["due_rule"].as_str().unwrap().starts_with("UK GDPR Art. 12A: one month from 10 Nov 2026 (fee received)"), "{}", r["due_rule"]);
    assert_eq!(r["clock_waits_for"], Value::Null);

    for (lang, needles) in [
        ("en", ["3 November 2026", "— fee request", "a reasonable fee of £10 is payable", "UK GDPR Art. 12(5) and 15(3)", "starts on the day we receive the fee"]),
        ("fr", ["3 novembre 2026", "demande de frais", "des frais raisonnables de £10 sont dus", "UK GDPR art. 12, § 5 et art. 15, § 3", "court à compter de la réception des frais"]),
    ] {
        let path = env.path(&format!("fee-{lang}.pdf"));
        env.ok(&["print", "request-letter", "1", "--kind", "fee", "--lang", lang, "-o", path.to_str().unwrap()]);
        let text = pdf_text(&path).split_whitespace().collect::<Vec<_>>().join(" ");
        for needle in needles {
            assert!(text.contains(needle), "{lang}: {needle} missing:\n{text}");
        }
    }

    // No amount recorded: the fee request letter is refused, naming the field.
    add(&env, "Pat Smith", "2026-11-02", &[]);
    let err = env.fails(&["print", "request-letter", "2", "--kind", "fee", "-o", env.path("none.pdf").to_str().unwrap()]);
    assert!(err.contains("fee: no fee is recorded on this request"), "{err}");
    assert!(!env.path("none.pdf").exists());
}
