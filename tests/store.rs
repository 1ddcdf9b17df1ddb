//! The store through the public API, on a temporary file: transactions, audit entries, all-or-nothing imports.

use chrono::{TimeZone, Utc};
use privdesk::org::OrgDraft;
use privdesk::store::AuditQuery;
use privdesk::subprocessor::{sheet_import, Status, SubprocessorDraft};
use privdesk::{Error, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::create(dir.path().join("db.sqlite3")).unwrap();
    s.set_actor("camille");
    s.set_clock(|| Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap());
    (dir, s)
}

fn draft(name: &str) -> SubprocessorDraft {
    SubprocessorDraft {
        name: name.into(),
        service: "Hosting".into(),
        category: "hosting".into(),
        country: "DE".into(),
        locations: vec!["DE".into()],
        ..Default::default()
    }
}

#[test]
fn each_change_writes_one_audit_entry_with_before_and_after() {
    let (_d, mut s) = store();
    let a = s.add_subprocessor(&draft("Hetzner Online GmbH")).unwrap();
    s.update_subprocessor(a.id, &SubprocessorDraft { service: "Build servers".into(), ..draft("Hetzner Online GmbH") }).unwrap();
    let log = s.audit_log(&AuditQuery { entity: Some("subprocessor".into()), entity_id: Some(a.id.0), ..Default::default() }).unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].action, "create");
    assert!(log[0].before.is_none());
    assert_eq!(log[1].actor, "camille");
    assert!(log[1].before.as_deref().unwrap().contains("\"service\":\"Hosting\""));
    assert!(log[1].after.as_deref().unwrap().contains("\"service\":\"Build servers\""));
    assert_eq!(log[1].at, Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap());
    assert!(s.verify_audit().unwrap().ok);
}

#[test]
fn saving_an_unchanged_record_writes_no_entry() {
    let (_d, mut s) = store();
    let a = s.add_subprocessor(&draft("OVH SAS")).unwrap();
    s.update_subprocessor(a.id, &a.data.to_draft()).unwrap();
    assert_eq!(s.audit_log(&AuditQuery::default()).unwrap().len(), 1);
}

#[test]
fn invalid_input_changes_nothing() {
    let (_d, mut s) = store();
    let a = s.add_subprocessor(&draft("OVH SAS")).unwrap();
    let err = s.update_subprocessor(a.id, &SubprocessorDraft { country: "Narnia".into(), ..draft("OVH SAS") }).unwrap_err();
    match err {
        Error::Invalid(i) => assert_eq!(i.errors[0].field, "country"),
        other => panic!("unexpected {other}"),
    }
    assert_eq!(s.subprocessor(a.id).unwrap(), a);
    assert_eq!(s.audit_log(&AuditQuery::default()).unwrap().len(), 1);
    assert!(matches!(s.subprocessor(privdesk::id::SubprocessorId(99)), Err(Error::NotFound { .. })));
}

#[test]
fn retiring_keeps_the_record() {
    let (_d, mut s) = store();
    let a = s.add_subprocessor(&draft("Mollie B.V.")).unwrap();
    let r = s.retire_subprocessor(a.id, chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()).unwrap();
    assert_eq!(r.data.status, Status::Retired);
    assert_eq!(s.subprocessors().unwrap().len(), 1);
}

#[test]
fn an_import_updates_matching_names_and_adds_the_rest_in_one_transaction() {
    let (_d, mut s) = store();
    s.add_subprocessor(&SubprocessorDraft { service: "Old description".into(), ..draft("OVH SAS") }).unwrap();
    let file = sheet_import::parse(include_bytes!("fixtures/subprocessors-small-vendor.csv")).unwrap();
    let plan = s.plan_import(&file).unwrap();
    assert_eq!((plan.added, plan.updated, plan.unchanged), (8, 1, 0));
    s.apply_import(&plan, "vendors.csv", &privdesk::progress::Progress::none()).unwrap();
    assert_eq!(s.subprocessors().unwrap().len(), 9);
    let ovh = s.subprocessors().unwrap().into_iter().find(|x| x.data.name == "OVH SAS").unwrap();
    assert_eq!(ovh.data.service, "Hosting of backups");
    let entries = s.audit_log(&AuditQuery::default()).unwrap();
    assert_eq!(entries.len(), 1 + 9 + 1, "one per row and one for the import itself");
    assert_eq!(entries.last().unwrap().entity, "subprocessor-import");
}

