//! Retention of requester data: after a period from closing (the organisation's `request_retention_years`, default
//! 3), a request's identifying details are replaced by a pseudonym, keeping an anonymised log of dates, rights,
//! regime and outcome. Also the audit form of a request, which never holds those details in clear.

use super::{Outcome, Regime, Request, RequestData, RequestFacts, RequestId, Right};
use crate::calendar::add_months_legal;
use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// What a purge will do, or did.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct PurgePlan {
    pub retention_years: u32,
    /// Requests closed on or before this day have reached the end of their retention period today.
    pub closed_on_or_before: NaiveDate,
    pub items: Vec<PurgeItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct PurgeItem {
    pub id: RequestId,
    /// "R-000123", the reference the pseudonym is made of (the requester's name is deliberately not shown).
    pub reference: String,
    pub regime: Regime,
    pub outcome: Outcome,
    pub closed_on: NaiveDate,
    /// The first day the details could be purged: closing day plus the retention period.
    pub purge_from: NaiveDate,
}

/// The first day a request closed on `closed_on` may be purged: `years` later, counted as calendar months so that
/// 29 February lands on 28 February.
pub fn purge_from(closed_on: NaiveDate, years: u32) -> NaiveDate {
    add_months_legal(closed_on, years * 12)
}

/// The closed, not yet pseudonymised requests whose retention period has run out by `today`, oldest closing first.
pub fn plan(requests: &[Request], retention_years: u32, today: NaiveDate) -> PurgePlan {
    let mut items: Vec<PurgeItem> = requests
        .iter()
        .filter(|r| r.pseudonymised_on.is_none())
        .filter_map(|r| {
            let (outcome, closed_on) = (r.facts.outcome?, r.facts.closed_on?);
            let from = purge_from(closed_on, retention_years);
            (from <= today).then(|| PurgeItem {
                id: r.id,
                reference: r.reference(),
                regime: r.data.regime,
                outcome,
                closed_on,
                purge_from: from,
            })
        })
        .collect();
    items.sort_by_key(|i| (i.closed_on, i.id));
    // The latest closing day that is due: the day whose anniversary is today (or the end of a shorter month).
    let mut closed_on_or_before = today;
    while purge_from(closed_on_or_before, retention_years) > today {
        closed_on_or_before = closed_on_or_before.pred_opt().expect("date in range");
    }
    PurgePlan { retention_years, closed_on_or_before, items }
}

/// The pseudonym that replaces the requester's name.
pub fn pseudonym(id: RequestId) -> String {
    format!("Requester {}", super::reference(id))
}

/// The request with its identifying details removed: the name becomes the pseudonym; e-mail, postal address, notes,
/// the fee text and the free-text reasons (extension, closing) are cleared, since any of them may identify the
/// person. Dates, rights, regime, channel and outcome stay, which is the anonymised log module 4 keeps.
pub fn pseudonymise(r: &Request) -> Request {
    Request {
        data: RequestData {
            requester: pseudonym(r.id),
            email: None,
            postal_address: None,
            notes: None,
            fee: None,
            ..r.data.clone()
        },
        facts: RequestFacts { extension_reason: None, close_reason: None, ..r.facts.clone() },
        ..r.clone()
    }
}

/// The digest of a value under the request's salt ("hmac-sha256:…"), or `None` for no value. A request whose
/// salt the purge cleared holds only its pseudonym, digested plainly ("sha256:…").
fn digest(salt: Option<&str>, v: Option<&str>) -> Option<String> {
    v.map(|v| match salt {
        Some(salt) => crate::audit::salted_digest(salt, v),
        None => format!("sha256:{}", hex::encode(Sha256::digest(v.as_bytes()))),
    })
}

/// A request as the audit log records it: every fact in clear, but the requester's identifying details and all
/// free text (the fee text included) as digests keyed by the request's salt. The log is append-only and
/// hash-chained, so whatever it holds cannot be purged; while the request is kept, its salt lets an auditor confirm
/// that a value they already have was the one recorded; once the purge has cleared the salt, nobody can.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditForm {
    pub requester: Option<String>,
    pub email: Option<String>,
    pub postal_address: Option<String>,
    pub notes: Option<String>,
    pub channel: &'static str,
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub received_on: NaiveDate,
    pub fee: Option<String>,
    /// The facts, with the reasons (free text) as digests.
    #[serde(flatten)]
    pub facts: RequestFacts,
    pub pseudonymised_on: Option<NaiveDate>,
}

