//! `privdesk breach …` and the breach documents through the built binary, on a temporary database.
//! The clock is pinned at 2026-11-23T10:00:00Z (see `common::Env::run`).

mod common;

use common::{pdf_text, qpdf_check, Env};

fn add_phishing(env: &Env) {
    env.ok(&[
        "breach", "add", "--title", "Phishing of the support mailbox", "--aware-at", "2026-11-21T10:00:00+01:00",
        "--nature", "confidentiality,integrity", "--people", "1200", "--records", "5 400", "--data", "identifiers,credentials",
        "--subjects", "customers", "--description", "An attacker read the support mailbox after a phishing e-mail.",
    ]);
}

#[test]
fn add_list_and_show_give_utc_instants_and_the_deadline() {
    let env = Env::new();
    env.init_cnil();
    add_phishing(&env);
    env.ok(&["breach", "add", "--title", "Server outage", "--aware-at", "2026-11-20T08:00:00Z", "--nature", "availability"]);

    let list = env.json(&["breach", "list", "--json"]);
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 2);
    let first = &items[0];
    for key in ["id", "title", "aware_at", "authority_due_at", "risk", "status"] {
        assert!(first.get(key).is_some(), "list item lacks {key}: {first}");
    }
    assert_eq!(first["title"], "Phishing of the support mailbox");
    assert_eq!(first["aware_at"], "2026-11-21T09:00:00Z");
    assert_eq!(first["authority_due_at"], "2026-11-24T09:00:00Z");
    assert_eq!(first["risk"], serde_json::Value::Null);
    assert_eq!(first["status"], "open");
    assert_eq!(first["urgency"], "ok");
    assert_eq!(items[1]["urgency"], "overdue", "due 2026-11-23T08:00Z, two hours ago");

    let due = env.json(&["breach", "list", "--json", "--sort", "due"]);
    assert_eq!(due[0]["title"], "Server outage");
    // Paged like the other lists: the JSON stays an array of the rows.
    let second = env.json(&["breach", "list", "--json", "--sort", "due", "--offset", "1", "--limit", "1"]);
    assert_eq!(second.as_array().unwrap().len(), 1);
    assert_eq!(second[0]["title"], "Phishing of the support mailbox");
    let found = env.json(&["breach", "list", "--json", "--search", "mailbox phish"]);
    assert_eq!(found.as_array().unwrap().len(), 1);

    let shown = env.json(&["breach", "show", "1", "--json"]);
    assert_eq!(shown["breach"]["people_count"], 1200);
    assert_eq!(shown["breach"]["records_count"], 5400);
    assert_eq!(shown["breach"]["nature"], serde_json::json!(["confidentiality", "integrity"]));
    assert_eq!(shown["clock"]["authority"]["due_at_local"], "2026-11-24 10:00 +01:00");
    assert_eq!(shown["clock"]["authority"]["remaining_seconds"], 23 * 3600);
    assert!(shown["clock"]["authority"]["rule"].as_str().unwrap().contains("Art. 33(1)"));
    assert_eq!(shown["history"][0]["action"], "create");

    let text = env.ok(&["breach", "show", "1"]);
    assert!(text.contains("2026-11-24 10:00 +01:00 (23 h 0 min left)"), "{text}");
}

#[test]
fn a_local_time_is_read_in_the_organisations_zone_as_the_window_reads_it() {
    let env = Env::new();
    env.init_cnil();
    // 23 November in Paris is winter time (+01:00): 10:00 local is 09:00 UTC.
    let shown = env.json(&["breach", "add", "--title", "Lost laptop", "--aware-at", "2026-11-23T10:00", "--json"]);
    assert_eq!(shown["breach"]["aware_at"], "2026-11-23T09:00:00Z");
    assert_eq!(shown["aware_at_local"], "2026-11-23 10:00 +01:00");
    assert_eq!(shown["draft"]["aware_at"], "2026-11-23T10:00");
}

