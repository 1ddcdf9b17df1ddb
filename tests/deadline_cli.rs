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
            ("earliest-engagement", "2026-12-23", false),
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
    assert_eq!(only.as_array().unwrap().len(), 3);
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
    assert_eq!(
        a,
        ["review-1@privdesk", "breach-authority-1@privdesk", "policy-effective-1@privdesk", "objection-window-1@privdesk", "earliest-engagement-1@privdesk"]
    );
    assert_eq!(b.len(), 6);
    assert!(a.iter().all(|u| b.contains(u)), "{a:?} {b:?}");
    let cal: Calendar = std::fs::read_to_string(&first).unwrap().parse().unwrap();
    let review = cal.components.iter().filter_map(|c| c.as_event()).next().unwrap();
    assert_eq!(review.get_summary(), Some("Review OVH (DPA and security)"));
    let err = env.fails(&["deadlines", "--ics"]);
    assert!(err.contains("output: is required with --ics"), "{err}");
}

/// The triggers of each event's alarms, by the event's UID.
fn alarms(path: &std::path::Path) -> Vec<(String, Vec<String>)> {
    let cal: Calendar = std::fs::read_to_string(path).unwrap().parse().unwrap();
    cal.components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| {
            let triggers = e
                .components()
                .iter()
                .filter(|c| c.component_kind() == "VALARM")
                .map(|a| a.property_value("TRIGGER").unwrap().to_string())
                .collect();
            (e.get_uid().unwrap().to_string(), triggers)
        })
        .collect()
}

#[test]
fn the_ics_export_carries_the_reminders_lead_times_as_alarms() {
    let env = Env::new();
    setup(&env);
    let path = env.path("alarms.ics");
    env.ok(&["deadlines", "--ics", "-o", path.to_str().unwrap()]);
    let got = alarms(&path);
    // A day: 9:00 a week before, the day before, on the day, and the day after (overdue); a breach: 24 and 12
    // elapsed hours before and at the deadline.
    assert_eq!(got[0], ("review-1@privdesk".to_string(), vec!["-P6DT15H".to_string(), "-PT15H".into(), "PT9H".into(), "P1DT9H".into()]));
    assert_eq!(got[1], ("breach-authority-1@privdesk".to_string(), vec!["-PT24H".to_string(), "-PT12H".into(), "PT0S".into()]));

    // The organisation's own lead times, in Settings or on the command line, are the alarms' too.
    env.ok(&["org", "set", "--reminder-days", "14, 2", "--reminder-hours", "6"]);
    env.ok(&["deadlines", "--ics", "-o", path.to_str().unwrap(), "--force"]);
    let got = alarms(&path);
    assert_eq!(got[0].1, ["-P13DT15H", "-P1DT15H", "P1DT9H"]);
    assert_eq!(got[1].1, ["-PT6H"]);
    let shown = env.ok(&["org", "show"]);
    assert!(shown.contains("days before: 14, 2; hours before a breach deadline: 6; desktop notifications on"), "{shown}");

    let err = env.fails(&["org", "set", "--reminder-days", "7, soon", "--reminder-hours", "100"]);
    assert!(err.contains("reminder_days: 'soon' is not a whole number of days"), "{err}");
    assert!(err.contains("reminder_hours: 100 is more than 72 hours"), "{err}");
    assert!(env.ok(&["org", "show"]).contains("days before: 14, 2;"), "a refused change changes nothing");
}

#[test]
fn within_keeps_the_next_days_and_fail_if_overdue_exits_3() {
    let env = Env::new();
    setup(&env);
    let soon = env.json(&["deadlines", "--within", "3", "--json"]);
    let kinds: Vec<_> = soon.as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["review", "breach-authority"], "the overdue review and what falls due by 26 Nov");

    let out = env.run(&["deadlines", "--within", "3", "--fail-if-overdue"]);
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("OVERDUE 22d"), "the list is printed as usual");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 overdue"));
    let out = env.run(&["deadlines", "--module", "policy", "--fail-if-overdue"]);
    assert_eq!(out.status.code(), Some(0), "nothing overdue among the policies");

    let err = env.fails(&["deadlines", "--within", "a week"]);
    assert!(err.contains("within: 'a week' is not a whole number of days"), "{err}");
    let err = env.fails(&["deadlines", "--within", "3", "--until", "2026-12-01"]);
    assert!(err.contains("within: cannot be given with --until"), "{err}");
}

