use super::*;
use chrono::TimeZone;

fn at(s: &str) -> DateTime<Utc> {
    clock::parse_instant(s).unwrap()
}

fn now() -> DateTime<Utc> {
    at("2026-03-30T10:00:00Z")
}

fn draft() -> BreachDraft {
    BreachDraft {
        title: "Lost laptop".into(),
        aware_at: "2026-03-28T10:00:00+01:00".into(),
        nature: vec!["confidentiality".into()],
        ..Default::default()
    }
}

fn breach(data: BreachData) -> Breach {
    Breach {
        id: BreachId(1),
        data,
        assessment: None,
        authority_decision: None,
        people_decision: None,
        notifications: Vec::new(),
        events: Vec::new(),
        closed_at: None,
        created_at: at("2026-03-28T10:30:00+01:00"),
        updated_at: at("2026-03-28T10:30:00+01:00"),
    }
}

fn assessed(risk: Risk) -> Breach {
    let mut b = breach(draft().validate(now()).unwrap());
    b.assessment = Some(Assessment { risk, reason: "r".into(), at: now() });
    b
}

fn notification(b: &Breach, to: &str, when: &str, n: impl FnOnce(&mut NotificationDraft)) -> Result<NewNotification, Invalid> {
    let mut d = NotificationDraft { to: to.into(), at: when.into(), ..Default::default() };
    n(&mut d);
    b.notify(&d, Rules::default(), now())
}

fn apply(b: &mut Breach, n: NewNotification) {
    b.notifications.push(Notification {
        id: b.notifications.len() as i64 + 1,
        recipient: n.recipient,
        phase: n.phase,
        at: n.at,
        reference: n.reference,
        method: n.method,
        reached: n.reached,
        controller: n.controller,
        delay_reason: n.delay_reason,
        recorded_at: now(),
    });
}

fn fields(e: Invalid) -> Vec<String> {
    e.errors.into_iter().map(|e| e.field).collect()
}

#[test]
fn a_valid_draft_stores_utc_codes_and_counts() {
    let d = BreachDraft {
        data_categories: vec!["Identifiers, santé".into()],
        subject_categories: vec!["customers".into(), "Enfants".into()],
        people_count: "1 200".into(),
        records_count: "12,000".into(),
        ..draft()
    }
    .validate(now())
    .unwrap();
    assert_eq!(d.aware_at, Utc.with_ymd_and_hms(2026, 3, 28, 9, 0, 0).unwrap());
    assert_eq!(d.data_categories, vec![DataCategory::Identifiers, DataCategory::SpecialCategories]);
    assert_eq!(d.subject_categories, vec![SubjectCategory::Customers, SubjectCategory::Children]);
    assert_eq!((d.people_count, d.records_count), (Some(1200), Some(12000)));
    assert_eq!(d.role, BreachRole::Controller);
    assert_eq!(d.to_draft().validate(now()).unwrap(), d, "the draft round trip keeps the record");
}

#[test]
fn every_bad_field_is_named_with_its_value() {
    let bad = BreachDraft {
        title: " ".into(),
        aware_at: "28/03/2026 10:00".into(),
        occurred_from: "yesterday".into(),
        nature: vec!["confidentiality, secrecy".into()],
        people_count: "about a thousand".into(),
        likelihood: "certain".into(),
        role: "processor".into(),
        ..Default::default()
    };
    let e = bad.validate(now()).unwrap_err();
    let text = e.to_string();
    assert_eq!(fields(e), vec!["title", "aware_at", "occurred_from", "nature", "people_count", "likelihood", "controllers"]);
    for value in ["'28/03/2026 10:00'", "'yesterday'", "'secrecy'", "'about a thousand'", "'certain'"] {
        assert!(text.contains(value), "{value} missing from {text}");
    }
}

#[test]
fn occurrence_and_awareness_must_be_in_order_and_not_in_the_future() {
    let e = BreachDraft { occurred_from: "2026-03-28T12:00:00Z".into(), occurred_to: "2026-03-28T11:00:00Z".into(), ..draft() }.validate(now()).unwrap_err();
    assert_eq!(fields(e), vec!["occurred_to", "occurred_from"]);
    let e = BreachDraft { aware_at: "2026-04-01T00:00:00Z".into(), ..draft() }.validate(now()).unwrap_err();
    assert_eq!(fields(e), vec!["aware_at"]);
}

