//! The record of processing activities (GDPR Art. 30, product.md module 7, rules.md §3): each activity with its
//! purposes, lawful basis, people and data, recipients (linked to the subprocessor register), transfers, retention and
//! security measures; the controller record (30(1)) and, for activities carried out for customers, the processor
//! record (30(2)).
//!
//! An activity keeps what the user records. What follows from the register is derived whenever it is read: the
//! transfers outside the EEA come from the linked subprocessors' locations and transfer mechanisms (the record may
//! override a safeguard or add a transfer of its own), and the gaps against Art. 30 are [`warnings::warnings`], a
//! pure function of the activity, the linked subprocessors and the adequacy list.

pub mod documents;
pub mod warnings;

use crate::adequacy::{Adequacy, AdequacyScope};
use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::id::SubprocessorId;
use crate::request::Term;
use crate::subprocessor::{Subprocessor, TransferMechanism};
use crate::text::{fold, non_empty, search_key, split_items};
use crate::vocabulary;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use warnings::{warnings, warnings_in, ActivityWarning};

crate::typed_id!(
    /// An activity of the record of processing.
    ActivityId
);

vocabulary! {
    /// In whose name the processing is done: ours (Art. 30(1)) or a customer's (Art. 30(2)).
    ActivityRole {
        Controller = "controller", "Controller", "Responsable de traitement", ["responsable", "responsable du traitement", "rt"];
        Processor = "processor", "Processor", "Sous-traitant", ["sous traitant", "st", "for customers", "pour le compte de clients"];
    }
    what: "role"
}

vocabulary! {
    /// The lawful basis of Art. 6(1).
    LawfulBasis {
        Consent = "consent", "Consent (Art. 6(1)(a))", "Consentement (art. 6(1)(a))", ["a", "6(1)(a)", "consentement"];
        Contract = "contract", "Contract (Art. 6(1)(b))", "Exécution d'un contrat (art. 6(1)(b))", ["b", "6(1)(b)", "contrat"];
        LegalObligation = "legal-obligation", "Legal obligation (Art. 6(1)(c))", "Obligation légale (art. 6(1)(c))", ["c", "6(1)(c)", "legal", "obligation legale"];
        VitalInterests = "vital-interests", "Vital interests (Art. 6(1)(d))", "Sauvegarde des intérêts vitaux (art. 6(1)(d))", ["d", "6(1)(d)", "vital", "interets vitaux"];
        PublicTask = "public-task", "Public task (Art. 6(1)(e))", "Mission d'intérêt public (art. 6(1)(e))", ["e", "6(1)(e)", "public interest", "mission d'interet public"];
        LegitimateInterests = "legitimate-interests", "Legitimate interests (Art. 6(1)(f))", "Intérêt légitime (art. 6(1)(f))", ["f", "6(1)(f)", "legitimate interest", "interet legitime", "interets legitimes"];
    }
    what: "lawful basis"
}

vocabulary! {
    /// The condition of Art. 9(2) that lifts the ban on processing special-category (sensitive) data.
    Art9Condition {
        ExplicitConsent = "explicit-consent", "Explicit consent (Art. 9(2)(a))", "Consentement explicite (art. 9(2)(a))", ["a", "9(2)(a)", "consentement explicite"];
        Employment = "employment", "Employment and social security law (Art. 9(2)(b))", "Droit du travail et de la sécurité sociale (art. 9(2)(b))", ["b", "9(2)(b)", "droit du travail"];
        VitalInterests = "vital-interests", "Vital interests (Art. 9(2)(c))", "Intérêts vitaux (art. 9(2)(c))", ["c", "9(2)(c)"];
        NotForProfit = "not-for-profit", "Not-for-profit body (Art. 9(2)(d))", "Organisme à but non lucratif (art. 9(2)(d))", ["d", "9(2)(d)", "association"];
        MadePublic = "made-public", "Made public by the person (Art. 9(2)(e))", "Rendues publiques par la personne (art. 9(2)(e))", ["e", "9(2)(e)", "manifestly made public"];
        LegalClaims = "legal-claims", "Legal claims (Art. 9(2)(f))", "Droits en justice (art. 9(2)(f))", ["f", "9(2)(f)", "justice"];
        SubstantialPublicInterest = "substantial-public-interest", "Substantial public interest (Art. 9(2)(g))", "Intérêt public important (art. 9(2)(g))", ["g", "9(2)(g)"];
        HealthCare = "health-care", "Health or social care (Art. 9(2)(h))", "Médecine et prise en charge sanitaire ou sociale (art. 9(2)(h))", ["h", "9(2)(h)", "health", "sante"];
        PublicHealth = "public-health", "Public health (Art. 9(2)(i))", "Santé publique (art. 9(2)(i))", ["i", "9(2)(i)", "sante publique"];
        Archiving = "archiving", "Archiving, research or statistics (Art. 9(2)(j))", "Archives, recherche ou statistiques (art. 9(2)(j))", ["j", "9(2)(j)", "research", "recherche"];
    }
    what: "Art. 9 condition"
}

