//! `privdesk breach …` and the breach documents under `privdesk print …`.

use crate::api;
use super::{show_with_history, parse_lang, write_printed};
use super::print_json;
use crate::breach::clock::{local, remaining_text, utc_text};
use crate::breach::documents::AuthorityForm;
use crate::breach::{self, BreachDraft, BreachFilter, BreachId, BreachSort, BreachStatus, BreachView, DecisionAbout, DecisionDraft, NotificationDraft, Phase, Risk};
use crate::document::Lang;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::Invalid;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

draft_flags! {
    /// The facts of a breach; on `edit`, only the options given change.
    pub struct BreachArgs for BreachDraft {
        /// A short name for the incident.
        title,
        /// When we became aware: RFC 3339 with Z or an offset (2026-03-28T10:00:00+01:00).
        aware_at,
        /// When the incident began (RFC 3339), if known.
        occurred_from,
        /// When it ended (RFC 3339), if known.
        occurred_to,
        /// What happened.
        description,
        /// How it was discovered.
        discovery,
        /// Was it a cyber incident: yes, no or dont-know.
        cyber => cyber_incident,
        /// confidentiality, integrity, availability (comma-separated).
        nature,
        /// identifiers, credentials, financial, official-documents, location, special-categories, genetic-biometric,
        /// criminal-offences, other (comma-separated).
        data => data_categories,
        /// Details of the data concerned.
        data_details,
        /// employees, users, subscribers, students, customers, patients, children, vulnerable-adults, other.
        subjects => subject_categories,
        subject_details,
        /// Approximate number of people affected.
        people => people_count,
        /// Approximate number of records affected.
        records => records_count,
        /// Likely consequences for the people.
        consequences,
        /// very-likely, likely, neutral, unlikely, very-unlikely.
        likelihood,
        measures_taken,
        measures_proposed,
        /// Had the staff involved received data protection training: yes, no or dont-know.
        staff_trained,
        training_details,
        /// Who else has been told (police, bank, other regulators).
        others_told,
        /// controller (default) or processor.
        role,
        /// When processor: the controllers (customers), comma-separated.
        controllers,
        notes,
    }
    #[arg(long)]
    pub json: bool,
}