#[test]
fn the_org_profile_round_trips_and_is_audited() {
    let (_d, mut s) = store();
    assert!(matches!(s.require_org(), Err(Error::NotInitialised)));
    let d = OrgDraft {
        legal_name: "Example Software Ltd".into(),
        country: "GB".into(),
        authority: "ico".into(),
        ico_registration: "Z5347709".into(),
        ..Default::default()
    };
    let org = s.save_org(&d).unwrap();
    assert_eq!(s.org().unwrap(), Some(org.clone()));
    s.save_org(&OrgDraft { legal_name: "Example Software Limited".into(), ..org.to_draft() }).unwrap();
    let log = s.audit_log(&AuditQuery { entity: Some("org".into()), ..Default::default() }).unwrap();
    assert_eq!(log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), vec!["create", "update"]);
}

#[test]
fn an_import_stopped_midway_changes_nothing_and_reports_its_rows() {
    use privdesk::progress::{Progress, ProgressStep, Stage};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;
    let (_d, mut s) = store();
    s.add_subprocessor(&SubprocessorDraft { service: "Old description".into(), ..draft("OVH SAS") }).unwrap();
    let file = sheet_import::parse(include_bytes!("fixtures/subprocessors-small-vendor.csv")).unwrap();
    let before = (s.subprocessors().unwrap(), s.audit_log(&AuditQuery::default()).unwrap().len());
    let cancel = AtomicBool::new(false);
    let seen = Mutex::new(Vec::<ProgressStep>::new());
    // Cancel is pressed while the fourth row is imported.
    let sink = |step: &ProgressStep| {
        seen.lock().unwrap().push(step.clone());
        if step.done == 3 {
            cancel.store(true, Ordering::SeqCst);
        }
    };
    let stopped = s.import_subprocessors(&file, "vendors.csv", false, &Progress::new(&sink, Some(&cancel)));
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    assert_eq!((s.subprocessors().unwrap(), s.audit_log(&AuditQuery::default()).unwrap().len()), before, "the rows imported before the stop were rolled back");
    let seen = seen.into_inner().unwrap();
    assert!(seen.iter().all(|p| p.stage == Stage::Importing && p.total == 9 && p.cancellable));
    assert_eq!(seen.iter().map(|p| p.done).collect::<Vec<_>>(), vec![0, 1, 2, 3]);
    // Without the stop, the same import lands whole and reports its last row.
    let all = Mutex::new(Vec::new());
    let sink = |step: &ProgressStep| all.lock().unwrap().push(step.done);
    s.import_subprocessors(&file, "vendors.csv", false, &Progress::new(&sink, None)).unwrap();
    assert_eq!(s.subprocessors().unwrap().len(), 9);
    assert_eq!(all.into_inner().unwrap().last(), Some(&9));
}

#[test]
fn a_backup_or_binder_stopped_midway_leaves_no_file_and_no_mark() {
    use privdesk::progress::{Progress, ProgressStep};
    use std::sync::atomic::{AtomicBool, Ordering};
    let (d, mut s) = store();
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    privdesk::demo::fill(&mut s, 40, &Progress::none()).unwrap();
    let cancel = AtomicBool::new(false);
    let sink = |_: &ProgressStep| cancel.store(true, Ordering::SeqCst);
    let dest = d.path().join("copy.sqlite3");
    let stopped = s.backup_with(&dest, "manual", privdesk::output::Existing::Refuse, &Progress::new(&sink, Some(&cancel)));
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    let left: Vec<_> = std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| !n.starts_with("db.sqlite3")).collect();
    assert!(left.is_empty(), "no backup nor part of one is left: {left:?}");
    cancel.store(false, Ordering::SeqCst);
    let checkpoints = s.verify_everything().unwrap().checkpoint.checkpoints.len();
    let stopped = privdesk::binder::print(&s, privdesk::document::Lang::En, &Progress::new(&sink, Some(&cancel)));
    assert!(matches!(stopped, Err(Error::Cancelled)));
    assert_eq!(s.verify_everything().unwrap().checkpoint.checkpoints.len(), checkpoints, "a binder not printed leaves no mark");
}