vocabulary! {
    /// The CNIL register's categories of personal data. Entries outside them fall under `other` with their own words.
    CnilDataCategory {
        Identity = "identity", "Identity, civil status", "État civil, identité, données d'identification", ["civil status", "etat civil", "identification", "identite", "contact"];
        PersonalLife = "personal-life", "Personal life", "Vie personnelle", ["habits", "habitudes de vie", "situation familiale", "family"];
        ProfessionalLife = "professional-life", "Professional life", "Vie professionnelle", ["cv", "career", "carriere", "emploi", "job"];
        Financial = "economic-financial", "Economic and financial information", "Informations d'ordre économique et financier", ["financial", "economic", "financier", "economique", "bank", "banking", "payment", "paiement"];
        Connection = "connection", "Connection data", "Données de connexion", ["connexion", "ip address", "adresse ip", "logs"];
        Location = "location", "Location data", "Données de localisation", ["localisation", "gps", "geolocation", "geolocalisation"];
        Internet = "internet", "Internet data (cookies, trackers, browsing)", "Internet (cookies, traceurs, données de navigation)", ["internet data", "cookies", "trackers", "traceurs", "browsing", "navigation"];
        Other = "other", "Other categories of data", "Autres catégories de données", ["autre", "autres"];
    }
    what: "data category"
}

vocabulary! {
    /// The CNIL register's security measures.
    SecurityMeasure {
        AccessControl = "access-control", "Access control of users", "Contrôle d'accès des utilisateurs", ["access", "controle d'acces", "authentication"];
        Traceability = "traceability", "Traceability (logging)", "Mesures de traçabilité", ["logging", "tracabilite", "journalisation", "audit trail"];
        SoftwareProtection = "software-protection", "Software protection (updates, antivirus)", "Mesures de protection des logiciels", ["antivirus", "updates", "patching", "protection des logiciels"];
        Backup = "backup", "Data backup", "Sauvegarde des données", ["backups", "sauvegarde", "sauvegardes"];
        Encryption = "encryption", "Encryption of data", "Chiffrement des données", ["chiffrement", "encrypted", "cryptography"];
        ProcessorControl = "processor-control", "Control of processors", "Contrôle des sous-traitants", ["processors", "sous-traitants", "controle des sous-traitants"];
        Other = "other", "Other measures", "Autres mesures", ["autre", "autres"];
    }
    what: "security measure"
}

/// One category of personal data and how long it is kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct DataItem {
    pub category: CnilDataCategory,
    /// The user's own words: what the entry holds, or the name of a free entry (then `category` is `other`).
    pub description: Option<String>,
    /// How long this category is kept ("3 years after the end of the contract").
    pub retention: Option<String>,
}

/// A security measure of the CNIL list, with what is actually done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Measure {
    pub kind: SecurityMeasure,
    pub details: Option<String>,
}

/// A transfer the record states itself: a safeguard that overrides the linked subprocessor's for one country, or a
/// transfer to a recipient outside the register (an external body).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct TransferEdit {
    /// The linked subprocessor the transfer goes through, if any.
    pub subprocessor_id: Option<SubprocessorId>,
    /// The recipient's name when it is not a subprocessor of the register.
    pub recipient: Option<String>,
    /// ISO 3166-1 alpha-2, outside the EEA.
    pub country: String,
    pub safeguard: Option<TransferMechanism>,
    pub notes: Option<String>,
}

/// For a processor activity: one customer (a controller we act for) and what we do for it (Art. 30(2)(b)).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomerProcessing {
    pub customer: String,
    pub processing: Vec<String>,
}

