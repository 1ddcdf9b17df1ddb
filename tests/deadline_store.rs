//! The deadlines read from the store as far as a day reaches (the dashboard's 30 days, `--until`) are exactly the
//! deadlines of the whole store up to that day: reading only the requests and subprocessors due by then loses none.

use chrono::{Days, NaiveDate, TimeZone, Utc};
use privdesk::deadline::{self, DeadlineEntry};
use privdesk::org::OrgDraft;
use privdesk::progress::Progress;
use privdesk::Store;
use std::collections::BTreeSet;

fn filled() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::create(dir.path().join("db.sqlite3")).unwrap();
    s.set_clock(|| Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap());
    // A one-year retention, so that the purges of the demo's requests (closed over two years) fall due on both
    // sides of the days tried.
    let org = OrgDraft { legal_name: "Exemple".into(), country: "FR".into(), authority: "cnil".into(), request_retention_years: "1".into(), ..Default::default() };
    s.save_org(&org).unwrap();
    let none = Progress::none();
    privdesk::demo::fill(&mut s, 80, &none).unwrap();
    privdesk::demo::fill_requests(&mut s, 700, &none).unwrap();
    privdesk::demo::fill_breaches(&mut s, 12, &none).unwrap();
    (dir, s)
}

fn uids(items: &[DeadlineEntry]) -> Vec<&str> {
    items.iter().map(|d| d.uid.as_str()).collect()
}

#[test]
fn reading_up_to_a_day_gives_the_whole_store_s_deadlines_up_to_that_day() {
    let (_dir, s) = filled();
    let (all, today) = deadline::from_store(&s, None).unwrap();
    let kinds: BTreeSet<&str> = all.iter().map(|d| d.kind.as_str()).collect();
    for kind in ["request-due", "request-purge", "review"] {
        assert!(kinds.contains(kind), "the store has {kind} deadlines: {kinds:?}");
    }
    let mut days: Vec<NaiveDate> = [0u64, 7, 30, 45, 90, 200, 365].iter().map(|n| today + Days::new(*n)).collect();
    days.extend([today - Days::new(40), NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(), NaiveDate::from_ymd_opt(2027, 4, 30).unwrap()]);
    for until in days {
        let (some, _) = deadline::from_store(&s, Some(until)).unwrap();
        let expected: Vec<&DeadlineEntry> = all.iter().filter(|d| d.due_on <= until).collect();
        assert_eq!(uids(&some), expected.iter().map(|d| d.uid.as_str()).collect::<Vec<_>>(), "until {until}");
        if until <= today + Days::new(200) {
            assert!(some.len() < all.len(), "until {until} leaves some out");
        }
    }
}

#[test]
fn the_dashboard_reads_thirty_days_ahead() {
    let (_dir, s) = filled();
    let (all, today) = deadline::from_store(&s, None).unwrap();
    let board = privdesk::api::deadline::dashboard(&s).unwrap();
    let expected = deadline::Dashboard::new(&all, today);
    assert_eq!(board, expected);
    assert!(!board.overdue.is_empty() && !board.next_30_days.is_empty());
}

#[test]
fn the_list_comes_a_page_at_a_time_with_its_count() {
    use privdesk::deadline::DeadlineFilter;
    let (_dir, s) = filled();
    let (all, today) = deadline::from_store(&s, None).unwrap();
    let until = (today + Days::new(365)).to_string();
    let whole = DeadlineFilter { until: until.clone(), ..Default::default() }.page(&s).unwrap();
    assert!(whole.rows.len() > 60, "{} deadlines within the year", whole.rows.len());
    assert_eq!((whole.matched, whole.total, whole.offset), (whole.rows.len() as u64, whole.rows.len() as u64, 0));
    let page = DeadlineFilter { until, offset: 50, limit: Some(10), ..Default::default() }.page(&s).unwrap();
    assert_eq!(uids(&page.rows), uids(&whole.rows[50..60]));
    assert_eq!((page.matched, page.offset), (whole.matched, 50));
    assert!(whole.rows.len() <= all.len());
}

/// Reminders through the store with a clock the test moves: each deadline reminds once per lead time, however often
/// the window checks, each given reminder is an audit entry, and none comes while desktop reminders are off.
#[test]
fn each_reminder_is_given_once_with_its_audit_entry() {
    use privdesk::store::AuditQuery;
    use std::sync::{Arc, Mutex};
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::create(dir.path().join("db.sqlite3")).unwrap();
    let clock = Arc::new(Mutex::new(Utc.with_ymd_and_hms(2026, 3, 28, 9, 0, 0).unwrap()));
    let read = clock.clone();
    s.set_clock(move || *read.lock().unwrap());
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    // Aware at 10:00 Paris on Saturday 28 March 2026 (09:00 UTC): the 72 elapsed hours run out at 09:00 UTC on
    // Tuesday 31 March, 11:00 Paris since the clocks went forward on the Sunday.
    let breach = privdesk::breach::BreachDraft {
        title: "Misdirected export".into(),
        aware_at: "2026-03-28T10:00:00+01:00".into(),
        nature: vec!["confidentiality".into()],
        ..Default::default()
    };
    s.add_breach(&breach).unwrap();
    let mut given = Vec::new();
    let mut at = *clock.lock().unwrap();
    while at < Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap() {
        *clock.lock().unwrap() = at;
        for r in s.take_reminders().unwrap() {
            given.push((r.lead, at.to_rfc3339()));
        }
        at += chrono::Duration::minutes(30);
    }
    let want = [("24h", "2026-03-30T09:00:00+00:00"), ("12h", "2026-03-30T21:00:00+00:00"), ("0h", "2026-03-31T09:00:00+00:00")];
    assert_eq!(given, want.map(|(l, t)| (l.to_string(), t.to_string())));
    let log = s.audit_log(&AuditQuery { entity: Some("reminder".into()), ..Default::default() }).unwrap();
    assert_eq!(log.len(), 3);
    assert!(log.iter().all(|e| e.action == "remind" && e.after.as_deref().unwrap_or_default().contains("breach-authority-1@privdesk")));

    // Reopened, the store remembers: nothing twice.
    drop(s);
    let mut s = Store::open(dir.path().join("db.sqlite3")).unwrap();
    let read = clock.clone();
    s.set_clock(move || *read.lock().unwrap());
    assert!(s.take_reminders().unwrap().is_empty());

    // Turned off: a new deadline's reminders do not come, and nothing is remembered for them.
    let mut org = s.require_org().unwrap().to_draft();
    org.desktop_reminders = Some(false);
    s.save_org(&org).unwrap();
    s.add_breach(&privdesk::breach::BreachDraft { title: "Second".into(), aware_at: "2026-03-29T12:00:00+02:00".into(), nature: vec!["availability".into()], ..Default::default() }).unwrap();
    assert!(s.take_reminders().unwrap().is_empty());
    assert_eq!(s.audit_log(&AuditQuery { entity: Some("reminder".into()), ..Default::default() }).unwrap().len(), 3);
    org.desktop_reminders = Some(true);
    s.save_org(&org).unwrap();
    let back: Vec<String> = s.take_reminders().unwrap().into_iter().map(|r| format!("{} {}", r.deadline.uid, r.lead)).collect();
    assert_eq!(back, ["breach-authority-2@privdesk 12h"], "on again, only the latest of what came");
}
