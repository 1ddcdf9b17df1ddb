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

/// The words of a search, folded: a record matches when its folded text holds every one.
pub fn search_words(query: &str) -> Vec<String> {
    search_key(query).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Trims and turns an empty string into `None`.
pub fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A character no text field accepts: C0 and C1 control characters and DEL (which can drive a terminal: escape
/// sequences, bells, clearing the screen) and the bidirectional overrides and isolates (which can make text read
/// in another order than it is stored). Tab and line breaks are allowed only in multi-line fields.
pub fn forbidden_char(c: char, multi_line: bool) -> bool {
    match c {
        '\n' | '\t' | '\r' => !multi_line,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    }
}

/// Checks one text value: no forbidden character, at most `max` characters. The reason names the character by
/// its code, so that it can be found in the source, and is never printed raw.
pub fn check_text(value: &str, multi_line: bool, max: usize) -> Result<(), String> {
    if let Some((i, c)) = value.chars().enumerate().find(|(_, c)| forbidden_char(*c, multi_line)) {
        let what = if matches!(c, '\n' | '\r' | '\t') { "a line break or tab, which this one-line field does not take" } else { "a control character, which no field takes" };
        return Err(format!("contains {what} (U+{:04X} at character {}); remove it", c as u32, i + 1));
    }
    let n = value.chars().count();
    if n > max {
        return Err(format!("is too long ({n} characters; at most {max})"));
    }
    Ok(())
}

/// The longest one-line text any field takes, unless its own rule says less.
pub const MAX_LINE: usize = 500;
/// The longest multi-line text (notes, descriptions), unless its own rule says less.
pub const MAX_TEXT: usize = 20_000;
/// The most items a list field takes, and the longest item.
pub const MAX_ITEMS: usize = 200;
pub const MAX_ITEM: usize = 200;

/// How a form's text fields are checked before its own rules: which fields take several lines, and the length
/// limits that differ from the defaults.
pub struct TextRules<'a> {
    pub multi_line: &'a [&'a str],
    pub limits: &'a [(&'a str, usize)],
}

/// The rules every form uses: the fields that hold prose over several lines, and the text fields whose limit is
/// not the default (a policy version's full text).
pub const FORM_RULES: TextRules<'static> = TextRules {
    multi_line: &[
        "address", "postal_address", "service", "purpose", "purposes", "transfer_notes", "access", "notes", "note",
        "description", "retention", "details", "safeguard", "processing", "legitimate_interests", "sensitive_data",
        "source", "recipients_internal", "recipients_external", "security_measures", "software", "automated_decisions",
        "discovery", "nature", "data_details", "subject_details", "consequences", "likelihood", "measures_taken",
        "measures_proposed", "training_details", "others_told", "reason", "delay_reason", "text", "summary",
        "period_reason", "method", "reached", "exemptions", "controllers", "joint_controller", "location",
        "business_function", "lawful_basis", "representative",
    ],
    limits: &[("text", crate::policy::MAX_TEXT_CHARS)],
};

/// Checks every text field of a form (any `Serialize` draft: strings, lists of strings and nested forms) for
/// forbidden characters and length, then runs the form's own validation, and reports the two together, one
/// reason per field (the text problem first). So every field, including one added later, gets the same checks.
pub fn guarded<D: serde::Serialize, T>(
    draft: &D,
    rules: &TextRules<'_>,
    validate: impl FnOnce() -> Result<T, crate::Invalid>,
) -> Result<T, crate::Invalid> {
    let mut errors = Vec::new();
    let value = serde_json::to_value(draft).expect("drafts serialise");
    walk(&value, "", rules, &mut errors);
    match validate() {
        Ok(v) if errors.is_empty() => Ok(v),
        Ok(_) => Err(crate::Invalid { errors }),
        Err(invalid) => {
            for e in invalid.errors {
                if !errors.iter().any(|x: &crate::FieldError| x.field == e.field) {
                    errors.push(e);
                }
            }
            Err(crate::Invalid { errors })
        }
    }
}

