//! Printed documents: a small model of what a page says (headings, paragraphs, key-value tables, tables, signature
//! blocks), independent of how it is drawn.
//!
//! Each printed record is a function from domain data to a [`Document`]; [`render`] lays the document out onto A4
//! pages as a PDF. Only [`layout`] knows about PDF, fonts and coordinates, so documents can be built and checked as
//! plain data, and the layout can change without touching them.

pub mod layout;

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// One unit of content, laid out top to bottom in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A bold heading; `level` is 1, 2 or 3 (largest first). Level-1 headings become PDF bookmarks.
    Heading { level: u8, text: String },
    /// Wrapped body text; `'\n'` forces a line break.
    Paragraph(String),
    /// A two-column table of labels and values; values wrap, labels wrap only when longer than their column.
    KeyValue(Vec<(String, String)>),
    /// A table whose header row is repeated on every page it spans.
    Table(Table),
    /// A signature block: place and date, room to sign, then the signatory's name and role. Never split across pages.
    Signature { name: String, role: String, place_date: String },
    /// Vertical space in millimetres.
    Spacer(f32),
    /// Starts a new page, unless the current page is still empty (so that a break never produces a blank page).
    PageBreak,
}

/// A table: each row has exactly one cell per column.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

/// A table column: its header text and its share of the table's width.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub title: String,
    /// Relative weight: a column of weight 2 is twice as wide as one of weight 1. Must be positive.
    pub width: f32,
}

impl Column {
    pub fn new(title: impl Into<String>, width: f32) -> Self {
        Column { title: title.into(), width }
    }
}

/// A printable document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The PDF metadata title. It is not printed: callers add the headings they want.
    pub title: String,
    /// The PDF metadata author: the organisation.
    pub author: String,
    /// Printed at the top of every page: the organisation's name.
    pub header: String,
    /// The language of the footer ("Page 2 of 5", "Printed on ...").
    pub lang: Lang,
    /// The day the document is printed, shown in every footer and used as the PDF creation date. Callers pass the
    /// organisation's "today" so that nothing here reads the clock.
    pub printed_on: NaiveDate,
    pub blocks: Vec<Block>,
}

impl Document {
    /// A document of the organisation: "`title` — name" as its metadata title, the name as author and page header.
    pub fn of(org: &crate::org::Org, title: &str, lang: Lang, printed_on: NaiveDate, blocks: Vec<Block>) -> Document {
        Document { title: format!("{title} — {}", org.legal_name), author: org.legal_name.clone(), header: org.legal_name.clone(), lang, printed_on, blocks }
    }
}

/// A language documents are printed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// The code used on the command line, in settings and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = DocumentError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            other => Err(DocumentError::UnknownLang(other.to_string())),
        }
    }
}

/// Why a document could not be printed.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("unknown language {0:?}: expected \"en\" or \"fr\"")]
    UnknownLang(String),
    #[error("heading level {0} is not supported: use 1, 2 or 3")]
    HeadingLevel(u8),
    #[error("a table needs at least one column")]
    NoColumns,
    #[error("column {column:?} has width {width}: widths must be positive numbers")]
    ColumnWidth { column: String, width: f32 },
    #[error("table row {row} has {cells} cells but the table has {columns} columns")]
    RowLength { row: usize, cells: usize, columns: usize },
    #[error("a spacer of {0} mm is not possible: use a positive number")]
    Spacer(f32),
    /// The embedded font could not be read; this is a build defect, not a user error.
    #[error("the embedded font {0} could not be read")]
    Font(&'static str),
    /// printpdf reported an error while writing the file.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl Document {
    /// Checks what the types cannot: heading levels, table shapes, column weights and spacer sizes.
    pub fn validate(&self) -> Result<(), DocumentError> {
        for block in &self.blocks {
            match block {
                Block::Heading { level, .. } if !(1..=3).contains(level) => {
                    return Err(DocumentError::HeadingLevel(*level));
                }
                Block::Table(table) => table.validate()?,
                Block::Spacer(mm) if !(mm.is_finite() && *mm >= 0.0) => return Err(DocumentError::Spacer(*mm)),
                _ => {}
            }
        }
        Ok(())
    }
}

