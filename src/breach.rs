//! The breach register (product.md module 5, rules.md §2): every incident that may be a personal data breach,
//! notified or not (Art. 33(5)), with its facts, the risk assessment, the decisions and their reasons, the
//! notifications made, the timeline, and the 72-hour clock.
//!
//! Lifecycle: `open` (recorded) → `assessed` (risk and reasoning) → `notified` (authority, or the controller when we
//! are processor) or `not-notified` (decision with reasons) → `closed`. The status is derived from what is recorded,
//! never stored, so it cannot go stale; so are lateness and the deadlines' urgency.

pub mod clock;
pub mod documents;
pub mod vocab;

pub use vocab::*;

use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::text::{non_empty, search_key};
use chrono::{DateTime, Utc};
use clock::{ClockInput, Deadline, Duty};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::typed_id!(
    /// A breach in the register.
    BreachId
);

/// The facts of an incident, all valid. Everything but the title and the awareness instant may be unknown at first
/// and is filled in as the investigation goes; the documents print what is missing as "not known yet".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct BreachData {
    pub title: String,
    /// When we became aware (Art. 33(1)): the 72 hours start here.
    #[ts(type = "string")]
    pub aware_at: DateTime<Utc>,
    #[ts(type = "string | null")]
    pub occurred_from: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub occurred_to: Option<DateTime<Utc>>,
    /// What happened, in a few sentences.
    pub description: Option<String>,
    /// How it was discovered.
    pub discovery: Option<String>,
    /// ICO: was it a cyber incident?
    pub cyber_incident: Option<Answer>,
    pub nature: Vec<Nature>,
    pub data_categories: Vec<DataCategory>,
    /// Details of the data (which special categories, which fields).
    pub data_details: Option<String>,
    pub subject_categories: Vec<SubjectCategory>,
    pub subject_details: Option<String>,
    /// Approximate number of people affected.
    #[ts(type = "number | null")]
    pub people_count: Option<u64>,
    /// Approximate number of personal data records affected.
    #[ts(type = "number | null")]
    pub records_count: Option<u64>,
    pub consequences: Option<String>,
    /// ICO: how likely the consequences are.
    pub likelihood: Option<Likelihood>,
    pub measures_taken: Option<String>,
    pub measures_proposed: Option<String>,
    /// ICO: had the staff involved received data protection training (in the last two years)?
    pub staff_trained: Option<Answer>,
    pub training_details: Option<String>,
    /// ICO: who else has been told (police, other regulators, banks, insurers).
    pub others_told: Option<String>,
    pub role: BreachRole,
    /// When we are processor: the customers (controllers) whose data it is.
    pub controllers: Vec<String>,
    pub notes: Option<String>,
}

/// The facts as a form or the command line gives them: text, checked by [`BreachDraft::validate`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct BreachDraft {
    pub title: String,
    /// RFC 3339 with `Z` or an offset.
    pub aware_at: String,
    pub occurred_from: String,
    pub occurred_to: String,
    pub description: String,
    pub discovery: String,
    /// yes, no or dont-know; empty when not known yet.
    pub cyber_incident: String,
    pub nature: Vec<String>,
    pub data_categories: Vec<String>,
    pub data_details: String,
    pub subject_categories: Vec<String>,
    pub subject_details: String,
    pub people_count: String,
    pub records_count: String,
    pub consequences: String,
    pub likelihood: String,
    pub measures_taken: String,
    pub measures_proposed: String,
    pub staff_trained: String,
    pub training_details: String,
    pub others_told: String,
    /// controller (default) or processor.
    pub role: String,
    pub controllers: Vec<String>,
    pub notes: String,
}

fn optional<T>(value: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<Option<T>, String> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        parse(value).map(Some)
    }
}

/// An approximate count: digits, with spaces, commas or dots as thousands separators ("1 200", "12,000").
/// A separator splits the digits into groups of three after the first ("1.5" is refused, not read as 15).
pub fn parse_count(value: &str) -> Result<u64, String> {
    let v = value.trim();
    let shown = crate::text::visible(v);
    if v.starts_with('-') {
        return Err(format!("'{shown}' is negative; give an approximate number of people or records, for example 1200"));
    }
    let groups: Vec<&str> = v.split(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.' | '_' | '\'')).collect();
    let well_grouped = groups.len() == 1 || (!groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let digits: String = groups.concat();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || !well_grouped {
        return Err(format!("'{shown}' is not a whole number; give an approximate whole number, for example 1200 or 1 200"));
    }
    digits.parse::<u64>().map_err(|_| format!("'{shown}' is too large"))
}

fn limited(c: &mut Checker, field: &str, value: &str, max: usize) -> Option<String> {
    let v = non_empty(value);
    if let Some(s) = &v {
        let n = s.chars().count();
        if n > max {
            c.push(field, format!("is too long ({n} characters; at most {max})"));
        }
    }
    v
}

