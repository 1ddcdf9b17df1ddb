//! `privdesk deadlines`: everything due, from every module, as a list, JSON or an iCalendar file.

use super::{print_json, write_file};
use crate::deadline::{self, DeadlineFilter, DeadlineModule};
use crate::error::Result;
use crate::store::Store;
use crate::Invalid;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct DeadlineArgs {
    /// Only what is due on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Only these modules: request, breach, policy, notice, review (repeat or comma-separate).
    #[arg(long, value_delimiter = ',')]
    pub module: Vec<String>,
    #[arg(long)]
    pub json: bool,
    /// Write an iCalendar file (needs -o).
    #[arg(long)]
    pub ics: bool,
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
}

pub fn run(store: &Store, a: DeadlineArgs) -> Result<ExitCode> {
    let mut c = crate::error::Checker::new();
    let modules: Vec<DeadlineModule> = a.module.iter().filter_map(|m| c.check("module", DeadlineModule::parse(m))).collect();
    if a.ics && a.output.is_none() {
        c.push("output", "is required with --ics: the .ics file to write (-o deadlines.ics)");
    }
    c.finish()?;
    let (items, today) = DeadlineFilter { until: a.until.unwrap_or_default(), modules, ..Default::default() }.read(store)?;
    if a.ics {
        let output = a.output.expect("checked");
        let org = store.require_org()?;
        let text = deadline::ics::to_ics(&items, &format!("Privacy Desk — {}", org.legal_name), store.now());
        write_file(&output, text.as_bytes())?;
        println!("Exported {} deadlines to {}", items.len(), output.display());
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
    Ok(ExitCode::SUCCESS)
}
