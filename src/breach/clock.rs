//! The breach clock: the authority's 72 hours (Art. 33(1)) and a processor's notice to its controller (Art. 33(2),
//! hours fixed by contract), as pure functions of the awareness instant and a given `now`.
//!
//! The hours are elapsed hours: an instant plus a duration in UTC. Weekends, holidays and daylight-saving changes do
//! not stretch them (rules.md §2). So across the spring change the deadline reads one hour later on the wall clock
//! (aware Saturday 10:00 +01:00, due Tuesday 11:00 +02:00), and across the autumn change one hour earlier. The
//! tests below pin down these wall-clock results in Paris and London.

use super::vocab::BreachUrgency;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Art. 33(1): at the latest 72 hours after becoming aware.
pub const AUTHORITY_HOURS: i64 = 72;

/// PECR reg. 5A(2) with Commission Regulation (EU) No 611/2013 Art. 2(2), as retained in UK law: the first notice
/// to the ICO within 24 hours of detecting the breach.
pub const PECR_HOURS: i64 = 24;

/// Regulation 611/2013 Art. 2(3): the full report at the latest three days after the first notice.
pub const PECR_FULL_REPORT_HOURS: i64 = 72;

/// Under this much time left, a deadline shows in red.
pub const WARNING_HOURS: i64 = 12;

pub fn authority_due(aware_at: DateTime<Utc>) -> DateTime<Utc> {
    aware_at + Duration::hours(AUTHORITY_HOURS)
}

/// What the breach deadlines read from the organisation's profile: the law the breach is notified under and the
/// contract's hours as processor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// The UK GDPR (an organisation that answers to the ICO) rather than the GDPR: every rule text cites it.
    pub uk: bool,
    /// A public electronic communications service provider (PECR reg. 5A): 24 hours to the ICO, and the full
    /// report within three days of the first notice.
    pub pecr: bool,
    /// As processor, the hours to tell a controller (the contract's figure).
    pub processor_hours: u32,
}

impl Default for Rules {
    /// Before the profile exists: the GDPR and the stricter contract figure.
    fn default() -> Rules {
        Rules { uk: false, pecr: false, processor_hours: crate::org::DEFAULT_PROCESSOR_NOTICE_HOURS }
    }
}

impl Rules {
    pub fn of(org: &crate::org::Org) -> Rules {
        let uk = org.authority == crate::org::Authority::Ico;
        Rules { uk, pecr: uk && org.pecr, processor_hours: org.processor_notice_hours }
    }

    /// The hours the authority is given from awareness: 72, or 24 under PECR.
    pub fn authority_hours(self) -> i64 {
        if self.pecr {
            PECR_HOURS
        } else {
            AUTHORITY_HOURS
        }
    }

    pub fn authority_due(self, aware_at: DateTime<Utc>) -> DateTime<Utc> {
        aware_at + Duration::hours(self.authority_hours())
    }

    /// The regulation's short name in a language: "UK GDPR", "GDPR", « RGPD ».
    pub fn gdpr(self, lang: crate::document::Lang) -> &'static str {
        match (self.uk, lang) {
            (true, _) => "UK GDPR",
            (false, crate::document::Lang::En) => "GDPR",
            (false, crate::document::Lang::Fr) => "RGPD",
        }
    }

    /// The authority's deadline as a label: "72-hour deadline", "24-hour deadline (PECR)".
    pub fn deadline_label(self, lang: crate::document::Lang) -> String {
        let hours = self.authority_hours();
        match (self.pecr, lang) {
            (false, crate::document::Lang::En) => format!("{hours}-hour deadline"),
            (false, crate::document::Lang::Fr) => format!("Échéance des {hours}\u{a0}heures"),
            (true, crate::document::Lang::En) => format!("{hours}-hour deadline (PECR)"),
            (true, crate::document::Lang::Fr) => format!("Échéance des {hours}\u{a0}heures (PECR)"),
        }
    }
}

pub fn controller_due(aware_at: DateTime<Utc>, hours: u32) -> DateTime<Utc> {
    aware_at + Duration::hours(i64::from(hours))
}

