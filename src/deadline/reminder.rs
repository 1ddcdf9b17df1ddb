//! When a deadline reminds (issue 15): a pure schedule of instants per deadline, from the organisation's lead
//! times, and which of them are due now given the ones already given. The store remembers what was given
//! ([`crate::Store::take_reminders`]) so that each reminder fires once per deadline and lead time; the window turns
//! what is due into desktop notifications and the `.ics` export into alarms ([`super::ics`]).

use super::DeadlineEntry;
use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use ts_rs::TS;

/// The hour of the day (the organisation's time) at which a reminder for a day falls: the start of a working day.
pub const REMIND_AT_HOUR: u32 = 9;
/// Days before a legal date: a week, the day before, the day itself (then once more when it is overdue).
pub const DEFAULT_DAYS: &[u32] = &[7, 1, 0];
/// Hours before a breach deadline, which falls at an instant: a day, half a day, the deadline itself.
pub const DEFAULT_HOURS: &[u32] = &[24, 12, 0];

/// The lead times of the organisation: days before the deadlines that fall on a day, hours before those that fall at
/// an instant (a breach's), most distant first, no duplicate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Leads {
    pub days: Vec<u32>,
    pub hours: Vec<u32>,
}

impl Default for Leads {
    fn default() -> Leads {
        Leads { days: DEFAULT_DAYS.to_vec(), hours: DEFAULT_HOURS.to_vec() }
    }
}

/// Reads a list of lead times as a form or the command line writes it ("7, 1, 0", "7 1 0"): whole numbers up to
/// `max`, most distant first, each once. "none" is no reminder at all of that sort.
pub fn parse_leads(text: &str, max: u32, unit: &str) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    if matches!(crate::text::fold(text).as_str(), "none" | "aucun" | "aucune") {
        return Ok(out);
    }
    for part in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|p| !p.is_empty()) {
        let n: u32 = part.parse().map_err(|_| format!("'{part}' is not a whole number of {unit}; write them as 7, 1, 0"))?;
        if n > max {
            return Err(format!("{n} is more than {max} {unit}"));
        }
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out.sort_unstable_by(|a, b| b.cmp(a));
    Ok(out)
}

/// "7, 1, 0": the lead times as the form shows them ("none" for none, which reads back as none).
pub fn leads_text(leads: &[u32]) -> String {
    if leads.is_empty() {
        return "none".into();
    }
    leads.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}

/// One point of a deadline's schedule: a lead time and the instant it falls at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Point {
    /// `7d`, `1d`, `0d` (the day itself), `overdue` (the day after), `24h`, `12h`, `0h` (the instant itself).
    pub lead: String,
    pub at: DateTime<Utc>,
}

/// The local instant of `hour`:00 on `day`. On the day clocks go forward and the hour does not exist, the first
/// instant after the gap; when it exists twice, the first of the two.
fn local_at(day: NaiveDate, hour: u32, tz: Tz) -> DateTime<Utc> {
    let naive = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("an hour of the day"));
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        // In a gap (the spring change), an hour later exists: the gap is never longer than that in our zones.
        chrono::LocalResult::None => local_at_naive(naive + Duration::hours(1), tz),
    }
}

fn local_at_naive(naive: chrono::NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    tz.from_local_datetime(&naive).earliest().map_or_else(|| Utc.from_utc_datetime(&naive), |t| t.with_timezone(&Utc))
}

/// Every reminder of one deadline, earliest first.
pub fn schedule(d: &DeadlineEntry, leads: &Leads, tz: Tz) -> Vec<Point> {
    let mut points: Vec<Point> = match d.due_at {
        Some(at) => leads.hours.iter().map(|&h| Point { lead: format!("{h}h"), at: at - Duration::hours(i64::from(h)) }).collect(),
        None => {
            let mut p: Vec<Point> = leads
                .days
                .iter()
                .filter_map(|&n| d.due_on.checked_sub_days(Days::new(u64::from(n))).map(|day| Point { lead: format!("{n}d"), at: local_at(day, REMIND_AT_HOUR, tz) }))
                .collect();
            if let Some(after) = d.due_on.checked_add_days(Days::new(1)) {
                p.push(Point { lead: "overdue".into(), at: local_at(after, REMIND_AT_HOUR, tz) });
            }
            p
        }
    };
    points.sort_by_key(|p| p.at);
    points
}

/// A reminder to give now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Reminder {
    pub lead: String,
    pub at: DateTime<Utc>,
    pub deadline: DeadlineEntry,
}

