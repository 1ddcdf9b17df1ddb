//! Unit tests of the request rules: validation, the state machine, status, filtering and days left.

use super::*;
use crate::calendar::HolidayCalendar;
use crate::org::{Org, OrgDraft};

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(crate) fn org_cnil() -> Org {
    OrgDraft {
        legal_name: "Exemple Logiciels SAS".into(),
        address: "12 rue de la Paix\n75002 Paris".into(),
        country: "FR".into(),
        authority: "cnil".into(),
        contact_name: "Camille Martin".into(),
        contact_email: "dpo@exemple.fr".into(),
        ..Default::default()
    }
    .validate()
    .unwrap()
}

/// An EU access request from Jane Doe received on Monday 2 March 2026, nothing recorded since.
pub(crate) fn sample(id: i64) -> Request {
    let data = RequestDraft {
        requester: "Jane Doe".into(),
        rights: vec!["access".into()],
        received_on: "2026-03-02".into(),
        ..Default::default()
    }
    .validate(Regime::EuGdpr, d(2026, 11, 23))
    .unwrap();
    Request {
        id: RequestId(id),
        data,
        facts: RequestFacts::default(),
        pseudonymised_on: None,
        created_at: DateTime::<Utc>::MIN_UTC,
        updated_at: DateTime::<Utc>::MIN_UTC,
    }
}

fn france() -> WorkingCalendar {
    WorkingCalendar::new(HolidayCalendar::France, [])
}

#[test]
fn a_draft_takes_the_default_regime_and_infers_the_channel() {
    let data = RequestDraft {
        requester: " Jane Doe ".into(),
        email: "jane@example.com".into(),
        rights: vec!["access, Effacement".into(), "access".into()],
        received_on: "2026-03-02".into(),
        ..Default::default()
    }
    .validate(Regime::UkGdpr, d(2026, 3, 2))
    .unwrap();
    assert_eq!(data.requester, "Jane Doe");
    assert_eq!(data.regime, Regime::UkGdpr);
    assert_eq!(data.channel, Channel::Email);
    assert_eq!(data.rights, vec![Right::Access, Right::Erasure]);
}

#[test]
fn every_bad_field_is_named_with_its_value() {
    let e = RequestDraft {
        email: "jane".into(),
        rights: vec!["access, teleportation".into()],
        regime: "gdpr".into(),
        channel: "pigeon".into(),
        received_on: "02/03/2026".into(),
        ..Default::default()
    }
    .validate(Regime::EuGdpr, d(2026, 3, 2))
    .unwrap_err();
    let fields: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, vec!["requester", "email", "channel", "regime", "rights", "received_on"]);
    let text = e.to_string();
    for value in ["'jane'", "'pigeon'", "\"gdpr\"", "'teleportation'", "'02/03/2026'"] {
        assert!(text.contains(value), "{value} missing from {text}");
    }
}

#[test]
fn rights_must_exist_under_the_regime_and_the_future_is_refused() {
    let draft = |rights: &str, regime: &str, received: &str| RequestDraft {
        requester: "Jane Doe".into(),
        rights: vec![rights.into()],
        regime: regime.into(),
        received_on: received.into(),
        ..Default::default()
    };
    let check = |draft: RequestDraft, expected: Result<(), &str>| {
        let got = draft.validate(Regime::EuGdpr, d(2026, 3, 10));
        match expected {
            Ok(()) => assert!(got.is_ok(), "{got:?}"),
            Err(fragment) => {
                let text = got.unwrap_err().to_string();
                assert!(text.contains(fragment), "{fragment} not in {text}");
            }
        }
    };
    check(draft("opt-out-sale", "ccpa", "2026-03-02"), Ok(()));
    check(draft("opt-out-sale", "eu-gdpr", "2026-03-02"), Err("rights: opt-out-sale is not a right under EU GDPR"));
    check(draft("restriction, objection", "ccpa", "2026-03-02"), Err("restriction, objection are not a right under CCPA/CPRA"));
    check(draft("access", "", "2026-03-11"), Err("received_on: 2026-03-11 is in the future"));
    check(draft("", "", "2026-03-02"), Err("rights: is required"));
}

/// One case of the state machine: the facts before, the change, and the expected status or error fragment.
struct Case {
    name: &'static str,
    regime: Regime,
    before: RequestFacts,
    step: Transition,
    expected: Result<RequestStatus, &'static str>,
}

