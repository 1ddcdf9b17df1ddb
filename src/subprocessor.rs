//! The subprocessor register: every processor the company uses for its customers' data (product.md module 2).

pub mod sheet_import;
pub mod export;
pub mod notice;
pub mod print;

use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::id::SubprocessorId;
use crate::text::{clean_list, non_empty, search_key};
use crate::vocabulary;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

vocabulary! {
    /// What the subprocessor does for us (product.md module 2).
    Category {
        Hosting = "hosting", "Hosting", "Hébergement", ["hebergeur", "infrastructure", "cloud"];
        Analytics = "analytics", "Analytics", "Mesure d'audience", ["analyse", "statistiques", "analytique"];
        Payments = "payments", "Payments", "Paiement", ["payment", "paiements", "billing", "facturation"];
        Email = "email", "E-mail", "Messagerie", ["e-mail", "mail", "courriel", "emailing"];
        Support = "support", "Customer support", "Support client", ["helpdesk", "assistance"];
        Monitoring = "monitoring", "Monitoring", "Supervision", ["surveillance", "logging", "logs", "journalisation"];
        Authentication = "authentication", "Authentication", "Authentification", ["auth", "identity", "sso"];
        Communication = "communication", "Communication", "Communication", ["chat", "telephony", "téléphonie", "messaging"];
        Security = "security", "Security", "Sécurité", ["securite"];
        Other = "other", "Other", "Autre", ["autres", "misc"];
    }
    what: "category"
}

vocabulary! {
    /// Where the subprocessor is in its life with us. Retired records are kept, never deleted.
    Status {
        Proposed = "proposed", "Proposed", "Envisagé", ["propose", "planned", "prévu"];
        Announced = "announced", "Announced", "Annoncé", ["notified", "notifié"];
        Active = "active", "Active", "Actif", ["in use", "en service", "utilisé"];
        Retired = "retired", "Retired", "Retiré", ["archived", "archivé", "ended", "terminé", "inactive", "inactif"];
    }
    what: "status"
}

vocabulary! {
    /// The safeguard for transfers outside the EEA (rules.md §4).
    TransferMechanism {
        NotNeeded = "not-needed", "No transfer outside the EEA", "Pas de transfert hors EEE", ["none", "eea", "eee", "no transfer", "aucun", "ue", "eu"];
        Adequacy = "adequacy", "Adequacy decision", "Décision d'adéquation", ["adequate", "adéquat", "adequation"];
        Dpf = "dpf", "EU-US Data Privacy Framework", "Data Privacy Framework UE-États-Unis", ["data privacy framework", "eu-us dpf", "privacy framework"];
        Scc = "scc", "Standard Contractual Clauses (2021)", "Clauses contractuelles types (2021)", ["sccs", "standard contractual clauses", "clauses contractuelles types", "cct", "ccts"];
        UkIdta = "uk-idta", "UK International Data Transfer Agreement", "Accord de transfert international (Royaume-Uni)", ["idta"];
        UkAddendum = "uk-addendum", "UK Addendum to the SCCs", "Avenant britannique aux CCT", ["uk addendum", "addendum"];
        Bcr = "bcr", "Binding Corporate Rules", "Règles d'entreprise contraignantes", ["binding corporate rules", "bcr", "rec"];
        Derogation = "derogation", "Art. 49 derogation", "Dérogation de l'art. 49", ["art. 49", "article 49", "dérogation"];
    }
    what: "transfer mechanism"
}

vocabulary! {
    /// The module of the 2021 Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914) a transfer
    /// uses, also under the UK Addendum: who exports to whom.
    SccModule {
        ControllerToController = "controller-to-controller", "Module 1 (controller to controller)", "Module 1 (responsable à responsable)", ["1", "module 1", "module-1", "c2c", "controller to controller", "responsable à responsable"];
        ControllerToProcessor = "controller-to-processor", "Module 2 (controller to processor)", "Module 2 (responsable à sous-traitant)", ["2", "module 2", "module-2", "c2p", "controller to processor", "responsable à sous-traitant"];
        ProcessorToProcessor = "processor-to-processor", "Module 3 (processor to processor)", "Module 3 (sous-traitant à sous-traitant)", ["3", "module 3", "module-3", "p2p", "processor to processor", "sous-traitant à sous-traitant"];
        ProcessorToController = "processor-to-controller", "Module 4 (processor to controller)", "Module 4 (sous-traitant à responsable)", ["4", "module 4", "module-4", "p2c", "processor to controller", "sous-traitant à responsable"];
    }
    what: "module of the 2021 SCCs"
}

