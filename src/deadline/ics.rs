//! The deadlines as an iCalendar file (RFC 5545) that calendar programs import: one event per deadline, with the
//! deadline's stable UID so that importing a newer export updates the events instead of duplicating them.

use super::DeadlineEntry;
use chrono::{DateTime, Days, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

/// The calendar text. `now` stamps the events (DTSTAMP); nothing else depends on when the export runs.
pub fn to_ics(items: &[DeadlineEntry], calendar_name: &str, now: DateTime<Utc>) -> String {
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
    }
}
