//! The printed record of processing activities: the CNIL's register layout (French: the controller's details, a
//! summary table, then one sheet per activity with the CNIL's headings) and the ICO's documentation template
//! (English: one sheet per activity with the template's columns in order), each followed by the processor record
//! (Art. 30(2)) when the organisation acts for customers.

use super::{rights_for, transfers, warnings_in, Activity, ActivityRole, CnilDataCategory, SecurityMeasure};
use crate::adequacy::Adequacy;
use crate::country;
use crate::document::{format_date, Block, Column, Document, Lang, Table};
use crate::org::Org;
use crate::subprocessor::Subprocessor;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which authority's layout the record follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum RopaLayout {
    /// The CNIL's register, in French.
    Cnil,
    /// The ICO's documentation template, in English.
    Ico,
}

impl RopaLayout {
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cnil" => Ok(RopaLayout::Cnil),
            "ico" => Ok(RopaLayout::Ico),
            other => Err(format!("'{other}' is not a layout; use cnil or ico")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RopaLayout::Cnil => "cnil",
            RopaLayout::Ico => "ico",
        }
    }

    pub fn lang(self) -> Lang {
        match self {
            RopaLayout::Cnil => Lang::Fr,
            RopaLayout::Ico => Lang::En,
        }
    }

    /// The layout a binder in a language uses.
    pub fn for_lang(lang: Lang) -> RopaLayout {
        match lang {
            Lang::Fr => RopaLayout::Cnil,
            Lang::En => RopaLayout::Ico,
        }
    }
}

/// What the record is printed from: the current (not archived) activities and the subprocessor register.
pub struct RopaInput<'a> {
    pub org: &'a Org,
    pub activities: &'a [Activity],
    pub register: &'a [Subprocessor],
    pub adequacy: &'a Adequacy,
    /// The customers on record, for a processor's controllers and their contact details.
    pub customers: &'a [crate::subprocessor::notice::Customer],
    pub today: NaiveDate,
}

fn t(lang: Lang, en: &str, fr: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Fr => fr.to_string(),
    }
}

fn none(lang: Lang) -> String {
    t(lang, "None recorded", "Non renseigné")
}

fn or_none(v: Option<&str>, lang: Lang) -> String {
    v.map(str::to_string).unwrap_or_else(|| none(lang))
}

fn list(items: &[String], lang: Lang) -> String {
    if items.is_empty() { none(lang) } else { items.join("\n") }
}

fn table(columns: &[(String, f32)], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table { columns: columns.iter().map(|(title, w)| Column::new(title.clone(), *w)).collect(), rows })
}

/// The whole record as a document, in `lang` (either layout reads in either language: a French company hands its
/// English-speaking customer the CNIL's register in English, a UK company reads the ICO's template in French).
pub fn ropa(input: &RopaInput<'_>, layout: RopaLayout, lang: Lang) -> Document {
    let title = title(lang);
    Document::of(input.org, &title, lang, input.today, ropa_blocks(input, layout, lang))
}

pub fn title(lang: Lang) -> String {
    t(lang, "Record of processing activities", "Registre des activités de traitement")
}