/// A subprocessor's recorded facts, all valid. Lists of countries hold ISO 3166-1 alpha-2 codes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct SubprocessorData {
    pub name: String,
    pub legal_entity: Option<String>,
    pub address: Option<String>,
    /// Country of establishment.
    pub country: String,
    pub service: String,
    pub purpose: Option<String>,
    pub category: Category,
    pub data_categories: Vec<String>,
    pub subject_categories: Vec<String>,
    /// Processing locations.
    pub locations: Vec<String>,
    pub transfer_mechanism: Option<TransferMechanism>,
    /// The 2021 SCC module, with the SCCs or the UK Addendum; records saved before read as not recorded.
    #[serde(default)]
    pub scc_module: Option<SccModule>,
    pub transfer_notes: Option<String>,
    pub dpa_signed_on: Option<NaiveDate>,
    pub dpa_reference: Option<String>,
    pub certifications: Vec<String>,
    pub security_reviewed_on: Option<NaiveDate>,
    /// Who on the team can reach the data through this service.
    pub access: Option<String>,
    pub website: Option<String>,
    pub privacy_policy_url: Option<String>,
    pub status: Status,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub notes: Option<String>,
}

/// A record of the register.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Subprocessor {
    pub id: SubprocessorId,
    #[serde(flatten)]
    pub data: SubprocessorData,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A subprocessor as a form, the command line or a spreadsheet row gives it: text, checked by `validate`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SubprocessorDraft {
    pub name: String,
    pub legal_entity: String,
    pub address: String,
    pub country: String,
    pub service: String,
    pub purpose: String,
    pub category: String,
    pub data_categories: Vec<String>,
    pub subject_categories: Vec<String>,
    pub locations: Vec<String>,
    pub transfer_mechanism: String,
    /// 1 to 4, `processor-to-processor`, `module-3`, `p2p`…; only with the SCCs or the UK Addendum.
    pub scc_module: String,
    pub transfer_notes: String,
    pub dpa_signed_on: String,
    pub dpa_reference: String,
    pub certifications: Vec<String>,
    pub security_reviewed_on: String,
    pub access: String,
    pub website: String,
    pub privacy_policy_url: String,
    pub status: String,
    pub started_on: String,
    pub ended_on: String,
    pub notes: String,
}

/// The years a date typed into Privacy Desk may fall in: no record of a privacy office is dated before 1970, and
/// none of its deadlines runs past 2100. Outside them a date is a typing error (0000, 9999) that would otherwise
/// reach printed records and calendar files.
pub const YEARS: std::ops::RangeInclusive<i32> = 1970..=2100;

/// Parses an ISO date `YYYY-MM-DD` within [`YEARS`]; the error names the value.
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    let v = value.trim();
    let d = NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .filter(|_| v.len() == 10)
        .ok_or_else(|| format!("'{}' is not a date; use YYYY-MM-DD, for example 2026-03-31", crate::text::visible(v)))?;
    in_years(chrono::Datelike::year(&d), v)?;
    Ok(d)
}

/// Refuses a year outside [`YEARS`], naming the value typed.
pub fn in_years(year: i32, typed: &str) -> Result<(), String> {
    if YEARS.contains(&year) {
        Ok(())
    } else {
        Err(format!("'{typed}' is outside the years {} to {}; check the year", YEARS.start(), YEARS.end()))
    }
}

fn optional_date(value: &str) -> Result<Option<NaiveDate>, String> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(value).map(Some)
    }
}

