//! `privdesk policy …` and `privdesk print policy-notice` through the built binary, on a real privacy policy
//! (tests/fixtures/policies). The clock is pinned at 2026-11-23T10:00:00Z (see `common::Env::run`).

mod common;

use common::{fixture, pdf_text, qpdf_check, Env};
use std::process::Command;

/// The DataOps policy as published, and a second version with a few paragraphs edited, one removed, one added.
fn versions(env: &Env) -> (String, String) {
    let v1 = fixture("policies/dataops-privacy-policy-2022.txt");
    let text = std::fs::read_to_string(&v1).unwrap();
    let edited = text
        .replace("We are committed to protecting and respecting your privacy.", "We are firmly committed to protecting and respecting your privacy.")
        .replace("Please read the following carefully to understand our views and practices regarding your personal data and how we will treat it.\n\n", "")
        .replacen("Data Controller\n\nDataOps", "Data Controller\n\nWe now share usage statistics with our analytics provider.\n\nDataOps", 1);
    assert_ne!(edited, text);
    let v2 = env.path("dataops-2023.md");
    std::fs::write(&v2, edited).unwrap();
    (v1.display().to_string(), v2.display().to_string())
}

fn setup(env: &Env) {
    env.init_cnil();
    let (v1, v2) = versions(env);
    let p = env.json(&["policy", "add", "--kind", "privacy", "--title", "DataOps privacy policy", "--json"]);
    assert_eq!((p["id"].as_i64(), p["kind"].as_str()), (Some(1), Some("privacy")));
    env.ok(&["policy", "version", "1", "--file", &v1, "--label", "2022"]);
    env.ok(&["policy", "version", "1", "--file", &v2, "--label", "2023", "--dated-on", "2026-11-20"]);
}

fn audit_len(env: &Env) -> usize {
    env.json(&["audit", "log", "--json"]).as_array().unwrap().len()
}

#[test]
fn diff_of_two_versions_of_a_real_policy_is_summarised_and_word_level() {
    let env = Env::new();
    setup(&env);
    let d = env.json(&["policy", "diff", "1", "--from", "2022", "--to", "2023", "--json"]);
    assert_eq!(d["summary"]["added"], 1);
    assert_eq!(d["summary"]["removed"], 1);
    assert_eq!(d["summary"]["changed"], 1);
    let changed = d["paragraphs"].as_array().unwrap().iter().find(|p| p["status"] == "changed").unwrap();
    let added_words: Vec<_> = changed["segments"].as_array().unwrap().iter().filter(|s| s["kind"] == "added").map(|s| s["text"].as_str().unwrap().trim()).collect();
    assert_eq!(added_words, ["firmly"]);
    let text = env.ok(&["policy", "diff", "1", "--from", "2022", "--to", "2023"]);
    assert!(text.contains("{+firmly +}"), "{text}");
    assert!(text.contains("+ We now share usage statistics"), "{text}");
    assert!(text.contains("1 paragraphs added, 1 removed, 1 changed"), "{text}");
    let err = env.fails(&["policy", "diff", "1", "--from", "2021", "--to", "2024"]);
    assert!(err.contains("from: '2021' is not a version") && err.contains("to: '2024'"), "{err}");

    let list = env.json(&["policy", "list", "--json"]);
    assert_eq!(list[0]["latest_label"], "2023");
    // No change recorded: the 2023 version counts from its own date (20 Nov), which has come.
    assert_eq!(list[0]["in_effect_label"], "2023");
    assert_eq!(list[0]["versions"].as_array().unwrap().len(), 2);
    let err = env.fails(&["policy", "version", "1", "--file", &fixture("policies/playsql-privacy-policy.txt").display().to_string(), "--label", "2023"]);
    assert!(err.contains("label: '2023' is already a version"), "{err}");
}