#[test]
fn transitions_follow_the_state_machine() {
    let closed = RequestFacts { outcome: Some(Outcome::Completed), closed_on: Some(d(2026, 3, 20)), ..Default::default() };
    let asked_id = RequestFacts { identity_requested_on: Some(d(2026, 3, 4)), ..Default::default() };
    let asked = RequestFacts { clarification_asked_on: Some(d(2026, 3, 4)), ..Default::default() };
    let extended = RequestFacts { extension_notified_on: Some(d(2026, 3, 20)), extension_reason: Some("complex".into()), ..Default::default() };
    let reason = |s: &str| s.to_string();
    let cases = [
        Case { name: "identity requested", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::IdentityRequested { on: d(2026, 3, 3) }, expected: Ok(RequestStatus::AwaitingIdentity) },
        Case { name: "identity received", regime: Regime::UkGdpr, before: asked_id.clone(), step: Transition::IdentityReceived { on: d(2026, 3, 9) }, expected: Ok(RequestStatus::Received) },
        Case { name: "identity received before requested", regime: Regime::UkGdpr, before: asked_id.clone(), step: Transition::IdentityReceived { on: d(2026, 3, 3) }, expected: Err("received_on: 2026-03-03 is before identity evidence was requested on 2026-03-04") },
        Case { name: "identity received, never requested", regime: Regime::UkGdpr, before: RequestFacts::default(), step: Transition::IdentityReceived { on: d(2026, 3, 3) }, expected: Err("identity evidence was not requested") },
        Case { name: "identity requested twice", regime: Regime::UkGdpr, before: asked_id.clone(), step: Transition::IdentityRequested { on: d(2026, 3, 5) }, expected: Err("already recorded on 2026-03-04") },
        Case { name: "clarification asked", regime: Regime::UkGdpr, before: RequestFacts::default(), step: Transition::ClarificationAsked { on: d(2026, 3, 4) }, expected: Ok(RequestStatus::AwaitingClarification) },
        Case { name: "clarification answered", regime: Regime::UkGdpr, before: asked.clone(), step: Transition::ClarificationAnswered { on: d(2026, 3, 6) }, expected: Ok(RequestStatus::Received) },
        Case { name: "answer before question", regime: Regime::UkGdpr, before: asked.clone(), step: Transition::ClarificationAnswered { on: d(2026, 3, 3) }, expected: Err("answered_on: 2026-03-03 is before the clarification was asked") },
        Case { name: "date before receipt", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::InProgress { on: d(2026, 3, 1) }, expected: Err("on: 2026-03-01 is before the request was received on 2026-03-02") },
        Case { name: "date in the future", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::InProgress { on: d(2026, 3, 11) }, expected: Err("is in the future") },
        Case { name: "in progress", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::InProgress { on: d(2026, 3, 3) }, expected: Ok(RequestStatus::InProgress) },
        Case { name: "EU pause", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::EuPauseApplied { on: d(2026, 3, 3), reason: reason("identity doubts") }, expected: Ok(RequestStatus::Received) },
        Case { name: "EU pause without reason", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::EuPauseApplied { on: d(2026, 3, 3), reason: reason(" ") }, expected: Err("reason: is required") },
        Case { name: "EU pause on a UK request", regime: Regime::UkGdpr, before: RequestFacts::default(), step: Transition::EuPauseApplied { on: d(2026, 3, 3), reason: reason("x") }, expected: Err("for EU GDPR requests only") },
        Case { name: "remove a pause never applied", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::EuPauseRemoved { on: d(2026, 3, 3), reason: reason("x") }, expected: Err("not applied") },
        Case { name: "extension in time", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::Extended { notified_on: d(2026, 3, 10), reason: reason("many requests") }, expected: Ok(RequestStatus::Extended) },
        Case { name: "extension without reason", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::Extended { notified_on: d(2026, 3, 10), reason: reason("") }, expected: Err("reason: is required") },
        Case { name: "extension twice", regime: Regime::EuGdpr, before: extended.clone(), step: Transition::Extended { notified_on: d(2026, 3, 10), reason: reason("again") }, expected: Err("allowed once") },
        Case { name: "refusal without reasons", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::Closed { outcome: Outcome::Refused, on: d(2026, 3, 10), reason: None }, expected: Err("Art. 12(5)") },
        Case { name: "refusal", regime: Regime::EuGdpr, before: RequestFacts::default(), step: Transition::Closed { outcome: Outcome::Refused, on: d(2026, 3, 10), reason: Some(reason("repetitive")) }, expected: Ok(RequestStatus::Refused) },
        Case { name: "withdrawn", regime: Regime::EuGdpr, before: extended.clone(), step: Transition::Closed { outcome: Outcome::Withdrawn, on: d(2026, 3, 10), reason: None }, expected: Ok(RequestStatus::Withdrawn) },
        Case { name: "closing twice", regime: Regime::EuGdpr, before: closed.clone(), step: Transition::Closed { outcome: Outcome::Completed, on: d(2026, 3, 10), reason: None }, expected: Err("already closed (completed on 2026-03-20)") },
        Case { name: "anything after closing", regime: Regime::EuGdpr, before: closed.clone(), step: Transition::IdentityRequested { on: d(2026, 3, 10) }, expected: Err("already closed") },
    ];
    for case in cases {
        let mut r = sample(1);
        r.data.regime = case.regime;
        r.facts = case.before.clone();
        let got = apply(&r, &case.step, &france(), d(2026, 3, 10));
        match case.expected {
            Ok(status) => assert_eq!(got.map(|f| f.status()), Ok(status), "{}", case.name),
            Err(fragment) => {
                let text = got.expect_err(case.name).to_string();
                assert!(text.contains(fragment), "{}: {fragment:?} not in {text:?}", case.name);
            }
        }
    }
}

