//! `privdesk subprocessor announce|objection|notices|activate` and `privdesk print subprocessor-notice` through
//! the built binary. The clock is pinned at 2026-11-23T10:00:00Z (see `common::Env::run`).

mod common;

use common::{pdf_text, qpdf_check, Env};

fn setup(env: &Env) {
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "Sendinblue", "--service", "Transactional e-mail", "--category", "email", "--country", "FR", "--locations", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "add", "--name", "Mailchimp", "--service", "Newsletter", "--category", "email", "--country", "US", "--locations", "US", "--transfer", "dpf"]);
    env.ok(&["subprocessor", "customer", "add", "--name", "Acme SA", "--email", "it@acme.fr"]);
    env.ok(&["subprocessor", "customer", "add", "--name", "Beta SARL", "--email", "dpo@beta.fr"]);
}

#[test]
fn announcing_opens_a_notice_with_the_objection_window_and_sets_the_status() {
    let env = Env::new();
    setup(&env);
    let n = env.json(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23", "--replaces", "2", "--json"]);
    assert_eq!(n["objection_until"], "2026-12-22");
    assert_eq!(n["earliest_engagement_on"], "2026-12-23");
    assert_eq!(n["rule"], "Art. 28(2) GDPR / SCC Clause 9(a): objection period 30 days from 23 Nov 2026 = objections until 22 Dec 2026, earliest engagement 23 Dec 2026");
    assert_eq!(n["customers"].as_array().unwrap().len(), 2, "every customer is told by default");
    assert_eq!(env.json(&["subprocessor", "show", "1", "--json"])["status"], "announced");
    let audit = env.json(&["audit", "log", "--json"]);
    let actions: Vec<_> = audit.as_array().unwrap().iter().rev().take(2).map(|e| (e["entity"].as_str().unwrap().to_string(), e["action"].as_str().unwrap().to_string())).collect();
    assert_eq!(actions, [("subprocessor".into(), "announce".into()), ("subprocessor-notice".into(), "announce".to_string())]);

    env.ok(&["subprocessor", "announce", "2", "--notice-on", "2026-11-23", "--objection-days", "14", "--customer", "acme sa"]);
    let list = env.json(&["subprocessor", "notices", "--json"]);
    for key in ["id", "subprocessor_id", "notice_on", "objection_until", "earliest_engagement_on"] {
        assert!(list[0].get(key).is_some(), "notice lacks {key}: {}", list[0]);
    }
    let second = list.as_array().unwrap().iter().find(|n| n["id"] == 2).unwrap();
    assert_eq!((second["objection_until"].as_str(), second["earliest_engagement_on"].as_str()), (Some("2026-12-06"), Some("2026-12-07")));
    assert_eq!(second["customers"].as_array().unwrap().len(), 1);
}

#[test]
fn objections_are_recorded_per_customer_and_resolved() {
    let env = Env::new();
    setup(&env);
    env.ok(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23"]);
    env.ok(&["subprocessor", "objection", "1", "--customer", "Beta SARL", "--on", "2026-11-25", "--reason", "Our contract excludes new e-mail providers"]);
    env.ok(&["subprocessor", "objection", "1", "--customer", "Gamma GmbH", "--on", "2026-11-26", "--reason", "Needs our works council"]);
    let n = env.json(&["subprocessor", "notice", "1", "--json"]);
    assert_eq!(n["objections"][0]["customer_name"], "Beta SARL");
    assert_eq!(n["open_objections"], 2);
    assert_eq!(env.json(&["subprocessor", "customer", "list", "--json"]).as_array().unwrap().len(), 3, "an unknown customer is added");
    env.ok(&["subprocessor", "objection-outcome", "1", "--outcome", "not-used", "--on", "2026-11-30", "--note", "Beta stays on the old provider"]);
    let n = env.json(&["subprocessor", "notice", "1", "--json"]);
    assert_eq!((n["objections"][0]["outcome"].as_str(), n["open_objections"].as_i64()), (Some("not-used"), Some(1)));
    let err = env.fails(&["subprocessor", "objection", "1", "--customer", "", "--on", "2026-11-01", "--reason", ""]);
    for needle in ["customer: is required", "on: 2026-11-01 is before the notice date", "reason: is required"] {
        assert!(err.contains(needle), "{needle} missing in {err}");
    }
    let err = env.fails(&["subprocessor", "objection-outcome", "2", "--outcome", "ignored", "--on", "2026-11-30"]);
    assert!(err.contains("outcome: 'ignored'"), "{err}");
}

#[test]
fn activation_before_the_earliest_engagement_date_needs_a_reason() {
    let env = Env::new();
    setup(&env);
    env.ok(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23"]);
    let err = env.fails(&["subprocessor", "edit", "1", "--status", "active"]);
    assert!(err.contains("status: cannot be active before 2026-12-23"), "{err}");
    let err = env.fails(&["subprocessor", "activate", "1", "--on", "2026-12-01"]);
    assert!(err.contains("reason: is required"), "{err}");
    assert_eq!(env.json(&["subprocessor", "show", "1", "--json"])["status"], "announced");
    env.ok(&["subprocessor", "activate", "1", "--on", "2026-12-01", "--reason", "Every customer agreed in writing"]);
    let s = env.json(&["subprocessor", "show", "1", "--json"]);
    assert_eq!((s["status"].as_str(), s["started_on"].as_str()), (Some("active"), Some("2026-12-01")));
    let n = env.json(&["subprocessor", "notice", "1", "--json"]);
    assert_eq!((n["status"].as_str(), n["activation_reason"].as_str()), (Some("engaged"), Some("Every customer agreed in writing")));
    // A record without a notice keeps the register's ordinary editing.
    env.ok(&["subprocessor", "add", "--name", "Brevo", "--service", "SMS", "--category", "communication", "--country", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "edit", "3", "--status", "active"]);
}

#[test]
fn the_subprocessor_notice_prints_in_english_and_french() {
    let env = Env::new();
    setup(&env);
    env.ok(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23", "--replaces", "2"]);
    let en = env.path("sub-en.pdf");
    env.ok(&["print", "subprocessor-notice", "1", "-o", en.to_str().unwrap(), "--lang", "en"]);
    qpdf_check(&en);
    let text = pdf_text(&en);
    for needle in ["Notice of a replacement subprocessor: Sendinblue", "Mailchimp", "23 November 2026", "22 December 2026", "23 December 2026", "Article 28(2)", "dpo@exemple.fr"] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
    let fr = env.path("sub-fr.pdf");
    env.ok(&["print", "subprocessor-notice", "1", "-o", fr.to_str().unwrap()]);
    let text = pdf_text(&fr);
    for needle in ["sous-traitant ultérieur", "23 novembre 2026", "22 décembre 2026", "Votre droit d'opposition"] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
}

/// A contract's "10 business days": counted Monday to Friday without the organisation's public holidays (Armistice
/// Day, Wed 11 Nov 2026, in France), from the organisation's setting or per notice; a bad unit changes nothing.
#[test]
fn an_objection_period_in_business_days_skips_weekends_and_public_holidays() {
    let env = Env::new();
    setup(&env);
    let before = env.json(&["audit", "log", "--json"]).as_array().unwrap().len();
    let err = env.fails(&["subprocessor", "announce", "1", "--notice-on", "2026-11-04", "--objection-days", "10", "--objection-unit", "fortnights"]);
    assert!(err.contains("objection_unit: 'fortnights' is not a day count"), "{err}");
    let err = env.fails(&["org", "set", "--subprocessor-notice-unit", "weeks"]);
    assert!(err.contains("subprocessor_notice_unit:"), "{err}");
    assert_eq!(env.json(&["audit", "log", "--json"]).as_array().unwrap().len(), before, "nothing written");

    env.ok(&["org", "set", "--subprocessor-notice-days", "10", "--subprocessor-notice-unit", "business"]);
    assert!(env.ok(&["org", "show"]).contains("subprocessor objection 10 business days"));
    // Wed 4 Nov 2026 + 10 business days: 5, 6, 9, 10, 12, 13, 16, 17, 18, 19 November (11 November skipped).
    let n = env.json(&["subprocessor", "announce", "1", "--notice-on", "2026-11-04", "--json"]);
    assert_eq!((n["objection_days"].as_u64(), n["objection_unit"].as_str()), (Some(10), Some("business")));
    assert_eq!((n["objection_until"].as_str(), n["earliest_engagement_on"].as_str()), (Some("2026-11-18"), Some("2026-11-19")));
    assert!(n["rule"].as_str().unwrap().contains("objection period 10 business days (Monday to Friday without France public holidays) from 4 Nov 2026"), "{}", n["rule"]);

    // Per notice, calendar days still: 14 days from 4 Nov is 18 Nov.
    let n = env.json(&["subprocessor", "announce", "2", "--notice-on", "2026-11-04", "--objection-days", "14", "--objection-unit", "calendar", "--json"]);
    assert_eq!(n["earliest_engagement_on"], "2026-11-18");

    for (lang, needle) in [("en", "10 business days (Monday to Friday without France public holidays)"), ("fr", "10 jours ouvrés (du lundi au vendredi, hors")] {
        let path = env.path(&format!("notice-{lang}.pdf"));
        env.ok(&["print", "subprocessor-notice", "1", "--lang", lang, "-o", path.to_str().unwrap()]);
        let text = pdf_text(&path).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(needle), "{lang}: {text}");
    }
}
