//! The letters of a request, in English and French: acknowledgement, identity request, fee request, extension
//! notice, response cover letter, refusal. Each is a function from the request (with its computed clock) to a [`Document`].
//!
//! Every letter names the organisation and how to reach it, the requester, the rights exercised with their articles,
//! and the dates that matter (received, due, extended due); then what the law requires that letter to say: the
//! extension its reasons (Art. 12(3)), the refusal its reasons and the right to complain to the named authority,
//! with its address (Art. 12(4) and (5)).

use super::{Outcome, Regime, Request, RequestView};
use crate::document::{format_date, Block, Document, Lang};
use crate::error::Invalid;
use crate::org::{Authority, Org};
use crate::vocabulary;
use chrono::NaiveDate;

vocabulary! {
    /// The letters a request can need.
    LetterKind {
        Acknowledgement = "acknowledgement", "Acknowledgement of receipt", "Accusé de réception", ["ack", "acknowledgment", "accuse"];
        Identity = "identity", "Identity evidence request", "Demande de justificatif d'identité", ["id", "verification"];
        Fee = "fee", "Fee request", "Demande de frais", ["fee-request", "frais", "payment"];
        Extension = "extension", "Extension notice", "Notification de prolongation", ["extend", "prolongation"];
        Response = "response", "Response cover letter", "Lettre de réponse", ["reply", "réponse"];
        Refusal = "refusal", "Refusal with reasons", "Refus motivé", ["refuse", "refus"];
    }
    what: "letter kind"
}

fn t(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// The authority a requester can complain to under the request's regime, as printed: name and address lines.
pub fn complaint_authority(org: &Org, regime: Regime, lang: Lang) -> Vec<String> {
    let cnil = || {
        vec![
            "Commission nationale de l'informatique et des libertés (CNIL)".into(),
            "3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France".into(),
            "www.cnil.fr".into(),
        ]
    };
    let ico = || {
        vec![
            "Information Commissioner's Office (ICO)".into(),
            "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, United Kingdom".into(),
            "ico.org.uk".into(),
        ]
    };
    match (regime, org.authority) {
        (Regime::UkGdpr, _) => ico(),
        (Regime::EuGdpr, Authority::Cnil) => cnil(),
        (Regime::EuGdpr, Authority::Other) => vec![org.authority_label()],
        // An organisation supervised by the ICO answering under the EU GDPR: the requester complains in their own
        // member state (Art. 77), which the letter cannot name for them.
        (Regime::EuGdpr, Authority::Ico) => vec![t(
            lang,
            "the supervisory authority of the EU member state where you live or work, or where the alleged infringement took place (GDPR Art. 77)",
            "l'autorité de contrôle de l'État membre de l'UE où vous résidez, où vous travaillez ou où la violation aurait été commise (RGPD art. 77)",
        )
        .into()],
        (Regime::Ccpa, _) => vec![
            "California Privacy Protection Agency, cppa.ca.gov".into(),
            t(lang, "California Attorney General, oag.ca.gov/privacy", "Procureur général de Californie (California Attorney General), oag.ca.gov/privacy").into(),
        ],
    }
}

fn law(regime: Regime, lang: Lang) -> &'static str {
    match regime {
        Regime::EuGdpr => t(lang, "the General Data Protection Regulation (GDPR)", "le règlement général sur la protection des données (RGPD)"),
        Regime::UkGdpr => t(lang, "the UK General Data Protection Regulation (UK GDPR)", "le règlement général sur la protection des données du Royaume-Uni (UK GDPR)"),
        Regime::Ccpa => t(lang, "the California Consumer Privacy Act, as amended by the CPRA (CCPA)", "la loi californienne sur la protection de la vie privée des consommateurs, modifiée par le CPRA (CCPA)"),
    }
}

/// The first period in words, for the acknowledgement.
fn period(regime: Regime, lang: Lang) -> &'static str {
    match regime {
        Regime::EuGdpr => t(lang, "one month from receipt (GDPR Art. 12(3))", "un mois à compter de la réception (RGPD art. 12, § 3)"),
        Regime::UkGdpr => t(lang, "one month (UK GDPR Art. 12(3) and 12A)", "un mois (UK GDPR art. 12, § 3 et art. 12A)"),
        Regime::Ccpa => t(lang, "45 calendar days from receipt (Cal. Civ. Code 1798.130(a)(2))", "45 jours calendaires à compter de la réception (Cal. Civ. Code 1798.130(a)(2))"),
    }
}

