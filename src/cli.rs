//! The `privdesk` command line: every capability of the window, for scripts and for people who prefer a terminal.
//! `--json` prints what scripts read; field names there are a contract.

// Every line the command line prints goes through `terminal`, which shows control characters by their code when
// the output is a terminal: these shadow the standard macros for this module and its children, so that no
// `println!` can print stored text raw.
macro_rules! println {
    () => { $crate::cli::terminal::line(false, "") };
    ($($arg:tt)*) => { $crate::cli::terminal::line(false, &format!($($arg)*)) };
}
macro_rules! eprintln {
    ($($arg:tt)*) => { $crate::cli::terminal::line(true, &format!($($arg)*)) };
}

pub mod terminal;
pub mod activity;
pub mod adequacy;
pub mod breach;
pub mod deadline;
pub mod notice;
pub mod policy;
pub mod request;
pub mod safety;

use crate::document::{self, Lang};
use crate::error::{Error, Result};
use crate::id::SubprocessorId;
use crate::org::OrgDraft;
use crate::store::{self, AuditQuery, Store};
use crate::subprocessor::{self, csv_import, export, Category, Filter, SortKey, Status, SubprocessorDraft};
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "privdesk", version, about = "Privacy Desk: the privacy office's registers, clocks and printed records, offline.")]
pub struct Cli {
    /// The database file (default: PRIVDESK_DB, else privdesk.sqlite3 in the user's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Replace an existing output file (-o); without it, an existing file is left as it is and the command fails.
    #[arg(long, global = true)]
    pub force: bool,
    /// A file whose first line is the passphrase of an encrypted database (else PRIVDESK_PASSPHRASE, else a prompt
    /// at a terminal).
    #[arg(long, global = true, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up the organisation profile (first use).
    Init(OrgArgs),
    /// The organisation profile.
    #[command(subcommand)]
    Org(OrgCommand),
    /// The subprocessor register.
    #[command(subcommand)]
    Subprocessor(SubprocessorCommand),
    /// The breach register.
    #[command(subcommand)]
    Breach(breach::BreachCommand),
    /// Data subject requests.
    #[command(subcommand)]
    Request(request::RequestCommand),
    /// The record of processing activities (Art. 30).
    #[command(subcommand)]
    Activity(activity::ActivityCommand),
    /// The EU adequacy list the transfer rules use: show, export, import, reset.
    #[command(subcommand)]
    Adequacy(adequacy::AdequacyCommand),
    /// Policies, their versions and the changes between them with their notice periods.
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    /// Everything due, from every module, overdue first (--ics -o FILE.ics for a calendar).
    Deadlines(deadline::DeadlineArgs),
    /// Print a document to PDF.
    #[command(subcommand)]
    Print(PrintCommand),
    /// The audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Encryption at rest: status, encrypt, change-passphrase, decrypt.
    #[command(subcommand)]
    Security(safety::SecurityCommand),
    /// Back up the whole database into one file (default: into the backup folder beside it); --check FILE
    /// verifies a backup, --list shows the backup folder.
    Backup(safety::BackupArgs),
    /// Replace the database (--db) by a backup, checked first; a copy of the database it replaces is kept.
    Restore(safety::RestoreArgs),
    /// Export everything (every record, the organisation, the adequacy list, the audit log) to one JSON file.
    Export(safety::ExportArgs),
    /// Fill a new or empty database (--db) from an export file.
    Import(safety::ImportArgs),
    /// Fill the database with realistic synthetic data (for demos and benchmarks).
    Demo {
        /// How many subprocessors to add.
        #[arg(long, default_value_t = 0)]
        subprocessors: usize,
    },
    /// Show where the database is and its schema version.
    Info {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug, Default)]