/// How pressing an unmet deadline is at `now`.
pub fn urgency(due: DateTime<Utc>, now: DateTime<Utc>) -> BreachUrgency {
    let left = due - now;
    if left <= Duration::zero() {
        BreachUrgency::Overdue
    } else if left <= Duration::hours(WARNING_HOURS) {
        BreachUrgency::Soon
    } else {
        BreachUrgency::Ok
    }
}

/// An instant as the user reads it: local date and time in `tz` with the offset, `2026-03-31 10:00 +02:00`.
pub fn local(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%d %H:%M %:z").to_string()
}

/// Each instant as the window shows it, keyed by its JSON form (the RFC 3339 text a view carries it as): local date
/// and time in `tz` with the offset. Views carry this map so that the window never converts a zone itself.
pub fn local_map(instants: impl IntoIterator<Item = DateTime<Utc>>, tz: Tz) -> std::collections::BTreeMap<String, String> {
    instants
        .into_iter()
        .map(|at| (serde_json::to_value(at).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(), local(at, tz)))
        .collect()
}

/// An instant as RFC 3339 in UTC to the second, as stored and as scripts read it: `2026-03-31T08:00:00Z`.
pub fn utc_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Parses an instant typed by a person or a script: RFC 3339 with `Z` or an offset, seconds optional. A local
/// time without an offset is refused, because the same wall-clock time names two instants on the night clocks go
/// back and none on the night they go forward.
pub fn parse_instant(value: &str) -> Result<DateTime<Utc>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err("is required: a date and time with its offset, for example 2026-03-28T10:00:00+01:00".into());
    }
    let normalised = v.replacen(' ', "T", 1);
    let with_seconds = DateTime::parse_from_rfc3339(&normalised);
    let without_seconds = || {
        let (head, zone) = if let Some(h) = normalised.strip_suffix('Z').or_else(|| normalised.strip_suffix('z')) {
            (h.to_string(), "+00:00".to_string())
        } else if normalised.len() > 6 {
            let (h, z) = normalised.split_at(normalised.len() - 6);
            (h.to_string(), z.to_string())
        } else {
            (normalised.clone(), String::new())
        };
        DateTime::parse_from_str(&format!("{head}{zone}"), "%Y-%m-%dT%H:%M%:z")
    };
    let at = with_seconds.or_else(|_| without_seconds()).map(|d| d.with_timezone(&Utc)).map_err(|_| {
        format!(
            "'{}' is not a date and time with an offset; use RFC 3339 such as 2026-03-28T10:00:00+01:00 or 2026-03-28T09:00:00Z",
            crate::text::visible(v)
        )
    })?;
    crate::subprocessor::in_years(chrono::Datelike::year(&at), v)?;
    Ok(at)
}

/// The present and the zone in which a local date and time is read: what every check of a typed instant needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moment {
    pub now: DateTime<Utc>,
    pub tz: Tz,
}

/// A bare instant reads local times in UTC (tests, and before the organisation's profile exists).
impl From<DateTime<Utc>> for Moment {
    fn from(now: DateTime<Utc>) -> Moment {
        Moment { now, tz: Tz::UTC }
    }
}