fn clean_names(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().flat_map(|s| s.split([',', ';', '\n'])) {
        let t = item.trim();
        if !t.is_empty() && !out.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            out.push(t.to_string());
        }
    }
    out
}

impl BreachDraft {
    /// Checks every field and reports all that fail at once. `now` refuses an awareness instant in the future.
    pub fn validate(&self, at: impl Into<clock::Moment>) -> Result<BreachData, Invalid> {
        let clock::Moment { now, tz } = at.into();
        let read = |v: &str| clock::read_instant(v, tz);
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let title = c.check("title", non_empty(&self.title).ok_or_else(|| "is required: a short name for the incident".to_string()));
            if title.as_ref().is_some_and(|t| t.chars().count() > 200) {
                c.push("title", "is too long (at most 200 characters)");
            }
            let aware_at = c.check("aware_at", read(&self.aware_at));
            if aware_at.is_some_and(|a| a > now) {
                c.push("aware_at", format!("'{}' is in the future; awareness is when we learnt of the incident", self.aware_at.trim()));
            }
            let occurred_from = c.check("occurred_from", optional(&self.occurred_from, read)).flatten();
            let occurred_to = c.check("occurred_to", optional(&self.occurred_to, read)).flatten();
            if let (Some(from), Some(to)) = (occurred_from, occurred_to) {
                if to < from {
                    c.push("occurred_to", format!("'{}' is before the start of the occurrence", self.occurred_to.trim()));
                }
            }
            if let (Some(from), Some(aware)) = (occurred_from, aware_at) {
                if from > aware {
                    c.push("occurred_from", format!("'{}' is after we became aware; an incident starts before it is found", self.occurred_from.trim()));
                }
            }
            let cyber_incident = c.check("cyber_incident", optional(&self.cyber_incident, Answer::parse)).flatten();
            let nature = c.check("nature", Nature::parse_list(&self.nature));
            let data_categories = c.check("data_categories", DataCategory::parse_list(&self.data_categories));
            let subject_categories = c.check("subject_categories", SubjectCategory::parse_list(&self.subject_categories));
            let people_count = c.check("people_count", optional(&self.people_count, parse_count)).flatten();
            let records_count = c.check("records_count", optional(&self.records_count, parse_count)).flatten();
            let likelihood = c.check("likelihood", optional(&self.likelihood, Likelihood::parse)).flatten();
            let staff_trained = c.check("staff_trained", optional(&self.staff_trained, Answer::parse)).flatten();
            let role = if self.role.trim().is_empty() { Some(BreachRole::Controller) } else { c.check("role", BreachRole::parse(&self.role)) };
            let controllers = clean_names(&self.controllers);
            if role == Some(BreachRole::Processor) && controllers.is_empty() {
                c.push("controllers", "is required when we are processor: the customers whose data it is");
            }
            let description = limited(&mut c, "description", &self.description, 10_000);
            let discovery = limited(&mut c, "discovery", &self.discovery, 5_000);
            let data_details = limited(&mut c, "data_details", &self.data_details, 5_000);
            let subject_details = limited(&mut c, "subject_details", &self.subject_details, 5_000);
            let consequences = limited(&mut c, "consequences", &self.consequences, 10_000);
            let measures_taken = limited(&mut c, "measures_taken", &self.measures_taken, 10_000);
            let measures_proposed = limited(&mut c, "measures_proposed", &self.measures_proposed, 10_000);
            let training_details = limited(&mut c, "training_details", &self.training_details, 5_000);
            let others_told = limited(&mut c, "others_told", &self.others_told, 5_000);
            let notes = limited(&mut c, "notes", &self.notes, 10_000);
            c.finish()?;
            Ok(BreachData {
                title: title.unwrap(),
                aware_at: aware_at.unwrap(),
                occurred_from,
                occurred_to,
                description,
                discovery,
                cyber_incident,
                nature: nature.unwrap(),
                data_categories: data_categories.unwrap(),
                data_details,
                subject_categories: subject_categories.unwrap(),
                subject_details,
                people_count,
                records_count,
                consequences,
                likelihood,
                measures_taken,
                measures_proposed,
                staff_trained,
                training_details,
                others_told,
                role: role.unwrap(),
                controllers,
                notes,
            })
        })
    }
}

impl BreachData {
    /// The record back as a draft, for editing (instants in RFC 3339, UTC).
    pub fn to_draft(&self) -> BreachDraft {
        self.draft_with(clock::utc_text)
    }

    /// The record as the window's form holds it: instants as local date and time in the organisation's zone.
    pub fn to_local_draft(&self, tz: chrono_tz::Tz) -> BreachDraft {
        self.draft_with(|at| clock::local_input(at, tz))
    }

