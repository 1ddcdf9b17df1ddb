//! Reading a register from a spreadsheet export.
//!
//! Spreadsheets write CSV in many ways: comma or semicolon (French Excel), with or without a byte order mark,
//! quoted cells with delimiters and line breaks inside, English or French headers in any order. The whole file is
//! checked before anything is written: one bad row and nothing is imported, and every bad row is reported.

use super::{SubprocessorData, SubprocessorDraft};
use crate::error::{FieldError, Invalid};
use crate::text::fold;

/// One row of the file, valid, with its line number in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    pub line: u64,
    pub data: SubprocessorData,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Name,
    LegalEntity,
    Address,
    Country,
    Service,
    Purpose,
    Category,
    DataCategories,
    SubjectCategories,
    Locations,
    TransferMechanism,
    TransferNotes,
    DpaSignedOn,
    DpaReference,
    Certifications,
    SecurityReviewedOn,
    Access,
    Website,
    PrivacyPolicyUrl,
    Status,
    StartedOn,
    EndedOn,
    Notes,
}

/// Header names, English and French, as folded keys (lower case, no accents, no spaces or punctuation).
const HEADERS: &[(Field, &[&str])] = &[
    (Field::Name, &["name", "nom", "subprocessor", "subprocessorname", "soustraitant", "soustraitantulterieur", "vendor", "fournisseur", "processor", "company", "societe", "entreprise", "prestataire"]),
    (Field::LegalEntity, &["legalentity", "entity", "entitejuridique", "raisonsociale", "legalname"]),
    (Field::Address, &["address", "adresse", "registeredaddress", "siegesocial"]),
    (Field::Country, &["country", "pays", "countryofestablishment", "paysdetablissement", "headquarters", "siege", "establishment"]),
    (Field::Service, &["service", "services", "description", "prestation", "servicedescription"]),
    (Field::Purpose, &["purpose", "purposes", "finalite", "finalites", "objet"]),
    (Field::Category, &["category", "categorie", "type"]),
    (Field::DataCategories, &["datacategories", "categoriesofdata", "personaldata", "categoriesdedonnees", "donnees", "donneestraitees"]),
    (Field::SubjectCategories, &["datasubjects", "subjectcategories", "categoriesofdatasubjects", "personnesconcernees", "categoriesdepersonnes"]),
    (Field::Locations, &["processinglocations", "locations", "location", "datalocation", "lieuxdetraitement", "lieudetraitement", "localisation", "localisationdesdonnees", "paysdetraitement", "hebergement"]),
    (Field::TransferMechanism, &["transfermechanism", "transfer", "transfers", "safeguards", "mecanismedetransfert", "garanties", "encadrementdestransferts", "transfert"]),
    (Field::TransferNotes, &["transfernotes", "notessurletransfert"]),
    (Field::DpaSignedOn, &["dpasigned", "dpasignedon", "dpadate", "datedpa", "dpasignele", "datedesignaturedudpa"]),
    (Field::DpaReference, &["dpareference", "referencedpa", "dpa"]),
    (Field::Certifications, &["certifications", "securityevidence", "certification"]),
    (Field::SecurityReviewedOn, &["securityreview", "securityreviewedon", "reviewdate", "datederevue", "revuesecurite"]),
    (Field::Access, &["access", "whohasaccess", "acces", "personneshabilitees"]),
    (Field::Website, &["website", "site", "siteweb", "siteinternet", "url", "web"]),
    (Field::PrivacyPolicyUrl, &["privacypolicy", "privacypolicyurl", "politiquedeconfidentialite"]),
    (Field::Status, &["status", "statut", "etat"]),
    (Field::StartedOn, &["startdate", "startedon", "since", "datededebut", "depuis"]),
    (Field::EndedOn, &["enddate", "endedon", "datedefin"]),
    (Field::Notes, &["notes", "remarques", "commentaires", "comments"]),
];

fn field_for(header: &str) -> Option<Field> {
    let key = fold(header);
    HEADERS.iter().find(|(_, names)| names.contains(&key.as_str())).map(|(f, _)| *f)
}

