//! The document layer end to end: documents are rendered to PDF through the public API, then read back with the
//! tools a reader's machine would use (`pdftotext`, `pdfinfo` and `qpdf` from poppler-utils and qpdf), so that the
//! tests check what a reader gets, not what the layout code believes it drew.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use privdesk::document::{self, Block, Column, Document, DocumentError, Lang, Table};

const FIRST: [&str; 8] = ["Zoë", "François", "Jürgen", "Élodie", "Œlie", "Çağla", "Bjørn", "Anaïs"];
const LAST: [&str; 6] = ["Dupré", "Straße", "Lefèvre", "Müller", "Garçon", "Cœurdevey"];

/// A unique, accented name for row `i`.
fn name(i: usize) -> String {
    format!("{} {} {i:03}", FIRST[i % FIRST.len()], LAST[i % LAST.len()])
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn register(lang: Lang, rows: usize) -> Document {
    let long = "Hébergement des données « clients » et sauvegardes chiffrées, avec une clause de réversibilité \
                détaillée et un registre des accès tenu à jour; voir https://example.com/contrats/annexe-traitement-des-données-personnelles-version-définitive";
    let mut blocks = vec![
        Block::Heading { level: 1, text: "Registre des sous-traitants".into() },
        Block::Paragraph(
            "Ce registre recense les sous-traitants ultérieurs. Caractères à vérifier : é è ç ü ß œ « guillemets ».\n\
             Une deuxième ligne forcée."
                .into(),
        ),
        Block::Heading { level: 2, text: "Responsable du traitement".into() },
        Block::KeyValue(vec![
            ("Organisation".into(), "Société Exemple SAS".into()),
            ("Adresse".into(), "12 rue de l’Église, 69002 Lyon".into()),
            ("Délégué à la protection des données".into(), "Zoë Dupré <dpo@example.com>".into()),
        ]),
        Block::Spacer(4.0),
        Block::Heading { level: 1, text: "Liste".into() },
    ];
    blocks.push(Block::Table(Table {
        columns: vec![Column::new("Nom du sous-traitant", 3.0), Column::new("Activité", 6.0), Column::new("Pays", 1.5)],
        rows: (0..rows)
            .map(|i| {
                let activity = if i % 7 == 0 { long.to_string() } else { format!("Service {i} : maintenance") };
                vec![name(i), activity, "France".into()]
            })
            .collect(),
    }));
    blocks.push(Block::Signature {
        name: "Zoë Dupré".into(),
        role: "Déléguée à la protection des données".into(),
        place_date: "Lyon, le 23 novembre 2026".into(),
    });
    Document {
        title: "Registre des sous-traitants".into(),
        author: "Société Exemple SAS".into(),
        header: "Société Exemple SAS".into(),
        lang,
        printed_on: day(),
        blocks,
    }
}

struct Printed {
    _dir: tempfile::TempDir,
    path: PathBuf,
    bytes: usize,
}

fn print(doc: &Document) -> Printed {
    let pdf = document::render(doc).expect("the document renders");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.pdf");
    std::fs::write(&path, &pdf).unwrap();
    Printed { _dir: dir, path, bytes: pdf.len() }
}

/// Runs a tool that the tests need; a missing tool fails the test with the package to install.
fn run(tool: &str, package: &str, args: &[&str], file: &Path) -> std::process::Output {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} ({e}): install {package}"));
    out
}

fn text(file: &Path, layout: bool) -> String {
    let mut args = vec!["-enc", "UTF-8"];
    if layout {
        args.push("-layout");
    }
    let mut cmd = Command::new("pdftotext");
    cmd.args(&args).arg(file).arg("-");
    let out = cmd.output().expect("cannot run pdftotext: install poppler-utils");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF is structurally sound: qpdf's check passes without warnings.
fn assert_qpdf_accepts(file: &Path) {
    let out = run("qpdf", "qpdf", &["--check"], file);
    let report = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "qpdf --check failed:\n{report}");
    assert!(!report.to_lowercase().contains("warning"), "qpdf --check warns:\n{report}");
}

