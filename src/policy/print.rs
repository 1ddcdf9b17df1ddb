//! The printed notice of a policy change: what changes (the summary the user wrote), the notice date, the
//! effective date, and the right to object or to stop using the service before then.

use super::{ChangeClass, ChangeView};
use crate::document::{format_date, Block, Document, Lang};
use crate::org::Org;
use chrono::NaiveDate;

fn t(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// Whom to write to: the privacy contact's name and e-mail, or the organisation's address.
pub fn contact_text(org: &Org) -> String {
    match (&org.contact_name, &org.contact_email) {
        (Some(n), Some(e)) => format!("{n} <{e}>"),
        (None, Some(e)) => e.clone(),
        (Some(n), None) => n.clone(),
        (None, None) if !org.address.is_empty() => format!("{}, {}", org.legal_name, org.address.replace('\n', ", ")),
        (None, None) => org.legal_name.clone(),
    }
}

/// The notice, or why it cannot be printed yet (no notice date: nothing to tell people about).
pub fn change_notice(org: &Org, view: &ChangeView, lang: Lang, today: NaiveDate) -> Result<Document, crate::Invalid> {
    let (Some(notice_on), Some(effective_on)) = (view.change.notice_on, view.effective_on) else {
        return Err(crate::Invalid::field("notice_on", "is not set: record the notice date before printing the notice"));
    };
    let kind = view.policy_kind.label(lang);
    let title = match lang {
        Lang::En => format!("Notice of changes to our {}", kind.to_lowercase()),
        Lang::Fr => format!("Avis de modification : {}", kind.to_lowercase()),
    };
    let notice = format_date(notice_on, lang);
    let effective = format_date(effective_on, lang);
    let mut blocks = vec![
        Block::Heading { level: 1, text: title.clone() },
        Block::Paragraph(match lang {
            Lang::En => format!(
                "{} is changing its {} \"{}\". This notice is given on {notice}; the new version takes effect on {effective}.",
                org.legal_name,
                kind.to_lowercase(),
                view.policy_title
            ),
            Lang::Fr => format!(
                "{} modifie le document « {} » ({}). Le présent avis est donné le {notice} ; la nouvelle version entre en vigueur le {effective}.",
                org.legal_name,
                view.policy_title,
                kind.to_lowercase()
            ),
        }),
        Block::KeyValue(vec![
            (t(lang, "Document", "Document").into(), view.policy_title.clone()),
            (
                t(lang, "Version", "Version").into(),
                match &view.from_label {
                    Some(from) => format!("{from} → {}", view.to_label),
                    None => view.to_label.clone(),
                },
            ),
            (t(lang, "Type of change", "Nature de la modification").into(), view.change.class.label(lang).into()),
            (t(lang, "Notice date", "Date de l'avis").into(), notice.clone()),
            (t(lang, "Effective date", "Date d'entrée en vigueur").into(), effective.clone()),
            (
                t(lang, "Notice period", "Délai de préavis").into(),
                match lang {
                    Lang::En => format!("{} calendar days", view.period_days_applied),
                    Lang::Fr => format!("{} jours calendaires", view.period_days_applied),
                },
            ),
        ]),
        Block::Heading { level: 2, text: t(lang, "What changes", "Ce qui change").into() },
    ];
    match &view.change.summary {
        Some(summary) => {
            for para in super::diff::paragraphs(summary) {
                blocks.push(Block::Paragraph(para.to_string()));
            }
        }
        None => blocks.push(Block::Paragraph(match lang {
            Lang::En => format!("The new version differs from the previous one as follows: {}.", view.diff_summary.text(lang)),
            Lang::Fr => format!("La nouvelle version diffère de la précédente ainsi : {}.", view.diff_summary.text(lang)),
        })),
    }
    blocks.push(Block::Heading { level: 2, text: t(lang, "Your rights", "Vos droits").into() });
    let contact = contact_text(org);
    let rights = match (view.change.class, lang) {
        (ChangeClass::Legal, Lang::En) => format!(
            "This change is required by law and applies from {effective}. If you do not accept it, you may object by writing to {contact}, or stop using the service and close your account at any time."
        ),
        (ChangeClass::Legal, Lang::Fr) => format!(
            "Cette modification est imposée par la loi et s'applique à compter du {effective}. Si vous ne l'acceptez pas, vous pouvez vous y opposer en écrivant à {contact}, ou cesser d'utiliser le service et fermer votre compte à tout moment."
        ),
        (_, Lang::En) => format!(
            "If you do not agree with these changes, you may object by writing to {contact} before {effective}, or stop using the service and close your account before that date. If you continue to use the service on or after {effective}, the new version applies to you."
        ),
        (_, Lang::Fr) => format!(
            "Si vous n'acceptez pas ces modifications, vous pouvez vous y opposer en écrivant à {contact} avant le {effective}, ou cesser d'utiliser le service et fermer votre compte avant cette date. Si vous continuez à utiliser le service à compter du {effective}, la nouvelle version vous est applicable."
        ),
    };
    blocks.push(Block::Paragraph(rights));
    blocks.push(Block::Paragraph(match lang {
        Lang::En => "Your rights under data protection law (access, rectification, erasure, objection, and the right to complain to the supervisory authority) are not affected.".to_string(),
        Lang::Fr => format!(
            "Vos droits au titre de la protection des données (accès, rectification, effacement, opposition, et le droit d'introduire une réclamation auprès de l'autorité de contrôle{}) ne sont pas affectés.",
            if org.authority == crate::org::Authority::Cnil { ", la CNIL" } else { "" }
        ),
    }));
    Ok(Document::of(org, &title, lang, today, blocks))
}