/// "de " before a French phrase, "d'" before a vowel: « d'un mois », « de trois mois ».
fn de(phrase: &str) -> String {
    let elided = phrase.chars().next().is_some_and(|c| "aeiouyéèêh".contains(c.to_lowercase().next().unwrap_or(c)));
    if elided { format!("d'{phrase}") } else { format!("de {phrase}") }
}

/// The period once extended, for a letter dated after the requester was told.
fn extended_period(regime: Regime, lang: Lang) -> &'static str {
    match regime {
        Regime::EuGdpr => t(lang, "three months from receipt, the one month extended by two (GDPR Art. 12(3))", "trois mois à compter de la réception, le délai d'un mois prolongé de deux (RGPD art. 12, § 3)"),
        Regime::UkGdpr => t(lang, "three months, the one month extended by two (UK GDPR Art. 12(3) and 12A)", "trois mois, le délai d'un mois prolongé de deux (UK GDPR art. 12, § 3 et art. 12A)"),
        Regime::Ccpa => t(lang, "90 calendar days from receipt, the 45 days extended by 45 (Cal. Civ. Code 1798.130(a)(2))", "90 jours calendaires à compter de la réception, les 45 jours prolongés de 45 (Cal. Civ. Code 1798.130(a)(2))"),
    }
}

fn article(regime: Regime, gdpr: &'static str, lang: Lang) -> String {
    match (regime, lang) {
        (Regime::EuGdpr, Lang::En) => format!("GDPR Art. {gdpr}"),
        (Regime::EuGdpr, Lang::Fr) => format!("RGPD art. {gdpr}"),
        (_, Lang::En) => format!("UK GDPR Art. {gdpr}"),
        (_, Lang::Fr) => format!("UK GDPR art. {gdpr}"),
    }
}

/// Builds a letter. Refused when the letter does not fit the request: an extension notice without a recorded
/// extension, a refusal for a request not refused, a response to a refused or withdrawn request, or any letter once
/// the requester's details have been purged.
/// Whether a letter fits the request as it stands: none once the requester's details are gone, the extension
/// notice once an extension is recorded, the refusal once refused, the response unless refused or withdrawn.
pub fn available(r: &Request, kind: LetterKind) -> Result<(), Invalid> {
    let facts = &r.facts;
    if r.pseudonymised_on.is_some() {
        return Err(Invalid::field("id", format!("request {} was pseudonymised at the end of its retention period; no letter can be addressed", r.reference())));
    }
    match kind {
        LetterKind::Fee if r.data.fee.is_none() => {
            return Err(Invalid::field("fee", "no fee is recorded on this request: record the amount charged first (request edit --fee, or Edit in the window)"))
        }
        LetterKind::Extension if facts.extension_notified_on.is_none() => {
            return Err(Invalid::field("kind", "no extension is recorded on this request: record it first (request extend, with the reasons and the date the requester is told)"))
        }
        LetterKind::Refusal if facts.outcome != Some(Outcome::Refused) => {
            return Err(Invalid::field("kind", "the request is not recorded as refused: close it with the outcome refused and the reasons first"))
        }
        LetterKind::Response if matches!(facts.outcome, Some(Outcome::Refused | Outcome::Withdrawn)) => {
            return Err(Invalid::field("kind", format!("the request was {}: a response cover letter does not fit; print the refusal instead", facts.outcome.map(|o| o.as_str()).unwrap_or_default())))
        }
        _ => Ok(()),
    }
}

/// The day a letter is dated unless the user chooses another: the day of its event. The acknowledgement the day
/// the request was received, the identity request the day the evidence was asked for, the extension notice the day
/// the requester was told (which must fall within the first period), the fee request the day the fee was asked for, the response and the refusal the response
/// date. None when the event is not recorded yet: the letter is then dated the day it is printed.
pub fn event_day(r: &Request, kind: LetterKind) -> Option<NaiveDate> {
    let facts = &r.facts;
    match kind {
        LetterKind::Acknowledgement => Some(r.data.received_on),
        LetterKind::Identity => facts.identity_requested_on,
        LetterKind::Fee => facts.fee_requested_on,
        LetterKind::Extension => facts.extension_notified_on,
        LetterKind::Response | LetterKind::Refusal => facts.closed_on,
    }
}

