//! The legal clock of a data subject request: when it starts, when the answer is due, and the rule in words.
//!
//! rules.md §1 is the source. Every date computed here comes with a sentence naming the regime, the article, the
//! period, the start and why, any roll-forward and the holiday calendar, so the user can check the reasoning.
//! Where the law leaves room, the earlier (conservative) due date is computed and the text says so.

use crate::document::Lang;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::calendar::{add_months_legal, WorkingCalendar};

/// The law a request is answered under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Regime {
    EuGdpr,
    UkGdpr,
    Ccpa,
}

impl Regime {
    /// Every regime, in the order the user is offered them.
    pub const ALL: [Regime; 3] = [Regime::EuGdpr, Regime::UkGdpr, Regime::Ccpa];

    /// The identifier used in files, on the command line and over the Tauri boundary.
    pub fn as_str(self) -> &'static str {
        match self {
            Regime::EuGdpr => "eu-gdpr",
            Regime::UkGdpr => "uk-gdpr",
            Regime::Ccpa => "ccpa",
        }
    }

    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Regime::EuGdpr => "EU GDPR",
            Regime::UkGdpr => "UK GDPR",
            Regime::Ccpa => "CCPA/CPRA",
        }
    }

    /// The name as a text in `lang` writes it: French says "RGPD" for the EU's regulation and keeps the English
    /// names of the UK's and California's laws, which have no French one.
    pub fn label_in(self, lang: crate::document::Lang) -> &'static str {
        match (self, lang) {
            (Regime::EuGdpr, crate::document::Lang::Fr) => "RGPD",
            (Regime::UkGdpr, crate::document::Lang::Fr) => "RGPD britannique (UK GDPR)",
            (r, _) => r.label(),
        }
    }
}

impl fmt::Display for Regime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What can go wrong when reading clock data.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    #[error("unknown regime {0:?}: expected one of eu-gdpr, uk-gdpr, ccpa")]
    UnknownRegime(String),
}

impl FromStr for Regime {
    type Err = ClockError;

    /// Accepts exactly the identifiers that `Display` writes, so that a stored value always reads back.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Regime::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| ClockError::UnknownRegime(s.to_owned()))
    }
}

/// The facts of a request that bear on its deadline.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ClockInput {
    pub regime: Regime,
    pub received_on: NaiveDate,
    pub identity_requested_on: Option<NaiveDate>,
    pub identity_received_on: Option<NaiveDate>,
    /// The day a fee was asked for; under the UK GDPR the clock starts only once it is received.
    #[serde(default)]
    pub fee_requested_on: Option<NaiveDate>,
    pub fee_received_on: Option<NaiveDate>,
    pub clarification_asked_on: Option<NaiveDate>,
    pub clarification_answered_on: Option<NaiveDate>,
    /// EU only: the user explicitly applies the identity/clarification pause, a departure from the default
    /// reading under which the EU month runs from receipt whatever is asked of the requester.
    pub eu_pause_applied: bool,
    /// An extension has been recorded.
    pub extended: bool,
}

/// The computed clock. Every date is a whole day, ending at the end of that day in the organisation's zone.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Clock {
    /// The day the clock starts; the period is counted from the day after it.
    pub start_on: NaiveDate,
    /// "received", "identity received" or "fee received".
    pub start_reason: String,
    /// The final due date: the extended one when an extension is recorded.
    pub due_on: NaiveDate,
    /// The rule in words, for the due date in `due_on`.
    pub due_rule: String,
    /// The same rule in French.
    pub due_rule_fr: String,
    /// The due date without extension.
    pub original_due_on: NaiveDate,
    /// The last day on which the requester can be told of an extension: the end of the first period, which is
    /// `original_due_on`.
    pub extension_deadline_on: NaiveDate,
    /// CCPA only: the day by which receipt must be confirmed (10 business days).
    pub acknowledge_by: Option<NaiveDate>,
    /// Clarification days not counted (UK; EU only when the user applied the pause).
    pub paused_days: i64,
    /// EU with the pause applied: why this departs from the default reading.
    pub departure: Option<String>,
    /// The same in French.
    pub departure_fr: Option<String>,
}

impl Clock {
    /// The rule in a language.
    pub fn rule_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.due_rule,
            Lang::Fr => &self.due_rule_fr,
        }
    }

    /// Why the clock departs from the default reading, in a language.
    pub fn departure_in(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.departure.as_deref(),
            Lang::Fr => self.departure_fr.as_deref(),
        }
    }
}

/// The text shown with an EU clock when the user applied the identity/clarification pause.
const EU_DEPARTURE: &str = "Departs from the default reading of GDPR Art. 12(3), under which the month runs from the \
day of receipt whatever is asked of the requester: at the user's choice, the clock starts when requested identity \
evidence arrives and stops while clarification is awaited, as UK GDPR Art. 12A provides. A supervisory authority \
may count from receipt.";

const EU_DEPARTURE_FR: &str = "S'écarte de la lecture par défaut de l'art. 12(3) du RGPD, selon laquelle le mois court \
du jour de la réception quoi qu'il soit demandé au demandeur\u{a0}: au choix de l'utilisateur, le délai commence à la \
réception de la preuve d'identité demandée et s'arrête pendant l'attente d'une clarification, comme le prévoit \
l'art. 12A du UK GDPR. Une autorité de contrôle peut compter à partir de la réception.";

/// Why a clock starts when it does, in both languages.
pub fn start_reason_words(reason: &str) -> crate::vocab::Term {
    crate::vocab::Term { code: reason.to_owned(), en: reason.to_owned(), fr: reason_fr(reason).to_owned() }
}

/// Why a clock starts when it does, in French.
fn reason_fr(reason: &str) -> &'static str {
    match reason {
        "identity received" => "réception de la preuve d'identité",
        "fee received" => "réception des frais",
        _ => "réception",
    }
}