#[test]
fn extension_notice_after_the_first_period_is_refused_per_regime() {
    // EU: received 2 Mar 2026, first month ends 2 Apr; CCPA: day 45 is 15 Apr.
    let extend = |regime: Regime, notified_on: NaiveDate| {
        let mut r = sample(1);
        r.data.regime = regime;
        if regime == Regime::Ccpa {
            r.data.rights = vec![Right::Access];
        }
        apply(&r, &Transition::Extended { notified_on, reason: "complex".into() }, &france(), d(2026, 11, 23))
    };
    assert!(extend(Regime::EuGdpr, d(2026, 4, 2)).is_ok());
    let e = extend(Regime::EuGdpr, d(2026, 4, 3)).unwrap_err().to_string();
    assert!(e.contains("notified_on: extension notice on Fri 3 Apr 2026 is too late"), "{e}");
    assert!(extend(Regime::Ccpa, d(2026, 4, 15)).is_ok());
    assert!(extend(Regime::Ccpa, d(2026, 4, 16)).is_err());
}

#[test]
fn status_waits_for_identity_before_clarification() {
    let f = RequestFacts {
        identity_requested_on: Some(d(2026, 3, 3)),
        clarification_asked_on: Some(d(2026, 3, 3)),
        extension_notified_on: Some(d(2026, 3, 5)),
        ..Default::default()
    };
    assert_eq!(f.status(), RequestStatus::AwaitingIdentity);
    let f = RequestFacts { identity_received_on: Some(d(2026, 3, 4)), ..f };
    assert_eq!(f.status(), RequestStatus::AwaitingClarification);
    let f = RequestFacts { clarification_answered_on: Some(d(2026, 3, 4)), ..f };
    assert_eq!(f.status(), RequestStatus::Extended);
}

#[test]
fn edits_must_keep_recorded_facts_valid() {
    let r = sample(1);
    let facts = RequestFacts { in_progress_on: Some(d(2026, 3, 5)), eu_pause_applied: true, ..Default::default() };
    let later = RequestData { received_on: d(2026, 3, 6), regime: Regime::UkGdpr, ..r.data.clone() };
    let e = check_edit(&later, &facts, &france()).unwrap_err().to_string();
    assert!(e.contains("received_on: 2026-03-06 is after 2026-03-05, already recorded as in_progress_on"), "{e}");
    assert!(e.contains("regime: the EU pause is applied"), "{e}");
    assert!(check_edit(&r.data, &facts, &france()).is_ok());
}

#[test]
fn days_left_and_urgency() {
    for (due, today, days, u) in [
        (d(2026, 4, 2), d(2026, 4, 3), -1, Urgency::Overdue),
        (d(2026, 4, 2), d(2026, 4, 2), 0, Urgency::DueSoon),
        (d(2026, 4, 9), d(2026, 4, 2), 7, Urgency::DueSoon),
        (d(2026, 4, 10), d(2026, 4, 2), 8, Urgency::Later),
    ] {
        assert_eq!(days_left(due, today), days);
        assert_eq!(urgency(Some(days)), u);
    }
    assert_eq!(urgency(None), Urgency::Closed);
}

