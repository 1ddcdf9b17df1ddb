//! Reading a register from a spreadsheet export.
//!
//! Spreadsheets write CSV in many ways: comma or semicolon (French Excel), with or without a byte order mark,
//! quoted cells with delimiters and line breaks inside, English or French headers in any order. The whole file is
//! checked before anything is written: one bad row and nothing is imported, and every bad row is reported.

use super::SubprocessorDraft;
use crate::error::{FieldError, Invalid};
use crate::text::fold;

/// One row of the file as it stands: the cells of the columns the file has, with the row's line in the file.
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

/// A spreadsheet read and checked for its shape: its columns (with the file's own header names) and its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    columns: Vec<(Field, String)>,
    pub rows: Vec<ImportRow>,
}

impl ImportFile {
    /// The file's own header for a draft field, to name it in an error; the field's name when the file lacks it.
    pub fn column_label(&self, key: &str) -> String {
        self.columns.iter().find(|(f, _)| field_key(*f) == key).map(|(_, h)| h.clone()).unwrap_or_else(|| key.to_string())
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

/// Decodes the file's text: UTF-8 (with or without a byte order mark) or UTF-16 (with a byte order mark, or
/// without one when every other byte is zero, as spreadsheets on Windows write it).
fn decode(bytes: &[u8]) -> Result<String, Invalid> {
    let utf16 = |b: &[u8], little_endian: bool| -> Result<String, Invalid> {
        if b.len() % 2 != 0 {
            return Err(Invalid::field("file", "is UTF-16 text with an odd number of bytes, so it is cut short; save the spreadsheet again"));
        }
        let units: Vec<u16> = b
            .chunks_exact(2)
            .map(|c| if little_endian { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        String::from_utf16(&units).map_err(|_| Invalid::field("file", "is not valid UTF-16 text; save the spreadsheet as CSV UTF-8"))
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, false);
    }
    if let Some(little_endian) = utf16_without_bom(bytes) {
        return utf16(bytes, little_endian);
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(body).map(str::to_string).map_err(|e| {
        Invalid::field("file", format!("is not UTF-8 or UTF-16 text (byte {}); save the spreadsheet as CSV UTF-8", e.valid_up_to()))
    })
}

/// UTF-16 without a byte order mark: nine in ten bytes at odd (little-endian) or even (big-endian) positions are
/// zero, which Latin text in UTF-16 always shows and UTF-8 text never does.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let half = sample.len() / 2;
    if half < 2 {
        return None;
    }
    let zeros = |offset: usize| sample.chunks_exact(2).filter(|pair| pair[offset] == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 10 >= half * 9 && even == 0 {
        Some(true)
    } else if even * 10 >= half * 9 && odd == 0 {
        Some(false)
    } else {
        None
    }
}

/// Finds a quote that does not close where it should: one still open at the end of the file, or a quoted cell
/// that runs over a line break into a line that reads like a row of its own (as many delimiters as the header
/// has), which is what an unclosed quote swallowing the rows after it looks like. A quoted cell with line breaks
/// inside (an address, a description) does not have that many delimiters on its lines.
fn check_quotes(text: &str, delimiter: char, columns: usize, first_line: u64) -> Result<(), Invalid> {
    let mut line = first_line;
    let mut in_quotes = false;
    let mut opened_on = 0;
    let mut cell_start = true;
    let mut segment_delimiters = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => in_quotes = false,
                '\n' => {
                    if line > opened_on && columns > 1 && segment_delimiters + 1 >= columns {
                        return Err(Invalid::field(
                            format!("line {opened_on}"),
                            format!("a quoted cell opens on this line and runs on into line {line}, which reads like a row of its own: a closing quote (\") is probably missing. Nothing was imported."),
                        ));
                    }
                    line += 1;
                    segment_delimiters = 0;
                }
                d if d == delimiter => segment_delimiters += 1,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if cell_start => {
                in_quotes = true;
                opened_on = line;
                segment_delimiters = 0;
                cell_start = false;
            }
            '\n' => {
                line += 1;
                cell_start = true;
            }
            d if d == delimiter => cell_start = true,
            ' ' | '\t' | '\r' if cell_start => {}
            _ => cell_start = false,
        }
    }
    if in_quotes {
        return Err(Invalid::field(
            format!("line {opened_on}"),
            "a quote (\") opens on this line and is never closed, so every line after it would be read as one cell. Nothing was imported.",
        ));
    }
    Ok(())
}

/// Reads the file and checks its shape (encoding, header, quotes, the number of cells in each row, names given
/// once); any problem means no row is returned, and every bad row is reported. The rows are checked as records
/// against the register by [`crate::Store::plan_import`].
pub fn parse(bytes: &[u8]) -> Result<ImportFile, Invalid> {
    let decoded = decode(bytes)?;
    if decoded.trim().is_empty() {
        return Err(Invalid::field("file", "is empty"));
    }
    // Blank lines above the header are skipped; line numbers stay those of the file.
    let mut text = decoded.as_str();
    let mut skipped = 0u64;
    while let Some((first, rest)) = text.split_once('\n') {
        if !first.trim().is_empty() {
            break;
        }
        text = rest;
        skipped += 1;
    }
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let header_line = skipped + 1;
    let headers = reader.headers().map_err(|e| Invalid::field(format!("line {header_line}"), e.to_string()))?.clone();
    check_quotes(text, char::from(delimiter), headers.len(), header_line)?;
    let columns: Vec<(usize, Field, String)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| field_for(h).map(|f| (i, f, h.to_string())))
        .collect();
    let mut errors = Vec::new();
    if !columns.iter().any(|(_, g, _)| *g == Field::Name) {
        errors.push(bad(header_line, "Name", format!("no 'Name' column in the header, which rows are matched by (found: {})", headers.iter().collect::<Vec<_>>().join(", "))));
    }
    for (i, (_, f, h)) in columns.iter().enumerate() {
        if let Some((_, _, first)) = columns[..i].iter().find(|(_, g, _)| g == f) {
            errors.push(bad(header_line, h, format!("repeats the column '{first}'")));
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
                let line = e.position().map(|p| p.line()).unwrap_or(0) + skipped;
                errors.push(bad(line, "row", format!("cannot be read: {e}")));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0) + skipped;
        if record.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        // Extra empty cells at the end of a row shift nothing; any other difference from the header would put
        // values under the wrong columns.
        let used = record.iter().enumerate().filter(|(_, c)| !c.is_empty()).map(|(i, _)| i + 1).last().unwrap_or(0);
        if record.len() < headers.len() || used > headers.len() {
            errors.push(bad(
                line,
                "row",
                format!(
                    "has {} cells where the header has {}: a cell holds the delimiter '{}' without quotes, or a cell is missing, so values would land under the wrong columns",
                    if record.len() < headers.len() { record.len() } else { used },
                    headers.len(),
                    char::from(delimiter)
                ),
            ));
            continue;
        }
        let cells: Vec<(Field, String)> = columns.iter().map(|(i, f, _)| (*f, record.get(*i).unwrap_or("").to_string())).collect();
        let row = ImportRow { line, cells };
        let key = fold(row.name());
        if key.is_empty() {
            errors.push(bad(line, &columns.iter().find(|(_, f, _)| *f == Field::Name).map(|(_, _, h)| h.clone()).unwrap_or_default(), "is required: the subprocessor's name"));
            continue;
        }
        if let Some((_, first)) = seen_names.iter().find(|(k, _)| *k == key) {
            errors.push(bad(line, "Name", format!("'{}' is already on line {first} of this file", row.name())));
            continue;
        }
        seen_names.push((key, line));
        rows.push(row);
    }
    if !errors.is_empty() {
        return Err(Invalid { errors });
    }
    if rows.is_empty() {
        return Err(Invalid::field("file", "has a header but no rows"));
    }
    Ok(ImportFile { columns: columns.into_iter().map(|(_, f, h)| (f, h)).collect(), rows })
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
}