/// The record's content, starting with its level-1 title: the standalone document and the binder both use it.
pub fn ropa_blocks(input: &RopaInput<'_>, layout: RopaLayout, lang: Lang) -> Vec<Block> {
    let org = input.org;
    let current: Vec<&Activity> = input.activities.iter().filter(|a| a.archived_on.is_none()).collect();
    let mut blocks = vec![Block::Heading { level: 1, text: title(lang) }];
    let contact = [org.contact_name.clone(), org.contact_email.clone(), org.contact_phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let mut kv = vec![
        (t(lang, "Controller", "Responsable du traitement"), [Some(org.legal_name.clone()), Some(org.address.clone()).filter(|a| !a.is_empty())].into_iter().flatten().collect::<Vec<_>>().join("\n")),
        (t(lang, "Company number", "N° SIREN / SIRET"), or_none(org.company_number.as_deref(), lang)),
        (t(lang, "Legal representative", "Représentant légal"), or_none(org.representative.as_deref(), lang)),
        (
            if org.dpo_designated { t(lang, "Data protection officer", "Délégué à la protection des données") } else { t(lang, "Privacy contact", "Contact pour la protection des données") },
            if contact.is_empty() { none(lang) } else { contact },
        ),
    ];
    if let Some(reg) = &org.ico_registration {
        kv.push((t(lang, "ICO registration", "Enregistrement ICO"), reg.clone()));
    }
    kv.push((t(lang, "Record as of", "Registre à jour au"), format_date(input.today, lang)));
    blocks.push(Block::KeyValue(kv));
    blocks.push(Block::Heading { level: 2, text: t(lang, "Processing activities", "Liste des activités de traitement") });
    if current.is_empty() {
        blocks.push(Block::Paragraph(t(lang, "No processing activity is recorded.", "Aucune activité de traitement n'est inscrite au registre.")));
        return blocks;
    }
    let summary: Vec<Vec<String>> = current
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.data.name.clone(),
                a.data.role.label(lang).into(),
                a.data.purposes.join("; "),
                format_date(a.created_at.date_naive(), lang),
                format_date(a.updated_at.date_naive(), lang),
            ]
        })
        .collect();
    blocks.push(table(
        &[
            (t(lang, "#", "N°"), 0.4),
            (t(lang, "Activity", "Activité"), 1.6),
            (t(lang, "Role", "Rôle"), 1.0),
            (t(lang, "Purposes", "Finalités"), 2.2),
            (t(lang, "Created", "Créée le"), 1.3),
            (t(lang, "Updated", "Mise à jour"), 1.3),
        ],
        summary,
    ));
    for a in &current {
        blocks.push(Block::PageBreak);
        blocks.extend(match layout {
            RopaLayout::Cnil => cnil_sheet(input, a, lang),
            RopaLayout::Ico => ico_sheet(input, a, lang),
        });
    }
    blocks.extend(processor_blocks(input, &current, lang));
    blocks
}

/// The record as a spreadsheet: one row per current activity, the layout's columns in order (the ICO's template; the
/// CNIL's register with its tables written into cells, one item a line), in `lang`. Returns the header and rows.
pub fn ropa_table(input: &RopaInput<'_>, layout: RopaLayout, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let current: Vec<&Activity> = input.activities.iter().filter(|a| a.archived_on.is_none()).collect();
    let cells = |a: &Activity| -> Vec<(String, String)> {
        let mut row = vec![(t(lang, "No.", "N°"), a.id.to_string()), (t(lang, "Activity", "Activité"), a.data.name.clone())];
        match layout {
            RopaLayout::Ico => {
                let processor = a.data.role == ActivityRole::Processor;
                row.push((t(lang, "Role", "Rôle"), a.data.role.label(lang).into()));
                row.extend(ico_fields(input, a, lang).into_iter().enumerate().map(|(i, (label, value, controller_only))| {
                    // One header for both roles: the controller's column names the customers of a processor.
                    let label = if i == 2 { t(lang, "Name and contact details of controller(s)", "Nom et coordonnées du ou des responsables du traitement") } else { label };
                    (label, if processor && controller_only { t(lang, "Not applicable (processor)", "Sans objet (sous-traitant)") } else { value })
                }));
            }
            RopaLayout::Cnil => row.extend(cnil_cells(input, a, lang)),
        }
        row
    };
    let blank = Activity {
        id: super::ActivityId(0),
        data: super::ActivityDraft { name: "-".into(), purposes: vec!["-".into()], ..Default::default() }.validate().expect("a name and a purpose make an activity"),
        created_at: chrono::DateTime::UNIX_EPOCH,
        updated_at: chrono::DateTime::UNIX_EPOCH,
        archived_on: None,
    };
    let headers = cells(&blank).into_iter().map(|(label, _)| label).collect();
    let rows = current.iter().map(|a| cells(a).into_iter().map(|(_, value)| value).collect()).collect();
    (headers, rows)
}

