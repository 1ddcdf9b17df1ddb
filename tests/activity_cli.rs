//! The record of processing through the built binary: add, list, show, edit, duplicate, archive, the processor
//! record, refused input, and the printed record in the CNIL and ICO layouts.

mod common;

use common::{pdf_text, qpdf_check, Env};

fn setup() -> Env {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "Zendesk Inc.", "--service", "Support tickets", "--category", "support", "--country", "US", "--locations", "US, DE", "--transfer", "scc", "--dpa-reference", "DPA-ZD-7"]);
    env.ok(&["subprocessor", "add", "--name", "Postmark", "--service", "E-mail", "--category", "email", "--country", "US", "--locations", "US"]);
    env.ok(&["subprocessor", "add", "--name", "Freshworks India", "--service", "Phone support", "--category", "support", "--country", "IN", "--locations", "IN"]);
    env.ok(&[
        "activity", "add", "--name", "Customer support", "--function", "Support", "--purpose", "Answer customers' questions",
        "--basis", "contract", "--subjects", "Customers' users", "--data", "identity: name, e-mail=3 years after the last contact",
        "--data", "Support tickets=2 years", "--internal", "Support team", "--subprocessor", "1", "--subprocessor", "Postmark",
        "--security", "access-control: SSO with MFA", "--security", "encryption", "--dpia", "no",
    ]);
    env
}