impl Table {
    fn validate(&self) -> Result<(), DocumentError> {
        if self.columns.is_empty() {
            return Err(DocumentError::NoColumns);
        }
        for c in &self.columns {
            if !(c.width.is_finite() && c.width > 0.0) {
                return Err(DocumentError::ColumnWidth { column: c.title.clone(), width: c.width });
            }
        }
        for (i, row) in self.rows.iter().enumerate() {
            if row.len() != self.columns.len() {
                return Err(DocumentError::RowLength { row: i + 1, cells: row.len(), columns: self.columns.len() });
            }
        }
        Ok(())
    }
}

/// Where a level-1 heading landed: its text and its page number, counted from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineEntry {
    pub title: String,
    pub page: usize,
}

/// A rendered document: the PDF bytes and what a table of contents needs to know about them.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub page_count: usize,
    /// The level-1 headings in document order, each with the page it starts on.
    pub outline: Vec<OutlineEntry>,
}

/// Lays the document out on A4 pages and returns the PDF file's bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, DocumentError> {
    Ok(layout::render(doc)?.pdf)
}

/// Like [`render`], and also tells on which page each level-1 heading landed (for a binder's table of contents).
pub fn render_with_outline(doc: &Document) -> Result<Rendered, DocumentError> {
    layout::render(doc)
}

/// A date as it is written in running text: "23 November 2026", "23 novembre 2026" (and "1er mai 2026", as French
/// writes the first day of a month).
pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let month = d.month0() as usize;
    match lang {
        Lang::En => format!("{} {} {}", d.day(), EN[month], d.year()),
        Lang::Fr if d.day() == 1 => format!("1er {} {}", FR[month], d.year()),
        Lang::Fr => format!("{} {} {}", d.day(), FR[month], d.year()),
    }
}

/// A whole number as the language writes it: "5,400" in English, "5 400" in French (a non-breaking space between
/// the groups of three, so that a number never breaks across lines).
pub fn format_number(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{a0}",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A count with its noun, agreed as the language agrees it: English singular for 1 only, French for 0 and 1
/// ("1 entry", "0 entries"; "1 entrée vérifiée", "0 entrée vérifiée", "2 entrées vérifiées"), the number grouped.
pub fn counted(n: u64, lang: Lang, en: (&str, &str), fr: (&str, &str)) -> String {
    let (one, many) = match lang {
        Lang::En => en,
        Lang::Fr => fr,
    };
    let singular = match lang {
        Lang::En => n == 1,
        Lang::Fr => n <= 1,
    };
    format!("{} {}", format_number(n, lang), if singular { one } else { many })
}

/// An instant as running text writes it in `lang`, in the zone `tz`, naming the zone by its city: "22 November
/// 2026 at 09:30, Paris time", "22 novembre 2026 à 9 h 30, heure de Paris" (French writes the hour without a
/// leading zero and "h" between non-breaking spaces).
pub fn format_instant(at: DateTime<Utc>, tz: chrono_tz::Tz, lang: Lang) -> String {
    let local = at.with_timezone(&tz);
    let day = format_date(local.date_naive(), lang);
    match lang {
        Lang::En => format!("{day} at {}, {}", local.format("%H:%M"), zone_words(tz, lang)),
        Lang::Fr => format!("{day} à {}\u{a0}h\u{a0}{:02}, {}", local.hour(), local.minute(), zone_words(tz, lang)),
    }
}

/// An instant as a table cell writes it, in the zone `tz` that the document names once: "26 Dec 2025, 10:30",
/// "26 déc. 2025, 10 h 30".
pub fn format_instant_short(at: DateTime<Utc>, tz: chrono_tz::Tz, lang: Lang) -> String {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const FR: [&str; 12] = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    let local = at.with_timezone(&tz);
    let (d, m, y) = (local.day(), local.month0() as usize, local.year());
    match lang {
        Lang::En => format!("{d} {} {y}, {}", EN[m], local.format("%H:%M")),
        Lang::Fr => format!("{d} {} {y}, {}\u{a0}h\u{a0}{:02}", FR[m], local.hour(), local.minute()),
    }
}

/// "Times are Paris time.", "Heures de Paris." for a document whose tables give instants in short.
pub fn zone_sentence(tz: chrono_tz::Tz, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Times are {}.", zone_words(tz, lang)),
        Lang::Fr => format!("Les heures sont données à l'{}.", zone_words(tz, lang)),
    }
}

