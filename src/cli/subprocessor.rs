//! `privdesk subprocessor ...` and `privdesk print subprocessors`: the register from the command line. The JSON
//! of `list` is the same `SubprocessorView` the window receives.

use super::{show_with_history, notice, parse_lang, print_json, terminal, truncate, write_file, write_printed};
use crate::api;
use crate::document::Lang;
use crate::error::{Error, Result};
use crate::id::SubprocessorId;
use crate::store::Store;
use crate::subprocessor::export::ExportFormat;
use crate::subprocessor::{self, Category, Filter, SortKey, Status, SubprocessorDraft};
use clap::{Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn parse_id(s: &str) -> Result<SubprocessorId> {
    s.parse::<SubprocessorId>().map_err(Error::from)
}

draft_flags! {
    pub struct SubprocessorArgs for SubprocessorDraft {
        name,
        /// What the subprocessor does for us.
        service,
        /// hosting, analytics, payments, email, support, monitoring, authentication, communication, security, other.
        category,
        /// Country of establishment (ISO code or English or French name).
        country,
        /// Processing locations, comma-separated (FR,US or "France, United States").
        locations,
        website,
        legal_entity,
        address,
        purpose,
        /// Categories of personal data, comma-separated.
        data_categories,
        /// Categories of data subjects, comma-separated.
        subjects => subject_categories,
        /// not-needed, adequacy, dpf, scc, uk-idta, uk-addendum, bcr, derogation.
        transfer => transfer_mechanism,
        /// The 2021 SCC module with --transfer scc or uk-addendum: 1 (controller to controller), 2 (controller to
        /// processor), 3 (processor to processor) or 4 (processor to controller).
        scc_module,
        transfer_notes,
        /// Date the DPA was signed (YYYY-MM-DD).
        dpa_signed_on,
        dpa_reference,
        /// Certifications, comma-separated (ISO 27001, SOC 2 Type II).
        certifications,
        /// Date of the last security review (YYYY-MM-DD).
        reviewed_on => security_reviewed_on,
        /// Who on the team can access the data through it.
        access,
        privacy_policy => privacy_policy_url,
        /// proposed, announced, active (default) or retired.
        status,
        started_on,
        notes,
    }
    #[arg(long)]
    pub json: bool,
}

impl SubprocessorArgs {
    fn apply(&self, d: &mut SubprocessorDraft) {
        self.apply_flags(d);
    }
}

#[derive(Subcommand, Debug)]
pub enum SubprocessorCommand {
    /// Add a subprocessor.
    Add(SubprocessorArgs),
    /// List the register.
    List {
        /// Only records matching every word (name, service, country, …).
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        category: Option<String>,
        /// name, category, country, status or updated.
        #[arg(long, value_enum, default_value = "name")]
        sort: SortArg,
        /// Skip this many matches (with --limit, to page through a large register).
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Show at most this many matches.
        #[arg(long)]
        limit: Option<u64>,
        #[arg(long)]
        json: bool,
    },
    /// Show one record and its history.
    Show(super::ShowArgs),
    /// Change fields of a record.
    Edit(super::EditArgs<SubprocessorArgs>),
    /// Archive a record: status retired with the end date. Records are never deleted.
    Retire {
        id: String,
        /// The last day it was used (YYYY-MM-DD).
        #[arg(long)]
        on: String,
        #[arg(long)]
        json: bool,
    },
    /// Import a spreadsheet (CSV, comma or semicolon, English or French headers). All rows or none.
    Import {
        /// A CSV file (comma or semicolon, UTF-8 or UTF-16), an .xlsx, .xls or .ods workbook.
        file: PathBuf,
        /// Which column fills which field, where the headers do not say: 'name=Fournisseur,service=Objet,ignore=Notes'
        /// (fields: the names of `subprocessor show --json`, or ignore).
        #[arg(long, value_name = "FIELD=COLUMN,...")]
        map: Option<String>,
        /// Check the file and show what would change, without writing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// Announce a new or replacing subprocessor to the customers: opens a change notice with its objection period.
    Announce(notice::AnnounceArgs),
    /// Record a customer's objection to a change notice.
    Objection(notice::ObjectionArgs),
    /// Record how an objection ended: resolved, customer-left or not-used.
    ObjectionOutcome(notice::OutcomeArgs),
    /// List the change notices with their objection periods.
    Notices {
        #[arg(long)]
        json: bool,
    },
    /// Show one change notice with the customers told and the objections.
    Notice {
        notice_id: String,
        #[arg(long)]
        json: bool,
    },
    /// Mark a subprocessor active (engaged); before its notice's earliest engagement date a reason is required.
    Activate(notice::ActivateArgs),
    /// The customers told of subprocessor changes.
    #[command(subcommand)]
    Customer(notice::CustomerCommand),
    /// Export the register.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SortArg {
    Name,
    Category,
    Country,
    Status,
    Updated,
}

pub fn run(store: &mut Store, cmd: SubprocessorCommand) -> Result<ExitCode> {
    match cmd {
        SubprocessorCommand::Add(args) => {
            let mut d = SubprocessorDraft::default();
            args.apply(&mut d);
            let s = store.add_subprocessor(&d)?;
            if args.json {
                print_json(&s)?;
            } else {
                println!("Added subprocessor #{}: {}", s.id, s.data.name);
            }
        }
        SubprocessorCommand::List { search, status, category, sort, offset, limit, json } => {
            let filter = Filter {
                query: search.unwrap_or_default(),
                status: status.map(|s| Status::parse(&s)).transpose().map_err(|r| crate::Invalid::field("status", r))?,
                category: category.map(|c| Category::parse(&c)).transpose().map_err(|r| crate::Invalid::field("category", r))?,
                sort: match sort {
                    SortArg::Name => SortKey::Name,
                    SortArg::Category => SortKey::Category,
                    SortArg::Country => SortKey::Country,
                    SortArg::Status => SortKey::Status,
                    SortArg::Updated => SortKey::Updated,
                },
                descending: false,
                offset,
                limit,
            };
            let shown = api::subprocessor::list(store, &filter)?.rows;
            if json {
                print_json(&shown)?;
            } else if shown.is_empty() {
                println!("No subprocessor matches.");
            } else {
                let mut out = terminal::Out::new();
                out.line(&format!("{:>4}  {:<36} {:<14} {:<3} {:<9} Locations", "ID", "Name", "Category", "CC", "Status"));
                for s in shown.iter().map(|v| &v.subprocessor) {
                    out.line(&format!("{:>4}  {:<36} {:<14} {:<3} {:<9} {}",
                        s.id.0,
                        truncate(&s.data.name, 36),
                        s.data.category.as_str(),
                        s.data.country,
                        s.data.status.as_str(),
                        s.data.locations.join(",")
                    ));
                }
            }
        }
        SubprocessorCommand::Show(super::ShowArgs { id, json }) => {
            let id = parse_id(&id)?;
            return show_with_history(store, "subprocessor", id.0, &store.subprocessor(id)?, json, print_subprocessor);
        }
        SubprocessorCommand::Edit(super::EditArgs { id, fields }) => {
            let id = parse_id(&id)?;
            let s = store.atomically(|s| {
                let mut d = s.subprocessor(id)?.data.to_draft();
                fields.apply(&mut d);
                s.update_subprocessor(id, &d)
            })?;
            if fields.json {
                print_json(&s)?;
            } else {
                println!("Updated subprocessor #{}: {}", s.id, s.data.name);
            }
        }
        SubprocessorCommand::Retire { id, on, json } => {
            let s = api::subprocessor::retire(store, parse_id(&id)?, &on)?;
            if json {
                print_json(&s)?;
            } else {
                println!("Retired subprocessor #{}: {} (last used {})", s.id, s.data.name, s.data.ended_on.map(|d| d.to_string()).unwrap_or_default());
            }
        }
        SubprocessorCommand::Import { file, map, dry_run, json } => {
            let bytes = std::fs::read(&file).map_err(|e| Error::file(&file, e))?;
            let source = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let map = map.as_deref().map(crate::subprocessor::sheet_import::parse_map).transpose()?.unwrap_or_default();
            let plan = api::subprocessor::import(store, &bytes, &source, &map, dry_run, &crate::progress::Progress::none())?;
            if json {
                print_json(&serde_json::json!({
                    "dry_run": dry_run, "added": plan.added, "updated": plan.updated, "unchanged": plan.unchanged,
                    "columns": plan.columns, "ignored": plan.ignored, "rows": plan.rows,
                }))?;
            } else {
                for c in &plan.columns {
                    let how = match (&c.field, &c.also) {
                        (Some(f), Some(also)) => format!("{f} (and {also})"),
                        (Some(f), None) => f.clone(),
                        (None, _) => "ignored".into(),
                    };
                    let by = match c.how {
                        crate::subprocessor::sheet_import::ColumnHow::Mapped => " (mapped)",
                        _ => "",
                    };
                    println!("column {:<3} {:<28} -> {how}{by}", c.letter, c.column);
                }
                if !plan.ignored.is_empty() {
                    println!("ignored: {}", plan.ignored.join(", "));
                }
                for r in &plan.rows {
                    println!("line {:>4}  {:<9} {}", r.line, r.action, r.data.name);
                    for c in &r.changes {
                        let shown = |v: &str| if v.is_empty() { "(empty)".to_string() } else { v.replace('\n', " / ") };
                        println!("            {}: {} -> {}", c.field, shown(&c.before), shown(&c.after));
                    }
                }
                let verb = if dry_run { "Would import" } else { "Imported" };
                println!("{verb}: {} added, {} updated, {} unchanged.", plan.added, plan.updated, plan.unchanged);
            }
        }
        SubprocessorCommand::Announce(args) => return notice::announce(store, args),
        SubprocessorCommand::Objection(args) => return notice::objection(store, args),
        SubprocessorCommand::ObjectionOutcome(args) => return notice::outcome(store, args),
        SubprocessorCommand::Notices { json } => return notice::notices(store, json),
        SubprocessorCommand::Notice { notice_id, json } => return notice::show(store, &notice_id, json),
        SubprocessorCommand::Activate(args) => return notice::activate(store, args),
        SubprocessorCommand::Customer(cmd) => return notice::customer(store, cmd),
        SubprocessorCommand::Export { format, output } => {
            let printed = api::subprocessor::export(store, format)?;
            write_file(&output, &printed.bytes)?;
            println!("Exported {} subprocessors to {}", store.subprocessors()?.len(), output.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `privdesk print subprocessors -o FILE [--lang en|fr]`.
pub fn print_list(store: &Store, output: &Path, lang: Option<String>) -> Result<ExitCode> {
    let code = write_printed(output, api::subprocessor::print_list(store, parse_lang(lang)?, &crate::progress::Progress::none())?)?;
    // The list is printed; what a customer reading it would ask about is said beside it.
    for gap in api::subprocessor::transfer_gaps(store)? {
        eprintln!("warning: {} (#{}): {}", gap.name, gap.id, gap.explain.en);
    }
    Ok(code)
}

fn print_subprocessor(s: &subprocessor::Subprocessor) {
    let d = &s.data;
    let list = |v: &[String]| if v.is_empty() { None } else { Some(v.join(", ")) };
    let date = |v: Option<chrono::NaiveDate>| v.map(|d| d.to_string());
    let lines = [
        ("ID", Some(s.id.to_string())),
        ("Name", Some(d.name.clone())),
        ("Legal entity", d.legal_entity.clone()),
        ("Address", d.address.clone()),
        ("Country", Some(format!("{} ({})", crate::country::name(&d.country, Lang::En), d.country))),
        ("Service", Some(d.service.clone())),
        ("Purpose", d.purpose.clone()),
        ("Category", Some(d.category.as_str().to_string())),
        ("Data categories", list(&d.data_categories)),
        ("Data subjects", list(&d.subject_categories)),
        ("Locations", list(&d.locations)),
        ("Transfer", Some(subprocessor::print::transfer_text(s, Lang::En))),
        ("Transfer notes", d.transfer_notes.clone()),
        ("DPA signed", date(d.dpa_signed_on)),
        ("DPA reference", d.dpa_reference.clone()),
        ("Certifications", list(&d.certifications)),
        ("Security review", date(d.security_reviewed_on)),
        ("Access", d.access.clone()),
        ("Website", d.website.clone()),
        ("Privacy policy", d.privacy_policy_url.clone()),
        ("Status", Some(d.status.as_str().to_string())),
        ("Started", date(d.started_on)),
        ("Ended", date(d.ended_on)),
        ("Notes", d.notes.clone()),
    ];
    for (label, value) in lines {
        if let Some(v) = value {
            println!("{label:<17}{v}");
        }
    }
}