/// A web address: http or https, a host with a dot, no spaces. A bare host gets `https://`.
pub fn parse_url(value: &str) -> Result<Option<String>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let with_scheme = if v.contains("://") { v.to_string() } else { format!("https://{v}") };
    let rest = with_scheme.strip_prefix("https://").or_else(|| with_scheme.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            if host.contains('.') && !host.starts_with('.') && !host.ends_with('.') && !with_scheme.contains(char::is_whitespace) {
                Ok(Some(with_scheme))
            } else {
                Err(format!("'{v}' is not a web address (for example https://www.example.com)"))
            }
        }
        None => Err(format!("'{v}' is not a web address: it must start with http:// or https://")),
    }
}

fn limited(field: &str, value: &str, max: usize, c: &mut Checker) -> Option<String> {
    let v = non_empty(value);
    if let Some(s) = &v {
        if s.chars().count() > max {
            c.push(field, format!("is too long ({} characters; at most {max})", s.chars().count()));
        }
    }
    v
}

impl SubprocessorDraft {
    pub fn validate(&self) -> Result<SubprocessorData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let name = c.check("name", non_empty(&self.name).ok_or_else(|| "is required: the subprocessor's name".to_string()));
            if let Some(n) = &name {
                if n.chars().count() > 200 {
                    c.push("name", "is too long (at most 200 characters)");
                }
            }
            let service = c.check("service", non_empty(&self.service).ok_or_else(|| "is required: what the subprocessor does for us".to_string()));
            let country = c.check("country", crate::country::parse(&self.country));
            let category = c.check(
                "category",
                if self.category.trim().is_empty() {
                    Err(format!("is required; use one of {}", Category::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")))
                } else {
                    Category::parse(&self.category)
                },
            );
            let locations = c.check("locations", crate::country::parse_list(&self.locations));
            let transfer_mechanism = if self.transfer_mechanism.trim().is_empty() {
                Some(None)
            } else {
                c.check("transfer_mechanism", TransferMechanism::parse(&self.transfer_mechanism).map(Some))
            };
            let scc_module = match non_empty(&self.scc_module) {
                None => Some(None),
                Some(m) => c.check("scc_module", SccModule::parse(&m).map(Some)),
            };
            if let (Some(Some(_)), Some(mechanism)) = (scc_module, transfer_mechanism) {
                if !matches!(mechanism, Some(TransferMechanism::Scc | TransferMechanism::UkAddendum)) {
                    c.push("scc_module", "applies only to a transfer under the Standard Contractual Clauses (transfer scc or uk-addendum)");
                }
            }
            let dpa_signed_on = c.check("dpa_signed_on", optional_date(&self.dpa_signed_on));
            let security_reviewed_on = c.check("security_reviewed_on", optional_date(&self.security_reviewed_on));
            let started_on = c.check("started_on", optional_date(&self.started_on));
            let ended_on = c.check("ended_on", optional_date(&self.ended_on));
            let website = c.check("website", parse_url(&self.website));
            let privacy_policy_url = c.check("privacy_policy_url", parse_url(&self.privacy_policy_url));
            let status = if self.status.trim().is_empty() { Some(Status::Active) } else { c.check("status", Status::parse(&self.status)) };
            match (status, ended_on.flatten()) {
                (Some(Status::Retired), None) if ended_on.is_some() => {
                    c.push("ended_on", "is required when the status is retired: the date we stopped using it")
                }
                (Some(s), Some(_)) if s != Status::Retired => {
                    c.push("ended_on", "is only for retired subprocessors; leave it empty or set the status to retired")
                }
                _ => {}
            }
            if let (Some(Some(start)), Some(Some(end))) = (started_on, ended_on) {
                if end < start {
                    c.push("ended_on", format!("{end} is before the start date {start}"));
                }
            }
            let legal_entity = limited("legal_entity", &self.legal_entity, 300, &mut c);
            let address = limited("address", &self.address, 1000, &mut c);
            let purpose = limited("purpose", &self.purpose, 2000, &mut c);
            let notes = limited("notes", &self.notes, 10_000, &mut c);
            c.finish()?;
            Ok(SubprocessorData {
                name: name.unwrap(),
                legal_entity,
                address,
                country: country.unwrap().to_string(),
                service: service.unwrap(),
                purpose,
                category: category.unwrap(),
                data_categories: clean_list(&self.data_categories),
                subject_categories: clean_list(&self.subject_categories),
                locations: locations.unwrap(),
                transfer_mechanism: transfer_mechanism.unwrap(),
                scc_module: scc_module.unwrap(),
                transfer_notes: non_empty(&self.transfer_notes),
                dpa_signed_on: dpa_signed_on.unwrap(),
                dpa_reference: non_empty(&self.dpa_reference),
                certifications: clean_list(&self.certifications),
                security_reviewed_on: security_reviewed_on.unwrap(),
                access: non_empty(&self.access),
                website: website.unwrap(),
                privacy_policy_url: privacy_policy_url.unwrap(),
                status: status.unwrap(),
                started_on: started_on.unwrap(),
                ended_on: ended_on.unwrap(),
                notes,
            })
        })
    }
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl SubprocessorData {
    /// The transfer mechanism in words with its SCC module when recorded: "Standard Contractual Clauses (2021),
    /// Module 3 (processor to processor)". Empty when no mechanism is recorded.
    pub fn mechanism_words(&self, lang: crate::document::Lang) -> String {
        match (self.transfer_mechanism, self.scc_module) {
            (None, _) => String::new(),
            (Some(m), Some(module)) => format!("{}, {}", m.label(lang), module.label(lang)),
            (Some(m), None) => m.label(lang).to_string(),
        }
    }

    /// The record back as a draft, for editing.
    pub fn to_draft(&self) -> SubprocessorDraft {
        SubprocessorDraft {
            name: self.name.clone(),
            legal_entity: self.legal_entity.clone().unwrap_or_default(),
            address: self.address.clone().unwrap_or_default(),
            country: self.country.clone(),
            service: self.service.clone(),
            purpose: self.purpose.clone().unwrap_or_default(),
            category: self.category.as_str().into(),
            data_categories: self.data_categories.clone(),
            subject_categories: self.subject_categories.clone(),
            locations: self.locations.clone(),
            transfer_mechanism: self.transfer_mechanism.map(|m| m.as_str().to_string()).unwrap_or_default(),
            scc_module: self.scc_module.map(|m| m.as_str().to_string()).unwrap_or_default(),
            transfer_notes: self.transfer_notes.clone().unwrap_or_default(),
            dpa_signed_on: date_text(self.dpa_signed_on),
            dpa_reference: self.dpa_reference.clone().unwrap_or_default(),
            certifications: self.certifications.clone(),
            security_reviewed_on: date_text(self.security_reviewed_on),
            access: self.access.clone().unwrap_or_default(),
            website: self.website.clone().unwrap_or_default(),
            privacy_policy_url: self.privacy_policy_url.clone().unwrap_or_default(),
            status: self.status.as_str().into(),
            started_on: date_text(self.started_on),
            ended_on: date_text(self.ended_on),
            notes: self.notes.clone().unwrap_or_default(),
        }
    }

    /// The locations outside the EEA, where a transfer mechanism is needed.
    pub fn transfers(&self) -> Vec<&str> {
        self.locations.iter().map(String::as_str).filter(|c| !crate::country::in_eea(c)).collect()
    }
}