/// The day UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025) came into force; requests received
/// before it are cited under Art. 12(3), where ICO guidance gave the same start and pause rules.
fn uk_art_12a_in_force() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 5).expect("valid date")
}

/// Computes the clock of a request.
///
/// Decisions on points the rules leave open:
/// - UK (and EU with `eu_pause_applied`): the clock starts on the latest of receipt, receipt of identity evidence
///   (only when identity was requested) and, for the UK only, receipt of a fee; a later event is the reason only if
///   it is strictly later, identity before fee on a tie. EU GDPR has no fee that starts a clock, so an EU fee date
///   is ignored.
/// - Clarification: DPA 2018 s.54(3C)(b) and UK GDPR Art. 12A exclude "the period beginning with the day on
///   which the controller makes the request and ending with the day on which the controller receives the
///   information", so both of those days are excluded: asked on 10 June and answered on 12 June is three days that
///   do not count (answered - asked + 1), added to the raw due date before the weekend and holiday roll. Days
///   before the clock started are not counted twice: the pause runs from the later of the asking day and the start
///   (the start day is the first day of the period, so it is excluded when the pause covers it). An answer dated
///   before the question counts no pause. The pause moves the extended date too, since the clock was stopped.
/// - Identity requested but not received, or clarification asked but not answered: the clock is computed as if
///   nothing were pending (from receipt, with no pause), which is the earliest the due date can be, and the rule
///   text says what is awaited and since when. The function stays pure: it never looks at today's date.
/// - CCPA: identity, fee and clarification dates are ignored, since the 45 days run from receipt regardless of
///   verification. Business days for the acknowledgement are Monday to Friday without the US federal and
///   California state holidays ([`crate::calendar::us_california_holidays`]), whatever `cal` says.
pub fn compute(input: &ClockInput, cal: &WorkingCalendar) -> Clock {
    match input.regime {
        Regime::EuGdpr | Regime::UkGdpr => compute_gdpr(input, cal),
        Regime::Ccpa => compute_ccpa(input),
    }
}

fn compute_gdpr(input: &ClockInput, cal: &WorkingCalendar) -> Clock {
    let pause_rules = input.regime == Regime::UkGdpr || input.eu_pause_applied;
    let (start_on, start_reason) = if pause_rules {
        pause_rules_start(input)
    } else {
        (input.received_on, "received")
    };
    let pause = if pause_rules {
        clarification_pause(input, start_on)
    } else {
        Pause::None
    };
    let paused_days = match pause {
        Pause::Days { days, .. } => days,
        _ => 0,
    };
    let after_pause = |months: u32| {
        add_months_legal(start_on, months)
            + Days::new(u64::try_from(paused_days).expect("pause is never negative"))
    };

    let one_month_raw = after_pause(1);
    let (original_due_on, one_month_move) = roll_forward(cal, one_month_raw);
    let three_months_raw = after_pause(3);
    let (extended_due_on, three_months_move) = roll_forward(cal, three_months_raw);

    let (cite, cite_fr) = match input.regime {
        Regime::UkGdpr if input.received_on >= uk_art_12a_in_force() => ("UK GDPR Art. 12A", "UK GDPR art. 12A"),
        Regime::UkGdpr => ("UK GDPR Art. 12(3)", "UK GDPR art. 12(3)"),
        _ => ("GDPR Art. 12(3)", "RGPD art. 12(3)"),
    };
    let (due_on, period, period_fr, movement) = if input.extended {
        (
            extended_due_on,
            "three months (one month extended by two)",
            "trois mois (un mois prolongé de deux)",
            three_months_move,
        )
    } else {
        (original_due_on, "one month", "un mois", one_month_move)
    };

    let mut rule = format!("{cite}: {period} from {} ({start_reason})", short(start_on));
    let mut fr = format!("{cite_fr}\u{a0}: {period_fr} à compter du {} ({})", short_fr(start_on), reason_fr(start_reason));
    match pause {
        Pause::Days { days, asked, answered } => {
            rule.push_str(&format!(
                " plus {days} {} paused for clarification (asked {}, answered {}, both days excluded)",
                if days == 1 { "day" } else { "days" },
                short(asked),
                short(answered)
            ));
            fr.push_str(&format!(
                " plus {days} {} pour clarification (demandée le {}, reçue le {}, ces deux jours exclus)",
                if days == 1 { "jour suspendu" } else { "jours suspendus" },
                short_fr(asked),
                short_fr(answered)
            ));
        }
        Pause::Pending { asked } => {
            rule.push_str(&format!(
                "; clock paused since {}, awaiting clarification: this date counts no pause and moves one day later \
                 for each day until the answer",
                short(asked)
            ));
            fr.push_str(&format!(
                "\u{a0}; délai suspendu depuis le {}, clarification attendue\u{a0}: cette date ne compte aucune \
                 suspension et recule d'un jour pour chaque jour jusqu'à la réponse",
                short_fr(asked)
            ));
        }
        Pause::AnswerBeforeQuestion => {
            rule.push_str("; clarification answer dated before the question, no pause counted");
            fr.push_str("\u{a0}; réponse de clarification datée d'avant la question, aucune suspension comptée");
        }
        Pause::None => {}
    }
    if let (true, Some(requested), None) = (
        pause_rules,
        input.identity_requested_on,
        input.identity_received_on,
    ) {
        rule.push_str(&format!(
            "; identity evidence requested on {} not yet received: the clock starts when it arrives, so this date \
             is the earliest it can be",
            short(requested)
        ));
        fr.push_str(&format!(
            "\u{a0}; preuve d'identité demandée le {}, pas encore reçue\u{a0}: le délai commence à sa réception, \
             cette date est donc la plus proche possible",
            short_fr(requested)
        ));
    }
    if let (Regime::UkGdpr, Some(requested), None) = (input.regime, input.fee_requested_on, input.fee_received_on) {
        rule.push_str(&format!(
            "; fee requested on {} not yet received: the clock starts when it is paid, so this date is the earliest \
             it can be",
            short(requested)
        ));
        fr.push_str(&format!(
            "\u{a0}; frais demandés le {}, pas encore reçus\u{a0}: le délai commence à leur paiement, cette date est \
             donc la plus proche possible",
            short_fr(requested)
        ));
    }
    if let Some((en, in_fr)) = movement {
        rule.push_str("; ");
        rule.push_str(&en);
        fr.push_str("\u{a0}; ");
        fr.push_str(&in_fr);
    }
    rule.push_str("; ");
    rule.push_str(&calendar_words(cal, Lang::En));
    fr.push_str("\u{a0}; ");
    fr.push_str(&calendar_words(cal, Lang::Fr));
    let departs = input.regime == Regime::EuGdpr && input.eu_pause_applied;
    let departure = departs.then(|| {
        rule.push_str("; pause applied at the user's choice, a departure from the default reading");
        fr.push_str("\u{a0}; suspension appliquée au choix de l'utilisateur, un écart par rapport à la lecture par défaut");
        EU_DEPARTURE.to_owned()
    });

    Clock {
        start_on,
        start_reason: start_reason.to_owned(),
        due_on,
        due_rule: rule,
        due_rule_fr: fr,
        original_due_on,
        extension_deadline_on: original_due_on,
        acknowledge_by: None,
        paused_days,
        departure,
        departure_fr: departs.then(|| EU_DEPARTURE_FR.to_owned()),
    }
}