#[test]
fn the_lifecycle_runs_open_assessed_notified_closed() {
    let mut b = breach(draft().validate(now()).unwrap());
    assert_eq!(b.status(), BreachStatus::Open);
    assert!(b.check_close().unwrap_err().to_string().contains("risk assessment"));
    b.assessment = Some(b.assess("high", "Unencrypted disk with health data", now()).unwrap());
    assert_eq!(b.status(), BreachStatus::Assessed);
    let n = notification(&b, "authority", "2026-03-30T09:00:00Z", |d| d.reference = "CNIL-1".into()).unwrap();
    assert_eq!(n.phase, Some(Phase::Initial));
    apply(&mut b, n);
    assert_eq!(b.status(), BreachStatus::Notified);
    let e = b.check_close().unwrap_err().to_string();
    assert!(e.contains("telling the people"), "{e}");
    let n = notification(&b, "people", "2026-03-30T09:30:00Z", |d| d.method = "e-mail".into()).unwrap();
    apply(&mut b, n);
    b.check_close().unwrap();
    b.closed_at = Some(now());
    assert_eq!(b.status(), BreachStatus::Closed);
    assert!(b.assess("risk", "x", now()).unwrap_err().to_string().contains("closed"));
}

#[test]
fn a_no_needs_reasons_and_the_risk_must_allow_it() {
    let b = breach(draft().validate(now()).unwrap());
    let no = |about, reason: &str, exemptions: Vec<&str>| DecisionDraft { about, notify: false, reason: reason.into(), exemptions: exemptions.into_iter().map(String::from).collect() };
    assert_eq!(fields(b.decide(&no(DecisionAbout::Authority, "x", vec![]), now()).unwrap_err()), vec!["risk"], "assess first");

    let unlikely = assessed(Risk::Unlikely);
    assert_eq!(fields(unlikely.decide(&no(DecisionAbout::Authority, "", vec![]), now()).unwrap_err()), vec!["reason"]);
    let d = unlikely.decide(&no(DecisionAbout::Authority, "Encrypted laptop, key not lost", vec![]), now()).unwrap();
    assert!(!d.notify);

    let risk = assessed(Risk::Risk);
    assert_eq!(fields(risk.decide(&no(DecisionAbout::Authority, "cost", vec![]), now()).unwrap_err()), vec!["authority"]);

    let high = assessed(Risk::High);
    assert_eq!(fields(high.decide(&no(DecisionAbout::People, "too many", vec![]), now()).unwrap_err()), vec!["exemptions"]);
    let d = high.decide(&no(DecisionAbout::People, "Public notice on the website", vec!["disproportionate-effort"]), now()).unwrap();
    assert_eq!(d.exemptions, vec![Exemption::DisproportionateEffort]);
}

#[test]
fn not_notified_is_a_status_and_closes_with_the_decision() {
    let mut b = assessed(Risk::Unlikely);
    b.authority_decision = Some(b.decide(&DecisionDraft { about: DecisionAbout::Authority, notify: false, reason: "Data encrypted".into(), exemptions: vec![] }, now()).unwrap());
    assert_eq!(b.status(), BreachStatus::NotNotified);
    assert_eq!(b.clock(Rules::default(), now(), chrono_tz::Europe::Paris).authority.urgency, BreachUrgency::NotRequired);
    b.check_close().unwrap();
    assert_eq!(fields(notification(&b, "authority", "2026-03-30T09:00:00Z", |_| {}).unwrap_err()), vec!["to"]);
    assert_eq!(fields(b.assess("high", "new facts", now()).unwrap_err()), vec!["risk"], "the no decision must be revisited first");
}

