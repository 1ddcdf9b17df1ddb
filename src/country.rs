//! Countries: ISO 3166-1 alpha-2 codes with their English and French names.
//!
//! Users type countries as they know them (`US`, `United States`, `États-Unis`, `USA`); the register stores the
//! code. The table is data (`assets/countries.tsv`, from Debian's iso-codes), not code.

use crate::document::Lang;
use crate::text::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug)]
pub struct Country {
    pub code: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
}

impl Country {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

struct Table {
    countries: Vec<Country>,
    by_key: HashMap<String, usize>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut countries = Vec::new();
        let mut by_key = HashMap::new();
        for line in include_str!("../assets/countries.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(code), Some(en), Some(fr)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let index = countries.len();
            let aliases = cols.next().unwrap_or("");
            // Codes first, so that a name can never shadow a code.
            by_key.insert(code.to_ascii_lowercase(), index);
            for name in [en, fr].into_iter().chain(aliases.split('|')) {
                if !name.is_empty() {
                    by_key.entry(fold(name)).or_insert(index);
                }
            }
            countries.push(Country { code, en, fr });
        }
        Table { countries, by_key }
    })
}

/// Finds a country by its alpha-2 or alpha-3 code or by its English or French name (case and accents ignored).
pub fn lookup(input: &str) -> Option<&'static Country> {
    let t = table();
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.len() == 2 {
        if let Some(&i) = t.by_key.get(&trimmed.to_ascii_lowercase()) {
            return Some(&t.countries[i]);
        }
    }
    t.by_key.get(&fold(trimmed)).map(|&i| &t.countries[i])
}

/// Parses a country as a user typed it into its code; the error names the value.
pub fn parse(input: &str) -> Result<&'static str, String> {
    if input.trim().is_empty() {
        return Err("is required (an ISO code such as FR or a name such as France)".into());
    }
    lookup(input)
        .map(|c| c.code)
        .ok_or_else(|| format!("'{}' is not a country we know (use an ISO code such as FR, US, GB or the English or French name)", input.trim()))
}

/// Parses a list of countries separated by commas or semicolons; every unknown value is reported.
pub fn parse_list(input: &[String]) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for part in input.iter().flat_map(|s| s.split([',', ';', '\n'])) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        match lookup(part) {
            Some(c) if !codes.iter().any(|x| x == c.code) => codes.push(c.code.to_string()),
            Some(_) => {}
            None => unknown.push(format!("'{part}'")),
        }
    }
    if unknown.is_empty() {
        Ok(codes)
    } else {
        Err(format!("{} not a country we know (use ISO codes such as FR, US, GB or English or French names)", unknown.join(", ") + if unknown.len() > 1 { " are" } else { " is" }))
    }
}

/// The name of a stored code in the document language; an unknown code prints as itself.
pub fn name(code: &str, lang: Lang) -> String {
    lookup(code).filter(|c| c.code == code).map(|c| c.name(lang).to_string()).unwrap_or_else(|| code.to_string())
}

/// Every country, for pickers.
pub fn all() -> &'static [Country] {
    &table().countries
}

/// Members of the European Economic Area: transfers among them need no transfer mechanism.
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

pub fn in_eea(code: &str) -> bool {
    EEA.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, ()>) {
        assert_eq!(parse(input).map_err(|_| ()), expected, "parse({input:?})");
    }

    #[test]
    fn countries_parse_from_codes_and_names_in_both_languages() {
        for (input, expected) in [
            ("US", Ok("US")),
            ("us", Ok("US")),
            ("USA", Ok("US")),
            ("United States", Ok("US")),
            ("États-Unis", Ok("US")),
            ("etats-unis", Ok("US")),
            ("Royaume-Uni", Ok("GB")),
            ("UK", Ok("GB")),
            ("Allemagne", Ok("DE")),
            ("Germany", Ok("DE")),
            ("Luxembourg", Ok("LU")),
            ("South Korea", Ok("KR")),
            ("Corée du Sud", Ok("KR")),
            ("Côte d'Ivoire", Ok("CI")),
            ("Narnia", Err(())),
            ("", Err(())),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn unknown_country_error_names_the_value() {
        let e = parse("Narnia").unwrap_err();
        assert!(e.contains("'Narnia'"), "{e}");
    }

    #[test]
    fn lists_split_on_commas_and_report_every_unknown_value() {
        assert_eq!(parse_list(&["France, Canada, United States".into()]).unwrap(), vec!["FR", "CA", "US"]);
        let e = parse_list(&["France, Atlantis, Lemuria".into()]).unwrap_err();
        assert!(e.contains("'Atlantis'") && e.contains("'Lemuria'"), "{e}");
    }

    #[test]
    fn names_print_in_the_document_language() {
        assert_eq!(name("US", Lang::Fr), "États-Unis");
        assert_eq!(name("DE", Lang::En), "Germany");
        assert_eq!(all().len(), 249);
    }
}