/// "Paris time", "heure de Paris"; "UTC" for UTC.
fn zone_words(tz: chrono_tz::Tz, lang: Lang) -> String {
    let name = tz.name();
    if !name.contains('/') {
        return name.to_string();
    }
    let city = name.rsplit('/').next().unwrap_or(name).replace('_', " ");
    // The cities whose French name differs, among the zones a European organisation uses.
    const FR: &[(&str, &str)] = &[
        ("London", "Londres"),
        ("Brussels", "Bruxelles"),
        ("Lisbon", "Lisbonne"),
        ("Vienna", "Vienne"),
        ("Warsaw", "Varsovie"),
        ("Copenhagen", "Copenhague"),
        ("Athens", "Athènes"),
        ("Bucharest", "Bucarest"),
        ("Zurich", "Zurich"),
        ("Prague", "Prague"),
        ("Vilnius", "Vilnius"),
        ("Nicosia", "Nicosie"),
        ("Valletta", "La Valette"),
        ("Reunion", "La Réunion"),
        ("Martinique", "la Martinique"),
        ("Guadeloupe", "la Guadeloupe"),
        ("Cayenne", "Cayenne"),
        ("Noumea", "Nouméa"),
        ("Tahiti", "Tahiti"),
    ];
    match lang {
        Lang::En => format!("{city} time"),
        Lang::Fr => {
            let city = FR.iter().find(|(en, _)| *en == city).map(|(_, fr)| fr.to_string()).unwrap_or(city);
            format!("heure de {city}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn counts_agree_with_their_noun_in_each_language() {
        let entries = |n, lang| counted(n, lang, ("entry checked", "entries checked"), ("entrée vérifiée", "entrées vérifiées"));
        assert_eq!(entries(1, Lang::En), "1 entry checked");
        assert_eq!(entries(0, Lang::En), "0 entries checked");
        assert_eq!(entries(1, Lang::Fr), "1 entrée vérifiée");
        assert_eq!(entries(0, Lang::Fr), "0 entrée vérifiée");
        assert_eq!(entries(4085, Lang::Fr), "4\u{a0}085 entrées vérifiées");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        assert_eq!(format_number(5400, Lang::Fr), "5\u{a0}400");
        assert_eq!(format_number(5400, Lang::En), "5,400");
        assert_eq!(format_number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(format_number(999, Lang::Fr), "999");
        assert_eq!(format_number(0, Lang::En), "0");
    }

    #[test]
    fn instants_are_written_as_a_person_writes_them() {
        use chrono::TimeZone;
        let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let paris = chrono_tz::Europe::Paris;
        assert_eq!(format_instant(at("2026-11-22T08:30:00Z"), paris, Lang::Fr), "22 novembre 2026 à 9\u{a0}h\u{a0}30, heure de Paris");
        assert_eq!(format_instant(at("2026-11-22T08:30:00Z"), paris, Lang::En), "22 November 2026 at 09:30, Paris time");
        // Summer time, and the day that the zone's midnight moves to.
        assert_eq!(format_instant(at("2026-06-30T22:05:00Z"), paris, Lang::Fr), "1er juillet 2026 à 0\u{a0}h\u{a0}05, heure de Paris");
        assert_eq!(format_instant(at("2026-03-01T14:05:00Z"), chrono_tz::Europe::London, Lang::Fr), "1er mars 2026 à 14\u{a0}h\u{a0}05, heure de Londres");
        assert_eq!(format_instant(Utc.with_ymd_and_hms(2026, 3, 1, 14, 5, 0).unwrap(), chrono_tz::UTC, Lang::En), "1 March 2026 at 14:05, UTC");
        assert_eq!(format_instant(at("2026-03-01T19:05:00Z"), chrono_tz::America::New_York, Lang::En), "1 March 2026 at 14:05, New York time");
    }

    #[test]
    fn table_cells_write_instants_in_short() {
        let at = chrono::DateTime::parse_from_rfc3339("2025-12-26T09:30:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(format_instant_short(at, chrono_tz::Europe::Paris, Lang::Fr), "26 déc. 2025, 10\u{a0}h\u{a0}30");
        assert_eq!(format_instant_short(at, chrono_tz::Europe::Paris, Lang::En), "26 Dec 2025, 10:30");
        assert_eq!(zone_sentence(chrono_tz::Europe::Paris, Lang::Fr), "Les heures sont données à l'heure de Paris.");
        assert_eq!(zone_sentence(chrono_tz::Europe::London, Lang::En), "Times are London time.");
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        let check = |d: NaiveDate, lang: Lang, expected: &str| assert_eq!(format_date(d, lang), expected);
        check(day(2026, 11, 23), Lang::En, "23 November 2026");
        check(day(2026, 11, 23), Lang::Fr, "23 novembre 2026");
        check(day(2026, 2, 5), Lang::Fr, "5 février 2026");
        check(day(2026, 8, 15), Lang::Fr, "15 août 2026");
        check(day(2026, 5, 1), Lang::Fr, "1er mai 2026");
        check(day(2026, 5, 1), Lang::En, "1 May 2026");
        check(day(2027, 12, 31), Lang::Fr, "31 décembre 2027");
    }

    #[test]
    fn lang_parses_its_codes_and_names_a_bad_value() {
        assert_eq!("en".parse::<Lang>().unwrap(), Lang::En);
        assert_eq!("fr".parse::<Lang>().unwrap(), Lang::Fr);
        assert_eq!(Lang::Fr.to_string(), "fr");
        let err = "de".parse::<Lang>().unwrap_err().to_string();
        assert!(err.contains("\"de\""), "{err}");
        assert_eq!(serde_json::to_string(&Lang::Fr).unwrap(), "\"fr\"");
    }

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            title: "t".into(),
            author: "a".into(),
            header: "h".into(),
            lang: Lang::En,
            printed_on: day(2026, 1, 2),
            blocks,
        }
    }

    #[test]
    fn validation_refuses_what_cannot_be_laid_out() {
        let table = |columns: Vec<Column>, rows: Vec<Vec<String>>| Block::Table(Table { columns, rows });
        let check = |block: Block, expected: &str| {
            let got = doc(vec![block]).validate().map_err(|e| e.to_string());
            match expected {
                "" => assert!(got.is_ok(), "{got:?}"),
                msg => assert!(got.as_ref().is_err_and(|e| e.contains(msg)), "{got:?} should mention {msg}"),
            }
        };
        check(Block::Heading { level: 3, text: "x".into() }, "");
        check(Block::Heading { level: 0, text: "x".into() }, "heading level 0");
        check(Block::Heading { level: 4, text: "x".into() }, "heading level 4");
        check(table(vec![], vec![]), "at least one column");
        check(table(vec![Column::new("A", 0.0)], vec![]), "column \"A\" has width 0");
        check(table(vec![Column::new("A", f32::NAN)], vec![]), "column \"A\"");
        check(table(vec![Column::new("A", 1.0)], vec![vec!["1".into()], vec![]]), "row 2 has 0 cells");
        check(table(vec![Column::new("A", 1.0)], vec![vec!["1".into()]]), "");
        check(Block::Spacer(-1.0), "spacer of -1 mm");
        check(Block::Spacer(5.0), "");
    }
}
