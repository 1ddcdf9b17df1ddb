//! `privdesk attach`, `privdesk attachments` and `privdesk attachment get|show|remove|remove-identity`: evidence
//! files kept with a record.

use crate::api;
use crate::attachment::{size_text, Attachment, AttachmentId};
use crate::document::Lang;
use crate::error::{Error, Invalid, Result};
use crate::store::Store;
use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

/// `privdesk attach ENTITY ID FILE [--kind KIND]`.
#[derive(clap::Args, Debug)]
pub struct AttachArgs {
    /// subprocessor, request, breach, policy-version, notice or activity.
    pub entity: String,
    /// The record's number.
    pub id: String,
    /// The file to keep with it (at most the profile's limit, 50 MB unless changed).
    pub file: PathBuf,
    /// identity, evidence, contract, correspondence or other (default: contract for a subprocessor, evidence for a
    /// breach or an activity, correspondence for a request or a notice, other for a policy version).
    #[arg(long)]
    pub kind: Option<String>,
    /// The name to keep it under (default: the file's own name).
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// `privdesk attachments ENTITY ID [--json]`.
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    pub entity: String,
    pub id: String,
    /// Also the files removed (their hash, when, by whom and why).
    #[arg(long)]
    pub removed: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum AttachmentCommand {
    /// Write a kept file out, byte for byte as it was attached.
    Get {
        id: String,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// One file's record: name, type, size, SHA-256, kind, who attached it and when, and its removal.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Remove a file: its content goes, its hash and the reason stay.
    Remove {
        id: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a request's identity evidence once its identity is verified (the verification stays recorded).
    RemoveIdentity {
        request_id: String,
        #[arg(long)]
        json: bool,
    },
}

fn attachment_id(text: &str) -> Result<AttachmentId> {
    text.parse::<AttachmentId>().map_err(|e| Invalid::field("id", e.errors[0].reason.clone()).into())
}

fn line(a: &Attachment) -> String {
    format!(
        "{:>4}  {:<40} {:<15} {:>10}  {}  {}",
        a.id,
        super::truncate(&a.name, 40),
        a.kind.as_str(),
        size_text(a.size, Lang::En),
        a.added_at.format("%Y-%m-%d"),
        a.sha256
    )
}

pub fn attach(store: &mut Store, a: AttachArgs) -> Result<ExitCode> {
    let (to, id) = api::attachment::record(&a.entity, &a.id)?;
    // A file over the limit is refused before it is read.
    let limit = store.require_org()?.attachment_limit_mb;
    let size = std::fs::metadata(&a.file).map_err(|e| Error::file(&a.file, e))?.len();
    crate::attachment::check_size(size, limit).map_err(|r| Invalid::field("file", r))?;
    let bytes = std::fs::read(&a.file).map_err(|e| Error::file(&a.file, e))?;
    let name = a.name.clone().unwrap_or_else(|| a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let added = api::attachment::attach(store, to, id, &name, &bytes, a.kind.as_deref())?;
    if a.json {
        super::print_json(&added)?;
    } else {
        println!("Attached {} to {} #{id} as attachment {} ({}, SHA-256 {})", added.name, to.as_str(), added.id, size_text(added.size, Lang::En), added.sha256);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn list(store: &Store, a: ListArgs) -> Result<ExitCode> {
    let (to, id) = api::attachment::record(&a.entity, &a.id)?;
    let evidence = api::attachment::evidence(store, to, id)?;
    let shown: Vec<&Attachment> = evidence.kept.iter().chain(evidence.removed.iter().filter(|_| a.removed)).collect();
    if a.json {
        return super::print_json(&shown).map(|_| ExitCode::SUCCESS);
    }
    if evidence.kept.is_empty() {
        println!("No file kept with {} #{id}", to.as_str());
    } else {
        println!("{:>4}  {:<40} {:<15} {:>10}  {:<10}  SHA-256", "ID", "Name", "Kind", "Size", "Added");
        for f in &evidence.kept {
            println!("{}", line(f));
        }
    }
    if a.removed {
        for f in &evidence.removed {
            println!("{}\n      removed {} by {}: {}", line(f), f.removed_at.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default(), f.removed_by.as_deref().unwrap_or(""), f.removed_reason.as_deref().unwrap_or(""));
        }
    } else if !evidence.removed.is_empty() {
        println!("({} removed: --removed lists them with their hash and reason)", evidence.removed.len());
    }
    if let Some(offer) = &evidence.identity_offer {
        println!(
            "Identity was verified on {}: its evidence ({} file(s)) is no longer needed; delete it with `privdesk attachment remove-identity {id}`",
            offer.verified_on,
            offer.files.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(store: &mut Store, cmd: AttachmentCommand) -> Result<ExitCode> {
    match cmd {
        AttachmentCommand::Get { id, output } => {
            let (_, bytes) = api::attachment::content(store, attachment_id(&id)?)?;
            super::write_file(&output, &bytes)?;
            println!("{}", output.display());
        }
        AttachmentCommand::Show { id, json } => {
            let a = store.attachment(attachment_id(&id)?)?;
            return super::show_with_history(store, "attachment", a.id.0, &a, json, |a| {
                println!("Attachment {}: {}\nRecord: {} #{}\nKind: {}\nType: {}\nSize: {} ({} bytes)\nSHA-256: {}\nAdded: {} by {}", a.id, a.name, a.entity.as_str(), a.record_id, a.kind.as_str(), a.media_type, size_text(a.size, Lang::En), a.size, a.sha256, a.added_at.format("%Y-%m-%d %H:%M UTC"), a.added_by);
                if let Some(at) = a.removed_at {
                    println!("Removed: {} by {}: {}", at.format("%Y-%m-%d %H:%M UTC"), a.removed_by.as_deref().unwrap_or(""), a.removed_reason.as_deref().unwrap_or(""));
                }
            });
        }
        AttachmentCommand::Remove { id, reason, json } => {
            let removed = store.remove_attachment(attachment_id(&id)?, &reason)?;
            if json {
                super::print_json(&removed)?;
            } else {
                println!("Removed attachment {} ({}); its SHA-256 {} and the reason are kept", removed.id, removed.name, removed.sha256);
            }
        }
        AttachmentCommand::RemoveIdentity { request_id, json } => {
            let (_, id) = api::attachment::record("request", &request_id)?;
            let removed = store.remove_identity_evidence(id)?;
            if json {
                super::print_json(&removed)?;
            } else {
                for a in &removed {
                    println!("Removed attachment {} ({}); its SHA-256 {} is kept", a.id, a.name, a.sha256);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
