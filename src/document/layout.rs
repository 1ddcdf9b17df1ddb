//! Lays a [`Document`] out onto A4 pages with printpdf. This is the only module that knows about PDF.
//!
//! Text is measured with the embedded DejaVu fonts' own advance widths (their `hmtx` table), the same widths the
//! PDF's `/W` array gives the viewer, so a line that is measured to fit is drawn to fit. Blocks are placed top to
//! bottom in one pass, with page breaks where the next line, row or block does not fit; a second pass adds the
//! running header and the footer, which needs the page count. printpdf subsets the fonts on save, so a document
//! carries only the glyphs it uses.
//!
//! Coordinates are PDF points (1/72 inch) with the origin at the bottom left of the page, as PDF has them; `y` is
//! the top of the free space and goes down as content is placed.

use printpdf::date::{Date, DateTime, Offset, Time};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

use chrono::Datelike;

use super::{format_date, Block, Document, DocumentError, Lang, OutlineEntry, Rendered, Table};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;
const MARGIN_X: f32 = 20.0 * MM;
/// Where content must stop: above the footer.
const BODY_BOTTOM: f32 = 22.0 * MM;
const FOOTER_RULE: f32 = 18.0 * MM;
const FOOTER_BASELINE: f32 = 13.0 * MM;

/// An A4 page upright or on its side: what the body, the header and the top of the content depend on. A document
/// is printed in landscape when one of its tables cannot fit its words side by side on an upright page.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Page {
    w_mm: f32,
    h_mm: f32,
}

impl Page {
    const PORTRAIT: Page = Page { w_mm: 210.0, h_mm: 297.0 };
    const LANDSCAPE: Page = Page { w_mm: 297.0, h_mm: 210.0 };

    const fn body_w(self) -> f32 {
        (self.w_mm - 40.0) * MM
    }
    const fn header_baseline(self) -> f32 {
        self.h_mm * MM - 14.0 * MM
    }
    const fn header_rule(self) -> f32 {
        self.h_mm * MM - 16.0 * MM
    }
    /// Where content starts: below the running header.
    const fn body_top(self) -> f32 {
        self.h_mm * MM - 22.0 * MM
    }
}

/// Slack for float comparisons, so that a line measured exactly as wide as its column still fits.
const EPS: f32 = 0.01;

/// Cell padding inside table borders.
const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.0;
/// The room left to sign in a signature block, between the place and date and the line.
const SIGNING_SPACE: f32 = 16.0 * MM;
const SIGNATURE_W: f32 = 80.0 * MM;

/// Shades of grey, 0 black to 1 white.
const INK: f32 = 0.0;
const RUNNING_INK: f32 = 0.4;
const RULE_GREY: f32 = 0.6;
const BORDER_GREY: f32 = 0.55;
const HEADER_FILL: f32 = 0.88;
const LABEL_FILL: f32 = 0.95;

#[derive(Clone, Copy, Debug)]
struct Style {
    bold: bool,
    size: f32,
    /// The height of one line, baseline to baseline.
    leading: f32,
}

const BODY: Style = Style { bold: false, size: 9.5, leading: 12.5 };
const CELL: Style = Style { bold: false, size: 9.0, leading: 11.5 };
const CELL_BOLD: Style = Style { bold: true, ..CELL };
const RUNNING: Style = Style { bold: false, size: 8.0, leading: 10.0 };
const SIGNATORY: Style = Style { bold: true, ..BODY };

/// Heading styles by level, with the space kept before and after each.
const HEADINGS: [(Style, f32, f32); 3] = [
    (Style { bold: true, size: 16.0, leading: 20.0 }, 14.0, 6.0),
    (Style { bold: true, size: 13.0, leading: 16.5 }, 11.0, 4.0),
    (Style { bold: true, size: 11.0, leading: 14.0 }, 8.0, 3.0),
];

const PARAGRAPH_AFTER: f32 = 5.0;
const TABLE_BEFORE: f32 = 6.0;
const TABLE_AFTER: f32 = 10.0;
const SIGNATURE_BEFORE: f32 = 14.0;

/// One embedded font face with what layout needs to know about it.
struct Face {
    font: ParsedFont,
    id: FontId,
    units_per_em: f32,
    /// Ascender and descender as fractions of the font size, the descender positive.
    ascent: f32,
    descent: f32,
    /// What a character the font lacks is drawn as.
    replacement: char,
}

