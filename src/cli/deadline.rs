//! `privdesk deadlines`: everything due, from every module, as a list, JSON or an iCalendar file; and
//! `privdesk reminders`: when each of them reminds.

use super::{print_json, write_file};
use crate::deadline::{reminder, DeadlineFilter, DeadlineModule};
use crate::error::Result;
use crate::store::Store;
use crate::Invalid;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// The exit code of `--fail-if-overdue` when something is overdue: apart from 1 (an error) and 2 (usage).
pub const OVERDUE_EXIT: u8 = 3;

#[derive(Args, Debug)]
pub struct DeadlineArgs {
    /// Only what is due on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Only what is due within this many days from today (and what is overdue).
    #[arg(long, value_name = "DAYS")]
    pub within: Option<String>,
    /// Only these modules: request, breach, policy, notice, review, registration (repeat or comma-separate).
    #[arg(long, value_delimiter = ',')]
    pub module: Vec<String>,
    /// Exit with status 3 when anything listed is overdue (for scripts and cron), after listing as usual.
    #[arg(long)]
    pub fail_if_overdue: bool,
    #[arg(long)]
    pub json: bool,
    /// Write an iCalendar file (needs -o), with the reminders' lead times as alarms.
    #[arg(long)]
    pub ics: bool,
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
}

/// The days of a `--within DAYS`: a whole number, at most ten years.
fn within_days(days: &str) -> std::result::Result<u64, String> {
    let n: u64 = days.trim().parse().map_err(|_| format!("'{}' is not a whole number of days", days.trim()))?;
    if n > 3660 {
        return Err(format!("{n} is more than 3660 days (ten years)"));
    }
    Ok(n)
}

pub fn run(store: &Store, a: DeadlineArgs) -> Result<ExitCode> {
    let mut c = crate::error::Checker::new();
    let modules: Vec<DeadlineModule> = a.module.iter().filter_map(|m| c.check("module", DeadlineModule::parse(m))).collect();
    if a.ics && a.output.is_none() {
        c.push("output", "is required with --ics: the .ics file to write (-o deadlines.ics)");
    }
    let within = match (&a.until, &a.within) {
        (Some(_), Some(_)) => {
            c.push("within", "cannot be given with --until: give one of them");
            None
        }
        (_, Some(days)) => c.check("within", within_days(days)),
        (_, None) => None,
    };
    c.finish()?;
    let until = match within {
        Some(n) => (store.today()? + chrono::Days::new(n)).to_string(),
        None => a.until.unwrap_or_default(),
    };
    let filter = DeadlineFilter { until, modules, ..Default::default() };
    let (items, today) = filter.read(store)?;
    if a.ics {
        let output = a.output.expect("checked");
        let (printed, n) = crate::api::deadline::export_ics(store, &filter)?;
        write_file(&output, &printed.bytes)?;
        println!("Exported {n} deadlines to {}", output.display());
    } else if let Some(output) = a.output {
        return Err(Invalid::field("output", format!("{} given without --ics; add --ics to write an iCalendar file", output.display())).into());
    } else if a.json {
        print_json(&items)?;
    } else if items.is_empty() {
        println!("Nothing due.");
    } else {
        println!("Today is {today}.");
        for d in &items {
            let when = if d.overdue && d.days_left < 0 {
                format!("OVERDUE {}d", -d.days_left)
            } else if d.overdue {
                "OVERDUE".to_string()
            } else if d.days_left == 0 {
                "today".to_string()
            } else {
                format!("in {}d", d.days_left)
            };
            println!("{}  {:<11} {:<8} {}", d.due_on, when, d.module.as_str(), d.title);
            println!("{:31}{}", "", d.rule);
        }
    }
    let overdue = items.iter().filter(|d| d.overdue).count();
    if a.fail_if_overdue && overdue > 0 {
        eprintln!("{overdue} overdue");
        return Ok(ExitCode::from(OVERDUE_EXIT));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args, Debug)]
pub struct ReminderArgs {
    /// The reminders that fall within this many days from now (default 7), after those come and not given yet.
    #[arg(long, value_name = "DAYS", default_value = "7")]
    pub within: String,
    #[arg(long)]
    pub json: bool,
}

