//! Reading a register from a spreadsheet: a CSV export, an .xlsx or .xls workbook or an .ods one
//! ([`crate::sheet::read`]).
//!
//! Each column is understood by its header, English or French, as real lists name them (a name column titled by
//! the role: sous-traitant, prestataire, fournisseur, vendor, processor, supplier; a purpose column standing in for
//! the service when there is no service column), or as the user maps it (`name=Fournisseur,ignore=Remarques`). No
//! column is dropped without a word: the plan lists how each column was understood, ignored ones included. The
//! whole file is checked before anything is written: one bad row and nothing is imported, and every bad row is
//! reported by its line and the file's own column name.

use super::SubprocessorDraft;
use crate::error::{FieldError, Invalid};
use crate::text::fold;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One row of the file as it stands: the cells of the columns used, with the row's line in the file.
/// It becomes a record only against the register ([`crate::Store::plan_import`]): a new record from the cells, or
/// the existing record with only these columns changed.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    pub line: u64,
    cells: Vec<(Field, String)>,
}

impl ImportRow {
    /// The name the row is matched by.
    pub fn name(&self) -> &str {
        self.cells.iter().find(|(f, _)| *f == Field::Name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// `draft` with the cells of this row put over it: the columns the file does not have keep their value.
    pub fn draft_over(&self, mut draft: SubprocessorDraft) -> SubprocessorDraft {
        for (field, cell) in &self.cells {
            let cell = cell.clone();
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
                Field::SccModule => draft.scc_module = cell,
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
        draft
    }
}

/// How a column of the file was understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnHow {
    /// By its header.
    Recognised,
    /// As the user mapped it.
    Mapped,
    /// Not used: its values are not imported.
    Ignored,
}

/// One column of the file and the field it fills, for the preview and the command line's report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct ColumnUse {
    /// The header as the file names it.
    pub column: String,
    /// The column's letter (A, B, …), as the spreadsheet shows it.
    pub letter: String,
    /// The draft field it fills (`name`, `service`, …); none when ignored.
    pub field: Option<String>,
    /// A second field its values also fill: a purpose column stands in for the service when no column is the
    /// service.
    pub also: Option<String>,
    pub how: ColumnHow,
}

/// The user's choice for one column: the field it fills, or `ignore`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ColumnChoice {
    /// The header as the file names it (compared without case, accents or punctuation).
    pub column: String,
    /// A draft field name (`name`, `service`, …) or `ignore`.
    pub field: String,
}

/// The fields a column can be mapped to, in the order the register's form shows them: the `--map` names.
pub fn field_names() -> Vec<&'static str> {
    FIELDS.iter().map(|f| field_key(*f)).collect()
}

/// Reads `name=COLUMN,service=COLUMN,ignore=COLUMN` as typed on the command line.
pub fn parse_map(text: &str) -> Result<Vec<ColumnChoice>, Invalid> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((field, column)) = part.split_once('=') else {
            return Err(Invalid::field("map", format!("'{part}' is not FIELD=COLUMN, for example name=Fournisseur")));
        };
        out.push(ColumnChoice { column: column.trim().to_string(), field: field.trim().to_ascii_lowercase() });
    }
    Ok(out)
}

/// A spreadsheet read and checked for its shape: its columns (with the file's own header names) and its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    columns: Vec<(Field, String)>,
    /// How each column of the file was understood, in the file's order.
    pub uses: Vec<ColumnUse>,
    pub rows: Vec<ImportRow>,
}

impl ImportFile {
    /// The file's own header for a draft field, to name it in an error; the field's name when the file lacks it.
    pub fn column_label(&self, key: &str) -> String {
        self.columns.iter().find(|(f, _)| field_key(*f) == key).map(|(_, h)| h.clone()).unwrap_or_else(|| key.to_string())
    }

    /// The headers of the columns not imported.
    pub fn ignored(&self) -> Vec<String> {
        self.uses.iter().filter(|u| u.how == ColumnHow::Ignored).map(|u| u.column.clone()).collect()
    }

