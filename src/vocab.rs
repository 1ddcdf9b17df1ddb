//! Closed lists of values (categories, statuses, rights, …) as the product needs them: a stored code, English and
//! French labels for documents and screens, and the other spellings people type in forms and spreadsheets.

/// Declares a closed list of values with its stored/command-line name, English and French labels, and the other
/// spellings accepted on input (spreadsheet headers and cells are written by people, in both languages).
#[macro_export]
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal, $en:literal, $fr:literal, [$($alias:literal),*];)* } what: $what:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),* }

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
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

