//! The breach documents: the authority notification in the CNIL's structure (French) or the ICO's (English), the
//! communication to the people affected (Art. 34(2), English or French), and the internal register for audits.
//!
//! A field not known yet prints as "Not known yet" / "Non connu à ce jour", so the founder sees what is missing
//! before filing.

use super::clock::local;
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

fn instant(at: Option<DateTime<Utc>>, tz: Tz, lang: Lang) -> String {
    at.map(|a| local(a, tz)).unwrap_or_else(|| unknown(lang))
}

fn count(n: Option<u64>, lang: Lang) -> String {
    n.map(|n| format!("{} {n}", t(lang, "approximately", "environ"))).unwrap_or_else(|| unknown(lang))
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

fn late_reason(b: &Breach) -> Option<String> {
    b.authority_notified().and_then(|n| n.delay_reason.clone())
}

fn people_told_text(b: &Breach, tz: Tz, lang: Lang) -> String {
    match b.people_notified() {
        Some(n) => {
            let mut s = format!("{} {}", t(lang, "Yes, on", "Oui, le"), local(n.at, tz));
            if let Some(m) = &n.method {
                s.push_str(&format!(" ({m})"));
            }
            if let Some(r) = n.reached {
                s.push_str(&format!(", {r} {}", t(lang, "people reached", "personnes atteintes")));
            }
            s
        }
        None => match &b.people_decision {
            Some(d) if !d.notify => decision_text(Some(d), lang),
            Some(_) => t(lang, "Not yet; decided to tell them", "Pas encore ; décision de les informer prise"),
            None => t(lang, "Not yet; no decision recorded", "Pas encore ; aucune décision enregistrée"),
        },
    }
}

/// The notification to the authority. `phase` overrides the phase derived from the record.
pub fn notification(org: &Org, b: &Breach, form: AuthorityForm, phase: Option<Phase>, today: chrono::NaiveDate) -> Document {
    match form {
        AuthorityForm::Cnil => cnil(org, b, phase_of(b, phase), today),
        AuthorityForm::Ico => ico(org, b, phase_of(b, phase), today),
    }
}

fn cnil(org: &Org, b: &Breach, phase: Phase, today: chrono::NaiveDate) -> Document {
    let lang = Lang::Fr;
    let tz = org.tz();
    let d = &b.data;
    let u = || unknown(lang);
    let siren = org
        .company_number
        .as_deref()
        .filter(|_| org.country == "FR")
        .map(|n| n.chars().take(9).collect::<String>())
        .or(org.company_number.clone())
        .unwrap_or_else(u);
    let initial = b.authority_notified();
    let mut kind = vec![(
        "Type de notification".to_string(),
        match phase {
            Phase::Initial => "Notification initiale".to_string(),
            Phase::Complementary => "Notification complémentaire".to_string(),
        },
    )];
    if phase == Phase::Complementary {
        kind.push(("Notification initiale du".into(), initial.map(|n| local(n.at, tz)).unwrap_or_else(u)));
        kind.push(("Numéro de la notification initiale".into(), initial.and_then(|n| n.reference.clone()).unwrap_or_else(u)));
    }
    let special = d.data_categories.iter().any(|c| matches!(c, super::DataCategory::SpecialCategories | super::DataCategory::GeneticBiometric | super::DataCategory::CriminalOffences));
    let mut blocks = vec![
        Block::Heading { level: 1, text: "Notification d'une violation de données personnelles".into() },
        Block::Paragraph(format!(
            "Notification à la Commission nationale de l'informatique et des libertés (CNIL) au titre de l'article 33 du RGPD. Violation n° {} : « {} ». Préparée le {} ; à reporter sur le formulaire en ligne de la CNIL.",
            b.id, d.title, format_date(today, lang)
        )),
        Block::KeyValue(kind),
        Block::Heading { level: 2, text: "1. L'organisme".into() },
        Block::KeyValue(vec![
            ("Raison sociale".into(), org.legal_name.clone()),
            ("SIREN".into(), siren),
            ("Adresse".into(), Some(org.address.clone()).filter(|a| !a.is_empty()).unwrap_or_else(u)),
            ("Personne à contacter".into(), contact(org, lang)),
            ("Délégué à la protection des données désigné".into(), if org.dpo_designated { "Oui".into() } else { "Non".into() }),
            ("Représentant légal".into(), org.representative.clone().unwrap_or_else(u)),
            ("Rôle de l'organisme".into(), with_details(d.role.label(lang).into(), (!d.controllers.is_empty()).then(|| format!("Pour le compte de : {}", d.controllers.join(", "))).as_deref())),
        ]),
        Block::Heading { level: 2, text: "2. Chronologie".into() },
        Block::KeyValue(vec![
            ("Prise de connaissance".into(), local(d.aware_at, tz)),
            ("Début de la violation".into(), instant(d.occurred_from, tz, lang)),
            ("Fin de la violation".into(), instant(d.occurred_to, tz, lang)),
            ("Échéance des 72 heures".into(), local(b.authority_due_at(), tz)),
            ("Moyen de découverte".into(), or_unknown(d.discovery.as_deref(), lang)),
        ]),
    ];
    let late = initial.map(|n| n.at > b.authority_due_at()).unwrap_or(today > b.authority_due_at().with_timezone(&tz).date_naive());
    if late {
        blocks.push(Block::KeyValue(vec![("Motifs du retard (art. 33(1))".into(), late_reason(b).unwrap_or_else(u))]));
    }
    blocks.extend([
        Block::Heading { level: 2, text: "3. Nature de la violation".into() },
        Block::KeyValue(vec![
            ("Description des faits".into(), or_unknown(d.description.as_deref(), lang)),
            ("Type d'atteinte".into(), list(&d.nature, |n| n.label(Lang::Fr), lang)),
            ("Acte malveillant / cyberattaque".into(), d.cyber_incident.map(|a| a.label(lang).to_string()).unwrap_or_else(u)),
        ]),
        Block::Heading { level: 2, text: "4. Données et personnes concernées".into() },
        Block::KeyValue(vec![
            ("Catégories de données".into(), with_details(list(&d.data_categories, |c| c.label(Lang::Fr), lang), d.data_details.as_deref())),
            ("Données sensibles (art. 9 et 10)".into(), if d.data_categories.is_empty() { u() } else if special { "Oui".into() } else { "Non".into() }),
            ("Nombre approximatif d'enregistrements".into(), count(d.records_count, lang)),
            ("Catégories de personnes".into(), with_details(list(&d.subject_categories, |c| c.label(Lang::Fr), lang), d.subject_details.as_deref())),
            ("Nombre approximatif de personnes".into(), count(d.people_count, lang)),
        ]),
        Block::Heading { level: 2, text: "5. Conséquences probables".into() },
        Block::KeyValue(vec![
            ("Conséquences pour les personnes".into(), or_unknown(d.consequences.as_deref(), lang)),
            ("Niveau de risque".into(), b.assessment.as_ref().map(|a| format!("{}\n{}", a.risk.label(lang), a.reason)).unwrap_or_else(u)),
        ]),
        Block::Heading { level: 2, text: "6. Mesures".into() },
        Block::KeyValue(vec![
            ("Mesures prises".into(), or_unknown(d.measures_taken.as_deref(), lang)),
            ("Mesures envisagées".into(), or_unknown(d.measures_proposed.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: "7. Information des personnes".into() },
        Block::KeyValue(vec![
            ("Personnes informées".into(), people_told_text(b, tz, lang)),
            ("Autres organismes informés".into(), or_unknown(d.others_told.as_deref(), lang)),
        ]),
        Block::Spacer(6.0),
        Block::Signature {
            name: org.representative.clone().or(org.contact_name.clone()).unwrap_or_else(u),
            role: if org.representative.is_some() { "Représentant légal".into() } else { "Personne à contacter".into() },
            place_date: format!("Le {}", format_date(today, lang)),
        },
    ]);
    doc(org, "Notification de violation de données".into(), lang, today, blocks)
}

fn ico(org: &Org, b: &Breach, phase: Phase, today: chrono::NaiveDate) -> Document {
    let lang = Lang::En;
    let tz = org.tz();
    let d = &b.data;
    let u = || unknown(lang);
    let initial = b.authority_notified();
    let mut report = vec![(
        "Report type".to_string(),
        match phase {
            Phase::Initial => "Initial report".to_string(),
            Phase::Complementary => "Follow-up report".to_string(),
        },
    )];
    if phase == Phase::Complementary {
        report.push(("ICO case reference".into(), initial.and_then(|n| n.reference.clone()).unwrap_or_else(u)));
        report.push(("Initial report made".into(), initial.map(|n| local(n.at, tz)).unwrap_or_else(u)));
    }
    let late = initial.map(|n| n.at > b.authority_due_at()).unwrap_or(today > b.authority_due_at().with_timezone(&tz).date_naive());
    let mut when = vec![
        ("When did you discover the breach?".to_string(), local(d.aware_at, tz)),
        ("When did the breach happen?".into(), match (d.occurred_from, d.occurred_to) {
            (None, None) => u(),
            (from, to) => format!("From {} to {}", instant(from, tz, lang), instant(to, tz, lang)),
        }),
        ("72-hour deadline".into(), local(b.authority_due_at(), tz)),
    ];
    if late {
        when.push(("Reasons for reporting late".into(), late_reason(b).unwrap_or_else(u)));
    }
    let told: Vec<String> = b
        .notifications
        .iter()
        .filter(|n| n.recipient == Recipient::Controller)
        .map(|n| format!("Controller {} on {}", n.controller.clone().unwrap_or_default(), local(n.at, tz)))
        .collect();
    let mut others = d.others_told.clone().into_iter().collect::<Vec<_>>();
    others.extend(told);
    let blocks = vec![
        Block::Heading { level: 1, text: "Personal data breach report".into() },
        Block::Paragraph(format!(
            "Report to the Information Commissioner's Office under Article 33 of the UK GDPR. Breach no. {}: \"{}\". Prepared on {}, following the parts of the ICO's breach reporting form.",
            b.id, d.title, format_date(today, lang)
        )),
        Block::KeyValue(report),
        Block::Heading { level: 2, text: "Organisation details".into() },
        Block::KeyValue(vec![
            ("Organisation name".into(), org.legal_name.clone()),
            ("ICO registration number".into(), org.ico_registration.clone().unwrap_or_else(u)),
            ("Company number".into(), org.company_number.clone().unwrap_or_else(u)),
            ("Address".into(), Some(org.address.clone()).filter(|a| !a.is_empty()).unwrap_or_else(u)),
            ("Contact for this report".into(), contact(org, lang)),
            ("Data protection officer".into(), if org.dpo_designated { "Yes, designated".into() } else { "No DPO designated".into() }),
            ("Our role".into(), with_details(d.role.label(lang).into(), (!d.controllers.is_empty()).then(|| format!("On behalf of: {}", d.controllers.join(", "))).as_deref())),
        ]),
        Block::Heading { level: 2, text: "About the breach".into() },
        Block::KeyValue(
            [
                ("What happened?".to_string(), or_unknown(d.description.as_deref(), lang)),
                ("Was the breach caused by a cyber incident?".into(), d.cyber_incident.map(|a| a.label(lang).to_string()).unwrap_or_else(u)),
                ("How did you find out about the breach?".into(), or_unknown(d.discovery.as_deref(), lang)),
            ]
            .into_iter()
            .chain(when)
            .collect(),
        ),
        Block::Heading { level: 2, text: "Personal data placed at risk".into() },
        Block::KeyValue(vec![
            ("Categories of personal data".into(), with_details(list(&d.data_categories, |c| c.label(Lang::En), lang), d.data_details.as_deref())),
            ("Approximate number of personal data records".into(), count(d.records_count, lang)),
            ("Approximate number of people affected".into(), count(d.people_count, lang)),
            ("Categories of people affected".into(), with_details(list(&d.subject_categories, |c| c.label(Lang::En), lang), d.subject_details.as_deref())),
        ]),
        Block::Heading { level: 2, text: "Potential consequences".into() },
        Block::KeyValue(vec![
            ("Likely consequences for the people".into(), or_unknown(d.consequences.as_deref(), lang)),
            ("How likely are they to experience these consequences?".into(), d.likelihood.map(|l| l.label(lang).to_string()).unwrap_or_else(u)),
            ("Our risk assessment".into(), b.assessment.as_ref().map(|a| format!("{}\n{}", a.risk.label(lang), a.reason)).unwrap_or_else(u)),
            ("Confidentiality, integrity, availability".into(), list(&d.nature, |n| n.label(Lang::En), lang)),
        ]),
        Block::Heading { level: 2, text: "Staff training".into() },
        Block::KeyValue(vec![
            ("Had the staff involved received data protection training in the last two years?".into(), d.staff_trained.map(|a| a.label(lang).to_string()).unwrap_or_else(u)),
            ("Training details".into(), or_unknown(d.training_details.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: "Containment and recovery".into() },
        Block::KeyValue(vec![
            ("Actions taken to contain the breach and recover the data".into(), or_unknown(d.measures_taken.as_deref(), lang)),
            ("Further actions planned".into(), or_unknown(d.measures_proposed.as_deref(), lang)),
        ]),
        Block::Heading { level: 2, text: "Who else has been told".into() },
        Block::KeyValue(vec![
            ("Have you told the people affected?".into(), people_told_text(b, tz, lang)),
            ("Have you told anyone else?".into(), if others.is_empty() { u() } else { others.join("\n") }),
        ]),
    ];
    doc(org, "Personal data breach report".into(), lang, today, blocks)
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
            Lang::En => format!("It took place between {} and {}; we learnt of it on {}.", local(from, tz), local(to, tz), local(d.aware_at, tz)),
            Lang::Fr => format!("Il a eu lieu entre le {} et le {} ; nous en avons eu connaissance le {}.", local(from, tz), local(to, tz), local(d.aware_at, tz)),
        },
        _ => match lang {
            Lang::En => format!("We learnt of it on {}. When it began: {}.", local(d.aware_at, tz), instant(d.occurred_from, tz, lang)),
            Lang::Fr => format!("Nous en avons eu connaissance le {}. Date de début : {}.", local(d.aware_at, tz), instant(d.occurred_from, tz, lang)),
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
            Lang::En => format!("Every incident that may be a personal data breach, notified or not (GDPR Art. 33(5)). {} incident(s) as of {}. Times are in {} with their offset.", breaches.len(), format_date(today, lang), tz.name()),
            Lang::Fr => format!("Toutes les violations de données personnelles, notifiées ou non (RGPD art. 33(5)). {} incident(s) au {}. Heures en {} avec leur décalage.", breaches.len(), format_date(today, lang), tz.name()),
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
                        Some(n) => format!("{} {}", t(lang, "Controller told", "Responsable informé le"), local(n.at, tz)),
                        None => t(lang, "Processor: controller not told yet", "Sous-traitant : responsable pas encore informé"),
                    },
                    (_, Some(n), _) => format!("{} {}{}", t(lang, "Notified", "Notifiée le"), local(n.at, tz), n.reference.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()),
                    (_, None, Some(d)) if !d.notify => t(lang, "Not notified (decision)", "Non notifiée (décision)"),
                    _ => t(lang, "Pending", "En attente"),
                };
                let people = match (b.people_notified(), &b.people_decision) {
                    (Some(n), _) => local(n.at, tz),
                    (None, Some(d)) if !d.notify => t(lang, "No (decision)", "Non (décision)"),
                    _ => "—".into(),
                };
                vec![
                    b.id.to_string(),
                    b.data.title.clone(),
                    local(b.data.aware_at, tz),
                    format!("{} / {}", b.data.people_count.map(|n| n.to_string()).unwrap_or("?".into()), b.data.records_count.map(|n| n.to_string()).unwrap_or("?".into())),
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
    let clock = b.clock(org.processor_notice_hours, now, tz);
    let mut kv = vec![
        (t(lang, "Aware", "Prise de connaissance"), local(d.aware_at, tz)),
        (t(lang, "Occurred", "Survenue"), format!("{} → {}", instant(d.occurred_from, tz, lang), instant(d.occurred_to, tz, lang))),
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
        (t(lang, "Authority deadline", "Échéance autorité"), format!("{} ({})", clock.authority.due_at_local, clock.authority.urgency.label(lang))),
    ];
    if let Some(c) = &clock.controller {
        kv.push((t(lang, "Controller deadline", "Échéance responsable"), format!("{} ({})", c.due_at_local, c.urgency.label(lang))));
    }
    for n in &b.notifications {
        let who = match n.recipient {
            Recipient::Authority => format!("{} — {}", n.recipient.label(lang), n.phase.unwrap_or(Phase::Initial).label(lang)),
            Recipient::Controller => format!("{} — {}", n.recipient.label(lang), n.controller.clone().unwrap_or_default()),
            Recipient::People => n.recipient.label(lang).to_string(),
        };
        let mut v = local(n.at, tz);
        for extra in [n.reference.clone(), n.method.clone(), n.reached.map(|r| format!("{r} {}", t(lang, "reached", "atteintes")))].into_iter().flatten() {
            v.push_str(&format!(", {extra}"));
        }
        if let Some(r) = &n.delay_reason {
            v.push_str(&format!("\n{}: {r}", t(lang, "Reasons for the delay", "Motifs du retard")));
        }
        kv.push((who, v));
    }
    if let Some(at) = b.closed_at {
        kv.push((t(lang, "Closed", "Clôturée"), local(at, tz)));
    }
    let timeline = b.timeline(lang, tz).into_iter().map(|e| vec![e.at_local, e.text]).collect();
    vec![
        Block::Heading { level: 2, text: format!("{} {} — {}", t(lang, "Incident", "Incident n°"), b.id, d.title) },
        Block::KeyValue(kv),
        Block::Heading { level: 3, text: t(lang, "Timeline", "Chronologie") },
        Block::Table(Table { columns: vec![Column::new(t(lang, "When", "Quand"), 1.0), Column::new(t(lang, "What", "Quoi"), 3.0)], rows: timeline }),
    ]
}
