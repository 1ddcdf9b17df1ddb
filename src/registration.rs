//! Registrations in one place (issue 14): for an organisation that answers to the ICO, its registration and the data
//! protection fee (the tier, the amount, the turnover or headcount that puts it in its tier, the renewal date); for
//! one that answers to the CNIL, the facts of its DPO designation (SIREN, headcount, legal representative, contact
//! person, the DPO named apart from the privacy contact, the day of the designation and the CNIL's receipt number).
//! Shown on the Registrations page, by `privdesk org registrations`, on a printed sheet and in the binder's profile.

use crate::document::{format_date, format_number, Block, Document, Lang};
use crate::org::{Authority, Org};
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// The day the fees below took effect (The Data Protection (Charges and Information) (Amendment) Regulations 2025).
pub fn ico_fees_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 17).expect("valid date")
}

/// The yearly fee of a tier in pounds: tier 1 £52, tier 2 £78, tier 3 £3,763; £5 less paid by direct debit.
pub fn ico_fee(tier: u8, direct_debit: bool) -> Option<u32> {
    let fee = match tier {
        1 => 52,
        2 => 78,
        3 => 3_763,
        _ => return None,
    };
    Some(if direct_debit { fee - 5 } else { fee })
}

/// Tier 1 (micro): a turnover of at most £632,000 or at most 10 members of staff; tier 2 (small and medium): at most
/// £36 million or at most 250 staff; tier 3 otherwise. Either figure is enough to be in the lower tier.
const TIER_1_TURNOVER: u64 = 632_000;
const TIER_1_STAFF: u32 = 10;
const TIER_2_TURNOVER: u64 = 36_000_000;
const TIER_2_STAFF: u32 = 250;

/// The tier the turnover and the headcount put the organisation in, when either is known.
pub fn implied_tier(turnover_gbp: Option<u64>, headcount: Option<u32>) -> Option<u8> {
    let by_turnover = turnover_gbp.map(|t| if t <= TIER_1_TURNOVER { 1 } else if t <= TIER_2_TURNOVER { 2 } else { 3 });
    let by_staff = headcount.map(|h| if h <= TIER_1_STAFF { 1 } else if h <= TIER_2_STAFF { 2 } else { 3 });
    match (by_turnover, by_staff) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The ICO registration as recorded and as the rules read it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct IcoRegistration {
    pub number: Option<String>,
    pub tier: Option<u8>,
    /// The tier the turnover and headcount put the organisation in.
    pub implied_tier: Option<u8>,
    /// The yearly fee of the recorded tier, in pounds, by the payment recorded.
    pub fee_gbp: Option<u32>,
    pub direct_debit: bool,
    #[ts(type = "number | null")]
    pub turnover_gbp: Option<u64>,
    pub headcount: Option<u32>,
    pub renewal_on: Option<NaiveDate>,
    /// The fee's rule in words.
    pub rule: String,
}

/// The CNIL's DPO designation facts as recorded.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CnilDesignation {
    pub siren: Option<String>,
    pub headcount: Option<u32>,
    pub legal_representative: Option<String>,
    pub contact_person: Option<String>,
    pub dpo_designated: bool,
    pub dpo_name: Option<String>,
    pub dpo_email: Option<String>,
    pub designated_on: Option<NaiveDate>,
    pub receipt: Option<String>,
}

/// The Registrations page: the registration the organisation's authority keeps, and what is missing or disagrees.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Registrations {
    pub authority: Authority,
    pub ico: Option<IcoRegistration>,
    pub cnil: Option<CnilDesignation>,
    /// What is missing or disagrees, in the reader's language.
    pub warnings: Vec<String>,
    /// The facts as label and value, in the reader's language: what the page and the printed sheet show.
    pub shown: Vec<(String, String)>,
}

fn t(lang: Lang, en: &str, fr: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Fr => fr.to_string(),
    }
}

/// An amount in pounds as the language writes it: "£3,763", « 3 763 £ ».
pub fn pounds(amount: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("£{}", format_number(amount, lang)),
        Lang::Fr => format!("{}\u{a0}£", format_number(amount, lang)),
    }
}

