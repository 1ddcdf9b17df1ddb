//! Spreadsheets as people keep them, through the built binary: the register imported from .ods, .xlsx and CSV with
//! its columns understood (or mapped) and none dropped without a word, exported to .xlsx and back, and the record
//! of processing exported in the CNIL and ICO layouts.

mod common;

use common::{fixture, pdf_text, Env};

fn audit_len(env: &Env) -> usize {
    env.json(&["audit", "log", "--json"]).as_array().unwrap().len()
}

#[test]
fn an_ods_vendor_list_imports_with_its_french_headers_and_says_which_column_it_ignored() {
    let env = Env::new();
    env.init_cnil();
    let ods = fixture("vendors-fr.ods");
    let out = env.ok(&["subprocessor", "import", ods.to_str().unwrap()]);
    assert!(out.contains("column B   Objet") && out.contains("-> purpose (and service)"), "{out}");
    assert!(out.contains("ignored: Responsable interne"), "{out}");
    let list = env.json(&["subprocessor", "list", "--json"]);
    let scaleway = list.as_array().unwrap().iter().find(|s| s["name"] == "Scaleway SAS").unwrap();
    assert_eq!(scaleway["service"], "Hébergement des serveurs", "the purpose stands in for the missing service");
    assert_eq!(scaleway["dpa_signed_on"], "2025-06-12", "a date cell reads as the day it shows");
    assert_eq!(scaleway["category"], "hosting");
}

#[test]
fn columns_are_mapped_on_the_command_line_and_a_bad_map_or_cell_changes_nothing() {
    let env = Env::new();
    env.init_cnil();
    let csv = env.path("clients.csv");
    std::fs::write(&csv, "Société;Contact;Objet;Pays;Catégorie;DPA signé;Remarques\nACME;OVH SAS;Hébergement;France;hébergement;2025-03-01;x\n").unwrap();
    let before = audit_len(&env);
    for (map, reason) in [
        ("name=Fournisseur", "map: 'Fournisseur' is not a column of the file"),
        ("nom=Contact", "map: 'nom' is not a field; use one of name,"),
        ("name", "map: 'name' is not FIELD=COLUMN"),
    ] {
        let err = env.fails(&["subprocessor", "import", csv.to_str().unwrap(), "--map", map]);
        assert!(err.contains(reason), "{map}: {err}");
    }
    assert_eq!(audit_len(&env), before, "nothing written");

    let plan = env.json(&["subprocessor", "import", csv.to_str().unwrap(), "--map", "name=Contact,ignore=Remarques", "--dry-run", "--json"]);
    let columns = plan["columns"].as_array().unwrap();
    assert_eq!((columns[1]["column"].as_str(), columns[1]["field"].as_str(), columns[1]["how"].as_str()), (Some("Contact"), Some("name"), Some("mapped")));
    assert_eq!(columns[0]["field"], serde_json::Value::Null, "Société is no longer the name");
    assert_eq!(plan["ignored"], serde_json::json!(["Société", "Remarques"]));
    assert_eq!(plan["rows"][0]["data"]["name"], "OVH SAS");

    // A known column that cannot be read: its line and the file's own column name; nothing imported.
    std::fs::write(&csv, "Fournisseur;Objet;Pays;Catégorie;DPA signé\nOVH SAS;Hébergement;France;hébergement;2025-03-01\nBrevo;Courriels;France;email;signé en mars\n").unwrap();
    let err = env.fails(&["subprocessor", "import", csv.to_str().unwrap()]);
    assert!(err.contains("line 3, DPA signé: 'signé en mars' is not a date"), "{err}");
    assert_eq!(env.json(&["subprocessor", "list", "--json"]), serde_json::json!([]));
}

#[test]
fn the_register_exports_to_xlsx_and_imports_back_unchanged() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "import", fixture("subprocessors-small-vendor.csv").to_str().unwrap()]);
    let xlsx = env.path("register.xlsx");
    env.ok(&["subprocessor", "export", "--format", "xlsx", "-o", xlsx.to_str().unwrap()]);
    let table = privdesk::sheet::read(&std::fs::read(&xlsx).unwrap()).unwrap();
    assert_eq!(table.headers[0], "Name");
    assert_eq!(table.rows.len(), 9);
    let plan = env.json(&["subprocessor", "import", xlsx.to_str().unwrap(), "--dry-run", "--json"]);
    assert_eq!((plan["added"].as_u64(), plan["updated"].as_u64(), plan["unchanged"].as_u64()), (Some(0), Some(0), Some(9)));
    assert_eq!(plan["ignored"], serde_json::json!([]));
}

fn processor_setup(env: &Env) {
    env.ok(&["init", "--name", "Example Cloud Ltd", "--country", "GB", "--authority", "ico"]);
    env.ok(&[
        "subprocessor", "customer", "add", "--name", "Acme SA", "--email", "dpo@acme.fr", "--contact-name", "Jane Roe",
        "--address", "1 rue de Lyon, 75012 Paris", "--representative", "Acme UK Rep Ltd",
    ]);
    env.ok(&["activity", "add", "--name", "Hosting for customers", "--role", "processor", "--purpose", "Hosting the customers' applications", "--customer", "Acme SA: hosting, backups"]);
    env.ok(&["activity", "add", "--name", "Newsletter", "--purpose", "Marketing e-mails"]);
}