/// Reads an instant as a person types it, in the window or on the command line: RFC 3339 with an offset, or a
/// local date and time (`2026-03-28T10:00`, `2026-03-28 10:00`, seconds optional) in `tz`, the organisation's zone.
/// Around clock changes it does what calendars do: a time that happens twice (clocks go back) is the first of the
/// two; a time that does not exist (clocks go forward) is read with the offset before the change, so it lands just
/// after it (02:30 on the spring night in Paris is 03:30 +02:00).
pub fn read_instant(value: &str, tz: Tz) -> Result<DateTime<Utc>, String> {
    let strict = parse_instant(value);
    let v = value.trim().replacen(' ', "T", 1);
    let naive = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"].iter().find_map(|f| chrono::NaiveDateTime::parse_from_str(&v, f).ok());
    let Some(naive) = naive.filter(|_| strict.is_err()) else {
        return strict.map_err(|e| {
            if value.trim().is_empty() {
                format!("is required: a date and time, for example 2026-03-28T10:00 (read in {})", tz.name())
            } else {
                e.replace("is not a date and time with an offset", &format!("is not a date and time; use 2026-03-28T10:00 (read in {}) or", tz.name()))
                    .replace("; use RFC 3339 such as", "")
            }
        });
    };
    use chrono::offset::LocalResult;
    use chrono::{Offset, TimeZone};
    let at = match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, second) => first.min(second).with_timezone(&Utc),
        LocalResult::None => {
            let before = tz.from_local_datetime(&(naive - Duration::hours(3))).earliest().map(|t| t.offset().fix());
            let offset = before.unwrap_or_else(|| chrono::FixedOffset::east_opt(0).unwrap());
            (naive - Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc()
        }
    };
    crate::subprocessor::in_years(chrono::Datelike::year(&at), value.trim())?;
    Ok(at)
}

/// An instant as a form holds it: the local date and time in `tz` without offset, `2026-03-28T10:00`.
pub fn local_input(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// How a typed instant is read, shown under the field as the user types.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct InstantReading {
    /// RFC 3339 in UTC.
    pub at: String,
    /// In the organisation's zone with the offset: `2026-03-28 10:00 +01:00`.
    pub local: String,
    pub zone: String,
}

pub fn reading(value: &str, tz: Tz) -> Result<InstantReading, String> {
    let at = read_instant(value, tz)?;
    Ok(InstantReading { at: utc_text(at), local: local(at, tz), zone: tz.name().to_string() })
}

/// Whose deadline it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Duty {
    /// Art. 33(1): the controller notifies the supervisory authority.
    Authority,
    /// Art. 33(2): the processor tells its controller, within the hours of the contract.
    Controller,
    /// PECR: the full report to the ICO, three days after the first notice.
    FullReport,
}

/// One deadline relative to `now`: when it falls, how much time is left, how pressing it is, and the rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Deadline {
    pub duty: Duty,
    pub due_at: DateTime<Utc>,
    /// `due_at` in the organisation's zone with its offset.
    pub due_at_local: String,
    /// Seconds from `now` to `due_at`; negative once past. The window counts down from it.
    #[ts(type = "number")]
    pub remaining_seconds: i64,
    /// When a pending deadline turns red ([`WARNING_HOURS`] before `due_at`); the window's countdown changes colour
    /// at this instant and at `due_at`, so it follows [`urgency`] without its own threshold.
    pub warning_at: DateTime<Utc>,
    pub urgency: BreachUrgency,
    /// When the notification that met (or missed) the deadline was made.
    pub met_at: Option<DateTime<Utc>>,
    /// The rule that produced `due_at`, in words (in the reader's language once [`BreachClock::worded`]).
    pub rule: String,
    /// The same rule in French, until the clock is worded.
    #[serde(skip)]
    #[ts(skip)]
    pub rule_fr: String,
}

impl Deadline {
    /// The deadline with its rule in `lang`.
    pub fn worded(mut self, lang: crate::document::Lang) -> Deadline {
        if lang == crate::document::Lang::Fr {
            self.rule = std::mem::take(&mut self.rule_fr);
        }
        self
    }
}

/// Facts the clock needs; the caller derives them from the record.
pub struct ClockInput {
    /// Where the hours count from: awareness, or for the PECR full report the first notice.
    pub from: DateTime<Utc>,
    /// First notification to the recipient, if any.
    pub notified_at: Option<DateTime<Utc>>,
    /// False when no notification is owed (decision not to notify, or someone else's duty).
    pub required: bool,
}