fn tier_name(tier: u8, lang: Lang) -> String {
    match (tier, lang) {
        (1, Lang::En) => "tier 1 (micro organisations)".into(),
        (2, Lang::En) => "tier 2 (small and medium organisations)".into(),
        (3, Lang::En) => "tier 3 (large organisations)".into(),
        (1, Lang::Fr) => "niveau 1 (micro-organisations)".into(),
        (2, Lang::Fr) => "niveau 2 (petites et moyennes organisations)".into(),
        (3, Lang::Fr) => "niveau 3 (grandes organisations)".into(),
        (n, _) => n.to_string(),
    }
}

/// What the organisation keeps with its authority, as of `today`.
pub fn registrations(org: &Org, today: NaiveDate, lang: Lang) -> Registrations {
    let mut warnings = Vec::new();
    let (ico, cnil) = match org.authority {
        Authority::Ico => {
            let implied = implied_tier(org.turnover_gbp, org.headcount);
            let fee = org.ico_fee_tier.and_then(|tier| ico_fee(tier, org.ico_direct_debit));
            if org.ico_registration.is_none() {
                warnings.push(t(lang, "No ICO registration number is recorded.", "Aucun numéro d'enregistrement à l'ICO n'est renseigné."));
            }
            match (org.ico_fee_tier, implied) {
                (None, _) => warnings.push(t(lang, "No fee tier is recorded.", "Aucun niveau de redevance n'est renseigné.")),
                (Some(tier), Some(implied)) if tier != implied => warnings.push(tier_disagreement(org, tier, implied, lang)),
                _ => {}
            }
            if org.turnover_gbp.is_none() && org.headcount.is_none() {
                warnings.push(t(
                    lang,
                    "Neither the turnover nor the headcount is recorded: the tier cannot be checked.",
                    "Ni le chiffre d'affaires ni l'effectif ne sont renseignés\u{a0}: le niveau ne peut pas être vérifié.",
                ));
            }
            match org.ico_renewal_on {
                None => warnings.push(t(
                    lang,
                    "No renewal date is recorded: the fee is paid every year, on the anniversary of the registration.",
                    "Aucune date de renouvellement n'est renseignée\u{a0}: la redevance se paie chaque année, à la date anniversaire de l'enregistrement.",
                )),
                Some(on) if on < today => warnings.push(match lang {
                    Lang::En => format!("The registration was due for renewal on {}.", format_date(on, lang)),
                    Lang::Fr => format!("L'enregistrement devait être renouvelé le {}.", format_date(on, lang)),
                }),
                _ => {}
            }
            let rule = match (org.ico_fee_tier, fee) {
                (Some(tier), Some(fee)) => match lang {
                    Lang::En => format!(
                        "Data protection fee, {}: {} a year{} (The Data Protection (Charges and Information) Regulations 2018, as amended from {})",
                        tier_name(tier, lang),
                        pounds(u64::from(fee), lang),
                        if org.ico_direct_debit { ", £5 less by direct debit" } else { "" },
                        format_date(ico_fees_from(), lang)
                    ),
                    Lang::Fr => format!(
                        "Redevance de protection des données, {}\u{a0}: {} par an{} (Data Protection (Charges and Information) Regulations 2018, modifiées à compter du {})",
                        tier_name(tier, lang),
                        pounds(u64::from(fee), lang),
                        if org.ico_direct_debit { ", 5\u{a0}£ de moins par prélèvement" } else { "" },
                        format_date(ico_fees_from(), lang)
                    ),
                },
                _ => t(lang, "No tier recorded: the fee cannot be stated.", "Aucun niveau renseigné\u{a0}: la redevance ne peut pas être indiquée."),
            };
            let ico = IcoRegistration {
                number: org.ico_registration.clone(),
                tier: org.ico_fee_tier,
                implied_tier: implied,
                fee_gbp: fee,
                direct_debit: org.ico_direct_debit,
                turnover_gbp: org.turnover_gbp,
                headcount: org.headcount,
                renewal_on: org.ico_renewal_on,
                rule,
            };
            (Some(ico), None)
        }
        Authority::Cnil => {
            if org.company_number.is_none() {
                warnings.push(t(lang, "No SIREN is recorded.", "Aucun SIREN n'est renseigné."));
            }
            if org.dpo_designated {
                if org.dpo_name.is_none() {
                    warnings.push(t(lang, "A DPO is designated but not named.", "Un délégué est désigné mais n'est pas nommé."));
                }
                if org.dpo_designated_on.is_none() {
                    warnings.push(t(lang, "The day of the DPO's designation is not recorded.", "La date de désignation du délégué n'est pas renseignée."));
                }
                if org.dpo_receipt.is_none() {
                    warnings.push(t(
                        lang,
                        "The CNIL's receipt number for the designation is not recorded.",
                        "Le numéro de récépissé de la CNIL pour la désignation n'est pas renseigné.",
                    ));
                }
            }
            let dpo_facts = org.dpo_name.is_some() || org.dpo_designated_on.is_some() || org.dpo_receipt.is_some();
            if !org.dpo_designated && dpo_facts {
                warnings.push(t(
                    lang,
                    "A DPO's designation details are recorded, but the organisation is not marked as having designated a DPO.",
                    "Les informations de désignation d'un délégué sont renseignées, mais l'organisme n'est pas indiqué comme ayant désigné un délégué.",
                ));
            }
            let cnil = CnilDesignation {
                siren: org.company_number.as_deref().map(|n| n.chars().filter(|c| c.is_ascii_digit()).take(9).collect()),
                headcount: org.headcount,
                legal_representative: org.representative.clone(),
                contact_person: org.contact_name.clone(),
                dpo_designated: org.dpo_designated,
                dpo_name: org.dpo_name.clone(),
                dpo_email: org.dpo_email.clone(),
                designated_on: org.dpo_designated_on,
                receipt: org.dpo_receipt.clone(),
            };
            (None, Some(cnil))
        }
        Authority::Other => (None, None),
    };
    let mut r = Registrations { authority: org.authority, ico, cnil, warnings, shown: Vec::new() };
    r.shown = rows(&r, lang);
    r
}

