//! `privdesk activity …` (the record of processing), `privdesk print ropa` and `privdesk print binder`.

use crate::api;
use super::{show_with_history, parse_lang, write_printed};
use super::print_json;
use crate::activity::documents::RopaLayout;
use crate::activity::{ActivityDetail, ActivityDraft, ActivityFilter, ActivityId, ActivitySummary, CustomerProcessingDraft, DataItemDraft, MeasureDraft, TransferDraft};
use crate::document::Lang;
use crate::error::Result;
use crate::id::SubprocessorId;
use crate::store::Store;
use crate::subprocessor::Subprocessor;
use crate::text::fold;
use crate::Invalid;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

draft_flags! {
    /// An activity's fields; on `edit`, only the options given change, and a repeated option replaces its whole list.
    pub struct ActivityArgs for ActivityDraft {
        /// A short name for the activity ("Customer support").
        name,
        /// controller (default) or processor (carried out for customers).
        role,
        /// The business function or team (HR, Sales, Product).
        function => business_function,
        /// consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests (or a-f).
        basis => lawful_basis,
        /// The interests pursued, for legitimate interests.
        legitimate_interests,
        /// Special-category data processed, comma-separated (health, trade union membership).
        sensitive => sensitive_data,
        /// The Art. 9(2) condition: explicit-consent, employment, … (or a-j).
        art9 => art9_condition,
        /// Categories of people, comma-separated.
        subjects => subject_categories,
        /// Where the data come from.
        source,
        /// Internal recipients (teams, roles), comma-separated.
        internal => recipients_internal,
        /// External bodies receiving the data, comma-separated.
        external => recipients_external,
        /// Is a DPIA needed: yes or no.
        dpia => dpia_needed,
        dpia_reference,
        joint_controller,
        /// The software used.
        software,
        /// The rights people have (default: those that follow from the lawful basis).
        rights,
        automated_decisions,
        /// Where the data are kept.
        location,
        notes,
    }
    /// A purpose; repeat for several.
    #[arg(long = "purpose", value_name = "TEXT")]
    pub purposes: Vec<String>,
    /// A category of data: "CATEGORY[: DETAILS][= RETENTION]", a CNIL category (identity, personal-life,
    /// professional-life, economic-financial, connection, location, internet, other) or your own words; repeat.
    #[arg(long = "data", value_name = "ENTRY")]
    pub data: Vec<String>,
    /// A subprocessor of the register, by number or name; repeat.
    #[arg(long = "subprocessor", value_name = "ID|NAME")]
    pub subprocessors: Vec<String>,
    /// A transfer outside the EEA: "RECIPIENT@COUNTRY[=SAFEGUARD]"; a linked subprocessor's name overrides its
    /// safeguard for that country; repeat.
    #[arg(long = "transfer", value_name = "ENTRY")]
    pub transfers: Vec<String>,
    /// A security measure: "KIND[: DETAILS]" (access-control, traceability, software-protection, backup,
    /// encryption, processor-control, other); repeat.
    #[arg(long = "security", value_name = "ENTRY")]
    pub security: Vec<String>,
    /// For a processor activity, a customer and what is done for it: "CUSTOMER: processing, processing"; repeat.
    #[arg(long = "customer", value_name = "ENTRY")]
    pub customers: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

/// Splits "head<sep>rest" at the first separator, trimming both sides.
fn split_once(s: &str, sep: char) -> (String, String) {
    match s.split_once(sep) {
        Some((a, b)) => (a.trim().to_string(), b.trim().to_string()),
        None => (s.trim().to_string(), String::new()),
    }
}

/// Finds a subprocessor by number ("3", "#3") or by name (case and accents ignored).
fn find_subprocessor(register: &[Subprocessor], key: &str) -> Option<SubprocessorId> {
    if let Ok(id) = key.parse::<SubprocessorId>() {
        return register.iter().find(|s| s.id == id).map(|s| s.id).or(Some(id));
    }
    register.iter().find(|s| fold(&s.data.name) == fold(key)).map(|s| s.id)
}

impl ActivityArgs {
    fn apply(&self, d: &mut ActivityDraft, register: &[Subprocessor]) -> Result<()> {
        self.apply_flags(d);
        if !self.purposes.is_empty() {
            d.purposes = self.purposes.clone();
        }
        if !self.data.is_empty() {
            d.data_categories = self
                .data
                .iter()
                .map(|e| {
                    let (head, retention) = split_once(e, '=');
                    let (category, description) = split_once(&head, ':');
                    DataItemDraft { category, description, retention }
                })
                .collect();
        }
        if !self.subprocessors.is_empty() {
            let mut unknown = Vec::new();
            d.subprocessor_ids = self
                .subprocessors
                .iter()
                .flat_map(|s| s.split(','))
                .filter(|s| !s.trim().is_empty())
                .filter_map(|s| {
                    let found = find_subprocessor(register, s.trim());
                    if found.is_none() {
                        unknown.push(format!("'{}'", s.trim()));
                    }
                    found
                })
                .collect();
            if !unknown.is_empty() {
                return Err(Invalid::field("subprocessor", format!("{} not in the subprocessor register (use its number or exact name)", unknown.join(", "))).into());
            }
        }
        if !self.transfers.is_empty() {
            d.transfers = self
                .transfers
                .iter()
                .map(|e| {
                    let (head, safeguard) = split_once(e, '=');
                    let (recipient, country) = match head.rsplit_once('@') {
                        Some((r, c)) => (r.trim().to_string(), c.trim().to_string()),
                        None => (String::new(), head),
                    };
                    // A recipient that is a linked subprocessor becomes a link, so that the safeguard overrides the
                    // register's for that country instead of adding a second transfer.
                    let linked = find_subprocessor(register, &recipient).filter(|id| d.subprocessor_ids.contains(id));
                    match linked {
                        Some(id) => TransferDraft { subprocessor_id: Some(id), country, safeguard, ..Default::default() },
                        None => TransferDraft { recipient, country, safeguard, ..Default::default() },
                    }
                })
                .collect();
        }
        if !self.security.is_empty() {
            d.security_measures = self
                .security
                .iter()
                .map(|e| {
                    let (kind, details) = split_once(e, ':');
                    MeasureDraft { kind, details }
                })
                .collect();
        }
        if !self.customers.is_empty() {
            d.customers = self
                .customers
                .iter()
                .map(|e| {
                    let (customer, processing) = split_once(e, ':');
                    CustomerProcessingDraft { customer, processing: vec![processing] }
                })
                .collect();
        }
        Ok(())
    }
}

#[derive(Subcommand, Debug)]
pub enum ActivityCommand {
    /// Add an activity to the record of processing.
    Add(ActivityArgs),
    /// List the activities (current ones; --all adds the archived), with the number of gaps against Art. 30.
    List {
        #[arg(long)]
        search: Option<String>,
        /// Include archived activities.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show one activity: its fields, transfers outside the EEA, gaps against Art. 30 and history.
    Show(super::ShowArgs),
    /// Change fields of an activity.
    Edit(super::EditArgs<ActivityArgs>),
    /// Copy an activity under a new name ("Copy of …").
    Duplicate {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Archive an activity that has stopped (it is kept, never deleted).
    Archive {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring an archived activity back.
    Restore {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// The processor record (Art. 30(2)): each customer and the processing done for it.
    Customers {
        #[arg(long)]
        json: bool,
    },
    /// The record as a spreadsheet: one row per activity in the CNIL's register layout or the ICO's template.
    Export {
        /// xlsx (a workbook) or csv.
        #[arg(long, value_enum)]
        format: crate::sheet::SheetFormat,
        /// cnil (the CNIL register) or ico (the ICO template).
        #[arg(long)]
        layout: String,
        /// en or fr (default: the layout's own, French for cnil and English for ico).
        #[arg(long)]
        lang: Option<String>,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct RopaArgs {
    /// cnil (the CNIL register) or ico (the ICO template).
    #[arg(long)]
    pub layout: String,
    /// en or fr (default: the layout's own, French for cnil and English for ico).
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct BinderArgs {
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// en or fr (default: the organisation's document language).
    #[arg(long)]
    pub lang: Option<String>,
}

fn parse_id(s: &str) -> Result<ActivityId> {
    Ok(s.parse::<ActivityId>()?)
}

fn report(store: &Store, id: ActivityId, json: bool, verb: &str) -> Result<ExitCode> {
    let detail = store.activity_detail(id)?;
    if json {
        print_json(&detail)?;
    } else {
        println!("{verb} activity #{}: {}", detail.activity.id, detail.activity.data.name);
        for w in &detail.warnings {
            println!("  warning: {}{}", w.message, if w.advice.is_empty() { String::new() } else { format!(" {}", w.advice) });
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(store: &mut Store, cmd: ActivityCommand) -> Result<ExitCode> {
    match cmd {
        ActivityCommand::Add(args) => {
            let register = store.subprocessors()?;
            let mut d = ActivityDraft::default();
            args.apply(&mut d, &register)?;
            let a = store.add_activity(&d)?;
            report(store, a.id, args.json, "Added")?;
        }
        ActivityCommand::Edit(super::EditArgs { id, fields }) => {
            let id = parse_id(&id)?;
            store.atomically(|s| {
                let register = s.subprocessors()?;
                let mut d = s.activity(id)?.data.to_draft();
                fields.apply(&mut d, &register)?;
                s.update_activity(id, &d)
            })?;
            report(store, id, fields.json, "Updated")?;
        }
        ActivityCommand::Duplicate { id, json } => {
            let a = store.duplicate_activity(parse_id(&id)?)?;
            report(store, a.id, json, "Added")?;
        }
        ActivityCommand::Archive { id, json } => {
            let a = store.archive_activity(parse_id(&id)?)?;
            report(store, a.id, json, "Archived")?;
        }
        ActivityCommand::Restore { id, json } => {
            let a = store.restore_activity(parse_id(&id)?)?;
            report(store, a.id, json, "Restored")?;
        }
        ActivityCommand::List { search, all, json } => {
            let f = ActivityFilter { query: search.unwrap_or_default(), include_archived: all, role: None };
            let shown: Vec<ActivitySummary> = crate::api::activity::list(store, &f)?;
            if json {
                print_json(&shown)?;
            } else if shown.is_empty() {
                println!("No activity matches.");
            } else {
                println!("{:>4}  {:<36} {:<10} {:<20} {:>5}  Archived", "ID", "Name", "Role", "Lawful basis", "Gaps");
                for s in shown {
                    println!(
                        "{:>4}  {:<36} {:<10} {:<20} {:>5}  {}",
                        s.id.0,
                        s.name.chars().take(36).collect::<String>(),
                        s.role.as_str(),
                        s.lawful_basis.map(|b| b.as_str()).unwrap_or("-"),
                        s.warning_count,
                        s.archived_on.map(|d| d.to_string()).unwrap_or_default()
                    );
                }
            }
        }
        ActivityCommand::Show(super::ShowArgs { id, json }) => {
            let id = parse_id(&id)?;
            return show_with_history(store, "activity", id.0, &store.activity_detail(id)?, json, print_detail);
        }
        ActivityCommand::Export { format, layout, lang, output } => {
            let layout = RopaLayout::parse(&layout).map_err(|e| Invalid::field("layout", e))?;
            return write_printed(&output, api::activity::export(store, format, layout, parse_lang(lang)?)?);
        }
        ActivityCommand::Customers { json } => {
            let record = store.processor_record()?;
            if json {
                print_json(&record)?;
            } else if record.customers.is_empty() {
                println!("No processor activity names a customer.");
            } else {
                for c in &record.customers {
                    println!("{}", c.customer);
                    for a in &c.activities {
                        println!("  #{} {}: {}", a.activity_id, a.activity, a.processing.join(", "));
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_detail(d: &ActivityDetail) {
    let a = &d.activity;
    let x = &a.data;
    let list = |v: &[String]| if v.is_empty() { None } else { Some(v.join(", ")) };
    let data: Vec<String> = x
        .data_categories
        .iter()
        .map(|i| {
            let mut s = i.category.as_str().to_string();
            if let Some(desc) = &i.description {
                s.push_str(&format!(": {desc}"));
            }
            if let Some(r) = &i.retention {
                s.push_str(&format!(" (kept {r})"));
            }
            s
        })
        .collect();
    let transfers: Vec<String> = d
        .transfers
        .iter()
        .map(|t| format!("{} → {} ({})", t.recipient, t.country, t.safeguard.map(|s| s.as_str()).unwrap_or("no safeguard")))
        .collect();
    let security: Vec<String> =
        x.security_measures.iter().map(|m| m.details.as_ref().map(|dt| format!("{}: {dt}", m.kind.as_str())).unwrap_or_else(|| m.kind.as_str().into())).collect();
    let customers: Vec<String> = x.customers.iter().map(|c| format!("{} ({})", c.customer, c.processing.join(", "))).collect();
    let lines = [
        ("ID", Some(a.id.to_string())),
        ("Name", Some(x.name.clone())),
        ("Role", Some(x.role.as_str().to_string())),
        ("Function", x.business_function.clone()),
        ("Purposes", list(&x.purposes)),
        ("Lawful basis", x.lawful_basis.map(|b| b.label(Lang::En).to_string())),
        ("Legit. interests", x.legitimate_interests.clone()),
        ("Sensitive data", list(&x.sensitive_data)),
        ("Art. 9 condition", x.art9_condition.map(|c| c.label(Lang::En).to_string())),
        ("People", list(&x.subject_categories)),
        ("Data", list(&data)),
        ("Source", x.source.clone()),
        ("Internal", list(&x.recipients_internal)),
        ("External", list(&x.recipients_external)),
        ("Subprocessors", list(&d.subprocessors.iter().map(|s| format!("#{} {}", s.id, s.name)).collect::<Vec<_>>())),
        ("Transfers", list(&transfers)),
        ("Security", list(&security)),
        ("DPIA needed", x.dpia_needed.map(|b| if b { "yes".to_string() } else { "no".to_string() })),
        ("DPIA reference", x.dpia_reference.clone()),
        ("Customers", list(&customers)),
        ("Archived", a.archived_on.map(|d| d.to_string())),
    ];
    for (label, value) in lines {
        if let Some(v) = value {
            println!("{label:<18}{v}");
        }
    }
    if !d.warnings.is_empty() {
        println!("\nGaps against Art. 30:");
        for w in &d.warnings {
            println!("  - {}{}", w.message, if w.advice.is_empty() { String::new() } else { format!(" {}", w.advice) });
        }
    }
}

pub fn print_ropa(store: &Store, a: RopaArgs) -> Result<ExitCode> {
    let layout = RopaLayout::parse(&a.layout).map_err(|e| Invalid::field("layout", e))?;
    write_printed(&a.output, api::activity::print_ropa(store, layout, parse_lang(a.lang)?, &crate::progress::Progress::none())?)
}

pub fn print_binder(store: &Store, a: BinderArgs) -> Result<ExitCode> {
    write_printed(&a.output, api::print_binder(store, parse_lang(a.lang)?, &crate::progress::Progress::none())?)
}