    fn draft_with(&self, show: impl Fn(DateTime<Utc>) -> String) -> BreachDraft {
        let instant = |d: Option<DateTime<Utc>>| d.map(&show).unwrap_or_default();
        let codes = |v: Vec<&'static str>| v.into_iter().map(str::to_string).collect::<Vec<_>>();
        BreachDraft {
            title: self.title.clone(),
            aware_at: show(self.aware_at),
            occurred_from: instant(self.occurred_from),
            occurred_to: instant(self.occurred_to),
            description: self.description.clone().unwrap_or_default(),
            discovery: self.discovery.clone().unwrap_or_default(),
            cyber_incident: self.cyber_incident.map(|a| a.as_str().to_string()).unwrap_or_default(),
            nature: codes(self.nature.iter().map(|n| n.as_str()).collect()),
            data_categories: codes(self.data_categories.iter().map(|n| n.as_str()).collect()),
            data_details: self.data_details.clone().unwrap_or_default(),
            subject_categories: codes(self.subject_categories.iter().map(|n| n.as_str()).collect()),
            subject_details: self.subject_details.clone().unwrap_or_default(),
            people_count: self.people_count.map(|n| n.to_string()).unwrap_or_default(),
            records_count: self.records_count.map(|n| n.to_string()).unwrap_or_default(),
            consequences: self.consequences.clone().unwrap_or_default(),
            likelihood: self.likelihood.map(|a| a.as_str().to_string()).unwrap_or_default(),
            measures_taken: self.measures_taken.clone().unwrap_or_default(),
            measures_proposed: self.measures_proposed.clone().unwrap_or_default(),
            staff_trained: self.staff_trained.map(|a| a.as_str().to_string()).unwrap_or_default(),
            training_details: self.training_details.clone().unwrap_or_default(),
            others_told: self.others_told.clone().unwrap_or_default(),
            role: self.role.as_str().into(),
            controllers: self.controllers.clone(),
            notes: self.notes.clone().unwrap_or_default(),
        }
    }
}

/// The risk assessment: the level and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Assessment {
    pub risk: Risk,
    pub reason: String,
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
}

/// A decision whether to notify the authority or to tell the people affected, with its reasons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Decision {
    pub notify: bool,
    /// Required for a "no"; optional for a "yes".
    pub reason: Option<String>,
    /// For the people: the Art. 34(3) exemptions relied on when not telling them of a high-risk breach.
    pub exemptions: Vec<Exemption>,
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
}

/// Which decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionAbout {
    Authority,
    People,
}

/// A decision as a form or the command line gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct DecisionDraft {
    pub about: DecisionAbout,
    pub notify: bool,
    #[serde(default)]
    pub reason: String,
    /// Art. 34(3) exemption codes: unintelligible, later-measures, disproportionate-effort.
    #[serde(default)]
    pub exemptions: Vec<String>,
}

/// A notification made: to the authority (initial or complementary), to the people, or to a controller.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Notification {
    #[ts(type = "number")]
    pub id: i64,
    pub recipient: Recipient,
    /// For the authority: initial or complementary.
    pub phase: Option<Phase>,
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    /// The authority's case reference (CNIL notification number, ICO case reference).
    pub reference: Option<String>,
    /// For the people: how they were told (e-mail, letter, public notice).
    pub method: Option<String>,
    /// For the people: how many were reached.
    #[ts(type = "number | null")]
    pub reached: Option<u64>,
    /// For a controller: which one.
    pub controller: Option<String>,
    /// Required when made after the deadline (Art. 33(1)).
    pub delay_reason: Option<String>,
    #[ts(type = "string")]
    pub recorded_at: DateTime<Utc>,
}

/// A notification as a form or the command line gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct NotificationDraft {
    /// authority, people or controller.
    pub to: String,
    /// RFC 3339 with `Z` or an offset.
    pub at: String,
    /// initial (default for the first) or complementary.
    pub phase: String,
    pub reference: String,
    pub method: String,
    pub reached: String,
    pub controller: String,
    pub delay_reason: String,
}

/// The notification as validated, before the store gives it an id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewNotification {
    pub recipient: Recipient,
    pub phase: Option<Phase>,
    pub at: DateTime<Utc>,
    pub reference: Option<String>,
    pub method: Option<String>,
    pub reached: Option<u64>,
    pub controller: Option<String>,
    pub delay_reason: Option<String>,
}

/// Something that happened, noted on the timeline by hand (containment steps, calls, findings).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct BreachEvent {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub text: String,
    #[ts(type = "string")]
    pub recorded_at: DateTime<Utc>,
}

/// A record of the register with everything recorded about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Breach {
    pub id: BreachId,
    #[serde(flatten)]
    pub data: BreachData,
    pub assessment: Option<Assessment>,
    pub authority_decision: Option<Decision>,
    pub people_decision: Option<Decision>,
    pub notifications: Vec<Notification>,
    pub events: Vec<BreachEvent>,
    #[ts(type = "string | null")]
    pub closed_at: Option<DateTime<Utc>>,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

