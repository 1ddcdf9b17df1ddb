//! Where an activity's record falls short of Art. 30 (rules.md §3) or of the transfer rules (rules.md §4): a pure
//! function of the activity, the subprocessor register and the adequacy list, so that the form can show the gaps
//! as the user types and the printed record can list them.

use super::{transfers, ActivityData, ActivityRole, LawfulBasis, ActivityTransfer};
use crate::adequacy::{Adequacy, AdequacyScope};
use crate::country;
use crate::document::{format_date, Lang};
use crate::subprocessor::{Status, Subprocessor, TransferMechanism};
use serde::Serialize;
use ts_rs::TS;

/// One gap: a stable code for the window, the form field it belongs to, and a sentence saying what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ActivityWarning {
    pub code: String,
    pub field: String,
    /// The gap, as the printed record states it to its reader.
    pub message: String,
    /// What the user can do about it (the window and the command line show it; the printed record does not),
    /// empty when the gap says it all.
    pub advice: String,
}

fn warn(code: &str, field: &str, message: impl Into<String>) -> ActivityWarning {
    ActivityWarning { code: code.into(), field: field.into(), message: message.into(), advice: String::new() }
}

fn advised(mut w: ActivityWarning, advice: String) -> ActivityWarning {
    w.advice = advice;
    w
}

/// The sentence in the language asked for.
fn tr(lang: Lang, en: String, fr: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

fn place(code: &str, lang: Lang) -> String {
    format!("{} ({code})", country::name(code, lang))
}

fn via(t: &ActivityTransfer, lang: Lang) -> String {
    match (t.recipient.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::En) => format!(" through {}", t.recipient),
        (false, Lang::Fr) => format!(" via {}", t.recipient),
    }
}

/// The transfer's gap, if it has one.
fn transfer_warning(t: &ActivityTransfer, adequacy: &Adequacy, lang: Lang) -> Option<ActivityWarning> {
    let country = place(&t.country, lang);
    let via = via(t, lang);
    let as_of = match lang {
        Lang::En => adequacy.as_of.to_string(),
        Lang::Fr => format_date(adequacy.as_of, Lang::Fr),
    };
    let dpf_outside_us = || {
        warn(
            "dpf-outside-us",
            "transfers",
            tr(
                lang,
                format!("Transfer to {country}{via}: the Data Privacy Framework covers only transfers to the United States"),
                format!("Transfert vers {country}{via}\u{a0}: le Data Privacy Framework ne couvre que les transferts vers les États-Unis"),
            ),
        )
    };
    match (t.adequacy, t.safeguard) {
        (Some(AdequacyScope::Dpf), None | Some(TransferMechanism::NotNeeded) | Some(TransferMechanism::Adequacy)) => Some(advised(
            warn(
                "us-needs-dpf",
                "transfers",
                tr(
                    lang,
                    format!("Transfer to {country}{via}: the US adequacy decision (2023/1795) covers only organisations certified under the EU-US Data Privacy Framework, and no certification or other safeguard is recorded"),
                    format!("Transfert vers {country}{via}\u{a0}: la décision d'adéquation américaine (2023/1795) ne couvre que les organisations certifiées au titre du Data Privacy Framework UE-États-Unis, et aucune certification ni autre garantie n'est indiquée"),
                ),
            ),
            tr(
                lang,
                "Record dpf if the recipient is certified, otherwise a safeguard such as SCCs.".into(),
                "Indiquer dpf si le destinataire est certifié, sinon une garantie telle que les clauses contractuelles types.".into(),
            ),
        )),
        (Some(AdequacyScope::Dpf), Some(_)) | (Some(AdequacyScope::Full | AdequacyScope::Commercial), _) => match t.safeguard {
            Some(TransferMechanism::Dpf) if t.country != "US" => Some(dpf_outside_us()),
            _ => None,
        },
        (None, None) => Some(warn(
            "transfer-without-safeguard",
            "transfers",
            tr(
                lang,
                format!("Transfer to {country}{via}: {country} has no adequacy decision (list as of {as_of}) and no safeguard is recorded (SCCs, BCRs, UK IDTA, Art. 49 derogation)"),
                format!("Transfert vers {country}{via}\u{a0}: {country} ne bénéficie d'aucune décision d'adéquation (liste au {as_of}) et aucune garantie n'est indiquée (clauses contractuelles types, BCR, IDTA britannique, dérogation de l'article 49)"),
            ),
        )),
        (None, Some(TransferMechanism::NotNeeded | TransferMechanism::Adequacy)) => Some(advised(
            warn(
                "transfer-without-safeguard",
                "transfers",
                tr(
                    lang,
                    format!("Transfer to {country}{via}: the record relies on adequacy, but {country} has no adequacy decision (list as of {as_of})"),
                    format!("Transfert vers {country}{via}\u{a0}: la fiche invoque l'adéquation, mais {country} ne bénéficie d'aucune décision d'adéquation (liste au {as_of})"),
                ),
            ),
            tr(
                lang,
                "Record a safeguard (SCCs, BCRs, UK IDTA, Art. 49 derogation).".into(),
                "Indiquer une garantie (clauses contractuelles types, BCR, IDTA britannique, dérogation de l'article 49).".into(),
            ),
        )),
        (None, Some(TransferMechanism::Dpf)) if t.country != "US" => Some(dpf_outside_us()),
        (None, Some(_)) => None,
    }
}

