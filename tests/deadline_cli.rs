//! `privdesk deadlines` through the built binary: every module's deadlines in one list, overdue first, and the
//! iCalendar export parsed back. The clock is pinned at 2026-11-23T10:00:00Z (see `common::Env::run`).

mod common;

use common::Env;
use icalendar::{Calendar, Component};

fn setup(env: &Env) {
    env.init_cnil();
    // A review due on 1 Nov 2026: overdue.
    env.ok(&["subprocessor", "add", "--name", "OVH", "--service", "Hosting", "--category", "hosting", "--country", "FR", "--reviewed-on", "2025-11-01"]);
    env.ok(&["subprocessor", "add", "--name", "Sendinblue", "--service", "E-mail", "--category", "email", "--country", "FR", "--status", "proposed"]);
    env.ok(&["subprocessor", "announce", "2", "--notice-on", "2026-11-23"]);
    env.ok(&["policy", "add", "--kind", "cookies", "--title", "Cookie policy"]);
    let v1 = env.path("v1.txt");
    let v2 = env.path("v2.txt");
    std::fs::write(&v1, "We use cookies.\n\nContact us.").unwrap();
    std::fs::write(&v2, "We use cookies and a pixel.\n\nContact us.").unwrap();
    env.ok(&["policy", "version", "1", "--file", v1.to_str().unwrap(), "--label", "v1"]);
    env.ok(&["policy", "version", "1", "--file", v2.to_str().unwrap(), "--label", "v2"]);
    env.ok(&["policy", "change", "1", "--to", "v2", "--class", "minor", "--notice-on", "2026-11-20"]);
    // A breach two days old: the 72 hours run out tomorrow at 09:00 UTC.
    env.ok(&["breach", "add", "--title", "Lost laptop", "--aware-at", "2026-11-21T10:00:00+01:00", "--nature", "confidentiality"]);
}

#[test]
fn every_module_lands_in_one_list_overdue_first_with_rules_and_links() {
    let env = Env::new();
    setup(&env);
    let list = env.json(&["deadlines", "--json"]);
    let kinds: Vec<_> = list.as_array().unwrap().iter().map(|d| (d["kind"].as_str().unwrap(), d["due_on"].as_str().unwrap(), d["overdue"].as_bool().unwrap())).collect();
    assert_eq!(
        kinds,
        [
            ("review", "2026-11-01", true),
            ("breach-authority", "2026-11-24", false),
            ("policy-effective", "2026-11-27", false),
            ("objection-window", "2026-12-22", false),
        ]
    );
    let review = &list[0];
    assert_eq!(review["rule"], "Yearly review of active subprocessors: last security review on 1 Nov 2025 + 12 months = 1 Nov 2026");
    assert_eq!(review["link"], serde_json::json!({ "target": "subprocessor", "id": 1 }));
    assert_eq!(list[1]["due_at"], "2026-11-24T09:00:00Z");
    assert!(list[2]["rule"].as_str().unwrap().starts_with("Minor change: notice on 20 Nov 2026 + 7 days"));
    assert_eq!(list[3]["link"]["target"], "subprocessor-notice");

    let until = env.json(&["deadlines", "--json", "--until", "2026-11-30"]);
    assert_eq!(until.as_array().unwrap().len(), 3);
    let only = env.json(&["deadlines", "--json", "--module", "policy,notice"]);
    assert_eq!(only.as_array().unwrap().len(), 2);
    let err = env.fails(&["deadlines", "--until", "next week", "--module", "activity"]);
    assert!(err.contains("module: 'activity'"), "{err}");
    let text = env.ok(&["deadlines"]);
    assert!(text.contains("OVERDUE 22d"), "{text}");
}

#[test]
fn the_ics_export_parses_back_with_stable_uids() {
    let env = Env::new();
    setup(&env);
    let first = env.path("first.ics");
    let second = env.path("second.ics");
    env.ok(&["deadlines", "--ics", "-o", first.to_str().unwrap()]);
    // Another record between the exports: the existing events keep their UIDs.
    env.ok(&["subprocessor", "customer", "add", "--name", "Acme SA"]);
    env.ok(&["subprocessor", "objection", "1", "--customer", "Acme SA", "--on", "2026-11-23", "--reason", "No"]);
    env.ok(&["deadlines", "--ics", "-o", second.to_str().unwrap()]);
    let uids = |path: &std::path::Path| -> Vec<String> {
        let cal: Calendar = std::fs::read_to_string(path).unwrap().parse().unwrap();
        cal.components.iter().filter_map(|c| c.as_event()).map(|e| e.get_uid().unwrap().to_string()).collect()
    };
    let a = uids(&first);
    let b = uids(&second);
    assert_eq!(a, ["review-1@privdesk", "breach-authority-1@privdesk", "policy-effective-1@privdesk", "objection-window-1@privdesk"]);
    assert_eq!(b.len(), 5);
    assert!(a.iter().all(|u| b.contains(u)), "{a:?} {b:?}");
    let cal: Calendar = std::fs::read_to_string(&first).unwrap().parse().unwrap();
    let review = cal.components.iter().filter_map(|c| c.as_event()).next().unwrap();
    assert_eq!(review.get_summary(), Some("Review OVH (DPA and security)"));
    let err = env.fails(&["deadlines", "--ics"]);
    assert!(err.contains("output: is required with --ics"), "{err}");
}