/// Where a subprocessor's transfers stand under the adequacy list in use, as the register shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TransferState {
    /// Every location is in the EEA (or none is recorded): no transfer.
    NotNeeded,
    /// A transfer mechanism is recorded.
    Covered,
    /// No mechanism recorded, but every location outside the EEA has a whole-country adequacy decision.
    Adequate,
    /// Outside the EEA, without a whole-country adequacy decision and without a mechanism: a gap.
    Missing,
    /// The record relies on adequacy, but a location has no decision covering the whole country.
    NotAdequate,
}

/// The transfer status with the locations it is about and the reason in words.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct TransferStatus {
    pub state: TransferState,
    /// The locations outside the EEA.
    pub outside_eea: Vec<String>,
    /// Of those, the ones with no adequacy decision covering the whole country in the list in use.
    pub without_adequacy: Vec<String>,
    /// Whether the register shows it as a gap (a live record with `missing` or `not-adequate`).
    pub warn: bool,
    /// The reason, in English and French.
    pub explain: crate::vocab::Term,
}

impl Subprocessor {
    /// The transfer status under `adequacy`, the list in use ([`crate::store::Store::adequacy`]).
    pub fn transfer_status(&self, adequacy: &crate::adequacy::Adequacy) -> TransferStatus {
        let outside: Vec<String> = self.data.transfers().into_iter().map(String::from).collect();
        let without: Vec<String> = outside
            .iter()
            .filter(|c| adequacy.lookup(c).is_none_or(|a| a.scope != crate::adequacy::AdequacyScope::Full))
            .cloned()
            .collect();
        use crate::document::Lang::{En, Fr};
        let names = |codes: &[String], lang| codes.iter().map(|c| crate::country::name(c, lang)).collect::<Vec<_>>().join(", ");
        let (state, en, fr) = match self.data.transfer_mechanism {
            Some(TransferMechanism::Adequacy) if !without.is_empty() => (
                TransferState::NotAdequate,
                format!("Relies on adequacy, but {} has no adequacy decision covering the whole country (list as of {})", names(&without, En), adequacy.as_of),
                format!("Repose sur l'adéquation, mais {} n'a pas de décision d'adéquation couvrant tout le pays (liste au {})", names(&without, Fr), adequacy.as_of),
            ),
            Some(_) => (TransferState::Covered, self.data.mechanism_words(En), self.data.mechanism_words(Fr)),
            None if outside.is_empty() => (TransferState::NotNeeded, "No transfer outside the EEA".into(), "Aucun transfert hors EEE".into()),
            None if without.is_empty() => (
                TransferState::Adequate,
                format!("Outside the EEA ({}), covered by adequacy decisions (list as of {})", names(&outside, En), adequacy.as_of),
                format!("Hors EEE ({}), couvert par des décisions d'adéquation (liste au {})", names(&outside, Fr), adequacy.as_of),
            ),
            None => (
                TransferState::Missing,
                format!("Processed outside the EEA ({}) with no transfer mechanism recorded", names(&without, En)),
                format!("Traité hors EEE ({}) sans mécanisme de transfert enregistré", names(&without, Fr)),
            ),
        };
        let warn = matches!(state, TransferState::Missing | TransferState::NotAdequate) && self.data.status != Status::Retired;
        TransferStatus { state, outside_eea: outside, without_adequacy: without, warn, explain: crate::vocab::Term { code: String::new(), en, fr } }
    }
}