/// Every gap of the record, in the order of the form, in English (the window and the command line). `register` is
/// the subprocessor register (or at least the subprocessors the activity links to).
pub fn warnings(data: &ActivityData, register: &[Subprocessor], adequacy: &Adequacy) -> Vec<ActivityWarning> {
    warnings_in(data, register, adequacy, Lang::En)
}

/// The same gaps with their sentences in `lang`, for a printed record in that language.
pub fn warnings_in(data: &ActivityData, register: &[Subprocessor], adequacy: &Adequacy, lang: Lang) -> Vec<ActivityWarning> {
    let s = |en: &str, fr: &str| tr(lang, en.to_string(), fr.to_string());
    let mut out = Vec::new();
    let controller = data.role == ActivityRole::Controller;
    if controller {
        match data.lawful_basis {
            None => out.push(warn(
                "no-lawful-basis",
                "lawful_basis",
                s("No lawful basis (Art. 6(1)(a)-(f)) is recorded", "Aucune base légale (art. 6(1)(a)-(f)) n'est indiquée"),
            )),
            Some(LawfulBasis::LegitimateInterests) if data.legitimate_interests.is_none() => out.push(warn(
                "no-legitimate-interests",
                "legitimate_interests",
                s(
                    "The basis is legitimate interests (Art. 6(1)(f)) but the interests pursued are not stated",
                    "La base légale est l'intérêt légitime (art. 6(1)(f)), mais les intérêts poursuivis ne sont pas précisés",
                ),
            )),
            Some(_) => {}
        }
        if !data.sensitive_data.is_empty() && data.art9_condition.is_none() {
            let list = data.sensitive_data.join(", ");
            out.push(warn(
                "no-art9-condition",
                "art9_condition",
                tr(
                    lang,
                    format!("Sensitive data ({list}) are processed without an Art. 9(2) condition"),
                    format!("Des données sensibles ({list}) sont traitées sans condition de l'article 9(2)"),
                ),
            ));
        }
        if data.subject_categories.is_empty() {
            out.push(warn(
                "no-subjects",
                "subject_categories",
                s("No category of people is recorded (Art. 30(1)(c))", "Aucune catégorie de personnes concernées n'est indiquée (art. 30(1)(c))"),
            ));
        }
        if data.data_categories.is_empty() {
            out.push(warn(
                "no-data-categories",
                "data_categories",
                s("No category of personal data is recorded (Art. 30(1)(c))", "Aucune catégorie de données personnelles n'est indiquée (art. 30(1)(c))"),
            ));
        }
        let without: Vec<String> = data
            .data_categories
            .iter()
            .filter(|d| d.retention.is_none())
            .map(|d| d.description.clone().unwrap_or_else(|| d.category.label(lang).to_string()))
            .collect();
        if !without.is_empty() {
            let list = without.join("; ");
            out.push(warn(
                "no-retention",
                "data_categories",
                tr(lang, format!("No retention period for: {list} (Art. 30(1)(f))"), format!("Aucune durée de conservation pour : {list} (art. 30(1)(f))")),
            ));
        }
        if data.recipients_internal.is_empty() && data.recipients_external.is_empty() && data.subprocessor_ids.is_empty() {
            out.push(warn(
                "no-recipients",
                "recipients_internal",
                s(
                    "No recipient is recorded, not even an internal team (Art. 30(1)(d))",
                    "Aucun destinataire n'est indiqué, pas même un service interne (art. 30(1)(d))",
                ),
            ));
        }
    } else {
        if data.customers.is_empty() {
            out.push(warn(
                "no-customers",
                "customers",
                s(
                    "A processor activity names no customer (controller) it is carried out for (Art. 30(2)(a))",
                    "L'activité de sous-traitance ne nomme aucun client (responsable de traitement) pour lequel elle est menée (art. 30(2)(a))",
                ),
            ));
        }
        for c in data.customers.iter().filter(|c| c.processing.is_empty()) {
            let who = &c.customer;
            out.push(warn(
                "no-processing",
                "customers",
                tr(
                    lang,
                    format!("No category of processing is recorded for {who} (Art. 30(2)(b))"),
                    format!("Aucune catégorie de traitement n'est indiquée pour {who} (art. 30(2)(b))"),
                ),
            ));
        }
    }
    for id in &data.subprocessor_ids {
        match register.iter().find(|s| s.id == *id) {
            None => out.push(warn(
                "unknown-subprocessor",
                "subprocessor_ids",
                tr(lang, format!("Subprocessor #{id} is not in the register"), format!("Le sous-traitant n° {id} n'est pas dans le registre")),
            )),
            Some(sp) if sp.data.status == Status::Retired => {
                let name = &sp.data.name;
                out.push(warn(
                    "retired-subprocessor",
                    "subprocessor_ids",
                    tr(
                        lang,
                        format!("{name} is retired in the subprocessor register but still linked to this activity"),
                        format!("{name} n'est plus actif dans le registre des sous-traitants mais reste lié à cette activité"),
                    ),
                ))
            }
            Some(_) => {}
        }
    }
    out.extend(transfers(data, register, adequacy).iter().filter_map(|t| transfer_warning(t, adequacy, lang)));
    if data.security_measures.is_empty() {
        out.push(warn(
            "no-security-measures",
            "security_measures",
            s("No security measure is described (Art. 30(1)(g), 30(2)(d))", "Aucune mesure de sécurité n'est décrite (art. 30(1)(g), 30(2)(d))"),
        ));
    }
    match (data.dpia_needed, &data.dpia_reference) {
        (None, _) => out.push(warn(
            "dpia-not-assessed",
            "dpia_needed",
            s("Whether a DPIA is needed (Art. 35) has not been assessed", "La nécessité d'une AIPD (art. 35) n'a pas été évaluée"),
        )),
        (Some(true), None) => out.push(warn(
            "no-dpia-reference",
            "dpia_reference",
            s("A DPIA is needed: record its reference or link", "Une AIPD est nécessaire : indiquer sa référence ou son lien"),
        )),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::{ActivityDraft, CustomerProcessingDraft, DataItemDraft, MeasureDraft, TransferDraft};
    use crate::id::SubprocessorId;
    use crate::subprocessor::SubprocessorDraft;

    fn sub(id: i64, name: &str, locations: &str, mechanism: &str, status: &str) -> Subprocessor {
        let data = SubprocessorDraft {
            name: name.into(),
            service: "Service".into(),
            category: "hosting".into(),
            country: "FR".into(),
            locations: vec![locations.into()],
            transfer_mechanism: mechanism.into(),
            status: status.into(),
            ended_on: if status == "retired" { "2026-01-01".into() } else { String::new() },
            ..Default::default()
        }
        .validate()
        .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z").unwrap().to_utc();
        Subprocessor { id: SubprocessorId(id), data, created_at: at, updated_at: at }
    }

    /// A complete controller activity: no warning.
    fn complete() -> ActivityDraft {
        ActivityDraft {
            name: "Customer support".into(),
            purposes: vec!["Answer customers' questions".into()],
            lawful_basis: "contract".into(),
            subject_categories: vec!["Customers' users".into()],
            data_categories: vec![DataItemDraft { category: "identity".into(), retention: "3 years".into(), ..Default::default() }],
            recipients_internal: vec!["Support team".into()],
            security_measures: vec![MeasureDraft { kind: "access-control".into(), details: "SSO".into() }],
            dpia_needed: "no".into(),
            ..Default::default()
        }
    }

    fn register() -> Vec<Subprocessor> {
        vec![
            sub(1, "OVH SAS", "FR", "", "active"),
            sub(2, "Zendesk Inc.", "US, DE", "scc", "active"),
            sub(3, "Postmark", "US", "", "active"),
            sub(4, "Freshdesk India", "IN", "", "active"),
            sub(5, "Crisp Japan", "JP", "", "active"),
            sub(6, "Old Host", "FR", "", "retired"),
            sub(7, "Mailgun", "US", "dpf", "active"),
            sub(8, "Acme India", "IN", "not-needed", "active"),
        ]
    }

    /// The codes and the text the messages must hold, for a change made to the complete activity.
    fn check(change: impl Fn(&mut ActivityDraft), expected: &[(&str, &str)]) {
        let mut d = complete();
        change(&mut d);
        let data = d.validate().expect("the case is valid input");
        let got = warnings(&data, &register(), Adequacy::embedded());
        let codes: Vec<&str> = got.iter().map(|w| w.code.as_str()).collect();
        let want: Vec<&str> = expected.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, want, "{got:#?}");
        for (w, (_, text)) in got.iter().zip(expected) {
            assert!(w.message.contains(text), "{:?} should mention {text:?}", w.message);
        }
    }

    fn link(ids: &[i64]) -> impl Fn(&mut ActivityDraft) + '_ {
        move |d| d.subprocessor_ids = ids.iter().map(|i| SubprocessorId(*i)).collect()
    }

    #[test]
    fn warnings_table() {
        check(|_| {}, &[]);
        // Art. 6 and Art. 9.
        check(|d| d.lawful_basis.clear(), &[("no-lawful-basis", "Art. 6(1)")]);
        check(|d| d.lawful_basis = "f".into(), &[("no-legitimate-interests", "interests pursued")]);
        check(|d| {
            d.lawful_basis = "f".into();
            d.legitimate_interests = "Fraud prevention".into();
        }, &[]);
        check(|d| d.sensitive_data = vec!["health".into()], &[("no-art9-condition", "health")]);
        check(|d| {
            d.sensitive_data = vec!["health".into()];
            d.art9_condition = "explicit-consent".into();
        }, &[]);
        // Art. 30(1)(c), (d), (f), (g) and the DPIA.
        check(|d| d.subject_categories.clear(), &[("no-subjects", "30(1)(c)")]);
        check(|d| d.data_categories.clear(), &[("no-data-categories", "30(1)(c)")]);
        check(|d| d.data_categories.push(DataItemDraft { category: "Support tickets".into(), ..Default::default() }), &[("no-retention", "Support tickets")]);
        check(|d| d.recipients_internal.clear(), &[("no-recipients", "30(1)(d)")]);
        check(|d| d.security_measures.clear(), &[("no-security-measures", "30(1)(g)")]);
        check(|d| d.dpia_needed.clear(), &[("dpia-not-assessed", "DPIA")]);
        check(|d| d.dpia_needed = "yes".into(), &[("no-dpia-reference", "reference")]);
        check(|d| {
            d.dpia_needed = "oui".into();
            d.dpia_reference = "DPIA-2026-01".into();
        }, &[]);
        // Transfers derived from the linked subprocessors.
        check(link(&[1]), &[]);
        check(link(&[2]), &[]);
        check(link(&[3]), &[("us-needs-dpf", "Postmark")]);
        check(link(&[3]), &[("us-needs-dpf", "Data Privacy Framework")]);
        check(link(&[4]), &[("transfer-without-safeguard", "India (IN) through Freshdesk India")]);
        check(link(&[5]), &[]);
        check(link(&[6]), &[("retired-subprocessor", "Old Host")]);
        check(link(&[7]), &[]);
        check(link(&[8]), &[("transfer-without-safeguard", "relies on adequacy")]);
        check(link(&[99]), &[("unknown-subprocessor", "#99")]);
        // The record's own safeguard overrides the register's, for that country only.
        check(|d| {
            link(&[3, 4])(d);
            d.transfers = vec![TransferDraft { subprocessor_id: Some(SubprocessorId(4)), country: "IN".into(), safeguard: "scc".into(), ..Default::default() }];
        }, &[("us-needs-dpf", "Postmark")]);
        check(|d| {
            link(&[2])(d);
            d.transfers = vec![TransferDraft { subprocessor_id: Some(SubprocessorId(2)), country: "US".into(), safeguard: "adequacy".into(), ..Default::default() }];
        }, &[("us-needs-dpf", "Zendesk")]);
        // Transfers to recipients outside the register.
        check(|d| d.transfers = vec![TransferDraft { recipient: "Auditor".into(), country: "China".into(), ..Default::default() }], &[("transfer-without-safeguard", "China (CN) through Auditor")]);
        check(|d| d.transfers = vec![TransferDraft { recipient: "Partner".into(), country: "CA".into(), ..Default::default() }], &[]);
        check(|d| d.transfers = vec![TransferDraft { recipient: "Partner".into(), country: "CH".into(), safeguard: "dpf".into(), ..Default::default() }], &[("dpf-outside-us", "United States")]);
        // The processor record (Art. 30(2)): customers instead of the controller's questions.
        check(|d| {
            d.role = "processor".into();
            d.lawful_basis.clear();
            d.subject_categories.clear();
        }, &[("no-customers", "30(2)(a)")]);
        check(|d| {
            d.role = "processor".into();
            d.customers = vec![CustomerProcessingDraft { customer: "Acme SA".into(), processing: vec![] }];
        }, &[("no-processing", "Acme SA")]);
    }

    /// The form's transfer table before saving: (recipient, country, safeguard, origin, entry), from a form change.
    fn check_draft(change: impl Fn(&mut ActivityDraft), expected: &[(&str, &str, Option<&str>, &str, Option<usize>)]) {
        let mut d = complete();
        change(&mut d);
        let got: Vec<(String, String, Option<&str>, String, Option<usize>)> = crate::activity::draft_transfers(&d, &register(), Adequacy::embedded())
            .into_iter()
            .map(|t| {
                let origin = serde_json::to_value(t.origin).unwrap().as_str().unwrap().to_string();
                (t.recipient, t.country, t.safeguard.map(|s| s.as_str()), origin, t.entry)
            })
            .collect();
        let want: Vec<(String, String, Option<&str>, String, Option<usize>)> =
            expected.iter().map(|(r, c, s, o, e)| (r.to_string(), c.to_string(), *s, o.to_string(), *e)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_form_not_saved_yet_shows_the_transfers_saving_would_give_with_each_entry_position() {
        let id = SubprocessorId;
        let t = |sub: Option<i64>, recipient: &str, country: &str, safeguard: &str| TransferDraft {
            subprocessor_id: sub.map(SubprocessorId),
            recipient: recipient.into(),
            country: country.into(),
            safeguard: safeguard.into(),
            notes: String::new(),
        };
        check_draft(|_| {}, &[]);
        // Zendesk's US location under its SCCs (Germany is in the EEA), OVH none.
        check_draft(|d| d.subprocessor_ids = vec![id(1), id(2)], &[("Zendesk Inc.", "US", Some("scc"), "derived", None)]);
        // A row just added is shown blank, to be filled in; a country typed by name reads as its code.
        check_draft(
            |d| {
                d.subprocessor_ids = vec![id(2), id(3)];
                d.transfers = vec![t(None, "", "", ""), t(Some(3), "", "United States", "dpf"), t(None, "Local partner", "IN", "")];
            },
            &[
                ("Zendesk Inc.", "US", Some("scc"), "derived", None),
                ("Postmark", "US", Some("dpf"), "edited", Some(1)),
                ("", "", None, "manual", Some(0)),
                ("Local partner", "IN", None, "manual", Some(2)),
            ],
        );
        // Unlinking a subprocessor drops its edit; a country that does not read yet is shown as typed.
        check_draft(
            |d| d.transfers = vec![t(Some(3), "", "US", "dpf"), t(None, "Partner", "Narn", "")],
            &[("Partner", "Narn", None, "manual", Some(1))],
        );
    }

    #[test]
    fn the_printed_french_record_gets_the_same_gaps_in_french() {
        let mut d = complete();
        d.subprocessor_ids = vec![SubprocessorId(4)];
        d.data_categories[0].retention = String::new();
        d.dpia_needed = String::new();
        let data = d.validate().unwrap();
        let en = warnings(&data, &register(), Adequacy::embedded());
        let fr = crate::activity::warnings_in(&data, &register(), Adequacy::embedded(), Lang::Fr);
        let codes = |w: &[ActivityWarning]| w.iter().map(|w| w.code.clone()).collect::<Vec<_>>();
        assert_eq!(codes(&en), codes(&fr));
        assert_eq!(codes(&fr), ["no-retention", "transfer-without-safeguard", "dpia-not-assessed"]);
        assert_eq!(fr[0].message, "Aucune durée de conservation pour : État civil, identité, données d'identification (art. 30(1)(f))");
        assert!(fr[1].message.contains("Transfert vers Inde (IN) via Freshdesk India") && fr[1].message.contains("liste au 1er janvier 2025"), "{}", fr[1].message);
        assert!(en[1].message.contains("Transfer to India (IN) through Freshdesk India") && en[1].message.contains("list as of 2025-01-01"), "{}", en[1].message);
        assert_eq!(fr[2].message, "La nécessité d'une AIPD (art. 35) n'a pas été évaluée");
    }
}
