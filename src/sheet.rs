//! Spreadsheets as people keep them: a table read from a CSV export (comma, semicolon or tab; UTF-8 or UTF-16), an
//! Excel workbook (.xlsx, .xls) or an OpenDocument one (.ods), and a table written as an Excel workbook.
//!
//! Reading gives the header and the rows as text, each row with its line in the file (the row number a spreadsheet
//! shows), so that an error names the line and the column as the user sees them. Dates in a workbook are written
//! `YYYY-MM-DD`, whole numbers without a decimal point, as a person would have typed them in a CSV file. Workbooks
//! are read and written by `calamine` and `rust_xlsxwriter`; CSV by the `csv` crate, with the checks of shape that
//! a hand-edited CSV file needs (an unclosed quote, a row with more cells than the header).

use crate::error::{FieldError, Invalid};

/// The spreadsheet formats a table is exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum SheetFormat {
    /// An Excel workbook (.xlsx), which LibreOffice and Numbers open too.
    Xlsx,
    /// CSV in UTF-8 with a byte order mark, so that Excel reads its accents.
    Csv,
}

impl SheetFormat {
    pub fn ext(self) -> &'static str {
        match self {
            SheetFormat::Xlsx => "xlsx",
            SheetFormat::Csv => "csv",
        }
    }
}

/// A table in a format: the workbook, or CSV.
pub fn write(format: SheetFormat, sheet: &str, headers: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    match format {
        SheetFormat::Xlsx => write_xlsx(sheet, headers, rows),
        SheetFormat::Csv => {
            let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
            w.write_record(headers).map_err(|e| e.to_string())?;
            for row in rows {
                w.write_record(row).map_err(|e| e.to_string())?;
            }
            w.into_inner().map_err(|e| e.to_string())
        }
    }
}

/// A table as read: its header (in a workbook, the first row with two cells or more, so that a title above it is
/// passed over; in CSV, the first line that is not blank) and the rows under it, each with its line.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub header_line: u64,
    pub headers: Vec<String>,
    /// Non-empty rows only, each as long as the header (missing cells at the end are empty).
    pub rows: Vec<(u64, Vec<String>)>,
}

fn bad(line: u64, column: &str, reason: impl Into<String>) -> FieldError {
    FieldError { field: format!("line {line}, {column}"), reason: reason.into() }
}

/// Reads a table from a file's bytes: a workbook when they start as one (a ZIP archive for .xlsx and .ods, an OLE
/// compound file for .xls), CSV text otherwise.
pub fn read(bytes: &[u8]) -> Result<Table, Invalid> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        read_workbook(bytes)
    } else {
        read_csv(bytes)
    }
}

/// The first worksheet that holds anything, as a table.
fn read_workbook(bytes: &[u8]) -> Result<Table, Invalid> {
    use calamine::Reader;
    let cursor = std::io::Cursor::new(bytes.to_vec());
    let mut book = calamine::open_workbook_auto_from_rs(cursor).map_err(|e| {
        Invalid::field("file", format!("is not a spreadsheet that can be read (CSV, .xlsx, .xls or .ods): {e}; save it again, or as CSV UTF-8"))
    })?;
    let names = book.sheet_names().to_vec();
    for (index, name) in names.iter().enumerate() {
        let Some(range) = book.worksheet_range_at(index) else { continue };
        let range = range.map_err(|e| Invalid::field("file", format!("the sheet '{name}' cannot be read: {e}")))?;
        let first_row = range.start().map(|(row, _)| u64::from(row)).unwrap_or(0);
        let mut lines = range.rows().enumerate().map(|(i, cells)| (first_row + i as u64 + 1, cells));
        // The header is the first row with two cells or more: a title alone on a row above it is passed over.
        let filled = |cells: &[calamine::Data]| cells.iter().filter(|c| !text(c).is_empty()).count();
        let Some((header_line, header_cells)) = lines.by_ref().find(|(_, cells)| filled(cells) >= 2) else {
            continue;
        };
        let headers: Vec<String> = header_cells.iter().map(text).collect();
        let width = headers.iter().rposition(|h| !h.is_empty()).map(|i| i + 1).unwrap_or(0);
        let headers: Vec<String> = headers.into_iter().take(width).collect();
        let mut errors = Vec::new();
        let mut rows = Vec::new();
        for (line, cells) in lines {
            let mut row: Vec<String> = Vec::with_capacity(width);
            for (i, cell) in cells.iter().enumerate() {
                if let calamine::Data::Error(e) = cell {
                    let column = headers.get(i).cloned().unwrap_or_else(|| column_letter(i));
                    errors.push(bad(line, &column, format!("contains the spreadsheet error {e}, not a value; correct the cell")));
                }
                if i < width {
                    row.push(text(cell));
                } else if !text(cell).is_empty() {
                    errors.push(bad(line, &column_letter(i), "has a value in a column without a header; name the column or clear the cell"));
                }
            }
            row.resize(width, String::new());
            if row.iter().any(|c| !c.is_empty()) {
                rows.push((line, row));
            }
        }
        if !errors.is_empty() {
            return Err(Invalid { errors });
        }
        return Ok(Table { header_line, headers, rows });
    }
    Err(Invalid::field("file", "is empty: no sheet of the workbook holds a header"))
}