#[test]
fn a_late_notification_needs_reasons_for_the_delay() {
    let b = assessed(Risk::Risk);
    // Due 2026-03-31T09:00:00Z; `now` is later in this test.
    let later = at("2026-04-02T00:00:00Z");
    let d = NotificationDraft { to: "authority".into(), at: "2026-03-31T09:00:01Z".into(), ..Default::default() };
    let e = b.notify(&d, Rules::default(), later).unwrap_err();
    assert_eq!(fields(e.clone()), vec!["delay_reason"]);
    assert!(e.to_string().contains("2026-03-31T09:00:00Z"), "{e}");
    b.notify(&NotificationDraft { at: "2026-03-31T09:00:00Z".into(), ..d.clone() }, Rules::default(), later).unwrap();
    let n = b.notify(&NotificationDraft { delay_reason: "Forensics took until Tuesday".into(), ..d }, Rules::default(), later).unwrap();
    let mut b = b;
    apply(&mut b, n);
    assert_eq!(b.clock(Rules::default(), later, chrono_tz::Europe::Paris).authority.urgency, BreachUrgency::Late);
}

#[test]
fn notifications_are_checked_against_the_record() {
    let b = assessed(Risk::High);
    assert_eq!(fields(notification(&b, "authority", "2026-03-28T08:00:00Z", |_| {}).unwrap_err()), vec!["at"], "before awareness");
    assert_eq!(fields(notification(&b, "authority", "2026-03-31T00:00:00Z", |_| {}).unwrap_err()), vec!["at"], "in the future");
    assert_eq!(fields(notification(&b, "authority", "2026-03-29T00:00:00Z", |d| d.phase = "complementary".into()).unwrap_err()), vec!["phase"]);
    assert_eq!(fields(notification(&b, "people", "2026-03-29T00:00:00Z", |_| {}).unwrap_err()), vec!["method"]);
    assert_eq!(fields(notification(&b, "controller", "2026-03-29T00:00:00Z", |_| {}).unwrap_err()), vec!["to"]);
    assert_eq!(fields(notification(&b, "the press", "2026-03-29T00:00:00Z", |_| {}).unwrap_err()), vec!["to"]);
    let mut b = b;
    let n = notification(&b, "authority", "2026-03-29T00:00:00Z", |_| {}).unwrap();
    apply(&mut b, n);
    let second = notification(&b, "authority", "2026-03-30T00:00:00Z", |d| d.reference = "CNIL-1".into()).unwrap();
    assert_eq!(second.phase, Some(Phase::Complementary));
}

#[test]
fn as_processor_we_tell_each_controller_within_the_contract_hours() {
    let data = BreachDraft { role: "processor".into(), controllers: vec!["Acme SA, Globex Ltd".into()], ..draft() }.validate(now()).unwrap();
    let mut b = breach(data);
    b.assessment = Some(b.assess("risk", "Customer records exposed", now()).unwrap());
    let clock = b.clock(Rules::default(), now(), chrono_tz::Europe::Paris);
    assert_eq!(clock.authority.urgency, BreachUrgency::NotRequired, "the controller notifies the authority");
    let controller = clock.controller.unwrap();
    assert_eq!((controller.due_at_local.as_str(), controller.urgency), ("2026-03-29 11:00 +02:00", BreachUrgency::Overdue));
    assert_eq!(fields(notification(&b, "controller", "2026-03-29T12:00:00Z", |_| {}).unwrap_err()), vec!["controller", "delay_reason"]);
    assert_eq!(fields(notification(&b, "authority", "2026-03-29T08:00:00Z", |_| {}).unwrap_err()), vec!["to"]);
    let n = notification(&b, "controller", "2026-03-29T08:00:00Z", |d| d.controller = "acme sa".into()).unwrap();
    apply(&mut b, n);
    assert_eq!(b.status(), BreachStatus::Notified);
    assert!(b.check_close().unwrap_err().to_string().contains("Globex Ltd"));
    let summary = b.summary(Rules::default(), now(), chrono_tz::Europe::Paris);
    assert_eq!(summary.urgency, BreachUrgency::Met);
}

#[test]
fn the_timeline_orders_every_event() {
    let data = BreachDraft { occurred_from: "2026-03-27T22:00:00Z".into(), ..draft() }.validate(now()).unwrap();
    let mut b = breach(data);
    b.assessment = Some(b.assess("risk", "Names and e-mails", now()).unwrap());
    b.events.push(BreachEvent { id: 1, at: at("2026-03-28T11:00:00Z"), text: "Laptop wiped remotely".into(), recorded_at: now() });
    let kinds: Vec<String> = b.timeline(Rules::default(), Lang::En, chrono_tz::Europe::Paris).into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec!["occurred", "aware", "recorded", "event", "assessed", "deadline"]);
}