/// An activity's recorded facts, all valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct ActivityData {
    pub name: String,
    pub role: ActivityRole,
    pub business_function: Option<String>,
    pub purposes: Vec<String>,
    pub lawful_basis: Option<LawfulBasis>,
    /// The interests pursued, when the basis is legitimate interests.
    pub legitimate_interests: Option<String>,
    /// The special-category (sensitive) data processed, if any (Art. 9(1)).
    pub sensitive_data: Vec<String>,
    pub art9_condition: Option<Art9Condition>,
    pub subject_categories: Vec<String>,
    pub data_categories: Vec<DataItem>,
    /// Where the data come from.
    pub source: Option<String>,
    /// Internal recipients: teams and roles.
    pub recipients_internal: Vec<String>,
    /// External bodies that receive the data (authorities, auditors, partners).
    pub recipients_external: Vec<String>,
    /// Subprocessors of the register that process the data for this activity.
    pub subprocessor_ids: Vec<SubprocessorId>,
    /// Transfers entered or safeguards edited by hand. Serialised as `transfer_edits` so that the detail view's
    /// derived `transfers` (which these feed) is the only field of that name.
    #[serde(rename = "transfer_edits")]
    pub transfers: Vec<TransferEdit>,
    pub security_measures: Vec<Measure>,
    /// Whether a DPIA is needed; `None` until the question is answered.
    pub dpia_needed: Option<bool>,
    pub dpia_reference: Option<String>,
    pub joint_controller: Option<String>,
    /// The software used for the processing (a CNIL register column).
    pub software: Option<String>,
    /// The rights people have; empty prints the rights that follow from the lawful basis.
    pub rights: Option<String>,
    pub automated_decisions: Option<String>,
    /// Where the data are kept.
    pub location: Option<String>,
    /// For a processor activity: the customers we act for.
    pub customers: Vec<CustomerProcessing>,
    pub notes: Option<String>,
}