#[test]
fn vocabularies_read_codes_and_labels_in_both_languages() {
    assert_eq!(Right::parse("Effacement"), Ok(Right::Erasure));
    assert_eq!(Right::parse("droit d'accès"), Ok(Right::Access));
    assert_eq!(Right::parse("objection-marketing"), Ok(Right::ObjectionMarketing));
    assert_eq!(Outcome::parse("refused"), Ok(Outcome::Refused));
    assert_eq!(RequestStatus::parse("awaiting-identity"), Ok(RequestStatus::AwaitingIdentity));
    assert_eq!(Right::Access.with_cite(Regime::UkGdpr, Lang::En), "Access (UK GDPR Art. 15)");
    // French cites the RGPD, in French words throughout.
    assert!(Right::ObjectionMarketing.with_cite(Regime::EuGdpr, Lang::Fr).ends_with("(RGPD art. 21(2) et (3))"));
    assert!(Right::ObjectionMarketing.with_cite(Regime::UkGdpr, Lang::En).ends_with("(UK GDPR Art. 21(2) and (3))"));
    assert_eq!(Regime::EuGdpr.label_in(Lang::Fr), "RGPD");
    assert_eq!(Right::OptOutSale.cite(Regime::Ccpa), "Cal. Civ. Code 1798.120");
    for right in Right::ALL {
        for regime in Regime::ALL {
            assert_eq!(right.exists_under(regime), right.cite(regime) != "not a right under this regime", "{right} {regime}");
        }
    }
}

/// A probe of each step with a date and reasons that pass, so that only the state can refuse it.
fn probe(step: Step, on: NaiveDate) -> Transition {
    Transition::from_step(step, &on.to_string(), Some("Several systems to search".into()), Some(Outcome::Completed)).unwrap()
}

#[test]
fn the_steps_offered_are_exactly_the_ones_apply_takes_and_say_why_not_in_its_words() {
    let cal = france();
    let on = d(2026, 3, 5);
    let today = d(2026, 3, 10);
    let mut states = vec![sample(1)];
    // Walk a request through every step in turn, checking the offers at each stage against `apply`.
    for step in [Step::IdentityRequested, Step::ClarificationAsked, Step::EuPauseApply, Step::IdentityReceived, Step::Extend, Step::Close] {
        let mut next = states.last().unwrap().clone();
        next.facts = apply(&next, &probe(step, on), &cal, today).unwrap();
        states.push(next);
    }
    for r in &states {
        for offer in step_offers(r) {
            let applied = apply(r, &probe(offer.kind, on), &cal, today);
            assert_eq!(offer.allowed, applied.is_ok(), "{:?} at {:?}", offer.kind, r.facts);
            if let Err(e) = applied {
                assert_eq!(offer.why.as_deref(), Some(e.errors[0].reason.as_str()));
            }
        }
    }
    let closed = states.last().unwrap();
    assert!(step_offers(closed).iter().all(|o| !o.allowed && o.why.as_deref().unwrap().contains("closed")));
    let fresh = step_offers(&states[0]);
    let shown = |s: Step| fresh.iter().find(|o| o.kind == s).unwrap().shown;
    assert!(shown(Step::EuPauseApply) && !shown(Step::EuPauseRemove));
}

#[test]
fn letters_are_offered_as_the_letter_printer_accepts_them() {
    let cal = france();
    let today = d(2026, 3, 10);
    let mut r = sample(1);
    let org = org_cnil();
    for stage in 0..2 {
        let view = RequestView::new(r.clone(), &cal, today, crate::document::Lang::En);
        for offer in &view.letters {
            let printed = letters::letter(&org, &view, offer.kind, Lang::En, today, None);
            assert_eq!(offer.allowed, printed.is_ok(), "{:?} at stage {stage}", offer.kind);
        }
        if stage == 0 {
            r.facts = apply(&r, &probe(Step::Close, d(2026, 3, 6)), &cal, today).unwrap();
        }
    }
}

#[test]
fn days_left_have_one_wording() {
    assert_eq!(days_left_words(Some(3)).en, "due in 3 days");
    assert_eq!(days_left_words(Some(0)).en, "due today");
    assert_eq!(days_left_words(Some(-2)).fr, "en retard de 2 jours");
    assert_eq!(days_left_words(None).en, "closed");
}