fn refuse(field: &str, reason: impl Into<String>) -> Invalid {
    Invalid::field(field, reason)
}

impl Breach {
    pub fn risk(&self) -> Option<Risk> {
        self.assessment.as_ref().map(|a| a.risk)
    }

    fn first(&self, recipient: Recipient) -> Option<&Notification> {
        self.notifications.iter().filter(|n| n.recipient == recipient).min_by_key(|n| n.at)
    }

    /// The first notification to the authority (the initial one).
    pub fn authority_notified(&self) -> Option<&Notification> {
        self.first(Recipient::Authority)
    }

    pub fn people_notified(&self) -> Option<&Notification> {
        self.first(Recipient::People)
    }

    pub fn controller_notified(&self) -> Option<&Notification> {
        self.first(Recipient::Controller)
    }

    /// Whether the authority must be notified as far as we know now: `None` while undecided.
    pub fn authority_required(&self) -> Option<bool> {
        if self.data.role == BreachRole::Processor {
            return Some(false);
        }
        match (&self.authority_decision, self.risk()) {
            (Some(d), _) => Some(d.notify),
            (None, Some(Risk::Risk | Risk::High)) => Some(true),
            _ => None,
        }
    }

    pub fn status(&self) -> BreachStatus {
        if self.closed_at.is_some() {
            return BreachStatus::Closed;
        }
        let notified = match self.data.role {
            BreachRole::Controller => self.authority_notified().is_some(),
            BreachRole::Processor => self.controller_notified().is_some(),
        };
        if notified {
            BreachStatus::Notified
        } else if self.authority_decision.as_ref().is_some_and(|d| !d.notify) && self.data.role == BreachRole::Controller {
            BreachStatus::NotNotified
        } else if self.assessment.is_some() {
            BreachStatus::Assessed
        } else {
            BreachStatus::Open
        }
    }

    pub fn authority_due_at(&self) -> DateTime<Utc> {
        clock::authority_due(self.data.aware_at)
    }

    pub fn controller_due_at(&self, hours: u32) -> Option<DateTime<Utc>> {
        (self.data.role == BreachRole::Processor).then(|| clock::controller_due(self.data.aware_at, hours))
    }

    /// The deadlines relative to `now`: the authority's always (for a processor it is the controller's to meet,
    /// so it shows as not required of us), the controller's when we are processor.
    pub fn clock(&self, processor_hours: u32, now: DateTime<Utc>, tz: chrono_tz::Tz) -> BreachClock {
        let closed = self.closed_at.is_some();
        let authority = clock::deadline(
            Duty::Authority,
            clock::AUTHORITY_HOURS as u32,
            &ClockInput {
                aware_at: self.data.aware_at,
                notified_at: self.authority_notified().map(|n| n.at),
                required: !closed && self.authority_required() != Some(false),
            },
            now,
            tz,
        );
        let controller = (self.data.role == BreachRole::Processor).then(|| {
            clock::deadline(
                Duty::Controller,
                processor_hours,
                &ClockInput { aware_at: self.data.aware_at, notified_at: self.controller_notified().map(|n| n.at), required: !closed },
                now,
                tz,
            )
        });
        BreachClock { authority, controller }
    }

    fn open(&self) -> Result<(), Invalid> {
        match self.closed_at {
            Some(at) => Err(refuse("status", format!("breach #{} was closed on {}; a closed record is not changed", self.id, clock::utc_text(at)))),
            None => Ok(()),
        }
    }

    /// The facts may change while the breach is open (Art. 33(4): information given in phases).
    pub fn check_update(&self, data: &BreachData) -> Result<(), Invalid> {
        self.open()?;
        if data.role == BreachRole::Controller && self.controller_notified().is_some() {
            return Err(refuse("role", "a controller has already been told as our customer; the role stays processor"));
        }
        Ok(())
    }

    /// Records the risk level and its reasoning; re-assessing as facts emerge is allowed until closed.
    pub fn assess(&self, risk: &str, reason: &str, now: DateTime<Utc>) -> Result<Assessment, Invalid> {
        crate::text::guarded(&serde_json::json!({ "risk": risk, "reason": reason }), &crate::text::FORM_RULES, || {
            self.open()?;
            let mut c = Checker::new();
            let risk = c.check("risk", if risk.trim().is_empty() { Err("is required: unlikely, risk or high".into()) } else { Risk::parse(risk) });
            let reason = c.check("reason", non_empty(reason).ok_or_else(|| "is required: why this risk level (Art. 33(5) asks for the reasoning)".to_string()));
            if let (Some(r), Some(d)) = (risk, &self.authority_decision) {
                if r != Risk::Unlikely && !d.notify && self.authority_notified().is_none() {
                    c.push("risk", format!("'{}' contradicts the decision recorded not to notify the authority; record a decision to notify first", r.as_str()));
                }
            }
            c.finish()?;
            Ok(Assessment { risk: risk.unwrap(), reason: reason.unwrap(), at: now })
        })
    }