/// A record of the register with what is derived from it: its transfer status under the adequacy list in use.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SubprocessorView {
    #[serde(flatten)]
    pub subprocessor: Subprocessor,
    pub transfer: TransferStatus,
}

/// One field an import changes on an existing record, as text.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct FieldChange {
    /// The field's name (`website`, `status`).
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields that differ between two records, each as the text a form shows (lists joined with commas).
pub fn field_changes(before: &SubprocessorData, after: &SubprocessorData) -> Vec<FieldChange> {
    let (b, a) = (serde_json::to_value(before.to_draft()).expect("drafts serialise"), serde_json::to_value(after.to_draft()).expect("drafts serialise"));
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    };
    let (Some(b), Some(a)) = (b.as_object(), a.as_object()) else { return Vec::new() };
    b.iter()
        .filter(|(k, v)| a.get(*k) != Some(*v))
        .map(|(k, v)| FieldChange { field: k.clone(), before: text(v), after: a.get(k).map(text).unwrap_or_default() })
        .collect()
}

/// Retiring keeps the record: status retired with the end date (archive rather than delete).
pub fn retire(data: &SubprocessorData, on: NaiveDate) -> Result<SubprocessorData, Invalid> {
    if data.status == Status::Retired {
        return Err(Invalid::field("status", format!("is already retired (since {})", date_text(data.ended_on))));
    }
    if let Some(start) = data.started_on {
        if on < start {
            return Err(Invalid::field("on", format!("{on} is before the start date {start}")));
        }
    }
    Ok(SubprocessorData { status: Status::Retired, ended_on: Some(on), ..data.clone() })
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SortKey {
    #[default]
    Name,
    Category,
    Country,
    Status,
    Updated,
}

/// What the list shows: a search term, filters and an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Filter {
    pub query: String,
    pub status: Option<Status>,
    pub category: Option<Category>,
    pub sort: SortKey,
    pub descending: bool,
    /// The page: the matches to skip, and how many to give (none: all of them).
    #[ts(type = "number")]
    pub offset: u64,
    #[ts(type = "number | null")]
    pub limit: Option<u64>,
}

