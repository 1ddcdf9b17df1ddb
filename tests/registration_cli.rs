//! Registrations in one place (issue 14), through the built binary: the ICO fee tier with its amount and the figures
//! that put the organisation in its tier, the renewal date among the deadlines, the CNIL's DPO designation facts,
//! and the printed sheet in both languages.

mod common;

use common::{pdf_text, Env};

fn init_ico(env: &Env) {
    env.ok(&[
        "init", "--name", "Example Software Ltd", "--country", "GB", "--authority", "ico", "--contact-name", "Sam Lee",
        "--contact-email", "privacy@example.co.uk",
    ]);
}

#[test]
fn the_ico_fee_tier_is_checked_against_turnover_and_staff_and_the_renewal_is_a_deadline() {
    let env = Env::new();
    init_ico(&env);
    env.ok(&[
        "org", "set", "--ico-registration", "ZA123456", "--ico-fee-tier", "3", "--headcount", "8", "--turnover-gbp", "£450,000",
        "--ico-renewal-on", "2027-01-15",
    ]);
    let r = env.json(&["org", "registrations", "--json"]);
    assert_eq!(r["authority"], "ico");
    // The Data Protection (Charges and Information) Regulations 2018 as amended from 17 Feb 2025: tier 3 is £3,763.
    assert_eq!((r["ico"]["tier"].as_u64(), r["ico"]["implied_tier"].as_u64(), r["ico"]["fee_gbp"].as_u64()), (Some(3), Some(1), Some(3763)));
    assert_eq!(r["ico"]["turnover_gbp"], 450_000);
    assert_eq!(r["ico"]["renewal_on"], "2027-01-15");
    let warnings = r["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w.as_str().unwrap().starts_with(
            "Tier 3 is recorded, but 8 members of staff and a turnover of £450,000 put the organisation in tier 1"
        )),
        "{warnings:?}"
    );

    // £5 less by direct debit; the tier that agrees clears the warning.
    env.ok(&["org", "set", "--ico-fee-tier", "1", "--ico-direct-debit", "yes"]);
    let r = env.json(&["org", "registrations", "--json"]);
    assert_eq!(r["ico"]["fee_gbp"], 47);
    assert_eq!(r["warnings"], serde_json::json!([]));
    let text = env.ok(&["org", "registrations"]);
    assert!(text.contains("tier 1 (micro organisations)") && text.contains("£47 a year, £5 less by direct debit"), "{text}");

    let deadlines = env.json(&["deadlines", "--json"]);
    let renewal = deadlines.as_array().unwrap().iter().find(|d| d["kind"] == "ico-renewal").expect("the renewal is a deadline");
    assert_eq!((renewal["module"].as_str(), renewal["due_on"].as_str()), (Some("registration"), Some("2027-01-15")));
    assert_eq!(renewal["link"]["target"], "registrations");
}

#[test]
fn a_bad_registration_fact_names_its_field_and_changes_nothing() {
    let env = Env::new();
    init_ico(&env);
    let before = env.json(&["audit", "log", "--json"]).as_array().unwrap().len();
    for (args, reason) in [
        (["--turnover-gbp", "abc"], "turnover_gbp: 'abc' is not an amount in pounds"),
        (["--ico-renewal-on", "15/01/2027"], "ico_renewal_on:"),
        (["--dpo-designated-on", "soon"], "dpo_designated_on:"),
    ] {
        let mut all = vec!["org", "set", "--ico-registration", "ZA999999"];
        all.extend(args);
        let err = env.fails(&all);
        assert!(err.contains(reason), "{args:?}: {err}");
    }
    assert_eq!(env.json(&["audit", "log", "--json"]).as_array().unwrap().len(), before);
    assert_eq!(env.json(&["org", "registrations", "--json"])["ico"]["number"], serde_json::Value::Null);
}

#[test]
fn the_cnil_designation_facts_are_shown_and_printed_in_both_languages() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&[
        "org", "set", "--company-number", "552 100 554 00013", "--headcount", "40", "--representative", "Paul Roux",
        "--dpo-name", "Jeanne Durand", "--dpo-email", "jeanne@dpo.fr", "--dpo-designated-on", "2025-03-01",
    ]);
    let r = env.json(&["org", "registrations", "--json"]);
    assert_eq!(r["cnil"]["siren"], "552100554", "the SIREN is the first nine digits of the SIRET");
    assert_eq!((r["cnil"]["dpo_name"].as_str(), r["cnil"]["designated_on"].as_str()), (Some("Jeanne Durand"), Some("2025-03-01")));
    let warnings = r["warnings"].to_string();
    assert!(warnings.contains("not marked as having designated a DPO"), "{warnings}");

    env.ok(&["org", "set", "--dpo-designated", "true"]);
    let r = env.json(&["org", "registrations", "--json"]);
    assert_eq!(r["warnings"], serde_json::json!(["The CNIL's receipt number for the designation is not recorded."]));
    env.ok(&["org", "set", "--dpo-receipt", "DPO-2025-12345"]);
    assert_eq!(env.json(&["org", "registrations", "--json"])["warnings"], serde_json::json!([]));

    let en = env.path("registrations-en.pdf");
    let fr = env.path("registrations-fr.pdf");
    env.ok(&["print", "registrations", "--lang", "en", "-o", en.to_str().unwrap()]);
    env.ok(&["print", "registrations", "--lang", "fr", "-o", fr.to_str().unwrap()]);
    let en = pdf_text(&en);
    assert!(en.contains("Registrations with the supervisory authority") && en.contains("CNIL receipt number"), "{en}");
    assert!(en.contains("Jeanne Durand, jeanne@dpo.fr") && en.contains("1 March 2025"), "{en}");
    let fr = pdf_text(&fr);
    assert!(fr.contains("Formalités auprès de l'autorité de contrôle") && fr.contains("Numéro de récépissé de la CNIL"), "{fr}");
    assert!(fr.contains("1er mars 2025") || fr.contains("1 mars 2025"), "{fr}");
    assert!(fr.contains("DPO-2025-12345") && fr.contains("Représentant légal"), "{fr}");

    // The binder's profile section prints the same facts.
    let binder = env.path("binder.pdf");
    env.ok(&["print", "binder", "-o", binder.to_str().unwrap()]);
    let binder = pdf_text(&binder);
    assert!(binder.contains("DPO-2025-12345"), "the binder's profile names the designation receipt");
}
