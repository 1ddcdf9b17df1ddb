//! The public subprocessor list customers ask for: who processes their data, for what, and where.

use super::{Status, Subprocessor, TransferMechanism};
use crate::country;
use crate::document::{format_date, Block, Column, Document, Lang, Table};
use crate::org::Org;
use chrono::NaiveDate;

fn t(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// The transfer safeguard as printed: the recorded mechanism, else whether one is needed at all.
pub fn transfer_text(s: &Subprocessor, lang: Lang) -> String {
    match s.data.transfer_mechanism {
        Some(_) => s.data.mechanism_words(lang),
        None if s.data.locations.is_empty() => t(lang, "Not recorded", "Non renseigné").to_string(),
        None if s.data.transfers().is_empty() => TransferMechanism::NotNeeded.label(lang).to_string(),
        None => t(lang, "Not recorded", "Non renseigné").to_string(),
    }
}

/// Only subprocessors in use or announced are public; proposed and retired ones stay in the internal register.
pub fn is_public(s: &Subprocessor) -> bool {
    matches!(s.data.status, Status::Active | Status::Announced)
}

pub fn public_list(org: &Org, records: &[&Subprocessor], lang: Lang, today: NaiveDate) -> Document {
    let title = t(lang, "Subprocessors", "Sous-traitants ultérieurs").to_string();
    Document::of(org, &title, lang, today, public_list_blocks(org, records, lang, today))
}

/// The public list's content, starting with its level-1 title: the standalone list and the audit binder use it.
pub fn public_list_blocks(org: &Org, records: &[&Subprocessor], lang: Lang, today: NaiveDate) -> Vec<Block> {
    let mut listed: Vec<&Subprocessor> = records.iter().copied().filter(|s| is_public(s)).collect();
    listed.sort_by_cached_key(|s| s.data.name.to_lowercase());
    let title = t(lang, "Subprocessors", "Sous-traitants ultérieurs").to_string();
    let intro = match lang {
        Lang::En => format!(
            "{} engages the subprocessors below to process personal data on behalf of its customers. This list is current as of {}.",
            org.legal_name,
            format_date(today, lang)
        ),
        Lang::Fr => format!(
            "{} fait appel aux sous-traitants ultérieurs ci-dessous pour traiter des données personnelles pour le compte de ses clients. Cette liste est à jour au {}.",
            org.legal_name,
            format_date(today, lang)
        ),
    };
    let mut blocks = vec![Block::Heading { level: 1, text: title.clone() }, Block::Paragraph(intro)];
    if listed.is_empty() {
        blocks.push(Block::Paragraph(t(lang, "No subprocessor is engaged at present.", "Aucun sous-traitant ultérieur n'est engagé à ce jour.").into()));
    } else {
        let columns = [
            // Widths in millimetres of the A4 body, so that the longest category ("Authentification") and
            // country names ("Luxembourg", "Royaume-Uni") fit on one line.
            (t(lang, "Name", "Nom"), 30.0),
            (t(lang, "Service", "Service"), 31.0),
            (t(lang, "Category", "Catégorie"), 31.0),
            (t(lang, "Country", "Pays"), 25.0),
            (t(lang, "Processing locations", "Lieux de traitement"), 27.0),
            (t(lang, "Transfer mechanism", "Garanties de transfert"), 26.0),
        ]
        .into_iter()
        .map(|(title, width)| Column { title: title.into(), width })
        .collect();
        let rows = listed
            .iter()
            .map(|s| {
                let mut name = s.data.name.clone();
                if s.data.status == Status::Announced {
                    name.push_str(t(lang, " (announced)", " (annoncé)"));
                }
                let locations = if s.data.locations.is_empty() {
                    t(lang, "Not recorded", "Non renseigné").to_string()
                } else {
                    s.data.locations.iter().map(|c| country::name(c, lang)).collect::<Vec<_>>().join(", ")
                };
                vec![
                    name,
                    s.data.service.clone(),
                    s.data.category.label(lang).into(),
                    country::name(&s.data.country, lang),
                    locations,
                    transfer_text(s, lang),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table { columns, rows }));
    }
    let contact = match (&org.contact_name, &org.contact_email) {
        (Some(n), Some(e)) => Some(format!("{n} <{e}>")),
        (None, Some(e)) => Some(e.clone()),
        (Some(n), None) => Some(n.clone()),
        (None, None) => None,
    };
    if let Some(contact) = contact {
        blocks.push(Block::Spacer(4.0));
        blocks.push(Block::Paragraph(match lang {
            Lang::En => format!("Questions about this list: {contact}."),
            Lang::Fr => format!("Questions sur cette liste : {contact}."),
        }));
    }
    blocks
}