pub fn audit_form(r: &Request, salt: Option<&str>) -> AuditForm {
    let digest = |v: Option<&str>| digest(salt, v);
    let (d, f) = (&r.data, &r.facts);
    AuditForm {
        requester: digest(Some(&d.requester)),
        email: digest(d.email.as_deref()),
        postal_address: digest(d.postal_address.as_deref()),
        notes: digest(d.notes.as_deref()),
        channel: d.channel.as_str(),
        rights: d.rights.clone(),
        regime: d.regime,
        received_on: d.received_on,
        fee: digest(d.fee.as_deref()),
        facts: RequestFacts { extension_reason: digest(f.extension_reason.as_deref()), close_reason: digest(f.close_reason.as_deref()), ..f.clone() },
        pseudonymised_on: r.pseudonymised_on,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::tests::{d, sample};

    #[test]
    fn purge_is_due_the_retention_period_after_closing() {
        let closed = |id: i64, on: NaiveDate| {
            let mut r = sample(id);
            r.facts.outcome = Some(Outcome::Completed);
            r.facts.closed_on = Some(on);
            r
        };
        let mut done = closed(4, d(2020, 1, 1));
        done.pseudonymised_on = Some(d(2023, 1, 1));
        let requests = vec![closed(1, d(2023, 11, 23)), closed(2, d(2023, 11, 24)), sample(3), done, closed(5, d(2020, 2, 29))];
        let p = plan(&requests, 3, d(2026, 11, 23));
        let ids: Vec<i64> = p.items.iter().map(|i| i.id.0).collect();
        assert_eq!(ids, vec![5, 1], "open, already purged and not-yet-due requests stay");
        assert_eq!(p.closed_on_or_before, d(2023, 11, 23));
        assert_eq!(p.items[0].purge_from, d(2023, 2, 28), "29 February plus 3 years is 28 February");
        assert_eq!(plan(&requests, 1, d(2026, 11, 23)).items.len(), 3);
    }

    #[test]
    fn pseudonymising_keeps_the_log_and_drops_what_identifies() {
        let mut r = sample(123);
        r.data.email = Some("jane@example.com".into());
        r.data.postal_address = Some("1 High Street".into());
        r.data.notes = Some("Jane's father called".into());
        r.facts.outcome = Some(Outcome::Refused);
        r.facts.closed_on = Some(d(2026, 3, 20));
        r.facts.close_reason = Some("Jane sent 40 identical requests".into());
        let p = pseudonymise(&r);
        assert_eq!(p.data.requester, "Requester R-000123");
        assert_eq!((p.data.email.as_deref(), p.data.postal_address.as_deref(), p.data.notes.as_deref()), (None, None, None));
        assert_eq!((p.facts.close_reason, p.data.fee), (None, None));
        assert_eq!((p.data.rights.clone(), p.data.regime, p.data.received_on), (r.data.rights.clone(), r.data.regime, r.data.received_on));
        assert_eq!((p.facts.outcome, p.facts.closed_on), (Some(Outcome::Refused), Some(d(2026, 3, 20))));
    }

    #[test]
    fn the_audit_form_holds_digests_never_the_personal_data() {
        let mut r = sample(7);
        r.data.email = Some("jane@example.com".into());
        r.facts.close_reason = Some("manifestly excessive".into());
        r.data.fee = Some("Jane paid 10 GBP".into());
        let json = serde_json::to_string(&audit_form(&r, Some("5a17"))).unwrap();
        assert!(!json.contains("Jane") && !json.contains("jane@example.com") && !json.contains("excessive"), "{json}");
        assert!(json.contains(&crate::audit::salted_digest("5a17", "Jane Doe")), "{json}");
        // Nobody can confirm the name by hashing it, nor with another salt.
        let plain = format!("sha256:{}", hex::encode(Sha256::digest(b"Jane Doe")));
        assert!(!json.contains(&plain) && !json.contains(&crate::audit::salted_digest("other", "Jane Doe")), "{json}");
        assert!(json.contains("\"received_on\":\"2026-03-02\""), "{json}");
    }
}