    /// Each row as a new record, as against an empty register; every bad row is reported.
    pub fn as_new_records(&self) -> Result<Vec<(u64, super::SubprocessorData)>, Invalid> {
        let mut errors = Vec::new();
        let mut out = Vec::new();
        for row in &self.rows {
            match row.draft_over(SubprocessorDraft::default()).validate() {
                Ok(d) => out.push((row.line, d)),
                Err(e) => errors.extend(e.errors.into_iter().map(|e| self.row_error(row.line, &e.field, e.reason))),
            }
        }
        if errors.is_empty() { Ok(out) } else { Err(Invalid { errors }) }
    }

    /// The error for a row's field, named as the file names it: `line 4, Pays`.
    pub fn row_error(&self, line: u64, key: &str, reason: impl Into<String>) -> FieldError {
        bad(line, &self.column_label(key), reason)
    }
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
    SccModule,
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

const FIELDS: [Field; 24] = [
    Field::Name,
    Field::LegalEntity,
    Field::Address,
    Field::Country,
    Field::Service,
    Field::Purpose,
    Field::Category,
    Field::DataCategories,
    Field::SubjectCategories,
    Field::Locations,
    Field::TransferMechanism,
    Field::SccModule,
    Field::TransferNotes,
    Field::DpaSignedOn,
    Field::DpaReference,
    Field::Certifications,
    Field::SecurityReviewedOn,
    Field::Access,
    Field::Website,
    Field::PrivacyPolicyUrl,
    Field::Status,
    Field::StartedOn,
    Field::EndedOn,
    Field::Notes,
];

/// Header names, English and French, as folded keys (lower case, no accents, no spaces or punctuation): the names
/// real registers and vendor lists use.
const HEADERS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            "name", "nom", "subprocessor", "subprocessors", "subprocessorname", "soustraitant", "soustraitants", "soustraitantulterieur",
            "nomdusoustraitant", "vendor", "vendors", "vendorname", "fournisseur", "fournisseurs", "nomdufournisseur", "processor",
            "processors", "supplier", "suppliers", "suppliername", "company", "societe", "entreprise", "prestataire", "prestataires",
            "nomduprestataire",
        ],
    ),
    (Field::LegalEntity, &["legalentity", "entity", "entitejuridique", "raisonsociale", "legalname"]),
    (Field::Address, &["address", "adresse", "registeredaddress", "siegesocial"]),
    (Field::Country, &["country", "pays", "countryofestablishment", "paysdetablissement", "paysdusiege", "headquarters", "siege", "establishment"]),
    (Field::Service, &["service", "services", "description", "prestation", "prestations", "servicedescription", "serviceprovided"]),
    (Field::Purpose, &["purpose", "purposes", "purposeofprocessing", "finalite", "finalites", "finalitedutraitement", "objet", "objetdutraitement", "objetdelasoustraitance"]),
    (Field::Category, &["category", "categorie", "type"]),
    (Field::DataCategories, &["datacategories", "categoriesofdata", "personaldata", "categoriesdedonnees", "donnees", "donneestraitees"]),
    (Field::SubjectCategories, &["datasubjects", "subjectcategories", "categoriesofdatasubjects", "personnesconcernees", "categoriesdepersonnes"]),
    (
        Field::Locations,
        &[
            "processinglocations", "locations", "location", "datalocation", "datacenterlocation", "lieuxdetraitement", "lieudetraitement",
            "localisation", "localisationdesdonnees", "paysdetraitement", "hebergement", "lieudhebergement", "hebergementdesdonnees",
        ],
    ),
    (Field::TransferMechanism, &["transfermechanism", "transfer", "transfers", "safeguards", "mecanismedetransfert", "garanties", "encadrementdestransferts", "transfert"]),
    (Field::SccModule, &["sccmodule", "sccsmodule", "modulescc", "modulecct", "moduledesclauses", "moduledescct"]),
    (Field::TransferNotes, &["transfernotes", "notessurletransfert"]),
    (
        Field::DpaSignedOn,
        &[
            "dpasigned", "dpasignedon", "dpasigneddate", "dpadate", "datedpa", "dpasigne", "dpasignele", "datedudpa", "signaturedudpa",
            "dpasignature", "datesignaturedpa", "datedesignaturedudpa", "contratdesoustraitancesigne",
        ],
    ),
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