/// A stored activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Activity {
    pub id: ActivityId,
    #[serde(flatten)]
    pub data: ActivityData,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The day the activity was archived (it stopped); archived activities are kept, not deleted.
    pub archived_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DataItemDraft {
    /// A CNIL category (code or label, English or French) or the name of a free entry.
    pub category: String,
    pub description: String,
    pub retention: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct MeasureDraft {
    pub kind: String,
    pub details: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct TransferDraft {
    pub subprocessor_id: Option<SubprocessorId>,
    pub recipient: String,
    pub country: String,
    pub safeguard: String,
    pub notes: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CustomerProcessingDraft {
    pub customer: String,
    /// Categories of processing; an item may hold several separated by commas.
    pub processing: Vec<String>,
}

/// An activity as a form or the command line gives it: text, checked by [`ActivityDraft::validate`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ActivityDraft {
    pub name: String,
    /// Empty: controller.
    pub role: String,
    pub business_function: String,
    /// One purpose per item (commas are kept: a purpose is a sentence); an item may hold several lines.
    pub purposes: Vec<String>,
    pub lawful_basis: String,
    pub legitimate_interests: String,
    pub sensitive_data: Vec<String>,
    pub art9_condition: String,
    pub subject_categories: Vec<String>,
    pub data_categories: Vec<DataItemDraft>,
    pub source: String,
    pub recipients_internal: Vec<String>,
    pub recipients_external: Vec<String>,
    pub subprocessor_ids: Vec<SubprocessorId>,
    pub transfers: Vec<TransferDraft>,
    pub security_measures: Vec<MeasureDraft>,
    /// yes, no, or empty when not assessed yet.
    pub dpia_needed: String,
    pub dpia_reference: String,
    pub joint_controller: String,
    pub software: String,
    pub rights: String,
    pub automated_decisions: String,
    pub location: String,
    pub customers: Vec<CustomerProcessingDraft>,
    pub notes: String,
}

pub use crate::text::clean_list;

fn limited(field: &str, value: &str, max: usize, c: &mut Checker) -> Option<String> {
    let v = non_empty(value);
    if let Some(s) = &v {
        if s.chars().count() > max {
            c.push(field, format!("is too long ({} characters; at most {max})", s.chars().count()));
        }
    }
    v
}

/// yes/no as people type it, in English or French; empty is "not answered".
pub fn parse_yes_no(value: &str) -> Result<Option<bool>, String> {
    match fold(value).as_str() {
        "" => Ok(None),
        "yes" | "y" | "true" | "oui" | "o" | "1" => Ok(Some(true)),
        "no" | "n" | "false" | "non" | "0" => Ok(Some(false)),
        _ => Err(format!("'{}' is not yes or no", value.trim())),
    }
}

fn optional<T>(value: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<Option<T>, String> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        parse(value).map(Some)
    }
}

impl ActivityDraft {
    /// The subprocessors the form links to, as subprocessors or as the recipients of transfers.
    pub fn linked(&self) -> Vec<SubprocessorId> {
        self.subprocessor_ids.iter().copied().chain(self.transfers.iter().filter_map(|t| t.subprocessor_id)).collect()
    }

    /// Checks every field and returns every error at once. Completeness against Art. 30 is not checked here: an
    /// incomplete record is still worth keeping, and [`warnings`] says what it lacks.
    pub fn validate(&self) -> Result<ActivityData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let name = c.check("name", non_empty(&self.name).ok_or_else(|| "is required: a short name for the activity".to_string()));
            if name.as_ref().is_some_and(|n| n.chars().count() > 200) {
                c.push("name", "is too long (at most 200 characters)");
            }
            let role = if self.role.trim().is_empty() { Some(ActivityRole::Controller) } else { c.check("role", ActivityRole::parse(&self.role)) };
            let purposes = split_items(&self.purposes, &['\n']);
            if purposes.is_empty() {
                c.push("purposes", "is required: at least one purpose (Art. 30(1)(b))");
            }
            let lawful_basis = c.check("lawful_basis", optional(&self.lawful_basis, LawfulBasis::parse));
            let legitimate_interests = limited("legitimate_interests", &self.legitimate_interests, 4000, &mut c);
            if legitimate_interests.is_some() && lawful_basis.is_some_and(|b| b.is_some_and(|b| b != LawfulBasis::LegitimateInterests)) {
                c.push("legitimate_interests", "is only for the lawful basis legitimate interests (Art. 6(1)(f)); clear it or change the basis");
            }
            let sensitive_data = clean_list(&self.sensitive_data);
            let art9_condition = c.check("art9_condition", optional(&self.art9_condition, Art9Condition::parse));
            if art9_condition.is_some_and(|a| a.is_some()) && sensitive_data.is_empty() {
                c.push("art9_condition", "is only for sensitive data: list the special-category data processed first");
            }
            let mut data_categories = Vec::new();
            for (i, d) in self.data_categories.iter().enumerate() {
                let (category, description) = match (non_empty(&d.category), non_empty(&d.description)) {
                    (None, None) if d.retention.trim().is_empty() => continue,
                    (None, None) => {
                        c.push("data_categories", format!("entry {}: a retention period without a category; name the data it applies to", i + 1));
                        continue;
                    }
                    (None, Some(desc)) => (CnilDataCategory::Other, Some(desc)),
                    (Some(cat), desc) => match CnilDataCategory::parse(&cat) {
                        Ok(k) => (k, desc),
                        // A free entry: the CNIL's list is offered, not imposed; the entry's words are kept.
                        Err(_) => (CnilDataCategory::Other, Some(match desc {
                            Some(desc) => format!("{cat}: {desc}"),
                            None => cat,
                        })),
                    },
                };
                let retention = limited("data_categories", &d.retention, 500, &mut c);
                data_categories.push(DataItem { category, description, retention });
            }
            let mut subprocessor_ids: Vec<SubprocessorId> = Vec::new();
            for id in &self.subprocessor_ids {
                if !subprocessor_ids.contains(id) {
                    subprocessor_ids.push(*id);
                }
            }
            let mut transfers = Vec::new();
            for (i, t) in self.transfers.iter().enumerate() {
                let n = i + 1;
                if t.subprocessor_id.is_none() && t.recipient.trim().is_empty() && t.country.trim().is_empty() && t.safeguard.trim().is_empty() {
                    continue;
                }
                if let Some(id) = t.subprocessor_id {
                    if !subprocessor_ids.contains(&id) {
                        c.push("transfers", format!("transfer {n}: subprocessor #{id} is not linked to this activity; link it under recipients first"));
                    }
                } else if t.recipient.trim().is_empty() {
                    c.push("transfers", format!("transfer {n}: name the recipient (or choose a linked subprocessor)"));
                }
                let country = match crate::country::parse(&t.country) {
                    Ok(code) if crate::country::in_eea(code) => {
                        c.push("transfers", format!("transfer {n}: {} is in the EEA, so sending data there is not a transfer", crate::country::name(code, Lang::En)));
                        None
                    }
                    Ok(code) => Some(code.to_string()),
                    Err(e) => {
                        c.push("transfers", format!("transfer {n}: country {e}"));
                        None
                    }
                };
                let safeguard = match optional(&t.safeguard, TransferMechanism::parse) {
                    Ok(s) => s,
                    Err(e) => {
                        c.push("transfers", format!("transfer {n}: {e}"));
                        None
                    }
                };
                if let Some(country) = country {
                    transfers.push(TransferEdit {
                        subprocessor_id: t.subprocessor_id,
                        recipient: non_empty(&t.recipient),
                        country,
                        safeguard,
                        notes: non_empty(&t.notes),
                    });
                }
            }
            let mut security_measures: Vec<Measure> = Vec::new();
            for m in &self.security_measures {
                if m.kind.trim().is_empty() && m.details.trim().is_empty() {
                    continue;
                }
                let kind = if m.kind.trim().is_empty() { Ok(SecurityMeasure::Other) } else { SecurityMeasure::parse(&m.kind) };
                match kind {
                    Ok(kind) if security_measures.iter().any(|x| x.kind == kind && kind != SecurityMeasure::Other) => {
                        c.push("security_measures", format!("'{}' is listed twice; describe it once", kind.as_str()));
                    }
                    Ok(kind) => security_measures.push(Measure { kind, details: non_empty(&m.details) }),
                    Err(e) => c.push("security_measures", e),
                }
            }
            let dpia_needed = c.check("dpia_needed", parse_yes_no(&self.dpia_needed));
            let mut customers: Vec<CustomerProcessing> = Vec::new();
            for cu in &self.customers {
                let Some(customer) = non_empty(&cu.customer) else {
                    if !clean_list(&cu.processing).is_empty() {
                        c.push("customers", "a customer's processing is given without the customer's name");
                    }
                    continue;
                };
                if customers.iter().any(|x| fold(&x.customer) == fold(&customer)) {
                    c.push("customers", format!("'{customer}' is listed twice; list its processing once"));
                    continue;
                }
                customers.push(CustomerProcessing { customer, processing: clean_list(&cu.processing) });
            }
            if role == Some(ActivityRole::Controller) && !customers.is_empty() {
                c.push("customers", "are only for processor activities (processing done for customers); set the role to processor");
            }
            let business_function = limited("business_function", &self.business_function, 200, &mut c);
            let source = limited("source", &self.source, 2000, &mut c);
            let notes = limited("notes", &self.notes, 10_000, &mut c);
            c.finish()?;
            Ok(ActivityData {
                name: name.unwrap(),
                role: role.unwrap(),
                business_function,
                purposes,
                lawful_basis: lawful_basis.unwrap(),
                legitimate_interests,
                sensitive_data,
                art9_condition: art9_condition.unwrap(),
                subject_categories: clean_list(&self.subject_categories),
                data_categories,
                source,
                recipients_internal: clean_list(&self.recipients_internal),
                recipients_external: clean_list(&self.recipients_external),
                subprocessor_ids,
                transfers,
                security_measures,
                dpia_needed: dpia_needed.unwrap(),
                dpia_reference: non_empty(&self.dpia_reference),
                joint_controller: non_empty(&self.joint_controller),
                software: non_empty(&self.software),
                rights: non_empty(&self.rights),
                automated_decisions: non_empty(&self.automated_decisions),
                location: non_empty(&self.location),
                customers,
                notes,
            })
        })
    }
}