/// A cell as text, as a person would type it: dates `YYYY-MM-DD` (with the time when there is one), whole numbers
/// without a decimal point.
fn text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) if d.is_duration() => d.as_f64().to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(at) if at.time() == chrono::NaiveTime::MIN => at.date().to_string(),
            Some(at) => at.format("%Y-%m-%d %H:%M").to_string(),
            None => d.as_f64().to_string(),
        },
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
    }
}

/// A column's letters as a spreadsheet names it: A, B, …, Z, AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// Reads CSV text and checks its shape (encoding, header, quotes, the number of cells in each row); any problem
/// means no row is returned, and every bad row is reported.
fn read_csv(bytes: &[u8]) -> Result<Table, Invalid> {
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
    let headers: Vec<String> = reader.headers().map_err(|e| Invalid::field(format!("line {header_line}"), e.to_string()))?.iter().map(String::from).collect();
    check_quotes(text, char::from(delimiter), headers.len(), header_line)?;
    let mut errors = Vec::new();
    let mut rows = Vec::new();
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
        rows.push((line, record.iter().take(headers.len()).map(String::from).collect()));
    }
    if !errors.is_empty() {
        return Err(Invalid { errors });
    }
    Ok(Table { header_line, headers, rows })
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

/// A table as an Excel workbook of one sheet: the header in bold, frozen and filtered, columns wide enough for
/// their text (within reason), long cells wrapped.
pub fn write_xlsx(sheet: &str, headers: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(|e| e.to_string())?;
    let bold = Format::new().set_bold().set_background_color("#E8EEF7").set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (c, h) in headers.iter().enumerate() {
        let col = u16::try_from(c).map_err(|_| "too many columns".to_string())?;
        ws.write_string_with_format(0, col, h, &bold).map_err(|e| e.to_string())?;
        let widest = rows.iter().filter_map(|r| r.get(c)).flat_map(|v| v.lines()).map(|l| l.chars().count()).chain([h.chars().count()]).max().unwrap_or(10);
        ws.set_column_width(col, (widest as f64 + 2.0).clamp(8.0, 60.0)).map_err(|e| e.to_string())?;
    }
    for (r, row) in rows.iter().enumerate() {
        let line = u32::try_from(r + 1).map_err(|_| "too many rows".to_string())?;
        for (c, value) in row.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| "too many columns".to_string())?;
            ws.write_string_with_format(line, col, value, &wrap).map_err(|e| e.to_string())?;
        }
    }
    if !headers.is_empty() {
        ws.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
        let last_col = u16::try_from(headers.len() - 1).map_err(|_| "too many columns".to_string())?;
        ws.autofilter(0, 0, u32::try_from(rows.len()).unwrap_or(u32::MAX), last_col).map_err(|e| e.to_string())?;
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_written_reads_back_with_its_lines_dates_and_numbers_as_text() {
        let headers = vec!["Nom".to_string(), "Pays".to_string(), "DPA signé".to_string()];
        let rows = vec![vec!["OVH SAS".into(), "France".into(), "2025-03-01".into()], vec!["Brevo".into(), "".into(), "".into()]];
        let bytes = write_xlsx("Registre", &headers, &rows).unwrap();
        let table = read(&bytes).unwrap();
        assert_eq!((table.header_line, table.headers.clone()), (1, headers));
        assert_eq!(table.rows, vec![(2, rows[0].clone()), (3, rows[1].clone())]);
    }

    #[test]
    fn cells_read_as_a_person_types_them() {
        use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
        assert_eq!(text(&Data::Float(12.0)), "12");
        assert_eq!(text(&Data::Float(12.5)), "12.5");
        assert_eq!(text(&Data::Bool(true)), "yes");
        // 45717 is 1 March 2025 in the 1900 date system.
        assert_eq!(text(&Data::DateTime(ExcelDateTime::new(45717.0, ExcelDateTimeType::DateTime, false))), "2025-03-01");
        assert_eq!(text(&Data::DateTime(ExcelDateTime::new(45717.5, ExcelDateTimeType::DateTime, false))), "2025-03-01 12:00");
        assert_eq!(text(&Data::DateTimeIso("2025-03-01T00:00:00".into())), "2025-03-01");
        assert_eq!(text(&Data::String("  Brevo ".into())), "Brevo");
        assert_eq!((column_letter(0), column_letter(25), column_letter(26), column_letter(27)), ("A".into(), "Z".into(), "AA".into(), "AB".into()));
    }

    #[test]
    fn a_file_that_looks_like_a_workbook_but_is_not_one_is_refused_by_name() {
        let e = read(b"PK\x03\x04not really a zip").unwrap_err();
        assert_eq!(e.errors[0].field, "file");
        assert!(e.errors[0].reason.contains("is not a spreadsheet that can be read"), "{e}");
    }
}