fn field_named(key: &str) -> Option<Field> {
    FIELDS.iter().copied().find(|f| field_key(*f) == key)
}

fn bad(line: u64, column: &str, reason: impl Into<String>) -> FieldError {
    FieldError { field: format!("line {line}, {column}"), reason: reason.into() }
}

/// [`parse_mapped`] with every column understood by its header.
pub fn parse(bytes: &[u8]) -> Result<ImportFile, Invalid> {
    parse_mapped(bytes, &[])
}

/// Reads the file ([`crate::sheet::read`]), understands its columns (by header, then as `map` says) and checks its
/// rows' shape (names given once); any problem means no row is returned, and every bad row is reported. The rows
/// are checked as records against the register by [`crate::Store::plan_import`].
pub fn parse_mapped(bytes: &[u8], map: &[ColumnChoice]) -> Result<ImportFile, Invalid> {
    let table = crate::sheet::read(bytes)?;
    let header_line = table.header_line;
    let headers = &table.headers;
    let fields = map_columns(headers, map)?;
    let mut errors = Vec::new();
    let columns: Vec<(usize, Field, String)> =
        fields.iter().enumerate().filter_map(|(i, (f, _))| f.map(|f| (i, f, headers[i].clone()))).collect();
    if !columns.iter().any(|(_, g, _)| *g == Field::Name) {
        errors.push(bad(
            header_line,
            "Name",
            format!(
                "no column is the subprocessor's name, which rows are matched by (found: {}): read one of them as the name, in the preview or with --map 'name={}'",
                headers.join(", "),
                headers.first().map(String::as_str).unwrap_or("COLUMN")
            ),
        ));
    }
    for (i, (_, f, h)) in columns.iter().enumerate() {
        if let Some((_, _, first)) = columns[..i].iter().find(|(_, g, _)| g == f) {
            errors.push(bad(header_line, h, format!("repeats the column '{first}'; map one of them to another field or ignore it")));
        }
    }
    if !errors.is_empty() {
        return Err(Invalid { errors });
    }
    let stand_in = stand_in(&fields);
    let uses = uses_of(headers, &fields);
    let mut label_columns: Vec<(Field, String)> = columns.iter().map(|(_, f, h)| (*f, h.clone())).collect();
    if let Some(i) = stand_in {
        label_columns.push((Field::Service, headers[i].clone()));
    }

    let mut rows = Vec::new();
    let mut seen_names: Vec<(String, u64)> = Vec::new();
    for (line, record) in &table.rows {
        let mut cells: Vec<(Field, String)> = columns.iter().map(|(i, f, _)| (*f, record.get(*i).cloned().unwrap_or_default())).collect();
        if let Some(i) = stand_in {
            cells.push((Field::Service, record.get(i).cloned().unwrap_or_default()));
        }
        let row = ImportRow { line: *line, cells };
        let key = fold(row.name());
        let name_column = columns.iter().find(|(_, f, _)| *f == Field::Name).map(|(_, _, h)| h.clone()).unwrap_or_default();
        if key.is_empty() {
            errors.push(bad(*line, &name_column, "is required: the subprocessor's name"));
            continue;
        }
        if let Some((_, first)) = seen_names.iter().find(|(k, _)| *k == key) {
            errors.push(bad(*line, &name_column, format!("'{}' is already on line {first} of this file", row.name())));
            continue;
        }
        seen_names.push((key, *line));
        rows.push(row);
    }
    if !errors.is_empty() {
        return Err(Invalid { errors });
    }
    if rows.is_empty() {
        return Err(Invalid::field("file", "has a header but no rows"));
    }
    Ok(ImportFile { columns: label_columns, uses, rows })
}