#[test]
fn a_substantial_change_takes_effect_thirty_days_after_notice_and_lists_its_rule() {
    let env = Env::new();
    setup(&env);
    let c = env.json(&["policy", "change", "1", "--to", "2023", "--class", "substantial", "--notice-on", "2026-12-02", "--summary", "We now share usage statistics with our analytics provider.", "--adds-purpose", "--json"]);
    assert_eq!(c["effective_on"], "2027-01-01");
    let changes = env.json(&["policy", "changes", "--json"]);
    let first = &changes[0];
    for key in ["id", "policy_id", "class", "notice_on", "effective_on", "status", "rule"] {
        assert!(first.get(key).is_some(), "change lacks {key}: {first}");
    }
    assert_eq!(first["class"], "substantial");
    assert_eq!(first["status"], "draft", "notice is given on 2 Dec, after today");
    assert_eq!(
        first["rule"],
        "Substantial change: notice on 2 Dec 2026 + 30 days (organisation notice period) = 1 Jan 2027; planned: the period runs \
         once who was told, and how, is recorded"
    );
    assert!(first["warning"].as_str().unwrap().contains("notice must precede the new processing"));
    // Until its change takes effect, the new version is not the one in effect.
    assert_eq!(env.json(&["policy", "list", "--json"])[0]["in_effect_label"], "2022");

    // The status is derived from today: before, during and after the notice period.
    let status_on = |now: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_privdesk"))
            .args(["--db", env.db.to_str().unwrap(), "policy", "changes", "--json"])
            .env("PRIVDESK_NOW", now)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v[0]["status"].as_str().unwrap().to_string()
    };
    // A notice date with nobody recorded as told is only planned: the change stays a draft and the period does not
    // run, however late it is.
    assert_eq!(status_on("2026-12-02T09:00:00Z"), "draft");
    assert_eq!(status_on("2027-02-01T09:00:00Z"), "draft");
    let c = &env.json(&["policy", "changes", "--json"])[0];
    assert!(c["rule"].as_str().unwrap().ends_with("; planned: the period runs once who was told, and how, is recorded"), "{}", c["rule"]);
    assert!(c["warning"].as_str().unwrap().starts_with("Nobody is recorded as told of this change yet"), "{}", c["warning"]);
    let due = env.json(&["deadlines", "--json"]);
    assert!(due.as_array().unwrap().iter().any(|d| d["title"].as_str().unwrap().contains("(planned: record who was told)")), "{due}");
    env.ok(&["policy", "notify", "1", "--channel", "web", "--to", "https://dataops.live/privacy", "--on", "2026-12-02"]);
    assert_eq!(status_on("2026-12-02T09:00:00Z"), "noticed");
    assert_eq!(status_on("2026-12-31T22:59:00Z"), "noticed", "23:59 in Paris is still 31 December");
    assert_eq!(status_on("2026-12-31T23:00:00Z"), "in-effect", "midnight in Paris is 1 January");

    // A minor change with the organisation's period changed in Settings; a legal change takes effect at once.
    env.ok(&["org", "set", "--notice-minor-days", "14"]);
    env.ok(&["policy", "edit-change", "1", "--class", "minor"]);
    assert_eq!(env.json(&["policy", "changes", "--json"])[0]["effective_on"], "2026-12-16");
    env.ok(&["policy", "edit-change", "1", "--class", "legal", "--notice-on", "2026-11-23"]);
    let c = &env.json(&["policy", "changes", "--json"])[0];
    assert_eq!((c["effective_on"].as_str(), c["status"].as_str()), (Some("2026-11-23"), Some("in-effect")));
    env.ok(&["policy", "notify", "1", "--channel", "email", "--to", "Acme SA <it@acme.fr>", "--on", "2026-11-24"]);
    let c = &env.json(&["policy", "changes", "--json"])[0];
    let channels: Vec<&str> = c["recipients"].as_array().unwrap().iter().map(|r| r["channel"].as_str().unwrap()).collect();
    assert_eq!(channels, ["email", "web"], "in the order they were told");
}

#[test]
fn bad_change_input_names_each_field_and_changes_nothing() {
    let env = Env::new();
    setup(&env);
    let before = audit_len(&env);
    let err = env.fails(&["policy", "change", "1", "--to", "2025", "--class", "huge", "--notice-on", "2/12/2026", "--period-days", "45"]);
    for needle in ["to: '2025' is not a version", "class: 'huge' is not a change class", "notice_on: '2/12/2026' is not a date", "period_reason: is required"] {
        assert!(err.contains(needle), "{needle} missing in {err}");
    }
    assert_eq!(audit_len(&env), before);
    assert_eq!(env.json(&["policy", "changes", "--json"]), serde_json::json!([]));
    env.ok(&["policy", "change", "1", "--to", "2023", "--class", "minor", "--notice-on", "2026-12-02"]);
    let err = env.fails(&["policy", "change", "1", "--to", "2023", "--class", "minor", "--notice-on", "2026-12-02"]);
    assert!(err.contains("already has change #1"), "{err}");
    let err = env.fails(&["policy", "add", "--kind", "manifesto", "--title", ""]);
    assert!(err.contains("kind: 'manifesto'") && err.contains("title: is required"), "{err}");
}

#[test]
fn the_change_notice_prints_in_english_and_french() {
    let env = Env::new();
    setup(&env);
    let err = {
        env.ok(&["policy", "change", "1", "--to", "2023", "--class", "substantial"]);
        env.fails(&["print", "policy-notice", "1", "-o", env.path("x.pdf").to_str().unwrap()])
    };
    assert!(err.contains("notice_on: is not set"), "{err}");
    env.ok(&["policy", "edit-change", "1", "--notice-on", "2026-12-02", "--summary", "We now share usage statistics with our analytics provider."]);
    let en = env.path("notice-en.pdf");
    env.ok(&["print", "policy-notice", "1", "-o", en.to_str().unwrap(), "--lang", "en"]);
    qpdf_check(&en);
    let text = pdf_text(&en);
    for needle in ["Notice of changes to our privacy policy", "2 December 2026", "1 January 2027", "usage statistics", "object", "stop using the service", "dpo@exemple.fr", "2022 → 2023"] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
    let fr = env.path("notice-fr.pdf");
    env.ok(&["print", "policy-notice", "1", "-o", fr.to_str().unwrap(), "--lang", "fr"]);
    let text = pdf_text(&fr);
    for needle in ["Avis de modification", "2 décembre 2026", "1er janvier 2027", "y opposer", "cesser d'utiliser le service", "Modification substantielle"] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
}
