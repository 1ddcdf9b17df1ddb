//! The store through the public API, on a temporary file: transactions, audit entries, all-or-nothing imports.

use chrono::{TimeZone, Utc};
use privdesk::org::OrgDraft;
use privdesk::store::AuditQuery;
use privdesk::subprocessor::{csv_import, Status, SubprocessorDraft};
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
    let file = csv_import::parse(include_bytes!("fixtures/subprocessors-small-vendor.csv")).unwrap();
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
    let file = csv_import::parse(include_bytes!("fixtures/subprocessors-small-vendor.csv")).unwrap();
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