#[test]
fn a_restore_stopped_before_the_swap_changes_nothing_and_leaves_no_file() {
    use privdesk::progress::{Progress, ProgressStep, Stage};
    use privdesk::store::safety;
    use std::sync::atomic::{AtomicBool, Ordering};
    let (d, mut s) = store();
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    let backup = d.path().join("backup.sqlite3");
    s.backup_with(&backup, "manual", privdesk::output::Existing::Refuse, &Progress::none()).unwrap();
    s.add_subprocessor(&draft("Added after the backup")).unwrap();
    drop(s);
    let files = || {
        let mut names: Vec<_> = std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    let before = files();
    let target = d.path().join("db.sqlite3");
    // Stopped while checking the backup, then while the restored copy is made.
    for at in [Stage::Checking, Stage::Restoring] {
        let (cancel, seen) = (AtomicBool::new(false), std::sync::Mutex::new(Vec::new()));
        let sink = |step: &ProgressStep| {
            seen.lock().unwrap().push(step.stage);
            if step.stage == at {
                cancel.store(true, Ordering::SeqCst);
            }
        };
        let stopped = safety::restore(&backup, &target, None, "test", &Progress::new(&sink, Some(&cancel)));
        assert!(matches!(stopped, Err(Error::Cancelled)), "{at:?}: {stopped:?}");
        assert_eq!(seen.into_inner().unwrap().last(), Some(&at));
        assert_eq!(files(), before, "{at:?}: no copy, no kept store, no temporary file");
        let s = Store::open(&target).unwrap();
        assert_eq!(s.subprocessors().unwrap().len(), 1, "{at:?}: the store is as it was");
    }
    let seen = std::sync::Mutex::new(Vec::new());
    let sink = |step: &ProgressStep| seen.lock().unwrap().push((step.stage, step.cancellable));
    safety::restore(&backup, &target, None, "test", &Progress::new(&sink, Some(&AtomicBool::new(false)))).unwrap();
    assert_eq!(seen.into_inner().unwrap(), [(Stage::Checking, true), (Stage::Restoring, true), (Stage::BackingUp, false)]);
    assert!(Store::open(&target).unwrap().subprocessors().unwrap().is_empty(), "restored");
}

#[test]
fn the_register_is_searched_sorted_and_paged_in_sqlite_with_accents_and_case_folded() {
    use privdesk::subprocessor::{Category, Filter, SortKey};
    let (d, mut s) = store();
    for (name, category, country, locations) in [("OVH SAS", "hosting", "FR", "FR"), ("Mailchimp", "email", "US", "US"), ("Amazon Web Services", "hosting", "LU", "US, Germany")] {
        s.add_subprocessor(&SubprocessorDraft { category: category.into(), country: country.into(), locations: vec![locations.into()], ..draft(name) }).unwrap();
    }
    let names = |s: &Store, f: Filter| s.subprocessor_page(&f).unwrap().0.into_iter().map(|x| x.data.name).collect::<Vec<_>>();
    assert_eq!(names(&s, Filter::default()), ["Amazon Web Services", "Mailchimp", "OVH SAS"]);
    // The French label of the category, a country's name in French, two words that must both be there.
    assert_eq!(names(&s, Filter { query: "HÉBERGEMENT".into(), ..Default::default() }), ["Amazon Web Services", "OVH SAS"]);
    assert_eq!(names(&s, Filter { query: "etats-unis".into(), ..Default::default() }), ["Amazon Web Services", "Mailchimp"]);
    assert_eq!(names(&s, Filter { query: "amazon luxembourg".into(), ..Default::default() }), ["Amazon Web Services"]);
    assert_eq!(names(&s, Filter { query: "lu".into(), ..Default::default() }), ["Amazon Web Services"], "a word under three letters is found too");
    assert!(names(&s, Filter { query: "amazon mailchimp".into(), ..Default::default() }).is_empty());
    assert_eq!(names(&s, Filter { category: Some(Category::Email), ..Default::default() }), ["Mailchimp"]);
    assert_eq!(names(&s, Filter { sort: SortKey::Country, descending: true, ..Default::default() }), ["Mailchimp", "Amazon Web Services", "OVH SAS"]);
    // A page, and how many match before paging.
    let (rows, matched) = s.subprocessor_page(&Filter { offset: 1, limit: Some(1), ..Default::default() }).unwrap();
    assert_eq!((rows.iter().map(|x| x.data.name.as_str()).collect::<Vec<_>>(), matched), (vec!["Mailchimp"], 3));
    // An edit is searchable at once; a store whose index was lost rebuilds it when it opens.
    let ovh = s.subprocessors().unwrap().into_iter().find(|x| x.data.name == "OVH SAS").unwrap();
    s.update_subprocessor(ovh.id, &SubprocessorDraft { service: "Sauvegardes chiffrées".into(), ..draft("OVH SAS") }).unwrap();
    assert_eq!(names(&s, Filter { query: "chiffrees".into(), ..Default::default() }), ["OVH SAS"]);
    drop(s);
    let path = d.path().join("db.sqlite3");
    rusqlite::Connection::open(&path).unwrap().execute("DELETE FROM subprocessor_search", []).unwrap();
    let s = Store::open(&path).unwrap();
    assert_eq!(names(&s, Filter { query: "chiffrees".into(), ..Default::default() }), ["OVH SAS"]);
    assert!(s.verify_everything().unwrap().ok, "the index is not a record: rebuilding it leaves the log and checks intact");
}

#[test]
fn requests_are_filtered_sorted_and_paged_in_sqlite_with_their_clock_for_the_page() {
    use privdesk::request::{Outcome, RequestDraft, RequestFilter, RequestSortKey, RequestStatus, Right, Transition, Urgency};
    let (_d, mut s) = store();
    s.set_clock(|| Utc.with_ymd_and_hms(2026, 4, 1, 9, 0, 0).unwrap());
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    let add = |s: &mut Store, requester: &str, right: &str, received: &str| {
        let draft = RequestDraft { requester: requester.into(), email: format!("{}@example.org", requester.len()), rights: vec![right.into()], received_on: received.into(), ..Default::default() };
        s.add_request(&draft).unwrap().view.request.id
    };
    add(&mut s, "Marie Curie", "access", "2026-03-02");
    add(&mut s, "Louis Pasteur", "erasure", "2026-02-16");
    let c = add(&mut s, "Victor Hugo", "access", "2026-01-05");
    s.request_transition(c, &Transition::Closed { outcome: Outcome::Completed, on: chrono::NaiveDate::from_ymd_opt(2026, 1, 20).unwrap(), reason: None }).unwrap();
    add(&mut s, "Émile Zola", "access", "2026-03-20");
    let ids = |s: &Store, f: RequestFilter| s.request_page(&f).unwrap().rows.iter().map(|v| v.request.id.0).collect::<Vec<_>>();
    // Open ones soonest due first, the closed one last.
    assert_eq!(ids(&s, RequestFilter::default()), [2, 1, 4, 3]);
    let page = s.request_page(&RequestFilter::default()).unwrap();
    assert_eq!((page.matched, page.total), (4, 4));
    assert_eq!(page.rows[0].urgency, Urgency::Overdue, "the clock is computed for today");
    assert_eq!(ids(&s, RequestFilter { right: Some(Right::Erasure), ..Default::default() }), [2]);
    assert_eq!(ids(&s, RequestFilter { query: "zola".into(), ..Default::default() }), [4]);
    assert_eq!(ids(&s, RequestFilter { query: "EFFACEMENT".into(), ..Default::default() }), [2], "a right's French label");
    assert_eq!(ids(&s, RequestFilter { query: "R-000003".into(), ..Default::default() }), [3]);
    assert_eq!(ids(&s, RequestFilter { status: Some(RequestStatus::Completed), ..Default::default() }), [3]);
    assert_eq!(ids(&s, RequestFilter { open_only: true, sort: RequestSortKey::Received, ..Default::default() }), [2, 1, 4]);
    assert_eq!(ids(&s, RequestFilter { sort: RequestSortKey::Requester, ..Default::default() }), [4, 2, 1, 3], "accents folded: Émile with the Es, first");
    let page = s.request_page(&RequestFilter { offset: 1, limit: Some(2), ..Default::default() }).unwrap();
    assert_eq!((page.rows.iter().map(|v| v.request.id.0).collect::<Vec<_>>(), page.matched, page.offset), (vec![1, 4], 4, 1));
    // A holiday added to the calendar moves a due date, and the order follows.
    let before = s.request_page(&RequestFilter::default()).unwrap().rows[1].due_on;
    let org = s.require_org().unwrap();
    let mut draft = org.to_draft();
    draft.extra_holidays.push(before.to_string());
    s.save_org(&draft).unwrap();
    assert_ne!(s.request_page(&RequestFilter::default()).unwrap().rows[1].due_on, before);
}

#[test]
fn the_audit_log_comes_a_page_at_a_time_newest_first_with_its_counts_and_kinds() {
    let (_d, mut s) = store();
    for i in 0..5 {
        s.add_subprocessor(&draft(&format!("Vendor {i}"))).unwrap();
    }
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    let page = s.audit_page(&AuditQuery { newest_first: true, limit: Some(2), offset: 1, ..Default::default() }).unwrap();
    assert_eq!(page.rows.iter().map(|e| e.seq.0).collect::<Vec<_>>(), [5, 4], "the second and third newest");
    assert_eq!((page.matched, page.total, page.offset), (6, 6, 1));
    assert_eq!(s.audit_entities().unwrap(), ["org", "subprocessor"]);
    let subs = s.audit_page(&AuditQuery { entity: Some("subprocessor".into()), newest_first: true, limit: Some(10), ..Default::default() }).unwrap();
    assert_eq!((subs.rows.len(), subs.matched, subs.total), (5, 5, 6));
}

#[test]
fn the_record_of_processing_is_searched_in_sqlite_and_its_index_rebuilt_when_missing() {
    use privdesk::activity::{ActivityDraft, ActivityFilter, ActivityRole};
    let (dir, mut s) = store();
    s.save_org(&OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }).unwrap();
    let add = |s: &mut Store, name: &str, purpose: &str, role: &str| {
        s.add_activity(&ActivityDraft { name: name.into(), purposes: vec![purpose.into()], role: role.into(), ..Default::default() }).unwrap().id
    };
    add(&mut s, "Payroll", "Pay staff", "");
    let recruitment = add(&mut s, "Recruitment", "Hire staff", "");
    add(&mut s, "Newsletter", "Send news to customers", "");
    add(&mut s, "Élaboration des devis", "Préparer les offres", "");
    add(&mut s, "Hosting for customers", "Run the customers' accounts", "processor");
    s.archive_activity(recruitment).unwrap();
    let names = |s: &Store, f: &ActivityFilter| s.find_activities(f).unwrap().iter().map(|a| a.data.name.clone()).collect::<Vec<_>>();
    // Current ones first, then by name with the accents folded ("Élaboration" as "elaboration").
    assert_eq!(names(&s, &ActivityFilter::default()), ["Élaboration des devis", "Hosting for customers", "Newsletter", "Payroll"]);
    assert_eq!(
        names(&s, &ActivityFilter { include_archived: true, ..Default::default() }),
        ["Élaboration des devis", "Hosting for customers", "Newsletter", "Payroll", "Recruitment"]
    );
    assert_eq!(names(&s, &ActivityFilter { query: "news CUSTOMERS".into(), ..Default::default() }), ["Newsletter"]);
    assert_eq!(names(&s, &ActivityFilter { query: "preparer".into(), ..Default::default() }), ["Élaboration des devis"]);
    assert_eq!(names(&s, &ActivityFilter { query: "st".into(), include_archived: true, ..Default::default() }), ["Hosting for customers", "Newsletter", "Payroll", "Recruitment"]);
    assert_eq!(names(&s, &ActivityFilter { role: Some(ActivityRole::Processor), ..Default::default() }), ["Hosting for customers"]);
    // A rename is searched under its new name at once.
    let payroll = s.find_activities(&ActivityFilter { query: "payroll".into(), ..Default::default() }).unwrap()[0].clone();
    s.update_activity(payroll.id, &ActivityDraft { name: "Salaries".into(), ..payroll.data.to_draft() }).unwrap();
    assert_eq!(names(&s, &ActivityFilter { query: "payroll".into(), ..Default::default() }), Vec::<String>::new());
    assert_eq!(names(&s, &ActivityFilter { query: "salar".into(), ..Default::default() }), ["Salaries"]);

    let path = dir.path().join("db.sqlite3");
    drop(s);
    rusqlite::Connection::open(&path).unwrap().execute("DELETE FROM activity_search", []).unwrap();
    let s = Store::open(&path).unwrap();
    assert_eq!(names(&s, &ActivityFilter { query: "hire".into(), include_archived: true, ..Default::default() }), ["Recruitment"]);
}
