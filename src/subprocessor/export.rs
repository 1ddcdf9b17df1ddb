//! Writing the register out: CSV that a spreadsheet opens and that imports back unchanged, and JSON for scripts.

use super::Subprocessor;

/// The formats the register is exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// Opens in a spreadsheet and imports back unchanged.
    Csv,
    Json,
}

/// The CSV columns, in the order of the headers this module writes; each header is one the importer reads.
const COLUMNS: &[&str] = &[
    "Name", "Legal entity", "Address", "Country", "Service", "Purpose", "Category", "Data categories", "Data subjects",
    "Processing locations", "Transfer mechanism", "Transfer notes", "DPA signed", "DPA reference", "Certifications",
    "Security review", "Access", "Website", "Privacy policy", "Status", "Start date", "End date", "Notes",
];

pub fn to_csv(records: &[&Subprocessor]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for s in records {
        let d = s.data.to_draft();
        w.write_record([
            d.name, d.legal_entity, d.address, d.country, d.service, d.purpose, d.category,
            d.data_categories.join(", "), d.subject_categories.join(", "), d.locations.join(", "),
            d.transfer_mechanism, d.transfer_notes, d.dpa_signed_on, d.dpa_reference, d.certifications.join(", "),
            d.security_reviewed_on, d.access, d.website, d.privacy_policy_url, d.status, d.started_on, d.ended_on, d.notes,
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
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
    use crate::subprocessor::csv_import;
    use chrono::Utc;

    #[test]
    fn csv_export_imports_back_to_the_same_records() {
        let rows = csv_import::parse(include_bytes!("../../tests/fixtures/subprocessors-small-vendor.csv")).unwrap().as_new_records().unwrap();
        let records: Vec<Subprocessor> = rows
            .iter()
            .enumerate()
            .map(|(i, (_, d))| Subprocessor { id: SubprocessorId(i as i64 + 1), data: d.clone(), created_at: Utc::now(), updated_at: Utc::now() })
            .collect();
        let refs: Vec<&Subprocessor> = records.iter().collect();
        let again = csv_import::parse(&to_csv(&refs).unwrap()).unwrap().as_new_records().unwrap();
        assert_eq!(again.iter().map(|(_, d)| d).collect::<Vec<_>>(), rows.iter().map(|(_, d)| d).collect::<Vec<_>>());
    }
}
