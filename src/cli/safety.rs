//! `privdesk security`, `backup`, `restore`, `export` and `import`: the store file's own safety.

use super::{print_json, write_file};
use crate::error::{Error, Invalid, Result};
use crate::store::safety::{self, BackupCheck, Passphrase};
use crate::store::{export, Store, StoreError};
use clap::{Args, Subcommand};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum SecurityCommand {
    /// Whether the database is encrypted, and whether its audit chain is keyed.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Encrypt the database with a passphrase (PRIVDESK_PASSPHRASE, --passphrase-file, or typed twice at a prompt).
    /// A lost passphrase cannot be recovered: the data is lost with it.
    Encrypt {
        #[arg(long)]
        json: bool,
    },
    /// Change the passphrase: the current one as for opening, the new one from PRIVDESK_NEW_PASSPHRASE,
    /// --new-passphrase-file, or typed twice at a prompt.
    ChangePassphrase {
        #[arg(long, value_name = "PATH")]
        new_passphrase_file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Turn encryption off: the database is rewritten in plaintext.
    Decrypt {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// Where to write the backup (default: a new file in the backup folder beside the database).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Check a backup file without restoring it: exits 0 when it can be restored, 1 naming what is wrong.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["output", "list"])]
    pub check: Option<PathBuf>,
    /// List the backups in the backup folder, newest first.
    #[arg(long, conflicts_with = "output")]
    pub list: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// The backup file to restore (it is checked first).
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The JSON file to write.
    #[arg(short, long, value_name = "FILE.json")]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The export file to read.
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
}

/// The passphrase given on the command line's side: `--passphrase-file`, else `PRIVDESK_PASSPHRASE`.
pub fn given(file: Option<&Path>) -> Result<Option<Passphrase>> {
    if let Some(path) = file {
        return safety::read_passphrase_file("passphrase-file", path).map(Some);
    }
    match std::env::var("PRIVDESK_PASSPHRASE") {
        Ok(v) if !v.is_empty() => Passphrase::given("PRIVDESK_PASSPHRASE", v).map(Some),
        _ => Ok(None),
    }
}

fn prompt(label: &str) -> Result<String> {
    rpassword::prompt_password(label).map_err(|e| Error::file("the terminal", e))
}

/// Opens the store; an encrypted one without a passphrase given is asked for it when a person is at a terminal.
pub fn open(path: &Path, key: &mut Option<Passphrase>) -> Result<Store> {
    match Store::open_with(path, key.as_ref()) {
        Err(Error::Store(StoreError::Encrypted { .. })) if key.is_none() && std::io::stdin().is_terminal() => {
            let typed = Passphrase::given("passphrase", prompt(&format!("Passphrase for {}: ", path.display()))?)?;
            let store = Store::open_with(path, Some(&typed))?;
            *key = Some(typed);
            Ok(store)
        }
        other => other,
    }
}

/// A new passphrase: from `file`, else the environment variable `var`, else typed twice at a terminal.
fn new_passphrase(file: Option<&Path>, var: &str, fallback: Option<&Passphrase>) -> Result<Passphrase> {
    if let Some(path) = file {
        let p = safety::read_passphrase_file("new-passphrase-file", path)?;
        return Passphrase::new("new-passphrase-file", p.expose());
    }
    if let Ok(v) = std::env::var(var) {
        if !v.is_empty() {
            return Passphrase::new(var, v);
        }
    }
    if let Some(p) = fallback {
        return Passphrase::new("passphrase", p.expose());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Invalid::field("passphrase", format!("give the new passphrase with {var} or a passphrase file; none was given and there is no terminal to ask")).into());
    }
    eprintln!("A lost passphrase cannot be recovered: without it, the data in this database is lost.");
    let first = Passphrase::new("passphrase", prompt("New passphrase: ")?)?;
    let again = prompt("The same passphrase again: ")?;
    if first.expose() != again {
        return Err(Invalid::field("passphrase", "the two passphrases differ; nothing was changed").into());
    }
    Ok(first)
}

fn status_json(store: &Store) -> serde_json::Value {
    serde_json::json!({
        "database": store.path().display().to_string(),
        "encrypted": store.is_encrypted(),
        "keyed_chain": store.has_chain_key(),
    })
}

pub fn security(store: &mut Store, cmd: SecurityCommand, key: Option<&Passphrase>) -> Result<ExitCode> {
    let json = match &cmd {
        SecurityCommand::Status { json } | SecurityCommand::Encrypt { json } | SecurityCommand::Decrypt { json } => *json,
        SecurityCommand::ChangePassphrase { json, .. } => *json,
    };
    let done = match cmd {
        SecurityCommand::Status { .. } => None,
        SecurityCommand::Encrypt { .. } => {
            if store.is_encrypted() {
                return Err(Invalid::field("database", "the database is already encrypted; use `privdesk security change-passphrase`").into());
            }
            // The passphrase given (the file before the environment, as when opening), else one typed twice.
            let new = match key {
                Some(k) => Passphrase::new("passphrase", k.expose())?,
                None => new_passphrase(None, "PRIVDESK_PASSPHRASE", None)?,
            };
            store.encrypt(&new)?;
            Some(format!("Encrypted {}. Keep the passphrase safe: a lost passphrase cannot be recovered.", store.path().display()))
        }
        SecurityCommand::ChangePassphrase { new_passphrase_file, .. } => {
            let current = key.ok_or_else(|| Invalid::field("passphrase", "the database is not encrypted; use `privdesk security encrypt`"))?;
            let new = new_passphrase(new_passphrase_file.as_deref(), "PRIVDESK_NEW_PASSPHRASE", None)?;
            store.change_passphrase(current, &new)?;
            Some(format!("Changed the passphrase of {}.", store.path().display()))
        }
        SecurityCommand::Decrypt { .. } => {
            let current = key.filter(|_| store.is_encrypted()).ok_or_else(|| Invalid::field("database", "the database is not encrypted"))?;
            store.decrypt(current)?;
            Some(format!("Decrypted {}: it is now readable by anyone who can read the file.", store.path().display()))
        }
    };
    if json {
        print_json(&status_json(store))?;
    } else if let Some(line) = done {
        println!("{line}");
    } else {
        println!(
            "{}: {}{}",
            store.path().display(),
            if store.is_encrypted() { "encrypted" } else { "not encrypted" },
            if store.has_chain_key() { "; the audit chain is keyed" } else { "" }
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn print_check(c: &BackupCheck, json: bool) -> Result<ExitCode> {
    if json {
        print_json(c)?;
    } else if c.ok {
        let m = c.manifest.as_ref().expect("a good backup has its manifest");
        println!("Backup intact: {} (made {}, {} audit entries, head {}{})", c.file, m.created_at, m.entries, m.head_hash, if c.encrypted { ", encrypted" } else { "" });
    } else {
        eprintln!("Backup {} cannot be restored:", c.file);
        for p in &c.problems {
            eprintln!("  {p}");
        }
    }
    Ok(if c.ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `privdesk backup --check FILE`: needs no store.
pub fn check(file: &Path, key: Option<&Passphrase>, json: bool) -> Result<ExitCode> {
    print_check(&safety::check_backup(file, key)?, json)
}

pub fn backup(store: &Store, a: BackupArgs) -> Result<ExitCode> {
    if a.list {
        let list = store.backups()?;
        if a.json {
            print_json(&list)?;
        } else if list.is_empty() {
            println!("No backups in {}.", safety::backup_dir(store.path()).display());
        } else {
            for b in &list {
                println!("{}  {:<14} {:>10} bytes  {:>6} entries  {}  {}", b.created_at, b.kind, b.size, b.entries, &b.head_hash[..b.head_hash.len().min(12)], b.path);
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let info = match &a.output {
        Some(path) => {
            let existing = super::output_existing();
            store.backup_to(path, "manual", existing)?
        }
        None => store.backup_now(&crate::progress::Progress::none())?,
    };
    if a.json {
        print_json(&info)?;
    } else {
        println!("{}", info.path);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn restore(target: &Path, a: RestoreArgs, key: &mut Option<Passphrase>) -> Result<ExitCode> {
    let run = |key: Option<&Passphrase>| safety::restore(&a.file, target, key, &crate::store::local_user(), &crate::progress::Progress::none());
    let done = match run(key.as_ref()) {
        Err(Error::Store(StoreError::Encrypted { .. })) if key.is_none() && std::io::stdin().is_terminal() => {
            let typed = Passphrase::given("passphrase", prompt(&format!("Passphrase for {}: ", a.file.display()))?)?;
            let done = run(Some(&typed))?;
            *key = Some(typed);
            done
        }
        other => other?,
    };
    if a.json {
        print_json(&done)?;
    } else {
        println!("Restored {} from {} ({} audit entries, head {}).", done.database, a.file.display(), done.entries, done.head_hash);
        if let Some(kept) = &done.kept {
            println!("The database it replaced is kept as {kept}.");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn export(store: &Store, a: ExportArgs) -> Result<ExitCode> {
    write_file(&a.output, &store.export_json()?)?;
    println!("{}", a.output.display());
    Ok(ExitCode::SUCCESS)
}

pub fn import(target: &Path, a: ImportArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&a.file).map_err(|e| Error::file(&a.file, e))?;
    let store = export::import(&bytes, target)?;
    let report = store.verify_everything()?;
    if a.json {
        print_json(&serde_json::json!({ "database": target.display().to_string(), "entries": report.checked, "head_hash": report.head_hash, "ok": report.ok }))?;
    } else {
        println!("Imported {} into {} ({} audit entries, head {}).", a.file.display(), target.display(), report.checked, report.head_hash);
        if !report.ok {
            eprintln!("The imported records do not all verify: run `privdesk audit verify --db {}` to see what.", target.display());
        }
    }
    Ok(if report.ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