/// The letter of `kind`, dated `dated` when the user chose a day, else [`event_day`], else `today`. It says what
/// was true on that day: an acknowledgement dated before the extension gives the first due date, within one month.
pub fn letter(org: &Org, v: &RequestView, kind: LetterKind, lang: Lang, today: NaiveDate, dated: Option<NaiveDate>) -> Result<Document, Invalid> {
    let r = &v.request;
    let (data, facts) = (&r.data, &r.facts);
    available(r, kind)?;
    if let Some(day) = dated {
        if day < data.received_on {
            return Err(Invalid::field("dated", format!("{day} is before the request was received on {}", data.received_on)));
        }
        if day > today {
            return Err(Invalid::field("dated", format!("{day} is in the future; a letter is dated at the latest the day it is printed")));
        }
    }
    let regime = data.regime;
    let date = |d: NaiveDate| format_date(d, lang);
    let letter_date = dated.or_else(|| event_day(r, kind)).unwrap_or(today);
    // The extension as the letter's day knew it: told on or before that day.
    let extended = v.extended_due_on.filter(|_| facts.extension_notified_on.is_some_and(|told| told <= letter_date));
    // Under the UK rule (and the EU pause) the identity request goes out before the clock starts.
    let clock_waits = match kind {
        LetterKind::Identity => regime == Regime::UkGdpr || facts.eu_pause_applied,
        // Under the UK rule the clock starts once the fee is paid (Art. 12A); elsewhere a fee does not move it.
        LetterKind::Fee => regime == Regime::UkGdpr,
        _ => false,
    };

    let mut blocks = Vec::new();
    let mut sender = vec![org.legal_name.clone()];
    sender.extend(org.address.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from));
    let contact: Vec<String> = [org.contact_name.clone(), org.contact_email.clone(), org.contact_phone.clone()].into_iter().flatten().collect();
    if !contact.is_empty() {
        sender.push(contact.join(" · "));
    }
    blocks.push(Block::Paragraph(sender.join("\n")));
    blocks.push(Block::Spacer(4.0));
    let mut recipient = vec![data.requester.clone()];
    match (&data.postal_address, &data.email) {
        (Some(a), _) => recipient.extend(a.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from)),
        (None, Some(e)) => recipient.push(e.clone()),
        (None, None) => {}
    }
    blocks.push(Block::Paragraph(recipient.join("\n")));
    blocks.push(Block::Spacer(4.0));
    blocks.push(Block::Paragraph(date(letter_date)));
    let title = match lang {
        Lang::En => format!("Your {} request — {}", regime.label(), kind.label(lang).to_lowercase()),
        Lang::Fr => format!("Votre demande ({}) — {}", regime.label_in(lang), kind.label(lang).to_lowercase()),
    };
    blocks.push(Block::Heading { level: 1, text: title.clone() });

    let mut facts_table = vec![
        (t(lang, "Our reference", "Notre référence").to_string(), v.reference.clone()),
        (t(lang, "Request received", "Demande reçue le").to_string(), date(data.received_on)),
        (t(lang, "Law", "Texte applicable").to_string(), law(regime, lang).to_string()),
        (
            t(lang, "Rights exercised", "Droits exercés").to_string(),
            data.rights.iter().map(|right| right.with_cite(regime, lang)).collect::<Vec<_>>().join("\n"),
        ),
    ];
    if kind == LetterKind::Fee {
        facts_table.push((t(lang, "Fee", "Frais").into(), data.fee.clone().unwrap_or_default()));
    }
    if let Some(ack) = v.acknowledge_by {
        facts_table.push((t(lang, "Receipt confirmed by", "Réception confirmée au plus tard le").into(), date(ack)));
    }
    match extended {
        _ if clock_waits => facts_table.push((
            t(lang, "Time limit starts", "Début du délai").into(),
            if kind == LetterKind::Fee {
                t(lang, "On the day we receive the fee", "Le jour où nous recevons le paiement des frais")
            } else {
                t(lang, "On the day we receive the information asked for below", "Le jour où nous recevons les informations demandées ci-dessous")
            }
            .into(),
        )),
        Some(extended) => {
            facts_table.push((t(lang, "Original due date", "Échéance initiale").into(), date(v.original_due_on)));
            facts_table.push((t(lang, "Extended due date", "Échéance prolongée").into(), date(extended)));
        }
        None => facts_table.push((t(lang, "Due date", "Échéance").into(), date(v.original_due_on))),
    }
    if let (Some(outcome), Some(on)) = (facts.outcome, facts.closed_on) {
        facts_table.push((t(lang, "Outcome", "Issue").into(), format!("{}, {}", outcome.label(lang), date(on))));
    }
    blocks.push(Block::KeyValue(facts_table));
    blocks.push(Block::Spacer(2.0));
    blocks.push(Block::Paragraph(match lang {
        Lang::En => format!("Dear {},", data.requester),
        Lang::Fr => "Madame, Monsieur,".to_string(),
    }));

    let reply_to = org.contact_email.clone().unwrap_or_else(|| org.legal_name.clone());
    for p in body(org, v, kind, lang, &reply_to, extended) {
        blocks.push(Block::Paragraph(p));
    }
    blocks.push(Block::Paragraph(
        t(lang, "Yours sincerely,", "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.").into(),
    ));
    blocks.push(Block::Signature {
        name: org.contact_name.clone().unwrap_or_else(|| org.legal_name.clone()),
        role: if org.dpo_designated {
            format!("{}, {}", t(lang, "Data Protection Officer", "Délégué à la protection des données"), org.legal_name)
        } else {
            format!("{}, {}", t(lang, "Privacy contact", "Contact vie privée"), org.legal_name)
        },
        place_date: date(letter_date),
    });
    Ok(Document {
        title: format!("{title} — {}", v.reference),
        author: org.legal_name.clone(),
        header: org.legal_name.clone(),
        lang,
        printed_on: today,
        blocks,
    })
}

