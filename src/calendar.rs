//! Working-day calendars: public holidays by jurisdiction, working-day arithmetic and the legal month.
//!
//! Everything here is a pure function of its arguments (rules.md §6). Legal deadlines elsewhere in the core
//! (`request::clock`) are built from these pieces so that every rolled date can name the holiday that moved it.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A set of public holidays that the product knows how to compute for any year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum HolidayCalendar {
    France,
    FranceAlsaceMoselle,
    EnglandWales,
}

impl HolidayCalendar {
    /// Every calendar, in the order the user is offered them.
    pub const ALL: [HolidayCalendar; 3] = [
        HolidayCalendar::France,
        HolidayCalendar::FranceAlsaceMoselle,
        HolidayCalendar::EnglandWales,
    ];

    /// The identifier used in files, on the command line and over the Tauri boundary.
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayCalendar::France => "france",
            HolidayCalendar::FranceAlsaceMoselle => "france-alsace-moselle",
            HolidayCalendar::EnglandWales => "england-wales",
        }
    }

    /// The English name shown to the user, and quoted in every rule text that used the calendar.
    pub fn label(self) -> &'static str {
        match self {
            HolidayCalendar::France => "France public holidays",
            HolidayCalendar::FranceAlsaceMoselle => "France (Alsace-Moselle) public holidays",
            HolidayCalendar::EnglandWales => "England and Wales bank holidays",
        }
    }

    /// The name in a language: the English one, or the French words for it.
    pub fn label_in(self, lang: crate::document::Lang) -> &'static str {
        match (lang, self) {
            (crate::document::Lang::En, _) => self.label(),
            (_, HolidayCalendar::France) => "jours fériés en France",
            (_, HolidayCalendar::FranceAlsaceMoselle) => "jours fériés en France (Alsace-Moselle)",
            (_, HolidayCalendar::EnglandWales) => "jours fériés d'Angleterre et du pays de Galles",
        }
    }
}

/// The French name of a holiday the calendars name in English ("Easter Monday": « lundi de Pâques »); two
/// holidays on one day are joined as the English name joins them.
pub fn holiday_name_fr(en: &str) -> String {
    en.split(" and ")
        .map(|name| {
            let (name, substitute) = match name.strip_suffix(" (substitute day)") {
                Some(n) => (n, true),
                None => (name, false),
            };
            let fr = match name {
            "New Year's Day" => "jour de l'an",
            "Easter Monday" => "lundi de Pâques",
            "Labour Day" => "fête du Travail",
            "Victory in Europe Day" => "Victoire 1945",
            "Ascension Day" => "Ascension",
            "Whit Monday" => "lundi de Pentecôte",
            "Bastille Day" => "fête nationale",
            "Assumption Day" => "Assomption",
            "All Saints' Day" => "Toussaint",
            "Armistice Day" => "Armistice 1918",
            "Christmas Day" => "Noël",
            "Good Friday" => "Vendredi saint",
            "St Stephen's Day" => "Saint-Étienne",
            "Boxing Day" => "lendemain de Noël (Boxing Day)",
            "Early May bank holiday" => "jour férié de début mai",
            "Spring bank holiday" => "jour férié de printemps",
            "Summer bank holiday" => "jour férié d'été",
            "Added holiday" => "jour férié ajouté",
            "Independence Day" => "fête de l'Indépendance",
            "Thanksgiving Day" => "Thanksgiving",
            "Day after Thanksgiving" => "lendemain de Thanksgiving",
            "Veterans Day" => "jour des anciens combattants",
            "Labor Day" => "fête du Travail américaine",
            other => other,
            };
            if substitute { format!("{fr} (jour de remplacement)") } else { fr.to_string() }
        })
        .collect::<Vec<_>>()
        .join(" et ")
}

impl fmt::Display for HolidayCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What can go wrong when reading calendar data.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("unknown holiday calendar {0:?}: expected one of france, france-alsace-moselle, england-wales")]
    UnknownCalendar(String),
}

impl FromStr for HolidayCalendar {
    type Err = CalendarError;

    /// Accepts exactly the identifiers that `Display` writes, so that a stored value always reads back.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        HolidayCalendar::ALL
            .into_iter()
            .find(|cal| cal.as_str() == s)
            .ok_or_else(|| CalendarError::UnknownCalendar(s.to_owned()))
    }
}

/// Easter Sunday in the Gregorian calendar, by the anonymous algorithm (Meeus/Jones/Butcher).
///
/// Euclidean division keeps the arithmetic right for every year chrono can represent; the algorithm itself is
/// only meaningful for Gregorian years. Panics if the year is outside chrono's date range.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, month as u32, day as u32)
}