/// The start under the UK rule (Art. 12A): the latest of the events that each had to happen first.
fn pause_rules_start(input: &ClockInput) -> (NaiveDate, &'static str) {
    let mut start = (input.received_on, "received");
    let identity = input.identity_requested_on.and(input.identity_received_on);
    let fee = if input.regime == Regime::UkGdpr {
        input.fee_received_on
    } else {
        None
    };
    for (date, reason) in [(identity, "identity received"), (fee, "fee received")] {
        if let Some(date) = date.filter(|date| *date > start.0) {
            start = (date, reason);
        }
    }
    start
}

enum Pause {
    None,
    Days {
        days: i64,
        asked: NaiveDate,
        answered: NaiveDate,
    },
    Pending {
        asked: NaiveDate,
    },
    AnswerBeforeQuestion,
}

fn clarification_pause(input: &ClockInput, start_on: NaiveDate) -> Pause {
    match (
        input.clarification_asked_on,
        input.clarification_answered_on,
    ) {
        (None, _) => Pause::None,
        (Some(asked), None) => Pause::Pending { asked },
        (Some(asked), Some(answered)) if answered < asked => Pause::AnswerBeforeQuestion,
        (Some(asked), Some(answered)) => {
            // Both the asking day and the answering day are excluded: an inclusive count of days.
            let days = ((answered - asked.max(start_on)).num_days() + 1).max(0);
            if days == 0 {
                Pause::None
            } else {
                Pause::Days {
                    days,
                    asked,
                    answered,
                }
            }
        }
    }
}

fn compute_ccpa(input: &ClockInput) -> Clock {
    let start_on = input.received_on;
    // The day of receipt is day 1, so the 45th day is 44 days after it.
    let original_due_on = start_on + Days::new(44);
    let extended_due_on = start_on + Days::new(89);
    let (acknowledge_by, skipped) = crate::calendar::add_us_business_days(start_on, 10);
    let (due_on, period, period_fr) = if input.extended {
        (
            extended_due_on,
            "90 calendar days in all (45 extended by 45)",
            "90 jours calendaires au total (45 prolongés de 45)",
        )
    } else {
        (original_due_on, "45 calendar days", "45 jours calendaires")
    };
    let (skipped_en, skipped_fr) = if skipped.is_empty() {
        ("no holiday on the way".to_owned(), "aucun jour férié en chemin".to_owned())
    } else {
        let days = |long: fn(NaiveDate) -> String, name: fn(&str) -> String| {
            skipped.iter().map(|(day, n)| format!("{} ({})", long(*day), name(n))).collect::<Vec<_>>().join(", ")
        };
        (
            format!("skipped {}", days(long, str::to_owned)),
            format!("sans compter {}", days(long_fr, crate::calendar::holiday_name_fr)),
        )
    };
    let due_rule = format!(
        "CCPA/CPRA Cal. Civ. Code 1798.130(a)(2): {period} counting {} (received) as day 1, whatever the time taken \
         to verify; no weekend or holiday roll-forward; receipt confirmed within 10 business days (11 CCR 7021(a)), \
         by {}: Monday to Friday without US federal and California state holidays, {skipped_en}",
        short(start_on),
        long(acknowledge_by),
    );
    let due_rule_fr = format!(
        "CCPA/CPRA Cal. Civ. Code 1798.130(a)(2)\u{a0}: {period_fr} en comptant le {} (réception) comme jour 1, quel que \
         soit le temps de vérification\u{a0}; pas de report pour un week-end ou un jour férié\u{a0}; réception confirmée \
         sous 10 jours ouvrés (11 CCR 7021(a)), au plus tard le {}\u{a0}: du lundi au vendredi hors jours fériés fédéraux \
         des États-Unis et jours fériés de Californie, {skipped_fr}",
        short_fr(start_on),
        long_fr(acknowledge_by),
    );
    Clock {
        start_on,
        start_reason: "received".to_owned(),
        due_on,
        due_rule,
        due_rule_fr,
        original_due_on,
        extension_deadline_on: original_due_on,
        acknowledge_by: Some(acknowledge_by),
        paused_days: 0,
        departure: None,
        departure_fr: None,
    }
}

