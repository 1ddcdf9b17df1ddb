//! The breach documents: the authority notification in the CNIL's structure or the ICO's, each in French or
//! English (the authority's own language by default; the other titled as a translation), the communication to the
//! people affected (Art. 34(2), English or French), and the internal register for audits.
//!
//! A field not known yet prints as "Not known yet" / "Non connu à ce jour", so the founder sees what is missing
//! before filing.

use super::{Breach, BreachRole, Decision, Phase, Recipient};
use crate::document::{format_date, Block, Column, Document, Lang, Table};
use crate::org::Org;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// Which authority's structure the notification follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum AuthorityForm {
    Cnil,
    Ico,
}

impl AuthorityForm {
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cnil" => Ok(AuthorityForm::Cnil),
            "ico" => Ok(AuthorityForm::Ico),
            other => Err(format!("'{other}' is not an authority form; use cnil or ico")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AuthorityForm::Cnil => "cnil",
            AuthorityForm::Ico => "ico",
        }
    }
}

fn t(lang: Lang, en: &str, fr: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Fr => fr.to_string(),
    }
}

pub fn unknown(lang: Lang) -> String {
    t(lang, "Not known yet", "Non connu à ce jour")
}

fn or_unknown(v: Option<&str>, lang: Lang) -> String {
    v.map(str::to_string).unwrap_or_else(|| unknown(lang))
}

/// An instant as the documents' running text writes it ("22 novembre 2026 à 9 h 30, heure de Paris").
fn written(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    crate::document::format_instant(at, tz, lang)
}

/// An instant in a register's table, whose introduction names the zone ("26 déc. 2025, 10 h 30").
fn short(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    crate::document::format_instant_short(at, tz, lang)
}

fn short_or_unknown(at: Option<DateTime<Utc>>, tz: Tz, lang: Lang) -> String {
    at.map(|a| short(a, tz, lang)).unwrap_or_else(|| unknown(lang))
}

fn instant(at: Option<DateTime<Utc>>, tz: Tz, lang: Lang) -> String {
    at.map(|a| written(a, tz, lang)).unwrap_or_else(|| unknown(lang))
}

fn count(n: Option<u64>, lang: Lang) -> String {
    n.map(|n| format!("{} {}", t(lang, "approximately", "environ"), crate::document::format_number(n, lang))).unwrap_or_else(|| unknown(lang))
}

fn list<T: Copy>(items: &[T], label: impl Fn(T) -> &'static str, lang: Lang) -> String {
    if items.is_empty() {
        unknown(lang)
    } else {
        items.iter().map(|i| label(*i)).collect::<Vec<_>>().join("\n")
    }
}

fn with_details(main: String, details: Option<&str>) -> String {
    match details {
        Some(d) => format!("{main}\n{d}"),
        None => main,
    }
}

fn contact(org: &Org, lang: Lang) -> String {
    let parts: Vec<String> = [org.contact_name.clone(), org.contact_email.clone(), org.contact_phone.clone()].into_iter().flatten().collect();
    if parts.is_empty() {
        unknown(lang)
    } else {
        parts.join(", ")
    }
}

fn doc(org: &Org, title: String, lang: Lang, today: chrono::NaiveDate, blocks: Vec<Block>) -> Document {
    Document::of(org, &title, lang, today, blocks)
}

fn decision_text(d: Option<&Decision>, lang: Lang) -> String {
    match d {
        None => t(lang, "Not decided yet", "Pas encore décidé"),
        Some(d) => {
            let mut s = if d.notify { t(lang, "Yes", "Oui") } else { t(lang, "No", "Non") };
            for e in &d.exemptions {
                s.push_str(&format!("\n{}", e.label(lang)));
            }
            if let Some(r) = &d.reason {
                s.push_str(&format!("\n{}: {r}", t(lang, "Reasons", "Motifs")));
            }
            s
        }
    }
}

/// The phase printed: as asked, else complementary once an initial notification is recorded.
fn phase_of(b: &Breach, phase: Option<Phase>) -> Phase {
    phase.unwrap_or(if b.authority_notified().is_some() { Phase::Complementary } else { Phase::Initial })
}

/// Whether the first notice to the authority came (or, not made yet, comes) after its deadline.
fn is_late(b: &Breach, rules: super::Rules, today: chrono::NaiveDate, tz: Tz) -> bool {
    let due = b.authority_due_at(rules);
    b.authority_notified().map(|n| n.at > due).unwrap_or(today > due.with_timezone(&tz).date_naive())
}

/// When the breach happened: "From … to …", or not known yet.
fn occurred(b: &Breach, tz: Tz, lang: Lang) -> String {
    match (b.data.occurred_from, b.data.occurred_to) {
        (None, None) => unknown(lang),
        (from, to) => match lang {
            Lang::En => format!("From {} to {}", instant(from, tz, lang), instant(to, tz, lang)),
            Lang::Fr => format!("Du {} au {}", instant(from, tz, lang), instant(to, tz, lang)),
        },
    }
}

fn late_reason(b: &Breach) -> Option<String> {
    b.authority_notified().and_then(|n| n.delay_reason.clone())
}

fn people_told_text(b: &Breach, tz: Tz, lang: Lang) -> String {
    match b.people_notified() {
        Some(n) => {
            let mut s = format!("{} {}", t(lang, "Yes, on", "Oui, le"), written(n.at, tz, lang));
            if let Some(m) = &n.method {
                s.push_str(&format!(" ({m})"));
            }
            if let Some(r) = n.reached {
                s.push_str(&format!(", {r} {}", t(lang, "people reached", "personnes atteintes")));
            }
            s
        }
        None => match &b.people_decision {
            Some(d) if !d.notify => match b.public_communication() {
                Some(p) => {
                    let mut s = format!("{}\n{} {}", decision_text(Some(d), lang), t(lang, "Public communication on", "Communication publique le"), written(p.at, tz, lang));
                    if let Some(m) = &p.method {
                        s.push_str(&format!(" ({m})"));
                    }
                    s
                }
                None => decision_text(Some(d), lang),
            },
            Some(_) => t(lang, "Not yet; decided to tell them", "Pas encore ; décision de les informer prise"),
            None => t(lang, "Not yet; no decision recorded", "Pas encore ; aucune décision enregistrée"),
        },
    }
}