impl Face {
    fn load(pdf: &mut PdfDocument, bytes: &[u8], name: &'static str) -> Result<Face, DocumentError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(DocumentError::Font(name))?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(DocumentError::Font(name));
        }
        let ascent = f32::from(font.hhea_table.ascender) / units_per_em;
        let descent = -f32::from(font.hhea_table.descender) / units_per_em;
        let id = pdf.add_font(&font);
        let mut face = Face { font, id, units_per_em, ascent, descent, replacement: '?' };
        if face.glyph('\u{FFFD}').is_some() {
            face.replacement = '\u{FFFD}';
        }
        Ok(face)
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.font.lookup_glyph_index(c as u32).filter(|&gid| gid != 0)
    }

    /// The advance width of `c` in ems, read from the font's `hmtx` table.
    fn advance(&self, c: char) -> f32 {
        match self.glyph(c) {
            Some(gid) => f32::from(self.font.get_horizontal_advance(gid)) / self.units_per_em,
            None => 0.0,
        }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// Makes text drawable: Windows line ends become plain line breaks, tabs become spaces, other control
    /// characters are dropped, and a character the font lacks becomes the replacement character, so that the
    /// reader sees that something is missing instead of a silent gap.
    fn printable(&self, text: &str) -> String {
        text.replace("\r\n", "\n")
            .chars()
            .filter_map(|c| match c {
                '\n' | ' ' => Some(c),
                '\t' => Some(' '),
                // Soft hyphens and zero-width characters are invisible hints: without hyphenation they are dropped,
                // so that a soft hyphen is not printed as a hard one.
                '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
                c if c.is_control() => None,
                c if self.glyph(c).is_some() || is_combining(c) => Some(c),
                _ => Some(self.replacement),
            })
            .collect()
    }

    /// The distance from the top of a line box to the baseline, centring the font's ascender and descender in it.
    fn baseline_offset(&self, style: Style) -> f32 {
        (style.leading - (self.ascent + self.descent) * style.size) / 2.0 + self.ascent * style.size
    }

    /// Wraps text to `width` points at this face and size.
    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(&self.printable(text), width, |c| self.advance(c) * style.size)
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    fn load(pdf: &mut PdfDocument) -> Result<Fonts, DocumentError> {
        Ok(Fonts {
            regular: Face::load(pdf, REGULAR_TTF, "DejaVuSans.ttf")?,
            bold: Face::load(pdf, BOLD_TTF, "DejaVuSans-Bold.ttf")?,
        })
    }

    fn face(&self, style: Style) -> &Face {
        if style.bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

/// Breaks text into lines no wider than `max_width`, given each character's advance.
///
/// Lines break at spaces (runs of spaces count as one); `'\n'` forces a break and an empty line between two
/// `'\n'` is kept. A word wider than the whole line is cut between characters, never before a combining mark, so
/// that nothing is drawn past the edge. Empty text gives no lines.
pub(crate) fn wrap(text: &str, max_width: f32, advance: impl Fn(char) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    if text.is_empty() {
        return lines;
    }
    let space = advance(' ');
    for segment in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in segment.split(' ').filter(|w| !w.is_empty()) {
            let word_w: f32 = word.chars().map(&advance).sum();
            if !line.is_empty() && line_w + space + word_w <= max_width + EPS {
                line.push(' ');
                line.push_str(word);
                line_w += space + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_w <= max_width + EPS {
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            // The word alone is too wide: cut it into pieces that fit, and let the last piece start the next line
            // so that the words after it can follow on that line. Addresses and compound words are cut before
            // their last punctuation that fits, as style guides break URLs: the next line starting with "-" or "/"
            // shows that the word goes on, and no line ends with a hyphen that a reader (or `pdftotext`) would
            // take for a hyphenation and drop.
            line_w = 0.0;
            for c in word.chars() {
                let w = advance(c);
                if !line.is_empty() && line_w + w > max_width + EPS && !is_combining(c) {
                    let mut rest = match url_cut(&line) {
                        Some(i) => line.split_off(i),
                        None => String::new(),
                    };
                    let mut rest_w: f32 = rest.chars().map(&advance).sum();
                    if rest_w + w > max_width + EPS {
                        // The piece after the cut would not leave room for the next character: cut here instead.
                        line.push_str(&rest);
                        rest.clear();
                        rest_w = 0.0;
                    }
                    lines.push(std::mem::replace(&mut line, rest));
                    line_w = rest_w;
                }
                line.push(c);
                line_w += w;
            }
        }
        lines.push(line);
    }
    lines
}

/// Where to cut a piece of an overlong word: the byte index of its last punctuation mark, not at its start and not
/// between the two slashes of "//".
fn url_cut(piece: &str) -> Option<usize> {
    let mut cut = None;
    let mut prev = None;
    for (i, c) in piece.char_indices() {
        if i > 0 && matches!(c, '-' | '/' | '.' | '_' | '?' | '&' | '=' | '@') && !(c == '/' && prev == Some('/')) {
            cut = Some(i);
        }
        prev = Some(c);
    }
    cut
}

/// Combining marks belong to the character before them; a line must not start with one.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb { r: level, g: level, b: level, icc_profile: None })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false }
}

/// One table cell, already wrapped to its column.
struct Cell {
    lines: Vec<String>,
    style: Style,
    fill: Option<f32>,
}

/// One table row: its cells, left to right, matching the grid's column widths.
struct Row {
    cells: Vec<Cell>,
}

impl Row {
    fn line_count(&self) -> usize {
        self.cells.iter().map(|c| c.lines.len()).max().unwrap_or(0).max(1)
    }
}

/// The most of the page's width a column takes to keep its longest word whole.
const MAX_WORD_SHARE: f32 = 0.45;

/// Column widths that add up to `body`: each column its share by weight, but not narrower than its `mins` (its
/// longest word), so that tables never break a word in the middle ("Responsabl/e") while there is room. What the
/// narrow columns need is taken from the others in proportion to what they have beyond their own minimum; when
/// the minimums do not fit together, each column keeps its share and its words are cut.
pub(crate) fn column_widths(weights: &[f32], mins: &[f32], body: f32) -> Vec<f32> {
    let total: f32 = weights.iter().sum();
    let mut widths: Vec<f32> = weights.iter().map(|w| body * w / total).collect();
    let need: f32 = widths.iter().zip(mins).map(|(w, m)| (m - w).max(0.0)).sum();
    let slack: f32 = widths.iter().zip(mins).map(|(w, m)| (w - m).max(0.0)).sum();
    if need <= 0.0 || slack <= 0.0 {
        return widths;
    }
    let take = need.min(slack);
    for (w, m) in widths.iter_mut().zip(mins) {
        if *w < *m {
            *w += (m - *w) * take / need;
        } else {
            *w -= (*w - m) * take / slack;
        }
    }
    widths
}

fn row_height(lines: usize) -> f32 {
    lines as f32 * CELL.leading + 2.0 * PAD_Y
}

/// Places content on pages, top to bottom.
struct Writer<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// The top of the free space on the current page.
    y: f32,
    /// Whether nothing has been placed on the current page yet.
    fresh: bool,
    /// The space the previous block wants after it. It is paid before the next block, and dropped when a page
    /// break comes first, so that a page never starts with a gap.
    pending_gap: f32,
    outline: Vec<OutlineEntry>,
    /// The page every page of the document is laid out on.
    page: Page,
}

impl<'f> Writer<'f> {
    fn new(fonts: &'f Fonts, page: Page) -> Self {
        Writer { fonts, pages: vec![Vec::new()], y: page.body_top(), fresh: true, pending_gap: 0.0, outline: Vec::new(), page }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("the writer always has a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.page.body_top();
        self.fresh = true;
        self.pending_gap = 0.0;
    }

    fn room(&self) -> f32 {
        self.y - BODY_BOTTOM
    }

    /// Moves to a new page unless `height` fits in what is left of this one. Content taller than a whole page is
    /// not moved off a fresh page, since that would not help; its caller splits it.
    fn fit(&mut self, height: f32) {
        if height > self.room() + EPS && !self.fresh {
            self.new_page();
        }
    }

    /// Pays the gap between the previous block and the next one, which wants `before` above it.
    fn gap(&mut self, before: f32) {
        let gap = self.pending_gap.max(before);
        self.pending_gap = 0.0;
        if self.fresh {
            return;
        }
        if gap >= self.room() {
            self.new_page();
        } else {
            self.y -= gap;
        }
    }

    fn text(&mut self, style: Style, ink: f32, x: f32, baseline: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        let id = self.fonts.face(style).id.clone();
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFont { font: PdfFontHandle::External(id), size: Pt(style.size) },
            Op::SetFillColor { col: grey(ink) },
            Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(baseline) } },
            Op::ShowText { items: vec![TextItem::Text(text.to_string())] },
            Op::EndTextSection,
        ]);
    }

    /// Draws one line of text whose line box has its top at `top`.
    fn line_at(&mut self, style: Style, x: f32, top: f32, text: &str) {
        let baseline = top - self.fonts.face(style).baseline_offset(style);
        self.text(style, INK, x, baseline, text);
    }

    fn fill_rect(&mut self, x: f32, bottom: f32, width: f32, height: f32, shade: f32) {
        let mut rect = Rect::from_xywh(Pt(x), Pt(bottom), Pt(width), Pt(height));
        rect.mode = Some(PaintMode::Fill);
        self.ops().extend([Op::SetFillColor { col: grey(shade) }, Op::DrawRectangle { rectangle: rect }]);
    }

    fn stroke_rect(&mut self, x: f32, bottom: f32, width: f32, height: f32) {
        let mut rect = Rect::from_xywh(Pt(x), Pt(bottom), Pt(width), Pt(height));
        rect.mode = Some(PaintMode::Stroke);
        self.ops().extend([
            Op::SetOutlineColor { col: grey(BORDER_GREY) },
            Op::SetOutlineThickness { pt: Pt(0.4) },
            Op::DrawRectangle { rectangle: rect },
        ]);
    }

    fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, shade: f32) {
        self.ops().extend([
            Op::SetOutlineColor { col: grey(shade) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine { line: Line { points: vec![point(x1, y), point(x2, y)], is_closed: false } },
        ]);
    }

    /// Places wrapped lines one under the other, breaking the page between lines when needed.
    fn lines(&mut self, lines: &[String], style: Style, x: f32) {
        for line in lines {
            self.fit(style.leading);
            self.line_at(style, x, self.y, line);
            self.y -= style.leading;
            self.fresh = false;
        }
    }

    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading { level, text } => self.heading(*level, text, next),
            Block::Paragraph(text) => {
                self.gap(0.0);
                let lines = self.fonts.face(BODY).wrap(text, BODY, self.page.body_w());
                self.lines(&lines, BODY, MARGIN_X);
                self.pending_gap = PARAGRAPH_AFTER;
            }
            Block::KeyValue(pairs) => self.key_value(pairs),
            Block::Table(table) => self.table(table),
            Block::Signature { name, role, place_date } => self.signature(name, role, place_date),
            Block::Spacer(mm) => {
                let height = mm * MM;
                if height >= self.room() {
                    self.new_page();
                } else {
                    self.y -= height;
                    self.fresh = false;
                }
            }
            Block::PageBreak => {
                if !self.fresh {
                    self.new_page();
                }
            }
        }
    }

    fn heading(&mut self, level: u8, text: &str, next: Option<&Block>) {
        let (style, before, after) = HEADINGS[usize::from(level.clamp(1, 3)) - 1];
        self.gap(before);
        let lines = self.fonts.face(style).wrap(text, style, self.page.body_w());
        // A heading keeps company with the start of what follows it, so that it never ends a page alone.
        let keep = match next {
            Some(Block::Paragraph(_) | Block::KeyValue(_) | Block::Signature { .. }) => after + 2.0 * BODY.leading,
            Some(Block::Table(_)) => after + TABLE_BEFORE + 2.0 * row_height(1),
            // A subheading brings its own first lines along.
            Some(Block::Heading { .. }) => after + HEADINGS[0].0.leading + 2.0 * BODY.leading,
            _ => 0.0,
        };
        let height = lines.len() as f32 * style.leading;
        self.fit(height + keep);
        if level == 1 {
            let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.outline.push(OutlineEntry { title, page: self.pages.len() });
        }
        self.lines(&lines, style, MARGIN_X);
        self.pending_gap = after;
    }

    fn cell(&self, text: &str, style: Style, fill: Option<f32>, width: f32) -> Cell {
        Cell { lines: self.fonts.face(style).wrap(text, style, width - 2.0 * PAD_X), style, fill }
    }

    /// The widest word of `text` at `style`, in points.
    fn longest_word(&self, text: &str, style: Style) -> f32 {
        let face = self.fonts.face(style);
        face.printable(text).split_whitespace().map(|w| face.width(w, style.size)).fold(0.0, f32::max)
    }

    fn table(&mut self, table: &Table) {
        let weights: Vec<f32> = table.columns.iter().map(|c| c.width).collect();
        // Each column at least as wide as its longest word, header or cell (a very long token, an address or a
        // hash, is still cut: no column takes more than MAX_WORD_SHARE of the page for it).
        let mins: Vec<f32> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let cells = table.rows.iter().filter_map(|r| r.get(i)).map(|t| self.longest_word(t, CELL));
                let longest = cells.fold(self.longest_word(&c.title, CELL_BOLD), f32::max);
                (longest + 2.0 * PAD_X + EPS).min(MAX_WORD_SHARE * self.page.body_w())
            })
            .collect();
        let widths = column_widths(&weights, &mins, self.page.body_w());
        let header = Row {
            cells: table
                .columns
                .iter()
                .zip(&widths)
                .map(|(c, &w)| self.cell(&c.title, CELL_BOLD, Some(HEADER_FILL), w))
                .collect(),
        };
        let rows: Vec<Row> = table
            .rows
            .iter()
            .map(|row| Row { cells: row.iter().zip(&widths).map(|(t, &w)| self.cell(t, CELL, None, w)).collect() })
            .collect();
        self.grid(&widths, Some(&header), &rows);
    }

    fn key_value(&mut self, pairs: &[(String, String)]) {
        let label_face = self.fonts.face(CELL_BOLD);
        // The label column is as wide as the longest label, within bounds that leave the values most of the room.
        let longest =
            pairs.iter().map(|(k, _)| label_face.width(&label_face.printable(k), CELL.size)).fold(0.0, f32::max);
        let label_w = (longest + 2.0 * PAD_X + EPS).clamp(0.22 * self.page.body_w(), 0.4 * self.page.body_w());
        let widths = [label_w, self.page.body_w() - label_w];
        let rows: Vec<Row> = pairs
            .iter()
            .map(|(k, v)| Row {
                cells: vec![self.cell(k, CELL_BOLD, Some(LABEL_FILL), widths[0]), self.cell(v, CELL, None, widths[1])],
            })
            .collect();
        self.grid(&widths, None, &rows);
    }

    /// How many cell lines fit in what is left of the page.
    fn cell_lines_that_fit(&self) -> usize {
        ((self.room() - 2.0 * PAD_Y + EPS) / CELL.leading).floor().max(0.0) as usize
    }

    /// Places rows of cells with borders. Rows break between pages whole when they can; a row taller than a page
    /// is split between lines. The header row, if any, starts the table and every page the table continues on.
    fn grid(&mut self, widths: &[f32], header: Option<&Row>, rows: &[Row]) {
        self.gap(TABLE_BEFORE);
        let header_h = header.map_or(0.0, |h| row_height(h.line_count()));
        // A table starts only where its header and a first line of content fit, so a header never ends a page.
        self.fit(header_h + if rows.is_empty() { 0.0 } else { row_height(1) });
        // Whether the table so far is at the top of this page with nothing of it but the header, so that moving on
        // would not give a row more room.
        let mut at_table_top = self.fresh;
        if let Some(h) = header {
            self.row_part(widths, h, 0, h.line_count());
        }
        let lines_per_page = ((self.page.body_top() - BODY_BOTTOM - header_h - 2.0 * PAD_Y) / CELL.leading).floor() as usize;
        for row in rows {
            let n = row.line_count();
            let mut start = 0;
            loop {
                let left = n - start;
                let fits = self.cell_lines_that_fit();
                if fits >= left {
                    self.row_part(widths, row, start, n);
                    at_table_top = false;
                    break;
                }
                let moving_helps = start == 0 && left <= lines_per_page && !at_table_top;
                if !moving_helps {
                    // The row is taller than the room a page gives it: fill this page with its first lines. The
                    // `max(1)` only matters when a header alone fills a page, and keeps the loop moving.
                    let take = if at_table_top { fits.max(1) } else { fits };
                    let take = take.min(left);
                    if take > 0 {
                        self.row_part(widths, row, start, start + take);
                        start += take;
                    }
                    if start == n {
                        break;
                    }
                }
                self.new_page();
                if let Some(h) = header {
                    self.row_part(widths, h, 0, h.line_count());
                }
                at_table_top = true;
            }
        }
        self.pending_gap = TABLE_AFTER;
    }

    /// Draws lines `from..to` of a row's cells at the current position, with cell borders around them.
    fn row_part(&mut self, widths: &[f32], row: &Row, from: usize, to: usize) {
        let height = row_height(to - from);
        let top = self.y;
        let bottom = top - height;
        let mut x = MARGIN_X;
        for (cell, &w) in row.cells.iter().zip(widths) {
            if let Some(shade) = cell.fill {
                self.fill_rect(x, bottom, w, height, shade);
            }
            let shown = cell.lines.get(from.min(cell.lines.len())..to.min(cell.lines.len())).unwrap_or_default();
            for (i, line) in shown.iter().enumerate() {
                self.line_at(cell.style, x + PAD_X, top - PAD_Y - i as f32 * CELL.leading, line);
            }
            self.stroke_rect(x, bottom, w, height);
            x += w;
        }
        self.y = bottom;
        self.fresh = false;
    }

    fn signature(&mut self, name: &str, role: &str, place_date: &str) {
        self.gap(SIGNATURE_BEFORE);
        let place = self.fonts.face(BODY).wrap(place_date, BODY, SIGNATURE_W);
        let name = self.fonts.face(SIGNATORY).wrap(name, SIGNATORY, SIGNATURE_W);
        let role = self.fonts.face(BODY).wrap(role, BODY, SIGNATURE_W);
        let height = (place.len() + name.len() + role.len()) as f32 * BODY.leading + SIGNING_SPACE + 3.0;
        // The block is kept whole: a signature separated from its place and date would not mean much.
        self.fit(height);
        self.lines(&place, BODY, MARGIN_X);
        self.y -= SIGNING_SPACE;
        self.rule(MARGIN_X, MARGIN_X + SIGNATURE_W, self.y, 0.6, INK);
        self.y -= 3.0;
        self.lines(&name, SIGNATORY, MARGIN_X);
        self.lines(&role, BODY, MARGIN_X);
        self.pending_gap = PARAGRAPH_AFTER;
    }

    /// Adds the running header and the footer to page `page` of `count`.
    fn running_text(&mut self, page: usize, count: usize, doc: &Document) {
        let (page_label, printed) = match doc.lang {
            Lang::En => {
                (format!("Page {page} of {count}"), format!("Printed on {}", format_date(doc.printed_on, Lang::En)))
            }
            Lang::Fr => {
                (format!("Page {page} sur {count}"), format!("Imprimé le {}", format_date(doc.printed_on, Lang::Fr)))
            }
        };
        let face = self.fonts.face(RUNNING);
        let header = one_line(face, RUNNING.size, &doc.header, self.page.body_w());
        let page_w = face.width(&page_label, RUNNING.size);
        let printed = one_line(face, RUNNING.size, &printed, self.page.body_w() - page_w - 10.0);
        self.text(RUNNING, RUNNING_INK, MARGIN_X, self.page.header_baseline(), &header);
        self.rule(MARGIN_X, MARGIN_X + self.page.body_w(), self.page.header_rule(), 0.5, RULE_GREY);
        self.rule(MARGIN_X, MARGIN_X + self.page.body_w(), FOOTER_RULE, 0.5, RULE_GREY);
        self.text(RUNNING, RUNNING_INK, MARGIN_X, FOOTER_BASELINE, &printed);
        self.text(RUNNING, RUNNING_INK, MARGIN_X + self.page.body_w() - page_w, FOOTER_BASELINE, &page_label);
    }
}