/// Checks that an extension notice was given in time: not before the clock started, and within the first period
/// (on or before `extension_deadline_on`, the original due date). An extended clock may be passed as well, since
/// it keeps the original dates.
pub fn validate_extension_notice(
    notified_on: NaiveDate,
    clock_without_extension: &Clock,
) -> Result<(), String> {
    let clock = clock_without_extension;
    if notified_on < clock.start_on {
        return Err(format!(
            "extension notice on {} is before the clock started on {}",
            long(notified_on),
            long(clock.start_on)
        ));
    }
    if notified_on > clock.extension_deadline_on {
        return Err(format!(
            "extension notice on {} is too late: the requester had to be told by {}, the end of the first period",
            long(notified_on),
            long(clock.extension_deadline_on)
        ));
    }
    Ok(())
}

/// Moves a date that is not a working day to the next working day, and says why in words: "moved from Sat 18 Apr
/// 2026 to Mon 20 Apr 2026, weekend". Each skipped day contributes its reason once, weekend first if the day is
/// both, since the weekend alone would have moved it.
fn roll_forward(cal: &WorkingCalendar, raw: NaiveDate) -> (NaiveDate, Option<(String, String)>) {
    let mut day = raw;
    let mut reasons: Vec<(String, String)> = Vec::new();
    while !cal.is_working_day(day) {
        let reason = if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            ("weekend".to_owned(), "week-end".to_owned())
        } else {
            let en = cal.is_holiday(day).expect("a weekday that is not a working day is a holiday");
            let fr = crate::calendar::holiday_name_fr(&en);
            (en, fr)
        };
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
        day = day.succ_opt().expect("date outside chrono's range");
    }
    if day == raw {
        (day, None)
    } else {
        let (en, fr): (Vec<String>, Vec<String>) = reasons.into_iter().unzip();
        (
            day,
            Some((
                format!("moved from {} to {}, {}", long(raw), long(day), en.join(", ")),
                format!("reportée du {} au {}, {}", long_fr(raw), long_fr(day), fr.join(", ")),
            )),
        )
    }
}

fn calendar_words(cal: &WorkingCalendar, lang: Lang) -> String {
    cal.words(lang)
}