fn pages(text: &str) -> Vec<&str> {
    let mut pages: Vec<&str> = text.split('\u{c}').collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

#[test]
fn a_long_register_prints_every_row_with_header_row_and_footer_on_every_page() {
    let printed = print(&register(Lang::En, 300));
    assert_qpdf_accepts(&printed.path);
    let all = text(&printed.path, true);
    for i in 0..300 {
        let n = name(i);
        assert_eq!(all.matches(&n).count(), 1, "{n:?} should appear exactly once");
    }
    let pages = pages(&all);
    let count = pages.len();
    assert!(count > 1, "300 rows fit on {count} page");
    let mut table_pages = 0;
    for (i, page) in pages.iter().enumerate() {
        let n = i + 1;
        assert!(page.contains(&format!("Page {n} of {count}")), "page {n} lacks its page number:\n{page}");
        assert!(page.contains("Printed on 23 November 2026"), "page {n} lacks the print date");
        assert!(page.contains("Société Exemple SAS"), "page {n} lacks the running header");
        if (0..300).any(|r| page.contains(&name(r))) {
            table_pages += 1;
            for title in ["Nom du sous-traitant", "Activité", "Pays"] {
                assert!(page.contains(title), "page {n} lacks the table header {title:?}:\n{page}");
            }
        }
    }
    assert!(table_pages > 1, "the table spans {table_pages} page");
    assert!(pages.last().unwrap().contains("Zoë Dupré"), "the signature ends the document");
}

#[test]
fn the_fonts_are_subset_so_a_long_register_stays_small() {
    let printed = print(&register(Lang::En, 300));
    // The two DejaVu faces weigh 1.4 MB in full; a subset carries only the glyphs used.
    assert!(printed.bytes < 150_000, "{} bytes", printed.bytes);
    let short = print(&register(Lang::En, 5));
    assert!(short.bytes < 60_000, "{} bytes for a one-page document", short.bytes);
}

#[test]
fn accented_text_and_long_words_come_back_exactly() {
    let printed = print(&register(Lang::Fr, 20));
    let plain = text(&printed.path, false);
    for expected in [
        "Ce registre recense les sous-traitants ultérieurs.",
        "é è ç ü ß œ « guillemets ».",
        "Une deuxième ligne forcée.",
        "12 rue de l’Église, 69002 Lyon",
        "Zoë Dupré <dpo@example.com>",
        "Hébergement des données « clients »",
        "Lyon, le 23 novembre 2026",
        "Déléguée à la protection des données",
    ] {
        assert!(plain.contains(expected), "{expected:?} is not in the extracted text:\n{plain}");
    }
    // The URL is longer than its column: it is cut across lines, and every piece of it is printed.
    let joined: String = plain.split_whitespace().collect();
    assert!(
        joined.contains("https://example.com/contrats/annexe-traitement-des-données-personnelles-version-définitive")
    );
}

#[test]
fn the_french_footer_is_in_french() {
    let printed = print(&register(Lang::Fr, 120));
    assert_qpdf_accepts(&printed.path);
    let all = text(&printed.path, true);
    let pages = pages(&all);
    let count = pages.len();
    assert!(count > 1);
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} sur {count}", i + 1)), "page {}:\n{page}", i + 1);
        assert!(page.contains("Imprimé le 23 novembre 2026"), "page {}:\n{page}", i + 1);
        assert!(!page.contains("Printed on"));
    }
}

#[test]
fn the_metadata_names_the_document_author_and_print_day() {
    let printed = print(&register(Lang::Fr, 3));
    let out = run("pdfinfo", "poppler-utils", &["-isodates"], &printed.path);
    let info = String::from_utf8_lossy(&out.stdout);
    assert!(info.contains("Title:           Registre des sous-traitants"), "{info}");
    assert!(info.contains("Author:          Société Exemple SAS"), "{info}");
    assert!(info.contains("CreationDate:    2026-11-23"), "{info}");
    assert!(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "{info}");
}

#[test]
fn the_outline_gives_the_page_of_each_level_one_heading() {
    let doc = register(Lang::En, 300);
    let rendered = document::render_with_outline(&doc).unwrap();
    let outline: Vec<(&str, usize)> = rendered.outline.iter().map(|e| (e.title.as_str(), e.page)).collect();
    assert_eq!(outline, [("Registre des sous-traitants", 1), ("Liste", 1)]);
    let mut blocks = doc.blocks.clone();
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading { level: 1, text: "Annexe".into() });
    blocks.push(Block::Paragraph("Fin.".into()));
    let rendered = document::render_with_outline(&Document { blocks, ..doc }).unwrap();
    let last = rendered.outline.last().unwrap();
    assert_eq!((last.title.as_str(), last.page), ("Annexe", rendered.page_count));

    // The same headings are the PDF's bookmarks.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("outline.pdf");
    std::fs::write(&path, &rendered.pdf).unwrap();
    let out = run("qpdf", "qpdf", &["--json", "--json-key=outlines"], &path);
    let json = String::from_utf8_lossy(&out.stdout);
    for title in ["Registre des sous-traitants", "Liste", "Annexe"] {
        assert!(json.contains(&format!("\"title\": \"{title}\"")), "{title} is not a bookmark:\n{json}");
    }
}

#[test]
fn an_empty_document_is_one_page_with_its_footer() {
    let doc = Document { blocks: vec![], ..register(Lang::En, 0) };
    let rendered = document::render_with_outline(&doc).unwrap();
    assert_eq!(rendered.page_count, 1);
    let printed = print(&doc);
    assert!(text(&printed.path, false).contains("Page 1 of 1"));
}

#[test]
fn a_malformed_document_is_refused_before_layout() {
    let mut doc = register(Lang::En, 2);
    doc.blocks
        .push(Block::Table(Table { columns: vec![Column::new("A", 1.0)], rows: vec![vec!["1".into(), "2".into()]] }));
    match document::render(&doc) {
        Err(DocumentError::RowLength { row: 1, cells: 2, columns: 1 }) => {}
        other => panic!("expected a row length error, got {other:?}"),
    }
}
