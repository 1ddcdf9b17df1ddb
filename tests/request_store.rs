//! Requests through the store's public API, on a temporary file: one transaction and one audit entry per change,
//! refused changes leave nothing behind, due dates are computed when read.

use chrono::{NaiveDate, TimeZone, Utc};
use privdesk::progress::Progress;
use privdesk::org::OrgDraft;
use privdesk::request::{Outcome, RequestDraft, RequestStatus, Transition};
use privdesk::store::AuditQuery;
use privdesk::{Error, Store};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn store(authority: &str, country: &str) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::create(dir.path().join("db.sqlite3")).unwrap();
    s.set_actor("camille");
    s.set_clock(|| Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap());
    s.save_org(&OrgDraft { legal_name: "Exemple".into(), country: country.into(), authority: authority.into(), ..Default::default() })
        .unwrap();
    (dir, s)
}

fn draft(requester: &str, received: &str) -> RequestDraft {
    RequestDraft { requester: requester.into(), rights: vec!["access".into()], received_on: received.into(), ..Default::default() }
}

fn request_log(s: &Store, id: i64) -> Vec<privdesk::audit::AuditEntry> {
    s.audit_log(&AuditQuery { entity: Some("request".into()), entity_id: Some(id), ..Default::default() }).unwrap()
}

#[test]
fn each_step_is_one_audit_entry_and_one_timeline_event() {
    let (_d, mut s) = store("cnil", "FR");
    let r = s.add_request(&draft("Jean Dupont", "2026-03-02")).unwrap();
    let id = r.view.request.id;
    assert_eq!(r.view.due_on, d(2026, 4, 2));
    assert_eq!(r.timeline.len(), 1);
    s.request_transition(id, &Transition::InProgress { on: d(2026, 3, 3) }).unwrap();
    let r = s.request_transition(id, &Transition::Closed { outcome: Outcome::Completed, on: d(2026, 3, 20), reason: None }).unwrap();
    assert_eq!(r.view.status, RequestStatus::Completed);
    assert_eq!(r.timeline.iter().map(|e| e.actor.as_str()).collect::<Vec<_>>(), vec!["camille"; 3]);
    let log = request_log(&s, id.0);
    assert_eq!(log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), vec!["create", "in-progress", "completed"]);
    assert!(log[2].after.as_deref().unwrap().contains("\"closed_on\":\"2026-03-20\""));
    assert!(!log.iter().any(|e| format!("{:?}{:?}", e.before, e.after).contains("Dupont")));
}