/// "Tier 3 is recorded, but 8 members of staff put the organisation in tier 1".
fn tier_disagreement(org: &Org, tier: u8, implied: u8, lang: Lang) -> String {
    let mut because = Vec::new();
    if let Some(h) = org.headcount {
        because.push(match lang {
            Lang::En => format!("{} {}", format_number(u64::from(h), lang), if h == 1 { "member of staff" } else { "members of staff" }),
            Lang::Fr => format!("un effectif de {}", format_number(u64::from(h), lang)),
        });
    }
    if let Some(turnover) = org.turnover_gbp {
        because.push(match lang {
            Lang::En => format!("a turnover of {}", pounds(turnover, lang)),
            Lang::Fr => format!("un chiffre d'affaires de {}", pounds(turnover, lang)),
        });
    }
    match lang {
        Lang::En => format!(
            "Tier {tier} is recorded, but {} put the organisation in tier {implied} (tier 1: at most 10 staff or £632,000; tier 2: at most 250 staff or £36 million).",
            because.join(" and ")
        ),
        Lang::Fr => format!(
            "Le niveau {tier} est renseigné, mais {} placent l'organisme au niveau {implied} (niveau 1\u{a0}: 10 personnes ou 632\u{a0}000\u{a0}£ au plus\u{a0}; niveau 2\u{a0}: 250 personnes ou 36\u{a0}millions de livres au plus).",
            because.join(" et ")
        ),
    }
}

