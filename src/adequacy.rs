//! The EU adequacy list (GDPR Art. 45, rules.md §4): the countries to which personal data may go without further
//! safeguard, with the scope of each decision and the date the list is current to.
//!
//! The list is data, not code, because it changes with each Commission decision. This version ships one
//! (`assets/adequacy.tsv`, with its "as of" date); the user can replace it in Settings or with
//! `privdesk adequacy import`, and the store then hands the user's list to every rule that uses it
//! ([`crate::store::Store::adequacy`]). Going back to the shipped list is one action too.

use crate::error::{Checker, Invalid};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;
use ts_rs::TS;

/// What an adequacy decision covers for one country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum AdequacyScope {
    /// The whole country.
    Full,
    /// Only commercial organisations (Canada, PIPEDA).
    Commercial,
    /// Only organisations certified under the EU-US Data Privacy Framework (United States).
    Dpf,
}

impl AdequacyScope {
    pub const ALL: [AdequacyScope; 3] = [AdequacyScope::Full, AdequacyScope::Commercial, AdequacyScope::Dpf];

    pub fn as_str(self) -> &'static str {
        match self {
            AdequacyScope::Full => "full",
            AdequacyScope::Commercial => "commercial",
            AdequacyScope::Dpf => "dpf",
        }
    }

    pub fn parse(s: &str) -> Result<AdequacyScope, String> {
        let s = s.trim();
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("'{s}' is not a scope; use full, commercial or dpf"))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AdequateCountry {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub scope: AdequacyScope,
    /// The country and the decision, as the list gives them.
    pub note: String,
}

/// The list and the day it is current to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Adequacy {
    pub as_of: NaiveDate,
    pub countries: Vec<AdequateCountry>,
}

impl Adequacy {
    /// Reads the tab-separated list: `#` lines are comments except `# as of<TAB>YYYY-MM-DD`, which is required.
    pub fn parse(text: &str) -> Result<Adequacy, String> {
        let mut as_of = None;
        let mut countries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if let Some(rest) = line.strip_prefix('#') {
                if let Some(date) = rest.trim().strip_prefix("as of") {
                    let date = date.trim();
                    as_of = Some(
                        NaiveDate::parse_from_str(date, "%Y-%m-%d")
                            .map_err(|_| format!("line {line_no}: '{date}' is not a date (YYYY-MM-DD)"))?,
                    );
                }
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(code), Some(scope)) = (cols.next(), cols.next()) else {
                return Err(format!("line {line_no}: expected a country code and a scope separated by a tab"));
            };
            let code = crate::country::parse(code).map_err(|e| format!("line {line_no}: {e}"))?;
            let scope = AdequacyScope::parse(scope).map_err(|e| format!("line {line_no}: {e}"))?;
            if countries.iter().any(|c: &AdequateCountry| c.code == code) {
                return Err(format!("line {line_no}: {code} is listed twice; give each country one line"));
            }
            countries.push(AdequateCountry { code: code.to_string(), scope, note: cols.next().unwrap_or("").trim().to_string() });
        }
        let as_of = as_of.ok_or("the list has no '# as of<TAB>YYYY-MM-DD' line: say which day it is current to")?;
        Ok(Adequacy { as_of, countries })
    }

    /// The list in the file format [`Adequacy::parse`] reads, to edit and import again.
    pub fn to_tsv(&self) -> String {
        let mut out = String::from(
            "# The countries the European Commission has found to ensure an adequate level of protection (GDPR Art. 45).\n\
             # Columns: ISO 3166-1 alpha-2 code, scope (full, commercial or dpf), note. Keep the \"as of\" line current.\n",
        );
        out.push_str(&format!("# as of\t{}\n", self.as_of.format("%Y-%m-%d")));
        for c in &self.countries {
            out.push_str(&format!("{}\t{}\t{}\n", c.code, c.scope.as_str(), c.note.replace(['\t', '\n', '\r'], " ")));
        }
        out
    }

    /// The list shipped with this version.
    pub fn embedded() -> &'static Adequacy {
        static LIST: OnceLock<Adequacy> = OnceLock::new();
        LIST.get_or_init(|| Adequacy::parse(include_str!("../assets/adequacy.tsv")).expect("the shipped adequacy list is valid"))
    }

    /// The decision covering a country, if there is one.
    pub fn lookup(&self, code: &str) -> Option<&AdequateCountry> {
        self.countries.iter().find(|c| c.code == code)
    }
}

/// The list as the Settings form edits it: text fields, checked together.
#[derive(Clone, Debug, Default, Deserialize, Serialize, TS)]
pub struct AdequacyDraft {
    pub as_of: String,
    pub countries: Vec<AdequateCountryDraft>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, TS)]
pub struct AdequateCountryDraft {
    /// A code or an English or French name.
    pub code: String,
    pub scope: String,
    pub note: String,
}