impl ActivityData {
    /// The subprocessors the activity links to, as subprocessors or as the recipients of transfers: the part of the
    /// register its transfers and warnings read.
    pub fn linked(&self) -> Vec<SubprocessorId> {
        self.subprocessor_ids.iter().copied().chain(self.transfers.iter().filter_map(|t| t.subprocessor_id)).collect()
    }

    /// The record back as a draft, for editing and duplicating.
    pub fn to_draft(&self) -> ActivityDraft {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        ActivityDraft {
            name: self.name.clone(),
            role: self.role.as_str().into(),
            business_function: text(&self.business_function),
            purposes: self.purposes.clone(),
            lawful_basis: self.lawful_basis.map(|b| b.as_str().to_string()).unwrap_or_default(),
            legitimate_interests: text(&self.legitimate_interests),
            sensitive_data: self.sensitive_data.clone(),
            art9_condition: self.art9_condition.map(|a| a.as_str().to_string()).unwrap_or_default(),
            subject_categories: self.subject_categories.clone(),
            data_categories: self
                .data_categories
                .iter()
                .map(|d| DataItemDraft { category: d.category.as_str().into(), description: text(&d.description), retention: text(&d.retention) })
                .collect(),
            source: text(&self.source),
            recipients_internal: self.recipients_internal.clone(),
            recipients_external: self.recipients_external.clone(),
            subprocessor_ids: self.subprocessor_ids.clone(),
            transfers: self
                .transfers
                .iter()
                .map(|t| TransferDraft {
                    subprocessor_id: t.subprocessor_id,
                    recipient: text(&t.recipient),
                    country: t.country.clone(),
                    safeguard: t.safeguard.map(|s| s.as_str().to_string()).unwrap_or_default(),
                    notes: text(&t.notes),
                })
                .collect(),
            security_measures: self.security_measures.iter().map(|m| MeasureDraft { kind: m.kind.as_str().into(), details: text(&m.details) }).collect(),
            dpia_needed: match self.dpia_needed {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
            dpia_reference: text(&self.dpia_reference),
            joint_controller: text(&self.joint_controller),
            software: text(&self.software),
            rights: text(&self.rights),
            automated_decisions: text(&self.automated_decisions),
            location: text(&self.location),
            customers: self.customers.iter().map(|c| CustomerProcessingDraft { customer: c.customer.clone(), processing: c.processing.clone() }).collect(),
            notes: text(&self.notes),
        }
    }
}

/// A duplicate's name: "Copy of X", then "Copy of X (2)", … so that the list never shows two activities alike.
pub fn copy_name(name: &str, taken: &[&str]) -> String {
    let base = format!("Copy of {name}");
    let free = |n: &str| !taken.iter().any(|t| fold(t) == fold(n));
    if free(&base) {
        return base;
    }
    (2..).map(|i| format!("{base} ({i})")).find(|n| free(n)).expect("some name is free")
}

/// Whether a transfer is taken from the register, overridden by the record, or recorded on the record alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TransferOrigin {
    Derived,
    Edited,
    Manual,
}