fn walk(value: &serde_json::Value, path: &str, rules: &TextRules<'_>, errors: &mut Vec<crate::FieldError>) {
    use serde_json::Value;
    let leaf = path.rsplit(['.', ']']).find(|p| !p.is_empty() && !p.starts_with('[')).unwrap_or(path);
    let key = leaf.split('[').next().unwrap_or(leaf);
    let mut push = |reason: String| errors.push(crate::FieldError { field: path.to_string(), reason });
    match value {
        Value::String(s) => {
            let multi = rules.multi_line.contains(&key);
            let max = rules.limits.iter().find(|(k, _)| *k == key).map(|(_, m)| *m).unwrap_or(if multi { MAX_TEXT } else { MAX_LINE });
            if let Err(r) = check_text(s, multi, max) {
                push(r);
            }
        }
        Value::Array(items) if items.iter().all(Value::is_string) => {
            // A list field: each item one line (the command line gives the whole list as one comma-separated item).
            let joined: usize = items.iter().filter_map(Value::as_str).map(|s| s.split([',', ';', '\n']).count()).sum();
            if joined > MAX_ITEMS {
                push(format!("has too many items ({joined}; at most {MAX_ITEMS})"));
                return;
            }
            for item in items.iter().filter_map(Value::as_str) {
                for part in item.split([',', ';', '\n']) {
                    if let Err(r) = check_text(part, false, MAX_ITEM) {
                        push(format!("'{}…': {r}", visible(&part.chars().take(20).collect::<String>())));
                        return;
                    }
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &format!("{path}[{}]", i + 1), rules, errors);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                walk(v, &p, rules, errors);
            }
        }
        _ => {}
    }
}

/// Text with every forbidden character shown as its code (`\u{1b}`), safe to print to a terminal; line breaks
/// and tabs are kept.
pub fn visible(s: &str) -> String {
    if !s.chars().any(|c| forbidden_char(c, true)) {
        return s.to_string();
    }
    s.chars().map(|c| if forbidden_char(c, true) { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() }).collect()
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
    fn control_characters_and_overrides_are_refused_and_shown_by_code() {
        for bad in ["a\u{0}b", "\u{1b}]0;x\u{7}", "bell\u{7}", "del\u{7f}", "c1\u{9b}", "rtl\u{202e}txt"] {
            assert!(check_text(bad, true, 100).unwrap_err().contains("control character"), "{bad:?}");
            assert!(!visible(bad).chars().any(|c| forbidden_char(c, true)), "{bad:?}");
        }
        assert!(check_text("two\nlines", false, 100).unwrap_err().contains("line break"));
        assert!(check_text("two\nlines\tand a tab", true, 100).is_ok());
        assert_eq!(check_text(&"x".repeat(11), false, 10).unwrap_err(), "is too long (11 characters; at most 10)");
        assert_eq!(visible("\u{1b}[2J"), "\\u{1b}[2J");
    }

    #[test]
    fn guarded_reports_text_problems_with_the_forms_own_errors_once_per_field() {
        #[derive(serde::Serialize)]
        struct Form {
            name: String,
            notes: String,
            tags: Vec<String>,
        }
        let f = Form { name: "A\u{1b}B".into(), notes: "ok\nok".into(), tags: vec!["x, y\u{7}".into()] };
        let rules = TextRules { multi_line: &["notes"], limits: &[] };
        let e = guarded(&f, &rules, || Err::<(), _>(crate::Invalid::field("name", "is required"))).unwrap_err();
        let fields: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["name", "tags"]);
        assert!(e.errors[0].reason.contains("U+001B"));
    }

    #[test]
    fn search_key_keeps_word_boundaries() {
        assert_eq!(search_key("  Amazon  Web Services "), "amazon web services");
    }
}

/// Splits list items on commas, semicolons and line ends, trims them and drops empty and repeated ones (repeats
/// compared loosely: case, accents and punctuation ignored).
pub fn clean_list(items: &[String]) -> Vec<String> {
    split_items(items, &[',', ';', '\n'])
}

/// The same on the separators given.
pub fn split_items(items: &[String], separators: &[char]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().flat_map(|s| s.split(separators)) {
        let t = item.trim();
        if !t.is_empty() && !out.iter().any(|x| fold(x) == fold(t)) {
            out.push(t.to_string());
        }
    }
    out
}