#[test]
fn vocabularies_accept_codes_and_labels_in_both_languages() {
    assert_eq!(Risk::parse("Risque élevé"), Ok(Risk::High));
    assert_eq!(Nature::parse_list(&["availability, C".into()]), Ok(vec![Nature::Confidentiality, Nature::Availability]));
    assert_eq!(Phase::parse("follow-up"), Ok(Phase::Complementary));
    assert_eq!(Answer::parse("don't know"), Ok(Answer::DontKnow));
    assert!(Risk::parse("medium-high").unwrap_err().contains("unlikely, risk, high"));
}

/// The law each organisation's breaches are notified under: GDPR Art. 33(1) (72 hours), UK GDPR Art. 33(1) for an
/// organisation that answers to the ICO (72 hours), and PECR reg. 5A for a public electronic communications
/// service provider: the first notice within 24 hours of detection (Regulation 611/2013 Art. 2(2)), the full report
/// within three days of that notice (Art. 2(3)).
#[test]
fn the_authority_deadline_and_its_rule_follow_the_law_of_the_organisation() {
    let eu = Rules::default();
    let uk = Rules { uk: true, ..eu };
    let pecr = Rules { uk: true, pecr: true, ..eu };
    let b = assessed(Risk::Risk);
    let paris = chrono_tz::Europe::Paris;
    // (rules, due instant (aware 2026-03-28 09:00Z), the rule begins with, the French rule begins with)
    let cases = [
        (eu, "2026-03-31T09:00:00Z", "GDPR Art. 33(1): 72 elapsed hours", "RGPD art. 33(1)\u{a0}: 72\u{a0}heures"),
        (uk, "2026-03-31T09:00:00Z", "UK GDPR Art. 33(1): 72 elapsed hours", "UK GDPR art. 33(1)\u{a0}: 72\u{a0}heures"),
        (pecr, "2026-03-29T09:00:00Z", "PECR reg. 5A(2) and Regulation (EU) No 611/2013 Art. 2(2) as retained: the first notice to the ICO within 24 elapsed hours", "PECR reg. 5A(2) et règlement (UE)"),
    ];
    for (rules, due, rule, rule_fr) in cases {
        let clock = b.clock(rules, now(), paris);
        assert_eq!(clock::utc_text(clock.authority.due_at), due, "{rules:?}");
        assert!(clock.authority.rule.starts_with(rule), "{rules:?}: {}", clock.authority.rule);
        assert!(clock.clone().worded(Lang::Fr).authority.rule.starts_with(rule_fr), "{rules:?}: {}", clock.worded(Lang::Fr).authority.rule);
        assert_eq!(b.authority_due_at(rules), clock.authority.due_at);
    }
    // The processor's notice cites the UK GDPR too.
    let data = BreachDraft { role: "processor".into(), controllers: vec!["Acme SA".into()], ..draft() }.validate(now()).unwrap();
    let clock = breach(data).clock(uk, now(), paris);
    assert!(clock.controller.unwrap().rule.starts_with("UK GDPR Art. 33(2) and our contracts"));
    // A late first notice under PECR needs its reasons, counted from the 24 hours.
    let err = notification(&b, "authority", "2026-03-29T10:00:00Z", |_| {});
    assert!(err.is_ok(), "72-hour rules: on time");
    let late = b.notify(&NotificationDraft { to: "authority".into(), at: "2026-03-29T10:00:00Z".into(), ..Default::default() }, pecr, now()).unwrap_err();
    assert!(late.to_string().contains("after the 24-hour deadline (2026-03-29T09:00:00Z) (PECR reg. 5A)"), "{late}");
}