/// The public holidays of `cal` in `year`, sorted by date, each with its English name.
///
/// Two holidays can fall on the same date (in France, Ascension was on 1 May in 2008); both are listed, and
/// `WorkingCalendar::is_holiday` joins their names. In England and Wales a fixed holiday that falls on a weekend
/// is listed only on its substitute weekday, as the government's own list does.
///
/// One-off changes are not computed: royal events, or the 2020 move of the early May bank holiday from Mon 4 May
/// to Fri 8 May for VE day, are dates the user adds to a `WorkingCalendar`. (Such a move also leaves the usual
/// Monday in this list; all the dates the product computes are from 2025 on, where no such move is known.)
pub fn holidays(cal: HolidayCalendar, year: i32) -> Vec<(NaiveDate, &'static str)> {
    let easter = easter_sunday(year);
    let after_easter = |days: i64| easter + chrono::Duration::days(days);
    let mut list: Vec<(NaiveDate, &'static str)> = match cal {
        HolidayCalendar::France | HolidayCalendar::FranceAlsaceMoselle => {
            // Code du travail L3133-1. France has no substitute days: a holiday on a Sunday is simply lost.
            let mut list = vec![
                (ymd(year, 1, 1), "New Year's Day"),
                (after_easter(1), "Easter Monday"),
                (ymd(year, 5, 1), "Labour Day"),
                (ymd(year, 5, 8), "Victory in Europe Day"),
                (after_easter(39), "Ascension Day"),
                (after_easter(50), "Whit Monday"),
                (ymd(year, 7, 14), "Bastille Day"),
                (ymd(year, 8, 15), "Assumption Day"),
                (ymd(year, 11, 1), "All Saints' Day"),
                (ymd(year, 11, 11), "Armistice Day"),
                (ymd(year, 12, 25), "Christmas Day"),
            ];
            if cal == HolidayCalendar::FranceAlsaceMoselle {
                // The local law of the departments 57, 67 and 68 keeps these two days from before 1918.
                list.push((after_easter(-2), "Good Friday"));
                list.push((ymd(year, 12, 26), "St Stephen's Day"));
            }
            list
        }
        HolidayCalendar::EnglandWales => england_wales(year, easter),
    };
    // A stable sort keeps the order of the list above for two holidays on the same date.
    list.sort_by_key(|(date, _)| *date);
    list
}

fn england_wales(year: i32, easter: NaiveDate) -> Vec<(NaiveDate, &'static str)> {
    let mut list = vec![
        (easter - chrono::Duration::days(2), "Good Friday"),
        (easter + chrono::Duration::days(1), "Easter Monday"),
        (
            first_weekday_of_month(year, 5, Weekday::Mon),
            "Early May bank holiday",
        ),
        (
            last_weekday_of_month(year, 5, Weekday::Mon),
            "Spring bank holiday",
        ),
        (
            last_weekday_of_month(year, 8, Weekday::Mon),
            "Summer bank holiday",
        ),
    ];
    // The fixed holidays are handled in date order so that the substitute for 25 Dec sees 26 Dec (and, in a year
    // where 25 Dec is a Saturday, Boxing Day's substitute sees Christmas's): each substitute is the next weekday
    // that is not already a holiday, which gives 27 and 28 Dec in 2027 and 27 Dec in 2022.
    let fixed = [
        (
            ymd(year, 1, 1),
            "New Year's Day",
            "New Year's Day (substitute day)",
        ),
        (
            ymd(year, 12, 25),
            "Christmas Day",
            "Christmas Day (substitute day)",
        ),
        (
            ymd(year, 12, 26),
            "Boxing Day",
            "Boxing Day (substitute day)",
        ),
    ];
    let weekday_fixed: Vec<NaiveDate> = fixed
        .iter()
        .map(|(date, _, _)| *date)
        .filter(|date| !is_weekend(*date))
        .collect();
    for (date, name, substitute_name) in fixed {
        if !is_weekend(date) {
            list.push((date, name));
            continue;
        }
        let mut substitute = date
            .succ_opt()
            .expect("a date in December has a successor within chrono's range");
        while is_weekend(substitute)
            || weekday_fixed.contains(&substitute)
            || list.iter().any(|(taken, _)| *taken == substitute)
        {
            substitute = substitute
                .succ_opt()
                .expect("substitute days stay within the same year");
        }
        list.push((substitute, substitute_name));
    }
    list
}

/// Whether a day is on its calendar's list of holidays; each calendar and year's list is worked out once per process: due dates ask whether a day is a working
/// day many times over (a list of 100,000 requests, CCPA business days), and each answer would otherwise compute
/// Easter and the whole year's list again.
fn is_listed_holiday(cal: HolidayCalendar, d: NaiveDate) -> bool {
    static CACHE: OnceLock<Mutex<HashMap<(HolidayCalendar, i32), Vec<NaiveDate>>>> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    cache.entry((cal, d.year())).or_insert_with(|| holidays(cal, d.year()).into_iter().map(|(day, _)| day).collect()).contains(&d)
}