/// The registrations as label and value, for the printed sheet and the binder's profile.
pub fn rows(r: &Registrations, lang: Lang) -> Vec<(String, String)> {
    let none = || t(lang, "Not recorded", "Non renseigné");
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(none);
    let day = |d: Option<NaiveDate>| d.map(|d| format_date(d, lang)).unwrap_or_else(none);
    let mut out = Vec::new();
    if let Some(ico) = &r.ico {
        out.push((t(lang, "ICO registration number", "Numéro d'enregistrement à l'ICO"), opt(&ico.number)));
        out.push((
            t(lang, "Fee tier", "Niveau de redevance"),
            ico.tier.map(|tier| tier_name(tier, lang)).unwrap_or_else(none),
        ));
        out.push((t(lang, "Yearly fee", "Redevance annuelle"), ico.rule.clone()));
        out.push((
            t(lang, "Paid by direct debit", "Payée par prélèvement"),
            if ico.direct_debit { t(lang, "Yes", "Oui") } else { t(lang, "No", "Non") },
        ));
        out.push((t(lang, "Annual turnover", "Chiffre d'affaires annuel"), ico.turnover_gbp.map(|v| pounds(v, lang)).unwrap_or_else(none)));
        out.push((t(lang, "Members of staff", "Effectif"), ico.headcount.map(|h| format_number(u64::from(h), lang)).unwrap_or_else(none)));
        out.push((
            t(lang, "Tier by turnover and staff", "Niveau selon le chiffre d'affaires et l'effectif"),
            ico.implied_tier.map(|tier| tier_name(tier, lang)).unwrap_or_else(none),
        ));
        out.push((t(lang, "Renewal due", "Renouvellement dû le"), day(ico.renewal_on)));
    }
    if let Some(c) = &r.cnil {
        out.push(("SIREN".into(), opt(&c.siren)));
        out.push((t(lang, "Headcount", "Effectif"), c.headcount.map(|h| format_number(u64::from(h), lang)).unwrap_or_else(none)));
        out.push((t(lang, "Legal representative", "Représentant légal"), opt(&c.legal_representative)));
        out.push((t(lang, "Contact person", "Personne à contacter"), opt(&c.contact_person)));
        out.push((
            t(lang, "Data protection officer designated", "Délégué à la protection des données désigné"),
            if c.dpo_designated { t(lang, "Yes", "Oui") } else { t(lang, "No", "Non") },
        ));
        if c.dpo_designated {
            let dpo = [c.dpo_name.clone(), c.dpo_email.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
            out.push((t(lang, "Data protection officer", "Délégué à la protection des données"), if dpo.is_empty() { none() } else { dpo }));
            out.push((t(lang, "Designated on", "Désigné le"), day(c.designated_on)));
            out.push((t(lang, "CNIL receipt number", "Numéro de récépissé de la CNIL"), opt(&c.receipt)));
        }
    }
    out
}

/// The registrations printed on one sheet, in `lang`.
pub fn sheet(org: &Org, today: NaiveDate, lang: Lang) -> Document {
    let r = registrations(org, today, lang);
    let title = t(lang, "Registrations with the supervisory authority", "Formalités auprès de l'autorité de contrôle");
    let mut blocks = vec![
        Block::Heading { level: 1, text: title.clone() },
        Block::Paragraph(match lang {
            Lang::En => format!("{}, as recorded on {}. Authority: {}.", org.legal_name, format_date(today, lang), org.authority_label()),
            Lang::Fr => format!("{}, au {}. Autorité\u{a0}: {}.", org.legal_name, format_date(today, lang), org.authority_label()),
        }),
    ];
    let rows = rows(&r, lang);
    if rows.is_empty() {
        blocks.push(Block::Paragraph(t(
            lang,
            "The organisation's authority keeps no registration that Privacy Desk records.",
            "L'autorité de l'organisme ne tient aucune formalité que Privacy Desk enregistre.",
        )));
    } else {
        blocks.push(Block::KeyValue(rows));
    }
    if !r.warnings.is_empty() {
        blocks.push(Block::Heading { level: 2, text: t(lang, "To complete or check", "À compléter ou à vérifier") });
        blocks.push(Block::Paragraph(r.warnings.iter().map(|w| format!("• {w}")).collect::<Vec<_>>().join("\n")));
    }
    Document::of(org, &title, lang, today, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Data Protection (Charges and Information) Regulations 2018 as amended from 17 Feb 2025: tier 1 £52, tier 2
    /// £78, tier 3 £3,763, each £5 less by direct debit; the lower tier when either figure allows it.
    #[test]
    fn the_fee_and_the_tier_follow_the_charges_regulations() {
        for (tier, direct_debit, fee) in [(1, false, 52), (2, false, 78), (3, false, 3_763), (1, true, 47), (2, true, 73), (3, true, 3_758)] {
            assert_eq!(ico_fee(tier, direct_debit), Some(fee), "tier {tier}, direct debit {direct_debit}");
        }
        assert_eq!(ico_fee(4, false), None);
        // (turnover, staff, tier)
        for (turnover, staff, tier) in [
            (Some(632_000), None, Some(1)),
            (Some(632_001), None, Some(2)),
            (None, Some(10), Some(1)),
            (None, Some(11), Some(2)),
            (Some(50_000_000), Some(8), Some(1)),
            (Some(36_000_000), Some(900), Some(2)),
            (Some(36_000_001), Some(251), Some(3)),
            (None, None, None),
        ] {
            assert_eq!(implied_tier(turnover, staff), tier, "{turnover:?} {staff:?}");
        }
    }

    fn org(draft: crate::org::OrgDraft) -> Org {
        draft.validate().unwrap()
    }

    #[test]
    fn a_tier_the_figures_disagree_with_is_named_with_its_reason() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let o = org(crate::org::OrgDraft {
            legal_name: "Example Ltd".into(),
            country: "GB".into(),
            authority: "ico".into(),
            ico_registration: "ZB413938".into(),
            ico_fee_tier: "3".into(),
            headcount: "8".into(),
            ico_renewal_on: "2026-11-01".into(),
            ..Default::default()
        });
        let r = registrations(&o, today, Lang::En);
        let ico = r.ico.as_ref().unwrap();
        assert_eq!((ico.tier, ico.implied_tier, ico.fee_gbp), (Some(3), Some(1), Some(3_763)));
        assert!(r.warnings.iter().any(|w| w.starts_with("Tier 3 is recorded, but 8 members of staff put the organisation in tier 1")), "{:?}", r.warnings);
        assert!(r.warnings.iter().any(|w| w == "The registration was due for renewal on 1 November 2026."), "{:?}", r.warnings);
        let fr = registrations(&o, today, Lang::Fr);
        assert!(fr.warnings.iter().any(|w| w.starts_with("Le niveau 3 est renseigné, mais un effectif de 8 placent")), "{:?}", fr.warnings);
        assert!(fr.ico.unwrap().rule.contains("3\u{202f}763\u{a0}£") || registrations(&o, today, Lang::Fr).ico.unwrap().rule.contains("3\u{a0}763\u{a0}£"));
    }

    #[test]
    fn the_cnil_designation_asks_for_the_dpo_named_dated_and_receipted() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let o = org(crate::org::OrgDraft {
            legal_name: "Exemple SAS".into(),
            country: "FR".into(),
            authority: "cnil".into(),
            dpo_designated: true,
            ..Default::default()
        });
        let r = registrations(&o, today, Lang::Fr);
        assert_eq!(r.warnings.len(), 4, "{:?}", r.warnings);
        let o = org(crate::org::OrgDraft {
            company_number: "732 829 320".into(),
            dpo_name: "Claire Dubois".into(),
            dpo_designated_on: "2024-05-02".into(),
            dpo_receipt: "DPO-123456".into(),
            ..o.to_draft()
        });
        let r = registrations(&o, today, Lang::Fr);
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        let shown = rows(&r, Lang::Fr);
        assert!(shown.contains(&("Numéro de récépissé de la CNIL".to_string(), "DPO-123456".to_string())), "{shown:?}");
        assert!(shown.contains(&("SIREN".to_string(), "732829320".to_string())), "{shown:?}");
    }
}
