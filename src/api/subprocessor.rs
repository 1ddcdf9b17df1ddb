//! The subprocessor register: the list with each record's transfer status, retiring, import, export, the public
//! list.

use super::{print_context, Printed};
use crate::document::Lang;
use crate::error::{Error, Result};
use crate::id::SubprocessorId;
use crate::progress::Progress;
use crate::store::Store;
use serde::Serialize;
use ts_rs::TS;
use crate::store::ImportPlan;
use crate::subprocessor::export::{self, ExportFormat};
use crate::subprocessor::sheet_import::{self, ColumnChoice};
use crate::subprocessor::{self, Filter, Subprocessor, SubprocessorPage, SubprocessorView};
use crate::Invalid;

/// The register, filtered and sorted, each record with its transfer status under the adequacy list in use.
pub fn list(store: &Store, filter: &Filter) -> Result<SubprocessorPage> {
    let (rows, matched) = store.subprocessor_page(filter)?;
    let adequacy = store.adequacy()?;
    Ok(SubprocessorPage { rows: rows.into_iter().map(|s| view(s, &adequacy)).collect(), matched, total: store.subprocessor_count()?, offset: filter.offset })
}

fn view(s: Subprocessor, adequacy: &crate::adequacy::Adequacy) -> SubprocessorView {
    SubprocessorView { transfer: s.transfer_status(adequacy), subprocessor: s }
}

pub fn get(store: &Store, id: SubprocessorId) -> Result<SubprocessorView> {
    Ok(view(store.subprocessor(id)?, &store.adequacy()?))
}

/// Retires a subprocessor from the day given (as typed).
pub fn retire(store: &mut Store, id: SubprocessorId, on: &str) -> Result<Subprocessor> {
    let on = subprocessor::parse_date(on).map_err(|r| Invalid::field("on", r))?;
    store.retire_subprocessor(id, on)
}

/// Reads a spreadsheet's bytes (CSV in UTF-8 or UTF-16, .xlsx, .xls, .ods), understands its columns by their
/// headers and as `map` says, and plans, or applies, the import against the register.
pub fn import(store: &mut Store, content: &[u8], source: &str, map: &[ColumnChoice], dry_run: bool, progress: &crate::progress::Progress) -> Result<ImportPlan> {
    let file = sheet_import::parse_mapped(content, map)?;
    store.import_subprocessors(&file, source, dry_run, progress)
}

/// How each column of a spreadsheet is understood (by its header, and as `map` says), without checking its rows:
/// what the window's mapping step shows, even for a file whose name column it cannot find.
pub fn import_columns(content: &[u8], map: &[ColumnChoice]) -> Result<Vec<sheet_import::ColumnUse>> {
    Ok(sheet_import::columns(content, map)?)
}

/// The register as CSV (re-importable) or JSON.
pub fn export(store: &Store, format: ExportFormat) -> Result<Printed> {
    let records = store.subprocessors()?;
    let refs: Vec<_> = records.iter().collect();
    let (bytes, ext) = match format {
        ExportFormat::Csv => (export::to_csv(&refs).map_err(|e| Error::file("export.csv", std::io::Error::other(e)))?, "csv"),
        ExportFormat::Xlsx => (export::to_xlsx(&refs).map_err(|e| Error::file("export.xlsx", std::io::Error::other(e)))?, "xlsx"),
        ExportFormat::Json => (export::to_json(&refs).map_err(|e| Error::file("export.json", std::io::Error::other(e)))?, "json"),
    };
    Ok(Printed { stem: format!("subprocessors-{}", store.today()?), ext, bytes })
}

/// A live subprocessor the public list shows with a transfer outside the EEA and no safeguard: what the window warns
/// of before printing, and the command line says beside the file.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct TransferGap {
    pub id: crate::id::SubprocessorId,
    pub name: String,
    /// Why, in English and French.
    pub explain: crate::vocab::Term,
}

/// The transfers without a safeguard the public list would print, under the adequacy list in use.
pub fn transfer_gaps(store: &Store) -> Result<Vec<TransferGap>> {
    let adequacy = store.adequacy()?;
    Ok(store
        .subprocessors()?
        .into_iter()
        .filter_map(|s| {
            let status = s.transfer_status(&adequacy);
            status.warn.then(|| TransferGap { id: s.id, name: s.data.name.clone(), explain: status.explain })
        })
        .collect())
}

/// The public subprocessor list.
pub fn print_list(store: &Store, lang: Option<Lang>, progress: &Progress) -> Result<Printed> {
    Printed::long_pdf(progress, || {
        let (org, lang, today) = print_context(store, lang)?;
        let records = store.subprocessors()?;
        let refs: Vec<_> = records.iter().collect();
        Ok((format!("subprocessors-{lang}-{today}"), subprocessor::print::public_list(&org, &refs, lang, today)))
    })
}