/// One reminder of the schedule, as `privdesk reminders --json` lists it.
#[derive(serde::Serialize)]
struct Scheduled<'a> {
    /// The deadline's uid, as in `privdesk deadlines --json`.
    uid: &'a str,
    /// 7d, 1d, 0d, overdue, 24h, 12h, 0h.
    lead: String,
    /// RFC 3339 UTC.
    at: chrono::DateTime<chrono::Utc>,
    /// Come and not given yet: the window gives it at its next check (the latest of those that came, per deadline).
    due_now: bool,
    title: &'a str,
    due_on: chrono::NaiveDate,
}

/// `privdesk reminders`: when each deadline reminds, from the organisation's lead times, up to a few days ahead.
/// It only reads: the window gives the reminders (and remembers them).
pub fn reminders(store: &Store, a: ReminderArgs) -> Result<ExitCode> {
    let days: i64 = a.within.trim().parse().ok().filter(|d| (0..=366).contains(d)).ok_or_else(|| {
        Invalid::field("within", format!("'{}' is not a whole number of days from 0 to 366", a.within.trim()))
    })?;
    let org = store.require_org()?;
    let leads = org.reminder_leads();
    let (now, end) = (store.now(), store.now() + chrono::Duration::days(days));
    let until = org.today(end) + chrono::Days::new(reminder::horizon_days(&leads));
    let (items, _) = crate::deadline::from_store(store, Some(until))?;
    let given = store.reminders_given()?;
    let due = reminder::due(&items, &leads, org.tz(), now, &given);
    let mut rows: Vec<Scheduled<'_>> = due
        .reminders
        .iter()
        .map(|r| Scheduled { uid: &r.deadline.uid, lead: r.lead.clone(), at: r.at, due_now: true, title: &r.deadline.title, due_on: r.deadline.due_on })
        .collect();
    for d in &items {
        for p in reminder::schedule(d, &leads, org.tz()).into_iter().filter(|p| p.at > now && p.at <= end) {
            rows.push(Scheduled { uid: &d.uid, lead: p.lead, at: p.at, due_now: false, title: &d.title, due_on: d.due_on });
        }
    }
    rows.sort_by_key(|r| (r.at, r.uid.to_owned()));
    if a.json {
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "Reminders {} days before a dated deadline, {} hours before a breach deadline; desktop notifications {}.",
        reminder::leads_text(&org.reminder_days),
        reminder::leads_text(&org.reminder_hours),
        if org.desktop_reminders { "on" } else { "off" }
    );
    if rows.is_empty() {
        println!("No reminder within {days} days.");
    }
    let tz = org.tz();
    for r in &rows {
        let local = r.at.with_timezone(&tz).format("%Y-%m-%d %H:%M");
        let state = if r.due_now { "due now" } else { "" };
        println!("{local}  {:<8} {:<8} {}", r.lead, state, r.title);
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args, Debug)]
pub struct AutostartArgs {
    /// on or off; none: say whether the window starts with the session.
    #[arg(value_parser = ["on", "off"])]
    pub state: Option<String>,
    /// The window to start (default: privdesk-app beside this command line).
    #[arg(long, value_name = "PATH")]
    pub window: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

/// `privdesk autostart [on|off]`: the XDG autostart entry that starts the window minimised at login.
pub fn autostart(a: AutostartArgs) -> Result<ExitCode> {
    use crate::autostart;
    let status = match a.state.as_deref() {
        None => autostart::status()?,
        Some(state) => {
            let window = match a.window {
                Some(w) if w.is_file() => w,
                Some(w) => return Err(Invalid::field("window", format!("{} is not a file: give the path of privdesk-app", w.display())).into()),
                None => autostart::window_beside(&std::env::current_exe().map_err(|e| crate::Error::file(std::path::Path::new("privdesk"), e))?)?,
            };
            autostart::set(state == "on", &window)?
        }
    };
    if a.json {
        print_json(&status)?;
    } else if status.enabled {
        println!("Privacy Desk starts with the session, minimised ({}).", status.entry);
    } else {
        println!("Privacy Desk does not start with the session ({} is absent).", status.entry);
    }
    Ok(ExitCode::SUCCESS)
}