    /// Checks a decision against what is recorded: assess first; a "no" needs reasons; not notifying the authority
    /// is possible only when the risk is unlikely (Art. 33(1)); not telling the people of a high-risk breach needs an
    /// Art. 34(3) exemption.
    pub fn decide(&self, d: &DecisionDraft, now: DateTime<Utc>) -> Result<Decision, Invalid> {
        crate::text::guarded(d, &crate::text::FORM_RULES, || {
            self.open()?;
            let Some(risk) = self.risk() else {
                return Err(refuse("risk", format!("breach #{} is not assessed yet: record the risk level first (`privdesk breach assess`)", self.id)));
            };
            let mut c = Checker::new();
            let reason = non_empty(&d.reason);
            if !d.notify && reason.is_none() {
                c.push("reason", "is required for a decision not to notify: say why");
            }
            let exemptions = c.check("exemptions", Exemption::parse_list(&d.exemptions)).unwrap_or_default();
            match d.about {
                DecisionAbout::Authority => {
                    if !exemptions.is_empty() {
                        c.push("exemptions", "apply only to telling the people (Art. 34(3))");
                    }
                    if !d.notify && risk != Risk::Unlikely {
                        c.push("authority", format!("cannot be 'no' while the risk is assessed as '{}': Art. 33(1) exempts only breaches unlikely to result in a risk; re-assess first", risk.as_str()));
                    }
                    if !d.notify && self.authority_notified().is_some() {
                        c.push("authority", "the authority has already been notified");
                    }
                }
                DecisionAbout::People => {
                    if !d.notify && risk == Risk::High && exemptions.is_empty() {
                        c.push("exemptions", "are required to not tell the people of a high-risk breach (Art. 34(3)): unintelligible, later-measures or disproportionate-effort");
                    }
                    if d.notify && !exemptions.is_empty() {
                        c.push("exemptions", "are only for a decision not to tell the people");
                    }
                    if !d.notify && self.people_notified().is_some() {
                        c.push("people", "the people have already been told");
                    }
                }
            }
            c.finish()?;
            Ok(Decision { notify: d.notify, reason, exemptions, at: now })
        })
    }

