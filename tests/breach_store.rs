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

#[test]
fn the_list_is_searched_filtered_sorted_and_paged_in_sqlite() {
    use privdesk::breach::{BreachFilter, BreachSort};
    let (dir, mut s) = store();
    let add = |s: &mut Store, title: &str, aware: &str, nature: &str| {
        s.add_breach(&BreachDraft { title: title.into(), aware_at: aware.into(), nature: vec![nature.into()], ..draft() }).unwrap().id
    };
    let laptop = add(&mut s, "Laptop stolen from a car", "2026-03-29T08:00:00Z", "confidentiality");
    let backup = add(&mut s, "Backup deleted by mistake", "2026-03-27T08:00:00Z", "availability");
    let phishing = add(&mut s, "Phishing: a support account taken over", "2026-03-28T08:00:00Z", "integrity");
    s.assess_breach(laptop, "high", "Customer records on the disk").unwrap();
    s.assess_breach(backup, "unlikely", "Restored from another copy within the hour").unwrap();
    // The phishing one is notified: its deadline is met, so it sorts after the pending ones.
    s.assess_breach(phishing, "risk", "Support tickets read").unwrap();
    s.notify_breach(phishing, &NotificationDraft { to: "authority".into(), at: "2026-03-29T09:00:00Z".into(), ..Default::default() }).unwrap();

    let ids = |s: &Store, f: &BreachFilter| s.breach_page(f).unwrap().rows.iter().map(|b| b.id).collect::<Vec<_>>();
    // Most recent awareness first by default.
    assert_eq!(ids(&s, &BreachFilter::default()), vec![laptop, phishing, backup]);
    // The pending deadlines first, the nearest on top.
    assert_eq!(ids(&s, &BreachFilter { sort: BreachSort::Due, ..Default::default() }), vec![backup, laptop, phishing]);
    assert_eq!(ids(&s, &BreachFilter { sort: BreachSort::Title, ..Default::default() }), vec![backup, laptop, phishing]);
    // Words of three letters or more through the index, shorter ones by LIKE, accents and case folded; the risk
    // and the nature are searched in both languages.
    assert_eq!(ids(&s, &BreachFilter { query: "STOLEN car".into(), ..Default::default() }), vec![laptop]);
    assert_eq!(ids(&s, &BreachFilter { query: "élevé".into(), ..Default::default() }), vec![laptop]);
    assert_eq!(ids(&s, &BreachFilter { query: "disponibilité".into(), ..Default::default() }), vec![backup]);
    assert_eq!(ids(&s, &BreachFilter { query: format!("#{}", phishing.0), ..Default::default() }), vec![phishing]);
    assert_eq!(ids(&s, &BreachFilter { risk: Some(Risk::Unlikely), ..Default::default() }), vec![backup]);
    assert_eq!(ids(&s, &BreachFilter { status: Some(BreachStatus::Notified), ..Default::default() }), vec![phishing]);
    // A page, with the count of matches and the total.
    let page = s.breach_page(&BreachFilter { offset: 1, limit: Some(1), ..Default::default() }).unwrap();
    assert_eq!((page.rows.iter().map(|b| b.id).collect::<Vec<_>>(), page.matched, page.total, page.offset), (vec![phishing], 3, 3, 1));
    let page = s.breach_page(&BreachFilter { query: "mistake".into(), ..Default::default() }).unwrap();
    assert_eq!((page.matched, page.total), (1, 3));

    // The derived rows are rebuilt when the store opens without them (an imported export).
    let path = dir.path().join("db.sqlite3");
    drop(s);
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch("DELETE FROM breach_order; DELETE FROM breach_search;").unwrap();
    drop(raw);
    let mut s = Store::open(&path).unwrap();
    s.set_clock(now);
    assert_eq!(ids(&s, &BreachFilter { sort: BreachSort::Due, ..Default::default() }), vec![backup, laptop, phishing]);
    assert_eq!(ids(&s, &BreachFilter { query: "phishing".into(), ..Default::default() }), vec![phishing]);
}

#[test]
fn a_register_print_tells_its_stages_and_stops_before_it_saves() {
    use privdesk::progress::{Progress, ProgressStep, Stage};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;
    let (_dir, mut s) = store();
    s.add_breach(&draft()).unwrap();
    let seen = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    let sink = |p: &ProgressStep| seen.lock().unwrap().push(p.stage);
    let printed = privdesk::api::breach::print_register(&s, None, &Progress::new(&sink, Some(&stop))).unwrap();
    assert!(printed.bytes.starts_with(b"%PDF"));
    assert_eq!(*seen.lock().unwrap(), [Stage::Gathering, Stage::Laying, Stage::Saving]);
    // Cancel pressed while the pages are laid out: nothing is given back to save.
    seen.lock().unwrap().clear();
    let stopping = |p: &ProgressStep| {
        seen.lock().unwrap().push(p.stage);
        if p.stage == Stage::Laying {
            stop.store(true, Ordering::SeqCst);
        }
    };
    let stopped = privdesk::api::breach::print_register(&s, None, &Progress::new(&stopping, Some(&stop)));
    assert!(matches!(stopped, Err(Error::Cancelled)), "{:?}", stopped.map(|p| p.stem));
    assert_eq!(*seen.lock().unwrap(), [Stage::Gathering, Stage::Laying]);
}