/// The notification to the authority. `phase` overrides the phase derived from the record.
impl AuthorityForm {
    /// The authority's own language: what its form is filed in, and the notification's language by default.
    pub fn lang(self) -> Lang {
        match self {
            AuthorityForm::Cnil => Lang::Fr,
            AuthorityForm::Ico => Lang::En,
        }
    }
}

/// The notification in the authority's structure, in `lang` (else the authority's own language). In the other
/// language it is titled as a translation: the filing itself is made in the authority's language.
pub fn notification(org: &Org, b: &Breach, form: AuthorityForm, phase: Option<Phase>, lang: Option<Lang>, today: chrono::NaiveDate) -> Document {
    let lang = lang.unwrap_or(form.lang());
    match form {
        AuthorityForm::Cnil => cnil(org, b, phase_of(b, phase), today, lang),
        AuthorityForm::Ico if org.pecr => ico_pecr(org, b, phase_of(b, phase), today, lang),
        AuthorityForm::Ico => ico(org, b, phase_of(b, phase), today, lang),
    }
}

/// " :" in French (a non-breaking space before the colon), ":" in English.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    }
}

fn cnil(org: &Org, b: &Breach, phase: Phase, today: chrono::NaiveDate, lang: Lang) -> Document {
    let tz = org.tz();
    let rules = super::Rules::of(org);
    let d = &b.data;
    let u = || unknown(lang);
    let (yes, no) = (t(lang, "Yes", "Oui"), t(lang, "No", "Non"));
    let siren = org
        .company_number
        .as_deref()
        .filter(|_| org.country == "FR")
        .map(|n| n.chars().take(9).collect::<String>())
        .or(org.company_number.clone())
        .unwrap_or_else(u);
    let initial = b.authority_notified();
    let mut kind = vec![(
        t(lang, "Type of notification", "Type de notification"),
        match phase {
            Phase::Initial => t(lang, "Initial notification", "Notification initiale"),
            Phase::Complementary => t(lang, "Supplementary notification", "Notification complémentaire"),
        },
    )];
    if phase == Phase::Complementary {
        kind.push((t(lang, "Initial notification made on", "Notification initiale du"), initial.map(|n| written(n.at, tz, lang)).unwrap_or_else(u)));
        kind.push((t(lang, "Number of the initial notification", "Numéro de la notification initiale"), initial.and_then(|n| n.reference.clone()).unwrap_or_else(u)));
    }
    let special = d.data_categories.iter().any(|c| matches!(c, super::DataCategory::SpecialCategories | super::DataCategory::GeneticBiometric | super::DataCategory::CriminalOffences));
    let mut blocks = vec![
        Block::Heading { level: 1, text: t(lang, "Notification of a personal data breach (English translation)", "Notification d'une violation de données personnelles") },
        Block::Paragraph(match lang {
            Lang::Fr => format!(
                "Notification à la Commission nationale de l'informatique et des libertés (CNIL) au titre de l'article 33 du RGPD. Violation n°\u{a0}{}\u{a0}: «\u{a0}{}\u{a0}». Préparée le {}\u{a0}; à reporter sur le formulaire en ligne de la CNIL.",
                b.id, d.title, format_date(today, lang)
            ),
            Lang::En => format!(
                "Notification to the Commission nationale de l'informatique et des libertés (CNIL) under Article 33 of the GDPR. Breach no. {}: \"{}\". Prepared on {}. This is an English translation of the filing, which is made in French on the CNIL's online form, following its parts.",
                b.id, d.title, format_date(today, lang)
            ),
        }),
        Block::KeyValue(kind),
        Block::Heading { level: 2, text: t(lang, "1. The organisation", "1. L'organisme") },
        Block::KeyValue(vec![
            (t(lang, "Legal name", "Raison sociale"), org.legal_name.clone()),
            ("SIREN".into(), siren),
            (t(lang, "Address", "Adresse"), Some(org.address.clone()).filter(|a| !a.is_empty()).unwrap_or_else(u)),
            (t(lang, "Contact person", "Personne à contacter"), contact(org, lang)),
            (t(lang, "Data protection officer designated", "Délégué à la protection des données désigné"), if org.dpo_designated { yes.clone() } else { no.clone() }),
            (t(lang, "Legal representative", "Représentant légal"), org.representative.clone().unwrap_or_else(u)),
            (
                t(lang, "Role of the organisation", "Rôle de l'organisme"),
                with_details(
                    d.role.label(lang).into(),
                    (!d.controllers.is_empty()).then(|| format!("{}{} {}", t(lang, "On behalf of", "Pour le compte de"), colon(lang), d.controllers.join(", "))).as_deref(),
                ),
            ),
        ]),
        Block::Heading { level: 2, text: t(lang, "2. Timeline", "2. Chronologie") },
        Block::KeyValue(vec![
            (t(lang, "Became aware", "Prise de connaissance"), written(d.aware_at, tz, lang)),
            (t(lang, "Start of the breach", "Début de la violation"), instant(d.occurred_from, tz, lang)),
            (t(lang, "End of the breach", "Fin de la violation"), instant(d.occurred_to, tz, lang)),
            (rules.deadline_label(lang), written(b.authority_due_at(rules), tz, lang)),
            (t(lang, "How it was discovered", "Moyen de découverte"), or_unknown(d.discovery.as_deref(), lang)),
        ]),
    ];
    let late = is_late(b, rules, today, tz);
    if late {
        blocks.push(Block::KeyValue(vec![(t(lang, "Reasons for the delay (Art. 33(1))", "Motifs du retard (art. 33(1))"), late_reason(b).unwrap_or_else(u))]));
    }
    blocks.extend([
        Block::Heading { level: 2, text: t(lang, "3. Nature of the breach", "3. Nature de la violation") },
        Block::KeyValue(vec![
            (t(lang, "Description of the facts", "Description des faits"), or_unknown(d.description.as_deref(), lang)),
            (t(lang, "Type of breach", "Type d'atteinte"), list(&d.nature, |n| n.label(lang), lang)),
            (t(lang, "Malicious act / cyber attack", "Acte malveillant / cyberattaque"), d.cyber_incident.map(|a| a.label(lang).to_string()).unwrap_or_else(u)),
        ]),
        Block::Heading { level: 2, text: t(lang, "4. Data and people concerned", "4. Données et personnes concernées") },
        Block::KeyValue(vec![
            (t(lang, "Categories of data", "Catégories de données"), with_details(list(&d.data_categories, |c| c.label(lang), lang), d.data_details.as_deref())),
            (
                t(lang, "Sensitive data (Art. 9 and 10)", "Données sensibles (art. 9 et 10)"),
                if d.data_categories.is_empty() { u() } else if special { yes.clone() } else { no.clone() },
            ),
            (t(lang, "Approximate number of records", "Nombre approximatif d'enregistrements"), count(d.records_count, lang)),
            (t(lang, "Categories of people", "Catégories de personnes"), with_details(list(&d.subject_categories, |c| c.label(lang), lang), d.subject_details.as_deref())),
            (t(lang, "Approximate number of people", "Nombre approximatif de personnes"), count(d.people_count, lang)),
        ]),
        Block::Heading { level: 2, text: t(lang, "5. Likely consequences", "5. Conséquences probables") },
        Block::KeyValue(vec![
            (t(lang, "Consequences for the people", "Conséquences pour les personnes"), or_unknown(d.consequences.as_deref(), lang)),
            (t(lang, "Level of risk", "Niveau de risque"), b.assessment.as_ref().map(|a| format!("{}\n{}", a.risk.label(lang), a.reason)).unwrap_or_else(u)),
        ]),
        Block::Heading { level: 2, text: t(lang, "6. Measures", "6. Mesures") },
        Block::KeyValue(vec![
            (t(lang, "Measures taken", "Mesures prises"), or_unknown(d.measures_taken.as_deref(), lang)),
            (t(lang, "Measures planned", "Mesures envisagées"), or_unknown(d.measures_proposed.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: t(lang, "7. Informing the people", "7. Information des personnes") },
        Block::KeyValue(vec![
            (t(lang, "People informed", "Personnes informées"), people_told_text(b, tz, lang)),
            (t(lang, "Other bodies informed", "Autres organismes informés"), or_unknown(d.others_told.as_deref(), lang)),
        ]),
        Block::Spacer(6.0),
        Block::Signature {
            name: org.representative.clone().or(org.contact_name.clone()).unwrap_or_else(u),
            role: if org.representative.is_some() { t(lang, "Legal representative", "Représentant légal") } else { t(lang, "Contact person", "Personne à contacter") },
            place_date: match lang {
                Lang::En => format!("On {}", format_date(today, lang)),
                Lang::Fr => format!("Le {}", format_date(today, lang)),
            },
        },
    ]);
    doc(org, t(lang, "Breach notification to the CNIL (translation)", "Notification de violation de données"), lang, today, blocks)
}

fn ico(org: &Org, b: &Breach, phase: Phase, today: chrono::NaiveDate, lang: Lang) -> Document {
    let tz = org.tz();
    let rules = super::Rules::of(org);
    let d = &b.data;
    let u = || unknown(lang);
    let initial = b.authority_notified();
    let mut report = vec![(
        t(lang, "Report type", "Type de rapport"),
        match phase {
            Phase::Initial => t(lang, "Initial report", "Rapport initial"),
            Phase::Complementary => t(lang, "Follow-up report", "Rapport complémentaire"),
        },
    )];
    if phase == Phase::Complementary {
        report.push((t(lang, "ICO case reference", "Référence du dossier à l'ICO"), initial.and_then(|n| n.reference.clone()).unwrap_or_else(u)));
        report.push((t(lang, "Initial report made", "Rapport initial fait le"), initial.map(|n| written(n.at, tz, lang)).unwrap_or_else(u)));
    }
    let late = is_late(b, rules, today, tz);
    let mut when = vec![
        (t(lang, "When did you discover the breach?", "Quand avez-vous découvert la violation\u{a0}?"), written(d.aware_at, tz, lang)),
        (t(lang, "When did the breach happen?", "Quand la violation a-t-elle eu lieu\u{a0}?"), occurred(b, tz, lang)),
        (rules.deadline_label(lang), written(b.authority_due_at(rules), tz, lang)),
    ];
    if late {
        when.push((t(lang, "Reasons for reporting late", "Motifs du retard"), late_reason(b).unwrap_or_else(u)));
    }
    let told: Vec<String> = b
        .notifications
        .iter()
        .filter(|n| n.recipient == Recipient::Controller)
        .map(|n| match lang {
            Lang::En => format!("Controller {} on {}", n.controller.clone().unwrap_or_default(), written(n.at, tz, lang)),
            Lang::Fr => format!("Responsable de traitement {} le {}", n.controller.clone().unwrap_or_default(), written(n.at, tz, lang)),
        })
        .collect();
    let mut others = d.others_told.clone().into_iter().collect::<Vec<_>>();
    others.extend(told);
    let blocks = vec![
        Block::Heading { level: 1, text: t(lang, "Personal data breach report", "Rapport de violation de données personnelles (traduction)") },
        Block::Paragraph(match lang {
            Lang::En => format!(
                "Report to the Information Commissioner's Office under Article 33 of the UK GDPR. Breach no. {}: \"{}\". Prepared on {}, following the parts of the ICO's breach reporting form.",
                b.id, d.title, format_date(today, lang)
            ),
            Lang::Fr => format!(
                "Rapport à l'Information Commissioner's Office (ICO) au titre de l'article 33 du RGPD britannique (UK GDPR). Violation n°\u{a0}{}\u{a0}: «\u{a0}{}\u{a0}». Préparé le {}, selon les rubriques du formulaire de l'ICO. Ceci en est la traduction française\u{a0}: le rapport se dépose en anglais.",
                b.id, d.title, format_date(today, lang)
            ),
        }),
        Block::KeyValue(report),
        Block::Heading { level: 2, text: t(lang, "Organisation details", "L'organisme") },
        Block::KeyValue(vec![
            (t(lang, "Organisation name", "Raison sociale"), org.legal_name.clone()),
            (t(lang, "ICO registration number", "Numéro d'enregistrement à l'ICO"), org.ico_registration.clone().unwrap_or_else(u)),
            (t(lang, "Company number", "Numéro d'immatriculation"), org.company_number.clone().unwrap_or_else(u)),
            (t(lang, "Address", "Adresse"), Some(org.address.clone()).filter(|a| !a.is_empty()).unwrap_or_else(u)),
            (t(lang, "Contact for this report", "Contact pour ce rapport"), contact(org, lang)),
            (
                t(lang, "Data protection officer", "Délégué à la protection des données"),
                if org.dpo_designated { t(lang, "Yes, designated", "Oui, désigné") } else { t(lang, "No DPO designated", "Aucun délégué désigné") },
            ),
            (
                t(lang, "Our role", "Notre rôle"),
                with_details(
                    d.role.label(lang).into(),
                    (!d.controllers.is_empty()).then(|| format!("{}{} {}", t(lang, "On behalf of", "Pour le compte de"), colon(lang), d.controllers.join(", "))).as_deref(),
                ),
            ),
        ]),
        Block::Heading { level: 2, text: t(lang, "About the breach", "La violation") },
        Block::KeyValue(
            [
                (t(lang, "What happened?", "Que s'est-il passé\u{a0}?"), or_unknown(d.description.as_deref(), lang)),
                (
                    t(lang, "Was the breach caused by a cyber incident?", "La violation résulte-t-elle d'un incident de cybersécurité\u{a0}?"),
                    d.cyber_incident.map(|a| a.label(lang).to_string()).unwrap_or_else(u),
                ),
                (t(lang, "How did you find out about the breach?", "Comment avez-vous appris la violation\u{a0}?"), or_unknown(d.discovery.as_deref(), lang)),
            ]
            .into_iter()
            .chain(when)
            .collect(),
        ),
        Block::Heading { level: 2, text: t(lang, "Personal data placed at risk", "Données personnelles exposées") },
        Block::KeyValue(vec![
            (t(lang, "Categories of personal data", "Catégories de données"), with_details(list(&d.data_categories, |c| c.label(lang), lang), d.data_details.as_deref())),
            (t(lang, "Approximate number of personal data records", "Nombre approximatif d'enregistrements"), count(d.records_count, lang)),
            (t(lang, "Approximate number of people affected", "Nombre approximatif de personnes concernées"), count(d.people_count, lang)),
            (
                t(lang, "Categories of people affected", "Catégories de personnes concernées"),
                with_details(list(&d.subject_categories, |c| c.label(lang), lang), d.subject_details.as_deref()),
            ),
        ]),
        Block::Heading { level: 2, text: t(lang, "Potential consequences", "Conséquences possibles") },
        Block::KeyValue(vec![
            (t(lang, "Likely consequences for the people", "Conséquences probables pour les personnes"), or_unknown(d.consequences.as_deref(), lang)),
            (
                t(lang, "How likely are they to experience these consequences?", "Quelle est la probabilité que ces conséquences se produisent\u{a0}?"),
                d.likelihood.map(|l| l.label(lang).to_string()).unwrap_or_else(u),
            ),
            (t(lang, "Our risk assessment", "Notre évaluation du risque"), b.assessment.as_ref().map(|a| format!("{}\n{}", a.risk.label(lang), a.reason)).unwrap_or_else(u)),
            (t(lang, "Confidentiality, integrity, availability", "Confidentialité, intégrité, disponibilité"), list(&d.nature, |n| n.label(lang), lang)),
        ]),
        Block::Heading { level: 2, text: t(lang, "Staff training", "Formation du personnel") },
        Block::KeyValue(vec![
            (
                t(lang, "Had the staff involved received data protection training in the last two years?", "Le personnel concerné a-t-il été formé à la protection des données ces deux dernières années\u{a0}?"),
                d.staff_trained.map(|a| a.label(lang).to_string()).unwrap_or_else(u),
            ),
            (t(lang, "Training details", "Détails de la formation"), or_unknown(d.training_details.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: t(lang, "Containment and recovery", "Confinement et rétablissement") },
        Block::KeyValue(vec![
            (t(lang, "Actions taken to contain the breach and recover the data", "Mesures prises pour contenir la violation et récupérer les données"), or_unknown(d.measures_taken.as_deref(), lang)),
            (t(lang, "Further actions planned", "Autres mesures envisagées"), or_unknown(d.measures_proposed.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: t(lang, "Who else has been told", "Qui d'autre a été informé") },
        Block::KeyValue(vec![
            (t(lang, "Have you told the people affected?", "Avez-vous informé les personnes concernées\u{a0}?"), people_told_text(b, tz, lang)),
            (t(lang, "Have you told anyone else?", "Avez-vous informé quelqu'un d'autre\u{a0}?"), if others.is_empty() { u() } else { others.join("\n") }),
        ]),
    ];
    doc(org, t(lang, "Personal data breach report", "Rapport de violation de données (traduction)"), lang, today, blocks)
}

/// The notification of a public electronic communications service provider (PECR reg. 5A), in the structure of
/// Annex I to Regulation (EU) No 611/2013 as the ICO's PECR breach form follows it: who the provider is and whether
/// this is the first notice or the full report, the first information (within 24 hours), the further information
/// (within three days of the first notice), the subscribers told, and cross-border matters.
fn ico_pecr(org: &Org, b: &Breach, phase: Phase, today: chrono::NaiveDate, lang: Lang) -> Document {
    let tz = org.tz();
    let rules = super::Rules::of(org);
    let d = &b.data;
    let u = || unknown(lang);
    let initial = b.authority_notified();
    let mut kind = vec![(
        t(lang, "Notification", "Notification"),
        match phase {
            Phase::Initial => t(lang, "First notification (within 24 hours)", "Première notification (sous 24\u{a0}heures)"),
            Phase::Complementary => t(lang, "Second notification: the full report", "Seconde notification\u{a0}: le rapport complet"),
        },
    )];
    if phase == Phase::Complementary {
        kind.push((t(lang, "ICO case reference", "Référence du dossier à l'ICO"), initial.and_then(|n| n.reference.clone()).unwrap_or_else(u)));
        kind.push((t(lang, "First notification made", "Première notification faite le"), initial.map(|n| written(n.at, tz, lang)).unwrap_or_else(u)));
        if let Some(first) = initial {
            kind.push((
                t(lang, "Full report due (three days after the first notification)", "Rapport complet dû (trois jours après la première notification)"),
                written(first.at + chrono::Duration::hours(super::clock::PECR_FULL_REPORT_HOURS), tz, lang),
            ));
        }
    }
    let late = is_late(b, rules, today, tz);
    let mut first_info = vec![
        (t(lang, "Date and time of the incident", "Date et heure de l'incident"), occurred(b, tz, lang)),
        (t(lang, "Date and time of detection", "Date et heure de la détection"), written(d.aware_at, tz, lang)),
        (rules.deadline_label(lang), written(b.authority_due_at(rules), tz, lang)),
    ];
    if late {
        first_info.push((t(lang, "Reasons for notifying late", "Motifs du retard"), late_reason(b).unwrap_or_else(u)));
    }
    first_info.extend([
        (t(lang, "Circumstances of the breach (loss, theft, copying…)", "Circonstances de la violation (perte, vol, copie…)"), with_details(list(&d.nature, |n| n.label(lang), lang), d.discovery.as_deref())),
        (t(lang, "Nature and content of the personal data concerned", "Nature et contenu des données personnelles concernées"), with_details(list(&d.data_categories, |c| c.label(lang), lang), d.data_details.as_deref())),
        (t(lang, "Technical and organisational measures applied to the data", "Mesures techniques et organisationnelles appliquées aux données"), or_unknown(d.measures_taken.as_deref(), lang)),
    ]);
    let subscribers = match b.people_notified() {
        Some(n) => vec![
            (t(lang, "Subscribers or individuals told", "Abonnés ou personnes informés"), people_told_text(b, tz, lang)),
            (t(lang, "Means of communication used", "Moyen de communication utilisé"), n.method.clone().unwrap_or_else(u)),
            (t(lang, "Number of subscribers or individuals told", "Nombre d'abonnés ou de personnes informés"), n.reached.map(|r| crate::document::format_number(r, lang)).unwrap_or_else(u)),
        ],
        None => vec![(t(lang, "Subscribers or individuals told", "Abonnés ou personnes informés"), people_told_text(b, tz, lang))],
    };
    let blocks = vec![
        Block::Heading { level: 1, text: t(lang, "PECR personal data breach notification", "Notification de violation de données personnelles au titre de PECR (traduction)") },
        Block::Paragraph(match lang {
            Lang::En => format!(
                "Notification to the Information Commissioner's Office by a provider of a public electronic communications service under regulation 5A of the Privacy and Electronic Communications Regulations 2003. Breach no. {}: \"{}\". Prepared on {}, following Annex I to Regulation (EU) No 611/2013 as retained in UK law: the first information within 24 hours of detection, the full report within three days of the first notification.",
                b.id, d.title, format_date(today, lang)
            ),
            Lang::Fr => format!(
                "Notification à l'Information Commissioner's Office (ICO) par un fournisseur de service de communications électroniques accessible au public, au titre de l'article 5A du règlement PECR de 2003. Violation n°\u{a0}{}\u{a0}: «\u{a0}{}\u{a0}». Préparée le {}, selon l'annexe I du règlement (UE) n°\u{a0}611/2013 tel que maintenu au Royaume-Uni\u{a0}: les premières informations dans les 24\u{a0}heures de la détection, le rapport complet dans les trois jours de la première notification. Ceci en est la traduction française\u{a0}: la notification se dépose en anglais.",
                b.id, d.title, format_date(today, lang)
            ),
        }),
        Block::Heading { level: 2, text: t(lang, "Section 1. The provider", "Section 1. Le fournisseur") },
        Block::KeyValue(
            [
                (t(lang, "Name of the provider", "Nom du fournisseur"), org.legal_name.clone()),
                (t(lang, "ICO registration number", "Numéro d'enregistrement à l'ICO"), org.ico_registration.clone().unwrap_or_else(u)),
                (t(lang, "Address", "Adresse"), Some(org.address.clone()).filter(|a| !a.is_empty()).unwrap_or_else(u)),
                (t(lang, "Data protection officer or other contact point", "Délégué à la protection des données ou autre point de contact"), contact(org, lang)),
            ]
            .into_iter()
            .chain(kind)
            .collect(),
        ),
        Block::Heading { level: 2, text: t(lang, "First information about the breach", "Premières informations sur la violation") },
        Block::KeyValue(first_info),
        Block::Heading { level: 2, text: t(lang, "Section 2. Further information about the breach", "Section 2. Informations complémentaires sur la violation") },
        Block::KeyValue(vec![
            (t(lang, "Summary of the incident (including where it happened and the storage media involved)", "Résumé de l'incident (y compris le lieu de la violation et les supports de stockage concernés)"), or_unknown(d.description.as_deref(), lang)),
            (t(lang, "Number of subscribers or individuals concerned", "Nombre d'abonnés ou de personnes concernés"), count(d.people_count, lang)),
            (t(lang, "Categories of subscribers or individuals", "Catégories d'abonnés ou de personnes"), with_details(list(&d.subject_categories, |c| c.label(lang), lang), d.subject_details.as_deref())),
            (t(lang, "Potential consequences and adverse effects on subscribers or individuals", "Conséquences et effets négatifs possibles pour les abonnés ou les personnes"), or_unknown(d.consequences.as_deref(), lang)),
            (t(lang, "Our risk assessment", "Notre évaluation du risque"), b.assessment.as_ref().map(|a| format!("{}\n{}", a.risk.label(lang), a.reason)).unwrap_or_else(u)),
            (t(lang, "Measures taken to mitigate the adverse effects", "Mesures prises pour atténuer les effets négatifs"), or_unknown(d.measures_proposed.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: t(lang, "Notification to subscribers or individuals", "Information des abonnés ou des personnes") },
        Block::KeyValue(subscribers),
        Block::Heading { level: 2, text: t(lang, "Cross-border matters", "Questions transfrontalières") },
        Block::KeyValue(vec![(
            t(lang, "Subscribers or individuals in other countries; other authorities notified", "Abonnés ou personnes dans d'autres pays\u{a0}; autres autorités notifiées"),
            or_unknown(d.others_told.as_deref(), lang),
        )]),
    ];
    doc(org, t(lang, "PECR breach notification", "Notification de violation PECR (traduction)"), lang, today, blocks)
}

/// The authority's name with the article running text needs ("la Commission nationale…", "the Information…").
fn authority_named(org: &Org, lang: Lang) -> String {
    match (org.authority, lang) {
        (crate::org::Authority::Other, _) => org.authority_label(),
        (_, Lang::En) => format!("the {}", org.authority_label()),
        (crate::org::Authority::Cnil, Lang::Fr) => format!("la {}", org.authority_label()),
        (crate::org::Authority::Ico, Lang::Fr) => format!("l'{}", org.authority_label()),
    }
}

/// The communication to the people affected (Art. 34(2)): in clear and plain language, the nature of the breach,
/// whom to contact, the likely consequences and the measures taken or proposed, with what they can do themselves.
pub fn letter(org: &Org, b: &Breach, lang: Lang, today: chrono::NaiveDate) -> Document {
    let tz = org.tz();
    let d = &b.data;
    let u = || unknown(lang);
    let what = or_unknown(d.description.as_deref(), lang);
    let when = match (d.occurred_from, d.occurred_to) {
        (Some(from), Some(to)) => match lang {
            Lang::En => format!("It took place between {} and {}; we learnt of it on {}.", written(from, tz, lang), written(to, tz, lang), written(d.aware_at, tz, lang)),
            Lang::Fr => format!("Il a eu lieu entre le {} et le {}\u{a0}; nous en avons eu connaissance le {}.", written(from, tz, lang), written(to, tz, lang), written(d.aware_at, tz, lang)),
        },
        _ => match lang {
            Lang::En => format!("We learnt of it on {}. When it began: {}.", written(d.aware_at, tz, lang), instant(d.occurred_from, tz, lang)),
            Lang::Fr => format!("Nous en avons eu connaissance le {}. Date de début\u{a0}: {}.", written(d.aware_at, tz, lang), instant(d.occurred_from, tz, lang)),
        },
    };
    let data = if d.data_categories.is_empty() {
        u()
    } else {
        d.data_categories.iter().map(|c| c.label(lang).to_string()).collect::<Vec<_>>().join("; ")
    };
    let who = contact(org, lang);
    let (title, greeting, intro, data_intro, consequences_h, measures_h, advice_h, advice, contact_h, contact_text, closing) = match lang {
        Lang::En => (
            "Important information about your personal data",
            "Dear Sir or Madam,",
            format!("We are writing to tell you about an incident at {} that concerns your personal data. We are sorry that this has happened.", org.legal_name),
            "The information concerned",
            "What this could mean for you",
            "What we have done and will do",
            "What you can do",
            "Be careful with unexpected messages that mention this incident or ask for your details or passwords. If you use the same password elsewhere, change it there too. Check your accounts and statements for anything unusual.",
            "Who to contact",
            format!("For any question, contact {who}. You also have the right to complain to {}.", authority_named(org, lang)),
            "Yours faithfully,",
        ),
        Lang::Fr => (
            "Information importante concernant vos données personnelles",
            "Madame, Monsieur,",
            format!("Nous vous informons d'un incident survenu chez {} qui concerne vos données personnelles. Nous regrettons qu'il se soit produit.", org.legal_name),
            "Les informations concernées",
            "Ce que cela peut signifier pour vous",
            "Ce que nous avons fait et allons faire",
            "Ce que vous pouvez faire",
            "Soyez prudent face aux messages inattendus qui évoquent cet incident ou vous demandent vos coordonnées ou mots de passe. Si vous utilisez le même mot de passe ailleurs, changez-le aussi. Surveillez vos comptes et relevés.",
            "Qui contacter",
            format!("Pour toute question, contactez {who}. Vous avez également le droit d'introduire une réclamation auprès de {}.", authority_named(org, lang)),
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
        ),
    };
    let what_h = t(lang, "What happened", "Ce qui s'est passé");
    let measures = [d.measures_taken.as_deref(), d.measures_proposed.as_deref()].into_iter().flatten().collect::<Vec<_>>().join("\n");
    let blocks = vec![
        Block::Paragraph(format!("{}\n{}", org.legal_name, org.address)),
        Block::Spacer(4.0),
        Block::Paragraph(format_date(today, lang)),
        Block::Spacer(4.0),
        Block::Heading { level: 1, text: title.into() },
        Block::Paragraph(greeting.into()),
        Block::Paragraph(intro),
        Block::Heading { level: 2, text: what_h },
        Block::Paragraph(format!("{what}\n{when}")),
        Block::Heading { level: 2, text: data_intro.into() },
        Block::Paragraph(with_details(data, d.data_details.as_deref())),
        Block::Heading { level: 2, text: consequences_h.into() },
        Block::Paragraph(or_unknown(d.consequences.as_deref(), lang)),
        Block::Heading { level: 2, text: measures_h.into() },
        Block::Paragraph(if measures.is_empty() { u() } else { measures }),
        Block::Heading { level: 2, text: advice_h.into() },
        Block::Paragraph(advice.into()),
        Block::Heading { level: 2, text: contact_h.into() },
        Block::Paragraph(contact_text),
        Block::Paragraph(closing.into()),
        Block::Signature {
            name: org.contact_name.clone().unwrap_or_else(|| org.legal_name.clone()),
            role: if org.dpo_designated { t(lang, "Data protection officer", "Délégué à la protection des données") } else { t(lang, "Privacy contact", "Contact pour la protection des données") },
            place_date: format_date(today, lang),
        },
    ];
    doc(org, title.into(), lang, today, blocks)
}

/// The internal register (Art. 33(5)): every incident, notified or not, with the decisions and their reasons.
pub fn register(org: &Org, breaches: &[Breach], lang: Lang, today: chrono::NaiveDate, now: DateTime<Utc>) -> Document {
    let title = t(lang, "Personal data breach register", "Registre des violations de données personnelles");
    doc(org, title, lang, today, register_blocks(org, breaches, lang, today, now))
}

/// The register's content, starting with its level-1 title: the standalone register and the audit binder use it.
pub fn register_blocks(org: &Org, breaches: &[Breach], lang: Lang, today: chrono::NaiveDate, now: DateTime<Utc>) -> Vec<Block> {
    let tz = org.tz();
    let title = t(lang, "Personal data breach register", "Registre des violations de données personnelles");
    let mut blocks = vec![
        Block::Heading { level: 1, text: title.clone() },
        Block::Paragraph(match lang {
            Lang::En => format!(
                "Every incident that may be a personal data breach, notified or not ({} Art. 33(5)). {} as of {}. {}",
                super::Rules::of(org).gdpr(lang),
                crate::document::counted(breaches.len() as u64, lang, ("incident", "incidents"), ("incident", "incidents")),
                format_date(today, lang),
                crate::document::zone_sentence(tz, lang)
            ),
            Lang::Fr => format!(
                "Toutes les violations de données personnelles, notifiées ou non ({} art. 33(5)). {} au {}. {}",
                super::Rules::of(org).gdpr(lang),
                crate::document::counted(breaches.len() as u64, lang, ("incident", "incidents"), ("incident", "incidents")),
                format_date(today, lang),
                crate::document::zone_sentence(tz, lang)
            ),
        }),
    ];
    if breaches.is_empty() {
        blocks.push(Block::Paragraph(t(lang, "No incident has been recorded.", "Aucun incident n'a été inscrit.")));
    } else {
        let columns = [
            // Weights chosen so that the longest French header words ("Connaissance", "Personnes") fit a line.
            (t(lang, "#", "N°"), 0.4),
            (t(lang, "Incident", "Incident"), 1.4),
            (t(lang, "Aware", "Connaissance"), 1.35),
            (t(lang, "People / records", "Personnes / enreg."), 1.05),
            (t(lang, "Risk", "Risque"), 0.8),
            (t(lang, "Authority", "Autorité"), 1.05),
            (t(lang, "People told", "Personnes informées"), 1.05),
            (t(lang, "Status", "Statut"), 0.85),
        ]
        .into_iter()
        .map(|(title, width)| Column::new(title, width))
        .collect();
        let rows = breaches
            .iter()
            .map(|b| {
                let authority = match (b.data.role, b.authority_notified(), &b.authority_decision) {
                    (BreachRole::Processor, _, _) => match b.controller_notified() {
                        Some(n) => format!("{} {}", t(lang, "Controller told", "Responsable informé le"), short(n.at, tz, lang)),
                        None => t(lang, "Processor: controller not told yet", "Sous-traitant : responsable pas encore informé"),
                    },
                    (_, Some(n), _) => format!("{} {}{}", t(lang, "Notified", "Notifiée le"), short(n.at, tz, lang), n.reference.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()),
                    (_, None, Some(d)) if !d.notify => t(lang, "Not notified (decision)", "Non notifiée (décision)"),
                    _ => t(lang, "Pending", "En attente"),
                };
                let people = match (b.people_notified(), b.public_communication(), &b.people_decision) {
                    (Some(n), _, _) => short(n.at, tz, lang),
                    (None, Some(p), _) => format!("{} {}", t(lang, "Public communication", "Communication publique le"), short(p.at, tz, lang)),
                    (None, None, Some(d)) if !d.notify => t(lang, "No (decision)", "Non (décision)"),
                    _ => "—".into(),
                };
                vec![
                    b.id.to_string(),
                    b.data.title.clone(),
                    short(b.data.aware_at, tz, lang),
                    format!("{} / {}", b.data.people_count.map(|n| crate::document::format_number(n, lang)).unwrap_or("?".into()), b.data.records_count.map(|n| crate::document::format_number(n, lang)).unwrap_or("?".into())),
                    b.risk().map(|r| r.label(lang).to_string()).unwrap_or_else(|| t(lang, "Not assessed", "Non évalué")),
                    authority,
                    people,
                    b.status().label(lang).into(),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table { columns, rows }));
        for b in breaches {
            blocks.extend(register_entry(org, b, lang, tz, now));
        }
    }
    blocks
}

fn register_entry(org: &Org, b: &Breach, lang: Lang, tz: Tz, now: DateTime<Utc>) -> Vec<Block> {
    let d = &b.data;
    let rules = super::Rules::of(org);
    let clock = b.clock(rules, now, tz);
    let mut kv = vec![
        (t(lang, "Aware", "Prise de connaissance"), short(d.aware_at, tz, lang)),
        (t(lang, "Occurred", "Survenue"), format!("{} → {}", short_or_unknown(d.occurred_from, tz, lang), short_or_unknown(d.occurred_to, tz, lang))),
        (t(lang, "Role", "Rôle"), with_details(d.role.label(lang).into(), (!d.controllers.is_empty()).then(|| d.controllers.join(", ")).as_deref())),
        (t(lang, "What happened", "Faits"), or_unknown(d.description.as_deref(), lang)),
        (t(lang, "Nature", "Nature"), list(&d.nature, |n| n.label(lang), lang)),
        (t(lang, "Data", "Données"), list(&d.data_categories, |c| c.label(lang), lang)),
        (t(lang, "People", "Personnes"), format!("{} — {}", list(&d.subject_categories, |c| c.label(lang), lang).replace('\n', ", "), count(d.people_count, lang))),
        (t(lang, "Records", "Enregistrements"), count(d.records_count, lang)),
        (t(lang, "Consequences", "Conséquences"), or_unknown(d.consequences.as_deref(), lang)),
        (t(lang, "Measures taken", "Mesures prises"), or_unknown(d.measures_taken.as_deref(), lang)),
        (t(lang, "Measures proposed", "Mesures envisagées"), or_unknown(d.measures_proposed.as_deref(), lang)),
        (t(lang, "Risk and reasoning", "Risque et justification"), b.assessment.as_ref().map(|a| format!("{}\n{}", a.risk.label(lang), a.reason)).unwrap_or_else(|| t(lang, "Not assessed", "Non évalué"))),
        (t(lang, "Decision: notify the authority", "Décision : notifier l'autorité"), decision_text(b.authority_decision.as_ref(), lang)),
        (t(lang, "Decision: tell the people", "Décision : informer les personnes"), decision_text(b.people_decision.as_ref(), lang)),
        (t(lang, "Authority deadline", "Échéance autorité"), format!("{} ({})", short(clock.authority.due_at, tz, lang), clock.authority.urgency.label(lang))),
    ];
    if let Some(c) = &clock.controller {
        kv.push((t(lang, "Controller deadline", "Échéance responsable"), format!("{} ({})", short(c.due_at, tz, lang), c.urgency.label(lang))));
    }
    if let Some(c) = &clock.full_report {
        kv.push((t(lang, "Full report (PECR)", "Rapport complet (PECR)"), format!("{} ({})", short(c.due_at, tz, lang), c.urgency.label(lang))));
    }
    for n in &b.notifications {
        let who = match n.recipient {
            Recipient::Authority => format!("{} — {}", n.recipient.label(lang), n.phase.unwrap_or(Phase::Initial).label(lang)),
            Recipient::Controller => format!("{} — {}", n.recipient.label(lang), n.controller.clone().unwrap_or_default()),
            Recipient::People | Recipient::Public => n.recipient.label(lang).to_string(),
        };
        let mut v = short(n.at, tz, lang);
        for extra in [n.reference.clone(), n.method.clone(), n.reached.map(|r| format!("{r} {}", t(lang, "reached", "atteintes")))].into_iter().flatten() {
            v.push_str(&format!(", {extra}"));
        }
        if let Some(r) = &n.delay_reason {
            v.push_str(&format!("\n{}: {r}", t(lang, "Reasons for the delay", "Motifs du retard")));
        }
        kv.push((who, v));
    }
    if let Some(at) = b.closed_at {
        kv.push((t(lang, "Closed", "Clôturée"), short(at, tz, lang)));
    }
    let timeline = b.timeline(rules, lang, tz).into_iter().map(|e| vec![short(e.at, tz, lang), e.text]).collect();
    vec![
        Block::Heading { level: 2, text: format!("{} {} — {}", t(lang, "Incident", "Incident n°"), b.id, d.title) },
        Block::KeyValue(kv),
        Block::Heading { level: 3, text: t(lang, "Timeline", "Chronologie") },
        Block::Table(Table { columns: vec![Column::new(t(lang, "When", "Quand"), 1.0), Column::new(t(lang, "What", "Quoi"), 3.0)], rows: timeline }),
    ]
}
