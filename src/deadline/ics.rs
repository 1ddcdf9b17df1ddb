//! The deadlines as an iCalendar file (RFC 5545) that calendar programs import: one event per deadline, with the
//! deadline's stable UID so that importing a newer export updates the events instead of duplicating them.

use super::reminder::{Leads, REMIND_AT_HOUR};
use super::DeadlineEntry;
use chrono::{DateTime, Days, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};

/// The alarms of one deadline, as the window's reminders give them ([`super::reminder::schedule`]): for a day,
/// at 9:00 on each lead day and on the day after it (overdue), relative to the all-day event's start (midnight of
/// the calendar's own time zone); for an instant, the lead hours before it.
fn alarms(d: &DeadlineEntry, leads: &Leads) -> Vec<Alarm> {
    let nine = i64::from(REMIND_AT_HOUR);
    let mut out = Vec::new();
    match d.due_at {
        Some(_) => {
            for &h in &leads.hours {
                let text = if h == 0 { format!("Now: {}", d.title) } else { format!("In {h} hours: {}", d.title) };
                out.push(alarm(&text, -i64::from(h), false));
            }
        }
        None => {
            for &n in &leads.days {
                let text = match n {
                    0 => format!("Today: {}", d.title),
                    1 => format!("Tomorrow: {}", d.title),
                    n => format!("In {n} days: {}", d.title),
                };
                out.push(alarm(&text, nine - 24 * i64::from(n), true));
            }
            out.push(alarm(&format!("Overdue: {}", d.title), 24 + nine, true));
        }
    }
    out
}

/// A display alarm `hours` after the event's start (before it when negative), its trigger written as people read it,
/// which RFC 5545 (3.3.6) allows as well as the seconds the library writes: in days and hours ("-P6DT15H") for a
/// day's event, whose days are calendar days (9:00 stays 9:00 across a clock change); in hours only ("-PT24H") for
/// an instant, whose hours are elapsed hours.
fn alarm(text: &str, hours: i64, nominal_days: bool) -> Alarm {
    let mut a = Alarm::display(text, Trigger::Duration(Duration::hours(hours), Some(icalendar::Related::Start)));
    a.add_property("TRIGGER", trigger(hours, nominal_days));
    a.done()
}

fn trigger(hours: i64, nominal_days: bool) -> String {
    if hours == 0 {
        return "PT0S".into();
    }
    let (sign, h) = if hours < 0 { ("-", -hours) } else { ("", hours) };
    if !nominal_days {
        return format!("{sign}PT{h}H");
    }
    let days = if h >= 24 { format!("{}D", h / 24) } else { String::new() };
    let rest = if h % 24 > 0 { format!("T{}H", h % 24) } else { String::new() };
    format!("{sign}P{days}{rest}")
}

/// The calendar text, with the reminders' lead times as alarms. `now` stamps the events (DTSTAMP); nothing else
/// depends on when the export runs.
pub fn to_ics(items: &[DeadlineEntry], calendar_name: &str, now: DateTime<Utc>, leads: &Leads) -> String {
    let mut cal = Calendar::new();
    cal.name(calendar_name);
    for d in items {
        let mut e = Event::new();
        e.uid(&d.uid).summary(&d.title).description(&format!("{}\n\nPrivacy Desk: {} #{}", d.rule, link_name(d), d.link.id)).timestamp(now);
        e.add_property("CATEGORIES", d.module.as_str());
        match d.due_at {
            // A breach deadline falls at an instant (72 elapsed hours): the event is that instant.
            Some(at) => {
                e.starts(at).ends(at);
            }
            // Other deadlines are days; an all-day event ends (exclusively) the next day, as RFC 5545 says.
            None => {
                e.starts(d.due_on).ends(d.due_on.checked_add_days(Days::new(1)).unwrap_or(d.due_on));
            }
        }
        for a in alarms(d, leads) {
            e.alarm(a);
        }
        cal.push(e.done());
    }
    cal.done().to_string()
}

fn link_name(d: &DeadlineEntry) -> &'static str {
    match d.link.target {
        super::LinkTarget::Request => "request",
        super::LinkTarget::Breach => "breach",
        super::LinkTarget::PolicyChange => "policy change",
        super::LinkTarget::Registrations => "registrations",
        super::LinkTarget::Deadlines => "deadlines",
        super::LinkTarget::SubprocessorNotice => "subprocessor notice",
        super::LinkTarget::Subprocessor => "subprocessor",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{DeadlineModule, Link, LinkTarget};
    use chrono::NaiveDate;

    fn item(uid: &str, due: &str, at: Option<&str>) -> DeadlineEntry {
        DeadlineEntry {
            uid: uid.into(),
            module: DeadlineModule::Review,
            kind: "review".into(),
            title: "Review OVH; with, commas".into(),
            due_on: NaiveDate::parse_from_str(due, "%Y-%m-%d").unwrap(),
            due_at: at.map(|a| DateTime::parse_from_rfc3339(a).unwrap().with_timezone(&Utc)),
            days_left: 0,
            days_left_words: crate::request::days_left_words(Some(0)),
            urgency: crate::request::Urgency::DueSoon,
            overdue: false,
            rule: "Yearly review".into(),
            link: Link { target: LinkTarget::Subprocessor, id: 7 },
        }
    }

    #[test]
    fn the_file_parses_back_with_one_event_per_deadline() {
        let text = to_ics(
            &[item("review-7@privdesk", "2027-03-03", None), item("breach-authority-2@privdesk", "2026-11-24", Some("2026-11-24T09:00:00Z"))],
            "Privacy Desk",
            Utc::now(),
            &Leads::default(),
        );
        assert!(text.contains("\r\n"), "lines end in CRLF");
        let cal: Calendar = text.parse().unwrap();
        let events: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].get_uid(), Some("review-7@privdesk"));
        assert_eq!(events[0].get_summary(), Some("Review OVH; with, commas"));
        assert_eq!(events[0].get_start(), Some(NaiveDate::from_ymd_opt(2027, 3, 3).unwrap().into()));
        assert_eq!(events[0].get_end(), Some(NaiveDate::from_ymd_opt(2027, 3, 4).unwrap().into()));
        assert!(text.contains("DTSTART:20261124T090000Z"), "{text}");
        // The reminders' lead times as alarms: the day's at 9:00 a week before, the day before, on the day and
        // the day after; the instant's 24 and 12 hours before and at it.
        let triggers = |e: &Event| -> Vec<String> {
            e.components()
                .iter()
                .filter(|c| c.component_kind() == "VALARM")
                .map(|a| {
                    assert_eq!(a.property_value("ACTION"), Some("DISPLAY"));
                    a.property_value("TRIGGER").unwrap_or_default().to_string()
                })
                .collect()
        };
        assert_eq!(triggers(events[0]), ["-P6DT15H", "-PT15H", "PT9H", "P1DT9H"]);
        assert_eq!(triggers(events[1]), ["-PT24H", "-PT12H", "PT0S"]);
    }
}