/// The first fields of the CNIL sheet: when the activity was recorded, its role and who runs it.
fn cnil_heading(a: &Activity, lang: Lang) -> Vec<(String, String)> {
    let d = &a.data;
    vec![
        (t(lang, "Created on", "Date de création"), format_date(a.created_at.date_naive(), lang)),
        (t(lang, "Last updated", "Dernière mise à jour"), format_date(a.updated_at.date_naive(), lang)),
        (t(lang, "Role", "Rôle"), d.role.label(lang).into()),
        (t(lang, "Department / function", "Service / fonction"), or_none(d.business_function.as_deref(), lang)),
        (t(lang, "Joint controller", "Responsable conjoint"), or_none(d.joint_controller.as_deref(), lang)),
        (t(lang, "Software used", "Logiciel utilisé"), or_none(d.software.as_deref(), lang)),
    ]
}

/// The CNIL sheet of one activity as cells: its fields in the sheet's order, each table written one item a line.
fn cnil_cells(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Vec<(String, String)> {
    let d = &a.data;
    let lines = |items: Vec<String>| if items.is_empty() { none(lang) } else { items.join("\n") };
    let data = d
        .data_categories
        .iter()
        .map(|i| {
            let mut item = i.category.label(lang).to_string();
            if let Some(desc) = &i.description {
                item.push_str(&format!("{} {desc}", t(lang, ":", "\u{a0}:")));
            }
            if let Some(r) = &i.retention {
                item.push_str(&format!(" ({r})"));
            }
            item
        })
        .collect();
    let transfers: Vec<String> = transfers(&d.clone(), input.register, input.adequacy)
        .into_iter()
        .map(|tr| format!("{} ({}){} {}", tr.recipient, country::name(&tr.country, lang), t(lang, ":", "\u{a0}:"), safeguard_text(&tr, lang)))
        .collect();
    let measures = d
        .security_measures
        .iter()
        .map(|m| match &m.details {
            Some(x) => format!("{}{} {x}", m.kind.label(lang), t(lang, ":", "\u{a0}:")),
            None => m.kind.label(lang).to_string(),
        })
        .collect();
    let processors = linked(input, a).into_iter().map(|s| processor_contract(s, lang)).collect();
    let mut cells = cnil_heading(a, lang);
    cells.extend([
        (t(lang, "Purposes", "Finalités"), list(&d.purposes, lang)),
        (t(lang, "Lawful basis", "Base légale"), d.lawful_basis.map(|b| b.label(lang).to_string()).unwrap_or_else(|| none(lang))),
        (t(lang, "Legitimate interest", "Intérêt légitime"), or_none(d.legitimate_interests.as_deref(), lang)),
        (t(lang, "Categories of data subjects", "Catégories de personnes concernées"), list(&d.subject_categories, lang)),
        (t(lang, "Categories of data collected (details, retention)", "Catégories de données collectées (détail, durée de conservation)"), lines(data)),
        (t(lang, "Sensitive data", "Données sensibles"), if d.sensitive_data.is_empty() { t(lang, "No", "Non") } else { d.sensitive_data.join(", ") }),
        (t(lang, "Condition (Art. 9(2))", "Condition (art. 9(2))"), d.art9_condition.map(|c| c.label(lang).to_string()).unwrap_or_else(|| "—".into())),
        (t(lang, "Source of the data", "Source des données"), or_none(d.source.as_deref(), lang)),
        (t(lang, "Internal recipients", "Destinataires internes"), list(&d.recipients_internal, lang)),
        (t(lang, "External bodies", "Organismes externes"), list(&d.recipients_external, lang)),
        (t(lang, "Processors", "Sous-traitants"), lines(processors)),
        (t(lang, "Transfers outside the European Union", "Transferts hors de l'Union européenne"), if transfers.is_empty() { t(lang, "None", "Aucun") } else { transfers.join("\n") }),
        (t(lang, "Security measures", "Mesures de sécurité"), lines(measures)),
        (
            t(lang, "Data protection impact assessment (DPIA)", "Analyse d'impact (AIPD)"),
            match (d.dpia_needed, &d.dpia_reference) {
                (Some(true), Some(r)) => format!("{} — {r}", t(lang, "Required", "Nécessaire")),
                (Some(true), None) => t(lang, "Required", "Nécessaire"),
                (Some(false), _) => t(lang, "Not required", "Non nécessaire"),
                (None, _) => t(lang, "Not assessed", "Non évaluée"),
            },
        ),
    ]);
    cells.push((
        t(lang, "On behalf of the controllers (processor)", "Pour le compte des responsables de traitement (sous-traitant)"),
        if d.role == ActivityRole::Processor { controllers_text(input, a, lang) } else { t(lang, "Not applicable", "Sans objet") },
    ));
    cells
}

fn transfers_table(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Block {
    let rows: Vec<Vec<String>> = transfers(&a.data, input.register, input.adequacy)
        .into_iter()
        .map(|tr| {
            let safeguard = safeguard_text(&tr, lang);
            let safeguard = match &tr.notes {
                Some(n) => format!("{safeguard}\n{n}"),
                None => safeguard,
            };
            vec![tr.recipient, country::name(&tr.country, lang), safeguard]
        })
        .collect();
    if rows.is_empty() {
        return Block::Paragraph(t(lang, "No transfer outside the EEA.", "Aucun transfert hors de l'Union européenne."));
    }
    table(&[(t(lang, "Recipient", "Destinataire"), 1.5), (t(lang, "Country", "Pays"), 1.0), (t(lang, "Safeguards", "Garanties"), 2.0)], rows)
}

/// The safeguard as printed: the recorded one, else the adequacy decision where one covers the whole country.
fn safeguard_text(tr: &super::ActivityTransfer, lang: Lang) -> String {
    use crate::adequacy::AdequacyScope;
    match (tr.safeguard, tr.adequacy) {
        (Some(m), _) => m.label(lang).to_string(),
        (None, Some(AdequacyScope::Full | AdequacyScope::Commercial)) => t(lang, "Adequacy decision", "Décision d'adéquation"),
        (None, Some(AdequacyScope::Dpf)) => t(lang, "None recorded (adequacy covers DPF-certified organisations only)", "Aucune garantie renseignée (l'adéquation ne couvre que les organisations certifiées DPF)"),
        (None, None) => t(lang, "None recorded", "Aucune garantie renseignée"),
    }
}

fn linked<'a>(input: &'a RopaInput<'_>, a: &Activity) -> Vec<&'a Subprocessor> {
    a.data.subprocessor_ids.iter().filter_map(|id| input.register.iter().find(|s| s.id == *id)).collect()
}

fn processor_contract(s: &Subprocessor, lang: Lang) -> String {
    let mut v = s.data.name.clone();
    match (&s.data.dpa_reference, s.data.dpa_signed_on) {
        (Some(r), Some(d)) => v.push_str(&format!(" — {} {r}, {}", t(lang, "DPA", "contrat"), format_date(d, lang))),
        (Some(r), None) => v.push_str(&format!(" — {} {r}", t(lang, "DPA", "contrat"))),
        (None, Some(d)) => v.push_str(&format!(" — {} {}", t(lang, "DPA signed", "contrat signé le"), format_date(d, lang))),
        (None, None) => v.push_str(&format!(" — {}", t(lang, "no DPA recorded", "contrat non renseigné"))),
    }
    v
}

fn warnings_blocks(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Vec<Block> {
    let w = warnings_in(&a.data, input.register, input.adequacy, lang);
    if w.is_empty() {
        return Vec::new();
    }
    vec![
        Block::Heading { level: 3, text: t(lang, "Gaps against Article 30", "Points à compléter (article 30)") },
        Block::Paragraph(w.iter().map(|w| format!("• {}", w.message)).collect::<Vec<_>>().join("\n")),
    ]
}

/// The CNIL's sheet for one activity, with its headings in `lang`.
fn cnil_sheet(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Vec<Block> {
    let d = &a.data;
    let (yes, no, dash) = (t(lang, "Yes", "Oui"), t(lang, "No", "Non"), "—".to_string());
    let mut blocks = vec![
        Block::Heading { level: 2, text: format!("{} {} — {}", t(lang, "Sheet no.", "Fiche n°"), a.id, d.name) },
        Block::KeyValue(cnil_heading(a, lang)),
        Block::Heading { level: 3, text: t(lang, "Objectives pursued", "Objectifs poursuivis") },
        Block::KeyValue(vec![
            (t(lang, "Purposes", "Finalités"), list(&d.purposes, lang)),
            (t(lang, "Lawful basis", "Base légale"), d.lawful_basis.map(|b| b.label(lang).to_string()).unwrap_or_else(|| none(lang))),
            (t(lang, "Legitimate interest", "Intérêt légitime"), or_none(d.legitimate_interests.as_deref(), lang)),
        ]),
        Block::Heading { level: 3, text: t(lang, "Categories of data subjects", "Catégories de personnes concernées") },
        Block::Paragraph(list(&d.subject_categories, lang)),
        Block::Heading { level: 3, text: t(lang, "Categories of data collected", "Catégories de données collectées") },
    ];
    // The CNIL sheet lists its categories whether used or not, so that a reader sees what is absent too.
    let rows: Vec<Vec<String>> = CnilDataCategory::ALL
        .iter()
        .flat_map(|cat| {
            let items: Vec<_> = d.data_categories.iter().filter(|i| i.category == *cat).collect();
            if items.is_empty() {
                vec![vec![cat.label(lang).to_string(), dash.clone(), dash.clone()]]
            } else {
                items
                    .into_iter()
                    .map(|i| vec![cat.label(lang).to_string(), i.description.clone().unwrap_or_else(|| yes.clone()), or_none(i.retention.as_deref(), lang)])
                    .collect()
            }
        })
        .collect();
    blocks.push(table(&[(t(lang, "Category", "Catégorie"), 1.6), (t(lang, "Details", "Détail"), 1.8), (t(lang, "Retention period", "Durée de conservation"), 1.4)], rows));
    blocks.push(Block::KeyValue(vec![
        (
            t(lang, "Sensitive data", "Données sensibles"),
            if d.sensitive_data.is_empty() { no.clone() } else { format!("{yes}{} {}", t(lang, ":", "\u{a0}:"), d.sensitive_data.join(", ")) },
        ),
        (t(lang, "Condition (Art. 9(2))", "Condition (art. 9(2))"), d.art9_condition.map(|c| c.label(lang).to_string()).unwrap_or_else(|| dash.clone())),
        (t(lang, "Source of the data", "Source des données"), or_none(d.source.as_deref(), lang)),
    ]));
    blocks.push(Block::Heading { level: 3, text: t(lang, "Recipients", "Destinataires") });
    let processors: Vec<String> = linked(input, a).into_iter().map(|s| processor_contract(s, lang)).collect();
    blocks.push(Block::KeyValue(vec![
        (t(lang, "Internal recipients", "Destinataires internes"), list(&d.recipients_internal, lang)),
        (t(lang, "External bodies", "Organismes externes"), list(&d.recipients_external, lang)),
        (t(lang, "Processors", "Sous-traitants"), list(&processors, lang)),
    ]));
    blocks.push(Block::Heading { level: 3, text: t(lang, "Transfers outside the European Union", "Transferts hors de l'Union européenne") });
    blocks.push(transfers_table(input, a, lang));
    blocks.push(Block::Heading { level: 3, text: t(lang, "Security measures", "Mesures de sécurité") });
    let rows = SecurityMeasure::ALL
        .iter()
        .map(|m| {
            let chosen: Vec<_> = d.security_measures.iter().filter(|x| x.kind == *m).collect();
            let details = chosen.iter().filter_map(|x| x.details.clone()).collect::<Vec<_>>().join("\n");
            vec![m.label(lang).to_string(), if chosen.is_empty() { no.clone() } else { yes.clone() }, if details.is_empty() { dash.clone() } else { details }]
        })
        .collect();
    blocks.push(table(&[(t(lang, "Measure", "Mesure"), 1.6), (t(lang, "In place", "Mise en œuvre"), 0.7), (t(lang, "Details", "Précisions"), 2.5)], rows));
    blocks.push(Block::KeyValue(vec![(
        t(lang, "Data protection impact assessment (DPIA)", "Analyse d'impact (AIPD)"),
        match (d.dpia_needed, &d.dpia_reference) {
            (Some(true), Some(r)) => format!("{} — {r}", t(lang, "Required", "Nécessaire")),
            (Some(true), None) => t(lang, "Required — no reference recorded", "Nécessaire — référence non renseignée"),
            (Some(false), _) => t(lang, "Not required", "Non nécessaire"),
            (None, _) => t(lang, "Not assessed", "Non évaluée"),
        },
    )]));
    if d.role == ActivityRole::Processor {
        blocks.push(Block::Heading { level: 3, text: t(lang, "On behalf of the controllers", "Pour le compte des responsables de traitement") });
        blocks.push(customers_table(input, a, lang));
    }
    blocks.extend(warnings_blocks(input, a, lang));
    blocks
}

/// The ICO's documentation template for one activity: each column's label and value in order, in `lang`, and whether
/// it is a controller's column only (a processor's record, Art. 30(2), leaves the lawful basis and the rest out).
/// A processor names each controller it acts for (Art. 30(2)(a)), with the contact details recorded for them.
fn ico_fields(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Vec<(String, String, bool)> {
    let d = &a.data;
    let data_categories: Vec<String> = d
        .data_categories
        .iter()
        .map(|i| match &i.description {
            Some(desc) if i.category == CnilDataCategory::Other => desc.clone(),
            Some(desc) => format!("{}: {desc}", i.category.label(lang)),
            None => i.category.label(lang).to_string(),
        })
        .collect();
    let retention: Vec<String> = d
        .data_categories
        .iter()
        .map(|i| format!("{}: {}", i.description.clone().unwrap_or_else(|| i.category.label(lang).to_string()), or_none(i.retention.as_deref(), lang)))
        .collect();
    let mut recipients: Vec<String> = d.recipients_internal.iter().map(|r| format!("{r} ({})", t(lang, "internal", "interne"))).collect();
    recipients.extend(d.recipients_external.iter().cloned());
    recipients.extend(linked(input, a).iter().map(|s| format!("{} ({})", s.data.name, t(lang, "processor", "sous-traitant"))));
    let contracts: Vec<String> = linked(input, a).into_iter().map(|s| processor_contract(s, lang)).collect();
    let transfers = transfers(&d.clone(), input.register, input.adequacy);
    // Each country once, in the order of the transfers.
    let mut countries: Vec<String> = Vec::new();
    for name in transfers.iter().map(|tr| country::name(&tr.country, lang)) {
        if !countries.contains(&name) {
            countries.push(name);
        }
    }
    let safeguards: Vec<String> = transfers
        .iter()
        .map(|tr| {
            format!("{} ({}): {}", tr.recipient, country::name(&tr.country, lang), safeguard_text(tr, lang))
        })
        .collect();
    let security: Vec<String> = d
        .security_measures
        .iter()
        .map(|m| match &m.details {
            Some(x) => format!("{}: {x}", m.kind.label(lang)),
            None => m.kind.label(lang).to_string(),
        })
        .collect();
    let rights = match (&d.rights, d.lawful_basis) {
        (Some(r), _) => r.clone(),
        (None, Some(b)) => format!("{} ({})", rights_for(b, lang), t(lang, "from the lawful basis", "selon la base légale")),
        (None, None) => none(lang),
    };
    let dpia = match (d.dpia_needed, &d.dpia_reference) {
        (Some(true), _) => t(lang, "Yes", "Oui"),
        (Some(false), _) => t(lang, "No", "Non"),
        (None, _) => t(lang, "Not assessed", "Non évaluée"),
    };
    let controller = match &d.joint_controller {
        _ if d.role == ActivityRole::Processor => controllers_text(input, a, lang),
        Some(j) => format!("{} ({}{} {j})", input.org.legal_name, t(lang, "joint controller", "responsable conjoint"), t(lang, ":", "\u{a0}:")),
        None => input.org.legal_name.clone(),
    };
    let not_applicable = t(lang, "Not applicable", "Sans objet");
    vec![
        (t(lang, "Business function", "Service / fonction"), or_none(d.business_function.as_deref(), lang), false),
            (t(lang, "Purpose of the processing", "Finalités du traitement"), list(&d.purposes, lang), false),
            (
                if d.role == ActivityRole::Processor {
                    t(lang, "Name and contact details of each controller", "Nom et coordonnées de chaque responsable du traitement")
                } else {
                    t(lang, "Name and contact details of controller", "Nom et coordonnées du responsable du traitement")
                },
                controller,
                false,
            ),
            (t(lang, "Categories of individuals", "Catégories de personnes concernées"), list(&d.subject_categories, lang), false),
            (t(lang, "Categories of personal data", "Catégories de données à caractère personnel"), list(&data_categories, lang), false),
            (t(lang, "Categories of recipients", "Catégories de destinataires"), list(&recipients, lang), false),
            (t(lang, "Link to contract with processor", "Contrat avec le sous-traitant"), list(&contracts, lang), false),
            (
                t(lang, "Names of third countries or international organisations", "Pays tiers ou organisations internationales"),
                if countries.is_empty() { t(lang, "None", "Aucun") } else { countries.join(", ") },
                false,
            ),
            (t(lang, "Safeguards for transfers", "Garanties des transferts"), if safeguards.is_empty() { not_applicable.clone() } else { safeguards.join("\n") }, false),
            (t(lang, "Retention schedule", "Durées de conservation"), list(&retention, lang), false),
            (t(lang, "General description of security measures", "Description générale des mesures de sécurité"), list(&security, lang), false),
            (t(lang, "Article 6 lawful basis", "Base légale (article 6)"), d.lawful_basis.map(|b| b.label(lang).to_string()).unwrap_or_else(|| none(lang)), true),
            (
                t(lang, "Article 9 basis for special category data", "Condition de l'article 9 pour les données sensibles"),
                match (d.sensitive_data.is_empty(), d.art9_condition) {
                    (true, _) => t(lang, "No special category data", "Aucune donnée sensible"),
                    (false, Some(c)) => format!("{} ({})", c.label(lang), d.sensitive_data.join(", ")),
                    (false, None) => format!("{} ({})", none(lang), d.sensitive_data.join(", ")),
                },
                true,
            ),
            (t(lang, "Legitimate interests", "Intérêts légitimes"), d.legitimate_interests.clone().unwrap_or_else(|| not_applicable.clone()), true),
            (t(lang, "Rights available to individuals", "Droits des personnes concernées"), rights, true),
            (
                t(lang, "Existence of automated decision-making, including profiling", "Prise de décision automatisée, y compris le profilage"),
                d.automated_decisions.clone().unwrap_or_else(|| none(lang)),
                true,
            ),
            (t(lang, "Source of the personal data", "Source des données"), or_none(d.source.as_deref(), lang), false),
            (t(lang, "Location of personal data", "Localisation des données"), or_none(d.location.as_deref(), lang), false),
            (t(lang, "DPIA required?", "AIPD nécessaire\u{a0}?"), dpia, true),
            (t(lang, "DPIA link or reference", "Référence de l'AIPD"), or_none(d.dpia_reference.as_deref(), lang), true),
            (
                t(lang, "Created / last updated", "Créée / mise à jour"),
                format!("{} / {}", format_date(a.created_at.date_naive(), lang), format_date(a.updated_at.date_naive(), lang)),
                false,
            ),
    ]
}

/// The ICO's documentation template for one activity, its columns in order, in `lang`.
fn ico_sheet(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Vec<Block> {
    let d = &a.data;
    let processor = d.role == ActivityRole::Processor;
    let fields = ico_fields(input, a, lang).into_iter().filter(|(_, _, controller_only)| !(processor && *controller_only)).map(|(k, v, _)| (k, v)).collect();
    let mut blocks = vec![Block::Heading { level: 2, text: format!("{}. {}", a.id, d.name) }, Block::KeyValue(fields)];
    if d.role == ActivityRole::Processor {
        blocks.push(Block::Heading { level: 3, text: t(lang, "Customers (controllers) this processing is carried out for", "Clients (responsables de traitement) pour le compte desquels ce traitement est effectué") });
        blocks.push(customers_table(input, a, lang));
    }
    blocks.extend(warnings_blocks(input, a, lang));
    blocks
}

/// Each controller a processing is done for (Art. 30(2)(a)): its name and the contact details on record.
fn controllers_text(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> String {
    if a.data.customers.is_empty() {
        return t(lang, "No customer recorded.", "Aucun client renseigné.");
    }
    a.data.customers.iter().map(|c| controller_line(input, &c.customer, lang)).collect::<Vec<_>>().join("\n")
}

/// A customer as a controller: "Acme SA — Jane Roe, dpo@acme.fr, 1 rue …; representative: …".
fn controller_line(input: &RopaInput<'_>, name: &str, lang: Lang) -> String {
    let key = crate::text::fold(name);
    let Some(c) = input.customers.iter().find(|c| crate::text::fold(&c.name) == key) else {
        return format!("{name} — {}", t(lang, "no contact details recorded", "coordonnées non renseignées"));
    };
    let contact: Vec<String> = [c.contact_name.clone(), c.contact_email.clone(), c.address.clone().map(|a| a.replace('\n', ", "))].into_iter().flatten().collect();
    let mut line = if contact.is_empty() {
        format!("{} — {}", c.name, t(lang, "no contact details recorded", "coordonnées non renseignées"))
    } else {
        format!("{} — {}", c.name, contact.join(", "))
    };
    if let Some(r) = &c.representative {
        line.push_str(&format!("{} {}{} {r}", t(lang, ";", "\u{a0};"), t(lang, "representative", "représentant"), t(lang, ":", "\u{a0}:")));
    }
    line
}

fn customers_table(input: &RopaInput<'_>, a: &Activity, lang: Lang) -> Block {
    if a.data.customers.is_empty() {
        return Block::Paragraph(t(lang, "No customer recorded.", "Aucun client renseigné."));
    }
    let rows = a.data.customers.iter().map(|c| vec![controller_line(input, &c.customer, lang), list(&c.processing, lang)]).collect();
    table(&[(t(lang, "Customer (controller)", "Client (responsable de traitement)"), 1.5), (t(lang, "Categories of processing", "Catégories de traitements"), 2.5)], rows)
}

/// The processor record (Art. 30(2)): per customer, the processing done for it, with transfers and security.
fn processor_blocks(input: &RopaInput<'_>, current: &[&Activity], lang: Lang) -> Vec<Block> {
    let owned: Vec<Activity> = current.iter().map(|a| (*a).clone()).collect();
    let record = super::processor_record(&owned);
    if record.customers.is_empty() {
        return Vec::new();
    }
    let mut rows = Vec::new();
    for c in &record.customers {
        for ca in &c.activities {
            let a = current.iter().find(|a| a.id == ca.activity_id).expect("the record comes from these activities");
            let tr = transfers(&a.data, input.register, input.adequacy);
            let transfers_text = if tr.is_empty() {
                t(lang, "None", "Aucun")
            } else {
                tr.iter()
                    .map(|x| format!("{} ({})", country::name(&x.country, lang), x.safeguard.map(|m| m.label(lang).to_string()).unwrap_or_else(|| "—".into())))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let security = a.data.security_measures.iter().map(|m| m.kind.label(lang)).collect::<Vec<_>>().join(", ");
            rows.push(vec![
                controller_line(input, &c.customer, lang),
                format!("{}\n{}", ca.activity, list(&ca.processing, lang)),
                transfers_text,
                if security.is_empty() { none(lang) } else { security },
            ]);
        }
    }
    vec![
        Block::PageBreak,
        Block::Heading { level: 2, text: t(lang, "Processor record (Article 30(2))", "Registre du sous-traitant (article 30(2))") },
        Block::Paragraph(match lang {
            Lang::En => format!("Processing {} carries out on behalf of its customers (controllers).", input.org.legal_name),
            Lang::Fr => format!("Catégories de traitements effectués par {} pour le compte de ses clients (responsables de traitement).", input.org.legal_name),
        }),
        table(
            &[
                (t(lang, "Controller (customer)", "Responsable (client)"), 1.3),
                (t(lang, "Categories of processing", "Catégories de traitements"), 2.0),
                (t(lang, "Transfers", "Transferts"), 1.3),
                (t(lang, "Security measures", "Mesures de sécurité"), 1.4),
            ],
            rows,
        ),
    ]
}