/// A transfer outside the EEA as the record shows it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ActivityTransfer {
    pub recipient: String,
    pub subprocessor_id: Option<SubprocessorId>,
    pub country: String,
    pub safeguard: Option<TransferMechanism>,
    pub notes: Option<String>,
    pub origin: TransferOrigin,
    /// What the adequacy list says of the country (`None`: no decision).
    pub adequacy: Option<AdequacyScope>,
    /// For an edited or manual transfer, its position in the record's own entries (`transfer_edits`, or the form's
    /// `transfers`), so that a form can change that entry.
    #[ts(type = "number | null")]
    pub entry: Option<usize>,
}

/// The activity's transfers outside the EEA: each linked subprocessor's locations outside the EEA with its transfer
/// mechanism (or the record's override for that country), then the transfers the record adds.
pub fn transfers(data: &ActivityData, subprocessors: &[Subprocessor], adequacy: &Adequacy) -> Vec<ActivityTransfer> {
    derive_transfers(&data.subprocessor_ids, &data.transfers, subprocessors, adequacy)
}

/// The transfers of a form not saved yet, computed as they will be once it is saved, so that the form shows them
/// as the user links subprocessors and edits safeguards. Lenient where saving is strict: an entry whose country or
/// safeguard does not read yet, or a row just added and still blank, is shown as typed (saving reports it), and each
/// transfer's `entry` is its position in the form's `transfers`.
pub fn draft_transfers(draft: &ActivityDraft, subprocessors: &[Subprocessor], adequacy: &Adequacy) -> Vec<ActivityTransfer> {
    let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let edits: Vec<TransferEdit> = draft
        .transfers
        .iter()
        .map(|t| TransferEdit {
            subprocessor_id: t.subprocessor_id,
            recipient: text(&t.recipient),
            country: crate::country::parse(&t.country).map(str::to_string).unwrap_or_else(|_| t.country.trim().to_string()),
            safeguard: TransferMechanism::parse(&t.safeguard).ok(),
            notes: text(&t.notes),
        })
        .collect();
    derive_transfers(&draft.subprocessor_ids, &edits, subprocessors, adequacy)
}