/// Fits text on one line of `width` points, cutting it with an ellipsis if it is too long: the running header and
/// footer have exactly one line.
fn one_line(face: &Face, size: f32, text: &str, width: f32) -> String {
    let text = face.printable(text).replace('\n', " ");
    if face.width(&text, size) <= width + EPS {
        return text;
    }
    let room = width - face.width("…", size);
    let mut out = String::new();
    let mut w = 0.0;
    for c in text.chars() {
        w += face.advance(c) * size;
        if w > room {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Lays the blocks out: each page's operations, running text included, and the level-1 headings' pages.
/// The page a document needs: on its side when a table's columns, each as wide as its longest word, do not fit
/// side by side on an upright page (a register of many columns), upright otherwise.
fn page_for(doc: &Document, fonts: &Fonts) -> Page {
    let probe = Writer::new(fonts, Page::PORTRAIT);
    let wide = doc.blocks.iter().any(|b| match b {
        Block::Table(t) => {
            let needed: f32 = (0..t.columns.len())
                .map(|i| {
                    let cells = t.rows.iter().filter_map(|r| r.get(i)).map(|c| probe.longest_word(c, CELL));
                    // A token longer than a column may ever be (a hash, an address) is cut upright or not.
                    (cells.fold(probe.longest_word(&t.columns[i].title, CELL_BOLD), f32::max) + 2.0 * PAD_X)
                        .min(MAX_WORD_SHARE * Page::PORTRAIT.body_w())
                })
                .sum();
            needed > Page::PORTRAIT.body_w()
        }
        _ => false,
    });
    if wide {
        Page::LANDSCAPE
    } else {
        Page::PORTRAIT
    }
}

fn lay_out(doc: &Document, fonts: &Fonts) -> (Vec<Vec<Op>>, Vec<OutlineEntry>, Page) {
    let page = page_for(doc, fonts);
    let mut w = Writer::new(fonts, page);
    for (i, block) in doc.blocks.iter().enumerate() {
        w.block(block, doc.blocks.get(i + 1));
    }
    let count = w.pages.len();
    let body = std::mem::take(&mut w.pages);
    let mut pages = Vec::with_capacity(count);
    for (i, ops) in body.into_iter().enumerate() {
        w.pages = vec![ops];
        w.running_text(i + 1, count, doc);
        pages.append(&mut w.pages);
    }
    (pages, w.outline, page)
}

pub(super) fn render(doc: &Document) -> Result<Rendered, DocumentError> {
    doc.validate()?;
    let mut pdf = PdfDocument::new(&doc.title);
    let fonts = Fonts::load(&mut pdf)?;
    let (pages, outline, page) = lay_out(doc, &fonts);
    let page_count = pages.len();

    let printed = DateTime {
        date: Date {
            year: doc.printed_on.year(),
            month: doc.printed_on.month() as u8,
            day: doc.printed_on.day() as u8,
        },
        time: Time { hour: 0, minute: 0, second: 0, millisecond: 0 },
        offset: Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    };
    let info = &mut pdf.metadata.info;
    info.author = doc.author.clone();
    info.creator = "Privacy Desk".to_string();
    info.producer = "Privacy Desk".to_string();
    info.creation_date = printed;
    info.modification_date = printed;
    info.metadata_date = printed;

    for entry in &outline {
        pdf.add_bookmark(&entry.title, entry.page);
    }
    pdf.with_pages(pages.into_iter().map(|ops| PdfPage::new(Mm(page.w_mm), Mm(page.h_mm), ops)).collect());
    let mut warnings = Vec::new();
    let bytes = pdf.save(&PdfSaveOptions::default(), &mut warnings);
    if let Some(w) = warnings.iter().find(|w| w.severity == PdfParseErrorSeverity::Error) {
        return Err(DocumentError::Pdf(w.msg.clone()));
    }
    Ok(Rendered { pdf: bytes, page_count, outline })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY_W: f32 = Page::PORTRAIT.body_w();
    const BODY_TOP: f32 = Page::PORTRAIT.body_top();
    const HEADER_BASELINE: f32 = Page::PORTRAIT.header_baseline();
    use crate::document::Column;

    /// Widths for tests: every character is one unit wide, except 'W' (three units) and combining marks (none).
    fn unit(c: char) -> f32 {
        match c {
            'W' => 3.0,
            c if is_combining(c) => 0.0,
            _ => 1.0,
        }
    }

    fn check(text: &str, width: f32, expected: &[&str]) {
        assert_eq!(wrap(text, width, unit), expected, "wrapping {text:?} at {width}");
    }

    #[test]
    fn lines_break_at_the_last_space_that_fits() {
        check("aaa bbb ccc", 10.0, &["aaa bbb", "ccc"]);
        check("aaa bbb ccc", 11.0, &["aaa bbb ccc"]);
        check("aaa bbb ccc", 3.0, &["aaa", "bbb", "ccc"]);
        check("aaa  bbb", 20.0, &["aaa bbb"]);
        check(" aaa ", 20.0, &["aaa"]);
        check("", 20.0, &[]);
    }

    #[test]
    fn widths_not_character_counts_decide_the_break() {
        check("WW iii", 7.0, &["WW", "iii"]);
        check("iiiiii", 7.0, &["iiiiii"]);
        check("iii iii", 7.0, &["iii iii"]);
        check("aW b", 6.0, &["aW b"]);
        check("aW bc", 6.0, &["aW", "bc"]);
    }

    #[test]
    fn newlines_force_breaks_and_keep_empty_lines() {
        check("a\nb", 20.0, &["a", "b"]);
        check("a\n\nb", 20.0, &["a", "", "b"]);
        check("aaa bbb\nc", 5.0, &["aaa", "bbb", "c"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut() {
        check("abcdefghijkl", 5.0, &["abcde", "fghij", "kl"]);
        check("xy abcdefg hi", 5.0, &["xy", "abcde", "fg hi"]);
        check("WW", 4.0, &["W", "W"]);
        // A character wider than the line still goes somewhere, one per line.
        check("WW", 2.0, &["W", "W"]);
        // A combining accent stays with its letter.
        check("abcde\u{301}f", 5.0, &["abcde\u{301}", "f"]);
        // Addresses and compound words are cut before their punctuation, never between "//".
        check("ab-cdefgh", 5.0, &["ab", "-cdef", "gh"]);
        check("a.com/path/to-it x", 7.0, &["a.com", "/path", "/to-it", "x"]);
        check("abcd-ef", 5.0, &["abcd", "-ef"]);
        check("http://abcdef", 7.0, &["http:", "//abcde", "f"]);
    }

    fn fonts() -> Fonts {
        Fonts::load(&mut PdfDocument::new("test")).unwrap()
    }

    #[test]
    fn columns_widen_to_their_longest_word_taking_room_from_the_others() {
        // By weight: 25, 25, 50 of 100. The first needs 40 for its longest word: it gets it, from the third's slack.
        let w = column_widths(&[1.0, 1.0, 2.0], &[40.0, 10.0, 10.0], 100.0);
        assert!((w[0] - 40.0).abs() < 1e-3 && (w.iter().sum::<f32>() - 100.0).abs() < 1e-3, "{w:?}");
        assert!(w[1] >= 10.0 && w[2] >= 10.0, "{w:?}");
        // Already wide enough: the shares by weight.
        assert_eq!(column_widths(&[1.0, 3.0], &[5.0, 5.0], 100.0), vec![25.0, 75.0]);
        // The minimums cannot all fit: each keeps its share, and the words are cut.
        assert_eq!(column_widths(&[1.0, 1.0], &[80.0, 80.0], 100.0), vec![50.0, 50.0]);
    }

    #[test]
    fn a_narrow_column_keeps_its_words_whole() {
        let fonts = fonts();
        let table = Table {
            columns: vec![Column::new("Notes", 5.0), Column::new("Rôle", 0.5)],
            rows: vec![vec!["Text".into(), "Responsable de traitement".into()], vec!["More".into(), "Sous-traitant".into()]],
        };
        let (pages, _, _) = lay_out(&doc(vec![Block::Table(table)]), &fonts);
        let lines: Vec<String> = pages.iter().flat_map(|p| texts(p)).map(|(_, t)| t).collect();
        for word in ["Responsable", "Sous-traitant", "traitement"] {
            assert!(lines.iter().any(|l| l.split_whitespace().any(|w| w == word)), "{word} whole in {lines:?}");
        }
        assert!(!lines.iter().any(|l| l == "Responsabl" || l == "Sous" || l == "-traitant"), "{lines:?}");
    }

    #[test]
    fn the_embedded_font_gives_real_glyph_widths() {
        let fonts = fonts();
        let r = &fonts.regular;
        // DejaVu Sans: 'W' is 2025 units, 'i' 569, space 651, of 2048 per em.
        assert_eq!(r.units_per_em, 2048.0);
        assert!((r.advance('W') - 2025.0 / 2048.0).abs() < 1e-6, "{}", r.advance('W'));
        assert!((r.advance('i') - 569.0 / 2048.0).abs() < 1e-6, "{}", r.advance('i'));
        assert!(fonts.bold.advance('a') > r.advance('a'), "bold is wider than regular");
        // So a column holds many more 'i' than 'W'.
        let i_line = r.wrap(&"i ".repeat(100), BODY, 100.0);
        let w_line = r.wrap(&"W ".repeat(100), BODY, 100.0);
        assert!(i_line[0].len() > 2 * w_line[0].len(), "{:?} vs {:?}", i_line[0], w_line[0]);
        for line in i_line.iter().chain(&w_line) {
            assert!(r.width(line, BODY.size) <= 100.0 + EPS);
        }
    }

    #[test]
    fn characters_the_font_lacks_are_replaced_not_dropped() {
        let fonts = fonts();
        assert_eq!(fonts.regular.printable("a\tb\r\nc\u{7}"), "a b\nc");
        assert_eq!(fonts.regular.printable("pro\u{AD}tection\u{200B}"), "protection");
        assert_eq!(fonts.regular.printable("é ß œ « » ü ç"), "é ß œ « » ü ç");
        assert_eq!(fonts.regular.printable("雪"), "\u{FFFD}");
    }

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            title: "Test".into(),
            author: "Org".into(),
            header: "Org".into(),
            lang: Lang::En,
            printed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            blocks,
        }
    }

    /// Each drawn line of text on a page: its baseline and its text.
    fn texts(ops: &[Op]) -> Vec<(f32, String)> {
        let mut out = Vec::new();
        let mut y = 0.0;
        for op in ops {
            match op {
                Op::SetTextCursor { pos } => y = pos.y.0,
                Op::ShowText { items } => {
                    for item in items {
                        if let TextItem::Text(t) = item {
                            out.push((y, t.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The lowest point any rectangle reaches on a page.
    fn lowest_rect(ops: &[Op]) -> f32 {
        ops.iter()
            .filter_map(|op| match op {
                Op::DrawRectangle { rectangle } => Some(rectangle.y.0),
                _ => None,
            })
            .fold(f32::INFINITY, f32::min)
    }

    fn long_table(rows: usize, long_cell: &str) -> Block {
        Block::Table(Table {
            columns: vec![Column::new("Name", 2.0), Column::new("Notes", 5.0)],
            rows: (1..=rows).map(|i| vec![format!("Row {i}"), long_cell.to_string()]).collect(),
        })
    }

    #[test]
    fn a_table_whose_words_cannot_stand_side_by_side_turns_the_pages_on_their_side() {
        let fonts = Fonts::load(&mut PdfDocument::new("t")).unwrap();
        let narrow = doc(vec![long_table(3, "short")]);
        assert_eq!(lay_out(&narrow, &fonts).2, Page::PORTRAIT);
        // Nine columns of long French words: « Responsable de traitement », « Sous-traitance »...
        let words = ["Responsabilité", "Sous-traitance", "Transferts", "Conservation", "Destinataires", "Catégories", "Finalités", "Vraisemblance", "Notification"];
        let wide = doc(vec![Block::Table(Table {
            columns: words.iter().map(|w| Column::new(*w, 1.0)).collect(),
            rows: vec![words.iter().map(|w| w.to_string()).collect()],
        })]);
        let (pages, _, page) = lay_out(&wide, &fonts);
        assert_eq!(page, Page::LANDSCAPE);
        let body: Vec<String> = texts(&pages[0]).into_iter().map(|(_, t)| t).collect();
        for w in words {
            assert!(body.iter().any(|t| t == w), "{w} printed whole on a landscape page: {body:?}");
        }
    }

    /// Content stays between the running header and the footer: no body baseline below the body's bottom edge and
    /// no border below it either.
    fn assert_within_body(pages: &[Vec<Op>]) {
        for (i, ops) in pages.iter().enumerate() {
            for (y, t) in texts(ops) {
                let running = y == HEADER_BASELINE || y == FOOTER_BASELINE;
                assert!(running || (BODY_BOTTOM..=BODY_TOP).contains(&y), "page {}: {t:?} at {y}", i + 1);
            }
            assert!(lowest_rect(ops) >= BODY_BOTTOM - EPS, "page {}: a border overflows into the footer", i + 1);
        }
    }

    #[test]
    fn a_long_table_repeats_its_header_on_every_page() {
        let fonts = fonts();
        let (pages, _, _) = lay_out(&doc(vec![long_table(200, "short")]), &fonts);
        assert!(pages.len() > 2, "{} pages", pages.len());
        for (i, ops) in pages.iter().enumerate() {
            let t = texts(ops);
            let names: Vec<&str> = t.iter().map(|(_, s)| s.as_str()).collect();
            assert!(names.contains(&"Name") && names.contains(&"Notes"), "page {} lacks the header row", i + 1);
            assert!(names.contains(&format!("Page {} of {}", i + 1, pages.len()).as_str()));
        }
        // Every row is drawn exactly once.
        let all: Vec<String> = pages.iter().flat_map(|p| texts(p)).map(|(_, s)| s).collect();
        for i in 1..=200 {
            assert_eq!(all.iter().filter(|s| **s == format!("Row {i}")).count(), 1, "Row {i}");
        }
        assert_within_body(&pages);
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_between_pages() {
        let fonts = fonts();
        let huge = (1..=150).map(|i| format!("line {i}")).collect::<Vec<_>>().join("\n");
        let (pages, _, _) = lay_out(&doc(vec![Block::Paragraph("Intro".into()), long_table(1, &huge)]), &fonts);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let all: Vec<String> = pages.iter().flat_map(|p| texts(p)).map(|(_, s)| s).collect();
        for i in 1..=150 {
            assert!(all.contains(&format!("line {i}")), "line {i} is missing");
        }
        assert_within_body(&pages);
    }

    #[test]
    fn a_row_that_fits_a_page_moves_whole_to_the_next_page() {
        let fonts = fonts();
        let tall = (1..=20).map(|i| format!("part {i}")).collect::<Vec<_>>().join("\n");
        let mut blocks = vec![Block::Paragraph("filler\n".repeat(50))];
        blocks.push(long_table(3, &tall));
        let (pages, _, _) = lay_out(&doc(blocks), &fonts);
        for ops in &pages {
            let t: Vec<String> = texts(ops).into_iter().map(|(_, s)| s).collect();
            // A row's lines are never spread over two pages when the row fits on one.
            let parts = t.iter().filter(|s| s.starts_with("part ")).count();
            assert_eq!(parts % 20, 0, "{t:?}");
        }
        assert_within_body(&pages);
    }

    #[test]
    fn long_paragraphs_break_across_pages_within_the_body() {
        let fonts = fonts();
        let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(400);
        let (pages, _, _) = lay_out(&doc(vec![Block::Paragraph(text)]), &fonts);
        assert!(pages.len() > 2);
        assert_within_body(&pages);
        for ops in &pages {
            for (_, t) in texts(ops) {
                assert!(fonts.regular.width(&t, BODY.size) <= BODY_W + EPS, "{t:?} is wider than the body");
            }
        }
    }

    #[test]
    fn headings_are_recorded_with_their_page_and_never_end_a_page() {
        let fonts = fonts();
        let filler = "filler\n".repeat(50);
        let blocks = vec![
            Block::Heading { level: 1, text: "First".into() },
            Block::Paragraph(filler),
            Block::Heading { level: 1, text: "Second".into() },
            Block::Paragraph("body of the second section\nand more".into()),
            Block::PageBreak,
            Block::PageBreak,
            Block::Heading { level: 2, text: "Not in the outline".into() },
            Block::Heading { level: 1, text: "Third".into() },
        ];
        let (pages, outline, _) = lay_out(&doc(blocks), &fonts);
        let titles: Vec<(&str, usize)> = outline.iter().map(|e| (e.title.as_str(), e.page)).collect();
        // The filler leaves room for "Second" but not for its first lines, so it moves to page 2 with them; the two
        // page breaks make one new page, not a blank one.
        assert_eq!(titles, [("First", 1), ("Second", 2), ("Third", 3)]);
        assert_eq!(pages.len(), 3);
    }

    #[test]
    fn a_signature_block_is_never_split() {
        let fonts = fonts();
        for filler_lines in 40..62 {
            let blocks = vec![
                Block::Paragraph("filler\n".repeat(filler_lines)),
                Block::Signature {
                    name: "Zoë Dupré".into(),
                    role: "DPO".into(),
                    place_date: "Lyon, 23 novembre 2026".into(),
                },
            ];
            let (pages, _, _) = lay_out(&doc(blocks), &fonts);
            let last: Vec<String> = texts(pages.last().unwrap()).into_iter().map(|(_, s)| s).collect();
            for part in ["Lyon, 23 novembre 2026", "Zoë Dupré", "DPO"] {
                assert!(last.contains(&part.to_string()), "{filler_lines} lines: {part} is not on the last page");
            }
            assert_within_body(&pages);
        }
    }

    #[test]
    fn a_long_header_is_cut_to_one_line() {
        let fonts = fonts();
        let cut = one_line(&fonts.regular, RUNNING.size, &"Organisation ".repeat(40), BODY_W);
        assert!(cut.ends_with('…'));
        assert!(fonts.regular.width(&cut, RUNNING.size) <= BODY_W + EPS);
        assert_eq!(one_line(&fonts.regular, RUNNING.size, "Acme SAS", BODY_W), "Acme SAS");
    }
}