/// A holiday calendar together with the one-off holidays the user added to it (a royal funeral, a moved bank
/// holiday). The working week is Monday to Friday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingCalendar {
    calendar: HolidayCalendar,
    extra: BTreeSet<NaiveDate>,
}

impl WorkingCalendar {
    pub fn new(cal: HolidayCalendar, extra: impl IntoIterator<Item = NaiveDate>) -> Self {
        WorkingCalendar {
            calendar: cal,
            extra: extra.into_iter().collect(),
        }
    }

    /// The holiday calendar this working calendar is built on; rule texts quote its label.
    pub fn calendar(&self) -> HolidayCalendar {
        self.calendar
    }

    /// The dates the user added, in date order.
    pub fn extra(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.extra.iter().copied()
    }

    /// The name of the holiday on `d`, if it is one. An added date that is also a regular holiday keeps the
    /// regular name, since that is the more informative one to show.
    pub fn is_holiday(&self, d: NaiveDate) -> Option<String> {
        let names: Vec<&str> = holidays(self.calendar, d.year())
            .into_iter()
            .filter(|(date, _)| *date == d)
            .map(|(_, n)| n)
            .collect();
        if !names.is_empty() {
            Some(names.join(" and "))
        } else if self.extra.contains(&d) {
            Some("Added holiday".to_owned())
        } else {
            None
        }
    }

    /// The calendar in words, as rules cite it: "France public holidays", "... plus added holidays".
    pub fn words(&self, lang: crate::document::Lang) -> String {
        let label = self.calendar().label_in(lang);
        match (self.extra().next().is_some(), lang) {
            (false, _) => label.to_owned(),
            (true, crate::document::Lang::En) => format!("{label} plus added holidays"),
            (true, crate::document::Lang::Fr) => format!("{label} et jours fériés ajoutés"),
        }
    }

    /// A working day is a weekday that is not a holiday.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !is_weekend(d) && !is_listed_holiday(self.calendar, d) && !self.extra.contains(&d)
    }

    /// `d` itself if it is a working day, else the first working day after it.
    pub fn next_working_day_on_or_after(&self, d: NaiveDate) -> NaiveDate {
        let mut day = d;
        while !self.is_working_day(day) {
            day = next_day(day);
        }
        day
    }

    /// The `n`-th working day after `d`; `d` itself is never counted, whatever day it is, so a request received
    /// on a Saturday has its first business day on the Monday. `n = 0` returns `d` unchanged.
    pub fn add_working_days(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut day = d;
        for _ in 0..n {
            day = next_day(day);
            while !self.is_working_day(day) {
                day = next_day(day);
            }
        }
        day
    }
}

/// The days the CCPA's business days skip besides weekends: the US federal holidays (5 U.S.C. 6103, with the
/// Saturday-to-Friday and Sunday-to-Monday moves of Executive Order 11582) and the California state holidays on
/// which state offices close (Gov. Code 19853: Cesar Chavez Day on 31 March, moved to Monday from a Sunday, and the
/// day after Thanksgiving). A business here is open Monday to Friday; the organisation's own calendar (French or
/// English holidays) plays no part in a Californian's request.
pub fn us_california_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    // A federal holiday on a Saturday is observed on the Friday before, on a Sunday the Monday after.
    let federal = |date: NaiveDate| match date.weekday() {
        Weekday::Sat => date - Days::new(1),
        Weekday::Sun => date + Days::new(1),
        _ => date,
    };
    let nth = |month: u32, weekday: Weekday, n: u64| first_weekday_of_month(year, month, weekday) + Days::new(7 * (n - 1));
    let thanksgiving = nth(11, Weekday::Thu, 4);
    let chavez = ymd(year, 3, 31);
    let mut list = vec![
        (federal(ymd(year, 1, 1)), "New Year's Day"),
        (nth(1, Weekday::Mon, 3), "Martin Luther King Jr. Day"),
        (nth(2, Weekday::Mon, 3), "Presidents' Day"),
        (memorial_day(year), "Memorial Day"),
        (federal(ymd(year, 6, 19)), "Juneteenth"),
        (federal(ymd(year, 7, 4)), "Independence Day"),
        (nth(9, Weekday::Mon, 1), "Labor Day"),
        (nth(10, Weekday::Mon, 2), "Columbus Day"),
        (federal(ymd(year, 11, 11)), "Veterans Day"),
        (thanksgiving, "Thanksgiving Day"),
        (thanksgiving + Days::new(1), "Day after Thanksgiving"),
        (federal(ymd(year, 12, 25)), "Christmas Day"),
    ];
    // A Saturday Cesar Chavez Day closes nothing on a weekday (state staff accrue holiday credit instead).
    match chavez.weekday() {
        Weekday::Sat => {}
        Weekday::Sun => list.push((chavez + Days::new(1), "Cesar Chavez Day")),
        _ => list.push((chavez, "Cesar Chavez Day")),
    }
    // New Year's Day of the next year on a Saturday is observed on 31 December of this one.
    if ymd(year + 1, 1, 1).weekday() == Weekday::Sat {
        list.push((ymd(year, 12, 31), "New Year's Day"));
    }
    // ...and this year's, then, belongs to the year before.
    list.retain(|(date, _)| date.year() == year);
    list.sort_by_key(|(date, _)| *date);
    list
}