/// The deadline for `duty` under `rules`, counted from `input.from`, relative to `now`.
pub fn deadline(duty: Duty, rules: Rules, input: &ClockInput, now: DateTime<Utc>, tz: Tz) -> Deadline {
    let hours = match duty {
        Duty::Authority => rules.authority_hours(),
        Duty::Controller => i64::from(rules.processor_hours),
        Duty::FullReport => PECR_FULL_REPORT_HOURS,
    };
    let due_at = input.from + Duration::hours(hours);
    let urgency = match (input.notified_at, input.required) {
        (Some(at), _) if at <= due_at => BreachUrgency::Met,
        (Some(_), _) => BreachUrgency::Late,
        (None, false) => BreachUrgency::NotRequired,
        (None, true) => urgency(due_at, now),
    };
    let (gdpr, gdpr_fr) = (rules.gdpr(crate::document::Lang::En), rules.gdpr(crate::document::Lang::Fr));
    let from = local(input.from, tz);
    let from_fr = crate::document::format_instant_short(input.from, tz, crate::document::Lang::Fr);
    let (rule, rule_fr) = match duty {
        Duty::Authority if rules.pecr => (
            format!(
                "PECR reg. 5A(2) and Regulation (EU) No 611/2013 Art. 2(2) as retained: the first notice to the ICO \
                 within {hours} elapsed hours of detecting the breach ({from}), the full report within three days of \
                 that notice; weekends, holidays and clock changes do not extend it"
            ),
            format!(
                "PECR reg. 5A(2) et règlement (UE) n°\u{a0}611/2013 art. 2(2) tel que maintenu au Royaume-Uni\u{a0}: \
                 première notification à l'ICO dans les {hours}\u{a0}heures écoulées après la détection de la violation \
                 ({from_fr}), rapport complet dans les trois jours qui suivent\u{a0}; les week-ends, jours fériés et \
                 changements d'heure ne prolongent pas ce délai"
            ),
        ),
        Duty::Authority => (
            format!(
                "{gdpr} Art. 33(1): {hours} elapsed hours after becoming aware ({from}); weekends, holidays and clock \
                 changes do not extend it"
            ),
            format!(
                "{gdpr_fr} art. 33(1)\u{a0}: {hours}\u{a0}heures écoulées après la prise de connaissance ({from_fr})\u{a0}; \
                 les week-ends, jours fériés et changements d'heure ne prolongent pas ce délai"
            ),
        ),
        Duty::Controller => (
            format!("{gdpr} Art. 33(2) and our contracts: tell the controller within {hours} hours of becoming aware ({from})"),
            format!(
                "{gdpr_fr} art. 33(2) et nos contrats\u{a0}: informer le responsable de traitement dans les {hours}\u{a0}heures \
                 suivant la prise de connaissance ({from_fr})"
            ),
        ),
        Duty::FullReport => (
            format!(
                "PECR reg. 5A and Regulation (EU) No 611/2013 Art. 2(3) as retained: the full report to the ICO within \
                 three days of the first notice ({from})"
            ),
            format!(
                "PECR reg. 5A et règlement (UE) n°\u{a0}611/2013 art. 2(3) tel que maintenu au Royaume-Uni\u{a0}: rapport \
                 complet à l'ICO dans les trois jours suivant la première notification ({from_fr})"
            ),
        ),
    };
    Deadline {
        duty,
        due_at,
        due_at_local: local(due_at, tz),
        remaining_seconds: (due_at - now).num_seconds(),
        warning_at: due_at - Duration::hours(WARNING_HOURS),
        urgency,
        met_at: input.notified_at,
        rule,
        rule_fr,
    }
}