fn derive_transfers(
    subprocessor_ids: &[SubprocessorId],
    edits: &[TransferEdit],
    subprocessors: &[Subprocessor],
    adequacy: &Adequacy,
) -> Vec<ActivityTransfer> {
    let scope = |country: &str| adequacy.lookup(country).map(|a| a.scope);
    let mut out = Vec::new();
    let mut used = vec![false; edits.len()];
    for id in subprocessor_ids {
        let Some(s) = subprocessors.iter().find(|s| s.id == *id) else { continue };
        for country in s.data.transfers() {
            let edit = edits.iter().position(|t| t.subprocessor_id == Some(*id) && t.country == country);
            let (safeguard, notes, origin) = match edit {
                Some(i) => {
                    used[i] = true;
                    (edits[i].safeguard, edits[i].notes.clone(), TransferOrigin::Edited)
                }
                None => (s.data.transfer_mechanism, s.data.transfer_notes.clone(), TransferOrigin::Derived),
            };
            out.push(ActivityTransfer {
                recipient: s.data.name.clone(),
                subprocessor_id: Some(*id),
                country: country.to_string(),
                safeguard,
                notes,
                origin,
                adequacy: scope(country),
                entry: edit,
            });
        }
    }
    for (i, t) in edits.iter().enumerate() {
        // An edit for a subprocessor no longer linked goes with the link (saving refuses it).
        if used[i] || t.subprocessor_id.is_some_and(|id| !subprocessor_ids.contains(&id)) {
            continue;
        }
        let recipient = t
            .recipient
            .clone()
            .or_else(|| t.subprocessor_id.and_then(|id| subprocessors.iter().find(|s| s.id == id)).map(|s| s.data.name.clone()))
            .unwrap_or_default();
        out.push(ActivityTransfer {
            recipient,
            subprocessor_id: t.subprocessor_id,
            country: t.country.clone(),
            safeguard: t.safeguard,
            notes: t.notes.clone(),
            origin: TransferOrigin::Manual,
            adequacy: scope(&t.country),
            entry: Some(i),
        });
    }
    out
}

/// The rights people have under each lawful basis (ICO guidance's table), printed when the record names none.
pub fn rights_for(basis: LawfulBasis, lang: Lang) -> &'static str {
    match (basis, lang) {
        (LawfulBasis::Consent, Lang::En) => "Access, rectification, erasure, restriction, portability, withdrawal of consent",
        (LawfulBasis::Consent, Lang::Fr) => "Accès, rectification, effacement, limitation, portabilité, retrait du consentement",
        (LawfulBasis::Contract, Lang::En) => "Access, rectification, erasure, restriction, portability",
        (LawfulBasis::Contract, Lang::Fr) => "Accès, rectification, effacement, limitation, portabilité",
        (LawfulBasis::LegalObligation, Lang::En) => "Access, rectification, restriction",
        (LawfulBasis::LegalObligation, Lang::Fr) => "Accès, rectification, limitation",
        (LawfulBasis::VitalInterests, Lang::En) => "Access, rectification, erasure, restriction",
        (LawfulBasis::VitalInterests, Lang::Fr) => "Accès, rectification, effacement, limitation",
        (LawfulBasis::PublicTask, Lang::En) => "Access, rectification, restriction, objection",
        (LawfulBasis::PublicTask, Lang::Fr) => "Accès, rectification, limitation, opposition",
        (LawfulBasis::LegitimateInterests, Lang::En) => "Access, rectification, erasure, restriction, objection",
        (LawfulBasis::LegitimateInterests, Lang::Fr) => "Accès, rectification, effacement, limitation, opposition",
    }
}

/// One activity as the detail screen and `activity show` present it: the record, its derived transfers, its gaps
/// against Art. 30, and the editable fields as a form holds them.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ActivityDetail {
    #[serde(flatten)]
    pub activity: Activity,
    pub transfers: Vec<ActivityTransfer>,
    pub warnings: Vec<ActivityWarning>,
    /// The linked subprocessors' names, in the order linked.
    pub subprocessors: Vec<LinkedSubprocessor>,
    pub draft: ActivityDraft,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct LinkedSubprocessor {
    pub id: SubprocessorId,
    pub name: String,
    pub status: crate::subprocessor::Status,
}

