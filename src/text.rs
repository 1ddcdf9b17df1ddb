//! Small text helpers shared by matching code (country names, CSV headers, search).

/// Folds a string for loose matching: lower case, Latin accents removed, punctuation and spaces dropped.
/// "États-Unis", "etats unis" and "ETATS-UNIS" all fold to "etatsunis".
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(|c| c.to_lowercase())
        .filter_map(|c| {
            let base = match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
                'ç' | 'ć' | 'č' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
                'ñ' | 'ń' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
                'ý' | 'ÿ' => 'y',
                'ś' | 'š' => 's',
                'ž' | 'ź' | 'ż' => 'z',
                'œ' => return Some("oe".to_string()),
                'æ' => return Some("ae".to_string()),
                'ß' => return Some("ss".to_string()),
                c if c.is_alphanumeric() => c,
                _ => return None,
            };
            Some(base.to_string())
        })
        .collect()
}

/// Lower case with accents folded but spaces kept, for substring search.
pub fn search_key(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

/// Trims and turns an empty string into `None`.
pub fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_and_punctuation() {
        for (input, expected) in [
            ("États-Unis", "etatsunis"),
            ("etats unis", "etatsunis"),
            ("Côte d'Ivoire", "cotedivoire"),
            ("Œuvre", "oeuvre"),
            ("Straße", "strasse"),
        ] {
            assert_eq!(fold(input), expected, "fold({input})");
        }
    }

    #[test]
    fn search_key_keeps_word_boundaries() {
        assert_eq!(search_key("  Amazon  Web Services "), "amazon web services");
    }
}