/// Time left (or past) in words: "2 d 4 h 10 min left", "3 h 5 min overdue"; French: "reste 2 j 4 h 10 min".
pub fn remaining_text(seconds: i64, lang: crate::document::Lang) -> String {
    let abs = seconds.unsigned_abs();
    let (d, h, m) = (abs / 86_400, abs % 86_400 / 3_600, abs % 3_600 / 60);
    let (day, word_left, word_over) = match lang {
        crate::document::Lang::En => ("d", "left", "overdue"),
        crate::document::Lang::Fr => ("j", "restant", "de retard"),
    };
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} {day}"));
    }
    if d > 0 || h > 0 {
        parts.push(format!("{h} h"));
    }
    parts.push(format!("{m} min"));
    format!("{} {}", parts.join(" "), if seconds >= 0 { word_left } else { word_over })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::{London, Paris};

    /// `aware` is a local time with its offset; `expected` is the due instant as local time with its offset in the
    /// same zone; both are checked, so the offset change across each daylight-saving switch is pinned down.
    fn check(aware: &str, tz: Tz, expected: &str) {
        let aware_at = parse_instant(aware).unwrap();
        let due = authority_due(aware_at);
        assert_eq!(local(due, tz), expected, "72 h after {aware} in {tz}");
        assert_eq!((due - aware_at).num_hours(), 72);
    }

    #[test]
    fn authority_deadline_is_72_elapsed_hours_across_clock_changes_leap_days_and_year_end() {
        // Paris, spring forward (29 March 2026, 02:00 -> 03:00): the wall clock shows one hour more.
        check("2026-03-28T10:00:00+01:00", Paris, "2026-03-31 11:00 +02:00");
        check("2026-03-28T09:00:00Z", Paris, "2026-03-31 11:00 +02:00");
        // Paris, fall back (25 October 2026, 03:00 -> 02:00): the wall clock shows one hour less.
        check("2026-10-24T12:00:00+02:00", Paris, "2026-10-27 11:00 +01:00");
        // Awareness in the repeated hour of the fall-back night, first pass (+02:00) and second pass (+01:00).
        check("2026-10-25T02:30:00+02:00", Paris, "2026-10-28 01:30 +01:00");
        check("2026-10-25T02:30:00+01:00", Paris, "2026-10-28 02:30 +01:00");
        // London, spring forward (29 March 2026, 01:00 -> 02:00) and fall back (25 October 2026).
        check("2026-03-27T18:00:00+00:00", London, "2026-03-30 19:00 +01:00");
        check("2026-10-23T09:15:00+01:00", London, "2026-10-26 08:15 +00:00");
        // Leap day 2028: 28 February + 72 h is 2 March, not 3 March.
        check("2028-02-28T09:00:00+01:00", Paris, "2028-03-02 09:00 +01:00");
        check("2028-02-29T23:30:00Z", London, "2028-03-03 23:30 +00:00");
        // Year end.
        check("2026-12-30T16:45:00+01:00", Paris, "2027-01-02 16:45 +01:00");
        check("2027-12-31T23:59:00Z", London, "2028-01-03 23:59 +00:00");
        // Entirely within summer time, nothing moves.
        check("2026-07-14T08:00:00+02:00", Paris, "2026-07-17 08:00 +02:00");
    }

    #[test]
    fn the_brief_example_due_instant_in_utc() {
        // Aware 2026-03-28 10:00 Paris (+01:00) = 09:00Z; due 2026-03-31 09:00Z = 11:00 +02:00 local.
        let due = authority_due(parse_instant("2026-03-28T10:00+01:00").unwrap());
        assert_eq!(utc_text(due), "2026-03-31T09:00:00Z");
    }

    #[test]
    fn urgency_turns_soon_at_12_hours_and_overdue_at_the_deadline() {
        let due = parse_instant("2026-03-31T09:00:00Z").unwrap();
        let at = |s: &str| parse_instant(s).unwrap();
        for (now, expected) in [
            ("2026-03-30T20:59:59Z", BreachUrgency::Ok),
            ("2026-03-30T21:00:00Z", BreachUrgency::Soon),
            ("2026-03-31T08:59:59Z", BreachUrgency::Soon),
            ("2026-03-31T09:00:00Z", BreachUrgency::Overdue),
            ("2026-04-02T00:00:00Z", BreachUrgency::Overdue),
        ] {
            assert_eq!(urgency(due, at(now)), expected, "{now}");
        }
    }

    #[test]
    fn a_deadline_knows_when_it_was_met_late_or_not_needed() {
        let aware = parse_instant("2026-03-28T10:00:00+01:00").unwrap();
        let now = parse_instant("2026-03-30T10:00:00Z").unwrap();
        let d = |notified: Option<&str>, required: bool| {
            let input = ClockInput { from: aware, notified_at: notified.map(|s| parse_instant(s).unwrap()), required };
            deadline(Duty::Authority, Rules::default(), &input, now, Paris)
        };
        let open = d(None, true);
        assert_eq!((open.urgency, open.remaining_seconds), (BreachUrgency::Ok, 23 * 3600));
        assert!(open.rule.contains("Art. 33(1)") && open.rule.contains("2026-03-28 10:00 +01:00"), "{}", open.rule);
        assert_eq!(d(Some("2026-03-31T09:00:00Z"), true).urgency, BreachUrgency::Met);
        assert_eq!(d(Some("2026-03-31T09:00:01Z"), true).urgency, BreachUrgency::Late);
        assert_eq!(d(None, false).urgency, BreachUrgency::NotRequired);
        let processor = deadline(Duty::Controller, Rules::default(), &ClockInput { from: aware, notified_at: None, required: true }, now, Paris);
        assert_eq!((processor.due_at_local.as_str(), processor.urgency), ("2026-03-29 11:00 +02:00", BreachUrgency::Overdue));
    }

    #[test]
    fn instants_need_an_offset_and_errors_name_the_value() {
        for (input, expected) in [
            ("2026-03-28T10:00:00+01:00", Some("2026-03-28T09:00:00Z")),
            ("2026-03-28T10:00+01:00", Some("2026-03-28T09:00:00Z")),
            ("2026-03-28 10:00:00Z", Some("2026-03-28T10:00:00Z")),
            ("2026-03-28T10:00Z", Some("2026-03-28T10:00:00Z")),
            ("2026-03-28T10:00:00", None),
            ("2026-03-28", None),
            ("28/03/2026 10:00", None),
        ] {
            match (parse_instant(input), expected) {
                (Ok(got), Some(want)) => assert_eq!(utc_text(got), want, "{input}"),
                (Err(e), None) => assert!(e.contains(&format!("'{input}'")), "{e}"),
                (got, want) => panic!("{input}: got {got:?}, expected {want:?}"),
            }
        }
    }

    #[test]
    fn local_times_are_read_in_the_zone_with_the_calendar_rule_at_clock_changes() {
        let paris = chrono_tz::Europe::Paris;
        for (input, want) in [
            ("2026-03-28T10:00", "2026-03-28T09:00:00Z"),
            ("2026-03-28 10:00:30", "2026-03-28T09:00:30Z"),
            // Spring forward: 02:30 does not exist, read with +01:00, landing at 03:30 +02:00.
            ("2026-03-29T02:30", "2026-03-29T01:30:00Z"),
            // Autumn back: 02:30 happens twice, the first (+02:00) is meant.
            ("2026-10-25T02:30", "2026-10-25T00:30:00Z"),
            ("2026-10-25T03:30", "2026-10-25T02:30:00Z"),
            // An offset given wins over the zone.
            ("2026-03-28T10:00:00Z", "2026-03-28T10:00:00Z"),
        ] {
            assert_eq!(utc_text(read_instant(input, paris).unwrap()), want, "{input}");
        }
        assert_eq!(local_input(read_instant("2026-10-25T02:30", paris).unwrap(), paris), "2026-10-25T02:30");
        let e = read_instant("28/03/2026 10:00", paris).unwrap_err();
        assert!(e.contains("'28/03/2026 10:00'") && e.contains("Europe/Paris"), "{e}");
        assert!(read_instant(" ", paris).unwrap_err().starts_with("is required"));
    }

    #[test]
    fn remaining_time_reads_in_both_languages() {
        use crate::document::Lang;
        assert_eq!(remaining_text(2 * 86_400 + 4 * 3600 + 600, Lang::En), "2 d 4 h 10 min left");
        assert_eq!(remaining_text(-(3 * 3600 + 300), Lang::En), "3 h 5 min overdue");
        assert_eq!(remaining_text(59 * 60, Lang::Fr), "59 min restant");
    }
}