    /// Checks a notification: not before awareness nor after `now`; a complementary one needs the initial one; a
    /// late one (authority after 72 hours, controller after the contract's hours) needs the reasons for the delay.
    pub fn notify(&self, d: &NotificationDraft, processor_hours: u32, at: impl Into<clock::Moment>) -> Result<NewNotification, Invalid> {
        let clock::Moment { now, tz } = at.into();
        crate::text::guarded(d, &crate::text::FORM_RULES, || {
            self.open()?;
            let mut c = Checker::new();
            let recipient = c.check("to", if d.to.trim().is_empty() { Err("is required: authority, people or controller".into()) } else { Recipient::parse(&d.to) });
            let at = c.check("at", clock::read_instant(&d.at, tz));
            if let Some(at) = at {
                if at < self.data.aware_at {
                    c.push("at", format!("'{}' is before we became aware ({})", d.at.trim(), clock::utc_text(self.data.aware_at)));
                }
                if at > now {
                    c.push("at", format!("'{}' is in the future; record a notification once it is made", d.at.trim()));
                }
            }
            let phase_given = c.check("phase", optional(&d.phase, Phase::parse)).flatten();
            let reached = c.check("reached", optional(&d.reached, parse_count)).flatten();
            let reference = non_empty(&d.reference);
            let method = non_empty(&d.method);
            let delay_reason = non_empty(&d.delay_reason);
            let mut controller = non_empty(&d.controller);
            let mut phase = None;
            match recipient {
                Some(Recipient::Authority) => {
                    if self.data.role == BreachRole::Processor {
                        c.push("to", "as processor we tell the controller, who notifies the authority; use --to controller");
                    }
                    if self.authority_decision.as_ref().is_some_and(|dec| !dec.notify) {
                        c.push("to", "the decision recorded is not to notify the authority; record a decision to notify first");
                    }
                    let initial = self.authority_notified();
                    phase = Some(phase_given.unwrap_or(if initial.is_some() { Phase::Complementary } else { Phase::Initial }));
                    match (phase, initial) {
                        (Some(Phase::Complementary), None) => c.push("phase", "complementary needs the initial notification recorded first"),
                        (Some(Phase::Initial), Some(_)) => c.push("phase", "the initial notification is already recorded; this one is complementary"),
                        _ => {}
                    }
                    if let (Some(at), Some(p), Some(initial)) = (at, phase, initial) {
                        if p == Phase::Complementary && at < initial.at {
                            c.push("at", format!("'{}' is before the initial notification", d.at.trim()));
                        }
                    }
                    if phase == Some(Phase::Initial) && at.is_some_and(|at| at > self.authority_due_at()) && delay_reason.is_none() {
                        c.push("delay_reason", format!("is required: the notification is after the 72-hour deadline ({}) (Art. 33(1))", clock::utc_text(self.authority_due_at())));
                    }
                }
                Some(Recipient::People) => {
                    if self.people_decision.as_ref().is_some_and(|dec| !dec.notify) {
                        c.push("to", "the decision recorded is not to tell the people; record a decision to tell them first");
                    }
                    if method.is_none() {
                        c.push("method", "is required: how the people were told (e-mail, letter, public notice)");
                    }
                }
                Some(Recipient::Controller) => {
                    if self.data.role != BreachRole::Processor {
                        c.push("to", "a controller is told only when we are processor; set the role to processor with the controllers named");
                        return Err(c.finish().unwrap_err());
                    }
                    match (&controller, self.data.controllers.as_slice()) {
                        (None, [only]) => controller = Some(only.clone()),
                        (None, _) => c.push("controller", format!("is required: which controller ({})", self.data.controllers.join(", "))),
                        (Some(name), list) if !list.iter().any(|x| x.eq_ignore_ascii_case(name)) => {
                            c.push("controller", format!("'{name}' is not one of this breach's controllers ({})", list.join(", ")))
                        }
                        _ => {}
                    }
                    let first_to_this = self.notifications.iter().all(|n| n.recipient != Recipient::Controller || !n.controller.as_deref().zip(controller.as_deref()).is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)));
                    let due = clock::controller_due(self.data.aware_at, processor_hours);
                    if first_to_this && at.is_some_and(|at| at > due) && delay_reason.is_none() {
                        c.push("delay_reason", format!("is required: the controller is told after the {processor_hours}-hour deadline ({})", clock::utc_text(due)));
                    }
                }
                None => {}
            }
            if recipient != Some(Recipient::Authority) && phase_given.is_some() {
                c.push("phase", "applies only to notifications to the authority");
            }
            if recipient != Some(Recipient::People) && reached.is_some() {
                c.push("reached", "applies only to telling the people");
            }
            c.finish()?;
            Ok(NewNotification { recipient: recipient.unwrap(), phase, at: at.unwrap(), reference, method, reached, controller, delay_reason })
        })
    }

    /// Checks an event noted on the timeline by hand: an instant not in the future and a text.
    pub fn note(&self, at: &str, text: &str, moment: impl Into<clock::Moment>) -> Result<(DateTime<Utc>, String), Invalid> {
        let clock::Moment { now, tz } = moment.into();
        crate::text::guarded(&serde_json::json!({ "at": at, "text": text }), &crate::text::FORM_RULES, || {
            self.open()?;
            let mut c = Checker::new();
            let instant = c.check("at", clock::read_instant(at, tz));
            if instant.is_some_and(|i| i > now) {
                c.push("at", format!("'{}' is in the future; note events once they happen", at.trim()));
            }
            let text = c.check("text", non_empty(text).ok_or_else(|| "is required: what happened".to_string()));
            if text.as_ref().is_some_and(|t| t.chars().count() > 5_000) {
                c.push("text", "is too long (at most 5000 characters)");
            }
            c.finish()?;
            Ok((instant.unwrap(), text.unwrap()))
        })
    }

    /// Reopening a closed breach (new facts, a complementary notification to make) needs the reason, which goes on
    /// the timeline; the trimmed reason is returned.
    pub fn check_reopen(&self, reason: &str) -> Result<String, Invalid> {
        crate::text::guarded(&serde_json::json!({ "reason": reason }), &crate::text::FORM_RULES, || {
            if self.closed_at.is_none() {
                return Err(refuse("status", format!("breach #{} is open; only a closed breach is reopened", self.id)));
            }
            let reason = reason.trim();
            if reason.is_empty() {
                return Err(refuse("reason", "is required: say why the breach is reopened (new facts, a complementary notification)"));
            }
            Ok(reason.to_string())
        })
    }

    /// Closing needs the work done: the risk assessed; as controller, the authority notified or the decision not to
    /// notify recorded, and for a high risk the people told or the decision not to tell them recorded; as processor,
    /// every controller told.
    pub fn check_close(&self) -> Result<(), Invalid> {
        self.open()?;
        let mut missing = Vec::new();
        match self.risk() {
            None => missing.push("the risk assessment (`breach assess`)".to_string()),
            Some(risk) => match self.data.role {
                BreachRole::Controller => {
                    if self.authority_notified().is_none() && self.authority_decision.as_ref().is_none_or(|d| d.notify) {
                        missing.push("the authority notification, or the decision not to notify with its reasons".into());
                    }
                    if risk == Risk::High && self.people_notified().is_none() && self.people_decision.as_ref().is_none_or(|d| d.notify) {
                        missing.push("telling the people (high risk), or the decision not to with its Art. 34(3) exemption".into());
                    }
                }
                BreachRole::Processor => {
                    for name in &self.data.controllers {
                        let told = self.notifications.iter().any(|n| n.recipient == Recipient::Controller && n.controller.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(name)));
                        if !told {
                            missing.push(format!("telling the controller {name}"));
                        }
                    }
                }
            },
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(refuse("status", format!("breach #{} cannot be closed yet; missing: {}", self.id, missing.join("; "))))
        }
    }

    /// Everything that happened, oldest first: the occurrence, awareness, the deadline, the assessment, decisions,
    /// notifications, events noted by hand, closure.
    pub fn timeline(&self, lang: Lang, tz: chrono_tz::Tz) -> Vec<TimelineEntry> {
        let t = |en: &str, fr: &str| match lang {
            Lang::En => en.to_string(),
            Lang::Fr => fr.to_string(),
        };
        let mut out: Vec<(DateTime<Utc>, &'static str, String)> = Vec::new();
        if let Some(at) = self.data.occurred_from {
            out.push((at, "occurred", t("The incident began", "Début de l'incident")));
        }
        if let Some(at) = self.data.occurred_to {
            out.push((at, "occurred", t("The incident ended", "Fin de l'incident")));
        }
        out.push((self.data.aware_at, "aware", t("We became aware; the 72 hours start", "Prise de connaissance ; début des 72 heures")));
        if self.data.role == BreachRole::Controller {
            out.push((self.authority_due_at(), "deadline", t("72-hour deadline for notifying the authority", "Échéance des 72 heures pour notifier l'autorité")));
        }
        out.push((self.created_at, "recorded", t("Recorded in the register", "Inscription au registre")));
        if let Some(a) = &self.assessment {
            out.push((a.at, "assessed", format!("{}: {} — {}", t("Risk assessed", "Risque évalué"), a.risk.label(lang), a.reason)));
        }
        for (about, d) in [("authority", &self.authority_decision), ("people", &self.people_decision)] {
            if let Some(d) = d {
                let what = match (about, d.notify) {
                    ("authority", true) => t("Decision: notify the authority", "Décision : notifier l'autorité"),
                    ("authority", false) => t("Decision: not to notify the authority", "Décision : ne pas notifier l'autorité"),
                    (_, true) => t("Decision: tell the people affected", "Décision : informer les personnes concernées"),
                    (_, false) => t("Decision: not to tell the people affected", "Décision : ne pas informer les personnes concernées"),
                };
                let reason = d.reason.as_deref().map(|r| format!(" — {r}")).unwrap_or_default();
                out.push((d.at, "decided", format!("{what}{reason}")));
            }
        }
        for n in &self.notifications {
            let mut text = match n.recipient {
                Recipient::Authority => format!(
                    "{} ({})",
                    t("Authority notified", "Autorité notifiée"),
                    n.phase.unwrap_or(Phase::Initial).label(lang).to_lowercase()
                ),
                Recipient::People => t("People affected told", "Personnes concernées informées"),
                Recipient::Controller => format!("{} {}", t("Controller told:", "Responsable de traitement informé :"), n.controller.clone().unwrap_or_default()),
            };
            if let Some(r) = &n.reference {
                text.push_str(&format!(", {} {r}", t("reference", "référence")));
            }
            if let Some(m) = &n.method {
                text.push_str(&format!(", {m}"));
            }
            if let Some(r) = n.reached {
                text.push_str(&format!(", {r} {}", t("reached", "atteintes")));
            }
            out.push((n.at, "notified", text));
        }
        for e in &self.events {
            out.push((e.at, "event", e.text.clone()));
        }
        if let Some(at) = self.closed_at {
            out.push((at, "closed", t("Closed", "Clôture")));
        }
        out.sort_by_key(|(at, _, _)| *at);
        out.into_iter().map(|(at, kind, text)| TimelineEntry { at, at_local: clock::local(at, tz), kind: kind.into(), text }).collect()
    }

    /// The record as the list shows it.
    pub fn summary(&self, processor_hours: u32, now: DateTime<Utc>, tz: chrono_tz::Tz) -> BreachSummary {
        let clock = self.clock(processor_hours, now, tz);
        let urgency = clock.controller.as_ref().map(|c| c.urgency).unwrap_or(clock.authority.urgency);
        BreachSummary {
            id: self.id,
            title: self.data.title.clone(),
            aware_at: clock::utc_text(self.data.aware_at),
            aware_at_local: clock::local(self.data.aware_at, tz),
            authority_due_at: clock::utc_text(clock.authority.due_at),
            controller_due_at: clock.controller.as_ref().map(|c| clock::utc_text(c.due_at)),
            role: self.data.role,
            risk: self.risk(),
            status: self.status(),
            urgency,
            remaining_seconds: clock.controller.as_ref().map(|c| c.remaining_seconds).unwrap_or(clock.authority.remaining_seconds),
            nature: self.data.nature.clone(),
            people_count: self.data.people_count,
            records_count: self.data.records_count,
        }
    }
}

