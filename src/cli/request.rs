//! `privdesk request ...` and `privdesk print request-letter`: data subject requests from the command line.
//! The JSON of `list` and `show` is the same `RequestView` the window receives, so field names are one contract.

use crate::api;
use crate::api::request::StepInput;
use crate::request::Step;
use super::{parse_lang, write_printed};
use super::{print_json, truncate};
use crate::document::Lang;
use crate::error::{Error, Result};
use crate::request::letters::LetterKind;
use crate::request::{
    Outcome, RequestDetail, RequestDraft, RequestFilter, RequestId, RequestSortKey, RequestStatus,
    RequestView, Right,
};
use crate::store::Store;
use crate::Invalid;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

draft_flags! {
    pub struct RequestArgs for RequestDraft {
        /// The requester's name.
        requester,
        email,
        /// Postal address (lines separated by newlines or commas).
        address => postal_address,
        /// email, post, web-form, phone, in-person, social-media or other (default: from the contact given).
        channel,
        /// The day the request arrived (YYYY-MM-DD).
        received => received_on,
        /// eu-gdpr, uk-gdpr or ccpa (default: uk-gdpr for an organisation under the ICO, else eu-gdpr).
        regime,
        /// The fee charged, as written (only where the law allows one).
        fee,
        notes,
    }
    /// Rights exercised, comma-separated: access, rectification, erasure, restriction, portability, objection,
    /// objection-marketing, automated-decisions, withdraw-consent, opt-out-sale, limit-sensitive.
    #[arg(long)]
    pub rights: Option<String>,
    #[arg(long)]
    pub json: bool,
}

