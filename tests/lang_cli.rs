//! The two languages from the command line (issue 13): the window's language in the profile, chosen by country
//! unless given, and the language of the texts the core words for the command line (rule texts, deadline titles,
//! timelines, refusals and error messages): English unless `--lang fr` or the locale (LC_ALL, LC_MESSAGES, LANG)
//! says French.

mod common;

use common::Env;

#[test]
fn the_window_language_follows_the_country_unless_given_and_is_checked() {
    let env = Env::new();
    env.init_cnil();
    let org = env.json(&["org", "show", "--json"]);
    assert_eq!((org["window_lang"].as_str(), org["lang"].as_str()), (Some("fr"), Some("fr")), "France: a French window");
    let org = env.json(&["org", "set", "--window-lang", "en", "--json"]);
    assert_eq!((org["window_lang"].as_str(), org["lang"].as_str()), (Some("en"), Some("fr")), "apart from the documents' language");
    assert!(env.ok(&["org", "show"]).contains("Window language"));

    let err = env.fails(&["org", "set", "--window-lang", "de"]);
    assert!(err.contains("window_lang"), "{err}");
    assert_eq!(env.json(&["org", "show", "--json"])["window_lang"], "en", "a refused value changes nothing");

    let uk = Env::new();
    uk.ok(&["init", "--name", "Example Software Ltd", "--country", "GB", "--authority", "ico"]);
    assert_eq!(uk.json(&["org", "show", "--json"])["window_lang"], "en");
}

#[test]
fn rule_texts_are_english_unless_the_command_line_or_the_locale_says_french() {
    let env = Env::new();
    env.init_cnil();
    // Received on 1 April 2026: a month later is Friday 1 May, Labour Day, so the due date moves to Monday 4 May.
    let add = ["request", "add", "--requester", "Jeanne Dupont", "--rights", "access", "--received", "2026-04-01", "--json"];
    let english = env.json(&add);
    assert_eq!(english["due_on"], "2026-05-04");
    let rule = english["due_rule"].as_str().unwrap();
    assert!(rule.starts_with("GDPR Art. 12(3): one month from 1 Apr 2026 (received)"), "{rule}");
    assert!(rule.contains("moved from Fri 1 May 2026 to Mon 4 May 2026, Labour Day, weekend"), "{rule}");

    let french = env.json(&["--lang", "fr", "request", "show", "1", "--json"]);
    let rule = french["due_rule"].as_str().unwrap();
    assert!(rule.starts_with("RGPD art. 12(3)\u{a0}: un mois à compter du 1er avril 2026 (réception)"), "{rule}");
    assert!(rule.contains("reportée du ven. 1er mai 2026 au lun. 4 mai 2026, fête du Travail, week-end"), "{rule}");
    assert!(rule.ends_with("jours fériés en France"), "{rule}");
    assert_eq!(french["due_on"], english["due_on"], "the same rule, worded in French");

    for (var, value) in [("LANG", "fr_FR.UTF-8"), ("LC_ALL", "fr_FR.UTF-8"), ("LC_MESSAGES", "fr_CA")] {
        let shown = env.json_env(&["request", "show", "1", "--json"], &[(var, value)]);
        assert!(shown["due_rule"].as_str().unwrap().starts_with("RGPD art. 12(3)"), "{var}={value}");
    }
    // LC_ALL comes before LANG, and `--lang` before both.
    let shown = env.json_env(&["request", "show", "1", "--json"], &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fr_FR.UTF-8")]);
    assert!(shown["due_rule"].as_str().unwrap().starts_with("GDPR Art. 12(3)"));
    let shown = env.json_env(&["--lang", "en", "request", "show", "1", "--json"], &[("LANG", "fr_FR.UTF-8")]);
    assert!(shown["due_rule"].as_str().unwrap().starts_with("GDPR Art. 12(3)"));

    let err = env.fails(&["--lang", "de", "request", "show", "1"]);
    assert!(err.contains("lang"), "{err}");
}

#[test]
fn deadline_titles_and_the_breach_timeline_in_the_language_asked_for() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["request", "add", "--requester", "Jeanne Dupont", "--rights", "access", "--received", "2026-11-20"]);
    env.ok(&["breach", "add", "--title", "Perte d'un ordinateur portable", "--aware-at", "2026-11-22T09:30:00+01:00"]);

    let english = env.json(&["deadlines", "--json"]);
    let titles: Vec<&str> = english.as_array().unwrap().iter().map(|d| d["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Respond to request R-000001"), "{titles:?}");

    let french = env.json(&["--lang", "fr", "deadlines", "--json"]);
    let titles: Vec<&str> = french.as_array().unwrap().iter().map(|d| d["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Répondre à la demande R-000001"), "{titles:?}");
    let breach = titles.iter().find(|t| t.starts_with("Violation")).expect("the breach deadline");
    assert!(
        breach.contains("notifier l'autorité de contrôle avant le 25 nov. 2026, 9\u{a0}h\u{a0}30"),
        "the instant as French writes it: {breach}"
    );

    let timeline = |args: &[&str]| -> Vec<String> {
        let shown = env.json(args);
        shown["timeline"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap().to_string()).collect()
    };
    let english = timeline(&["breach", "show", "1", "--json"]);
    assert!(english.iter().any(|t| t == "We became aware; the 72 hours start"), "{english:?}");
    let french = timeline(&["--lang", "fr", "breach", "show", "1", "--json"]);
    assert!(french.iter().any(|t| t == "Prise de connaissance\u{a0}; début des 72\u{a0}heures"), "{french:?}");
}