impl AdequacyDraft {
    /// Checks every field; errors name `as_of` or `countries[N].code` / `countries[N].scope` (N from 1).
    pub fn validate(&self) -> Result<Adequacy, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let as_of = if self.as_of.trim().is_empty() {
                c.push("as_of", "is required: the day the list is current to (YYYY-MM-DD)");
                None
            } else {
                c.check("as_of", crate::subprocessor::parse_date(&self.as_of))
            };
            if self.countries.is_empty() {
                c.push("countries", "the list is empty; to use the list shipped with Privacy Desk, reset it instead");
            }
            let mut seen = HashSet::new();
            let mut countries = Vec::new();
            for (i, row) in self.countries.iter().enumerate() {
                let n = i + 1;
                let code = c.check(&format!("countries[{n}].code"), crate::country::parse(&row.code));
                let scope = c.check(&format!("countries[{n}].scope"), AdequacyScope::parse(&row.scope));
                if let Some(code) = code {
                    if !seen.insert(code) {
                        c.push(&format!("countries[{n}].code"), format!("{code} is already in the list"));
                    }
                    if let Some(scope) = scope {
                        countries.push(AdequateCountry { code: code.to_string(), scope, note: row.note.trim().to_string() });
                    }
                }
            }
            c.finish()?;
            countries.sort_by(|a, b| a.code.cmp(&b.code));
            Ok(Adequacy { as_of: as_of.expect("checked above"), countries })
        })
    }
}

impl From<&Adequacy> for AdequacyDraft {
    fn from(a: &Adequacy) -> Self {
        AdequacyDraft {
            as_of: a.as_of.format("%Y-%m-%d").to_string(),
            countries: a
                .countries
                .iter()
                .map(|c| AdequateCountryDraft { code: c.code.clone(), scope: c.scope.as_str().into(), note: c.note.clone() })
                .collect(),
        }
    }
}

/// The list in use, and whether it is the shipped one or the user's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AdequacyInUse {
    pub list: Adequacy,
    /// True when the user replaced the shipped list.
    pub edited: bool,
    /// The date of the list shipped with this version, to compare.
    pub shipped_as_of: NaiveDate,
    /// When the user's list was saved (RFC 3339), if it is the user's.
    pub updated_at: Option<String>,
    /// The same in the organisation's zone, as the window shows it.
    pub updated_at_local: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_has_the_fifteen_decisions_and_its_date() {
        let a = Adequacy::embedded();
        assert_eq!(a.as_of, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        assert_eq!(a.countries.len(), 15);
        for (code, scope) in [("US", Some(AdequacyScope::Dpf)), ("CA", Some(AdequacyScope::Commercial)), ("JP", Some(AdequacyScope::Full)), ("GB", Some(AdequacyScope::Full)), ("IN", None), ("CN", None)] {
            assert_eq!(a.lookup(code).map(|c| c.scope), scope, "{code}");
        }
    }

    #[test]
    fn a_list_without_its_date_or_with_a_bad_line_is_refused_with_the_line() {
        assert!(Adequacy::parse("JP\tfull\tJapan\n").unwrap_err().contains("as of"));
        assert!(Adequacy::parse("# as of\t2025-01-01\nJP\teverything\n").unwrap_err().contains("line 2: 'everything'"));
        assert!(Adequacy::parse("# as of\t2025-01-01\nNarnia\tfull\n").unwrap_err().contains("line 2"));
        assert!(Adequacy::parse("# as of\tsoon\n").unwrap_err().contains("'soon'"));
        assert!(Adequacy::parse("# as of\t2025-01-01\nJP\tfull\nJapan\tfull\n").unwrap_err().contains("line 3: JP is listed twice"));
    }

    #[test]
    fn the_file_format_reads_back_what_it_writes() {
        let a = Adequacy::embedded();
        assert_eq!(&Adequacy::parse(&a.to_tsv()).unwrap(), a);
    }

    #[test]
    fn a_draft_reports_every_bad_row_by_its_number_and_sorts_the_good_list() {
        let row = |code: &str, scope: &str| AdequateCountryDraft { code: code.into(), scope: scope.into(), note: String::new() };
        let bad = AdequacyDraft { as_of: "2026-13-01".into(), countries: vec![row("Japan", "full"), row("Narnia", "full"), row("JP", "all"), row("jp", "full")] };
        let fields: Vec<String> = bad.validate().unwrap_err().errors.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["as_of", "countries[2].code", "countries[3].scope", "countries[3].code", "countries[4].code"]);

        let empty = AdequacyDraft { as_of: String::new(), countries: vec![] };
        let fields: Vec<String> = empty.validate().unwrap_err().errors.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["as_of", "countries"]);

        let good = AdequacyDraft { as_of: "2026-07-01".into(), countries: vec![row("Uruguay", "full"), row("Brésil", "full"), row("US", "DPF")] };
        let list = good.validate().unwrap();
        assert_eq!(list.as_of, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        let codes: Vec<_> = list.countries.iter().map(|c| (c.code.as_str(), c.scope)).collect();
        assert_eq!(codes, [("BR", AdequacyScope::Full), ("US", AdequacyScope::Dpf), ("UY", AdequacyScope::Full)]);
    }
}
