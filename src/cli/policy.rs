//! `privdesk policy …` and `privdesk print policy-notice`.

use crate::api;
use super::{parse_lang, write_printed};
use super::{print_json, truncate};
use crate::error::{Error, Result};
use crate::policy::diff::{ParagraphStatus, PolicyDiff, SegmentKind};
use crate::policy::{ChangeDraft, ChangeId, PolicyDraft, PolicyId, NoticeRecipientDraft, VersionDraft};
use crate::store::Store;
use crate::Invalid;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    /// Add a policy document.
    Add {
        /// privacy, cookies, dpa, terms or other.
        #[arg(long)]
        kind: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        json: bool,
    },
    /// Rename a policy or change its kind.
    Edit {
        policy_id: String,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add a version from a file (plain text or Markdown).
    Version {
        policy_id: String,
        /// The file holding the full text.
        #[arg(long)]
        file: PathBuf,
        /// A name for the version (2026-12, v3).
        #[arg(long)]
        label: String,
        /// The date the version carries (YYYY-MM-DD).
        #[arg(long)]
        dated_on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Compare two versions, word by word within changed paragraphs.
    Diff {
        policy_id: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// Also print the paragraphs that did not change.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Record the change to a version (from the version before it), its class and notice date.
    Change {
        policy_id: String,
        /// The label of the new version.
        #[arg(long)]
        to: String,
        /// minor, substantial or legal.
        #[arg(long)]
        class: String,
        /// The day notice is given (YYYY-MM-DD); leave out while the change is a draft.
        #[arg(long)]
        notice_on: Option<String>,
        #[command(flatten)]
        fields: ChangeArgs,
    },
    /// Change a recorded change (class, notice date, summary, period).
    EditChange {
        change_id: String,
        #[arg(long)]
        class: Option<String>,
        #[arg(long)]
        notice_on: Option<String>,
        #[command(flatten)]
        fields: ChangeArgs,
    },
    /// Record who was told of a change and how.
    Notify {
        change_id: String,
        /// web, email or other.
        #[arg(long)]
        channel: String,
        /// The page's address, or the customer's name and e-mail address.
        #[arg(long)]
        to: String,
        /// When (YYYY-MM-DD).
        #[arg(long)]
        on: String,
        #[arg(long)]
        json: bool,
    },
    /// List the policies and their versions.
    List {
        #[arg(long)]
        json: bool,
    },
    /// List the changes with their effective dates and status as of today.
    Changes {
        /// Only this policy's changes.
        #[arg(long)]
        policy: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// The optional fields of a change.
#[derive(Args, Debug, Default)]
pub struct ChangeArgs {
    /// What changes, as the printed notice says it.
    #[arg(long)]
    pub summary: Option<String>,
    /// A notice period other than the organisation's for this class, in days (needs --period-reason).
    #[arg(long)]
    pub period_days: Option<String>,
    #[arg(long)]
    pub period_reason: Option<String>,
    /// The change adds a purpose or a recipient (the notice must precede the new processing).
    #[arg(long, num_args = 0..=1, default_missing_value = "true")]
    pub adds_purpose: Option<bool>,
    #[arg(long)]
    pub json: bool,
}

impl ChangeArgs {
    fn apply(&self, d: &mut ChangeDraft) {
        if let Some(s) = &self.summary {
            d.summary = s.clone();
        }
        if let Some(p) = &self.period_days {
            d.period_days = p.clone();
        }
        if let Some(r) = &self.period_reason {
            d.period_reason = r.clone();
        }
        if let Some(a) = self.adds_purpose {
            d.adds_processing = a;
        }
    }
}

#[derive(Args, Debug)]
pub struct NoticeArgs {
    pub change_id: String,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// en or fr (default: the organisation's document language).
    #[arg(long)]
    pub lang: Option<String>,
}

fn policy_id(s: &str) -> Result<PolicyId> {
    s.parse::<PolicyId>().map_err(|e| Invalid::field("policy_id", e.errors[0].reason.clone()).into())
}

fn change_id(s: &str) -> Result<ChangeId> {
    s.parse::<ChangeId>().map_err(|e| Invalid::field("change_id", e.errors[0].reason.clone()).into())
}

fn print_change(v: &crate::policy::ChangeView) {
    println!(
        "Change #{} to {} \"{}\" ({} → {}): {}, {}",
        v.change.id,
        v.policy_kind.as_str(),
        v.policy_title,
        v.from_label.as_deref().unwrap_or("first version"),
        v.to_label,
        v.change.class.as_str(),
        v.status.as_str()
    );
    println!("  {}", v.rule);
    if let Some(w) = &v.warning {
        println!("  Warning: {w}");
    }
}

/// The comparison as text: changed words as [-removed-]{+added+}, as `git diff --word-diff` writes them.
fn print_diff(d: &PolicyDiff, all: bool) {
    for p in &d.paragraphs {
        match p.status {
            ParagraphStatus::Same if all => println!("  {}\n", p.new.as_deref().unwrap_or("")),
            ParagraphStatus::Same => {}
            ParagraphStatus::Added => println!("+ {}\n", p.new.as_deref().unwrap_or("")),
            ParagraphStatus::Removed => println!("- {}\n", p.old.as_deref().unwrap_or("")),
            ParagraphStatus::Changed => {
                let text: String = p
                    .segments
                    .iter()
                    .map(|s| match s.kind {
                        SegmentKind::Same => s.text.clone(),
                        SegmentKind::Added => format!("{{+{}+}}", s.text),
                        SegmentKind::Removed => format!("[-{}-]", s.text),
                    })
                    .collect();
                println!("~ {text}\n");
            }
        }
    }
    let s = &d.summary;
    println!("{} paragraphs added, {} removed, {} changed, {} unchanged.", s.added, s.removed, s.changed, s.same);
}

pub fn run(store: &mut Store, cmd: PolicyCommand) -> Result<ExitCode> {
    match cmd {
        PolicyCommand::Add { kind, title, json } => {
            let p = store.add_policy(&PolicyDraft { kind, title })?;
            if json {
                print_json(&p)?;
            } else {
                println!("Added policy #{}: {} ({})", p.id, p.title, p.kind.as_str());
            }
        }
        PolicyCommand::Edit { policy_id: id, kind, title, json } => {
            let id = policy_id(&id)?;
            let p = store.atomically(|s| {
                let current = s.policy(id)?;
                let d = PolicyDraft { kind: kind.unwrap_or_else(|| current.kind.as_str().into()), title: title.unwrap_or(current.title) };
                s.update_policy(id, &d)
            })?;
            if json {
                print_json(&p)?;
            } else {
                println!("Updated policy #{}: {} ({})", p.id, p.title, p.kind.as_str());
            }
        }
        PolicyCommand::Version { policy_id: id, file, label, dated_on, json } => {
            let id = policy_id(&id)?;
            let bytes = std::fs::read(&file).map_err(|e| Error::file(&file, e))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| Invalid::field("file", format!("{} is not UTF-8 text; save it as UTF-8 plain text or Markdown", file.display())))?;
            let source = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let v = store.add_policy_version(id, &VersionDraft { label, text, dated_on: dated_on.unwrap_or_default(), source })?;
            if json {
                print_json(&crate::policy::VersionSummary::of(&v))?;
            } else {
                println!("Added version {} of policy #{id} ({} paragraphs)", v.label, crate::policy::diff::paragraphs(&v.text).len());
            }
        }
        PolicyCommand::Diff { policy_id: id, from, to, all, json } => {
            let d = store.policy_diff(policy_id(&id)?, &from, &to)?;
            if json {
                print_json(&d)?;
            } else {
                print_diff(&d, all);
            }
        }
        PolicyCommand::Change { policy_id: id, to, class, notice_on, fields } => {
            let mut d = ChangeDraft { to_label: to, class, notice_on: notice_on.unwrap_or_default(), ..Default::default() };
            fields.apply(&mut d);
            let v = store.add_policy_change(policy_id(&id)?, &d)?;
            if fields.json {
                print_json(&v)?;
            } else {
                print_change(&v);
            }
        }
        PolicyCommand::EditChange { change_id: id, class, notice_on, fields } => {
            let id = change_id(&id)?;
            let v = store.atomically(|s| {
                let current = s.policy_change_view(id)?;
                let mut d = current.change.to_draft(&current.to_label);
                if let Some(c) = class {
                    d.class = c;
                }
                if let Some(n) = notice_on {
                    d.notice_on = n;
                }
                fields.apply(&mut d);
                s.update_policy_change(id, &d)
            })?;
            if fields.json {
                print_json(&v)?;
            } else {
                print_change(&v);
            }
        }
        PolicyCommand::Notify { change_id: id, channel, to, on, json } => {
            let id = change_id(&id)?;
            let v = store.atomically(|s| {
                let current = s.policy_change_view(id)?;
                let mut d = current.change.to_draft(&current.to_label);
                d.recipients.push(NoticeRecipientDraft { channel, to, on });
                s.update_policy_change(id, &d)
            })?;
            if json {
                print_json(&v)?;
            } else {
                println!("Change #{id}: {} recipients recorded", v.change.recipients.len());
            }
        }
        PolicyCommand::List { json } => {
            let views = store.policy_views()?;
            if json {
                print_json(&views)?;
            } else if views.is_empty() {
                println!("No policy yet: add one with `privdesk policy add --kind privacy --title TITLE`.");
            } else {
                println!("{:>4}  {:<9} {:<40} {:<12} {:<12} Versions", "ID", "Kind", "Title", "In effect", "Latest");
                for v in views {
                    println!(
                        "{:>4}  {:<9} {:<40} {:<12} {:<12} {}",
                        v.policy.id,
                        v.policy.kind.as_str(),
                        truncate(&v.policy.title, 40),
                        v.in_effect_label.as_deref().unwrap_or("-"),
                        v.latest_label.as_deref().unwrap_or("-"),
                        v.versions.len()
                    );
                }
            }
        }
        PolicyCommand::Changes { policy, json } => {
            let only = policy.as_deref().map(policy_id).transpose()?;
            let views: Vec<_> = store.policy_changes()?.into_iter().filter(|c| only.is_none_or(|p| c.change.policy_id == p)).collect();
            if json {
                print_json(&views)?;
            } else if views.is_empty() {
                println!("No policy change recorded.");
            } else {
                for v in &views {
                    print_change(v);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn print_notice(store: &Store, args: NoticeArgs) -> Result<ExitCode> {
    write_printed(&args.output, api::policy::print_notice(store, change_id(&args.change_id)?, parse_lang(args.lang)?)?)
}
