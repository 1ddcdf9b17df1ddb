//! The audit binder through the built binary: sections in both languages, the contents' page numbers checked
//! against where each section really starts, metadata, and the audit chain on the cover.

mod common;

use common::{qpdf_check, Env};
use std::path::Path;
use std::process::Command;

fn page_text(pdf: &Path, page: usize) -> String {
    let out = Command::new("pdftotext").args(["-layout", "-f", &page.to_string(), "-l", &page.to_string()]).arg(pdf).arg("-").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn pdfinfo(pdf: &Path) -> String {
    String::from_utf8(Command::new("pdfinfo").arg(pdf).output().unwrap().stdout).unwrap()
}

/// The contents page's rows: each section title with the page number printed beside it.
fn contents(pdf: &Path, titles: &[&str]) -> Vec<(String, usize)> {
    let text = page_text(pdf, 2);
    titles
        .iter()
        .map(|t| {
            let line = text.lines().find(|l| l.contains(t)).unwrap_or_else(|| panic!("{t} missing from the contents:\n{text}"));
            let page = line.split_whitespace().last().unwrap().parse().unwrap();
            (t.to_string(), page)
        })
        .collect()
}

fn filled() -> Env {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["demo", "--subprocessors", "120"]);
    env.ok(&["activity", "add", "--name", "Customer support", "--purpose", "Answer questions", "--basis", "contract", "--subprocessor", "1"]);
    env.ok(&["activity", "add", "--name", "Newsletter", "--purpose", "Send news", "--basis", "consent"]);
    env
}

#[test]
fn the_contents_give_the_page_each_section_starts_on_in_both_languages() {
    let env = filled();
    for (lang, titles) in [
        ("en", ["1. Organisation profile", "2. Record of processing activities", "3. Subprocessor register and change notices", "4. Data subject request log", "5. Personal data breach register", "6. Policy change history", "7. Audit log digest", "8. Annex: evidence files"]),
        ("fr", ["1. Profil de l'organisation", "2. Registre des activités de traitement", "3. Sous-traitants ultérieurs et notifications", "4. Journal des demandes d'exercice de droits", "5. Registre des violations de données", "6. Historique des modifications des politiques", "7. Synthèse du journal d'audit", "8. Annexe"]),
    ] {
        let pdf = env.path(&format!("binder-{lang}.pdf"));
        env.ok(&["print", "binder", "--lang", lang, "-o", pdf.to_str().unwrap()]);
        qpdf_check(&pdf);
        let rows = contents(&pdf, &titles);
        let mut last = 2;
        for (title, page) in &rows {
            assert!(*page > last, "{title} on page {page} does not follow page {last}");
            let text = page_text(&pdf, *page);
            let first_line = text.lines().map(str::trim).filter(|l| !l.is_empty()).nth(1).unwrap_or("");
            assert!(first_line.starts_with(title.as_str()), "page {page} should start with {title:?}; it starts with {first_line:?}");
            last = *page;
        }
    }
}

#[test]
fn the_cover_carries_the_chain_verification_and_the_pdf_its_metadata() {
    let env = filled();
    let pdf = env.path("binder.pdf");
    env.ok(&["print", "binder", "--lang", "en", "-o", pdf.to_str().unwrap()]);
    let head = env.json(&["audit", "verify", "--json"])["head_hash"].as_str().unwrap().to_string();
    let cover = page_text(&pdf, 1);
    assert!(cover.contains("Audit binder"), "{cover}");
    assert!(cover.contains("Intact:"), "{cover}");
    assert!(cover.contains(&head[..32]), "the head hash {head} is on the cover:\n{cover}");
    let info = pdfinfo(&pdf);
    assert!(info.contains("Title:           Audit binder — Exemple Logiciels SAS"), "{info}");
    assert!(info.contains("Author:          Exemple Logiciels SAS"), "{info}");
    assert!(info.contains("CreationDate:    Mon Nov 23"), "{info}");
    let all = common::pdf_text(&pdf);
    for s in ["No data subject request recorded.", "No incident has been recorded.", "No policy changes recorded.", "Proposed and retired subprocessors", "Customer support"] {
        assert!(all.contains(s), "the binder lacks {s:?}");
    }
    // The audit log section is dated by the system clock, which PRIVDESK_NOW does not change.
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    assert!(all.contains(&month), "the binder's audit log lacks entries of {month}");
}

#[test]
fn an_empty_organisation_prints_every_section_saying_it_has_no_data() {
    let env = Env::new();
    env.init_cnil();
    let pdf = env.path("binder.pdf");
    env.ok(&["print", "binder", "-o", pdf.to_str().unwrap()]);
    qpdf_check(&pdf);
    let text = common::pdf_text(&pdf);
    for s in ["Dossier d'audit", "Aucune activité de traitement", "Aucun sous-traitant ultérieur", "Aucune demande d'exercice", "Aucun incident", "Aucune modification de politique"] {
        assert!(text.contains(s), "the binder lacks {s:?}:\n{text}");
    }
    assert!(env.fails(&["print", "binder", "--lang", "de", "-o", pdf.to_str().unwrap()]).contains("lang"));
}

#[test]
fn the_binder_carries_the_policy_change_history_and_the_change_notices() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["subprocessor", "add", "--name", "Brevo SAS", "--service", "Transactional e-mail", "--category", "email", "--country", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "customer", "add", "--name", "Acme Retail", "--email", "privacy@acme.example"]);
    env.ok(&["subprocessor", "announce", "1", "--notice-on", "2026-11-23", "--customer", "Acme Retail"]);
    env.ok(&["subprocessor", "objection", "1", "--customer", "Acme Retail", "--on", "2026-11-25", "--reason", "Data must stay with our current provider"]);
    let v1 = env.path("v1.txt");
    let v2 = env.path("v2.txt");
    std::fs::write(&v1, "We collect your e-mail address.\n\nWe keep it for two years.\n").unwrap();
    std::fs::write(&v2, "We collect your e-mail address and your name.\n\nWe keep it for two years.\n").unwrap();
    env.ok(&["policy", "add", "--kind", "privacy", "--title", "Politique de confidentialité"]);
    env.ok(&["policy", "version", "1", "--file", v1.to_str().unwrap(), "--label", "v1"]);
    env.ok(&["policy", "version", "1", "--file", v2.to_str().unwrap(), "--label", "v2"]);
    env.ok(&["policy", "change", "1", "--to", "v2", "--class", "substantial", "--notice-on", "2026-11-23"]);

    let pdf = env.path("binder.pdf");
    env.ok(&["print", "binder", "-o", pdf.to_str().unwrap(), "--lang", "en"]);
    qpdf_check(&pdf);
    let text = common::pdf_text(&pdf);
    assert!(text.contains("Politique de") && text.contains("confidentialité") && text.contains("v1 → v2"), "{text}");
    assert!(text.contains("Substantial change:") && text.contains("+ 30 days"), "the rule is printed:\n{text}");
    assert!(text.contains("Brevo SAS") && text.contains("Acme Retail"), "{text}");
    assert!(!text.contains("No policy changes recorded") && !text.contains("No subprocessor change notice recorded"), "{text}");
}