#[test]
fn bad_input_names_the_field_and_the_value_and_writes_nothing() {
    let env = Env::new();
    env.init_cnil();
    let before = env.json(&["audit", "log", "--json"]).as_array().unwrap().len();
    let err = env.fails(&["breach", "add", "--title", "X", "--aware-at", "21/11/2026 10:00", "--people", "many"]);
    assert!(err.contains("aware_at: '21/11/2026 10:00'"), "{err}");
    assert!(err.contains("people_count: 'many'"), "{err}");
    add_phishing(&env);
    let err = env.fails(&["breach", "assess", "1", "--risk", "medium-ish", "--reason", "x"]);
    assert!(err.contains("risk: 'medium-ish'"), "{err}");
    let err = env.fails(&["breach", "notify", "1", "--to", "authority", "--at", "tomorrow"]);
    assert!(err.contains("at: 'tomorrow'"), "{err}");
    let err = env.fails(&["breach", "close", "1"]);
    assert!(err.contains("cannot be closed yet"), "{err}");
    assert_eq!(env.json(&["audit", "log", "--json"]).as_array().unwrap().len(), before + 1, "only the one breach added");
}

#[test]
fn the_lifecycle_from_the_command_line() {
    let env = Env::new();
    env.init_cnil();
    add_phishing(&env);
    env.ok(&["breach", "assess", "1", "--risk", "high", "--reason", "Passwords exposed for 1,200 customers"]);
    let err = env.fails(&["breach", "decide", "1", "--no-authority", "--reason", "Small incident"]);
    assert!(err.contains("Art. 33(1)"), "{err}");
    let err = env.fails(&["breach", "decide", "1", "--no-people", "--reason", "Too many"]);
    assert!(err.contains("exemptions"), "{err}");

    env.ok(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-22T15:00:00+01:00", "--reference", "CNIL-2026-0042"]);
    env.ok(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-23T09:00:00Z", "--phase", "complementary"]);
    env.ok(&["breach", "notify", "1", "--to", "people", "--at", "2026-11-23T09:30:00Z", "--method", "e-mail", "--reached", "1180"]);
    env.ok(&["breach", "note", "1", "--at", "2026-11-21T11:00:00+01:00", "--text", "Mailbox password reset"]);
    let closed = env.json(&["breach", "close", "1", "--json"]);
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["clock"]["authority"]["urgency"], "met");
    let kinds: Vec<&str> = closed["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    // The notifications were made before they were recorded (the pinned clock is later), and the timeline follows
    // when things happened, not when they were typed in.
    assert_eq!(kinds, vec!["aware", "event", "notified", "notified", "notified", "recorded", "assessed", "decided", "decided", "closed", "deadline"]);
    let err = env.fails(&["breach", "edit", "1", "--title", "Renamed"]);
    assert!(err.contains("closed"), "{err}");

    // Reopened with its reason (new facts came in): the line goes on the timeline, the record can change again.
    let err = env.fails(&["breach", "reopen", "1", "--reason", "  "]);
    assert!(err.contains("reason: is required"), "{err}");
    let reopened = env.json(&["breach", "reopen", "1", "--reason", "The attacker also read the billing mailbox", "--json"]);
    assert_ne!(reopened["status"], "closed");
    let last_event = reopened["timeline"].as_array().unwrap().iter().filter(|e| e["kind"] == "event").last().unwrap().clone();
    assert!(last_event["text"].as_str().unwrap().contains("Reopened (it was closed on 2026-11-23 11:00 +01:00): The attacker also read the billing mailbox"), "{last_event}");
    env.ok(&["breach", "edit", "1", "--records", "7000"]);
    let err = env.fails(&["breach", "reopen", "1", "--reason", "again"]);
    assert!(err.contains("is open"), "{err}");
    let actions: Vec<String> =
        env.json(&["audit", "log", "--entity", "breach", "--json"]).as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap().to_string()).collect();
    assert!(actions.ends_with(&["close".to_string(), "reopen".to_string(), "update".to_string()]), "{actions:?}");
    assert_eq!(env.json(&["breach", "close", "1", "--json"])["status"], "closed");
}

#[test]
fn a_late_notification_needs_the_reasons_for_the_delay() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["breach", "add", "--title", "Stolen laptop", "--aware-at", "2026-11-19T09:00:00Z"]);
    env.ok(&["breach", "assess", "1", "--risk", "risk", "--reason", "Unencrypted HR files"]);
    let err = env.fails(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-23T09:00:00Z"]);
    assert!(err.contains("delay_reason: is required"), "{err}");
    let out = env.json(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-23T09:00:00Z", "--delay-reason", "The theft was reported to us late by the employee", "--json"]);
    assert_eq!(out["clock"]["authority"]["urgency"], "late");
    assert_eq!(out["status"], "notified");
}

#[test]
fn a_processor_tells_its_controller_within_the_profile_hours() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["org", "set", "--processor-notice-hours", "48"]);
    env.ok(&["breach", "add", "--title", "Customer bucket exposed", "--aware-at", "2026-11-22T10:00:00Z", "--role", "processor", "--controllers", "Acme SA"]);
    let list = env.json(&["breach", "list", "--json"]);
    assert_eq!(list[0]["controller_due_at"], "2026-11-24T10:00:00Z");
    let out = env.json(&["breach", "notify", "1", "--to", "controller", "--at", "2026-11-22T18:00:00Z", "--json"]);
    assert_eq!(out["clock"]["controller"]["urgency"], "met");
    assert_eq!(out["breach"]["notifications"][0]["controller"], "Acme SA");
}

