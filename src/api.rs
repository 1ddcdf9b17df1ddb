//! The use cases: one plain function per user action, returning what both faces show. The command line
//! (`src/cli`) and the window's commands (`src-tauri/src/boundary.rs`) are a line or two each over these; neither
//! composes core calls itself, so the two cannot disagree on what an action does.
//!
//! A function takes the store and the action's input as the user gave it (text where the user types text; the core
//! parses it and names the field), and returns a view (`RequestView`, `BreachView`, …) or a [`Printed`] document.
//! What happens to a printed document is the face's: the command line writes it where `-o` says, the window saves it
//! under a fresh name in the output folder and opens it.

pub mod activity;
pub mod attachment;
pub mod breach;
pub mod deadline;
pub mod notice;
pub mod policy;
pub mod request;
pub mod safety;
pub mod subprocessor;

use crate::audit::AuditEntry;
use crate::document::{self, Document, Lang};
use crate::error::Result;
use crate::org::Org;
use crate::store::{AuditQuery, Store};

/// A file ready to be saved: its bytes and the name (without extension) it takes in the output folder, dated in
/// the organisation's day.
#[derive(Debug)]
pub struct Printed {
    pub stem: String,
    pub ext: &'static str,
    pub bytes: Vec<u8>,
}

impl Printed {
    pub fn pdf(stem: String, doc: &Document) -> Result<Printed> {
        Ok(Printed { stem, ext: "pdf", bytes: document::render(doc)? })
    }

    /// A document that may run to many pages (a register, the record of processing), its stages told to
    /// `progress`: reading the records (`build`), laying out the pages, saving the file. It stops, with no file
    /// written, at any stage before the last.
    pub fn long_pdf(progress: &crate::progress::Progress, build: impl FnOnce() -> Result<(String, Document)>) -> Result<Printed> {
        use crate::progress::Stage;
        progress.step(Stage::Gathering, 0, 0)?;
        let (stem, doc) = build()?;
        progress.step(Stage::Laying, 0, 0)?;
        let printed = Printed::pdf(stem, &doc)?;
        progress.finishing(Stage::Saving)?;
        Ok(printed)
    }
}

/// The organisation, the language a document is printed in (the one asked for, else the organisation's), and
/// today in the organisation's zone: what every print starts from.
pub(crate) fn print_context(store: &Store, lang: Option<Lang>) -> Result<(Org, Lang, chrono::NaiveDate)> {
    let org = store.require_org()?;
    let (lang, today) = (lang.unwrap_or(org.lang), org.today(store.now()));
    Ok((org, lang, today))
}

/// The audit entries of one record, newest first, for its history panel.
pub fn history(store: &Store, entity: &str, id: i64) -> Result<Vec<AuditEntry>> {
    store.audit_log(&AuditQuery { entity: Some(entity.into()), entity_id: Some(id), newest_first: true, ..Default::default() })
}

/// The audit binder, in the language asked for (else the organisation's).
pub fn print_binder(store: &Store, lang: Option<Lang>, progress: &crate::progress::Progress) -> Result<Printed> {
    let (_, lang, today) = print_context(store, lang)?;
    let rendered = crate::binder::print(store, lang, progress)?;
    Ok(Printed { stem: format!("audit-binder-{lang}-{today}"), ext: "pdf", bytes: rendered.pdf })
}

/// The adequacy list in use as a tab-separated file.
pub fn export_adequacy(store: &Store) -> Result<Printed> {
    let list = store.adequacy()?;
    Ok(Printed { stem: format!("adequacy-list-{}", list.as_of), ext: "tsv", bytes: list.to_tsv().into_bytes() })
}

/// Saves the edited adequacy list; every bad row is refused with its field (`countries[N].code`).
pub fn save_adequacy(store: &mut Store, draft: &crate::adequacy::AdequacyDraft) -> Result<crate::adequacy::AdequacyInUse> {
    let list = draft.validate()?;
    store.save_adequacy(&list)
}

/// Reads an adequacy list file's text into a draft, a bad file refused with its line under the field `file`.
pub fn read_adequacy_file(text: &str) -> Result<crate::adequacy::AdequacyDraft> {
    let list = crate::adequacy::Adequacy::parse(text).map_err(|reason| crate::Invalid::field("file", reason))?;
    Ok(crate::adequacy::AdequacyDraft::from(&list))
}

/// The countries with their names and whether they are in the EEA, for the window's country fields.
pub fn countries() -> Vec<crate::session::CountryOption> {
    crate::country::all()
        .iter()
        .map(|c| crate::session::CountryOption { code: c.code.into(), en: c.en.into(), fr: c.fr.into(), eea: crate::country::in_eea(c.code) })
        .collect()
}

/// How a typed date and time is read in the organisation's zone, for the hint under the field.
pub fn read_instant(store: &Store, text: &str) -> Result<crate::breach::clock::InstantReading> {
    let tz = store.moment()?.tz;
    crate::breach::clock::reading(text, tz).map_err(|reason| crate::Invalid::field("at", reason).into())
}

/// The registrations the organisation keeps with its authority, in the reader's language.
pub fn registrations(store: &Store) -> Result<crate::registration::Registrations> {
    let org = store.require_org()?;
    let lang = store.texts_lang(&org);
    Ok(crate::registration::registrations(&org, org.today(store.now()), lang))
}

/// The registrations printed on one sheet.
pub fn print_registrations(store: &Store, lang: Option<Lang>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, lang)?;
    Printed::pdf(format!("registrations-{lang}-{today}"), &crate::registration::sheet(&org, today, lang))
}
