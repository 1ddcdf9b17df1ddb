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
                    "'{}' is not {} {}; use one of {}",
                    input.trim(),
                    $crate::vocab::article($what),
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

fn terms(items: &[(&str, &str, &str)]) -> Vec<Term> {
    items.iter().map(|(code, en, fr)| Term { code: (*code).into(), en: (*en).into(), fr: (*fr).into() }).collect()
}

/// Every closed list the window offers, with its labels: the one source of the words on its menus, filters and
/// badges. Lists that depend on the store (the activity vocabulary, which names the adequacy list in use) are served
/// on their own.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
pub struct Vocabularies {
    pub authorities: Vec<Term>,
    pub roles: Vec<Term>,
    pub calendars: Vec<Term>,
    pub langs: Vec<Term>,
    pub categories: Vec<Term>,
    pub subprocessor_statuses: Vec<Term>,
    pub transfer_mechanisms: Vec<Term>,
    /// The 2021 SCC modules.
    pub scc_modules: Vec<Term>,
    pub transfer_states: Vec<Term>,
    pub natures: Vec<Term>,
    pub risks: Vec<Term>,
    pub breach_roles: Vec<Term>,
    pub data_categories: Vec<Term>,
    pub subject_categories: Vec<Term>,
    pub likelihoods: Vec<Term>,
    pub answers: Vec<Term>,
    pub recipients: Vec<Term>,
    pub phases: Vec<Term>,
    pub exemptions: Vec<Term>,
    pub decision_abouts: Vec<Term>,
    pub breach_statuses: Vec<Term>,
    pub breach_urgencies: Vec<Term>,
    pub policy_kinds: Vec<Term>,
    pub change_classes: Vec<Term>,
    pub notice_channels: Vec<Term>,
    pub change_statuses: Vec<Term>,
    pub deadline_modules: Vec<Term>,
    pub objection_outcomes: Vec<Term>,
    /// How an objection period counts its days: calendar or business.
    pub day_counts: Vec<Term>,
    pub notice_statuses: Vec<Term>,
    pub adequacy_scopes: Vec<Term>,
    pub ico_fee_tiers: Vec<Term>,
    pub backup_kinds: Vec<Term>,
    pub progress_stages: Vec<Term>,
    /// What an evidence file is, and what it can be attached to.
    pub attachment_kinds: Vec<Term>,
    pub attachment_entities: Vec<Term>,
    pub request: crate::request::RequestVocabulary,
}

