//! Closed lists of values (categories, statuses, rights, …) as the product needs them: a stored code, English and
//! French labels for documents and screens, and the other spellings people type in forms and spreadsheets.

/// Declares a closed list of values with its stored/command-line name, English and French labels, and the other
/// spellings accepted on input (spreadsheet headers and cells are written by people, in both languages).
#[macro_export]
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal, $en:literal, $fr:literal, [$($alias:literal),*];)* } what: $what:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vmeta])* $variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn label(self, lang: $crate::document::Lang) -> &'static str {
                match (self, lang) { $(($name::$variant, $crate::document::Lang::En) => $en, ($name::$variant, $crate::document::Lang::Fr) => $fr),* }
            }

            /// Accepts the code, either label or a known alias, ignoring case and accents.
            pub fn parse(input: &str) -> Result<Self, String> {
                let key = $crate::text::fold(input);
                $(
                    if key == $crate::text::fold($code) || key == $crate::text::fold($en) || key == $crate::text::fold($fr)
                        $(|| key == $crate::text::fold($alias))* {
                        return Ok($name::$variant);
                    }
                )*
                Err(format!(
                    "'{}' is not a {}; use one of {}",
                    input.trim(),
                    $what,
                    [$($code),*].join(", ")
                ))
            }
            /// Parses a list given as several values or as comma-separated text; duplicates are dropped, the
            /// first bad value is named.
            pub fn parse_list(items: &[String]) -> Result<Vec<Self>, String> {
                let mut out = Vec::new();
                for item in items.iter().flat_map(|s| s.split([',', ';'])) {
                    if item.trim().is_empty() {
                        continue;
                    }
                    let v = Self::parse(item)?;
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
                out.sort();
                Ok(out)
            }

            /// Every value with its labels, for the window's menus.
            pub fn terms() -> Vec<$crate::vocab::Term> {
                Self::ALL
                    .iter()
                    .map(|v| $crate::vocab::Term {
                        code: v.as_str().into(),
                        en: v.label($crate::document::Lang::En).into(),
                        fr: v.label($crate::document::Lang::Fr).into(),
                    })
                    .collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}


/// A value of a vocabulary with its labels, for the window's menus.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct Term {
    pub code: String,
    pub en: String,
    pub fr: String,
}
