//! `privdesk audit log|verify`: the audit log and everything `verify` checks.

use super::print_json;
use crate::error::Result;
use crate::store::{self, AuditQuery, Store};
use clap::Subcommand;
use std::process::ExitCode;

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

pub fn run(store: &Store, cmd: AuditCommand) -> Result<ExitCode> {
    match cmd {
        AuditCommand::Log { entity, id, limit, json } => {
            let entries = store.audit_log(&AuditQuery { entity, entity_id: id, newest_first: false, limit, offset: 0 })?;
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
        AuditCommand::Verify { json } => {
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
    }
    Ok(ExitCode::SUCCESS)
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