#[test]
fn refusals_are_worded_in_french_naming_the_field_when_the_command_line_or_the_locale_says_french() {
    let env = Env::new();
    env.init_cnil();
    let bad_lang = ["org", "set", "--window-lang", "de"];
    let english = env.fails(&bad_lang);
    assert!(english.contains("error: window_lang: unknown language \"de\": expected \"en\" or \"fr\""), "{english}");
    let french = env.fails(&[&["--lang", "fr"][..], &bad_lang].concat());
    assert!(
        french.contains("erreur\u{a0}: window_lang\u{a0}: langue inconnue «\u{a0}de\u{a0}»\u{a0}; utilisez «\u{a0}en\u{a0}» ou «\u{a0}fr\u{a0}»"),
        "{french}"
    );

    // Today is 23 November 2026 (PRIVDESK_NOW): a request received in 2030 is refused, dates kept as typed.
    let future = ["request", "add", "--requester", "X", "--rights", "access", "--received", "2030-01-01"];
    let english = env.fails(&future);
    assert!(english.contains("error: received_on: 2030-01-01 is in the future (today is 2026-11-23)"), "{english}");
    let french = env.fails(&[&["--lang", "fr"][..], &future].concat());
    assert!(french.contains("erreur\u{a0}: received_on\u{a0}: 2030-01-01 est dans le futur (nous sommes le 2026-11-23)"), "{french}");
    assert!(!french.contains("is in the future"), "{french}");

    // Every field refused, one line each; a reason that continues the field's name starts with the French verb.
    let out = env.run_env(&["request", "add", "--rights", "fly", "--received", "someday"], &[("LANG", "fr_FR.UTF-8")]);
    let french = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(french.contains("erreur\u{a0}: requester\u{a0}: est obligatoire\u{a0}: le nom du demandeur"), "{french}");
    assert!(french.contains("erreur\u{a0}: rights\u{a0}: «\u{a0}fly\u{a0}» n'est pas un droit\u{a0}; utilisez access, "), "{french}");
    assert!(french.contains("erreur\u{a0}: received_on\u{a0}: «\u{a0}someday\u{a0}» n'est pas une date\u{a0}; utilisez AAAA-MM-JJ"), "{french}");

    // Errors that name no field: a record that does not exist.
    assert!(env.fails(&["request", "show", "99"]).contains("error: request #99 does not exist"));
    assert!(env.fails(&["--lang", "fr", "request", "show", "99"]).contains("erreur\u{a0}: la demande n°\u{a0}99 n'existe pas"));
    // A refused --lang is reported in English, since no language was chosen.
    assert!(env.fails(&["--lang", "de", "request", "show", "1"]).starts_with("error: lang: "));
}

#[test]
fn policy_and_subprocessor_notice_rules_in_french() {
    let env = Env::new();
    env.init_cnil();
    let (v1, v2) = (env.path("v1.txt"), env.path("v2.txt"));
    std::fs::write(&v1, "Nous collectons votre adresse.\n").unwrap();
    std::fs::write(&v2, "Nous collectons votre adresse.\n\nNous partageons des statistiques.\n").unwrap();
    env.ok(&["policy", "add", "--kind", "privacy", "--title", "Politique de confidentialité"]);
    env.ok(&["policy", "version", "1", "--file", v1.to_str().unwrap(), "--label", "2025"]);
    env.ok(&["policy", "version", "1", "--file", v2.to_str().unwrap(), "--label", "2026"]);
    env.ok(&["policy", "change", "1", "--to", "2026", "--class", "substantial", "--notice-on", "2026-12-02", "--summary", "Statistiques", "--adds-purpose"]);
    let english = env.json(&["policy", "changes", "--json"]);
    assert!(english[0]["rule"].as_str().unwrap().contains("notice on 2 Dec 2026 + 30 days"), "{}", english[0]["rule"]);
    let french = env.json(&["--lang", "fr", "policy", "changes", "--json"]);
    let rule = french[0]["rule"].as_str().unwrap();
    assert!(rule.contains("avis le 2 décembre 2026 + 30 jours (délai de préavis de l'organisme) = 1er janvier 2027"), "{rule}");
    let warning = french[0]["warning"].as_str().unwrap();
    assert!(warning.starts_with("Personne n'est encore enregistré comme informé") && warning.contains("Cette modification ajoute une finalité"), "{warning}");

    env.ok(&["subprocessor", "add", "--name", "Brevo", "--service", "Courriels", "--category", "email", "--country", "FR", "--locations", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23"]);
    let french = env.json(&["--lang", "fr", "subprocessor", "notices", "--json"]);
    let rule = french[0]["rule"].as_str().unwrap();
    assert!(rule.starts_with("Art. 28(2) RGPD / CCT clause 9(a)\u{a0}: délai d'opposition de 30 jours à compter du 23 novembre 2026"), "{rule}");
}