pub fn vocabularies() -> Vocabularies {
    use crate::breach::vocab as b;
    use crate::policy as p;
    use crate::subprocessor as s;
    Vocabularies {
        authorities: terms(&[("cnil", "CNIL (France)", "CNIL (France)"), ("ico", "ICO (United Kingdom)", "ICO (Royaume-Uni)"), ("other", "Another authority", "Une autre autorité")]),
        roles: terms(&[("both", "Controller and processor", "Responsable et sous-traitant"), ("controller", "Controller", "Responsable de traitement"), ("processor", "Processor", "Sous-traitant")]),
        calendars: terms(&[
            ("france", "France", "France"),
            ("france-alsace-moselle", "France (Alsace-Moselle)", "France (Alsace-Moselle)"),
            ("england-wales", "England and Wales", "Angleterre et pays de Galles"),
        ]),
        langs: terms(&[("en", "English", "Anglais"), ("fr", "French", "Français")]),
        categories: s::Category::terms(),
        subprocessor_statuses: s::Status::terms(),
        transfer_mechanisms: s::TransferMechanism::terms(),
        scc_modules: s::SccModule::terms(),
        transfer_states: terms(&[
            ("not-needed", "Not needed", "Non nécessaire"),
            ("covered", "Covered", "Encadré"),
            ("adequate", "Adequacy", "Adéquation"),
            ("missing", "Missing", "Manquant"),
            ("not-adequate", "No adequacy", "Sans adéquation"),
        ]),
        natures: b::Nature::terms(),
        risks: b::Risk::terms(),
        breach_roles: b::BreachRole::terms(),
        data_categories: b::DataCategory::terms(),
        subject_categories: b::SubjectCategory::terms(),
        likelihoods: b::Likelihood::terms(),
        answers: b::Answer::terms(),
        recipients: b::Recipient::terms(),
        phases: b::Phase::terms(),
        exemptions: b::Exemption::terms(),
        decision_abouts: terms(&[
            ("authority", "Notifying the authority (Art. 33)", "Notification à l'autorité (art. 33)"),
            ("people", "Telling the people affected (Art. 34)", "Information des personnes concernées (art. 34)"),
        ]),
        breach_statuses: b::BreachStatus::terms(),
        breach_urgencies: b::BreachUrgency::terms(),
        policy_kinds: p::PolicyKind::terms(),
        change_classes: p::ChangeClass::terms(),
        notice_channels: p::NoticeChannel::terms(),
        change_statuses: p::ChangeStatus::terms(),
        deadline_modules: terms(&[
            ("request", "Requests", "Demandes"),
            ("breach", "Breaches", "Violations"),
            ("policy", "Policies", "Politiques"),
            ("notice", "Subprocessor notices", "Avis de sous-traitance"),
            ("review", "Reviews", "Revues"),
            ("registration", "Registrations", "Formalités"),
        ]),
        objection_outcomes: crate::subprocessor::notice::ObjectionOutcome::terms(),
        day_counts: crate::subprocessor::notice::DayCount::terms(),
        notice_statuses: crate::subprocessor::notice::NoticeStatus::terms(),
        adequacy_scopes: terms(&[
            ("full", "Whole country", "Tout le pays"),
            ("commercial", "Commercial organisations only", "Organisations commerciales seulement"),
            ("dpf", "DPF-certified organisations only", "Organisations certifiées DPF seulement"),
        ]),
        ico_fee_tiers: terms(&[("1", "Tier 1 (micro organisations)", "Niveau 1 (micro-organisations)"), ("2", "Tier 2 (small and medium)", "Niveau 2 (petites et moyennes)"), ("3", "Tier 3 (large organisations)", "Niveau 3 (grandes organisations)")]),
        backup_kinds: terms(&[
            ("daily", "Daily", "Quotidienne"),
            ("weekly", "Weekly", "Hebdomadaire"),
            ("manual", "Made by hand", "Faite à la main"),
            ("before-restore", "Before a restore", "Avant une restauration"),
        ]),
        progress_stages: crate::progress::Stage::terms(),
        attachment_kinds: crate::attachment::AttachmentKind::terms(),
        attachment_entities: crate::attachment::AttachedTo::terms(),
        request: crate::request::vocabulary(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_list_is_served_with_both_labels() {
        let v = serde_json::to_value(super::vocabularies()).unwrap();
        for (name, list) in v.as_object().unwrap() {
            let Some(items) = list.as_array() else { continue };
            assert!(!items.is_empty(), "{name}");
            for t in items {
                assert!(!t["en"].as_str().unwrap().is_empty() && !t["fr"].as_str().unwrap().is_empty(), "{name}: {t}");
            }
        }
        // Lists mirrored by hand here follow the enums they label.
        let codes = |v: &serde_json::Value, name: &str| v[name].as_array().unwrap().iter().map(|t| t["code"].as_str().unwrap().to_string()).collect::<Vec<_>>();
        let calendars: Vec<String> = crate::calendar::HolidayCalendar::ALL.iter().map(|c| c.as_str().to_string()).collect();
        assert_eq!(codes(&v, "calendars").iter().collect::<std::collections::BTreeSet<_>>(), calendars.iter().collect());
        let modules: Vec<String> = crate::deadline::DeadlineModule::ALL.iter().map(|m| m.as_str().to_string()).collect();
        assert_eq!(codes(&v, "deadline_modules"), modules);
        let scopes: Vec<String> = crate::adequacy::AdequacyScope::ALL.iter().map(|s| s.as_str().to_string()).collect();
        assert_eq!(codes(&v, "adequacy_scopes"), scopes);
    }
}

/// The English indefinite article before a list's name: "an event", "an Art. 34(3) exemption", "a risk level".
pub fn article(what: &str) -> &'static str {
    if what.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    }
}
