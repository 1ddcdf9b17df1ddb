//! The EU adequacy list (GDPR Art. 45, rules.md §4): the countries to which personal data may go without further
//! safeguard, with the scope of each decision and the date the list is current to.
//!
//! The list is data (`assets/adequacy.tsv`), not code, because it changes with each Commission decision; a
//! different list can be read with [`Adequacy::parse`] and handed to the rules that use it.

use chrono::NaiveDate;
use serde::Serialize;
use std::sync::OnceLock;
use ts_rs::TS;

/// What an adequacy decision covers for one country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum AdequacyScope {
    /// The whole country.
    Full,
    /// Only commercial organisations (Canada, PIPEDA).
    Commercial,
    /// Only organisations certified under the EU-US Data Privacy Framework (United States).
    Dpf,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AdequateCountry {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub scope: AdequacyScope,
    /// The country and the decision, as the list gives them.
    pub note: String,
}

/// The list and the day it is current to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Adequacy {
    #[ts(type = "string")]
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
            let scope = match scope.trim() {
                "full" => AdequacyScope::Full,
                "commercial" => AdequacyScope::Commercial,
                "dpf" => AdequacyScope::Dpf,
                other => return Err(format!("line {line_no}: '{other}' is not a scope; use full, commercial or dpf")),
            };
            countries.push(AdequateCountry { code: code.to_string(), scope, note: cols.next().unwrap_or("").trim().to_string() });
        }
        let as_of = as_of.ok_or("the list has no '# as of<TAB>YYYY-MM-DD' line: say which day it is current to")?;
        Ok(Adequacy { as_of, countries })
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
    }
}