/// "3 Sep 2025".
fn short(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "Wed 3 Sep 2025".
fn long(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// "3 septembre 2025".
fn short_fr(d: NaiveDate) -> String {
    crate::document::format_date(d, Lang::Fr)
}

/// "mer. 3 septembre 2025".
fn long_fr(d: NaiveDate) -> String {
    const DAYS: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
    format!("{} {}", DAYS[d.weekday().num_days_from_monday() as usize], short_fr(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::HolidayCalendar;

    fn d(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    /// A request with nothing but its regime and date of receipt.
    fn input(regime: Regime, received_on: NaiveDate) -> ClockInput {
        ClockInput {
            regime,
            received_on,
            identity_requested_on: None,
            identity_received_on: None,
            fee_requested_on: None,
            fee_received_on: None,
            clarification_asked_on: None,
            clarification_answered_on: None,
            eu_pause_applied: false,
            extended: false,
        }
    }

    fn england() -> WorkingCalendar {
        WorkingCalendar::new(HolidayCalendar::EnglandWales, [])
    }

    fn france() -> WorkingCalendar {
        WorkingCalendar::new(HolidayCalendar::France, [])
    }

    fn alsace() -> WorkingCalendar {
        WorkingCalendar::new(HolidayCalendar::FranceAlsaceMoselle, [])
    }

    /// What a case expects of the clock; `rule` lists fragments the rule text must contain.
    struct Want {
        start: NaiveDate,
        reason: &'static str,
        due: NaiveDate,
        original_due: NaiveDate,
        paused: i64,
        ack: Option<NaiveDate>,
        departure: bool,
        rule: &'static [&'static str],
    }

    /// The usual expectation: no extension, no pause, no acknowledgement date, no departure.
    fn want(start: NaiveDate, reason: &'static str, due: NaiveDate) -> Want {
        Want {
            start,
            reason,
            due,
            original_due: due,
            paused: 0,
            ack: None,
            departure: false,
            rule: &[],
        }
    }

    fn check(input: ClockInput, cal: &WorkingCalendar, want: Want) {
        let clock = compute(&input, cal);
        let case = format!("{input:?}\n{clock:#?}");
        assert_eq!(clock.start_on, want.start, "start_on\n{case}");
        assert_eq!(clock.start_reason, want.reason, "start_reason\n{case}");
        assert_eq!(clock.due_on, want.due, "due_on\n{case}");
        assert_eq!(
            clock.original_due_on, want.original_due,
            "original_due_on\n{case}"
        );
        assert_eq!(
            clock.extension_deadline_on, want.original_due,
            "extension_deadline_on\n{case}"
        );
        assert_eq!(clock.paused_days, want.paused, "paused_days\n{case}");
        assert_eq!(clock.acknowledge_by, want.ack, "acknowledge_by\n{case}");
        assert_eq!(
            clock.departure.is_some(),
            want.departure,
            "departure\n{case}"
        );
        for fragment in want.rule {
            assert!(
                clock.due_rule.contains(fragment),
                "due_rule lacks {fragment:?}\n{case}"
            );
        }
        if input.regime != Regime::Ccpa {
            // A GDPR due date is always a working day; a CCPA one need not be.
            assert!(
                cal.is_working_day(clock.due_on),
                "due date is not a working day\n{case}"
            );
        }
    }

    #[test]
    fn ico_worked_examples() {
        let cases = [
            (
                d(2025, 9, 3),
                want(d(2025, 9, 3), "received", d(2025, 10, 3)),
            ),
            (
                d(2025, 3, 31),
                want(d(2025, 3, 31), "received", d(2025, 4, 30)),
            ),
            (
                d(2024, 11, 25),
                Want {
                    rule: &[
                        "moved from Wed 25 Dec 2024 to Fri 27 Dec 2024, Christmas Day, Boxing Day",
                    ],
                    ..want(d(2024, 11, 25), "received", d(2024, 12, 27))
                },
            ),
            (
                d(2028, 1, 31),
                want(d(2028, 1, 31), "received", d(2028, 2, 29)),
            ),
            (
                d(2025, 8, 1),
                want(d(2025, 8, 1), "received", d(2025, 9, 1)),
            ),
        ];
        for (received, expected) in cases {
            check(input(Regime::UkGdpr, received), &england(), expected);
        }
    }

    #[test]
    fn month_ends_and_leap_years() {
        let cases = [
            (
                Regime::EuGdpr,
                d(2025, 1, 31),
                want(d(2025, 1, 31), "received", d(2025, 2, 28)),
            ),
            (
                Regime::EuGdpr,
                d(2025, 1, 30),
                want(d(2025, 1, 30), "received", d(2025, 2, 28)),
            ),
            (
                Regime::EuGdpr,
                d(2028, 1, 30),
                want(d(2028, 1, 30), "received", d(2028, 2, 29)),
            ),
            (
                Regime::EuGdpr,
                d(2028, 2, 29),
                want(d(2028, 2, 29), "received", d(2028, 3, 29)),
            ),
            (
                Regime::UkGdpr,
                d(2027, 1, 29),
                want(d(2027, 1, 29), "received", d(2027, 3, 1)),
            ),
            (
                Regime::EuGdpr,
                d(2026, 1, 31),
                Want {
                    rule: &["moved from Sat 28 Feb 2026 to Mon 2 Mar 2026, weekend"],
                    ..want(d(2026, 1, 31), "received", d(2026, 3, 2))
                },
            ),
            // A request received on a Sunday starts the clock that day all the same.
            (
                Regime::EuGdpr,
                d(2026, 3, 8),
                want(d(2026, 3, 8), "received", d(2026, 4, 8)),
            ),
        ];
        for (regime, received, expected) in cases {
            let cal = if regime == Regime::UkGdpr {
                england()
            } else {
                france()
            };
            check(input(regime, received), &cal, expected);
        }
    }

    #[test]
    fn eu_due_dates_move_past_french_holidays() {
        let cases = [
            (
                france(),
                d(2027, 6, 14),
                Want {
                    rule: &["moved from Wed 14 Jul 2027 to Thu 15 Jul 2027, Bastille Day", "France public holidays"],
                    ..want(d(2027, 6, 14), "received", d(2027, 7, 15))
                },
            ),
            (
                france(),
                d(2025, 7, 15),
                Want {
                    rule: &["moved from Fri 15 Aug 2025 to Mon 18 Aug 2025, Assumption Day, weekend"],
                    ..want(d(2025, 7, 15), "received", d(2025, 8, 18))
                },
            ),
            (
                france(),
                d(2026, 4, 14),
                Want {
                    rule: &["moved from Thu 14 May 2026 to Fri 15 May 2026, Ascension Day"],
                    ..want(d(2026, 4, 14), "received", d(2026, 5, 15))
                },
            ),
            (
                france(),
                d(2026, 3, 6),
                Want {
                    rule: &["moved from Mon 6 Apr 2026 to Tue 7 Apr 2026, Easter Monday"],
                    ..want(d(2026, 3, 6), "received", d(2026, 4, 7))
                },
            ),
            // Good Friday is a working day in France but a holiday in Alsace-Moselle.
            (france(), d(2026, 3, 3), want(d(2026, 3, 3), "received", d(2026, 4, 3))),
            (
                alsace(),
                d(2026, 3, 3),
                Want {
                    rule: &[
                        "moved from Fri 3 Apr 2026 to Tue 7 Apr 2026, Good Friday, weekend, Easter Monday",
                        "France (Alsace-Moselle) public holidays",
                    ],
                    ..want(d(2026, 3, 3), "received", d(2026, 4, 7))
                },
            ),
            // A date the user added is a holiday like any other.
            (
                WorkingCalendar::new(HolidayCalendar::France, [d(2026, 4, 2)]),
                d(2026, 3, 2),
                Want {
                    rule: &["moved from Thu 2 Apr 2026 to Fri 3 Apr 2026, Added holiday", "plus added holidays"],
                    ..want(d(2026, 3, 2), "received", d(2026, 4, 3))
                },
            ),
        ];
        for (cal, received, expected) in cases {
            check(input(Regime::EuGdpr, received), &cal, expected);
        }
    }

    #[test]
    fn uk_identity_and_fee_start_the_clock_later() {
        let received = input(Regime::UkGdpr, d(2026, 3, 2));
        let cases = [
            (
                ClockInput {
                    identity_requested_on: Some(d(2026, 3, 3)),
                    identity_received_on: Some(d(2026, 3, 17)),
                    ..received.clone()
                },
                Want {
                    rule: &["UK GDPR Art. 12A: one month from 17 Mar 2026 (identity received)"],
                    ..want(d(2026, 3, 17), "identity received", d(2026, 4, 17))
                },
            ),
            // Identity evidence that was never asked for does not move the start.
            (
                ClockInput { identity_received_on: Some(d(2026, 3, 17)), ..received.clone() },
                want(d(2026, 3, 2), "received", d(2026, 4, 2)),
            ),
            (
                ClockInput { fee_received_on: Some(d(2026, 3, 18)), ..received.clone() },
                Want {
                    rule: &[
                        "UK GDPR Art. 12A: one month from 18 Mar 2026 (fee received); moved from Sat 18 Apr 2026 to \
                         Mon 20 Apr 2026, weekend; England and Wales bank holidays",
                    ],
                    ..want(d(2026, 3, 18), "fee received", d(2026, 4, 20))
                },
            ),
            // Art. 12A(2)(c): a fee asked for and not yet paid; the clock has not started, the date is the earliest.
            (
                ClockInput { fee_requested_on: Some(d(2026, 3, 5)), ..received.clone() },
                Want {
                    rule: &["fee requested on 5 Mar 2026 not yet received: the clock starts when it is paid"],
                    ..want(d(2026, 3, 2), "received", d(2026, 4, 2))
                },
            ),
            // Asked on 5 March, paid on 18 March: one month from the payment.
            (
                ClockInput { fee_requested_on: Some(d(2026, 3, 5)), fee_received_on: Some(d(2026, 3, 18)), ..received.clone() },
                want(d(2026, 3, 18), "fee received", d(2026, 4, 20)),
            ),
            (
                ClockInput {
                    identity_requested_on: Some(d(2026, 3, 3)),
                    identity_received_on: Some(d(2026, 3, 17)),
                    fee_received_on: Some(d(2026, 3, 20)),
                    ..received.clone()
                },
                want(d(2026, 3, 20), "fee received", d(2026, 4, 20)),
            ),
            (
                ClockInput {
                    identity_requested_on: Some(d(2026, 3, 3)),
                    identity_received_on: Some(d(2026, 3, 20)),
                    fee_received_on: Some(d(2026, 3, 10)),
                    ..received.clone()
                },
                want(d(2026, 3, 20), "identity received", d(2026, 4, 20)),
            ),
            // Awaited identity evidence: the earliest possible due date, and the text says the start is pending.
            (
                ClockInput { identity_requested_on: Some(d(2026, 3, 3)), ..received.clone() },
                Want {
                    rule: &["identity evidence requested on 3 Mar 2026 not yet received"],
                    ..want(d(2026, 3, 2), "received", d(2026, 4, 2))
                },
            ),
            // Before Art. 12A came into force the same rule is cited under Art. 12(3).
            (
                ClockInput {
                    identity_requested_on: Some(d(2025, 9, 4)),
                    identity_received_on: Some(d(2025, 9, 10)),
                    ..input(Regime::UkGdpr, d(2025, 9, 3))
                },
                Want {
                    rule: &["UK GDPR Art. 12(3): one month from 10 Sep 2025 (identity received)"],
                    ..want(d(2025, 9, 10), "identity received", d(2025, 10, 10))
                },
            ),
        ];
        for (request, expected) in cases {
            check(request, &england(), expected);
        }
    }

    /// DPA 2018 s.54(3C)(b), UK GDPR Art. 12A: "the period beginning with the day on which the controller makes the
    /// request and ending with the day on which the controller receives the information" does not count, so the
    /// asking day and the answering day are both excluded.
    #[test]
    fn uk_clarification_pause_excludes_the_asking_and_the_answering_day() {
        let received = input(Regime::UkGdpr, d(2026, 3, 2));
        let cases = [
            // 5 to 12 Mar inclusive: eight days; 2 Apr + 8 = Fri 10 Apr.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 3, 5)),
                    clarification_answered_on: Some(d(2026, 3, 12)),
                    ..received.clone()
                },
                Want {
                    paused: 8,
                    rule: &["one month from 2 Mar 2026 (received) plus 8 days paused for clarification (asked 5 Mar \
                             2026, answered 12 Mar 2026, both days excluded)"],
                    ..want(d(2026, 3, 2), "received", d(2026, 4, 10))
                },
            ),
            // The statute's own example: asked on 10 June, answered on 12 June, three days; 1 Jul + 3 = Sat 4 Jul.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 6, 10)),
                    clarification_answered_on: Some(d(2026, 6, 12)),
                    ..input(Regime::UkGdpr, d(2026, 6, 1))
                },
                Want {
                    paused: 3,
                    rule: &["plus 3 days paused", "moved from Sat 4 Jul 2026 to Mon 6 Jul 2026, weekend"],
                    ..want(d(2026, 6, 1), "received", d(2026, 7, 6))
                },
            ),
            // The pause is added before the roll: 3 Apr + 3 days (4 to 6 Mar) is Easter Monday.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 3, 4)),
                    clarification_answered_on: Some(d(2026, 3, 6)),
                    ..input(Regime::UkGdpr, d(2026, 3, 3))
                },
                Want {
                    paused: 3,
                    rule: &["moved from Mon 6 Apr 2026 to Tue 7 Apr 2026, Easter Monday"],
                    ..want(d(2026, 3, 3), "received", d(2026, 4, 7))
                },
            ),
            // Asked and answered the same day: that one day does not count; 2 Apr + 1 is Good Friday.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 3, 5)),
                    clarification_answered_on: Some(d(2026, 3, 5)),
                    ..received.clone()
                },
                Want { paused: 1, rule: &["plus 1 day paused"], ..want(d(2026, 3, 2), "received", d(2026, 4, 7)) },
            ),
            // Across a month end: 30 Jan to 2 Feb is four days; 28 Feb (a Saturday) + 4 = Wed 4 Mar.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 1, 30)),
                    clarification_answered_on: Some(d(2026, 2, 2)),
                    ..input(Regime::UkGdpr, d(2026, 1, 28))
                },
                Want { paused: 4, ..want(d(2026, 1, 28), "received", d(2026, 3, 4)) },
            ),
            // A month with no corresponding day: 31 Jan + one month is 28 Feb, then 27 and 28 Feb paused = 2 Mar.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 2, 27)),
                    clarification_answered_on: Some(d(2026, 2, 28)),
                    ..input(Regime::UkGdpr, d(2026, 1, 31))
                },
                Want { paused: 2, ..want(d(2026, 1, 31), "received", d(2026, 3, 2)) },
            ),
            // Awaiting the answer: no pause counted yet, and the text says the clock is paused.
            (
                ClockInput { clarification_asked_on: Some(d(2026, 3, 5)), ..received.clone() },
                Want {
                    rule: &["clock paused since 5 Mar 2026, awaiting clarification"],
                    ..want(d(2026, 3, 2), "received", d(2026, 4, 2))
                },
            ),
            // Days before the clock started are not counted twice: only 10 (the start, the period's first day) to
            // 12 Mar stop it, three days; 10 Apr + 3 = 13 Apr.
            (
                ClockInput {
                    identity_requested_on: Some(d(2026, 3, 2)),
                    identity_received_on: Some(d(2026, 3, 10)),
                    clarification_asked_on: Some(d(2026, 3, 2)),
                    clarification_answered_on: Some(d(2026, 3, 12)),
                    ..received.clone()
                },
                Want { paused: 3, ..want(d(2026, 3, 10), "identity received", d(2026, 4, 13)) },
            ),
            // Answered before the clock started: nothing of the pause falls inside the period.
            (
                ClockInput {
                    identity_requested_on: Some(d(2026, 3, 2)),
                    identity_received_on: Some(d(2026, 3, 10)),
                    clarification_asked_on: Some(d(2026, 3, 3)),
                    clarification_answered_on: Some(d(2026, 3, 9)),
                    ..received.clone()
                },
                want(d(2026, 3, 10), "identity received", d(2026, 4, 10)),
            ),
            // Inconsistent dates count no pause, the conservative reading.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 3, 12)),
                    clarification_answered_on: Some(d(2026, 3, 5)),
                    ..received.clone()
                },
                Want {
                    rule: &["answer dated before the question"],
                    ..want(d(2026, 3, 2), "received", d(2026, 4, 2))
                },
            ),
            // A clarification sent on an EU request is ignored under the default reading.
            (
                ClockInput {
                    regime: Regime::EuGdpr,
                    clarification_asked_on: Some(d(2026, 3, 5)),
                    clarification_answered_on: Some(d(2026, 3, 12)),
                    ..received.clone()
                },
                want(d(2026, 3, 2), "received", d(2026, 4, 2)),
            ),
        ];
        for (request, expected) in cases {
            let cal = if request.regime == Regime::UkGdpr {
                england()
            } else {
                france()
            };
            check(request, &cal, expected);
        }
    }

    #[test]
    fn eu_pause_flag_departs_from_the_default_reading() {
        let request = ClockInput {
            identity_requested_on: Some(d(2026, 3, 2)),
            identity_received_on: Some(d(2026, 3, 9)),
            fee_received_on: Some(d(2026, 3, 11)),
            clarification_asked_on: Some(d(2026, 3, 10)),
            clarification_answered_on: Some(d(2026, 3, 13)),
            ..input(Regime::EuGdpr, d(2026, 3, 2))
        };
        let cases = [
            (request.clone(), want(d(2026, 3, 2), "received", d(2026, 4, 2))),
            // Start on identity (9 Mar; the fee is not an EU start), 9 Apr + 4 days (10 to 13 Mar) = Mon 13 Apr.
            (
                ClockInput { eu_pause_applied: true, ..request.clone() },
                Want {
                    paused: 4,
                    departure: true,
                    rule: &[
                        "GDPR Art. 12(3): one month from 9 Mar 2026 (identity received) plus 4 days paused",
                        "a departure from the default reading",
                    ],
                    ..want(d(2026, 3, 9), "identity received", d(2026, 4, 13))
                },
            ),
            // The departure is shown whenever the user applies the flag, even if nothing is paused.
            (
                ClockInput { eu_pause_applied: true, ..input(Regime::EuGdpr, d(2026, 3, 2)) },
                Want { departure: true, ..want(d(2026, 3, 2), "received", d(2026, 4, 2)) },
            ),
        ];
        for (request, expected) in cases {
            check(request, &france(), expected);
        }
        let clock = compute(
            &ClockInput {
                eu_pause_applied: true,
                ..request
            },
            &france(),
        );
        assert!(clock
            .departure
            .unwrap()
            .starts_with("Departs from the default reading of GDPR Art. 12(3)"));
    }

    #[test]
    fn extensions_run_three_months_from_the_start() {
        let extended = |regime, received| ClockInput {
            extended: true,
            ..input(regime, received)
        };
        let cases = [
            (
                extended(Regime::UkGdpr, d(2025, 9, 3)),
                england(),
                Want {
                    original_due: d(2025, 10, 3),
                    rule: &["UK GDPR Art. 12(3): three months (one month extended by two) from 3 Sep 2025 (received)"],
                    ..want(d(2025, 9, 3), "received", d(2025, 12, 3))
                },
            ),
            (
                extended(Regime::UkGdpr, d(2024, 11, 25)),
                england(),
                Want { original_due: d(2024, 12, 27), ..want(d(2024, 11, 25), "received", d(2025, 2, 25)) },
            ),
            // 31 Jan + 3 months is 30 Apr, not the end of February plus two months.
            (
                extended(Regime::EuGdpr, d(2026, 1, 31)),
                france(),
                Want { original_due: d(2026, 3, 2), ..want(d(2026, 1, 31), "received", d(2026, 4, 30)) },
            ),
            (
                extended(Regime::EuGdpr, d(2026, 2, 1)),
                france(),
                Want {
                    original_due: d(2026, 3, 2),
                    rule: &["moved from Fri 1 May 2026 to Mon 4 May 2026, Labour Day, weekend"],
                    ..want(d(2026, 2, 1), "received", d(2026, 5, 4))
                },
            ),
            // The UK extension counts from the later start, and the clarification pause stops it too: 20 to 22 Mar
            // is three days, so 18 Apr + 3 = Tue 21 Apr and 18 Jun + 3 = Sun 21 Jun, rolled to Mon 22 Jun.
            (
                ClockInput {
                    fee_received_on: Some(d(2026, 3, 18)),
                    clarification_asked_on: Some(d(2026, 3, 20)),
                    clarification_answered_on: Some(d(2026, 3, 22)),
                    ..extended(Regime::UkGdpr, d(2026, 3, 2))
                },
                england(),
                Want {
                    original_due: d(2026, 4, 21),
                    paused: 3,
                    rule: &["moved from Sun 21 Jun 2026 to Mon 22 Jun 2026, weekend"],
                    ..want(d(2026, 3, 18), "fee received", d(2026, 6, 22))
                },
            ),
            // An extension across a bank holiday: 1 to 3 Apr paused (three days), 30 Mar + 1 month = 30 Apr + 3 =
            // Sun 3 May, then Mon 4 May is the Early May bank holiday: Tue 5 May; 30 Jun + 3 = Fri 3 Jul.
            (
                ClockInput {
                    clarification_asked_on: Some(d(2026, 4, 1)),
                    clarification_answered_on: Some(d(2026, 4, 3)),
                    ..extended(Regime::UkGdpr, d(2026, 3, 30))
                },
                england(),
                Want { original_due: d(2026, 5, 5), paused: 3, ..want(d(2026, 3, 30), "received", d(2026, 7, 3)) },
            ),
        ];
        for (request, cal, expected) in cases {
            check(request, &cal, expected);
        }
    }

    #[test]
    fn ccpa_45_and_90_days_and_acknowledgement_in_10_business_days() {
        let ccpa = |received| input(Regime::Ccpa, received);
        let cases = [
            (
                ccpa(d(2026, 3, 1)),
                Want {
                    ack: Some(d(2026, 3, 13)),
                    rule: &[
                        "CCPA/CPRA Cal. Civ. Code 1798.130(a)(2): 45 calendar days counting 1 Mar 2026 (received) as day 1",
                        "no weekend or holiday roll-forward",
                        "by Fri 13 Mar 2026: Monday to Friday without US federal and California state holidays, no \
                         holiday on the way",
                    ],
                    ..want(d(2026, 3, 1), "received", d(2026, 4, 14))
                },
            ),
            (
                ClockInput { extended: true, ..ccpa(d(2026, 3, 1)) },
                Want {
                    original_due: d(2026, 4, 14),
                    ack: Some(d(2026, 3, 13)),
                    rule: &["90 calendar days in all"],
                    ..want(d(2026, 3, 1), "received", d(2026, 5, 29))
                },
            ),
            // A Sunday due date stays where it is.
            (ccpa(d(2026, 3, 6)), Want { ack: Some(d(2026, 3, 20)), ..want(d(2026, 3, 6), "received", d(2026, 4, 19)) }),
            // Business days skip the US holidays, Christmas Day and New Year's Day, not Boxing Day.
            (
                ccpa(d(2025, 12, 18)),
                Want {
                    ack: Some(d(2026, 1, 5)),
                    rule: &["skipped Thu 25 Dec 2025 (Christmas Day), Thu 1 Jan 2026 (New Year's Day)"],
                    ..want(d(2025, 12, 18), "received", d(2026, 1, 31))
                },
            ),
            // Nor the organisation's calendar: Good Friday and Easter Monday count, Cesar Chavez Day does not.
            (
                ccpa(d(2026, 3, 27)),
                Want {
                    ack: Some(d(2026, 4, 13)),
                    rule: &["skipped Tue 31 Mar 2026 (Cesar Chavez Day)"],
                    ..want(d(2026, 3, 27), "received", d(2026, 5, 10))
                },
            ),
            // Verification does not delay the CCPA clock.
            (
                ClockInput {
                    identity_requested_on: Some(d(2026, 3, 2)),
                    identity_received_on: Some(d(2026, 3, 20)),
                    clarification_asked_on: Some(d(2026, 3, 3)),
                    clarification_answered_on: Some(d(2026, 3, 10)),
                    ..ccpa(d(2026, 3, 1))
                },
                Want { ack: Some(d(2026, 3, 13)), ..want(d(2026, 3, 1), "received", d(2026, 4, 14)) },
            ),
        ];
        for (request, expected) in cases {
            check(request, &england(), expected);
        }
    }

    #[test]
    fn extension_notice_must_come_within_the_first_period() {
        fn check(notified_on: NaiveDate, clock: &Clock, expected: Result<(), &str>) {
            let got = validate_extension_notice(notified_on, clock);
            match expected {
                Ok(()) => assert_eq!(got, Ok(()), "{notified_on}"),
                Err(fragment) => {
                    let message = got.expect_err("notice should be refused");
                    assert!(message.contains(fragment), "{notified_on}: {message}");
                }
            }
        }
        let uk = compute(&input(Regime::UkGdpr, d(2025, 9, 3)), &england());
        let uk_extended = compute(
            &ClockInput {
                extended: true,
                ..input(Regime::UkGdpr, d(2025, 9, 3))
            },
            &england(),
        );
        let ccpa = compute(&input(Regime::Ccpa, d(2026, 3, 1)), &england());
        for (notified_on, clock, expected) in [
            (d(2025, 9, 3), &uk, Ok(())),
            (d(2025, 10, 3), &uk, Ok(())),
            (d(2025, 10, 3), &uk_extended, Ok(())),
            (
                d(2025, 10, 4),
                &uk,
                Err("too late: the requester had to be told by Fri 3 Oct 2025"),
            ),
            (d(2025, 10, 4), &uk_extended, Err("too late")),
            (
                d(2025, 9, 2),
                &uk,
                Err("before the clock started on Wed 3 Sep 2025"),
            ),
            (d(2026, 4, 14), &ccpa, Ok(())),
            (d(2026, 4, 15), &ccpa, Err("too late")),
        ] {
            check(notified_on, clock, expected);
        }
    }

    #[test]
    fn regime_reads_writes_and_serialises_its_identifier() {
        fn check(text: &str, expected: Regime, label: &str) {
            assert_eq!(text.parse::<Regime>(), Ok(expected));
            assert_eq!(expected.to_string(), text);
            assert_eq!(expected.label(), label);
            assert_eq!(
                serde_json::to_string(&expected).unwrap(),
                format!("\"{text}\"")
            );
        }
        for (text, expected, label) in [
            ("eu-gdpr", Regime::EuGdpr, "EU GDPR"),
            ("uk-gdpr", Regime::UkGdpr, "UK GDPR"),
            ("ccpa", Regime::Ccpa, "CCPA/CPRA"),
        ] {
            check(text, expected, label);
        }
        let message = "gdpr".parse::<Regime>().unwrap_err().to_string();
        assert!(
            message.contains("\"gdpr\"") && message.contains("eu-gdpr, uk-gdpr, ccpa"),
            "{message}"
        );
    }
}