/// How each column of a file is understood, as the preview shows it, without checking its rows: so that a file whose
/// name column is not recognised can still be mapped in the window.
pub fn columns(bytes: &[u8], map: &[ColumnChoice]) -> Result<Vec<ColumnUse>, Invalid> {
    let table = crate::sheet::read(bytes)?;
    let fields = map_columns(&table.headers, map)?;
    Ok(uses_of(&table.headers, &fields))
}

/// Each header's field: by its name first, then as the user's choices say (they win: a field mapped to a column
/// leaves any other column it was read from).
fn map_columns(headers: &[String], map: &[ColumnChoice]) -> Result<Vec<(Option<Field>, ColumnHow)>, Invalid> {
    let mut fields: Vec<(Option<Field>, ColumnHow)> =
        headers.iter().map(|h| field_for(h).map_or((None, ColumnHow::Ignored), |f| (Some(f), ColumnHow::Recognised))).collect();
    let mut errors = Vec::new();
    let mut chosen: Vec<Field> = Vec::new();
    for choice in map {
        let Some(index) = headers.iter().position(|h| fold(h) == fold(&choice.column) && !fold(h).is_empty()) else {
            errors.push(FieldError {
                field: "map".into(),
                reason: format!("'{}' is not a column of the file (its columns: {})", choice.column, headers.join(", ")),
            });
            continue;
        };
        if choice.field == "ignore" {
            fields[index] = (None, ColumnHow::Ignored);
            continue;
        }
        let Some(field) = field_named(&choice.field) else {
            errors.push(FieldError { field: "map".into(), reason: format!("'{}' is not a field; use one of {}, or ignore", choice.field, field_names().join(", ")) });
            continue;
        };
        if chosen.contains(&field) {
            errors.push(FieldError { field: "map".into(), reason: format!("{} is mapped to two columns; give it one", field_key(field)) });
            continue;
        }
        chosen.push(field);
        for (other, how) in fields.iter_mut() {
            if *other == Some(field) {
                *other = None;
                *how = ColumnHow::Ignored;
            }
        }
        fields[index] = (Some(field), ColumnHow::Mapped);
    }
    if errors.is_empty() { Ok(fields) } else { Err(Invalid { errors }) }
}

/// The column whose purpose stands in for the service: when no column is the service.
fn stand_in(fields: &[(Option<Field>, ColumnHow)]) -> Option<usize> {
    if fields.iter().any(|(f, _)| *f == Some(Field::Service)) {
        return None;
    }
    fields.iter().position(|(f, _)| *f == Some(Field::Purpose))
}