/// Guesses the delimiter from the header line: the one of `,` `;` `\t` that appears most outside quotes.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut in_quotes = false;
    for ch in text.chars() {
        match ch {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => break,
            c if !in_quotes => {
                for (d, n) in counts.iter_mut() {
                    if c as u32 == u32::from(*d) {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).map(|(d, _)| *d).unwrap_or(b',')
}

fn bad(line: u64, column: &str, reason: impl Into<String>) -> FieldError {
    FieldError { field: format!("line {line}, {column}"), reason: reason.into() }
}

/// Reads and validates every row; any error means no row is returned.
pub fn parse(bytes: &[u8]) -> Result<Vec<ImportRow>, Invalid> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|e| {
        Invalid::field("file", format!("is not UTF-8 text (byte {}); save the spreadsheet as CSV UTF-8", e.valid_up_to()))
    })?;
    if text.trim().is_empty() {
        return Err(Invalid::field("file", "is empty"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| Invalid::field("line 1", e.to_string()))?.clone();
    let columns: Vec<(usize, Field, String)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| field_for(h).map(|f| (i, f, h.to_string())))
        .collect();
    let mut errors = Vec::new();
    for (f, label) in [(Field::Name, "Name"), (Field::Service, "Service"), (Field::Country, "Country"), (Field::Category, "Category")] {
        if !columns.iter().any(|(_, g, _)| *g == f) {
            errors.push(bad(1, label, format!("no '{label}' column in the header (found: {})", headers.iter().collect::<Vec<_>>().join(", "))));
        }
    }
    for (i, (_, f, h)) in columns.iter().enumerate() {
        if let Some((_, _, first)) = columns[..i].iter().find(|(_, g, _)| g == f) {
            errors.push(bad(1, h, format!("repeats the column '{first}'")));
        }
    }
    if !errors.is_empty() {
        return Err(Invalid { errors });
    }

    let mut rows = Vec::new();
    let mut seen_names: Vec<(String, u64)> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(bad(line, "row", format!("cannot be read: {e}")));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        let mut draft = SubprocessorDraft::default();
        for (i, field, _) in &columns {
            let cell = record.get(*i).unwrap_or("").to_string();
            let list = || vec![cell.clone()];
            match field {
                Field::Name => draft.name = cell,
                Field::LegalEntity => draft.legal_entity = cell,
                Field::Address => draft.address = cell,
                Field::Country => draft.country = cell,
                Field::Service => draft.service = cell,
                Field::Purpose => draft.purpose = cell,
                Field::Category => draft.category = cell,
                Field::DataCategories => draft.data_categories = list(),
                Field::SubjectCategories => draft.subject_categories = list(),
                Field::Locations => draft.locations = list(),
                Field::TransferMechanism => draft.transfer_mechanism = cell,
                Field::TransferNotes => draft.transfer_notes = cell,
                Field::DpaSignedOn => draft.dpa_signed_on = cell,
                Field::DpaReference => draft.dpa_reference = cell,
                Field::Certifications => draft.certifications = list(),
                Field::SecurityReviewedOn => draft.security_reviewed_on = cell,
                Field::Access => draft.access = cell,
                Field::Website => draft.website = cell,
                Field::PrivacyPolicyUrl => draft.privacy_policy_url = cell,
                Field::Status => draft.status = cell,
                Field::StartedOn => draft.started_on = cell,
                Field::EndedOn => draft.ended_on = cell,
                Field::Notes => draft.notes = cell,
            }
        }
        match draft.validate() {
            Ok(data) => {
                let key = fold(&data.name);
                if let Some((_, first)) = seen_names.iter().find(|(k, _)| *k == key) {
                    errors.push(bad(line, "Name", format!("'{}' is already on line {first} of this file", data.name)));
                } else {
                    seen_names.push((key, line));
                    rows.push(ImportRow { line, data });
                }
            }
            Err(invalid) => {
                for e in invalid.errors {
                    let column = columns
                        .iter()
                        .find(|(_, f, _)| field_key(*f) == e.field)
                        .map(|(_, _, h)| h.clone())
                        .unwrap_or(e.field);
                    errors.push(bad(line, &column, e.reason));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(Invalid { errors });
    }
    if rows.is_empty() {
        return Err(Invalid::field("file", "has a header but no rows"));
    }
    Ok(rows)
}

/// The draft field name each column fills, to put the spreadsheet's own header name on an error.
fn field_key(f: Field) -> &'static str {
    match f {
        Field::Name => "name",
        Field::LegalEntity => "legal_entity",
        Field::Address => "address",
        Field::Country => "country",
        Field::Service => "service",
        Field::Purpose => "purpose",
        Field::Category => "category",
        Field::DataCategories => "data_categories",
        Field::SubjectCategories => "subject_categories",
        Field::Locations => "locations",
        Field::TransferMechanism => "transfer_mechanism",
        Field::TransferNotes => "transfer_notes",
        Field::DpaSignedOn => "dpa_signed_on",
        Field::DpaReference => "dpa_reference",
        Field::Certifications => "certifications",
        Field::SecurityReviewedOn => "security_reviewed_on",
        Field::Access => "access",
        Field::Website => "website",
        Field::PrivacyPolicyUrl => "privacy_policy_url",
        Field::Status => "status",
        Field::StartedOn => "started_on",
        Field::EndedOn => "ended_on",
        Field::Notes => "notes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(rows: &[ImportRow]) -> Vec<&str> {
        rows.iter().map(|r| r.data.name.as_str()).collect()
    }

    #[test]
    fn the_fixture_vendor_list_imports_cleanly() {
        let bytes = include_bytes!("../../tests/fixtures/subprocessors-small-vendor.csv");
        let rows = parse(bytes).unwrap();
        assert_eq!(rows.len(), 9);
        assert_eq!(rows[0].data.name, "Amazon Web Services EMEA SARL");
        assert_eq!(rows[0].data.locations, vec!["FR", "CA", "US"]);
        assert_eq!(rows[0].data.country, "LU");
        assert_eq!(rows[8].line, 10);
    }

    #[test]
    fn semicolons_bom_french_headers_and_quoted_newlines_are_read() {
        let text = "\u{feff}Pays;Nom;Catégorie;Prestation;Lieux de traitement;Colonne inconnue\n\
                    États-Unis;\"Acme; Inc.\";hébergement;\"Serveurs\nde secours\";\"Allemagne, France\";x\n\
                    France;OVH SAS;Hébergement;Sauvegardes;France;y\n";
        let rows = parse(text.as_bytes()).unwrap();
        assert_eq!(names(&rows), vec!["Acme; Inc.", "OVH SAS"]);
        assert_eq!(rows[0].data.service, "Serveurs\nde secours");
        assert_eq!(rows[0].data.locations, vec!["DE", "FR"]);
        assert_eq!(rows[1].line, 4, "the quoted newline makes the second record start on line 4");
    }

    #[test]
    fn every_bad_row_is_reported_with_line_and_column_and_nothing_is_returned() {
        let text = "Name,Service,Category,Country\nGood,Hosting,hosting,FR\nBad,Hosting,catering,FR\n,Mail,email,Narnia\nGood,Again,email,FR\n";
        let e = parse(text.as_bytes()).unwrap_err();
        let got: Vec<(String, bool)> = e.errors.iter().map(|e| (e.field.clone(), !e.reason.is_empty())).collect();
        assert_eq!(
            got.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(),
            vec!["line 3, Category", "line 4, Name", "line 4, Country", "line 5, Name"]
        );
        assert!(e.errors[2].reason.contains("'Narnia'"));
    }

    #[test]
    fn missing_required_columns_are_named() {
        let e = parse(b"Nom,Site\nOVH,ovh.com\n").unwrap_err();
        let fields: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["line 1, Service", "line 1, Country", "line 1, Category"]);
    }

    #[test]
    fn non_utf8_and_empty_files_are_refused() {
        assert_eq!(parse(b"Name\xff").unwrap_err().errors[0].field, "file");
        assert_eq!(parse(b"").unwrap_err().errors[0].field, "file");
        assert_eq!(parse(b"Name,Service,Category,Country\n").unwrap_err().errors[0].reason, "has a header but no rows");
    }
}