/// Deadlines relative to a given `now`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct BreachClock {
    pub authority: Deadline,
    /// When we are processor: telling the controller.
    pub controller: Option<Deadline>,
}

/// One line of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineEntry {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub at_local: String,
    /// occurred, aware, deadline, recorded, assessed, decided, notified, event, closed.
    pub kind: String,
    pub text: String,
}

/// What the list shows and `breach list --json` prints. Instants are RFC 3339 UTC text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct BreachSummary {
    pub id: BreachId,
    pub title: String,
    pub aware_at: String,
    pub aware_at_local: String,
    pub authority_due_at: String,
    pub controller_due_at: Option<String>,
    pub role: BreachRole,
    pub risk: Option<Risk>,
    pub status: BreachStatus,
    /// The urgency of the deadline that is ours (the controller's when we are processor).
    pub urgency: BreachUrgency,
    #[ts(type = "number")]
    pub remaining_seconds: i64,
    pub nature: Vec<Nature>,
    #[ts(type = "number | null")]
    pub people_count: Option<u64>,
    #[ts(type = "number | null")]
    pub records_count: Option<u64>,
}

/// One breach with what the window shows beside it: status, clock relative to now, timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct BreachView {
    pub breach: Breach,
    pub status: BreachStatus,
    pub clock: BreachClock,
    pub timeline: Vec<TimelineEntry>,
    /// `aware_at` in the organisation's zone with the offset.
    pub aware_at_local: String,
    pub timezone: String,
    /// The facts as the edit form holds them, instants in local time in `timezone`.
    pub draft: BreachDraft,
    /// Now, as a local date and time in `timezone`: what the step dialogs start from.
    pub now_local: String,
}