impl BreachArgs {
    fn apply(&self, d: &mut BreachDraft) {
        self.apply_flags(d);
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SortArg {
    Aware,
    Due,
    Title,
    Status,
}

#[derive(Subcommand, Debug)]
pub enum BreachCommand {
    /// Record an incident that may be a personal data breach (every one, notified or not: Art. 33(5)).
    Add(BreachArgs),
    /// List the register with each deadline.
    List {
        /// Only records matching every word (title, status, risk, nature).
        #[arg(long)]
        search: Option<String>,
        /// open, assessed, notified, not-notified or closed.
        #[arg(long)]
        status: Option<String>,
        /// unlikely, risk or high.
        #[arg(long)]
        risk: Option<String>,
        /// aware (newest first), due (nearest deadline first), title or status.
        #[arg(long, value_enum, default_value = "aware")]
        sort: SortArg,
        /// Skip this many matches (with --limit, to page through a long register).
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Show at most this many matches.
        #[arg(long)]
        limit: Option<u64>,
        #[arg(long)]
        json: bool,
    },
    /// Show one breach: facts, deadlines relative to now, decisions, notifications, timeline and history.
    Show(super::ShowArgs),
    /// Change the facts of an open breach.
    Edit(super::EditArgs<BreachArgs>),
    /// Record the risk level and its reasoning.
    Assess {
        id: String,
        /// unlikely, risk or high.
        #[arg(long)]
        risk: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
    /// Record a decision to notify the authority or tell the people, or not to (a "no" needs --reason).
    Decide(DecideArgs),
    /// Record a notification made.
    Notify(NotifyArgs),
    /// Note an event on the timeline.
    Note {
        id: String,
        /// When it happened (RFC 3339).
        #[arg(long)]
        at: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// Close a breach whose assessment, decisions and notifications are recorded.
    Close {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Reopen a closed breach (new facts, a complementary notification); the reason goes on the timeline.
    Reopen {
        id: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct DecideArgs {
    pub id: String,
    /// Decide to notify the supervisory authority.
    #[arg(long, group = "which")]
    pub authority: bool,
    /// Decide not to notify the authority (only when the risk is unlikely; --reason required).
    #[arg(long, group = "which")]
    pub no_authority: bool,
    /// Decide to tell the people affected.
    #[arg(long, group = "which")]
    pub people: bool,
    /// Decide not to tell the people (--reason required; for a high risk, an --exemption too).
    #[arg(long, group = "which")]
    pub no_people: bool,
    /// Art. 34(3) exemptions: unintelligible, later-measures, disproportionate-effort (comma-separated).
    #[arg(long)]
    pub exemption: Option<String>,
    #[arg(long)]
    pub reason: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct NotifyArgs {
    pub id: String,
    /// authority, people or controller.
    #[arg(long)]
    pub to: String,
    /// When it was made (RFC 3339 with Z or an offset).
    #[arg(long)]
    pub at: String,
    /// The authority's case reference.
    #[arg(long)]
    pub reference: Option<String>,
    /// initial or complementary (authority only; default: initial first, then complementary).
    #[arg(long)]
    pub phase: Option<String>,
    /// Why it was made after the deadline (required then).
    #[arg(long)]
    pub delay_reason: Option<String>,
    /// How the people were told (e-mail, letter, public notice).
    #[arg(long)]
    pub method: Option<String>,
    /// How many people were reached.
    #[arg(long)]
    pub reached: Option<String>,
    /// Which controller was told.
    #[arg(long)]
    pub controller: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct NotificationArgs {
    pub id: String,
    /// cnil or ico: whose structure the notification follows.
    #[arg(long)]
    pub authority: String,
    /// initial or complementary (default: complementary once the initial one is recorded).
    #[arg(long)]
    pub phase: Option<String>,
    /// en or fr (default: the authority's own, French for cnil and English for ico; the other is a translation).
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct LetterArgs {
    pub id: String,
    /// en or fr (default: the organisation's document language).
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct RegisterArgs {
    /// en or fr (default: the organisation's document language).
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

fn parse_id(s: &str) -> Result<BreachId> {
    s.parse::<BreachId>().map_err(Error::from)
}

fn report(store: &Store, b: breach::Breach, json: bool, message: &str) -> Result<ExitCode> {
    let org = store.require_org()?;
    if json {
        print_json(&BreachView::new(b, &org, store.now(), store.texts_lang(&org)))?;
    } else {
        println!("{message} breach #{}: {} ({})", b.id, b.data.title, b.status().as_str());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(store: &mut Store, cmd: BreachCommand) -> Result<ExitCode> {
    // Deadlines are shown in the organisation's zone, so the profile must exist before the first breach.
    let org = store.require_org()?;
    match cmd {
        BreachCommand::Add(args) => {
            let mut d = BreachDraft::default();
            args.apply(&mut d);
            let b = store.add_breach(&d)?;
            if !args.json {
                let due = b.authority_due_at(crate::breach::Rules::of(&org));
                println!("Authority deadline: {} ({})", local(due, org.tz()), remaining_text((due - store.now()).num_seconds(), Lang::En));
            }
            return report(store, b, args.json, "Recorded");
        }
        BreachCommand::List { search, status, risk, sort, offset, limit, json } => {
            let filter = BreachFilter {
                query: search.unwrap_or_default(),
                status: status.map(|s| BreachStatus::parse(&s)).transpose().map_err(|r| Invalid::field("status", r))?,
                risk: risk.map(|r| Risk::parse(&r)).transpose().map_err(|r| Invalid::field("risk", r))?,
                sort: match sort {
                    SortArg::Aware => BreachSort::Aware,
                    SortArg::Due => BreachSort::Due,
                    SortArg::Title => BreachSort::Title,
                    SortArg::Status => BreachSort::Status,
                },
                descending: false,
                offset,
                limit,
            };
            let shown = crate::api::breach::list(store, &filter)?.rows;
            if json {
                print_json(&shown)?;
            } else if shown.is_empty() {
                println!("No breach matches.");
            } else {
                println!("{:>4}  {:<32} {:<23} {:<9} {:<13} Deadline", "ID", "Title", "Aware", "Risk", "Status");
                for s in shown {
                    let deadline = match s.urgency {
                        breach::BreachUrgency::Ok | breach::BreachUrgency::Soon | breach::BreachUrgency::Overdue => remaining_text(s.remaining_seconds, Lang::En),
                        u => u.label(Lang::En).to_lowercase(),
                    };
                    println!(
                        "{:>4}  {:<32} {:<23} {:<9} {:<13} {}",
                        s.id.0,
                        super::truncate(&s.title, 32),
                        s.aware_at_local,
                        s.risk.map(|r| r.as_str()).unwrap_or("-"),
                        s.status.as_str(),
                        deadline
                    );
                }
            }
        }
        BreachCommand::Show(super::ShowArgs { id, json }) => {
            let id = parse_id(&id)?;
            return show_with_history(store, "breach", id.0, &BreachView::new(store.breach(id)?, &org, store.now(), store.texts_lang(&org)), json, print_view);
        }
        BreachCommand::Edit(super::EditArgs { id, fields }) => {
            let id = parse_id(&id)?;
            let b = store.atomically(|s| {
                let mut d = s.breach(id)?.data.to_draft();
                fields.apply(&mut d);
                s.update_breach(id, &d)
            })?;
            return report(store, b, fields.json, "Updated");
        }
        BreachCommand::Assess { id, risk, reason, json } => {
            let b = store.assess_breach(parse_id(&id)?, &risk, &reason)?;
            return report(store, b, json, "Assessed");
        }
        BreachCommand::Decide(a) => {
            let (about, notify) = match (a.authority, a.no_authority, a.people, a.no_people) {
                (true, ..) => (DecisionAbout::Authority, true),
                (_, true, ..) => (DecisionAbout::Authority, false),
                (_, _, true, _) => (DecisionAbout::People, true),
                (.., true) => (DecisionAbout::People, false),
                _ => return Err(Invalid::field("decision", "say which: --authority, --no-authority, --people or --no-people").into()),
            };
            let draft = DecisionDraft { about, notify, reason: a.reason.unwrap_or_default(), exemptions: a.exemption.into_iter().collect() };
            let b = store.decide_breach(parse_id(&a.id)?, &draft)?;
            return report(store, b, a.json, "Decision recorded for");
        }
        BreachCommand::Notify(a) => {
            let draft = NotificationDraft {
                to: a.to,
                at: a.at,
                phase: a.phase.unwrap_or_default(),
                reference: a.reference.unwrap_or_default(),
                method: a.method.unwrap_or_default(),
                reached: a.reached.unwrap_or_default(),
                controller: a.controller.unwrap_or_default(),
                delay_reason: a.delay_reason.unwrap_or_default(),
            };
            let b = store.notify_breach(parse_id(&a.id)?, &draft)?;
            return report(store, b, a.json, "Notification recorded for");
        }
        BreachCommand::Note { id, at, text, json } => {
            let b = store.note_breach(parse_id(&id)?, &at, &text)?;
            return report(store, b, json, "Event noted for");
        }
        BreachCommand::Close { id, json } => {
            let b = store.close_breach(parse_id(&id)?)?;
            return report(store, b, json, "Closed");
        }
        BreachCommand::Reopen { id, reason, json } => {
            let b = store.reopen_breach(parse_id(&id)?, &reason)?;
            return report(store, b, json, "Reopened");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_view(v: &BreachView) {
    let b = &v.breach;
    let d = &b.data;
    let lang = Lang::En;
    let list = |items: Vec<&str>| if items.is_empty() { None } else { Some(items.join(", ")) };
    let deadline = |dl: &breach::clock::Deadline| {
        let state = match dl.urgency {
            breach::BreachUrgency::Ok | breach::BreachUrgency::Soon | breach::BreachUrgency::Overdue => remaining_text(dl.remaining_seconds, lang),
            u => u.label(lang).to_lowercase(),
        };
        format!("{} ({state})\n{:<20}{}", dl.due_at_local, "", dl.rule)
    };
    let lines = [
        ("ID", Some(b.id.to_string())),
        ("Title", Some(d.title.clone())),
        ("Status", Some(v.status.as_str().to_string())),
        ("Role", Some(if d.controllers.is_empty() { d.role.as_str().to_string() } else { format!("{} for {}", d.role.as_str(), d.controllers.join(", ")) })),
        ("Aware", Some(format!("{} ({})", v.aware_at_local, utc_text(d.aware_at)))),
        ("Occurred from", d.occurred_from.map(|t| local(t, v.timezone.parse().unwrap_or(chrono_tz::UTC)))),
        ("Occurred to", d.occurred_to.map(|t| local(t, v.timezone.parse().unwrap_or(chrono_tz::UTC)))),
        ("Authority deadline", Some(deadline(&v.clock.authority))),
        ("Controller deadline", v.clock.controller.as_ref().map(deadline)),
        ("Description", d.description.clone()),
        ("Discovery", d.discovery.clone()),
        ("Cyber incident", d.cyber_incident.map(|a| a.as_str().to_string())),
        ("Nature", list(d.nature.iter().map(|n| n.as_str()).collect())),
        ("Data", list(d.data_categories.iter().map(|n| n.as_str()).collect())),
        ("People categories", list(d.subject_categories.iter().map(|n| n.as_str()).collect())),
        ("People", d.people_count.map(|n| format!("about {n}"))),
        ("Records", d.records_count.map(|n| format!("about {n}"))),
        ("Consequences", d.consequences.clone()),
        ("Likelihood", d.likelihood.map(|l| l.as_str().to_string())),
        ("Measures taken", d.measures_taken.clone()),
        ("Measures proposed", d.measures_proposed.clone()),
        ("Risk", b.assessment.as_ref().map(|a| format!("{}: {}", a.risk.as_str(), a.reason))),
        ("Authority decision", b.authority_decision.as_ref().map(|x| format!("{}{}", if x.notify { "notify" } else { "do not notify" }, x.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default()))),
        ("People decision", b.people_decision.as_ref().map(|x| format!("{}{}", if x.notify { "tell them" } else { "do not tell them" }, x.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default()))),
    ];
    for (label, value) in lines {
        if let Some(v) = value {
            println!("{label:<20}{v}");
        }
    }
    println!("\nTimeline:");
    for e in &v.timeline {
        println!("  {}  {}", e.at_local, e.text);
    }
}

pub fn print_notification(store: &Store, a: NotificationArgs) -> Result<ExitCode> {
    let form = AuthorityForm::parse(&a.authority).map_err(|r| Invalid::field("authority", r))?;
    let phase = a.phase.map(|p| Phase::parse(&p)).transpose().map_err(|r| Invalid::field("phase", r))?;
    write_printed(&a.output, api::breach::print_notification(store, parse_id(&a.id)?, form, phase, parse_lang(a.lang)?)?)
}

pub fn print_letter(store: &Store, a: LetterArgs) -> Result<ExitCode> {
    write_printed(&a.output, api::breach::print_letter(store, parse_id(&a.id)?, parse_lang(a.lang)?)?)
}

pub fn print_register(store: &Store, a: RegisterArgs) -> Result<ExitCode> {
    write_printed(&a.output, api::breach::print_register(store, parse_lang(a.lang)?, &crate::progress::Progress::none())?)
}