pub struct OrgArgs {
    /// Legal name.
    #[arg(long)]
    pub name: Option<String>,
    /// Country (ISO code or name).
    #[arg(long)]
    pub country: Option<String>,
    /// Supervisory authority: cnil, ico or other.
    #[arg(long)]
    pub authority: Option<String>,
    /// The authority's name when --authority other.
    #[arg(long)]
    pub authority_name: Option<String>,
    /// Holiday calendar: france, france-alsace-moselle or england-wales.
    #[arg(long)]
    pub calendar: Option<String>,
    /// Language of documents: en or fr.
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    /// SIREN/SIRET (France) or Companies House number (United Kingdom).
    #[arg(long)]
    pub company_number: Option<String>,
    /// ICO registration number (Z5347709, ZB413938).
    #[arg(long)]
    pub ico_registration: Option<String>,
    /// ICO fee tier: 1, 2 or 3.
    #[arg(long)]
    pub ico_fee_tier: Option<String>,
    /// controller, processor or both.
    #[arg(long)]
    pub role: Option<String>,
    /// DPO or privacy contact's name.
    #[arg(long)]
    pub contact_name: Option<String>,
    #[arg(long)]
    pub contact_email: Option<String>,
    #[arg(long)]
    pub contact_phone: Option<String>,
    /// The contact is a designated DPO (true or false).
    #[arg(long)]
    pub dpo_designated: Option<bool>,
    /// Legal representative.
    #[arg(long)]
    pub representative: Option<String>,
    #[arg(long)]
    pub headcount: Option<String>,
    /// IANA time zone (Europe/Paris, Europe/London).
    #[arg(long)]
    pub timezone: Option<String>,
    /// Notice period for minor policy changes, in days.
    #[arg(long)]
    pub notice_minor_days: Option<String>,
    #[arg(long)]
    pub notice_substantial_days: Option<String>,
    #[arg(long)]
    pub notice_legal_days: Option<String>,
    /// Objection period for subprocessor changes, in days.
    #[arg(long)]
    pub subprocessor_notice_days: Option<String>,
    /// As a processor, hours to tell a controller of a breach (default 24).
    #[arg(long)]
    pub processor_notice_hours: Option<String>,
    /// Years after a request is closed before the requester's details are pseudonymised (1 to 10; default 3).
    #[arg(long)]
    pub request_retention_years: Option<String>,
    /// Add a one-off public holiday (YYYY-MM-DD); repeat for several.
    #[arg(long, value_name = "DATE")]
    pub add_holiday: Vec<String>,
    /// Remove a holiday added before (YYYY-MM-DD); repeat for several.
    #[arg(long, value_name = "DATE")]
    pub remove_holiday: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

impl OrgArgs {
    fn apply(&self, d: &mut OrgDraft) {
        set(&mut d.legal_name, &self.name);
        set(&mut d.country, &self.country);
        set(&mut d.authority, &self.authority);
        set(&mut d.authority_name, &self.authority_name);
        set(&mut d.calendar, &self.calendar);
        set(&mut d.lang, &self.lang);
        set(&mut d.address, &self.address);
        set(&mut d.company_number, &self.company_number);
        set(&mut d.ico_registration, &self.ico_registration);
        set(&mut d.ico_fee_tier, &self.ico_fee_tier);
        set(&mut d.role, &self.role);
        set(&mut d.contact_name, &self.contact_name);
        set(&mut d.contact_email, &self.contact_email);
        set(&mut d.contact_phone, &self.contact_phone);
        set(&mut d.representative, &self.representative);
        set(&mut d.headcount, &self.headcount);
        set(&mut d.timezone, &self.timezone);
        set(&mut d.notice_minor_days, &self.notice_minor_days);
        set(&mut d.notice_substantial_days, &self.notice_substantial_days);
        set(&mut d.notice_legal_days, &self.notice_legal_days);
        set(&mut d.subprocessor_notice_days, &self.subprocessor_notice_days);
        set(&mut d.processor_notice_hours, &self.processor_notice_hours);
        set(&mut d.request_retention_years, &self.request_retention_years);
        // Added dates go through validation with the rest of the profile; removal compares the written dates.
        d.extra_holidays.extend(self.add_holiday.iter().cloned());
        d.extra_holidays.retain(|h| !self.remove_holiday.iter().any(|r| r.trim() == h.trim()));
        if let Some(b) = self.dpo_designated {
            d.dpo_designated = b;
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum OrgCommand {
    /// Show the profile.
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Change fields of the profile.
    Set(OrgArgs),
}

#[derive(Args, Debug, Default)]
pub struct SubprocessorArgs {
    #[arg(long)]
    pub name: Option<String>,
    /// What the subprocessor does for us.
    #[arg(long)]
    pub service: Option<String>,
    /// hosting, analytics, payments, email, support, monitoring, authentication, communication, security, other.
    #[arg(long)]
    pub category: Option<String>,
    /// Country of establishment (ISO code or English or French name).
    #[arg(long)]
    pub country: Option<String>,
    /// Processing locations, comma-separated (FR,US or "France, United States").
    #[arg(long)]
    pub locations: Option<String>,
    #[arg(long)]
    pub website: Option<String>,
    #[arg(long)]
    pub legal_entity: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub purpose: Option<String>,
    /// Categories of personal data, comma-separated.
    #[arg(long)]
    pub data_categories: Option<String>,
    /// Categories of data subjects, comma-separated.
    #[arg(long)]
    pub subjects: Option<String>,
    /// not-needed, adequacy, dpf, scc, uk-idta, uk-addendum, bcr, derogation.
    #[arg(long)]
    pub transfer: Option<String>,
    #[arg(long)]
    pub transfer_notes: Option<String>,
    /// Date the DPA was signed (YYYY-MM-DD).
    #[arg(long)]
    pub dpa_signed_on: Option<String>,
    #[arg(long)]
    pub dpa_reference: Option<String>,
    /// Certifications, comma-separated (ISO 27001, SOC 2 Type II).
    #[arg(long)]
    pub certifications: Option<String>,
    /// Date of the last security review (YYYY-MM-DD).
    #[arg(long)]
    pub reviewed_on: Option<String>,
    /// Who on the team can access the data through it.
    #[arg(long)]
    pub access: Option<String>,
    #[arg(long)]
    pub privacy_policy: Option<String>,
    /// proposed, announced, active (default) or retired.
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub started_on: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long)]
    pub json: bool,
}

impl SubprocessorArgs {
    fn apply(&self, d: &mut SubprocessorDraft) {
        set(&mut d.name, &self.name);
        set(&mut d.service, &self.service);
        set(&mut d.category, &self.category);
        set(&mut d.country, &self.country);
        set_list(&mut d.locations, &self.locations);
        set(&mut d.website, &self.website);
        set(&mut d.legal_entity, &self.legal_entity);
        set(&mut d.address, &self.address);
        set(&mut d.purpose, &self.purpose);
        set_list(&mut d.data_categories, &self.data_categories);
        set_list(&mut d.subject_categories, &self.subjects);
        set(&mut d.transfer_mechanism, &self.transfer);
        set(&mut d.transfer_notes, &self.transfer_notes);
        set(&mut d.dpa_signed_on, &self.dpa_signed_on);
        set(&mut d.dpa_reference, &self.dpa_reference);
        set_list(&mut d.certifications, &self.certifications);
        set(&mut d.security_reviewed_on, &self.reviewed_on);
        set(&mut d.access, &self.access);
        set(&mut d.privacy_policy_url, &self.privacy_policy);
        set(&mut d.status, &self.status);
        set(&mut d.started_on, &self.started_on);
        set(&mut d.notes, &self.notes);
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
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
        #[arg(long)]
        json: bool,
    },
    /// Show one record and its history.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change fields of a record.
    Edit {
        id: String,
        #[command(flatten)]
        fields: SubprocessorArgs,
    },
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
        file: PathBuf,
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

#[derive(Subcommand, Debug)]
pub enum PrintCommand {
    /// The public subprocessor list.
    Subprocessors {
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// en or fr (default: the organisation's document language).
        #[arg(long)]
        lang: Option<String>,
    },
    /// A breach notification in the authority's own structure (CNIL in French, ICO in English).
    BreachNotification(breach::NotificationArgs),
    /// The communication to the people affected by a breach.
    BreachLetter(breach::LetterArgs),
    /// The internal breach register, for audits.
    BreachRegister(breach::RegisterArgs),
    /// A letter to the requester of a data subject request.
    RequestLetter(request::LetterArgs),
    /// The notice of a policy change: what changes, the notice and effective dates, the right to object.
    PolicyNotice(policy::NoticeArgs),
    /// The notice to customers of a new or replacing subprocessor, with the objection period.
    SubprocessorNotice(notice::PrintArgs),
    /// The record of processing activities in the CNIL layout (French) or the ICO layout (English).
    Ropa(activity::RopaArgs),
    /// The audit binder: cover, contents, profile, records, registers, logs and the audit-log digest in one PDF.
    Binder(activity::BinderArgs),
}

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Show the audit log, oldest first.
    Log {
        /// Only this kind of record (org, subprocessor, …).
        #[arg(long)]
        entity: Option<String>,
        /// Only this record.
        #[arg(long)]
        id: Option<i64>,
        #[arg(long)]
        limit: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Check the hash chain, the checkpoints (the checkpoint file, backups, printed binders), every record against
    /// its latest audit entry, and the guard triggers: exits 0 when all hold, 1 naming what does not.
    Verify {
        #[arg(long)]
        json: bool,
    },
}

/// Runs the command line; errors are printed and turned into the exit status.
pub fn main() -> ExitCode {
    // Negative numbers are values, so that `--people -5` is refused by its field's rule, naming the field, rather
    // than by the parser as an unknown flag.
    fn negatives_are_values(cmd: clap::Command) -> clap::Command {
        cmd.allow_negative_numbers(true).mut_subcommands(negatives_are_values)
    }
    use clap::{CommandFactory, FromArgMatches};
    let matches = negatives_are_values(Cli::command()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", e.to_string().replace('\n', "\nerror: "));
            // A missing or wrong passphrase is a usage error (2), like a missing argument.
            match e {
                Error::Store(store::StoreError::Encrypted { .. } | store::StoreError::WrongPassphrase { .. }) => ExitCode::from(2),
                Error::Invalid(ref i) if i.errors.iter().any(|f| f.reason == "wrong passphrase") => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Whether `-o` may replace an existing file (`--force`).
pub(crate) fn output_existing() -> crate::output::Existing {
    OUTPUT_RULES.with(|r| r.borrow().as_ref().map(|(_, e)| *e)).unwrap_or(crate::output::Existing::Refuse)
}

/// `audit verify` in words: each part, then what is wrong.
fn print_report(v: &store::AuditReport) {
    if v.chain_ok {
        println!("Hash chain intact{}: {} entries checked; head {}", if v.keyed { " (keyed)" } else { "" }, v.checked, v.head_hash);
    } else {
        eprintln!("Hash chain broken at entry {}: {}", v.first_bad.unwrap_or(0), v.problem.clone().unwrap_or_default());
        eprintln!("{} entries before it check out.", v.checked);
    }
    let bad_marks: Vec<_> = v.checkpoint.checkpoints.iter().filter(|c| !c.ok).collect();
    if bad_marks.is_empty() {
        println!("Checkpoints: {} agree with the log.", v.checkpoint.checkpoints.len());
    }
    for c in bad_marks {
        eprintln!("Checkpoint \"{}\" disagrees: {}", c.source, c.problem.clone().unwrap_or_default());
    }
    if v.records.ok {
        println!("Records: {} match their latest audit entries.", v.records.checked);
    }
    for f in &v.records.findings {
        let id = f.id.map(|i| format!(" #{i}")).unwrap_or_default();
        let field = f.field.as_deref().map(|x| format!(", field {x}")).unwrap_or_default();
        eprintln!("Record {}{id}{field} {}", f.entity, f.problem);
    }
    for s in &v.structure {
        eprintln!("{s}");
    }
    if v.ok {
        println!("Audit log intact.");
    }
}

pub(crate) fn print_json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(v).expect("output serialises");
    println!("{text}");
    Ok(())
}

fn parse_id(s: &str) -> Result<SubprocessorId> {
    s.parse::<SubprocessorId>().map_err(Error::from)
}

fn parse_date(field: &str, s: &str) -> Result<chrono::NaiveDate> {
    subprocessor::parse_date(s).map_err(|r| crate::Invalid::field(field, r).into())
}

thread_local! {
    /// The database this run of the command line must never write over, and whether it may replace a file: set
    /// by each [`run`] from `--db` and `--force`, read by every command that writes an output file.
    static OUTPUT_RULES: std::cell::RefCell<Option<(PathBuf, crate::output::Existing)>> = const { std::cell::RefCell::new(None) };
}

/// Writes an output file (`-o`) as a whole, never over the database, through a link, or over an existing file
/// without `--force` (see [`crate::output`]).
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let (db, existing) = OUTPUT_RULES
        .with(|r| r.borrow().clone())
        .unwrap_or_else(|| (store::resolve_path(None), crate::output::Existing::Refuse));
    crate::output::write(path, bytes, existing, Some(&db))
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let path = store::resolve_path(cli.db.as_deref());
    let existing = if cli.force { crate::output::Existing::Replace } else { crate::output::Existing::Refuse };
    OUTPUT_RULES.with(|r| *r.borrow_mut() = Some((path.clone(), existing)));
    let mut key = safety::given(cli.passphrase_file.as_deref())?;
    // These work on files rather than on an open store: the target of a restore may be damaged, an import's is new.
    match cli.command {
        Command::Restore(a) => return safety::restore(&path, a, &mut key),
        Command::Import(a) => return safety::import(&path, a),
        Command::Backup(safety::BackupArgs { check: Some(file), json, .. }) => return safety::check(&file, key.as_ref(), json),
        _ => {}
    }
    // Only `init` creates a store; every other command needs one to be there already.
    let mut store = match cli.command {
        Command::Init(_) => Store::create(&path)?,
        _ => safety::open(&path, &mut key)?,
    };
    match cli.command {
        Command::Init(args) => {
            if store.org()?.is_some() {
                return Err(crate::Invalid::field("init", "the organisation is already set up; use `privdesk org set` to change it").into());
            }
            let mut d = OrgDraft::default();
            args.apply(&mut d);
            let org = store.save_org(&d)?;
            if args.json {
                print_json(&org)?;
            } else {
                println!("Set up {} ({}) in {}", org.legal_name, org.authority.as_str().to_uppercase(), path.display());
            }
        }
        Command::Org(OrgCommand::Show { json }) => {
            let org = store.require_org()?;
            if json {
                print_json(&org)?;
            } else {
                print_org(&org);
            }
        }
        Command::Org(OrgCommand::Set(args)) => {
            // Read and written under one lock, so that a change made meanwhile elsewhere is not undone.
            let org = store.atomically(|s| {
                let mut d = s.require_org()?.to_draft();
                args.apply(&mut d);
                s.save_org(&d)
            })?;
            if args.json {
                print_json(&org)?;
            } else {
                print_org(&org);
            }
        }
        Command::Subprocessor(cmd) => return subprocessor_command(&mut store, cmd),
        Command::Breach(cmd) => return breach::run(&mut store, cmd),
        Command::Request(cmd) => return request::run(&mut store, cmd),
        Command::Policy(cmd) => return policy::run(&mut store, cmd),
        Command::Deadlines(args) => return deadline::run(&store, args),
        Command::Print(PrintCommand::PolicyNotice(args)) => return policy::print_notice(&store, args),
        Command::Print(PrintCommand::SubprocessorNotice(args)) => return notice::print(&store, args),
        Command::Activity(cmd) => return activity::run(&mut store, cmd),
        Command::Adequacy(cmd) => return adequacy::run(&mut store, cmd),
        Command::Print(PrintCommand::Ropa(args)) => return activity::print_ropa(&store, args),
        Command::Print(PrintCommand::Binder(args)) => return activity::print_binder(&store, args),
        Command::Print(PrintCommand::RequestLetter(args)) => return request::print_letter(&store, args),
        Command::Print(PrintCommand::BreachNotification(args)) => return breach::print_notification(&store, args),
        Command::Print(PrintCommand::BreachLetter(args)) => return breach::print_letter(&store, args),
        Command::Print(PrintCommand::BreachRegister(args)) => return breach::print_register(&store, args),
        Command::Print(PrintCommand::Subprocessors { output, lang }) => {
            let org = store.require_org()?;
            let lang = match lang {
                Some(l) => l.parse::<Lang>().map_err(|e| crate::Invalid::field("lang", e.to_string()))?,
                None => org.lang,
            };
            let records = store.subprocessors()?;
            let refs: Vec<_> = records.iter().collect();
            let doc = subprocessor::print::public_list(&org, &refs, lang, org.today(store.now()));
            write_file(&output, &document::render(&doc)?)?;
            println!("{}", output.display());
        }
        Command::Audit(AuditCommand::Log { entity, id, limit, json }) => {
            let entries = store.audit_log(&AuditQuery { entity, entity_id: id, newest_first: false, limit })?;
            if json {
                print_json(&entries)?;
            } else {
                for e in &entries {
                    let target = match e.entity_id {
                        Some(id) => format!("{} #{id}", e.entity),
                        None => e.entity.clone(),
                    };
                    println!("{:>5}  {}  {:<12} {:<8} {}", e.seq, e.at.format("%Y-%m-%d %H:%M:%S UTC"), e.actor, e.action, target);
                }
                if entries.is_empty() {
                    println!("The audit log is empty.");
                }
            }
        }
        Command::Audit(AuditCommand::Verify { json }) => {
            let v = store.verify_everything()?;
            if json {
                print_json(&v)?;
            } else {
                print_report(&v);
            }
            if !v.ok {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Security(cmd) => return safety::security(&mut store, cmd, key.as_ref()),
        Command::Backup(a) => return safety::backup(&store, a),
        Command::Export(a) => return safety::export(&store, a),
        Command::Restore(_) | Command::Import(_) => unreachable!("handled before the store is opened"),
        Command::Demo { subprocessors } => {
            let added = crate::demo::fill(&mut store, subprocessors)?;
            println!("Added {added} subprocessors to {}", path.display());
        }
        Command::Info { json } => {
            let info = serde_json::json!({
                "database": path.display().to_string(),
                "schema_version": store::schema_version(),
                "initialised": store.org()?.is_some(),
                "encrypted": store.is_encrypted(),
                "backup_dir": store::safety::backup_dir(&path).display().to_string(),
            });
            if json {
                print_json(&info)?;
            } else {
                println!(
                    "Database: {}\nSchema version: {}\nEncrypted: {}\nBackups: {}",
                    path.display(),
                    store::schema_version(),
                    if store.is_encrypted() { "yes" } else { "no" },
                    store::safety::backup_dir(&path).display()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Overwrites a draft's field with a flag's value when the flag was given (edits keep what was not given).
pub(crate) fn set(target: &mut String, value: &Option<String>) {
    if let Some(v) = value {
        *target = v.clone();
    }
}

/// The same for a list field: the flag's comma-separated text replaces the list, which validation splits.
pub(crate) fn set_list(target: &mut Vec<String>, value: &Option<String>) {
    if let Some(v) = value {
        *target = vec![v.clone()];
    }
}

fn print_org(org: &crate::org::Org) {
    let lines = [
        ("Legal name", Some(org.legal_name.clone())),
        ("Address", Some(org.address.clone()).filter(|a| !a.is_empty())),
        ("Country", Some(crate::country::name(&org.country, Lang::En))),
        ("Company number", org.company_number.clone()),
        ("Authority", Some(org.authority_label())),
        ("ICO registration", org.ico_registration.clone()),
        ("ICO fee tier", org.ico_fee_tier.map(|t| t.to_string())),
        ("Role", Some(org.role.as_str().to_string())),
        ("Privacy contact", org.contact_name.clone()),
        ("Contact e-mail", org.contact_email.clone()),
        ("Legal representative", org.representative.clone()),
        ("Holiday calendar", Some(org.calendar.to_string())),
        ("Time zone", Some(org.timezone.clone())),
        ("Document language", Some(org.lang.to_string())),
        (
            "Notice periods",
            Some(format!(
                "minor {} days, substantial {} days, legal {} days, subprocessor objection {} days",
                org.notice_minor_days, org.notice_substantial_days, org.notice_legal_days, org.subprocessor_notice_days
            )),
        ),
        ("Processor notice", Some(format!("{} hours to tell a controller of a breach", org.processor_notice_hours))),
        ("Request retention", Some(format!("{} years after closing", org.request_retention_years))),
        (
            "Added holidays",
            Some(org.extra_holidays.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")).filter(|s| !s.is_empty()),
        ),
    ];
    for (label, value) in lines {
        if let Some(v) = value {
            println!("{label:<22}{v}");
        }
    }
}

fn subprocessor_command(store: &mut Store, cmd: SubprocessorCommand) -> Result<ExitCode> {
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
        SubprocessorCommand::List { search, status, category, sort, json } => {
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
            };
            let records = store.subprocessors()?;
            let index = subprocessor::SearchIndex::new(&records);
            let shown = subprocessor::filter(&records, &index, &filter);
            if json {
                print_json(&shown)?;
            } else if shown.is_empty() {
                println!("No subprocessor matches.");
            } else {
                let mut out = terminal::Out::new();
                out.line(&format!("{:>4}  {:<36} {:<14} {:<3} {:<9} Locations", "ID", "Name", "Category", "CC", "Status"));
                for s in shown {
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
        SubprocessorCommand::Show { id, json } => {
            let id = parse_id(&id)?;
            let s = store.subprocessor(id)?;
            let history = store.audit_log(&AuditQuery { entity: Some("subprocessor".into()), entity_id: Some(id.0), ..Default::default() })?;
            if json {
                let mut value = serde_json::to_value(&s).expect("serialises");
                value["history"] = serde_json::to_value(&history).expect("serialises");
                print_json(&value)?;
            } else {
                print_subprocessor(&s);
                println!("\nHistory:");
                for e in history {
                    println!("  {}  {:<8} by {}", e.at.format("%Y-%m-%d %H:%M UTC"), e.action, e.actor);
                }
            }
        }
        SubprocessorCommand::Edit { id, fields } => {
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
            let id = parse_id(&id)?;
            let on = parse_date("on", &on)?;
            let s = store.retire_subprocessor(id, on)?;
            if json {
                print_json(&s)?;
            } else {
                println!("Retired subprocessor #{}: {} (last used {on})", s.id, s.data.name);
            }
        }
        SubprocessorCommand::Import { file, dry_run, json } => {
            let bytes = std::fs::read(&file).map_err(|e| Error::file(&file, e))?;
            let parsed = csv_import::parse(&bytes)?;
            let source = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let plan = store.import_subprocessors(&parsed, &source, dry_run)?;
            if json {
                print_json(&serde_json::json!({
                    "dry_run": dry_run, "added": plan.added, "updated": plan.updated, "unchanged": plan.unchanged,
                    "rows": plan.rows,
                }))?;
            } else {
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
            let records = store.subprocessors()?;
            let refs: Vec<_> = records.iter().collect();
            let bytes = match format {
                ExportFormat::Csv => export::to_csv(&refs).map_err(|e| Error::file(&output, std::io::Error::other(e)))?,
                ExportFormat::Json => export::to_json(&refs).map_err(|e| Error::file(&output, std::io::Error::other(e)))?,
            };
            write_file(&output, &bytes)?;
            println!("Exported {} subprocessors to {}", records.len(), output.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
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