impl BreachView {
    pub fn new(breach: Breach, org: &crate::org::Org, now: DateTime<Utc>) -> Self {
        let tz = org.tz();
        BreachView {
            status: breach.status(),
            clock: breach.clock(org.processor_notice_hours, now, tz),
            timeline: breach.timeline(org.lang, tz),
            aware_at_local: clock::local(breach.data.aware_at, tz),
            timezone: tz.name().to_string(),
            draft: breach.data.to_local_draft(tz),
            now_local: clock::local_input(now, tz),
            breach,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum BreachSort {
    /// Most recent awareness first.
    #[default]
    Aware,
    /// The nearest deadline first.
    Due,
    Title,
    Status,
}

/// What the list shows: a search term, filters and an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct BreachFilter {
    pub query: String,
    pub status: Option<BreachStatus>,
    pub risk: Option<Risk>,
    pub sort: BreachSort,
    pub descending: bool,
}

/// Filters and sorts summaries; every word of the query must appear in the title, nature or status (case and
/// accents ignored).
pub fn filter(items: Vec<BreachSummary>, f: &BreachFilter) -> Vec<BreachSummary> {
    let words: Vec<String> = search_key(&f.query).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    let mut out: Vec<BreachSummary> = items
        .into_iter()
        .filter(|s| {
            let key = search_key(&format!(
                "#{} {} {} {} {}",
                s.id,
                s.title,
                s.status.as_str(),
                s.risk.map(|r| r.as_str()).unwrap_or(""),
                s.nature.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(" ")
            ));
            f.status.is_none_or(|st| s.status == st) && f.risk.is_none_or(|r| s.risk == Some(r)) && words.iter().all(|w| key.contains(w.as_str()))
        })
        .collect();
    match f.sort {
        BreachSort::Aware => out.sort_by(|a, b| b.aware_at.cmp(&a.aware_at).then(b.id.cmp(&a.id))),
        // Pending deadlines first (the nearest on top), then the rest by awareness.
        BreachSort::Due => out.sort_by_key(|s| {
            let pending = matches!(s.urgency, BreachUrgency::Ok | BreachUrgency::Soon | BreachUrgency::Overdue);
            (!pending, if pending { s.remaining_seconds } else { 0 }, std::cmp::Reverse(s.aware_at.clone()))
        }),
        BreachSort::Title => out.sort_by_cached_key(|s| s.title.to_lowercase()),
        BreachSort::Status => out.sort_by_key(|s| (s.status, std::cmp::Reverse(s.aware_at.clone()))),
    }
    if f.descending {
        out.reverse();
    }
    out
}

#[cfg(test)]
mod tests;