/// What is due at `now`: for each deadline, the latest point of its schedule that has come and was not given yet
/// (`given` holds `uid lead` keys). The earlier points that came too are `settled` without a notification: after a
/// week away, the window says once that a date is tomorrow, not also that it was a week away.
pub struct Due {
    pub reminders: Vec<Reminder>,
    /// Every `(uid, lead)` to remember as given: the reminders' own and the ones they supersede.
    pub settled: Vec<(String, String)>,
}

pub fn key(uid: &str, lead: &str) -> String {
    format!("{uid} {lead}")
}

pub fn due(items: &[DeadlineEntry], leads: &Leads, tz: Tz, now: DateTime<Utc>, given: &HashSet<String>) -> Due {
    let mut out = Due { reminders: Vec::new(), settled: Vec::new() };
    for d in items {
        let came: Vec<Point> = schedule(d, leads, tz).into_iter().filter(|p| p.at <= now && !given.contains(&key(&d.uid, &p.lead))).collect();
        let Some(last) = came.last().cloned() else { continue };
        out.settled.extend(came.into_iter().map(|p| (d.uid.clone(), p.lead)));
        out.reminders.push(Reminder { lead: last.lead, at: last.at, deadline: d.clone() });
    }
    out.reminders.sort_by(|a, b| (!a.deadline.overdue, a.deadline.due_on, a.deadline.due_at).cmp(&(!b.deadline.overdue, b.deadline.due_on, b.deadline.due_at)));
    out
}

/// A reminder as a desktop notification says it: the lead in words as the summary ("Tomorrow", "Demain", "In 12
/// hours"), the deadline's title and rule as the body.
pub fn notice_text(r: &Reminder, lang: crate::document::Lang) -> (String, String) {
    let fr = lang == crate::document::Lang::Fr;
    let n: String = r.lead.chars().filter(char::is_ascii_digit).collect();
    let lead = match (r.lead.as_str(), fr) {
        ("overdue", false) => "Overdue".to_string(),
        ("overdue", true) => "En retard".to_string(),
        ("0d", false) => "Due today".to_string(),
        ("0d", true) => "Échéance aujourd'hui".to_string(),
        ("1d", false) => "Due tomorrow".to_string(),
        ("1d", true) => "Échéance demain".to_string(),
        ("0h", false) => "Due now".to_string(),
        ("0h", true) => "Échéance maintenant".to_string(),
        (l, false) if l.ends_with('h') => format!("Due in {n} hours"),
        (l, true) if l.ends_with('h') => format!("Échéance dans {n}\u{a0}heures"),
        (_, false) => format!("Due in {n} days"),
        (_, true) => format!("Échéance dans {n}\u{a0}jours"),
    };
    (if fr { format!("Privacy Desk\u{a0}: {lead}") } else { format!("Privacy Desk: {lead}") }, format!("{}\n{}", r.deadline.title, r.deadline.rule))
}

/// Several reminders at once (the window was closed for a while) as one notification: how many, and the first
/// titles.
pub fn many_text(due: &[Reminder], lang: crate::document::Lang) -> (String, String) {
    let fr = lang == crate::document::Lang::Fr;
    let n = crate::document::format_number(due.len() as u64, lang);
    let overdue = due.iter().filter(|r| r.deadline.overdue).count();
    let title = if fr { format!("Privacy Desk\u{a0}: {n}\u{a0}rappels") } else { format!("Privacy Desk: {n} reminders") };
    let mut lines: Vec<String> = due.iter().take(3).map(|r| r.deadline.title.clone()).collect();
    if overdue > 0 {
        lines.insert(0, if fr { format!("Dont {overdue} en retard.") } else { format!("{overdue} of them overdue.") });
    }
    if due.len() > 3 {
        lines.push(if fr { "…et d'autres dans la liste des échéances.".into() } else { "…and more in the deadlines list.".into() });
    }
    (title, lines.join("\n"))
}

/// The summary the window gives on start: what is overdue and what falls due within 7 days, or nothing when
/// neither.
pub fn start_summary(overdue: usize, this_week: usize, lang: crate::document::Lang) -> Option<(String, String)> {
    if overdue == 0 && this_week == 0 {
        return None;
    }
    let fr = lang == crate::document::Lang::Fr;
    let count = |n: usize, en: (&str, &str), fr_: (&str, &str)| {
        let (one, many) = if fr { fr_ } else { en };
        if n == 1 { format!("1 {one}") } else { format!("{} {many}", crate::document::format_number(n as u64, lang)) }
    };
    let body = if fr {
        format!("{}, {} dans les 7 jours", count(overdue, ("", ""), ("échéance en retard", "échéances en retard")), count(this_week, ("", ""), ("à venir", "à venir")))
    } else {
        format!("{}, {} within 7 days", count(overdue, ("deadline overdue", "deadlines overdue"), ("", "")), count(this_week, ("due", "due"), ("", "")))
    };
    Some((if fr { "Privacy Desk\u{a0}: à faire".into() } else { "Privacy Desk: what is due".into() }, body))
}