#[test]
fn documents_print_the_authority_structure_and_what_is_missing() {
    let env = Env::new();
    env.ok(&[
        "init", "--name", "Exemple Logiciels SAS", "--country", "FR", "--authority", "cnil", "--company-number", "732 829 320",
        "--contact-name", "Camille Martin", "--contact-email", "dpo@exemple.fr", "--representative", "Jean Dupont",
    ]);
    add_phishing(&env);

    let cnil = env.path("cnil.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "cnil", "-o", cnil.to_str().unwrap()]);
    qpdf_check(&cnil);
    let text = pdf_text(&cnil);
    for expected in ["Notification initiale", "732829320", "Jean Dupont", "Camille Martin", "Confidentialité", "environ 1 200", "environ 5 400", "Non connu à ce jour", "21 novembre 2026 à 10 h 00, heure de Paris", "24 novembre 2026 à 10 h 00, heure de Paris"] {
        assert!(text.contains(expected), "CNIL notification lacks {expected:?}:\n{text}");
    }

    let ico = env.path("ico.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "ico", "-o", ico.to_str().unwrap()]);
    let text = pdf_text(&ico);
    for expected in ["Initial report", "caused by a cyber", "Staff training", "Containment and recovery", "Who else has been told", "Not known yet", "approximately 1,200", "Basic personal identifiers", "21 November 2026 at 10:00, Paris time"] {
        assert!(text.contains(expected), "ICO report lacks {expected:?}:\n{text}");
    }
    // Each structure in the other language, titled as a translation of the filing.
    let cnil_en = env.path("cnil-en.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "cnil", "--lang", "en", "-o", cnil_en.to_str().unwrap()]);
    let text = pdf_text(&cnil_en);
    for expected in ["Notification of a personal data breach", "English translation of the filing", "1. The organisation", "Initial notification", "Not known yet", "Legal representative"] {
        assert!(text.contains(expected), "CNIL notification in English lacks {expected:?}:\n{text}");
    }
    assert!(!text.contains("Raison sociale") && !text.contains("Non connu"), "French left in the English CNIL notification:\n{text}");
    let ico_fr = env.path("ico-fr.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "ico", "--lang", "fr", "-o", ico_fr.to_str().unwrap()]);
    let text = pdf_text(&ico_fr);
    for expected in ["Rapport de violation de données personnelles", "Ceci en est la traduction française", "Rapport initial", "Formation du personnel", "Non connu à ce jour", "Qui d'autre a été informé"] {
        assert!(text.contains(expected), "ICO report in French lacks {expected:?}:\n{text}");
    }
    assert!(!text.contains("Staff training") && !text.contains("Not known yet"), "English left in the French ICO report:\n{text}");

    env.ok(&["breach", "assess", "1", "--risk", "high", "--reason", "Passwords exposed"]);
    env.ok(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-22T15:00:00+01:00", "--reference", "CNIL-2026-0042"]);
    // Printing over the earlier file needs --force.
    assert!(env.fails(&["print", "breach-notification", "1", "--authority", "cnil", "-o", cnil.to_str().unwrap()]).contains("add --force"));
    env.ok(&["print", "breach-notification", "1", "--authority", "cnil", "-o", cnil.to_str().unwrap(), "--force"]);
    let text = pdf_text(&cnil);
    assert!(text.contains("Notification complémentaire") && text.contains("CNIL-2026-0042"), "{text}");
    env.ok(&["--force", "print", "breach-notification", "1", "--authority", "ico", "-o", ico.to_str().unwrap()]);
    let text = pdf_text(&ico);
    assert!(text.contains("Follow-up report") && text.contains("CNIL-2026-0042"), "{text}");

    let letter = env.path("letter-fr.pdf");
    env.ok(&["print", "breach-letter", "1", "-o", letter.to_str().unwrap()]);
    let text = pdf_text(&letter);
    for expected in ["Information importante", "Ce qui s'est passé", "phishing", "Qui contacter", "dpo@exemple.fr", "auprès de la Commission nationale"] {
        assert!(text.contains(expected), "French letter lacks {expected:?}:\n{text}");
    }
    let letter = env.path("letter-en.pdf");
    env.ok(&["print", "breach-letter", "1", "--lang", "en", "-o", letter.to_str().unwrap()]);
    let text = pdf_text(&letter);
    for expected in ["Important information about your personal data", "What this could mean for you", "Not known yet", "Camille Martin"] {
        assert!(text.contains(expected), "English letter lacks {expected:?}:\n{text}");
    }

    env.ok(&["breach", "add", "--title", "Encrypted USB key lost", "--aware-at", "2026-11-22T08:00:00Z"]);
    env.ok(&["breach", "assess", "2", "--risk", "unlikely", "--reason", "AES-256, key not lost"]);
    env.ok(&["breach", "decide", "2", "--no-authority", "--reason", "Encrypted: unlikely to result in a risk"]);
    let register = env.path("register.pdf");
    env.ok(&["print", "breach-register", "--lang", "en", "-o", register.to_str().unwrap()]);
    qpdf_check(&register);
    let text = pdf_text(&register);
    for expected in ["Personal data breach register", "Phishing of the support", "Encrypted USB key lost", "Not notified", "Encrypted: unlikely to result in a risk", "CNIL-2026-0042", "Timeline"] {
        assert!(text.contains(expected), "register lacks {expected:?}:\n{text}");
    }
    let err = env.fails(&["print", "breach-notification", "1", "--authority", "garante", "-o", cnil.to_str().unwrap()]);
    assert!(err.contains("authority: 'garante'"), "{err}");
}

/// A UK organisation's breaches cite the UK GDPR; as a PECR provider (`org set --pecr yes`) its first notice is due
/// 24 hours after detection (PECR reg. 5A), the full report three days after that notice, and the ICO notification
/// prints in the PECR structure (Annex I to Regulation 611/2013).
#[test]
fn a_uk_organisation_cites_the_uk_gdpr_and_a_pecr_provider_has_24_hours() {
    let env = Env::new();
    env.ok(&["init", "--name", "Example Telecom Ltd", "--country", "GB", "--authority", "ico", "--contact-name", "Sam Jones"]);
    add_phishing(&env);
    let shown = env.json(&["breach", "show", "1", "--json"]);
    let rule = shown["clock"]["authority"]["rule"].as_str().unwrap();
    assert!(rule.starts_with("UK GDPR Art. 33(1): 72 elapsed hours"), "{rule}");
    assert_eq!(shown["clock"]["authority"]["due_at"], "2026-11-24T09:00:00Z");

    // PECR is UK law: refused for a CNIL organisation, with the field named, and nothing changes.
    let other = Env::new();
    other.init_cnil();
    let err = other.fails(&["org", "set", "--pecr", "yes"]);
    assert!(err.contains("pecr: applies only to an organisation that answers to the ICO"), "{err}");
    assert_eq!(other.json(&["org", "show", "--json"])["pecr"], false);
    assert!(env.fails(&["org", "set", "--pecr", "maybe"]).contains("'maybe' is neither yes nor no"));

    let org = env.json(&["org", "set", "--pecr", "yes", "--json"]);
    assert_eq!(org["pecr"], true);
    assert!(env.ok(&["org", "show"]).contains("PECR provider"));
    let list = env.json(&["breach", "list", "--json"]);
    assert_eq!(list[0]["authority_due_at"], "2026-11-22T09:00:00Z", "24 hours after detection");
    assert_eq!(list[0]["urgency"], "overdue");
    let shown = env.json(&["breach", "show", "1", "--json"]);
    assert!(shown["clock"]["authority"]["rule"].as_str().unwrap().starts_with("PECR reg. 5A(2)"));
    assert!(shown["clock"]["full_report"].is_null());

    let err = env.fails(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-22T12:00:00Z"]);
    assert!(err.contains("after the 24-hour deadline (2026-11-22T09:00:00Z) (PECR reg. 5A)"), "{err}");
    env.ok(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-22T12:00:00Z", "--reference", "PECR-2026-001", "--delay-reason", "Detected on a Sunday"]);
    let shown = env.json(&["breach", "show", "1", "--json"]);
    assert_eq!(shown["clock"]["full_report"]["due_at"], "2026-11-25T12:00:00Z");
    assert_eq!(shown["clock"]["full_report"]["urgency"], "ok");
    let deadlines = env.json(&["deadlines", "--json"]);
    let kinds: Vec<&str> = deadlines.as_array().unwrap().iter().filter_map(|d| d["kind"].as_str()).collect();
    assert!(kinds.contains(&"breach-full-report"), "{kinds:?}");

    let pdf = env.path("pecr.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "ico", "-o", pdf.to_str().unwrap()]);
    let text = pdf_text(&pdf);
    for part in ["PECR personal data breach notification", "regulation 5A", "Section 1. The provider", "Section 2. Further information", "24-hour deadline (PECR)", "PECR-2026-001"] {
        assert!(text.contains(part), "lacks {part:?}:\n{text}");
    }
    let pdf_fr = env.path("pecr-fr.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "ico", "--lang", "fr", "-o", pdf_fr.to_str().unwrap()]);
    let text = pdf_text(&pdf_fr);
    assert!(text.contains("titre de PECR (traduction)") && text.contains("Section 1. Le fournisseur"), "{text}");
}

/// Art. 34(3)(c): the public communication that replaces telling each person is recorded with how it was made,
/// refused without the exemption, required before closing, and printed in the register.
#[test]
fn a_public_communication_under_art_34_3_c_is_recorded_and_printed() {
    let env = Env::new();
    env.init_cnil();
    add_phishing(&env);
    env.ok(&["breach", "assess", "1", "--risk", "high", "--reason", "Passwords of 1,200 customers exposed"]);
    let err = env.fails(&["breach", "notify", "1", "--to", "public", "--at", "2026-11-22T12:00:00Z", "--method", "Home page notice"]);
    assert!(err.contains("to: a public communication replaces telling each person only under Art. 34(3)(c)"), "{err}");
    env.ok(&[
        "breach", "decide", "1", "--no-people", "--reason", "No contact details for most of the people affected",
        "--exemption", "disproportionate-effort",
    ]);
    let err = env.fails(&["breach", "notify", "1", "--to", "public", "--at", "2026-11-22T12:00:00Z"]);
    assert!(err.contains("method: is required: how the public was told"), "{err}");
    env.ok(&["breach", "notify", "1", "--to", "authority", "--at", "2026-11-22T09:00:00Z", "--reference", "CNIL-1"]);
    let err = env.fails(&["breach", "close", "1"]);
    assert!(err.contains("the public communication that replaces telling each person"), "{err}");
    let shown = env.json(&[
        "breach", "notify", "1", "--to", "public", "--at", "2026-11-22T12:00:00Z", "--method", "Notice on the home page and by press release", "--json",
    ]);
    let public: Vec<&serde_json::Value> = shown["breach"]["notifications"].as_array().unwrap().iter().filter(|n| n["recipient"] == "public").collect();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0]["method"], "Notice on the home page and by press release");
    env.ok(&["breach", "close", "1"]);

    let pdf = env.path("register.pdf");
    env.ok(&["print", "breach-register", "--lang", "en", "-o", pdf.to_str().unwrap()]);
    let text = pdf_text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    for part in ["Public communication", "The public (Art. 34(3)(c))", "Notice on the home page and by press release"] {
        assert!(text.contains(part), "register lacks {part:?}:\n{text}");
    }
    let pdf = env.path("notification.pdf");
    env.ok(&["print", "breach-notification", "1", "--authority", "cnil", "--lang", "en", "-o", pdf.to_str().unwrap()]);
    let text = pdf_text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Public communication on 22 November 2026 at 13:00, Paris time (Notice on the home page"), "{text}");
}