#[test]
fn under_pecr_the_full_report_is_due_three_days_after_the_first_notice() {
    let pecr = Rules { uk: true, pecr: true, ..Rules::default() };
    let paris = chrono_tz::Europe::Paris;
    let mut b = assessed(Risk::Risk);
    assert!(b.clock(pecr, now(), paris).full_report.is_none(), "no full report before the first notice");
    let first = b.notify(&NotificationDraft { to: "authority".into(), at: "2026-03-29T08:00:00Z".into(), ..Default::default() }, pecr, now()).unwrap();
    apply(&mut b, first);
    // (now, urgency of the full report)
    for (when, urgency) in [
        ("2026-03-30T10:00:00Z", BreachUrgency::Ok),
        ("2026-03-31T21:00:00Z", BreachUrgency::Soon),
        ("2026-04-01T08:00:00Z", BreachUrgency::Overdue),
    ] {
        let clock = b.clock(pecr, at(when), paris);
        let full = clock.full_report.unwrap();
        assert_eq!((clock::utc_text(full.due_at).as_str(), full.urgency), ("2026-04-01T08:00:00Z", urgency), "{when}");
        assert!(full.rule.contains("Art. 2(3)") && full.rule.contains("three days of the first notice"), "{}", full.rule);
        // The list follows the full report while it is pending.
        assert_eq!(b.summary(pecr, at(when), paris).due_at, full.due_at);
    }
    assert!(b.clock(Rules { pecr: false, ..pecr }, now(), paris).full_report.is_none(), "UK GDPR has no full-report deadline");
    let second = b
        .notify(&NotificationDraft { to: "authority".into(), at: "2026-03-30T09:00:00Z".into(), phase: "complementary".into(), ..Default::default() }, pecr, now())
        .unwrap();
    apply(&mut b, second);
    let full = b.clock(pecr, now(), paris).full_report.unwrap();
    assert_eq!(full.urgency, BreachUrgency::Met);
}

/// Art. 34(3)(c): when telling each person would involve disproportionate effort, "there shall instead be a public
/// communication or similar measure whereby the data subjects are informed in an equally effective manner".
#[test]
fn a_public_communication_replaces_telling_each_person_only_under_art_34_3_c() {
    let mut b = assessed(Risk::High);
    let public = |b: &Breach, method: &str| notification(b, "public", "2026-03-29T12:00:00Z", |d| d.method = method.into());
    // (the people decision recorded, whether a public communication may be recorded)
    let decisions: [(Option<(bool, Vec<&str>)>, bool); 4] = [
        (None, false),
        (Some((true, vec![])), false),
        (Some((false, vec!["unintelligible"])), false),
        (Some((false, vec!["disproportionate-effort"])), true),
    ];
    for (decision, allowed) in decisions {
        b.people_decision = decision.map(|(notify, exemptions)| {
            let d = DecisionDraft { about: DecisionAbout::People, notify, reason: "r".into(), exemptions: exemptions.into_iter().map(String::from).collect() };
            b.decide(&d, now()).unwrap()
        });
        let got = public(&b, "Notice on the home page");
        assert_eq!(got.is_ok(), allowed, "{:?}", b.people_decision);
        if !allowed {
            assert_eq!(fields(got.unwrap_err()), vec!["to"]);
        }
    }
    assert_eq!(fields(public(&b, " ").unwrap_err()), vec!["method"], "how the public was told");
    // Until it is made, the breach cannot close: the exemption requires it.
    b.authority_decision = Some(b.decide(&DecisionDraft { about: DecisionAbout::Authority, notify: true, reason: String::new(), exemptions: vec![] }, now()).unwrap());
    let n = notification(&b, "authority", "2026-03-29T08:00:00Z", |_| {}).unwrap();
    apply(&mut b, n);
    let err = b.check_close().unwrap_err().to_string();
    assert!(err.contains("the public communication that replaces telling each person (Art. 34(3)(c)"), "{err}");
    let n = public(&b, "Notice on the home page and a press release").unwrap();
    apply(&mut b, n);
    b.check_close().unwrap();
    assert_eq!(b.public_communication().unwrap().method.as_deref(), Some("Notice on the home page and a press release"));
    let texts: Vec<String> = b.timeline(Rules::default(), Lang::En, chrono_tz::Europe::Paris).into_iter().map(|e| e.text).collect();
    assert!(texts.iter().any(|t| t == "Public communication instead of telling each person (Art. 34(3)(c)), Notice on the home page and a press release"), "{texts:?}");
}
