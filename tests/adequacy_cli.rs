//! The adequacy list through the built binary: the shipped list, an edited list imported from a file (which changes
//! the transfer warnings of the record of processing), a bad file refused with its line, and the reset.

mod common;

use common::Env;

fn codes(v: &serde_json::Value) -> Vec<String> {
    v["list"]["countries"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap().to_string()).collect()
}

fn warning_codes(env: &Env) -> Vec<String> {
    let a = env.json(&["activity", "show", "1", "--json"]);
    a["warnings"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap().to_string()).collect()
}

#[test]
fn an_imported_list_is_used_by_the_transfer_rules_until_it_is_reset() {
    let env = Env::new();
    env.init_cnil();
    let shipped = env.json(&["adequacy", "show", "--json"]);
    assert_eq!(shipped["edited"], false);
    assert_eq!(shipped["list"]["as_of"], "2025-01-01");
    assert_eq!(shipped["shipped_as_of"], "2025-01-01");
    assert!(codes(&shipped).contains(&"JP".to_string()));
    assert!(!codes(&shipped).contains(&"BR".to_string()));

    env.ok(&["subprocessor", "add", "--name", "Nuvem Ltda", "--service", "Hosting", "--category", "hosting", "--country", "BR", "--locations", "BR"]);
    env.ok(&[
        "activity", "add", "--name", "Hosting", "--purpose", "Run the service", "--basis", "contract", "--subjects", "Customers",
        "--data", "identity=3 years", "--internal", "Ops", "--subprocessor", "1", "--security", "encryption", "--dpia", "no",
    ]);
    assert_eq!(warning_codes(&env), ["transfer-without-safeguard"]);

    // The exported file, with Brazil added and a new date, imported back.
    let file = env.path("adequacy.tsv");
    env.ok(&["adequacy", "export", "-o", file.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file).unwrap().replace("2025-01-01", "2026-09-01") + "Brésil\tfull\tBrazil, Decision (EU) 2026/1\n";
    std::fs::write(&file, text).unwrap();
    let mine = env.json(&["adequacy", "import", file.to_str().unwrap(), "--json"]);
    assert_eq!(mine["edited"], true);
    assert_eq!(mine["list"]["as_of"], "2026-09-01");
    assert!(codes(&mine).contains(&"BR".to_string()));
    assert!(warning_codes(&env).is_empty(), "Brazil is adequate in the user's list");
    assert!(env.ok(&["adequacy", "show"]).contains("as of 2026-09-01 (your list"));

    let log = env.json(&["audit", "log", "--entity", "adequacy", "--json"]);
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["action"], "update");

    let reset = env.json(&["adequacy", "reset", "--json"]);
    assert_eq!(reset["edited"], false);
    assert_eq!(warning_codes(&env), ["transfer-without-safeguard"]);
    assert_eq!(env.json(&["audit", "log", "--entity", "adequacy", "--json"]).as_array().unwrap().len(), 2);
    env.ok(&["audit", "verify"]);
}

#[test]
fn a_bad_file_is_refused_with_its_line_and_changes_nothing() {
    let env = Env::new();
    env.init_cnil();
    let file = env.path("bad.tsv");
    std::fs::write(&file, "# as of\t2026-09-01\nJP\tfull\tJapan\nNarnia\tfull\n").unwrap();
    let err = env.fails(&["adequacy", "import", file.to_str().unwrap()]);
    assert!(err.contains("line 3") && err.contains("Narnia"), "{err}");

    std::fs::write(&file, "JP\tfull\tJapan\n").unwrap();
    let err = env.fails(&["adequacy", "import", file.to_str().unwrap()]);
    assert!(err.contains("as of"), "{err}");

    assert_eq!(env.json(&["adequacy", "show", "--json"])["edited"], false);
    assert!(env.json(&["audit", "log", "--entity", "adequacy", "--json"]).as_array().unwrap().is_empty());
}