impl ActivityDetail {
    /// `lang` words the warnings (the reader's language).
    pub fn new(activity: Activity, register: &[Subprocessor], adequacy: &Adequacy, lang: crate::document::Lang) -> ActivityDetail {
        let subprocessors = activity
            .data
            .subprocessor_ids
            .iter()
            .filter_map(|id| register.iter().find(|s| s.id == *id))
            .map(|s| LinkedSubprocessor { id: s.id, name: s.data.name.clone(), status: s.data.status })
            .collect();
        ActivityDetail {
            transfers: transfers(&activity.data, register, adequacy),
            warnings: warnings_in(&activity.data, register, adequacy, lang),
            draft: activity.data.to_draft(),
            subprocessors,
            activity,
        }
    }
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ActivitySummary {
    pub id: ActivityId,
    pub name: String,
    pub role: ActivityRole,
    pub business_function: Option<String>,
    pub purposes: Vec<String>,
    pub lawful_basis: Option<LawfulBasis>,
    #[ts(type = "number")]
    pub warning_count: u64,
    pub updated_at: DateTime<Utc>,
    pub archived_on: Option<NaiveDate>,
}

impl ActivitySummary {
    pub fn new(a: &Activity, register: &[Subprocessor], adequacy: &Adequacy) -> ActivitySummary {
        ActivitySummary {
            id: a.id,
            name: a.data.name.clone(),
            role: a.data.role,
            business_function: a.data.business_function.clone(),
            purposes: a.data.purposes.clone(),
            lawful_basis: a.data.lawful_basis,
            warning_count: warnings(&a.data, register, adequacy).len() as u64,
            updated_at: a.updated_at,
            archived_on: a.archived_on,
        }
    }
}

/// What the list shows: a search term, whether archived activities are included, an order by name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ActivityFilter {
    pub query: String,
    pub include_archived: bool,
    pub role: Option<ActivityRole>,
}

/// An activity's searchable text (its name, business function and purposes), folded as the search box folds what
/// is typed. The store keeps it in its search index; every word of a search must be in it.
pub fn search_text(data: &ActivityData) -> String {
    let mut text = vec![data.name.clone()];
    text.extend(data.business_function.clone());
    text.extend(data.purposes.iter().cloned());
    search_key(&text.join(" "))
}

/// The processor record (Art. 30(2)) seen per customer: each controller we act for, and for each of our processor
/// activities what we do for it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ProcessorRecord {
    pub customers: Vec<CustomerRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CustomerRecord {
    pub customer: String,
    pub activities: Vec<CustomerActivity>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CustomerActivity {
    pub activity_id: ActivityId,
    pub activity: String,
    pub processing: Vec<String>,
}

/// Groups the processor activities that are not archived by customer (names compared ignoring case and accents),
/// customers in alphabetical order.
pub fn processor_record(activities: &[Activity]) -> ProcessorRecord {
    let mut customers: Vec<CustomerRecord> = Vec::new();
    for a in activities.iter().filter(|a| a.archived_on.is_none() && a.data.role == ActivityRole::Processor) {
        for c in &a.data.customers {
            let entry = CustomerActivity { activity_id: a.id, activity: a.data.name.clone(), processing: c.processing.clone() };
            match customers.iter_mut().find(|r| fold(&r.customer) == fold(&c.customer)) {
                Some(r) => r.activities.push(entry),
                None => customers.push(CustomerRecord { customer: c.customer.clone(), activities: vec![entry] }),
            }
        }
    }
    customers.sort_by_cached_key(|c| c.customer.to_lowercase());
    ProcessorRecord { customers }
}

/// The closed lists the form offers, with their labels.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ActivityVocabulary {
    pub roles: Vec<Term>,
    pub lawful_bases: Vec<Term>,
    pub art9_conditions: Vec<Term>,
    pub data_categories: Vec<Term>,
    pub security_measures: Vec<Term>,
    pub transfer_mechanisms: Vec<Term>,
    /// The adequacy list the warnings use, with its date.
    pub adequacy: Adequacy,
}

macro_rules! terms {
    ($t:ty) => {
        <$t>::ALL.iter().map(|v| Term { code: v.as_str().into(), en: v.label(Lang::En).into(), fr: v.label(Lang::Fr).into() }).collect()
    };
}

/// The form's lists, with the adequacy list in use.
pub fn vocabulary(adequacy: Adequacy) -> ActivityVocabulary {
    ActivityVocabulary {
        roles: terms!(ActivityRole),
        lawful_bases: terms!(LawfulBasis),
        art9_conditions: terms!(Art9Condition),
        data_categories: terms!(CnilDataCategory),
        security_measures: terms!(SecurityMeasure),
        transfer_mechanisms: terms!(TransferMechanism),
        adequacy,
    }
}

#[cfg(test)]
mod tests;
