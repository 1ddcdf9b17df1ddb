//! The breach register through the store's public API, on a temporary file: one transaction and one audit entry per
//! action, refused input changing nothing, derived status.

use chrono::{DateTime, TimeZone, Utc};
use privdesk::breach::{BreachDraft, BreachStatus, DecisionAbout, DecisionDraft, NotificationDraft, Risk};
use privdesk::org::OrgDraft;
use privdesk::store::AuditQuery;
use privdesk::{Error, Store};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 30, 10, 0, 0).unwrap()
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::create(dir.path().join("db.sqlite3")).unwrap();
    s.set_actor("camille");
    s.set_clock(now);
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    (dir, s)
}

fn draft() -> BreachDraft {
    BreachDraft {
        title: "Misdirected export".into(),
        aware_at: "2026-03-28T10:00:00+01:00".into(),
        nature: vec!["confidentiality".into()],
        people_count: "340".into(),
        ..Default::default()
    }
}

fn breach_log(s: &Store, id: i64) -> Vec<String> {
    s.audit_log(&AuditQuery { entity: Some("breach".into()), entity_id: Some(id), ..Default::default() })
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[test]
fn each_action_is_stored_with_its_audit_entry_and_survives_reopening() {
    let (dir, mut s) = store();
    let b = s.add_breach(&draft()).unwrap();
    assert_eq!(b.data.aware_at, Utc.with_ymd_and_hms(2026, 3, 28, 9, 0, 0).unwrap());
    assert_eq!(b.status(), BreachStatus::Open);
    s.update_breach(b.id, &BreachDraft { records_count: "1200".into(), ..draft() }).unwrap();
    s.assess_breach(b.id, "risk", "Names and e-mail addresses of customers").unwrap();
    s.notify_breach(b.id, &NotificationDraft { to: "authority".into(), at: "2026-03-30T09:00:00Z".into(), reference: "CNIL-2026-123".into(), ..Default::default() }).unwrap();
    s.note_breach(b.id, "2026-03-28T11:00:00Z", "Recipient confirmed deletion").unwrap();
    let closed = s.close_breach(b.id).unwrap();
    assert_eq!(closed.status(), BreachStatus::Closed);
    assert_eq!(breach_log(&s, b.id.0), vec!["create", "update", "assess", "notify", "note", "close"]);

    let last = s.audit_log(&AuditQuery { entity: Some("breach".into()), ..Default::default() }).unwrap().pop().unwrap();
    assert!(last.before.unwrap().contains("\"closed_at\":null"));
    assert!(last.after.unwrap().contains("CNIL-2026-123"));
    assert!(s.verify_audit().unwrap().ok);
    drop(s);

    let s = Store::open(dir.path().join("db.sqlite3")).unwrap();
    let again = s.breach(b.id).unwrap();
    assert_eq!(again, closed);
    assert_eq!(again.data.records_count, Some(1200));
    assert_eq!(again.authority_decision.as_ref().map(|d| d.notify), Some(true), "notifying records the decision to notify");
    assert_eq!(again.events.len(), 1);
}

#[test]
fn refused_input_changes_nothing() {
    let (_d, mut s) = store();
    let before = s.audit_log(&AuditQuery::default()).unwrap().len();
    let err = s.add_breach(&BreachDraft { aware_at: "28/03/2026 10:00".into(), ..draft() }).unwrap_err();
    assert!(matches!(&err, Error::Invalid(i) if i.errors[0].field == "aware_at"), "{err}");
    assert!(err.to_string().contains("'28/03/2026 10:00'"), "{err}");
    assert!(s.breaches().unwrap().is_empty());

    let b = s.add_breach(&draft()).unwrap();
    let err = s.decide_breach(b.id, &DecisionDraft { about: DecisionAbout::Authority, notify: false, reason: String::new(), exemptions: vec![] }).unwrap_err();
    assert!(err.to_string().contains("not assessed"), "{err}");
    s.assess_breach(b.id, "unlikely", "Encrypted file, key not shared").unwrap();
    let err = s.decide_breach(b.id, &DecisionDraft { about: DecisionAbout::Authority, notify: false, reason: " ".into(), exemptions: vec![] }).unwrap_err();
    assert!(err.to_string().starts_with("reason:"), "{err}");
    let err = s.close_breach(b.id).unwrap_err();
    assert!(err.to_string().contains("decision not to notify"), "{err}");
    assert_eq!(s.audit_log(&AuditQuery::default()).unwrap().len(), before + 2, "only the create and the assessment");
    assert_eq!(s.breach(b.id).unwrap().status(), BreachStatus::Assessed);
}

#[test]
fn a_decision_not_to_notify_is_kept_with_its_reasons() {
    let (_d, mut s) = store();
    let b = s.add_breach(&draft()).unwrap();
    s.assess_breach(b.id, "unlikely", "The file was encrypted with a key that was not exposed").unwrap();
    let b = s.decide_breach(b.id, &DecisionDraft { about: DecisionAbout::Authority, notify: false, reason: "Unlikely to result in a risk: encrypted".into(), exemptions: vec![] }).unwrap();
    assert_eq!(b.status(), BreachStatus::NotNotified);
    assert_eq!(b.risk(), Some(Risk::Unlikely));
    let decision = b.authority_decision.unwrap();
    assert_eq!((decision.notify, decision.reason.as_deref(), decision.at), (false, Some("Unlikely to result in a risk: encrypted"), now()));
    let b = s.close_breach(b.id).unwrap();
    let err = s.note_breach(b.id, "2026-03-29T00:00:00Z", "late finding").unwrap_err();
    assert!(err.to_string().contains("closed"), "{err}");
}

#[test]
fn an_unknown_breach_is_named() {
    let (_d, mut s) = store();
    let err = s.assess_breach(privdesk::breach::BreachId(42), "risk", "x").unwrap_err();
    assert_eq!(err.to_string(), "breach #42 does not exist");
}