/// A record's searchable text, folded as the search box folds what is typed: its name, service, category (code and
/// French label), country and locations (codes and English and French names), legal entity, purpose and website.
/// The store keeps it in its search index.
pub fn search_text(d: &SubprocessorData) -> String {
    let mut text = vec![d.name.as_str(), d.service.as_str(), d.category.as_str(), d.country.as_str()];
    text.extend(d.legal_entity.as_deref());
    text.extend(d.purpose.as_deref());
    text.extend(d.website.as_deref());
    text.extend(d.locations.iter().map(String::as_str));
    let names: Vec<String> = std::iter::once(&d.country)
        .chain(d.locations.iter())
        .flat_map(|c| [crate::country::name(c, Lang::En), crate::country::name(c, Lang::Fr)])
        .collect();
    let mut joined = text.join(" ");
    joined.push(' ');
    joined.push_str(&names.join(" "));
    joined.push(' ');
    joined.push_str(d.category.label(Lang::Fr));
    search_key(&joined)
}

/// One page of the register as a filter keeps it.
pub type SubprocessorPage = crate::page::Page<SubprocessorView>;

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn draft(name: &str) -> SubprocessorDraft {
        SubprocessorDraft {
            name: name.into(),
            service: "Hosting".into(),
            category: "hosting".into(),
            country: "US".into(),
            locations: vec!["US, Germany".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_draft_stores_codes_and_defaults_to_active() {
        let d = draft("DigitalOcean LLC").validate().unwrap();
        assert_eq!(d.country, "US");
        assert_eq!(d.locations, vec!["US", "DE"]);
        assert_eq!(d.status, Status::Active);
        assert_eq!(d.transfers(), vec!["US"]);
    }

    #[test]
    fn bad_fields_are_each_named() {
        let bad = SubprocessorDraft {
            country: "Narnia".into(),
            category: "catering".into(),
            website: "not a url".into(),
            dpa_signed_on: "31/12/2025".into(),
            ..Default::default()
        };
        let e = bad.validate().unwrap_err();
        let fields: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["name", "service", "country", "category", "dpa_signed_on", "website"]);
        assert!(e.to_string().contains("'Narnia'"), "{e}");
        assert!(e.to_string().contains("'31/12/2025'"), "{e}");
    }

    #[test]
    fn vocabularies_accept_codes_and_labels_in_both_languages() {
        for (input, expected) in [("hosting", Category::Hosting), ("Hébergement", Category::Hosting), ("E-mail", Category::Email), ("courriel", Category::Email), ("Sécurité", Category::Security)] {
            assert_eq!(Category::parse(input), Ok(expected), "{input}");
        }
        assert_eq!(TransferMechanism::parse("Clauses contractuelles types"), Ok(TransferMechanism::Scc));
        assert_eq!(TransferMechanism::parse("SCCs"), Ok(TransferMechanism::Scc));
        assert!(Status::parse("deleted").unwrap_err().contains("proposed, announced, active, retired"));
    }

    #[test]
    fn retired_needs_an_end_date_not_before_the_start() {
        let d = draft("X").validate().unwrap();
        let start = NaiveDate::from_ymd_opt(2025, 1, 10).unwrap();
        let with_start = SubprocessorData { started_on: Some(start), ..d };
        assert!(retire(&with_start, NaiveDate::from_ymd_opt(2025, 1, 9).unwrap()).is_err());
        let r = retire(&with_start, NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()).unwrap();
        assert_eq!(r.status, Status::Retired);
        assert!(retire(&r, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()).is_err());
        let e = SubprocessorDraft { ended_on: "2026-01-01".into(), ..draft("Y") }.validate().unwrap_err();
        assert_eq!(e.errors[0].field, "ended_on");
    }

    #[test]
    fn urls_get_a_scheme_and_bad_ones_are_refused() {
        assert_eq!(parse_url("www.ovhcloud.com").unwrap().as_deref(), Some("https://www.ovhcloud.com"));
        assert!(parse_url("ftp://example.com").is_err());
        assert!(parse_url("https://nodot").is_err());
    }
}