fn memorial_day(year: i32) -> NaiveDate {
    last_weekday_of_month(year, 5, Weekday::Mon)
}

/// The `n`-th US business day after `d` (Monday to Friday, without [`us_california_holidays`]), with the holidays
/// skipped on the way, so that a rule text can name them. `d` itself is never counted.
pub fn add_us_business_days(d: NaiveDate, n: u32) -> (NaiveDate, Vec<(NaiveDate, &'static str)>) {
    let mut skipped = Vec::new();
    let mut year_list: (i32, Vec<(NaiveDate, &'static str)>) = (d.year(), us_california_holidays(d.year()));
    let mut day = d;
    let mut counted = 0;
    while counted < n {
        day = next_day(day);
        if year_list.0 != day.year() {
            year_list = (day.year(), us_california_holidays(day.year()));
        }
        if is_weekend(day) {
            continue;
        }
        if let Some(holiday) = year_list.1.iter().find(|(date, _)| *date == day) {
            skipped.push(*holiday);
            continue;
        }
        counted += 1;
    }
    (day, skipped)
}

/// `d` plus `months` calendar months as Regulation 1182/71 Art. 3 counts them: the same day of the month, or the
/// last day of the target month when that day does not exist there (31 Jan + 1 month = 28 or 29 Feb). Counting
/// from the start each time, rather than month by month, is what keeps 31 Jan + 3 months on 30 Apr.
///
/// Panics if the result is outside chrono's date range.
pub fn add_months_legal(d: NaiveDate, months: u32) -> NaiveDate {
    let index = i64::from(d.year()) * 12 + i64::from(d.month0()) + i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).expect("year outside chrono's range");
    let month = index.rem_euclid(12) as u32 + 1;
    let day = d.day().min(last_day_of_month(year, month).day());
    ymd(year, month, day)
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("date outside chrono's range")
}

fn next_day(d: NaiveDate) -> NaiveDate {
    d.succ_opt().expect("date outside chrono's range")
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let first_of_next = if month == 12 {
        ymd(year + 1, 1, 1)
    } else {
        ymd(year, month + 1, 1)
    };
    first_of_next
        .pred_opt()
        .expect("date outside chrono's range")
}

fn first_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> NaiveDate {
    let first = ymd(year, month, 1);
    let offset = (7 + weekday.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7;
    first + Days::new(u64::from(offset))
}

fn last_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> NaiveDate {
    let last = last_day_of_month(year, month);
    let offset = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    last - Days::new(u64::from(offset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use HolidayCalendar::{EnglandWales, France, FranceAlsaceMoselle};

    fn d(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn easter_sunday_matches_published_dates() {
        fn check(year: i32, expected: NaiveDate) {
            let got = easter_sunday(year);
            assert_eq!(got, expected, "Easter {year}");
            assert_eq!(got.weekday(), Weekday::Sun, "Easter {year} is a Sunday");
        }
        for (year, expected) in [
            (2008, d(2008, 3, 23)),
            (2019, d(2019, 4, 21)),
            (2024, d(2024, 3, 31)),
            (2025, d(2025, 4, 20)),
            (2026, d(2026, 4, 5)),
            (2027, d(2027, 3, 28)),
            (2028, d(2028, 4, 16)),
            // The latest and the earliest possible dates, to exercise both ends of the algorithm.
            (2038, d(2038, 4, 25)),
            (2285, d(2285, 3, 22)),
        ] {
            check(year, expected);
        }
    }

    #[test]
    fn holidays_are_the_full_sorted_lists_for_2025_to_2028() {
        // Each case is a calendar, a year and its holidays as "MM-DD name", separated by semicolons.
        let cases: &[(HolidayCalendar, i32, &str)] = &[
            (
                France,
                2025,
                concat!(
                    "01-01 New Year's Day; 04-21 Easter Monday; 05-01 Labour Day; 05-08 Victory in Europe Day; ",
                    "05-29 Ascension Day; 06-09 Whit Monday; 07-14 Bastille Day; 08-15 Assumption Day; ",
                    "11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day"
                ),
            ),
            (
                France,
                2026,
                concat!(
                    "01-01 New Year's Day; 04-06 Easter Monday; 05-01 Labour Day; 05-08 Victory in Europe Day; ",
                    "05-14 Ascension Day; 05-25 Whit Monday; 07-14 Bastille Day; 08-15 Assumption Day; ",
                    "11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day"
                ),
            ),
            (
                France,
                2027,
                concat!(
                    "01-01 New Year's Day; 03-29 Easter Monday; 05-01 Labour Day; 05-06 Ascension Day; ",
                    "05-08 Victory in Europe Day; 05-17 Whit Monday; 07-14 Bastille Day; 08-15 Assumption Day; ",
                    "11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day"
                ),
            ),
            (
                France,
                2028,
                concat!(
                    "01-01 New Year's Day; 04-17 Easter Monday; 05-01 Labour Day; 05-08 Victory in Europe Day; ",
                    "05-25 Ascension Day; 06-05 Whit Monday; 07-14 Bastille Day; 08-15 Assumption Day; ",
                    "11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day"
                ),
            ),
            (
                FranceAlsaceMoselle,
                2025,
                concat!(
                    "01-01 New Year's Day; 04-18 Good Friday; 04-21 Easter Monday; 05-01 Labour Day; ",
                    "05-08 Victory in Europe Day; 05-29 Ascension Day; 06-09 Whit Monday; 07-14 Bastille Day; ",
                    "08-15 Assumption Day; 11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day; ",
                    "12-26 St Stephen's Day"
                ),
            ),
            (
                FranceAlsaceMoselle,
                2026,
                concat!(
                    "01-01 New Year's Day; 04-03 Good Friday; 04-06 Easter Monday; 05-01 Labour Day; ",
                    "05-08 Victory in Europe Day; 05-14 Ascension Day; 05-25 Whit Monday; 07-14 Bastille Day; ",
                    "08-15 Assumption Day; 11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day; ",
                    "12-26 St Stephen's Day"
                ),
            ),
            (
                FranceAlsaceMoselle,
                2027,
                concat!(
                    "01-01 New Year's Day; 03-26 Good Friday; 03-29 Easter Monday; 05-01 Labour Day; ",
                    "05-06 Ascension Day; 05-08 Victory in Europe Day; 05-17 Whit Monday; 07-14 Bastille Day; ",
                    "08-15 Assumption Day; 11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day; ",
                    "12-26 St Stephen's Day"
                ),
            ),
            (
                FranceAlsaceMoselle,
                2028,
                concat!(
                    "01-01 New Year's Day; 04-14 Good Friday; 04-17 Easter Monday; 05-01 Labour Day; ",
                    "05-08 Victory in Europe Day; 05-25 Ascension Day; 06-05 Whit Monday; 07-14 Bastille Day; ",
                    "08-15 Assumption Day; 11-01 All Saints' Day; 11-11 Armistice Day; 12-25 Christmas Day; ",
                    "12-26 St Stephen's Day"
                ),
            ),
            (
                EnglandWales,
                2025,
                concat!(
                    "01-01 New Year's Day; 04-18 Good Friday; 04-21 Easter Monday; 05-05 Early May bank holiday; ",
                    "05-26 Spring bank holiday; 08-25 Summer bank holiday; 12-25 Christmas Day; 12-26 Boxing Day"
                ),
            ),
            (
                EnglandWales,
                2026,
                concat!(
                    "01-01 New Year's Day; 04-03 Good Friday; 04-06 Easter Monday; 05-04 Early May bank holiday; ",
                    "05-25 Spring bank holiday; 08-31 Summer bank holiday; 12-25 Christmas Day; ",
                    "12-28 Boxing Day (substitute day)"
                ),
            ),
            (
                EnglandWales,
                2027,
                concat!(
                    "01-01 New Year's Day; 03-26 Good Friday; 03-29 Easter Monday; 05-03 Early May bank holiday; ",
                    "05-31 Spring bank holiday; 08-30 Summer bank holiday; 12-27 Christmas Day (substitute day); ",
                    "12-28 Boxing Day (substitute day)"
                ),
            ),
            (
                EnglandWales,
                2028,
                concat!(
                    "01-03 New Year's Day (substitute day); 04-14 Good Friday; 04-17 Easter Monday; ",
                    "05-01 Early May bank holiday; 05-29 Spring bank holiday; 08-28 Summer bank holiday; ",
                    "12-25 Christmas Day; 12-26 Boxing Day"
                ),
            ),
        ];
        for &(cal, year, expected) in cases {
            let expected: Vec<(NaiveDate, &str)> = expected
                .split("; ")
                .map(|h| {
                    let (date, name) = h.trim().split_once(' ').unwrap();
                    let (m, day) = date.split_once('-').unwrap();
                    (d(year, m.parse().unwrap(), day.parse().unwrap()), name)
                })
                .collect();
            assert_eq!(holidays(cal, year), expected, "{cal} {year}");
        }
    }

    #[test]
    fn england_wales_substitute_skips_a_weekday_that_is_already_a_holiday() {
        // In 2022 Christmas fell on a Sunday and Boxing Day on the Monday, so Christmas moved to the Tuesday.
        fn check(year: i32, expected: &[(u32, u32, &str)]) {
            let got: Vec<(NaiveDate, &str)> = holidays(EnglandWales, year)
                .into_iter()
                .filter(|(date, _)| date.month() == 12)
                .collect();
            let expected: Vec<(NaiveDate, &str)> = expected
                .iter()
                .map(|&(m, day, name)| (d(year, m, day), name))
                .collect();
            assert_eq!(got, expected, "{year}");
        }
        for (year, expected) in [
            (
                2022,
                &[
                    (12, 26, "Boxing Day"),
                    (12, 27, "Christmas Day (substitute day)"),
                ][..],
            ),
            (
                2021,
                &[
                    (12, 27, "Christmas Day (substitute day)"),
                    (12, 28, "Boxing Day (substitute day)"),
                ][..],
            ),
            (
                2032,
                &[
                    (12, 27, "Christmas Day (substitute day)"),
                    (12, 28, "Boxing Day (substitute day)"),
                ][..],
            ),
        ] {
            check(year, expected);
        }
    }

    #[test]
    fn two_holidays_on_one_date_are_both_named() {
        fn check(cal: &WorkingCalendar, date: NaiveDate, expected: &str) {
            assert_eq!(cal.is_holiday(date).as_deref(), Some(expected), "{date}");
        }
        // Easter 2008 was 23 Mar, so Ascension fell on Labour Day.
        check(
            &WorkingCalendar::new(France, []),
            d(2008, 5, 1),
            "Labour Day and Ascension Day",
        );
        assert_eq!(
            holidays(France, 2008)
                .iter()
                .filter(|(date, _)| *date == d(2008, 5, 1))
                .count(),
            2
        );
    }

    #[test]
    fn add_months_legal_keeps_the_day_or_falls_back_to_the_month_end() {
        fn check(from: NaiveDate, months: u32, expected: NaiveDate) {
            assert_eq!(
                add_months_legal(from, months),
                expected,
                "{from} + {months} months"
            );
        }
        for (from, months, expected) in [
            (d(2025, 9, 3), 1, d(2025, 10, 3)),
            (d(2025, 3, 31), 1, d(2025, 4, 30)),
            (d(2025, 1, 31), 1, d(2025, 2, 28)),
            (d(2028, 1, 31), 1, d(2028, 2, 29)),
            (d(2027, 1, 30), 1, d(2027, 2, 28)),
            (d(2028, 1, 30), 1, d(2028, 2, 29)),
            (d(2028, 2, 29), 1, d(2028, 3, 29)),
            (d(2028, 2, 29), 12, d(2029, 2, 28)),
            (d(2025, 12, 15), 1, d(2026, 1, 15)),
            (d(2025, 12, 31), 2, d(2026, 2, 28)),
            (d(2025, 11, 30), 3, d(2026, 2, 28)),
            // Three months from 31 Jan is 30 Apr, not 28 Apr: the months are counted from the start at once.
            (d(2026, 1, 31), 3, d(2026, 4, 30)),
            (d(2026, 4, 7), 0, d(2026, 4, 7)),
        ] {
            check(from, months, expected);
        }
    }

    #[test]
    fn is_holiday_names_the_holiday() {
        fn check(cal: &WorkingCalendar, date: NaiveDate, expected: Option<&str>) {
            assert_eq!(
                cal.is_holiday(date).as_deref(),
                expected,
                "{:?} {date}",
                cal.calendar()
            );
        }
        let france = WorkingCalendar::new(France, []);
        let alsace = WorkingCalendar::new(FranceAlsaceMoselle, []);
        // In 2020 the early May bank holiday moved to Fri 8 May for VE day: a user records that by adding the date.
        let england = WorkingCalendar::new(EnglandWales, [d(2020, 5, 8), d(2026, 6, 15)]);
        let cases = [
            (&france, d(2025, 12, 25), Some("Christmas Day")),
            (&france, d(2026, 5, 25), Some("Whit Monday")),
            (&france, d(2026, 5, 14), Some("Ascension Day")),
            (&france, d(2026, 4, 3), None),
            (&france, d(2026, 12, 26), None),
            (&alsace, d(2026, 4, 3), Some("Good Friday")),
            (&alsace, d(2026, 12, 26), Some("St Stephen's Day")),
            (
                &england,
                d(2026, 12, 28),
                Some("Boxing Day (substitute day)"),
            ),
            (&england, d(2026, 12, 26), None),
            (&england, d(2020, 5, 8), Some("Added holiday")),
            (&england, d(2026, 6, 15), Some("Added holiday")),
            (&england, d(2026, 7, 14), None),
        ];
        for (cal, date, expected) in cases {
            check(cal, date, expected);
        }
    }

    #[test]
    fn working_days_are_weekdays_that_are_not_holidays() {
        fn check(cal: &WorkingCalendar, date: NaiveDate, expected: bool) {
            assert_eq!(
                cal.is_working_day(date),
                expected,
                "{:?} {date}",
                cal.calendar()
            );
        }
        let france = WorkingCalendar::new(France, []);
        let england = WorkingCalendar::new(EnglandWales, [d(2026, 6, 15)]);
        for (cal, date, expected) in [
            (&france, d(2026, 3, 2), true),
            (&france, d(2026, 3, 7), false),
            (&france, d(2026, 3, 8), false),
            (&france, d(2026, 7, 14), false),
            (&england, d(2026, 7, 14), true),
            (&england, d(2026, 6, 15), false),
            (&england, d(2027, 12, 27), false),
        ] {
            check(cal, date, expected);
        }
    }

    #[test]
    fn next_working_day_on_or_after_skips_weekends_and_holidays() {
        fn check(cal: &WorkingCalendar, date: NaiveDate, expected: NaiveDate) {
            assert_eq!(
                cal.next_working_day_on_or_after(date),
                expected,
                "{:?} {date}",
                cal.calendar()
            );
        }
        let france = WorkingCalendar::new(France, []);
        let alsace = WorkingCalendar::new(FranceAlsaceMoselle, []);
        let england = WorkingCalendar::new(EnglandWales, []);
        for (cal, date, expected) in [
            (&france, d(2026, 3, 4), d(2026, 3, 4)),
            (&france, d(2026, 4, 3), d(2026, 4, 3)),
            (&alsace, d(2026, 4, 3), d(2026, 4, 7)),
            (&france, d(2025, 8, 15), d(2025, 8, 18)),
            (&england, d(2027, 12, 25), d(2027, 12, 29)),
            (&england, d(2027, 12, 31), d(2027, 12, 31)),
            (&england, d(2028, 1, 1), d(2028, 1, 4)),
        ] {
            check(cal, date, expected);
        }
    }

    #[test]
    fn add_working_days_counts_only_working_days_after_the_start() {
        fn check(cal: &WorkingCalendar, from: NaiveDate, n: u32, expected: NaiveDate) {
            assert_eq!(
                cal.add_working_days(from, n),
                expected,
                "{:?} {from} + {n}",
                cal.calendar()
            );
        }
        let france = WorkingCalendar::new(France, []);
        let england = WorkingCalendar::new(EnglandWales, []);
        for (cal, from, n, expected) in [
            (&england, d(2026, 3, 2), 0, d(2026, 3, 2)),
            (&england, d(2026, 3, 7), 0, d(2026, 3, 7)),
            (&england, d(2026, 3, 2), 1, d(2026, 3, 3)),
            (&england, d(2026, 3, 6), 1, d(2026, 3, 9)),
            (&england, d(2026, 3, 1), 10, d(2026, 3, 13)),
            (&england, d(2027, 12, 24), 1, d(2027, 12, 29)),
            (&england, d(2025, 12, 18), 10, d(2026, 1, 6)),
            (&france, d(2026, 5, 7), 1, d(2026, 5, 11)),
            (&france, d(2026, 5, 13), 1, d(2026, 5, 15)),
        ] {
            check(cal, from, n, expected);
        }
    }

    #[test]
    fn holiday_calendar_reads_writes_and_serialises_its_identifier() {
        fn check(text: &str, expected: HolidayCalendar, label: &str) {
            assert_eq!(text.parse::<HolidayCalendar>(), Ok(expected));
            assert_eq!(expected.to_string(), text);
            assert_eq!(expected.label(), label);
            assert_eq!(
                serde_json::to_string(&expected).unwrap(),
                format!("\"{text}\"")
            );
            assert_eq!(
                serde_json::from_str::<HolidayCalendar>(&format!("\"{text}\"")).unwrap(),
                expected
            );
        }
        for (text, expected, label) in [
            ("france", France, "France public holidays"),
            (
                "france-alsace-moselle",
                FranceAlsaceMoselle,
                "France (Alsace-Moselle) public holidays",
            ),
            (
                "england-wales",
                EnglandWales,
                "England and Wales bank holidays",
            ),
        ] {
            check(text, expected, label);
        }
    }

    #[test]
    fn unknown_calendar_names_the_value_and_the_accepted_ones() {
        fn check(text: &str) {
            let message = text.parse::<HolidayCalendar>().unwrap_err().to_string();
            assert!(message.contains(&format!("{text:?}")), "{message}");
            for accepted in ["france", "france-alsace-moselle", "england-wales"] {
                assert!(message.contains(accepted), "{message}");
            }
        }
        for text in ["scotland", "France", ""] {
            check(text);
        }
    }

    /// 5 U.S.C. 6103 with Executive Order 11582's weekend moves, and the California state holidays of Gov. Code
    /// 19853 (CalHR's list): the days CCPA business days skip.
    #[test]
    fn us_federal_and_california_holidays() {
        let cases: [(i32, &[(u32, u32, &str)]); 3] = [
            (
                2026,
                &[
                    (1, 1, "New Year's Day"),
                    (1, 19, "Martin Luther King Jr. Day"),
                    (2, 16, "Presidents' Day"),
                    (3, 31, "Cesar Chavez Day"),
                    (5, 25, "Memorial Day"),
                    (6, 19, "Juneteenth"),
                    // 4 July 2026 is a Saturday: observed on Friday 3 July.
                    (7, 3, "Independence Day"),
                    (9, 7, "Labor Day"),
                    (10, 12, "Columbus Day"),
                    (11, 11, "Veterans Day"),
                    (11, 26, "Thanksgiving Day"),
                    (11, 27, "Day after Thanksgiving"),
                    (12, 25, "Christmas Day"),
                ],
            ),
            (
                2027,
                &[
                    (1, 1, "New Year's Day"),
                    (1, 18, "Martin Luther King Jr. Day"),
                    (2, 15, "Presidents' Day"),
                    (3, 31, "Cesar Chavez Day"),
                    (5, 31, "Memorial Day"),
                    // 19 June 2027 is a Saturday, 4 July a Sunday.
                    (6, 18, "Juneteenth"),
                    (7, 5, "Independence Day"),
                    (9, 6, "Labor Day"),
                    (10, 11, "Columbus Day"),
                    (11, 11, "Veterans Day"),
                    (11, 25, "Thanksgiving Day"),
                    (11, 26, "Day after Thanksgiving"),
                    // 25 December 2027 is a Saturday; 1 January 2028 too, observed on Friday 31 December.
                    (12, 24, "Christmas Day"),
                    (12, 31, "New Year's Day"),
                ],
            ),
            (
                2028,
                &[
                    (1, 17, "Martin Luther King Jr. Day"),
                    (2, 21, "Presidents' Day"),
                    (3, 31, "Cesar Chavez Day"),
                    (5, 29, "Memorial Day"),
                    (6, 19, "Juneteenth"),
                    (7, 4, "Independence Day"),
                    (9, 4, "Labor Day"),
                    (10, 9, "Columbus Day"),
                    // 11 November 2028 is a Saturday: observed on Friday 10 November.
                    (11, 10, "Veterans Day"),
                    (11, 23, "Thanksgiving Day"),
                    (11, 24, "Day after Thanksgiving"),
                    (12, 25, "Christmas Day"),
                ],
            ),
        ];
        for (year, want) in cases {
            let got: Vec<(NaiveDate, &str)> = us_california_holidays(year);
            let want: Vec<(NaiveDate, &str)> = want.iter().map(|(m, day, name)| (d(year, *m, *day), *name)).collect();
            assert_eq!(got, want, "{year}");
        }
        // Cesar Chavez Day on a Sunday moves to Monday; on a Saturday no weekday is closed.
        assert!(us_california_holidays(2024).contains(&(d(2024, 4, 1), "Cesar Chavez Day")));
        assert!(!us_california_holidays(2029).iter().any(|(_, name)| *name == "Cesar Chavez Day"));
    }

    #[test]
    fn us_business_days_skip_weekends_and_name_the_holidays_they_skip() {
        // Thursday 19 Nov 2026 + 10: the Thanksgiving Thursday and Friday do not count.
        assert_eq!(
            add_us_business_days(d(2026, 11, 19), 10),
            (d(2026, 12, 7), vec![(d(2026, 11, 26), "Thanksgiving Day"), (d(2026, 11, 27), "Day after Thanksgiving")])
        );
        // Across the year end: Christmas Day 2026 and New Year's Day 2027.
        assert_eq!(
            add_us_business_days(d(2026, 12, 21), 10),
            (d(2027, 1, 6), vec![(d(2026, 12, 25), "Christmas Day"), (d(2027, 1, 1), "New Year's Day")])
        );
        // Received on a Saturday: Monday is the first business day; no holiday on the way.
        assert_eq!(add_us_business_days(d(2026, 3, 7), 10), (d(2026, 3, 20), vec![]));
        // Easter Monday and 8 May, French holidays, are ordinary business days here.
        assert_eq!(add_us_business_days(d(2026, 5, 1), 10), (d(2026, 5, 15), vec![]));
    }
}