#[test]
fn an_activity_is_added_listed_and_shown_with_its_transfers_and_gaps() {
    let env = setup();
    let list = env.json(&["activity", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    for key in ["id", "name", "role", "business_function", "purposes", "lawful_basis", "warning_count", "updated_at", "archived_on"] {
        assert!(list[0].get(key).is_some(), "list item lacks {key}: {}", list[0]);
    }
    assert_eq!(list[0]["lawful_basis"], "contract");
    assert_eq!(list[0]["warning_count"], 1);

    let a = env.json(&["activity", "show", "1", "--json"]);
    assert_eq!(a["data_categories"][0]["category"], "identity");
    assert_eq!(a["data_categories"][1]["category"], "other");
    assert_eq!(a["data_categories"][1]["description"], "Support tickets");
    assert_eq!(a["subprocessor_ids"], serde_json::json!([1, 2]));
    // The transfers come from the linked subprocessors: Zendesk's US location under SCCs, Postmark's with none.
    let transfers: Vec<(String, String, serde_json::Value)> = a["transfers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["recipient"].as_str().unwrap().to_string(), t["country"].as_str().unwrap().to_string(), t["safeguard"].clone()))
        .collect();
    assert_eq!(transfers, vec![("Zendesk Inc.".into(), "US".into(), "scc".into()), ("Postmark".into(), "US".into(), serde_json::Value::Null)]);
    assert_eq!(a["warnings"][0]["code"], "us-needs-dpf");
    assert!(a["warnings"][0]["message"].as_str().unwrap().contains("Postmark"));
    assert_eq!(a["history"][0]["action"], "create");
    assert_eq!(a["draft"]["lawful_basis"], "contract");
}

#[test]
fn editing_a_safeguard_clears_the_transfer_warning_and_is_audited() {
    let env = setup();
    env.ok(&["activity", "edit", "1", "--transfer", "Postmark@US=dpf"]);
    let a = env.json(&["activity", "show", "1", "--json"]);
    assert_eq!(a["transfers"][1]["origin"], "edited");
    assert_eq!(a["transfers"][1]["safeguard"], "dpf");
    assert_eq!(a["warnings"], serde_json::json!([]));
    // A transfer outside the register to a country without adequacy and without safeguard.
    env.ok(&["activity", "edit", "1", "--subprocessor", "1", "--subprocessor", "2", "--subprocessor", "3", "--transfer", "Postmark@US=dpf"]);
    let a = env.json(&["activity", "show", "1", "--json"]);
    let w = &a["warnings"][0];
    assert_eq!(w["code"], "transfer-without-safeguard");
    assert!(w["message"].as_str().unwrap().contains("India (IN) through Freshworks India"), "{w}");
    let log = env.json(&["audit", "log", "--entity", "activity", "--json"]);
    let actions: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["create", "update", "update"]);
}

#[test]
fn bad_input_names_each_field_and_changes_nothing() {
    let env = setup();
    let before = env.json(&["audit", "log", "--json"]).as_array().unwrap().len();
    let err = env.fails(&["activity", "add", "--name", "", "--basis", "whim", "--dpia", "maybe", "--transfer", "Auditor@Narnia"]);
    for text in ["name: is required", "purposes: is required", "lawful_basis: 'whim'", "dpia_needed: 'maybe'", "transfers: transfer 1: country 'Narnia'"] {
        assert!(err.contains(text), "{text} missing from: {err}");
    }
    let err = env.fails(&["activity", "add", "--name", "X", "--purpose", "Y", "--subprocessor", "Nobody Ltd"]);
    assert!(err.contains("'Nobody Ltd'"), "{err}");
    let err = env.fails(&["activity", "edit", "1", "--customer", "Acme SA: hosting"]);
    assert!(err.contains("customers: are only for processor activities"), "{err}");
    assert_eq!(env.json(&["audit", "log", "--json"]).as_array().unwrap().len(), before);
    assert_eq!(env.json(&["activity", "list", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn duplicate_archive_restore_and_the_processor_record() {
    let env = setup();
    let copy = env.json(&["activity", "duplicate", "1", "--json"]);
    assert_eq!(copy["name"], "Copy of Customer support");
    assert_eq!(copy["subprocessor_ids"], serde_json::json!([1, 2]));
    env.ok(&["activity", "archive", "2"]);
    assert_eq!(env.json(&["activity", "list", "--json"]).as_array().unwrap().len(), 1);
    let all = env.json(&["activity", "list", "--all", "--json"]);
    assert_eq!(all[1]["archived_on"], "2026-11-23");
    assert!(env.fails(&["activity", "archive", "2"]).contains("already archived"));
    env.ok(&["activity", "restore", "2"]);

    env.ok(&["activity", "add", "--name", "Hosting", "--role", "processor", "--purpose", "Host the customers' data", "--customer", "Acme SA: hosting, backups", "--customer", "Zeta Ltd: hosting"]);
    env.ok(&["activity", "add", "--name", "Support for customers", "--role", "sous-traitant", "--purpose", "Answer the customers' users", "--customer", "ACME SA: support"]);
    let record = env.json(&["activity", "customers", "--json"]);
    assert_eq!(record["customers"][0]["customer"], "Acme SA");
    assert_eq!(record["customers"][0]["activities"].as_array().unwrap().len(), 2);
    assert_eq!(record["customers"][0]["activities"][0]["processing"], serde_json::json!(["hosting", "backups"]));
    assert_eq!(record["customers"][1]["customer"], "Zeta Ltd");
}

#[test]
fn the_record_prints_in_the_cnil_and_ico_layouts() {
    let env = setup();
    env.ok(&["activity", "add", "--name", "Hosting", "--role", "processor", "--purpose", "Host the customers' data", "--customer", "Acme SA: hosting, backups", "--security", "backup"]);
    let cnil = env.path("ropa-cnil.pdf");
    env.ok(&["print", "ropa", "--layout", "cnil", "-o", cnil.to_str().unwrap()]);
    qpdf_check(&cnil);
    let text = pdf_text(&cnil);
    for s in [
        "Registre des activités de traitement",
        "Fiche n° 1 — Customer support",
        "État civil, identité",
        "3 years after the last contact",
        "Transferts hors de l'Union européenne",
        "Clauses contractuelles types (2021)",
        "Contrôle d'accès des utilisateurs",
        "Registre du sous-traitant (article 30(2))",
        "Acme SA",
        "Points à compléter",
        // The gaps in French on the French sheet: Postmark's US transfer without DPF.
        "Transfert vers États-Unis (US) via Postmark",
    ] {
        assert!(text.contains(s), "CNIL record lacks {s:?}:\n{text}");
    }
    assert!(!text.contains("Transfer to"), "an English gap on the French record:\n{text}");
    // The record states the gap to its reader; the advice to the user stays on the screen and the command line.
    assert!(!text.contains("dpf si") && !text.contains("Indiquer"), "advice printed on the record:\n{text}");
    let shown = env.ok(&["activity", "show", "1"]);
    assert!(shown.contains("Record dpf if the recipient is certified"), "{shown}");
    let ico = env.path("ropa-ico.pdf");
    env.ok(&["print", "ropa", "--layout", "ico", "-o", ico.to_str().unwrap()]);
    qpdf_check(&ico);
    let text = pdf_text(&ico);
    for s in [
        "Record of processing activities",
        "Business function",
        "Link to contract with processor",
        "DPA DPA-ZD-7",
        "Article 6 lawful basis",
        "Contract (Art. 6(1)(b))",
        "Rights available to individuals",
        "Access, rectification, erasure, restriction, portability",
        "Processor record (Article 30(2))",
    ] {
        assert!(text.contains(s), "ICO record lacks {s:?}:\n{text}");
    }
    // Either layout in the other language: a French company's register for its English-speaking customer, a UK
    // company's template for its French founder.
    let cnil_en = env.path("ropa-cnil-en.pdf");
    env.ok(&["print", "ropa", "--layout", "cnil", "--lang", "en", "-o", cnil_en.to_str().unwrap()]);
    let text = pdf_text(&cnil_en);
    for s in ["Record of processing activities", "Sheet no. 1 — Customer support", "Transfers outside the European Union", "Processor record (Article 30(2))", "Transfer to"] {
        assert!(text.contains(s), "CNIL record in English lacks {s:?}:\n{text}");
    }
    for s in ["Fiche", "Finalités", "Destinataires", "Transfert vers"] {
        assert!(!text.contains(s), "French {s:?} left on the English CNIL record:\n{text}");
    }
    let ico_fr = env.path("ropa-ico-fr.pdf");
    env.ok(&["print", "ropa", "--layout", "ico", "--lang", "fr", "-o", ico_fr.to_str().unwrap()]);
    let text = pdf_text(&ico_fr);
    for s in ["Registre des activités de traitement", "Finalités du traitement", "Contrat avec le sous-traitant", "Base légale (article 6)", "Registre du sous-traitant"] {
        assert!(text.contains(s), "ICO record in French lacks {s:?}:\n{text}");
    }
    for s in ["Business function", "Link to contract", "Rights available"] {
        assert!(!text.contains(s), "English {s:?} left on the French ICO record:\n{text}");
    }
    let err = env.fails(&["print", "ropa", "--layout", "cnll", "-o", cnil.to_str().unwrap()]);
    assert!(err.contains("layout: 'cnll'"), "{err}");
    let err = env.fails(&["print", "ropa", "--layout", "ico", "--lang", "de", "-o", env.path("de.pdf").to_str().unwrap()]);
    assert!(err.contains("lang"), "{err}");
}
