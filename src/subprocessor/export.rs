//! Writing the register out: CSV and an .xlsx workbook that a spreadsheet opens and that import back unchanged, and
//! JSON for scripts.

use super::Subprocessor;

/// The formats the register is exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// Opens in a spreadsheet and imports back unchanged.
    Csv,
    /// An Excel workbook: the same columns, the header bold and frozen; imports back unchanged.
    Xlsx,
    Json,
}

/// The CSV columns, in the order of the headers this module writes; each header is one the importer reads.
const COLUMNS: &[&str] = &[
    "Name", "Legal entity", "Address", "Country", "Service", "Purpose", "Category", "Data categories", "Data subjects",
    "Processing locations", "Transfer mechanism", "SCC module", "Transfer notes", "DPA signed", "DPA reference", "Certifications",
    "Security review", "Access", "Website", "Privacy policy", "Status", "Start date", "End date", "Notes",
];

/// Each record as the cells of [`COLUMNS`], as the form would hold them.
fn cells(s: &Subprocessor) -> Vec<String> {
    let d = s.data.to_draft();
    vec![
        d.name, d.legal_entity, d.address, d.country, d.service, d.purpose, d.category,
        d.data_categories.join(", "), d.subject_categories.join(", "), d.locations.join(", "),
        d.transfer_mechanism, d.scc_module, d.transfer_notes, d.dpa_signed_on, d.dpa_reference, d.certifications.join(", "),
        d.security_reviewed_on, d.access, d.website, d.privacy_policy_url, d.status, d.started_on, d.ended_on, d.notes,
    ]
}

pub fn to_csv(records: &[&Subprocessor]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for s in records {
        w.write_record(cells(s))?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// The register as an .xlsx workbook with the CSV's columns.
pub fn to_xlsx(records: &[&Subprocessor]) -> Result<Vec<u8>, String> {
    let headers: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    let rows: Vec<Vec<String>> = records.iter().map(|s| cells(s)).collect();
    crate::sheet::write_xlsx("Subprocessors", &headers, &rows)
}

pub fn to_json(records: &[&Subprocessor]) -> serde_json::Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(records)?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::SubprocessorId;
    use crate::subprocessor::sheet_import;
    use chrono::Utc;

    #[test]
    fn csv_export_imports_back_to_the_same_records() {
        let rows = sheet_import::parse(include_bytes!("../../tests/fixtures/subprocessors-small-vendor.csv")).unwrap().as_new_records().unwrap();
        let records: Vec<Subprocessor> = rows
            .iter()
            .enumerate()
            .map(|(i, (_, d))| Subprocessor { id: SubprocessorId(i as i64 + 1), data: d.clone(), created_at: Utc::now(), updated_at: Utc::now() })
            .collect();
        let refs: Vec<&Subprocessor> = records.iter().collect();
        let again = sheet_import::parse(&to_csv(&refs).unwrap()).unwrap().as_new_records().unwrap();
        assert_eq!(again.iter().map(|(_, d)| d).collect::<Vec<_>>(), rows.iter().map(|(_, d)| d).collect::<Vec<_>>());
    }

    #[test]
    fn the_xlsx_export_imports_back_unchanged() {
        let rows = sheet_import::parse(include_bytes!("../../tests/fixtures/subprocessors-small-vendor.csv")).unwrap().as_new_records().unwrap();
        let records: Vec<Subprocessor> = rows
            .into_iter()
            .enumerate()
            .map(|(i, (_, data))| Subprocessor { id: SubprocessorId(i as i64 + 1), data, created_at: chrono::DateTime::UNIX_EPOCH, updated_at: chrono::DateTime::UNIX_EPOCH })
            .collect();
        let refs: Vec<&Subprocessor> = records.iter().collect();
        let again = sheet_import::parse(&to_xlsx(&refs).unwrap()).unwrap();
        assert!(again.ignored().is_empty(), "every column is one the importer reads");
        let again = again.as_new_records().unwrap();
        assert_eq!(again.iter().map(|(_, d)| d.clone()).collect::<Vec<_>>(), records.iter().map(|s| s.data.clone()).collect::<Vec<_>>());
    }
}