/// The tray icon's words: its label (the count overdue, empty when none) and its tooltip.
pub fn tray_text(overdue: usize, lang: crate::document::Lang) -> (String, String) {
    let fr = lang == crate::document::Lang::Fr;
    let n = crate::document::format_number(overdue as u64, lang);
    let tip = match (overdue, fr) {
        (0, false) => "Privacy Desk: nothing overdue".to_string(),
        (0, true) => "Privacy Desk\u{a0}: aucune échéance en retard".to_string(),
        (1, false) => "Privacy Desk: 1 deadline overdue".to_string(),
        (1, true) => "Privacy Desk\u{a0}: 1 échéance en retard".to_string(),
        (_, false) => format!("Privacy Desk: {n} deadlines overdue"),
        (_, true) => format!("Privacy Desk\u{a0}: {n} échéances en retard"),
    };
    (if overdue == 0 { String::new() } else { n }, tip)
}

/// How far ahead the deadlines must be read for every reminder that can fall by `today`: the longest lead.
pub fn horizon_days(leads: &Leads) -> u64 {
    let days = leads.days.iter().copied().max().unwrap_or(0);
    let hours = leads.hours.iter().copied().max().unwrap_or(0).div_ceil(24);
    u64::from(days.max(hours)) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{DeadlineModule, Link, LinkTarget};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn entry(uid: &str, due_on: &str, due_at: Option<&str>) -> DeadlineEntry {
        DeadlineEntry {
            uid: uid.into(),
            module: if due_at.is_some() { DeadlineModule::Breach } else { DeadlineModule::Request },
            kind: if due_at.is_some() { "breach-authority" } else { "request-due" }.into(),
            title: "t".into(),
            due_on: day(due_on),
            due_at: due_at.map(utc),
            days_left: 0,
            days_left_words: crate::request::days_left_words(Some(0)),
            urgency: crate::request::Urgency::DueSoon,
            overdue: false,
            rule: "r".into(),
            link: Link { target: LinkTarget::Request, id: 1 },
        }
    }

    fn at(points: &[Point]) -> Vec<(String, String)> {
        points.iter().map(|p| (p.lead.clone(), p.at.to_rfc3339())).collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn a_day_reminds_at_nine_a_week_before_the_day_before_on_the_day_and_once_overdue() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        let got = schedule(&entry("r", "2026-12-15", None), &Leads::default(), paris);
        assert_eq!(
            at(&got),
            pairs(&[
                ("7d", "2026-12-08T08:00:00+00:00"),
                ("1d", "2026-12-14T08:00:00+00:00"),
                ("0d", "2026-12-15T08:00:00+00:00"),
                ("overdue", "2026-12-16T08:00:00+00:00"),
            ])
        );
    }

    #[test]
    fn a_breach_reminds_24_and_12_hours_before_and_at_the_deadline() {
        let london: Tz = "Europe/London".parse().unwrap();
        let got = schedule(&entry("b", "2026-11-26", Some("2026-11-26T10:30:00Z")), &Leads::default(), london);
        assert_eq!(
            at(&got),
            pairs(&[("24h", "2026-11-25T10:30:00+00:00"), ("12h", "2026-11-25T22:30:00+00:00"), ("0h", "2026-11-26T10:30:00+00:00")])
        );
    }

    #[test]
    fn across_a_clock_change_the_hour_stays_nine_local_and_elapsed_hours_stay_elapsed() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        // Clocks go back on Sunday 25 October 2026: 09:00 is 07:00 UTC before, 08:00 UTC after.
        let got = schedule(&entry("r", "2026-10-26", None), &Leads::default(), paris);
        assert_eq!(got[0].at.to_rfc3339(), "2026-10-19T07:00:00+00:00");
        assert_eq!(got[1].at.to_rfc3339(), "2026-10-25T08:00:00+00:00");
        // A breach deadline across the change: 24 elapsed hours before, whatever the wall clock says.
        let b = schedule(&entry("b", "2026-10-25", Some("2026-10-25T12:00:00Z")), &Leads::default(), paris);
        assert_eq!(b[0].at.to_rfc3339(), "2026-10-24T12:00:00+00:00");
        // An hour that does not exist (02:00 on 29 March 2026 in Paris, when clocks go forward) reads as the first
        // instant after the gap, 03:00 local.
        assert_eq!(local_at(day("2026-03-29"), 2, paris).to_rfc3339(), "2026-03-29T01:00:00+00:00");
    }

    #[test]
    fn each_reminder_fires_once_and_a_late_start_gives_only_the_latest() {
        let paris: Tz = "Europe/Paris".parse().unwrap();
        let items = [entry("r", "2026-12-15", None)];
        let leads = Leads::default();
        let mut given = HashSet::new();
        let mut fired = Vec::new();
        // Every quarter of an hour from 1 December to 20 December, remembering what was given.
        let mut now = utc("2026-12-01T00:00:00Z");
        while now < utc("2026-12-20T00:00:00Z") {
            let d = due(&items, &leads, paris, now, &given);
            for r in &d.reminders {
                fired.push((r.lead.clone(), now.to_rfc3339()));
            }
            given.extend(d.settled.iter().map(|(u, l)| key(u, l)));
            now += Duration::minutes(15);
        }
        assert_eq!(
            fired,
            pairs(&[
                ("7d", "2026-12-08T08:00:00+00:00"),
                ("1d", "2026-12-14T08:00:00+00:00"),
                ("0d", "2026-12-15T08:00:00+00:00"),
                ("overdue", "2026-12-16T08:00:00+00:00"),
            ])
        );
        // Opened for the first time on the day before: one reminder (the day before), the week's settled with it.
        let d = due(&items, &leads, paris, utc("2026-12-14T15:00:00Z"), &HashSet::new());
        assert_eq!(d.reminders.iter().map(|r| r.lead.as_str()).collect::<Vec<_>>(), ["1d"]);
        assert_eq!(d.settled, vec![("r".to_string(), "7d".to_string()), ("r".to_string(), "1d".to_string())]);
    }

    #[test]
    fn lead_times_read_as_people_write_them() {
        assert_eq!(parse_leads("7, 1, 0", 90, "days"), Ok(vec![7, 1, 0]));
        assert_eq!(parse_leads("0 14 7 7", 90, "days"), Ok(vec![14, 7, 0]));
        assert_eq!(parse_leads("none", 90, "days"), Ok(vec![]));
        assert_eq!(leads_text(&[]), "none");
        assert_eq!(parse_leads("7, soon", 90, "days"), Err("'soon' is not a whole number of days; write them as 7, 1, 0".into()));
        assert_eq!(parse_leads("100", 90, "days"), Err("100 is more than 90 days".into()));
        assert_eq!(horizon_days(&Leads::default()), 8);
    }

    #[test]
    fn notifications_word_the_lead_and_the_start_summary_counts() {
        use crate::document::Lang;
        let r = |lead: &str| Reminder { lead: lead.into(), at: utc("2026-12-14T08:00:00Z"), deadline: entry("r", "2026-12-15", None) };
        assert_eq!(notice_text(&r("1d"), Lang::En), ("Privacy Desk: Due tomorrow".to_string(), "t\nr".to_string()));
        assert_eq!(notice_text(&r("7d"), Lang::Fr).0, "Privacy Desk\u{a0}: Échéance dans 7\u{a0}jours");
        assert_eq!(notice_text(&r("12h"), Lang::En).0, "Privacy Desk: Due in 12 hours");
        assert_eq!(notice_text(&r("overdue"), Lang::En).0, "Privacy Desk: Overdue");
        assert_eq!(start_summary(0, 0, Lang::En), None);
        assert_eq!(tray_text(0, Lang::En), (String::new(), "Privacy Desk: nothing overdue".to_string()));
        assert_eq!(tray_text(1234, Lang::Fr), ("1\u{a0}234".to_string(), "Privacy Desk\u{a0}: 1\u{a0}234 échéances en retard".to_string()));
        assert_eq!(start_summary(1, 3, Lang::En).unwrap().1, "1 deadline overdue, 3 due within 7 days");
        assert_eq!(start_summary(2, 1, Lang::Fr).unwrap().1, "2 échéances en retard, 1 à venir dans les 7 jours");
        assert_eq!(horizon_days(&Leads { days: vec![], hours: vec![72] }), 4);
    }
}