fn uses_of(headers: &[String], fields: &[(Option<Field>, ColumnHow)]) -> Vec<ColumnUse> {
    let stand_in = stand_in(fields);
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| ColumnUse {
            column: h.clone(),
            letter: crate::sheet::column_letter(i),
            field: fields[i].0.map(|f| field_key(f).to_string()),
            also: (stand_in == Some(i)).then(|| "service".to_string()),
            how: fields[i].1,
        })
        .collect()
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
        Field::SccModule => "scc_module",
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

    fn records(text: &[u8]) -> Vec<(u64, crate::subprocessor::SubprocessorData)> {
        parse(text).unwrap().as_new_records().unwrap()
    }

    fn names(rows: &[(u64, crate::subprocessor::SubprocessorData)]) -> Vec<&str> {
        rows.iter().map(|(_, d)| d.name.as_str()).collect()
    }

    fn refused(text: &[u8]) -> Vec<(String, String)> {
        let e = parse(text).and_then(|f| f.as_new_records().map(drop)).unwrap_err();
        e.errors.into_iter().map(|e| (e.field, e.reason)).collect()
    }

    #[test]
    fn the_fixture_vendor_list_imports_cleanly() {
        let rows = records(include_bytes!("../../tests/fixtures/subprocessors-small-vendor.csv"));
        assert_eq!(rows.len(), 9);
        assert_eq!(rows[0].1.name, "Amazon Web Services EMEA SARL");
        assert_eq!(rows[0].1.locations, vec!["FR", "CA", "US"]);
        assert_eq!(rows[0].1.country, "LU");
        assert_eq!(rows[8].0, 10);
    }

    #[test]
    fn semicolons_bom_french_headers_and_quoted_newlines_are_read() {
        let text = "\u{feff}Pays;Nom;Catégorie;Prestation;Lieux de traitement;Colonne inconnue\n\
                    États-Unis;\"Acme; Inc.\";hébergement;\"Serveurs\nde secours\";\"Allemagne, France\";x\n\
                    France;OVH SAS;Hébergement;Sauvegardes;France;y\n";
        let rows = records(text.as_bytes());
        assert_eq!(names(&rows), vec!["Acme; Inc.", "OVH SAS"]);
        assert_eq!(rows[0].1.service, "Serveurs\nde secours");
        assert_eq!(rows[0].1.locations, vec!["DE", "FR"]);
        assert_eq!(rows[1].0, 4, "the quoted newline makes the second record start on line 4");
    }

    #[test]
    fn every_bad_row_is_reported_with_line_and_column_and_nothing_is_returned() {
        let text = "Name,Service,Category,Country\nGood,Hosting,hosting,FR\nBad,Hosting,catering,FR\nOther,Mail,email,Narnia\nGood,Again,email,FR\n";
        // The repeated name is a problem of the file's shape, found before any row is checked as a record.
        assert_eq!(refused(text.as_bytes()), vec![("line 5, Name".to_string(), "'Good' is already on line 2 of this file".to_string())]);
        let text = "Name,Service,Category,Country\nGood,Hosting,hosting,FR\nBad,Hosting,catering,FR\nOther,Mail,email,Narnia\n";
        let got = refused(text.as_bytes());
        assert_eq!(got.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(), vec!["line 3, Category", "line 4, Country"]);
        assert!(got[1].1.contains("'Narnia'"));
    }

    #[test]
    fn a_name_column_is_required_and_missing_columns_are_named_for_new_records() {
        assert_eq!(refused(b"Site,Pays\novh.com,FR\n")[0].0, "line 1, Name");
        let got = refused(b"Nom,Site\nOVH,ovh.com\n");
        assert_eq!(got.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(), vec!["line 2, service", "line 2, country", "line 2, category"]);
    }

    #[test]
    fn non_utf8_and_empty_files_are_refused() {
        assert_eq!(refused(b"Name\xff")[0].0, "file");
        assert_eq!(refused(b"")[0].0, "file");
        assert_eq!(refused(b"Name,Service,Category,Country\n")[0].1, "has a header but no rows");
    }

    const GOOD: &str = "Name,Service,Category,Country\nOVH SAS,Hosting,hosting,FR\nBrevo,E-mail,email,FR\n";

    #[test]
    fn utf16_with_or_without_a_byte_order_mark_reads_like_utf8() {
        let le: Vec<u8> = GOOD.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = GOOD.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        for bytes in [[vec![0xFF, 0xFE], le.clone()].concat(), [vec![0xFE, 0xFF], be.clone()].concat(), le, be] {
            assert_eq!(names(&records(&bytes)), vec!["OVH SAS", "Brevo"]);
        }
        let mut cut = [vec![0xFF, 0xFE], GOOD.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()].concat();
        cut.pop();
        assert!(refused(&cut)[0].1.contains("odd number of bytes"));
    }

    #[test]
    fn blank_lines_above_the_header_are_skipped_and_lines_keep_their_numbers() {
        let rows = records(format!("\n  \n{GOOD}").as_bytes());
        assert_eq!(names(&rows), vec!["OVH SAS", "Brevo"]);
        assert_eq!(rows[0].0, 4);
        assert_eq!(refused(b"\nName,Service,Category,Country\nX,Y,catering,FR\n")[0].0, "line 3, Category");
    }

    #[test]
    fn an_unclosed_quote_is_named_at_its_line_instead_of_swallowing_the_rows_after_it() {
        // Closed by a later quote: the rows in between would have become one cell.
        let text = "Name,Service,Category,Country\nA,\"Hosting,hosting,FR\nB,Mail,email,FR\nC,\"Chat\",support,FR\n";
        let got = refused(text.as_bytes());
        assert_eq!(got[0].0, "line 2");
        assert!(got[0].1.contains("runs on into line 3") && got[0].1.contains("closing quote"), "{got:?}");
        // Never closed.
        let got = refused(b"Name,Service,Category,Country\nA,\"Hosting,hosting,FR\nB,Mail,email,FR\n");
        assert_eq!(got[0].0, "line 2");
        // A quoted cell over two lines without that many delimiters is an ordinary multi-line cell.
        assert_eq!(records(b"Name,Service,Category,Country\nA,\"Hosting\nand backups\",hosting,FR\n").len(), 1);
    }

    #[test]
    fn a_row_with_more_or_fewer_cells_than_the_header_is_refused() {
        let got = refused(b"Name,Service,Category,Country\nA,Hosting, Inc,hosting,FR\nB,Mail,email\n");
        assert_eq!(got.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(), vec!["line 2, row", "line 3, row"]);
        assert!(got[0].1.contains("has 5 cells where the header has 4"), "{got:?}");
        // Empty cells after the last column shift nothing.
        assert_eq!(records(b"Name,Service,Category,Country\nA,Hosting,hosting,FR,,\n").len(), 1);
    }
    fn uses(file: &ImportFile) -> Vec<(String, Option<String>, Option<String>, ColumnHow)> {
        file.uses.iter().map(|u| (u.column.clone(), u.field.clone(), u.also.clone(), u.how)).collect()
    }

    /// A French vendor list as a team keeps it: the name titled by the role, a purpose and no service, the date the
    /// DPA was signed, and a column of its own that is listed as ignored rather than dropped without a word.
    #[test]
    fn headers_real_lists_use_are_understood_and_unused_columns_are_listed() {
        let text = "Sous-traitant;Finalité;Pays;Catégorie;DPA signé;Contact interne\n\
                    OVH SAS;Hébergement des serveurs;France;hébergement;2025-03-01;Camille\n";
        let file = parse(text.as_bytes()).unwrap();
        use ColumnHow::{Ignored, Recognised};
        let s = |v: &str| Some(v.to_string());
        assert_eq!(
            uses(&file),
            vec![
                ("Sous-traitant".into(), s("name"), None, Recognised),
                ("Finalité".into(), s("purpose"), s("service"), Recognised),
                ("Pays".into(), s("country"), None, Recognised),
                ("Catégorie".into(), s("category"), None, Recognised),
                ("DPA signé".into(), s("dpa_signed_on"), None, Recognised),
                ("Contact interne".into(), None, None, Ignored),
            ]
        );
        assert_eq!(file.ignored(), vec!["Contact interne"]);
        let rows = file.as_new_records().unwrap();
        assert_eq!((rows[0].1.service.as_str(), rows[0].1.purpose.as_deref()), ("Hébergement des serveurs", Some("Hébergement des serveurs")));
        assert_eq!(rows[0].1.dpa_signed_on, chrono::NaiveDate::from_ymd_opt(2025, 3, 1));
        // Each role word names the name column.
        for header in ["Prestataire", "Fournisseur", "Vendor", "Processor", "Supplier", "Sous-traitants"] {
            let file = parse(format!("{header},Service,Country,Category\nOVH,Hosting,FR,hosting\n").as_bytes()).unwrap();
            assert_eq!(file.uses[0].field.as_deref(), Some("name"), "{header}");
        }
    }

    /// A column that is a known field but cannot be read is an error naming its line and the file's column.
    #[test]
    fn a_known_column_that_cannot_be_read_is_an_error_at_its_line_and_column() {
        let text = "Fournisseur,Objet,Pays,Catégorie,DPA signé\nOVH,Hosting,FR,hosting,2025-03-01\nBrevo,E-mail,FR,email,signé en mars\n";
        let got = refused(text.as_bytes());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "line 3, DPA signé");
        assert!(got[0].1.contains("'signé en mars'"), "{got:?}");
    }

    /// `--map` and the preview's choices: a field to a column (the choice wins over the headers), `ignore`.
    #[test]
    fn the_user_maps_columns_and_mistakes_in_the_map_are_named() {
        let text = "Société,Contact,Objet,Pays,Catégorie,Remarques\nACME,OVH SAS,Hosting,FR,hosting,x\n";
        let map = parse_map("name=Contact, ignore=remarques").unwrap();
        let file = parse_mapped(text.as_bytes(), &map).unwrap();
        assert_eq!(file.uses[0].field, None, "Société is no longer the name");
        assert_eq!((file.uses[1].field.as_deref(), file.uses[1].how), (Some("name"), ColumnHow::Mapped));
        assert_eq!(file.uses[5].how, ColumnHow::Ignored);
        assert_eq!(file.ignored(), vec!["Société", "Remarques"]);
        assert_eq!(file.as_new_records().unwrap()[0].1.name, "OVH SAS");

        for (map, reason) in [
            ("name=Fournisseur", "'Fournisseur' is not a column of the file (its columns: Société, Contact, Objet, Pays, Catégorie, Remarques)"),
            ("nom=Contact", "'nom' is not a field; use one of name, legal_entity"),
            ("name=Contact,name=Société", "name is mapped to two columns"),
        ] {
            let e = parse_mapped(text.as_bytes(), &parse_map(map).unwrap()).unwrap_err();
            assert_eq!(e.errors[0].field, "map", "{map}");
            assert!(e.errors[0].reason.starts_with(reason), "{map}: {e}");
        }
        assert!(parse_map("name").unwrap_err().errors[0].reason.contains("is not FIELD=COLUMN"));
        // Without a name column the message says how to map one.
        let e = parse(b"Contact,Pays\nOVH,FR\n").unwrap_err();
        assert!(e.errors[0].reason.contains("read one of them as the name, in the preview or with --map 'name=Contact'"), "{e}");
    }

    /// An .xlsx workbook as a spreadsheet program saves it: real date and number cells, a title row above the
    /// header, the lines as the spreadsheet numbers them.
    #[test]
    fn an_xlsx_workbook_imports_with_its_dates_and_lines() {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        let date = Format::new().set_num_format("dd/mm/yyyy");
        for (c, h) in ["Fournisseur", "Prestation", "Pays", "Catégorie", "DPA signé", "Effectif"].iter().enumerate() {
            ws.write_string(2, c as u16, *h).unwrap();
        }
        ws.write_string(0, 0, "Registre des sous-traitants").unwrap();
        ws.write_string(3, 0, "OVH SAS").unwrap();
        ws.write_string(3, 1, "Hébergement").unwrap();
        ws.write_string(3, 2, "France").unwrap();
        ws.write_string(3, 3, "hébergement").unwrap();
        ws.write_datetime_with_format(3, 4, &ExcelDateTime::from_ymd(2025, 3, 1).unwrap(), &date).unwrap();
        ws.write_number(3, 5, 12.0).unwrap();
        let bytes = book.save_to_buffer().unwrap();
        // The title above the header, alone on its row, is not the header.
        let file = parse(&bytes).unwrap();
        assert_eq!(file.ignored(), vec!["Effectif"]);
        let rows = file.as_new_records().unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].0, rows[0].1.name.as_str(), rows[0].1.country.as_str()), (4, "OVH SAS", "FR"));
        assert_eq!(rows[0].1.dpa_signed_on, chrono::NaiveDate::from_ymd_opt(2025, 3, 1));
    }
}