#[test]
fn a_refused_change_writes_nothing() {
    let (_d, mut s) = store("ico", "GB");
    let r = s.add_request(&draft("Jane Doe", "2025-09-03")).unwrap();
    let id = r.view.request.id;
    let before = (s.request(id).unwrap(), s.request_timeline(id).unwrap(), request_log(&s, id.0).len());
    let late = Transition::Extended { notified_on: d(2025, 10, 6), reason: "complex".into() };
    match s.request_transition(id, &late) {
        Err(Error::Invalid(e)) => assert!(e.to_string().contains("notified_on: extension notice on Mon 6 Oct 2025 is too late"), "{e}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let bad = RequestDraft { received_on: "2025-13-03".into(), ..draft("Jane Doe", "") };
    assert!(matches!(s.update_request(id, &bad), Err(Error::Invalid(_))));
    assert!(matches!(s.add_request(&RequestDraft::default()), Err(Error::Invalid(_))));
    let after = (s.request(id).unwrap(), s.request_timeline(id).unwrap(), request_log(&s, id.0).len());
    assert_eq!(before, after);
    assert_eq!(s.requests().unwrap().len(), 1);
}

#[test]
fn editing_recomputes_the_due_date_and_keeps_recorded_facts_valid() {
    let (_d, mut s) = store("ico", "GB");
    let id = s.add_request(&draft("Jane Doe", "2025-09-03")).unwrap().view.request.id;
    s.request_transition(id, &Transition::InProgress { on: d(2025, 9, 10) }).unwrap();
    let r = s.update_request(id, &RequestDraft { regime: "ccpa".into(), ..draft("Jane Doe", "2025-09-03") }).unwrap();
    assert_eq!((r.view.due_on, r.view.acknowledge_by), (d(2025, 10, 17), Some(d(2025, 9, 17))));
    let err = s.update_request(id, &draft("Jane Doe", "2025-09-11")).unwrap_err().to_string();
    assert!(err.contains("already recorded as in_progress_on"), "{err}");
    assert_eq!(request_log(&s, id.0).len(), 3, "create, in-progress, update");
}

#[test]
fn a_purge_stopped_halfway_changes_nothing() {
    let (_d, mut s) = store("cnil", "FR");
    for (name, received, closed) in [("A Person", "2022-01-03", d(2022, 1, 20)), ("B Person", "2023-06-01", d(2023, 6, 20))] {
        let id = s.add_request(&draft(name, received)).unwrap().view.request.id;
        s.request_transition(id, &Transition::Closed { outcome: Outcome::Withdrawn, on: closed, reason: None }).unwrap();
    }
    let log = s.audit_log(&AuditQuery::default()).unwrap().len();
    let stop = std::sync::atomic::AtomicBool::new(false);
    let seen = std::sync::Mutex::new(Vec::new());
    // Cancel as the second request is reached.
    let sink = |step: &privdesk::progress::ProgressStep| {
        seen.lock().unwrap().push(step.stage);
        if step.done == 1 {
            stop.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    };
    let err = s.purge_requests(&Progress::new(&sink, Some(&stop))).unwrap_err();
    assert!(matches!(err, Error::Cancelled), "{err}");
    let names: Vec<String> = s.requests().unwrap().into_iter().map(|r| r.data.requester).collect();
    assert_eq!(names, vec!["A Person", "B Person"], "the first request's pseudonymisation was rolled back");
    assert_eq!(s.audit_log(&AuditQuery::default()).unwrap().len(), log, "no audit entry");
    assert_eq!(seen.into_inner().unwrap(), vec![privdesk::progress::Stage::Purging; 2]);
    stop.store(false, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(s.purge_requests(&Progress::none()).unwrap().items.len(), 2, "and it can be run again");
}

#[test]
fn purge_is_one_transaction_with_an_entry_per_request_and_a_summary() {
    let (_d, mut s) = store("cnil", "FR");
    for (name, received, closed) in [("A Person", "2022-01-03", d(2022, 1, 20)), ("B Person", "2023-06-01", d(2023, 6, 20)), ("C Person", "2024-01-02", d(2024, 1, 10))] {
        let id = s.add_request(&RequestDraft { notes: format!("{name} notes"), ..draft(name, received) }).unwrap().view.request.id;
        s.request_transition(id, &Transition::Closed { outcome: Outcome::Withdrawn, on: closed, reason: Some(format!("{name} withdrew")) }).unwrap();
    }
    let plan = s.request_purge_plan().unwrap();
    assert_eq!(plan.items.iter().map(|i| i.id.0).collect::<Vec<_>>(), vec![1, 2]);
    let done = s.purge_requests(&Progress::none()).unwrap();
    assert_eq!(done, plan);
    let names: Vec<String> = s.requests().unwrap().into_iter().map(|r| r.data.requester).collect();
    assert_eq!(names, vec!["Requester R-000001", "Requester R-000002", "C Person"]);
    assert!(s.request_timeline(privdesk::request::RequestId(1)).unwrap().iter().all(|e| e.reason.is_none()));
    let summary = s.audit_log(&AuditQuery { entity: Some("request-purge".into()), ..Default::default() }).unwrap();
    assert_eq!(summary.len(), 1);
    assert_eq!(request_log(&s, 1).last().unwrap().action, "pseudonymise");
    assert!(s.verify_audit().unwrap().ok);
}