/// The paragraphs that make each letter what it is.
fn body(org: &Org, v: &RequestView, kind: LetterKind, lang: Lang, reply_to: &str, extended: Option<NaiveDate>) -> Vec<String> {
    let r = &v.request;
    let (data, facts) = (&r.data, &r.facts);
    let regime = data.regime;
    let date = |d: NaiveDate| format_date(d, lang);
    let received = date(data.received_on);
    // The due date as the letter's day knew it; the extension notice always gives the extended one.
    let due = date(if kind == LetterKind::Extension { v.due_on } else { extended.unwrap_or(v.original_due_on) });
    let period = |regime: Regime, lang: Lang| if extended.is_some() { extended_period(regime, lang) } else { period(regime, lang) };
    let authority = complaint_authority(org, regime, lang).join(", ");
    let mut out = Vec::new();
    match (kind, regime, lang) {
        (LetterKind::Acknowledgement, Regime::Ccpa, Lang::En) => {
            out.push(format!("We confirm that we received your request on {received}. We must verify your identity before we act on it, and we will respond by {due}, within {}.", period(regime, lang)));
            out.push("If we need more time, we will tell you before that date, with the reasons; the law allows one extension of 45 days (90 days in all).".into());
        }
        (LetterKind::Acknowledgement, Regime::Ccpa, Lang::Fr) => {
            out.push(format!("Nous confirmons avoir reçu votre demande le {received}. Nous devons vérifier votre identité avant d'y donner suite, et nous vous répondrons au plus tard le {due}, dans un délai de {}.", period(regime, lang)));
            out.push("Si nous avons besoin de plus de temps, nous vous en informerons avant cette date, motifs à l'appui ; la loi permet une seule prolongation de 45 jours (90 jours au total).".into());
        }
        (LetterKind::Acknowledgement, _, Lang::En) => {
            out.push(format!("We received your request on {received}. We will answer it without undue delay and at the latest by {due}, within {}.", period(regime, lang)));
            out.push(format!("If we have reasonable doubts about your identity, we may ask you for information to confirm it ({}); if your request is unclear, we may ask you to clarify it.", article(regime, "12(6)", lang)));
            out.push(format!("If your request is complex, or we have received a number of requests, the period can be extended by two further months ({}). We would tell you within the first month, with the reasons.", article(regime, "12(3)", lang)));
        }
        (LetterKind::Acknowledgement, _, Lang::Fr) => {
            out.push(format!("Nous avons reçu votre demande le {received}. Nous y répondrons dans les meilleurs délais et au plus tard le {due}, soit dans un délai {}.", de(period(regime, lang))));
            out.push(format!("Si nous avons des doutes raisonnables sur votre identité, nous pourrons vous demander des informations pour la confirmer ({}) ; si votre demande n'est pas claire, nous pourrons vous demander de la préciser.", article(regime, "12, § 6", lang)));
            out.push(format!("Si votre demande est complexe ou si nous recevons de nombreuses demandes, ce délai peut être prolongé de deux mois ({}). Nous vous en informerions dans le premier mois, motifs à l'appui.", article(regime, "12, § 3", lang)));
        }
        (LetterKind::Identity, Regime::Ccpa, Lang::En) => {
            out.push(format!("Before we can act on your request received on {received}, the law requires us to verify that you are the person the information is about. Please send us information that lets us match you with the data we hold (for example the e-mail address and details of your account) at {reply_to}."));
            out.push(format!("Verification does not change our deadline: we will respond by {due}."));
        }
        (LetterKind::Identity, Regime::Ccpa, Lang::Fr) => {
            out.push(format!("Avant de donner suite à votre demande reçue le {received}, la loi nous impose de vérifier que vous êtes bien la personne concernée par les informations. Merci de nous adresser à {reply_to} des éléments permettant de vous rattacher aux données que nous détenons (par exemple l'adresse électronique et les détails de votre compte)."));
            out.push(format!("Cette vérification ne modifie pas notre délai : nous vous répondrons au plus tard le {due}."));
        }
        (LetterKind::Identity, _, Lang::En) => {
            out.push(format!("To protect your personal data, we must be sure that we answer the person it is about. We have reasonable doubts about your identity and ask you to send us information to confirm it ({}), at {reply_to}. We will use it only to confirm your identity and will not keep it longer than needed.", article(regime, "12(6)", lang)));
            out.push(if regime == Regime::UkGdpr || facts.eu_pause_applied {
                "The time limit for our answer starts on the day we receive this information; we will confirm the due date then.".to_string()
            } else {
                format!("We will answer your request by {due}.")
            });
        }
        (LetterKind::Identity, _, Lang::Fr) => {
            out.push(format!("Pour protéger vos données personnelles, nous devons nous assurer de répondre à la personne qu'elles concernent. Nous avons des doutes raisonnables sur votre identité et vous demandons de nous adresser des informations permettant de la confirmer ({}), à {reply_to}. Nous ne les utiliserons que pour confirmer votre identité et ne les conserverons pas plus longtemps que nécessaire.", article(regime, "12, § 6", lang)));
            out.push(if regime == Regime::UkGdpr || facts.eu_pause_applied {
                "Le délai de réponse court à compter de la réception de ces informations ; nous vous confirmerons alors l'échéance.".to_string()
            } else {
                format!("Nous répondrons à votre demande au plus tard le {due}.")
            });
        }
        (LetterKind::Fee, _, _) => {
            let fee = data.fee.clone().unwrap_or_default();
            out.push(match (regime, lang) {
                (Regime::Ccpa, Lang::En) => format!("Before we act on your request received on {received}, we will charge a reasonable fee of {fee}, which takes into account the administrative costs of providing the information, because the request is manifestly unfounded or excessive (Cal. Civ. Code 1798.145(h)(3))."),
                (Regime::Ccpa, Lang::Fr) => format!("Avant de donner suite à votre demande reçue le {received}, nous facturerons des frais raisonnables de {fee}, qui tiennent compte des coûts administratifs de la fourniture des informations, car la demande est manifestement infondée ou excessive (Cal. Civ. Code 1798.145(h)(3))."),
                (_, Lang::En) => format!("Before we deal with your request received on {received}, a reasonable fee of {fee} is payable, based on the administrative costs of providing the information. The law allows it where a request is manifestly unfounded or excessive, or for further copies of the data ({}).", article(regime, "12(5) and 15(3)", lang)),
                (_, Lang::Fr) => format!("Avant de traiter votre demande reçue le {received}, des frais raisonnables de {fee} sont dus, fondés sur les coûts administratifs de la fourniture des informations. La loi le permet lorsqu'une demande est manifestement infondée ou excessive, ou pour des copies supplémentaires des données ({}).", article(regime, "12, § 5 et art. 15, § 3", lang)),
            });
            out.push(match lang {
                Lang::En => format!("Please tell us at {reply_to} how you wish to pay, or send the payment quoting our reference {}.", v.reference),
                Lang::Fr => format!("Merci de nous indiquer à {reply_to} comment vous souhaitez régler ces frais, ou d'effectuer le paiement en rappelant notre référence {}.", v.reference),
            });
            out.push(match (regime, lang) {
                (Regime::UkGdpr, Lang::En) => "The time limit for our answer starts on the day we receive the fee (UK GDPR Art. 12A); we will confirm the due date then. If we do not receive it, we are not required to deal with the request.".to_string(),
                (Regime::UkGdpr, Lang::Fr) => "Le délai de réponse court à compter de la réception des frais (UK GDPR art. 12A) ; nous vous confirmerons alors l'échéance. À défaut de paiement, nous ne sommes pas tenus de traiter la demande.".to_string(),
                (_, Lang::En) => format!("This does not change our deadline: we will answer by {due}."),
                (_, Lang::Fr) => format!("Cela ne modifie pas notre délai : nous vous répondrons au plus tard le {due}."),
            });
        }
        (LetterKind::Extension, _, _) => {
            let reason = facts.extension_reason.clone().unwrap_or_default();
            let original = date(v.original_due_on);
            out.push(match (regime, lang) {
                (Regime::Ccpa, Lang::En) => format!("We need more time to respond to your request received on {received}. The law allows one extension of 45 days when reasonably necessary, provided we tell you within the first 45 days and explain why (Cal. Civ. Code 1798.130(a)(2))."),
                (Regime::Ccpa, Lang::Fr) => format!("Nous avons besoin de plus de temps pour répondre à votre demande reçue le {received}. La loi permet une prolongation unique de 45 jours lorsque c'est raisonnablement nécessaire, à condition de vous en informer dans les 45 premiers jours et d'en donner les raisons (Cal. Civ. Code 1798.130(a)(2))."),
                (_, Lang::En) => format!("We need more time to answer your request received on {received}. The period can be extended by two further months where necessary, taking into account the complexity and number of the requests, provided we tell you within one month of receipt, with the reasons ({}).", article(regime, "12(3)", lang)),
                (_, Lang::Fr) => format!("Nous avons besoin de plus de temps pour répondre à votre demande reçue le {received}. Le délai peut être prolongé de deux mois si nécessaire, compte tenu de la complexité et du nombre de demandes, à condition de vous en informer dans le mois suivant la réception, motifs à l'appui ({}).", article(regime, "12, § 3", lang)),
            });
            out.push(match lang {
                Lang::En => format!("Our reasons: {reason}"),
                Lang::Fr => format!("Nos motifs : {reason}"),
            });
            out.push(match lang {
                Lang::En => format!("We will therefore answer by {due} at the latest, instead of {original}."),
                Lang::Fr => format!("Nous vous répondrons donc au plus tard le {due}, au lieu du {original}."),
            });
        }
        (LetterKind::Response, _, Lang::En) => {
            let rights = data.rights.iter().map(|right| right.label(lang).to_lowercase()).collect::<Vec<_>>().join(", ");
            out.push(format!("We have dealt with your request received on {received}, in which you exercised the following rights: {rights}. Our response is enclosed with this letter."));
            out.push(match regime {
                Regime::Ccpa => format!("If you have concerns about how we handled your request, you may contact us at {reply_to}, or the {authority}."),
                _ => format!("If you are not satisfied with our response, please contact us at {reply_to}. You also have the right to complain to {authority}, and to seek a judicial remedy."),
            });
        }
        (LetterKind::Response, _, Lang::Fr) => {
            let rights = data.rights.iter().map(|right| right.label(lang).to_lowercase()).collect::<Vec<_>>().join(", ");
            out.push(format!("Nous avons traité votre demande reçue le {received}, par laquelle vous avez exercé les droits suivants : {rights}. Vous trouverez notre réponse jointe à ce courrier."));
            out.push(match regime {
                Regime::Ccpa => format!("Pour toute question sur le traitement de votre demande, vous pouvez nous écrire à {reply_to}, ou vous adresser à : {authority}."),
                _ => format!("Si notre réponse ne vous satisfait pas, vous pouvez nous écrire à {reply_to}. Vous avez également le droit d'introduire une réclamation auprès de : {authority}, et de former un recours juridictionnel."),
            });
        }
        (LetterKind::Refusal, _, _) => {
            let reason = facts.close_reason.clone().unwrap_or_default();
            out.push(match (regime, lang) {
                (Regime::Ccpa, Lang::En) => format!("We will not act on your request received on {received}, because it is manifestly unfounded or excessive, which the law allows a business to refuse with a notice of its reasons (Cal. Civ. Code 1798.145(h)(3))."),
                (Regime::Ccpa, Lang::Fr) => format!("Nous ne donnerons pas suite à votre demande reçue le {received}, car elle est manifestement infondée ou excessive, ce que la loi permet de refuser par une notification motivée (Cal. Civ. Code 1798.145(h)(3))."),
                (_, Lang::En) => format!("We will not act on your request received on {received}, because it is manifestly unfounded or excessive ({}).", article(regime, "12(5)", lang)),
                (_, Lang::Fr) => format!("Nous ne donnerons pas suite à votre demande reçue le {received}, car elle est manifestement infondée ou excessive ({}).", article(regime, "12, § 5", lang)),
            });
            out.push(match lang {
                Lang::En => format!("Our reasons: {reason}"),
                Lang::Fr => format!("Nos motifs : {reason}"),
            });
            out.push(match (regime, lang) {
                (Regime::Ccpa, Lang::En) => "If you disagree, you may contact the California Privacy Protection Agency or the California Attorney General:".to_string(),
                (Regime::Ccpa, Lang::Fr) => "Si vous êtes en désaccord, vous pouvez saisir l'Agence californienne de protection de la vie privée ou le procureur général de Californie :".to_string(),
                (_, Lang::En) => format!("You have the right to lodge a complaint with a supervisory authority and to seek a judicial remedy ({}, 77 and 79). The authority is:", article(regime, "12(4)", lang)),
                (_, Lang::Fr) => format!("Vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle et de former un recours juridictionnel ({}, 77 et 79). L'autorité compétente est :", article(regime, "12, § 4", lang)),
            });
            out.push(complaint_authority(org, regime, lang).join("\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::tests::{d, org_cnil, sample};
    use crate::request::RequestView;

    fn text(doc: &Document) -> String {
        doc.blocks
            .iter()
            .map(|b| match b {
                Block::Heading { text, .. } | Block::Paragraph(text) => text.clone(),
                Block::KeyValue(kv) => kv.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("\n"),
                Block::Signature { name, role, place_date } => format!("{name} {role} {place_date}"),
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn letters_that_do_not_fit_the_request_are_refused() {
        let org = org_cnil();
        let v = RequestView::new(sample(1), &org.working_calendar(), d(2026, 3, 10), Lang::En);
        for kind in [LetterKind::Extension, LetterKind::Refusal] {
            let e = letter(&org, &v, kind, Lang::En, d(2026, 3, 10), None).unwrap_err();
            assert_eq!(e.errors[0].field, "kind", "{kind}");
        }
        let doc = letter(&org, &v, LetterKind::Acknowledgement, Lang::Fr, d(2026, 3, 10), None).unwrap();
        let all = text(&doc);
        assert!(all.contains("Accès (RGPD art. 15)") && all.contains("2 avril 2026"), "{all}");
    }

    #[test]
    fn the_refusal_names_the_authority_of_the_regime() {
        let org = org_cnil();
        let mut r = sample(1);
        r.facts.outcome = Some(Outcome::Refused);
        r.facts.closed_on = Some(d(2026, 3, 20));
        r.facts.close_reason = Some("The same request was answered on 1 March.".into());
        let v = RequestView::new(r.clone(), &org.working_calendar(), d(2026, 3, 20), Lang::En);
        let all = text(&letter(&org, &v, LetterKind::Refusal, Lang::En, d(2026, 3, 20), None).unwrap());
        assert!(all.contains("3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07") && all.contains("The same request was answered"), "{all}");
        r.data.regime = Regime::UkGdpr;
        let v = RequestView::new(r.clone(), &org.working_calendar(), d(2026, 3, 20), Lang::En);
        assert!(text(&letter(&org, &v, LetterKind::Refusal, Lang::En, d(2026, 3, 20), None).unwrap()).contains("Wycliffe House"));
        r.data.regime = Regime::Ccpa;
        let v = RequestView::new(r, &org.working_calendar(), d(2026, 3, 20), Lang::En);
        assert!(text(&letter(&org, &v, LetterKind::Refusal, Lang::Fr, d(2026, 3, 20), None).unwrap()).contains("cppa.ca.gov"));
    }
    /// A letter is dated the day of its event, not the day it is printed, and says what was true on that day: the
    /// acknowledgement printed after an extension still gives the first due date, within one month.
    #[test]
    fn letters_are_dated_the_day_of_their_event_and_say_what_was_true_then() {
        let org = org_cnil();
        let mut r = sample(1);
        r.facts.extension_reason = Some("Many systems to search".into());
        r.facts.extension_notified_on = Some(d(2026, 3, 20));
        r.facts.identity_requested_on = Some(d(2026, 3, 4));
        let today = d(2026, 4, 10);
        let v = RequestView::new(r.clone(), &org.working_calendar(), today, Lang::En);
        let print = |kind, lang, dated| text(&letter(&org, &v, kind, lang, today, dated).unwrap());
        // (kind, dated, the letter's date, fragments it has, fragments it must not have)
        let cases: [(LetterKind, Option<NaiveDate>, &str, &[&str], &[&str]); 5] = [
            (
                LetterKind::Acknowledgement,
                None,
                "2 March 2026",
                &["at the latest by 2 April 2026, within one month from receipt", "Due date: 2 April 2026"],
                &["2 June 2026", "Extended due date"],
            ),
            (
                LetterKind::Acknowledgement,
                Some(d(2026, 3, 25)),
                "25 March 2026",
                &["at the latest by 2 June 2026, within three months from receipt, the one month extended by two", "Extended due date: 2 June 2026"],
                &["within one month"],
            ),
            (LetterKind::Identity, None, "4 March 2026", &["We will answer your request by 2 April 2026."], &["2 June 2026"]),
            (LetterKind::Extension, None, "20 March 2026", &["answer by 2 June 2026 at the latest, instead of 2 April 2026"], &[]),
            (LetterKind::Extension, Some(today), "10 April 2026", &["Extended due date: 2 June 2026"], &[]),
        ];
        for (kind, dated, day, has, lacks) in cases {
            let all = print(kind, Lang::En, dated);
            assert!(all.contains(&format!("\n{day}\n")), "{kind} dated {day}:\n{all}");
            for fragment in has {
                assert!(all.contains(fragment), "{kind} lacks {fragment:?}:\n{all}");
            }
            for fragment in lacks {
                assert!(!all.contains(fragment), "{kind} has {fragment:?}:\n{all}");
            }
        }
        let fr = print(LetterKind::Acknowledgement, Lang::Fr, Some(d(2026, 3, 25)));
        assert!(fr.contains("soit dans un délai de trois mois"), "{fr}");
        assert!(print(LetterKind::Acknowledgement, Lang::Fr, None).contains("soit dans un délai d'un mois"));
        // Not before receipt, not after today; the field is named.
        for bad in [d(2026, 3, 1), d(2026, 4, 11)] {
            let e = letter(&org, &v, LetterKind::Acknowledgement, Lang::En, today, Some(bad)).unwrap_err();
            assert_eq!(e.errors[0].field, "dated", "{bad}");
        }
        // No event yet: the day it is printed.
        let v = RequestView::new(sample(2), &org.working_calendar(), today, Lang::En);
        assert!(text(&letter(&org, &v, LetterKind::Identity, Lang::En, today, None).unwrap()).contains("\n10 April 2026\n"));
    }

    /// Under the UK rule the clock starts when the identity evidence arrives: the identity request shows when the
    /// clock will start, not a due date its own text says is not running yet.
    #[test]
    fn the_uk_identity_request_shows_when_the_clock_will_start() {
        let org = org_cnil();
        let mut r = sample(1);
        r.data.regime = Regime::UkGdpr;
        r.facts.identity_requested_on = Some(d(2026, 3, 3));
        let v = RequestView::new(r, &org.working_calendar(), d(2026, 3, 3), Lang::En);
        for (lang, starts, lacks) in [
            (Lang::En, "Time limit starts: On the day we receive the information asked for below", "Due date"),
            (Lang::Fr, "Début du délai: Le jour où nous recevons les informations demandées ci-dessous", "Échéance"),
        ] {
            let all = text(&letter(&org, &v, LetterKind::Identity, lang, d(2026, 3, 3), None).unwrap());
            assert!(all.contains(starts), "{all}");
            assert!(!all.contains(lacks), "{all}");
        }
    }

    /// A fee under the EU GDPR (Art. 12(5), 15(3)) or the CCPA (1798.145(h)(3)) does not move the deadline; under the
    /// UK GDPR (Art. 12A) the clock starts once it is paid. The letter says which, and is offered only where a fee
    /// is in play.
    #[test]
    fn the_fee_request_says_whether_the_clock_waits_for_the_fee() {
        let org = org_cnil();
        let mut r = sample(1);
        r.data.fee = Some("25 EUR".into());
        r.facts.fee_requested_on = Some(d(2026, 3, 4));
        let cases: [(Regime, Lang, &[&str], &str); 4] = [
            (Regime::EuGdpr, Lang::En, &["\n4 March 2026\n", "Fee: 25 EUR", "(GDPR Art. 12(5) and 15(3))", "This does not change our deadline: we will answer by 2 April 2026."], "Time limit starts"),
            (Regime::EuGdpr, Lang::Fr, &["(RGPD art. 12, § 5 et art. 15, § 3)", "nous vous répondrons au plus tard le 2 avril 2026"], "Début du délai"),
            (Regime::UkGdpr, Lang::En, &["Time limit starts: On the day we receive the fee", "(UK GDPR Art. 12A)"], "Due date"),
            (Regime::Ccpa, Lang::En, &["Cal. Civ. Code 1798.145(h)(3)", "we will answer by"], "Time limit starts"),
        ];
        for (regime, lang, has, lacks) in cases {
            r.data.regime = regime;
            let v = RequestView::new(r.clone(), &org.working_calendar(), d(2026, 3, 10), Lang::En);
            let all = text(&letter(&org, &v, LetterKind::Fee, lang, d(2026, 3, 10), None).unwrap());
            for fragment in has {
                assert!(all.contains(fragment), "{regime:?} {lang:?} lacks {fragment:?}:\n{all}");
            }
            assert!(!all.contains(lacks), "{regime:?} {lang:?} has {lacks:?}:\n{all}");
            assert!(v.letters.iter().any(|l| l.kind == LetterKind::Fee && l.shown && l.allowed));
        }
        let v = RequestView::new(sample(2), &org.working_calendar(), d(2026, 3, 10), Lang::En);
        let offer = v.letters.iter().find(|l| l.kind == LetterKind::Fee).unwrap();
        assert!(!offer.shown && !offer.allowed, "no fee in play: not offered");
    }
}
