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

// A command's flags for a draft's text and list fields, each written once: every entry `flag` (or `flag => field`
// where the draft names it otherwise) becomes `--flag TEXT`, and `apply_flags` copies the flags given onto the draft.
// Arguments of other kinds follow the braces as ordinary fields.
macro_rules! draft_flags {
    (
        $(#[$attr:meta])*
        pub struct $name:ident for $draft:ty {
            $( $(#[doc = $doc:literal])* $flag:ident $(=> $field:ident)? ),* $(,)?
        }
        $( $(#[$eattr:meta])* pub $extra:ident : $ety:ty ),* $(,)?
    ) => {
        $(#[$attr])*
        #[derive(clap::Args, Debug, Default)]
        pub struct $name {
            $( $(#[doc = $doc])* #[arg(long)] pub $flag: Option<String>, )*
            $( $(#[$eattr])* pub $extra: $ety, )*
        }
        impl $name {
            /// Copies the text flags given onto the draft; a flag not given keeps the draft's value.
            fn apply_flags(&self, d: &mut $draft) {
                $( draft_flags!(@set d self $flag $($field)?); )*
            }
        }
    };
    (@set $d:ident $s:ident $flag:ident) => { $crate::cli::set(&mut $d.$flag, &$s.$flag) };
    (@set $d:ident $s:ident $flag:ident $field:ident) => { $crate::cli::set(&mut $d.$field, &$s.$flag) };
}

pub mod terminal;
pub mod activity;
pub mod adequacy;
pub mod attachment;
pub mod audit;
pub mod breach;
pub mod deadline;
pub mod notice;
pub mod org;
pub mod policy;
pub mod request;
pub mod safety;
pub mod subprocessor;

use crate::document::Lang;
use crate::error::{Error, Result};


use crate::store::{self, Store};
use audit::AuditCommand;
use org::{OrgArgs, OrgCommand};
use subprocessor::SubprocessorCommand;

use clap::{Parser, Subcommand};
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
    /// The language of the texts the command line writes (rule texts, timelines, warnings, messages): en or fr,
    /// given before the command (`privdesk --lang fr request show 3`); default: French when LC_ALL, LC_MESSAGES or
    /// LANG starts with fr, else English. Printed documents take their own `print ... --lang`.
    #[arg(long = "lang", value_name = "LANG")]
    pub texts_lang: Option<String>,
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
    /// Start the window with the session, minimised, so that reminders come without opening it: on, off, or (alone)
    /// whether it does.
    Autostart(deadline::AutostartArgs),
    /// Keep a file with a record (the signed DPA, identity evidence, a forensic report, the notice sent): ENTITY is
    /// subprocessor, request, breach, policy-version, notice or activity.
    Attach(attachment::AttachArgs),
    /// The files kept with a record.
    Attachments(attachment::ListArgs),
    /// One kept file: get (byte for byte), show, remove (with a reason), remove-identity.
    #[command(subcommand)]
    Attachment(attachment::AttachmentCommand),
    /// Everything due, from every module, overdue first (--ics -o FILE.ics for a calendar).
    Deadlines(deadline::DeadlineArgs),
    /// When each deadline reminds (the window's desktop notifications and the .ics alarms), a week ahead.
    Reminders(deadline::ReminderArgs),
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
        /// How many data subject requests to add (received over the last two years, some answered).
        #[arg(long, default_value_t = 0)]
        requests: usize,
        /// How many breaches to add (each assessed).
        #[arg(long, default_value_t = 0)]
        breaches: usize,
        /// How many activities of the record of processing to add (each linked to two subprocessors).
        #[arg(long, default_value_t = 0)]
        activities: usize,
    },
    /// Show where the database is and its schema version.
    Info {
        #[arg(long)]
        json: bool,
    },
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
    /// A breach notification in the authority's own structure (CNIL or ICO), in French or English.
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
    /// The record of processing activities in the CNIL or the ICO layout, in French or English.
    Ropa(activity::RopaArgs),
    /// The audit binder: cover, contents, profile, records, registers, logs and the audit-log digest in one PDF.
    Binder(activity::BinderArgs),
    /// The registrations kept with the authority (ICO registration and fee, or CNIL DPO designation) on one sheet.
    Registrations(activity::BinderArgs),
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
    // The language `run` words its texts in, for its errors too (English when `--lang` itself is refused).
    let lang = texts_lang(cli.texts_lang.as_deref()).unwrap_or_default();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let prefix = match lang {
                Lang::En => "error: ",
                Lang::Fr => "erreur\u{a0}: ",
            };
            eprintln!("{prefix}{}", e.worded(lang).replace('\n', &format!("\n{prefix}")));
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

pub(crate) fn print_json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(v).expect("output serialises");
    println!("{text}");
    Ok(())
}

/// The language of the command line's texts: `--lang` as given, else the first of LC_ALL, LC_MESSAGES and LANG
/// that is set (French when it starts with `fr`), else English.
pub(crate) fn texts_lang(given: Option<&str>) -> Result<Lang> {
    if let Some(l) = given {
        return l.trim().parse::<Lang>().map_err(|e| crate::Invalid::field("lang", e.to_string()).into());
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    Ok(if locale.is_some_and(|l| l.to_lowercase().starts_with("fr")) { Lang::Fr } else { Lang::En })
}

/// `--lang en|fr` as given; `None` leaves the choice to the organisation's document language.
pub(crate) fn parse_lang(lang: Option<String>) -> Result<Option<Lang>> {
    lang.map(|l| l.parse::<Lang>().map_err(|e| crate::Invalid::field("lang", e.to_string()).into())).transpose()
}

/// `show ID [--json]`: one record.
#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    pub id: String,
    #[arg(long)]
    pub json: bool,
}

/// `edit ID [flags]`: the flags given change, the others keep the record's values.
#[derive(clap::Args, Debug)]
pub struct EditArgs<T: clap::Args> {
    pub id: String,
    #[command(flatten)]
    pub fields: T,
}

/// `show` of one record with its history, oldest first: its JSON with a `history` array, or its lines then the
/// history's.
pub(crate) fn show_with_history<T: Serialize>(store: &Store, entity: &str, id: i64, record: &T, json: bool, print: impl FnOnce(&T)) -> Result<ExitCode> {
    let history = store.audit_log(&store::AuditQuery { entity: Some(entity.into()), entity_id: Some(id), ..Default::default() })?;
    if json {
        let mut value = serde_json::to_value(record).expect("serialises");
        value["history"] = serde_json::to_value(&history).expect("serialises");
        print_json(&value)?;
    } else {
        print(record);
        println!("\nHistory:");
        for e in history {
            println!("  {}  {:<9} by {}", e.at.format("%Y-%m-%d %H:%M UTC"), e.action, e.actor);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a printed document where `-o` says (see [`write_file`]) and prints the path.
pub(crate) fn write_printed(output: &Path, printed: crate::api::Printed) -> Result<ExitCode> {
    write_file(output, &printed.bytes)?;
    println!("{}", output.display());
    Ok(ExitCode::SUCCESS)
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
        // The session's autostart entry is the computer's, not the store's.
        Command::Autostart(a) => return deadline::autostart(a),
        Command::Import(a) => return safety::import(&path, a),
        Command::Backup(safety::BackupArgs { check: Some(file), json, .. }) => return safety::check(&file, key.as_ref(), json),
        _ => {}
    }
    // Only `init` creates a store; every other command needs one to be there already.
    let texts = texts_lang(cli.texts_lang.as_deref())?;
    let mut store = match cli.command {
        Command::Init(_) => Store::create(&path)?,
        _ => safety::open(&path, &mut key)?,
    };
    store.set_texts_lang(texts);
    match cli.command {
        Command::Init(args) => return org::init(&mut store, args, &path),
        Command::Org(cmd) => return org::run(&mut store, cmd),
        Command::Subprocessor(cmd) => return subprocessor::run(&mut store, cmd),
        Command::Print(PrintCommand::Subprocessors { output, lang }) => return subprocessor::print_list(&store, &output, lang),
        Command::Audit(cmd) => return audit::run(&store, cmd),
        Command::Breach(cmd) => return breach::run(&mut store, cmd),
        Command::Request(cmd) => return request::run(&mut store, cmd),
        Command::Policy(cmd) => return policy::run(&mut store, cmd),
        Command::Attach(a) => return attachment::attach(&mut store, a),
        Command::Attachments(a) => return attachment::list(&store, a),
        Command::Attachment(cmd) => return attachment::run(&mut store, cmd),
        Command::Deadlines(args) => return deadline::run(&store, args),
        Command::Reminders(args) => return deadline::reminders(&store, args),
        Command::Print(PrintCommand::PolicyNotice(args)) => return policy::print_notice(&store, args),
        Command::Print(PrintCommand::SubprocessorNotice(args)) => return notice::print(&store, args),
        Command::Activity(cmd) => return activity::run(&mut store, cmd),
        Command::Adequacy(cmd) => return adequacy::run(&mut store, cmd),
        Command::Print(PrintCommand::Ropa(args)) => return activity::print_ropa(&store, args),
        Command::Print(PrintCommand::Binder(args)) => return activity::print_binder(&store, args),
        Command::Print(PrintCommand::Registrations(args)) => {
            return write_printed(&args.output, crate::api::print_registrations(&store, crate::cli::parse_lang(args.lang)?)?)
        }
        Command::Print(PrintCommand::RequestLetter(args)) => return request::print_letter(&store, args),
        Command::Print(PrintCommand::BreachNotification(args)) => return breach::print_notification(&store, args),
        Command::Print(PrintCommand::BreachLetter(args)) => return breach::print_letter(&store, args),
        Command::Print(PrintCommand::BreachRegister(args)) => return breach::print_register(&store, args),
        Command::Security(cmd) => return safety::security(&mut store, cmd, key.as_ref()),
        Command::Backup(a) => return safety::backup(&store, a),
        Command::Export(a) => return safety::export(&store, a),
        Command::Restore(_) | Command::Import(_) | Command::Autostart(_) => unreachable!("handled before the store is opened"),
        Command::Demo { subprocessors, requests, breaches, activities } => {
            let none = crate::progress::Progress::none();
            let added = [
                (crate::demo::fill(&mut store, subprocessors, &none)?, "subprocessors"),
                (crate::demo::fill_activities(&mut store, activities, &none)?, "activities"),
                (crate::demo::fill_requests(&mut store, requests, &none)?, "requests"),
                (crate::demo::fill_breaches(&mut store, breaches, &none)?, "breaches"),
            ];
            let said: Vec<String> = added.iter().filter(|(n, _)| *n > 0).map(|(n, what)| format!("{n} {what}")).collect();
            if said.is_empty() {
                println!("Nothing added: give --subprocessors, --requests, --breaches or --activities with a number");
            } else {
                println!("Added {} to {}", said.join(", "), path.display());
            }
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

/// A draft field a flag's text can replace: a text field takes it as written; a list field takes it as one item,
/// which validation splits at commas.
pub(crate) trait FromFlag {
    fn from_flag(text: &str) -> Self;
}
impl FromFlag for String {
    fn from_flag(text: &str) -> Self {
        text.to_string()
    }
}
impl FromFlag for Vec<String> {
    fn from_flag(text: &str) -> Self {
        vec![text.to_string()]
    }
}

/// Overwrites a draft's field with a flag's value when the flag was given (edits keep what was not given).
pub(crate) fn set<T: FromFlag>(target: &mut T, value: &Option<String>) {
    if let Some(v) = value {
        *target = T::from_flag(v);
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}