impl RequestArgs {
    fn apply(&self, d: &mut RequestDraft) {
        self.apply_flags(d);
        if let Some(r) = &self.rights {
            d.rights = vec![r.clone()];
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SortArg {
    Due,
    Received,
    Requester,
    Status,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OutcomeArg {
    Completed,
    Refused,
    Withdrawn,
}

#[derive(Subcommand, Debug)]
pub enum RequestCommand {
    /// Record a new request.
    Add(RequestArgs),
    /// List requests, soonest due first (closed ones last), with days left.
    List {
        /// Only requests matching every word (reference, requester, e-mail, rights, notes).
        #[arg(long)]
        search: Option<String>,
        /// received, awaiting-identity, awaiting-clarification, in-progress, extended, completed, refused, withdrawn.
        #[arg(long)]
        status: Option<String>,
        /// Only requests exercising this right.
        #[arg(long)]
        right: Option<String>,
        #[arg(long)]
        regime: Option<String>,
        /// Only requests not yet closed.
        #[arg(long)]
        open: bool,
        #[arg(long, value_enum, default_value = "due")]
        sort: SortArg,
        /// Skip this many matches (with --limit, to page through many requests).
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Show at most this many matches.
        #[arg(long)]
        limit: Option<u64>,
        #[arg(long)]
        json: bool,
    },
    /// Show one request: its details, clock and timeline.
    Show(super::ShowArgs),
    /// Change the details of a request (requester, contact, rights, regime, day of receipt, fee, notes).
    Edit(super::EditArgs<RequestArgs>),
    /// Record that identity evidence was requested, or received.
    Identity {
        id: String,
        #[arg(long, value_name = "DATE")]
        requested_on: Option<String>,
        #[arg(long, value_name = "DATE")]
        received_on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record that clarification was asked, or answered.
    Clarify {
        id: String,
        #[arg(long, value_name = "DATE")]
        asked_on: Option<String>,
        #[arg(long, value_name = "DATE")]
        answered_on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record that a fee was requested (--requested-on; the status is then "awaiting fee") or received
    /// (--received-on; under UK GDPR the clock then starts).
    Fee {
        id: String,
        #[arg(long, value_name = "DATE")]
        requested_on: Option<String>,
        #[arg(long, value_name = "DATE")]
        received_on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// EU GDPR only: apply (or --remove) the identity/clarification pause, a departure from the default reading.
    Pause {
        id: String,
        #[arg(long, value_name = "DATE")]
        on: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        remove: bool,
        #[arg(long)]
        json: bool,
    },
    /// Record that work on the request started.
    Start {
        id: String,
        #[arg(long, value_name = "DATE")]
        on: String,
        #[arg(long)]
        json: bool,
    },
    /// Extend the deadline once, with the reasons and the day the requester was told (within the first period).
    Extend {
        id: String,
        #[arg(long)]
        reason: String,
        #[arg(long, value_name = "DATE")]
        notified_on: String,
        #[arg(long)]
        json: bool,
    },
    /// Close a request: completed, refused (reasons required) or withdrawn.
    Close {
        id: String,
        #[arg(long, value_enum)]
        outcome: OutcomeArg,
        #[arg(long, value_name = "DATE")]
        on: String,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Pseudonymise the requesters of requests closed longer ago than the retention period.
    Purge {
        /// Show what would be pseudonymised, without writing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct LetterArgs {
    /// The request's number.
    pub id: String,
    #[arg(long, value_enum)]
    pub kind: LetterKindArg,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// en or fr (default: the organisation's document language).
    #[arg(long)]
    pub lang: Option<String>,
    /// The day the letter is dated, YYYY-MM-DD (default: the day of its event: receipt for the acknowledgement,
    /// the identity request, the day the fee was asked for the fee request, the extension notice, the response; else today).
    #[arg(long, value_name = "DATE")]
    pub dated: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LetterKindArg {
    Acknowledgement,
    Identity,
    Fee,
    Extension,
    Response,
    Refusal,
}

fn parse_id(s: &str) -> Result<RequestId> {
    s.parse::<RequestId>().map_err(Error::from)
}

fn parse_vocab<T>(field: &str, v: Option<String>, parse: impl Fn(&str) -> std::result::Result<T, String>) -> Result<Option<T>> {
    v.map(|s| parse(&s)).transpose().map_err(|r| Invalid::field(field, r).into())
}

/// Exactly one of two date flags, for the commands that record either half of a step.
fn one_of(first: (&str, Option<String>), second: (&str, Option<String>)) -> Result<(bool, String)> {
    match (first.1, second.1) {
        (Some(a), None) => Ok((true, a)),
        (None, Some(b)) => Ok((false, b)),
        _ => Err(Invalid::field(first.0, format!("give exactly one of --{} and --{}", first.0.replace('_', "-"), second.0.replace('_', "-"))).into()),
    }
}

pub fn run(store: &mut Store, cmd: RequestCommand) -> Result<ExitCode> {
    let (id, step, input, json) = match cmd {
        RequestCommand::Add(args) => {
            let mut d = RequestDraft::default();
            args.apply(&mut d);
            let r = store.add_request(&d)?;
            return done(&r, args.json, "Added");
        }
        RequestCommand::Edit(super::EditArgs { id, fields }) => {
            let id = parse_id(&id)?;
            let r = store.atomically(|s| {
                let mut d = s.request(id)?.data.to_draft();
                fields.apply(&mut d);
                s.update_request(id, &d)
            })?;
            return done(&r, fields.json, "Updated");
        }
        RequestCommand::List { search, status, right, regime, open, sort, offset, limit, json } => {
            let filter = RequestFilter {
                query: search.unwrap_or_default(),
                status: parse_vocab("status", status, RequestStatus::parse)?,
                right: parse_vocab("right", right, Right::parse)?,
                regime: parse_vocab("regime", regime, |s| s.trim().parse().map_err(|e: crate::request::clock::ClockError| e.to_string()))?,
                open_only: open,
                sort: match sort {
                    SortArg::Due => RequestSortKey::Due,
                    SortArg::Received => RequestSortKey::Received,
                    SortArg::Requester => RequestSortKey::Requester,
                    SortArg::Status => RequestSortKey::Status,
                },
                descending: false,
                offset,
                limit,
            };
            let shown = api::request::list(store, &filter)?.rows;
            if json {
                print_json(&shown)?;
            } else {
                print_list(&shown);
            }
            return Ok(ExitCode::SUCCESS);
        }
        RequestCommand::Show(super::ShowArgs { id, json }) => {
            let r = store.request_detail(parse_id(&id)?)?;
            if json {
                print_json(&r)?;
            } else {
                print_detail(&r);
            }
            return Ok(ExitCode::SUCCESS);
        }
        RequestCommand::Purge { dry_run, json } => {
            let plan = if dry_run { store.request_purge_plan()? } else { store.purge_requests(&crate::progress::Progress::none())? };
            if json {
                print_json(&serde_json::json!({ "dry_run": dry_run, "plan": plan }))?;
            } else {
                for i in &plan.items {
                    println!("{}  {:<8} {:<9} closed {}  retention ended {}", i.reference, i.regime, i.outcome, i.closed_on, i.purge_from);
                }
                let verb = if dry_run { "Would pseudonymise" } else { "Pseudonymised" };
                println!(
                    "{verb} {} request(s) closed on or before {} ({} years' retention).",
                    plan.items.len(),
                    plan.closed_on_or_before,
                    plan.retention_years
                );
            }
            return Ok(ExitCode::SUCCESS);
        }
        RequestCommand::Identity { id, requested_on, received_on, json } => {
            let (requested, on) = one_of(("requested_on", requested_on), ("received_on", received_on))?;
            (id, if requested { Step::IdentityRequested } else { Step::IdentityReceived }, StepInput { on, ..Default::default() }, json)
        }
        RequestCommand::Clarify { id, asked_on, answered_on, json } => {
            let (asked, on) = one_of(("asked_on", asked_on), ("answered_on", answered_on))?;
            (id, if asked { Step::ClarificationAsked } else { Step::ClarificationAnswered }, StepInput { on, ..Default::default() }, json)
        }
        RequestCommand::Fee { id, requested_on, received_on, json } => {
            let (requested, on) = one_of(("requested_on", requested_on), ("received_on", received_on))?;
            (id, if requested { Step::FeeRequested } else { Step::FeeReceived }, StepInput { on, ..Default::default() }, json)
        }
        RequestCommand::Pause { id, on, reason, remove, json } => {
            (id, if remove { Step::EuPauseRemove } else { Step::EuPauseApply }, StepInput { on, reason: Some(reason), outcome: None }, json)
        }
        RequestCommand::Start { id, on, json } => (id, Step::Start, StepInput { on, ..Default::default() }, json),
        RequestCommand::Extend { id, reason, notified_on, json } => (id, Step::Extend, StepInput { on: notified_on, reason: Some(reason), outcome: None }, json),
        RequestCommand::Close { id, outcome, on, reason, json } => {
            let outcome = match outcome {
                OutcomeArg::Completed => Outcome::Completed,
                OutcomeArg::Refused => Outcome::Refused,
                OutcomeArg::Withdrawn => Outcome::Withdrawn,
            };
            (id, Step::Close, StepInput { on, reason, outcome: Some(outcome) }, json)
        }
    };
    let r = api::request::record(store, parse_id(&id)?, step, &input)?;
    done(&r, json, "Recorded on")
}

fn done(r: &RequestDetail, json: bool, verb: &str) -> Result<ExitCode> {
    if json {
        print_json(r)?;
    } else {
        let v = &r.view;
        println!("{verb} request #{} ({}), {}: {}", v.request.id, v.reference, v.request.data.requester, v.status.label(Lang::En));
        println!("Due {} ({})", v.due_on, v.due_rule);
    }
    Ok(ExitCode::SUCCESS)
}

fn days_text(v: &RequestView) -> String {
    match (v.days_left, v.request.facts.closed_on) {
        (None, Some(d)) => format!("closed {d}"),
        _ => v.days_left_words.en.clone(),
    }
}

fn print_list(shown: &[RequestView]) {
    if shown.is_empty() {
        println!("No request matches.");
        return;
    }
    let mut out = super::terminal::Out::new();
    out.line(&format!("{:>5}  {:<26} {:<22} {:<8} {:<23} {:<10} {:<10} Days", "ID", "Requester", "Rights", "Regime", "Status", "Received", "Due"));
    for v in shown {
        let d = &v.request.data;
        let rights = d.rights.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",");
        out.line(&format!("{:>5}  {:<26} {:<22} {:<8} {:<23} {:<10} {:<10} {}",
            v.request.id.0,
            truncate(&d.requester, 26),
            truncate(&rights, 22),
            d.regime.as_str(),
            v.status.as_str(),
            d.received_on,
            v.due_on,
            days_text(v)
        ));
    }
}

fn print_detail(r: &RequestDetail) {
    let v = &r.view;
    let (d, f) = (&v.request.data, &v.request.facts);
    let date = |x: Option<chrono::NaiveDate>| x.map(|x| x.to_string());
    let lines = [
        ("ID", Some(format!("{} ({})", v.request.id, v.reference))),
        ("Requester", Some(d.requester.clone())),
        ("E-mail", d.email.clone()),
        ("Postal address", d.postal_address.clone()),
        ("Channel", Some(d.channel.label(Lang::En).into())),
        ("Rights", Some(d.rights.iter().map(|x| x.with_cite(d.regime, Lang::En)).collect::<Vec<_>>().join(", "))),
        ("Regime", Some(d.regime.label().into())),
        ("Received", Some(d.received_on.to_string())),
        ("Status", Some(v.status.label(Lang::En).into())),
        ("Due", Some(format!("{} ({})", v.due_on, days_text(v)))),
        ("Rule", Some(v.due_rule.clone())),
        ("Clock starts", v.clock_waits_for.as_ref().map(|w| w.en.clone())),
        ("Original due", v.extended_due_on.map(|_| v.original_due_on.to_string())),
        ("Acknowledge by", date(v.acknowledge_by)),
        ("Departure", v.departure.clone()),
        ("Extension reason", f.extension_reason.clone()),
        ("Outcome", f.outcome.map(|o| o.label(Lang::En).to_string())),
        ("Response date", date(f.closed_on)),
        ("Reason", f.close_reason.clone()),
        ("Fee", d.fee.clone()),
        ("Notes", d.notes.clone()),
        ("Pseudonymised", date(v.request.pseudonymised_on)),
    ];
    for (label, value) in lines {
        if let Some(value) = value {
            println!("{label:<18}{value}");
        }
    }
    println!("\nTimeline:");
    for e in &r.timeline {
        let reason = e.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
        println!("  {}  {}{reason}  (recorded by {})", e.on, e.kind.label(Lang::En), e.actor);
    }
}

/// `privdesk print request-letter ID --kind K -o FILE [--lang en|fr]`.
pub fn print_letter(store: &Store, args: LetterArgs) -> Result<ExitCode> {
    let kind = match args.kind {
        LetterKindArg::Acknowledgement => LetterKind::Acknowledgement,
        LetterKindArg::Identity => LetterKind::Identity,
        LetterKindArg::Fee => LetterKind::Fee,
        LetterKindArg::Extension => LetterKind::Extension,
        LetterKindArg::Response => LetterKind::Response,
        LetterKindArg::Refusal => LetterKind::Refusal,
    };
    write_printed(&args.output, api::request::print_letter(store, parse_id(&args.id)?, kind, parse_lang(args.lang)?, args.dated.as_deref())?)
}