#[test]
fn the_record_of_processing_exports_in_the_cnil_and_ico_layouts() {
    let env = Env::new();
    processor_setup(&env);
    let ico = env.path("ropa-ico.xlsx");
    env.ok(&["activity", "export", "--format", "xlsx", "--layout", "ico", "-o", ico.to_str().unwrap()]);
    let table = privdesk::sheet::read(&std::fs::read(&ico).unwrap()).unwrap();
    let column = |name: &str| table.headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}: {:?}", table.headers));
    assert_eq!(table.rows.len(), 2);
    let hosting = &table.rows[0].1;
    assert_eq!(hosting[column("Activity")], "Hosting for customers");
    assert!(hosting[column("Name and contact details of controller(s)")].starts_with("Acme SA — Jane Roe, dpo@acme.fr, 1 rue de Lyon, 75012 Paris; representative: Acme UK Rep Ltd"));
    assert_eq!(hosting[column("Article 6 lawful basis")], "Not applicable (processor)");
    assert_eq!(table.rows[1].1[column("Name and contact details of controller(s)")], "Example Cloud Ltd");

    let cnil = env.path("ropa-cnil.csv");
    env.ok(&["activity", "export", "--format", "csv", "--layout", "cnil", "-o", cnil.to_str().unwrap()]);
    let bytes = std::fs::read(&cnil).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte order mark, so that Excel reads the accents");
    let table = privdesk::sheet::read(&bytes).unwrap();
    assert_eq!(&table.headers[..3], ["N°", "Activité", "Date de création"]);
    assert!(table.headers.iter().any(|h| h == "Catégories de données collectées (détail, durée de conservation)"));
    let err = env.fails(&["activity", "export", "--format", "xlsx", "--layout", "dgcl", "-o", env.path("x.xlsx").to_str().unwrap()]);
    assert!(err.contains("layout: 'dgcl' is not a layout"), "{err}");
}

/// Art. 30(2)(a): a processor's record names each controller it acts for, with its contact details and
/// representative; the controller-only columns (lawful basis and the rest) are left out.
#[test]
fn the_ico_processor_record_names_each_controller_and_leaves_the_controller_columns_out() {
    let env = Env::new();
    processor_setup(&env);
    let pdf = env.path("ropa.pdf");
    env.ok(&["print", "ropa", "--layout", "ico", "-o", pdf.to_str().unwrap()]);
    let text = pdf_text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    let hosting = &text[text.find("1. Hosting for customers").unwrap()..text.find("2. Newsletter").unwrap()];
    assert!(hosting.contains("Name and contact details of each") && hosting.contains("Acme SA — Jane Roe, dpo@acme.fr"), "{hosting}");
    assert!(hosting.contains("representative: Acme UK Rep Ltd"), "{hosting}");
    assert!(!hosting.contains("Article 6 lawful basis") && !hosting.contains("Example Cloud Ltd ("), "{hosting}");
    let newsletter = &text[text.find("2. Newsletter").unwrap()..];
    assert!(newsletter.contains("Article 6 lawful basis"), "a controller's sheet keeps it");
    let customers = env.json(&["subprocessor", "customer", "list", "--json"]);
    assert_eq!(customers[0]["representative"], "Acme UK Rep Ltd");
    env.ok(&["subprocessor", "customer", "edit", "1", "--representative", ""]);
    assert_eq!(env.json(&["subprocessor", "customer", "list", "--json"])[0]["representative"], serde_json::Value::Null);
}

/// The 2021 SCC module (Decision (EU) 2021/914) is a field of the transfer, not words in a note: given on the command
/// line, refused without the SCCs, printed beside the clauses, and carried through a spreadsheet export and import.
#[test]
fn the_scc_module_is_a_field_that_prints_and_survives_a_spreadsheet() {
    let env = Env::new();
    env.init_cnil();
    let before = audit_len(&env);
    for (args, reason) in [
        (vec!["--transfer", "scc", "--scc-module", "5"], "scc_module: '5' is not a module of the 2021 SCCs"),
        (vec!["--transfer", "dpf", "--scc-module", "3"], "scc_module: applies only to a transfer under the Standard Contractual Clauses"),
    ] {
        let mut all = vec!["subprocessor", "add", "--name", "Zendesk", "--service", "Support desk", "--category", "support", "--country", "US", "--locations", "US"];
        all.extend(args.iter());
        let err = env.fails(&all);
        assert!(err.contains(reason), "{args:?}: {err}");
    }
    assert_eq!(audit_len(&env), before, "nothing written");

    let s = env.json(&[
        "subprocessor", "add", "--name", "Zendesk", "--service", "Support desk", "--category", "support", "--country", "US", "--locations", "US",
        "--transfer", "scc", "--scc-module", "p2p", "--status", "active", "--json",
    ]);
    assert_eq!(s["scc_module"], "processor-to-processor");
    assert!(env.ok(&["subprocessor", "show", "1"]).contains("Standard Contractual Clauses (2021), Module 3 (processor to processor)"));

    for (lang, needle) in [("en", "Module 3 (processor to processor)"), ("fr", "Module 3 (sous-traitant à sous-traitant)")] {
        let pdf = env.path(&format!("list-{lang}.pdf"));
        env.ok(&["print", "subprocessors", "--lang", lang, "-o", pdf.to_str().unwrap()]);
        let text = pdf_text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(needle), "{lang}: {text}");
    }

    let csv = env.path("register.csv");
    env.ok(&["subprocessor", "export", "--format", "csv", "-o", csv.to_str().unwrap()]);
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.contains("SCC module") && written.contains("processor-to-processor"), "{written}");
    let other = Env::new();
    other.init_cnil();
    let out = other.ok(&["subprocessor", "import", csv.to_str().unwrap()]);
    assert!(out.contains("SCC module") && out.contains("-> scc_module"), "{out}");
    assert_eq!(other.json(&["subprocessor", "show", "1", "--json"])["scc_module"], "processor-to-processor");
}