#[test]
fn requests_list_the_confirmation_the_extension_notice_and_the_answer() {
    let env = Env::new();
    env.init_cnil();
    // A CCPA request received on Monday 23 Nov 2026: receipt confirmed within 10 business days, skipping
    // Thanksgiving (26 Nov) and the day after (27 Nov, a California state holiday).
    env.ok(&["request", "add", "--requester", "Pat Doe", "--rights", "access", "--received", "2026-11-23", "--regime", "ccpa"]);
    // An EU request received on 2 Nov: answer by 2 Dec, or tell the requester of an extension by then.
    env.ok(&["request", "add", "--requester", "Jean Dupont", "--rights", "access", "--received", "2026-11-02"]);
    let list = env.json(&["deadlines", "--json", "--module", "request"]);
    let got: Vec<_> = list.as_array().unwrap().iter().map(|d| (d["kind"].as_str().unwrap(), d["due_on"].as_str().unwrap(), d["link"]["id"].as_i64().unwrap())).collect();
    assert_eq!(
        got,
        [
            ("request-due", "2026-12-02", 2),
            ("request-extension-notice", "2026-12-02", 2),
            ("request-acknowledge", "2026-12-09", 1),
            ("request-due", "2027-01-06", 1),
            ("request-extension-notice", "2027-01-06", 1),
        ]
    );
    let ack = list.as_array().unwrap().iter().find(|d| d["kind"] == "request-acknowledge").unwrap();
    assert_eq!(ack["title"], "Confirm receipt of request R-000001");
    assert!(ack["rule"].as_str().unwrap().starts_with("11 CCR 7021(a): confirm receipt within 10 business days, by 9 Dec 2026"), "{}", ack["rule"]);
    let ext = list.as_array().unwrap().iter().find(|d| d["kind"] == "request-extension-notice" && d["link"]["id"] == 2).unwrap();
    assert_eq!(ext["title"], "Last day to tell the requester of an extension of request R-000002");
    assert!(ext["rule"].as_str().unwrap().starts_with("GDPR Art. 12(3): the requester is told of an extension of two more months"), "{}", ext["rule"]);
    // The dashboard's 30 days reach the confirmation of a request due later than that.
    let soon = env.json(&["deadlines", "--json", "--within", "20", "--module", "request"]);
    assert!(soon.as_array().unwrap().iter().any(|d| d["kind"] == "request-acknowledge"), "{soon}");

    // Work started on the CCPA request: receipt was confirmed. The EU request extended: its notice is done.
    env.ok(&["request", "start", "1", "--on", "2026-11-23"]);
    env.ok(&["request", "extend", "2", "--reason", "Many systems to search", "--notified-on", "2026-11-23"]);
    let kinds: Vec<String> = env.json(&["deadlines", "--json", "--module", "request"]).as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap().to_string()).collect();
    assert_eq!(kinds, ["request-due", "request-extension-notice", "request-due"], "R-000001's answer and notice, R-000002's extended answer");
    // In French, as a French window reads it.
    let fr = env.json(&["--lang", "fr", "deadlines", "--json", "--module", "request"]);
    assert_eq!(fr[1]["title"], "Dernier jour pour annoncer une prolongation de la demande R-000001");
}

#[test]
fn a_high_risk_breach_lists_telling_the_people_until_they_are_told() {
    let env = Env::new();
    env.init_cnil();
    env.ok(&["breach", "add", "--title", "Passwords exposed", "--aware-at", "2026-11-22T09:00:00+01:00", "--nature", "confidentiality"]);
    let kinds = |env: &Env| -> Vec<String> { env.json(&["deadlines", "--json", "--module", "breach"]).as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap().to_string()).collect() };
    assert_eq!(kinds(&env), ["breach-authority"]);
    env.ok(&["breach", "assess", "1", "--risk", "high", "--reason", "Passwords of 1,200 customers"]);
    let list = env.json(&["deadlines", "--json", "--module", "breach"]);
    let people = list.as_array().unwrap().iter().find(|d| d["kind"] == "breach-people").expect("the people's duty is listed");
    assert_eq!(people["due_at"], "2026-11-25T08:00:00Z", "at the authority's deadline");
    assert!(people["rule"].as_str().unwrap().starts_with("GDPR Art. 34(1): when the risk is high, the people affected are told without undue delay"), "{}", people["rule"]);
    env.ok(&["breach", "notify", "1", "--to", "people", "--at", "2026-11-23T09:00:00Z", "--method", "E-mail", "--reached", "1200"]);
    assert_eq!(kinds(&env), ["breach-authority"]);
}

#[test]
fn reminders_lists_when_each_deadline_reminds() {
    let env = Env::new();
    setup(&env);
    let list = env.json(&["reminders", "--json", "--within", "2"]);
    let got: Vec<_> = list.as_array().unwrap().iter().map(|r| (r["uid"].as_str().unwrap(), r["lead"].as_str().unwrap(), r["at"].as_str().unwrap(), r["due_now"].as_bool().unwrap())).collect();
    assert_eq!(
        got,
        [
            // What came and was not given, the latest lead time of each deadline: the window gives these now.
            ("review-1@privdesk", "overdue", "2026-11-02T08:00:00Z", true),
            ("policy-effective-1@privdesk", "7d", "2026-11-20T08:00:00Z", true),
            ("breach-authority-1@privdesk", "24h", "2026-11-23T09:00:00Z", true),
            // Then what comes within the two days.
            ("breach-authority-1@privdesk", "12h", "2026-11-23T21:00:00Z", false),
            ("breach-authority-1@privdesk", "0h", "2026-11-24T09:00:00Z", false),
        ]
    );
    let text = env.ok(&["reminders"]);
    assert!(text.starts_with("Reminders 7, 1, 0 days before a dated deadline, 24, 12, 0 hours before a breach deadline"), "{text}");
    assert!(text.contains("due now"), "{text}");
    let err = env.fails(&["reminders", "--within", "-1"]);
    assert!(err.contains("within: '-1' is not a whole number of days from 0 to 366"), "{err}");
}
