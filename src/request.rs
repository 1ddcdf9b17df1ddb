//! Data subject requests (product.md module 4, rules.md §1): who asked for what, under which law, what happened
//! since, and when the answer is due.
//!
//! A request keeps only facts: the requester's details, the rights exercised, the regime, the day it was received,
//! and the dates of what happened since (identity evidence, clarification, fee, extension, closing). The status is
//! derived from those facts and the due date is computed from them by [`clock::compute`] whenever a request is read,
//! so neither can go stale. Each change goes through [`apply`], which checks the state machine, and is recorded as an
//! [`RequestEvent`] on the request's timeline.

pub mod clock;

use crate::calendar::WorkingCalendar;
use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::text::{non_empty, search_key};
use chrono::{DateTime, NaiveDate, Utc};
pub use clock::Regime;
use clock::{Clock, ClockInput};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::typed_id!(
    /// A data subject request.
    RequestId
);

use crate::vocabulary;

vocabulary! {
    /// A right a request exercises (rules.md §1). A request may exercise several.
    Right {
        Access = "access", "Access", "Accès", ["right of access", "droit d'accès", "sar", "dsar", "know", "right to know"];
        Rectification = "rectification", "Rectification", "Rectification", ["correction", "correct"];
        Erasure = "erasure", "Erasure", "Effacement", ["deletion", "delete", "suppression", "droit à l'oubli"];
        Restriction = "restriction", "Restriction of processing", "Limitation du traitement", ["restrict", "limitation"];
        Portability = "portability", "Data portability", "Portabilité des données", ["portabilité"];
        Objection = "objection", "Objection", "Opposition", ["object"];
        ObjectionMarketing = "objection-marketing", "Objection to direct marketing", "Opposition à la prospection", ["direct marketing", "marketing", "prospection"];
        AutomatedDecisions = "automated-decisions", "Not to be subject to automated decisions", "Ne pas faire l'objet d'une décision automatisée", ["automated", "profiling", "décision automatisée"];
        WithdrawConsent = "withdraw-consent", "Withdrawal of consent", "Retrait du consentement", ["consent", "withdrawal", "retrait"];
        OptOutSale = "opt-out-sale", "Opt out of sale or sharing", "Opposition à la vente ou au partage", ["opt-out", "do not sell", "do not sell or share"];
        LimitSensitive = "limit-sensitive", "Limit use of sensitive personal information", "Limitation de l'usage des données sensibles", ["limit", "sensitive"];
    }
    what: "right"
}

impl Right {
    /// The provision the right comes from under a regime: "GDPR Art. 15", "UK GDPR Art. 15", "Cal. Civ. Code 1798.105".
    pub fn cite(self, regime: Regime) -> &'static str {
        use Right::*;
        match (regime, self) {
            (Regime::EuGdpr, Access) => "GDPR Art. 15",
            (Regime::EuGdpr, Rectification) => "GDPR Art. 16",
            (Regime::EuGdpr, Erasure) => "GDPR Art. 17",
            (Regime::EuGdpr, Restriction) => "GDPR Art. 18",
            (Regime::EuGdpr, Portability) => "GDPR Art. 20",
            (Regime::EuGdpr, Objection) => "GDPR Art. 21(1)",
            (Regime::EuGdpr, ObjectionMarketing) => "GDPR Art. 21(2) and (3)",
            (Regime::EuGdpr, AutomatedDecisions) => "GDPR Art. 22",
            (Regime::EuGdpr, WithdrawConsent) => "GDPR Art. 7(3)",
            (Regime::UkGdpr, Access) => "UK GDPR Art. 15",
            (Regime::UkGdpr, Rectification) => "UK GDPR Art. 16",
            (Regime::UkGdpr, Erasure) => "UK GDPR Art. 17",
            (Regime::UkGdpr, Restriction) => "UK GDPR Art. 18",
            (Regime::UkGdpr, Portability) => "UK GDPR Art. 20",
            (Regime::UkGdpr, Objection) => "UK GDPR Art. 21(1)",
            (Regime::UkGdpr, ObjectionMarketing) => "UK GDPR Art. 21(2) and (3)",
            (Regime::UkGdpr, AutomatedDecisions) => "UK GDPR Art. 22A-22D",
            (Regime::UkGdpr, WithdrawConsent) => "UK GDPR Art. 7(3)",
            (Regime::Ccpa, Access) => "Cal. Civ. Code 1798.110",
            (Regime::Ccpa, Rectification) => "Cal. Civ. Code 1798.106",
            (Regime::Ccpa, Erasure) => "Cal. Civ. Code 1798.105",
            (Regime::Ccpa, Portability) => "Cal. Civ. Code 1798.130(a)(3)",
            (Regime::Ccpa, OptOutSale) => "Cal. Civ. Code 1798.120",
            (Regime::Ccpa, LimitSensitive) => "Cal. Civ. Code 1798.121",
            // Validation keeps these pairs out of stored requests; the text says so if one is ever printed.
            (_, _) => "not a right under this regime",
        }
    }

    /// Whether the regime grants this right. The CCPA has no restriction, objection, automated-decision or consent
    /// withdrawal right of the GDPR kind, and the GDPR regimes have no "opt out of sale" or "limit sensitive data".
    pub fn exists_under(self, regime: Regime) -> bool {
        use Right::*;
        match self {
            Access | Rectification | Erasure | Portability => true,
            Restriction | Objection | ObjectionMarketing | AutomatedDecisions | WithdrawConsent => regime != Regime::Ccpa,
            OptOutSale | LimitSensitive => regime == Regime::Ccpa,
        }
    }

    /// "Access (GDPR Art. 15)", as letters and lists print it.
    pub fn with_cite(self, regime: Regime, lang: Lang) -> String {
        let cite = self.cite(regime);
        let cite = match (lang, regime) {
            (Lang::Fr, Regime::EuGdpr) => cite.replace("GDPR Art.", "RGPD art.").replace(" and ", " et "),
            (Lang::Fr, Regime::UkGdpr) => cite.replace("Art.", "art.").replace(" and ", " et "),
            _ => cite.to_string(),
        };
        format!("{} ({cite})", self.label(lang))
    }
}

vocabulary! {
    /// How the request reached us.
    Channel {
        Email = "email", "E-mail", "Courriel", ["e-mail", "mail", "courrier électronique"];
        Post = "post", "Post", "Courrier postal", ["letter", "lettre", "courrier", "postal"];
        WebForm = "web-form", "Web form", "Formulaire en ligne", ["form", "formulaire", "website", "site"];
        Phone = "phone", "Telephone", "Téléphone", ["call", "telephone", "appel"];
        InPerson = "in-person", "In person", "En personne", ["sur place", "guichet"];
        SocialMedia = "social-media", "Social media", "Réseaux sociaux", ["social", "twitter", "linkedin"];
        Other = "other", "Other", "Autre", ["autre"];
    }
    what: "channel"
}

vocabulary! {
    /// Where a request stands. Derived from the recorded facts (see [`RequestFacts::status`]), never stored.
    RequestStatus {
        Received = "received", "Received", "Reçue", [];
        AwaitingIdentity = "awaiting-identity", "Awaiting identity", "En attente d'identité", [];
        AwaitingFee = "awaiting-fee", "Awaiting fee", "En attente des frais", [];
        AwaitingClarification = "awaiting-clarification", "Awaiting clarification", "En attente de précisions", [];
        InProgress = "in-progress", "In progress", "En cours", [];
        Extended = "extended", "Extended", "Prolongée", [];
        Completed = "completed", "Completed", "Traitée", [];
        Refused = "refused", "Refused", "Refusée", [];
        Withdrawn = "withdrawn", "Withdrawn", "Retirée", [];
    }
    what: "status"
}

vocabulary! {
    /// How a closed request ended.
    Outcome {
        Completed = "completed", "Completed", "Traitée", ["done", "answered"];
        Refused = "refused", "Refused", "Refusée", ["rejected"];
        Withdrawn = "withdrawn", "Withdrawn", "Retirée", ["cancelled"];
    }
    what: "outcome"
}

vocabulary! {
    /// What happened on a request's timeline.
    EventKind {
        Received = "received", "Request received", "Demande reçue", [];
        IdentityRequested = "identity-requested", "Identity evidence requested", "Justificatif d'identité demandé", [];
        IdentityReceived = "identity-received", "Identity evidence received", "Justificatif d'identité reçu", [];
        ClarificationAsked = "clarification-asked", "Clarification asked", "Précisions demandées", [];
        ClarificationAnswered = "clarification-answered", "Clarification received", "Précisions reçues", [];
        FeeRequested = "fee-requested", "Fee requested", "Frais demandés", [];
        FeeReceived = "fee-received", "Fee received", "Frais reçus", [];
        EuPauseApplied = "eu-pause-applied", "Pause applied (departure from the default reading)", "Suspension appliquée (écart à la lecture par défaut)", [];
        EuPauseRemoved = "eu-pause-removed", "Pause removed", "Suspension retirée", [];
        Extended = "extended", "Extended, requester told", "Prolongée, demandeur informé", [];
        InProgress = "in-progress", "Work started", "Traitement commencé", [];
        Completed = "completed", "Completed", "Traitée", [];
        Refused = "refused", "Refused", "Refusée", [];
        Withdrawn = "withdrawn", "Withdrawn", "Retirée", [];
        Pseudonymised = "pseudonymised", "Requester details removed (retention)", "Données du demandeur supprimées (conservation)", [];
    }
    what: "event"
}

pub use crate::vocab::Term;

/// Every vocabulary the request screens offer.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RequestVocabulary {
    pub rights: Vec<Term>,
    pub channels: Vec<Term>,
    pub statuses: Vec<Term>,
    pub outcomes: Vec<Term>,
    pub events: Vec<Term>,
    pub regimes: Vec<Term>,
    pub letter_kinds: Vec<Term>,
    pub steps: Vec<Term>,
}

pub fn vocabulary() -> RequestVocabulary {
    RequestVocabulary {
        rights: Right::terms(),
        channels: Channel::terms(),
        statuses: RequestStatus::terms(),
        outcomes: Outcome::terms(),
        events: EventKind::terms(),
        regimes: Regime::ALL
            .iter()
            .map(|r| Term { code: r.as_str().into(), en: r.label().into(), fr: r.label_in(crate::document::Lang::Fr).into() })
            .collect(),
        letter_kinds: letters::LetterKind::terms(),
        steps: Step::terms(),
    }
}

/// What the user types about a request: who, how to reach them, what they ask, under which law, when. All valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct RequestData {
    pub requester: String,
    pub email: Option<String>,
    pub postal_address: Option<String>,
    pub channel: Channel,
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub received_on: NaiveDate,
    /// The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
    pub fee: Option<String>,
    pub notes: Option<String>,
}

/// What happened since the request arrived: the dates the clock and the status are computed from. Changed only
/// through [`apply`], which keeps them consistent (an answer never precedes its question, a closed request stays
/// closed, an extension happens once).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct RequestFacts {
    pub identity_requested_on: Option<NaiveDate>,
    pub identity_received_on: Option<NaiveDate>,
    pub clarification_asked_on: Option<NaiveDate>,
    pub clarification_answered_on: Option<NaiveDate>,
    /// The day a fee was asked of the requester (Art. 12(5) or 15(3); under the UK GDPR the clock waits for it).
    #[serde(default)]
    pub fee_requested_on: Option<NaiveDate>,
    pub fee_received_on: Option<NaiveDate>,
    /// EU only: the user applied the identity/clarification pause, a departure from the default reading.
    pub eu_pause_applied: bool,
    pub extension_reason: Option<String>,
    /// The day the requester was told of the extension.
    pub extension_notified_on: Option<NaiveDate>,
    pub in_progress_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    /// The response date: the day the request was completed, refused or withdrawn.
    pub closed_on: Option<NaiveDate>,
    pub close_reason: Option<String>,
}

/// A stored request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Request {
    pub id: RequestId,
    #[serde(flatten)]
    pub data: RequestData,
    #[serde(flatten)]
    pub facts: RequestFacts,
    /// The day the requester's identifying details were replaced by a pseudonym (retention purge).
    pub pseudonymised_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A request as a form or the command line gives it: text, checked by [`RequestDraft::validate`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct RequestDraft {
    pub requester: String,
    pub email: String,
    pub postal_address: String,
    /// Empty: e-mail when an e-mail address is given, else post when a postal address is, else other.
    pub channel: String,
    /// Codes or labels; an item may hold several separated by commas.
    pub rights: Vec<String>,
    /// Empty: the organisation's default regime.
    pub regime: String,
    pub received_on: String,
    pub fee: String,
    pub notes: String,
}

/// Parses an ISO date `YYYY-MM-DD` for a named field; the error names the field and the value.
pub fn parse_date_field(field: &str, value: &str) -> Result<NaiveDate, Invalid> {
    crate::subprocessor::parse_date(value).map_err(|r| Invalid::field(field, r))
}

fn limited(field: &str, value: &str, max: usize, c: &mut Checker) -> Option<String> {
    let v = non_empty(value);
    if let Some(s) = &v {
        let n = s.chars().count();
        if n > max {
            c.push(field, format!("is too long ({n} characters; at most {max})"));
        }
    }
    v
}

/// Reads a list of rights: codes or labels, commas allowed inside items, duplicates dropped, order kept.
pub fn parse_rights(items: &[String]) -> Result<Vec<Right>, String> {
    let mut out: Vec<Right> = Vec::new();
    let mut bad = Vec::new();
    for item in items.iter().flat_map(|s| s.split([',', ';', '\n'])) {
        let t = item.trim();
        if t.is_empty() {
            continue;
        }
        match Right::parse(t) {
            Ok(r) if !out.contains(&r) => out.push(r),
            Ok(_) => {}
            Err(_) => bad.push(format!("'{t}'")),
        }
    }
    if !bad.is_empty() {
        let codes: Vec<&str> = Right::ALL.iter().map(|r| r.as_str()).collect();
        return Err(format!("{} {} not a right; use {}", bad.join(", "), if bad.len() == 1 { "is" } else { "are" }, codes.join(", ")));
    }
    if out.is_empty() {
        return Err("is required: at least one right (access, erasure, ...)".into());
    }
    Ok(out)
}

impl RequestDraft {
    /// Checks every field and returns them all at once when some fail. `default_regime` comes from the
    /// organisation ([`crate::org::Org::default_regime`]); `today` refuses a request received in the future.
    pub fn validate(&self, default_regime: Regime, today: NaiveDate) -> Result<RequestData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let requester = c.check("requester", non_empty(&self.requester).ok_or_else(|| "is required: the requester's name".to_string()));
            if requester.as_ref().is_some_and(|r| r.chars().count() > 200) {
                c.push("requester", "is too long (at most 200 characters)");
            }
            let email = c.check("email", crate::org::email(&self.email, false)).flatten();
            let postal_address = limited("postal_address", &self.postal_address, 1000, &mut c);
            let channel = if self.channel.trim().is_empty() {
                Some(if email.is_some() {
                    Channel::Email
                } else if postal_address.is_some() {
                    Channel::Post
                } else {
                    Channel::Other
                })
            } else {
                c.check("channel", Channel::parse(&self.channel))
            };
            let regime = if self.regime.trim().is_empty() {
                Some(default_regime)
            } else {
                c.check("regime", self.regime.trim().parse::<Regime>().map_err(|e| e.to_string()))
            };
            let rights = c.check("rights", parse_rights(&self.rights));
            if let (Some(rights), Some(regime)) = (&rights, regime) {
                let foreign: Vec<&str> = rights.iter().filter(|r| !r.exists_under(regime)).map(|r| r.as_str()).collect();
                if !foreign.is_empty() {
                    c.push("rights", format!("{} {} not a right under {}", foreign.join(", "), if foreign.len() == 1 { "is" } else { "are" }, regime.label()));
                }
            }
            let received_on = if self.received_on.trim().is_empty() {
                c.push("received_on", "is required: the day the request arrived (YYYY-MM-DD)");
                None
            } else {
                c.check("received_on", crate::subprocessor::parse_date(&self.received_on))
            };
            if let Some(d) = received_on.filter(|d| *d > today) {
                c.push("received_on", format!("{d} is in the future (today is {today})"));
            }
            let fee = limited("fee", &self.fee, 100, &mut c);
            let notes = limited("notes", &self.notes, 10_000, &mut c);
            c.finish()?;
            Ok(RequestData {
                requester: requester.unwrap(),
                email,
                postal_address,
                channel: channel.unwrap(),
                rights: rights.unwrap(),
                regime: regime.unwrap(),
                received_on: received_on.unwrap(),
                fee,
                notes,
            })
        })
    }
}

impl RequestData {
    /// The record back as a draft, for editing.
    pub fn to_draft(&self) -> RequestDraft {
        RequestDraft {
            requester: self.requester.clone(),
            email: self.email.clone().unwrap_or_default(),
            postal_address: self.postal_address.clone().unwrap_or_default(),
            channel: self.channel.as_str().into(),
            rights: self.rights.iter().map(|r| r.as_str().to_string()).collect(),
            regime: self.regime.as_str().into(),
            received_on: self.received_on.to_string(),
            fee: self.fee.clone().unwrap_or_default(),
            notes: self.notes.clone().unwrap_or_default(),
        }
    }
}

impl RequestFacts {
    /// The status the facts amount to. A closed request shows its outcome; an open one shows what it waits for
    /// first (identity, then the fee, before clarification, since nothing can be clarified with someone not yet identified), then
    /// whether it was extended, then whether work started.
    pub fn status(&self) -> RequestStatus {
        match self.outcome {
            Some(Outcome::Completed) => RequestStatus::Completed,
            Some(Outcome::Refused) => RequestStatus::Refused,
            Some(Outcome::Withdrawn) => RequestStatus::Withdrawn,
            None if self.identity_requested_on.is_some() && self.identity_received_on.is_none() => RequestStatus::AwaitingIdentity,
            None if self.fee_requested_on.is_some() && self.fee_received_on.is_none() => RequestStatus::AwaitingFee,
            None if self.clarification_asked_on.is_some() && self.clarification_answered_on.is_none() => RequestStatus::AwaitingClarification,
            None if self.extension_notified_on.is_some() => RequestStatus::Extended,
            None if self.in_progress_on.is_some() => RequestStatus::InProgress,
            None => RequestStatus::Received,
        }
    }

    pub fn is_closed(&self) -> bool {
        self.outcome.is_some()
    }

    /// Every recorded date with the field it came from, to check that none precedes receipt.
    fn dates(&self) -> Vec<(&'static str, NaiveDate)> {
        [
            ("identity_requested_on", self.identity_requested_on),
            ("identity_received_on", self.identity_received_on),
            ("clarification_asked_on", self.clarification_asked_on),
            ("clarification_answered_on", self.clarification_answered_on),
            ("fee_requested_on", self.fee_requested_on),
            ("fee_received_on", self.fee_received_on),
            ("extension_notified_on", self.extension_notified_on),
            ("in_progress_on", self.in_progress_on),
            ("closed_on", self.closed_on),
        ]
        .into_iter()
        .filter_map(|(f, d)| d.map(|d| (f, d)))
        .collect()
    }
}

/// The clock's input for a request's data and facts.
pub fn clock_input(data: &RequestData, facts: &RequestFacts, extended: bool) -> ClockInput {
    ClockInput {
        regime: data.regime,
        received_on: data.received_on,
        identity_requested_on: facts.identity_requested_on,
        identity_received_on: facts.identity_received_on,
        fee_requested_on: facts.fee_requested_on,
        fee_received_on: facts.fee_received_on,
        clarification_asked_on: facts.clarification_asked_on,
        clarification_answered_on: facts.clarification_answered_on,
        eu_pause_applied: facts.eu_pause_applied,
        extended,
    }
}

impl Request {
    pub fn status(&self) -> RequestStatus {
        self.facts.status()
    }

    pub fn clock(&self, cal: &WorkingCalendar) -> Clock {
        clock::compute(&clock_input(&self.data, &self.facts, self.facts.extension_notified_on.is_some()), cal)
    }

    /// "R-000123": the reference printed on letters and used as the pseudonym after the retention purge.
    pub fn reference(&self) -> String {
        reference(self.id)
    }
}

pub fn reference(id: RequestId) -> String {
    format!("R-{:06}", id.0)
}

/// One change the user records on a request. Dates are the days things happened, not the day they are typed in.
#[derive(Clone, Debug, PartialEq)]
pub enum Transition {
    IdentityRequested { on: NaiveDate },
    IdentityReceived { on: NaiveDate },
    ClarificationAsked { on: NaiveDate },
    ClarificationAnswered { on: NaiveDate },
    FeeRequested { on: NaiveDate },
    FeeReceived { on: NaiveDate },
    /// EU only: apply the identity/clarification pause, a departure from the default reading of Art. 12(3).
    EuPauseApplied { on: NaiveDate, reason: String },
    EuPauseRemoved { on: NaiveDate, reason: String },
    Extended { notified_on: NaiveDate, reason: String },
    InProgress { on: NaiveDate },
    Closed { outcome: Outcome, on: NaiveDate, reason: Option<String> },
}

impl Transition {
    /// The event it leaves on the timeline: kind, date, reason.
    pub fn event(&self) -> (EventKind, NaiveDate, Option<String>) {
        match self {
            Transition::IdentityRequested { on } => (EventKind::IdentityRequested, *on, None),
            Transition::IdentityReceived { on } => (EventKind::IdentityReceived, *on, None),
            Transition::ClarificationAsked { on } => (EventKind::ClarificationAsked, *on, None),
            Transition::ClarificationAnswered { on } => (EventKind::ClarificationAnswered, *on, None),
            Transition::FeeRequested { on } => (EventKind::FeeRequested, *on, None),
            Transition::FeeReceived { on } => (EventKind::FeeReceived, *on, None),
            Transition::EuPauseApplied { on, reason } => (EventKind::EuPauseApplied, *on, Some(reason.clone())),
            Transition::EuPauseRemoved { on, reason } => (EventKind::EuPauseRemoved, *on, Some(reason.clone())),
            Transition::Extended { notified_on, reason } => (EventKind::Extended, *notified_on, Some(reason.clone())),
            Transition::InProgress { on } => (EventKind::InProgress, *on, None),
            Transition::Closed { outcome, on, reason } => (
                match outcome {
                    Outcome::Completed => EventKind::Completed,
                    Outcome::Refused => EventKind::Refused,
                    Outcome::Withdrawn => EventKind::Withdrawn,
                },
                *on,
                reason.clone(),
            ),
        }
    }

    /// The name of the field that holds the date, as the command line and the window call it.
    pub fn date_field(&self) -> &'static str {
        self.step().date_field()
    }

    /// The transition for a step as the user gives it: the date as typed (named after the step's field when it is
    /// not a date), the reasons, and the outcome for a closure.
    pub fn from_step(step: Step, on: &str, reason: Option<String>, outcome: Option<Outcome>) -> Result<Transition, Invalid> {
        let on = parse_date_field(step.date_field(), on)?;
        let reason_text = reason.clone().unwrap_or_default();
        Ok(match step {
            Step::IdentityRequested => Transition::IdentityRequested { on },
            Step::IdentityReceived => Transition::IdentityReceived { on },
            Step::ClarificationAsked => Transition::ClarificationAsked { on },
            Step::ClarificationAnswered => Transition::ClarificationAnswered { on },
            Step::FeeRequested => Transition::FeeRequested { on },
            Step::FeeReceived => Transition::FeeReceived { on },
            Step::Start => Transition::InProgress { on },
            Step::EuPauseApply => Transition::EuPauseApplied { on, reason: reason_text },
            Step::EuPauseRemove => Transition::EuPauseRemoved { on, reason: reason_text },
            Step::Extend => Transition::Extended { notified_on: on, reason: reason_text },
            Step::Close => {
                let outcome = outcome.ok_or_else(|| Invalid::field("outcome", "is required: completed, refused or withdrawn"))?;
                Transition::Closed { outcome, on, reason }
            }
        })
    }

    pub fn step(&self) -> Step {
        match self {
            Transition::IdentityRequested { .. } => Step::IdentityRequested,
            Transition::IdentityReceived { .. } => Step::IdentityReceived,
            Transition::ClarificationAsked { .. } => Step::ClarificationAsked,
            Transition::ClarificationAnswered { .. } => Step::ClarificationAnswered,
            Transition::FeeRequested { .. } => Step::FeeRequested,
            Transition::FeeReceived { .. } => Step::FeeReceived,
            Transition::EuPauseApplied { .. } => Step::EuPauseApply,
            Transition::EuPauseRemoved { .. } => Step::EuPauseRemove,
            Transition::Extended { .. } => Step::Extend,
            Transition::InProgress { .. } => Step::Start,
            Transition::Closed { .. } => Step::Close,
        }
    }
}

fn required_reason(field: &str, reason: &str, what: &str) -> Result<String, Invalid> {
    let r = non_empty(reason).ok_or_else(|| Invalid::field(field, format!("is required: {what}")))?;
    crate::text::check_text(&r, true, 4000).map_err(|e| Invalid::field(field, e))?;
    Ok(r)
}

/// Checks a change against the state machine and returns the new facts; bad input changes nothing.
///
/// The rules:
/// - a closed request (completed, refused, withdrawn) takes no further change: closing twice is refused;
/// - no date before the day of receipt, none after today (things are recorded once they have happened);
/// - each step happens once: identity evidence is requested once and received once, after it was requested and not
///   before; the same for clarification (the clock counts one pause); the fee is requested once, before it is
///   received, and received once, with or without a recorded request for it;
/// - the EU pause is only for EU GDPR requests, needs a reason, and can be removed (with a reason) only when applied;
/// - an extension happens once, with a reason, told to the requester within the first period
///   ([`clock::validate_extension_notice`]): one month for the GDPR regimes, 45 days for the CCPA;
/// - a refusal needs its reasons (Art. 12(5): manifestly unfounded or excessive); the other outcomes may give one.
pub fn apply(request: &Request, t: &Transition, cal: &WorkingCalendar, today: NaiveDate) -> Result<RequestFacts, Invalid> {
    let f = &request.facts;
    step_allowed(request, t.step())?;
    let (_, on, _) = t.event();
    let field = t.date_field();
    if on < request.data.received_on {
        return Err(Invalid::field(field, format!("{on} is before the request was received on {}", request.data.received_on)));
    }
    if on > today {
        return Err(Invalid::field(field, format!("{on} is in the future (today is {today}); record things once they have happened")));
    }
    let mut next = f.clone();
    match t {
        Transition::IdentityRequested { on } => next.identity_requested_on = Some(*on),
        Transition::IdentityReceived { on } => {
            let requested = f.identity_requested_on.unwrap_or(*on);
            if *on < requested {
                return Err(Invalid::field(field, format!("{on} is before identity evidence was requested on {requested}")));
            }
            next.identity_received_on = Some(*on);
        }
        Transition::ClarificationAsked { on } => next.clarification_asked_on = Some(*on),
        Transition::ClarificationAnswered { on } => {
            let asked = f.clarification_asked_on.unwrap_or(*on);
            if *on < asked {
                return Err(Invalid::field(field, format!("{on} is before the clarification was asked on {asked}")));
            }
            next.clarification_answered_on = Some(*on);
        }
        Transition::FeeRequested { on } => next.fee_requested_on = Some(*on),
        Transition::FeeReceived { on } => {
            if let Some(requested) = f.fee_requested_on.filter(|requested| on < requested) {
                return Err(Invalid::field(field, format!("{on} is before the fee was requested on {requested}")));
            }
            next.fee_received_on = Some(*on);
        }
        Transition::EuPauseApplied { reason, .. } => {
            required_reason("reason", reason, "why the pause is applied, a departure from the default reading")?;
            next.eu_pause_applied = true;
        }
        Transition::EuPauseRemoved { reason, .. } => {
            required_reason("reason", reason, "why the pause is removed")?;
            next.eu_pause_applied = false;
        }
        Transition::Extended { notified_on, reason } => {
            let reason = required_reason("reason", reason, "why more time is needed (complexity or number of requests), as told to the requester")?;
            let unextended = clock::compute(&clock_input(&request.data, f, false), cal);
            clock::validate_extension_notice(*notified_on, &unextended).map_err(|r| Invalid::field("notified_on", r))?;
            next.extension_notified_on = Some(*notified_on);
            next.extension_reason = Some(reason);
        }
        Transition::InProgress { on } => next.in_progress_on = Some(*on),
        Transition::Closed { outcome, on, reason } => {
            let reason = match (outcome, reason.as_deref().and_then(non_empty)) {
                (Outcome::Refused, None) => {
                    return Err(Invalid::field("reason", "is required for a refusal: why the request is manifestly unfounded or excessive (Art. 12(5))"))
                }
                (_, r) => r,
            };
            if let Some(r) = &reason {
                required_reason("reason", r, "")?;
            }
            next.outcome = Some(*outcome);
            next.closed_on = Some(*on);
            next.close_reason = reason;
        }
    }
    Ok(next)
}

vocabulary! {
    /// The workflow steps a user records on a request, as the window's buttons and the command line name them.
    Step {
        IdentityRequested = "identity-requested", "Identity requested", "Justificatif demandé", [];
        IdentityReceived = "identity-received", "Identity received", "Justificatif reçu", [];
        ClarificationAsked = "clarification-asked", "Clarification asked", "Précision demandée", [];
        ClarificationAnswered = "clarification-answered", "Clarification received", "Précision reçue", [];
        FeeRequested = "fee-requested", "Fee requested", "Frais demandés", [];
        FeeReceived = "fee-received", "Fee received", "Frais reçus", [];
        Start = "start", "Start work", "Début du traitement", [];
        EuPauseApply = "eu-pause-apply", "Apply EU pause", "Appliquer la suspension", [];
        EuPauseRemove = "eu-pause-remove", "Remove EU pause", "Retirer la suspension", [];
        Extend = "extend", "Extend", "Prolonger", [];
        Close = "close", "Close", "Clôturer", [];
    }
    what: "request step"
}

impl Step {
    /// The name of the field that holds the step's date, as the command line and the window call it.
    pub fn date_field(self) -> &'static str {
        match self {
            Step::IdentityRequested => "requested_on",
            Step::IdentityReceived => "received_on",
            Step::ClarificationAsked => "asked_on",
            Step::ClarificationAnswered => "answered_on",
            Step::FeeRequested => "fee_requested_on",
            Step::FeeReceived => "fee_received_on",
            Step::Extend => "notified_on",
            _ => "on",
        }
    }
}

/// Whether the state of a request lets a step be taken at all, whatever its date and reasons: the part of
/// [`apply`] that does not depend on what the user types. The window offers a step only when this allows it, and
/// shows the refusal's words on a step it does not.
pub fn step_allowed(request: &Request, step: Step) -> Result<(), Invalid> {
    let f = &request.facts;
    if let (Some(outcome), Some(on)) = (f.outcome, f.closed_on) {
        return Err(Invalid::field("status", format!("the request is already closed ({} on {on}); a closed request cannot change", outcome.as_str())));
    }
    let field = step.date_field();
    let once = |current: Option<NaiveDate>, what: &str| match current {
        Some(d) => Err(Invalid::field(field, format!("{what} was already recorded on {d}"))),
        None => Ok(()),
    };
    match step {
        Step::IdentityRequested => once(f.identity_requested_on, "identity evidence requested"),
        Step::IdentityReceived => {
            if f.identity_requested_on.is_none() {
                return Err(Invalid::field(field, "identity evidence was not requested: record the request for it first"));
            }
            once(f.identity_received_on, "identity evidence received")
        }
        Step::ClarificationAsked => once(f.clarification_asked_on, "a clarification request"),
        Step::ClarificationAnswered => {
            if f.clarification_asked_on.is_none() {
                return Err(Invalid::field(field, "no clarification was asked: record the question first"));
            }
            once(f.clarification_answered_on, "the clarification answer")
        }
        Step::FeeRequested => {
            if f.fee_received_on.is_some() {
                return Err(Invalid::field(field, "the fee was already received; a request for it comes before"));
            }
            once(f.fee_requested_on, "the request for a fee")
        }
        Step::FeeReceived => once(f.fee_received_on, "the fee"),
        Step::Start => once(f.in_progress_on, "the start of work"),
        Step::EuPauseApply => {
            if request.data.regime != Regime::EuGdpr {
                return Err(Invalid::field("regime", format!(
                    "the pause is an option for EU GDPR requests only; under {} the law already says when the clock starts and stops",
                    request.data.regime.label()
                )));
            }
            if f.eu_pause_applied {
                return Err(Invalid::field("eu_pause_applied", "the pause is already applied"));
            }
            Ok(())
        }
        Step::EuPauseRemove if !f.eu_pause_applied => Err(Invalid::field("eu_pause_applied", "the pause is not applied")),
        Step::Extend => match f.extension_notified_on {
            Some(d) => Err(Invalid::field("notified_on", format!("the request was already extended (requester told on {d}); an extension is allowed once"))),
            None => Ok(()),
        },
        Step::EuPauseRemove | Step::Close => Ok(()),
    }
}

/// One step or letter as the window offers it: whether it can be taken now, and if not, the core's reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Offer<K: TS> {
    pub kind: K,
    pub allowed: bool,
    /// Why it cannot be taken now (the words of the refusal), when it cannot.
    pub why: Option<String>,
    /// Whether the window shows it at all: the EU pause only where it could apply.
    pub shown: bool,
}

impl<K: TS> Offer<K> {
    pub fn new(kind: K, check: Result<(), Invalid>, shown: bool) -> Offer<K> {
        let why = check.err().map(|e| e.errors.into_iter().map(|f| f.reason).collect::<Vec<_>>().join("; "));
        Offer { kind, allowed: why.is_none(), why, shown }
    }
}

/// Every step with whether the request allows it now ([`step_allowed`]).
pub fn step_offers(request: &Request) -> Vec<Offer<Step>> {
    Step::ALL
        .iter()
        .map(|&s| {
            let shown = match s {
                Step::EuPauseApply => request.data.regime == Regime::EuGdpr && !request.facts.eu_pause_applied,
                Step::EuPauseRemove => request.facts.eu_pause_applied,
                _ => true,
            };
            Offer::new(s, step_allowed(request, s), shown)
        })
        .collect()
}

/// Checks edited details against what was already recorded: no recorded date before the new day of receipt, the
/// EU pause only on EU requests, and an extension that still fits the (possibly new) regime's first period.
pub fn check_edit(data: &RequestData, facts: &RequestFacts, cal: &WorkingCalendar) -> Result<(), Invalid> {
    let mut c = Checker::new();
    if let Some((field, d)) = facts.dates().into_iter().find(|(_, d)| *d < data.received_on) {
        c.push("received_on", format!("{} is after {d}, already recorded as {field}", data.received_on));
    }
    if facts.eu_pause_applied && data.regime != Regime::EuGdpr {
        c.push("regime", "the EU pause is applied to this request: remove it before changing the regime");
    }
    if let Some(notified_on) = facts.extension_notified_on {
        let unextended = clock::compute(&clock_input(data, facts, false), cal);
        if let Err(r) = clock::validate_extension_notice(notified_on, &unextended) {
            c.push("regime", format!("the recorded extension would no longer be valid: {r}"));
        }
    }
    c.finish()
}

/// One entry of a request's timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct RequestEvent {
    #[ts(type = "number")]
    pub seq: i64,
    pub kind: EventKind,
    /// The day it happened.
    pub on: NaiveDate,
    pub reason: Option<String>,
    /// Who recorded it, and when.
    pub actor: String,
    pub at: DateTime<Utc>,
}

/// How close a request is to its due date, for the list's colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// The due date has passed.
    Overdue,
    /// Due within 7 days (today included).
    DueSoon,
    Later,
    Closed,
}

/// Days within which an open request counts as due soon.
pub const DUE_SOON_DAYS: i64 = 7;

/// Days from today to the due date: 0 when due today, negative when overdue.
pub fn days_left(due_on: NaiveDate, today: NaiveDate) -> i64 {
    (due_on - today).num_days()
}

/// Days left in words, the one wording the list, the detail, the dashboard and the command line use.
pub fn days_left_words(days_left: Option<i64>) -> Term {
    let (en, fr) = match days_left {
        None => ("closed".to_string(), "clôturée".to_string()),
        Some(0) => ("due today".into(), "échéance aujourd'hui".into()),
        Some(1) => ("due tomorrow".into(), "échéance demain".into()),
        Some(-1) => ("overdue by 1 day".into(), "en retard d'1 jour".into()),
        Some(d) if d < 0 => (format!("overdue by {} days", -d), format!("en retard de {} jours", -d)),
        Some(d) => (format!("due in {d} days"), format!("échéance dans {d} jours")),
    };
    Term { code: days_left.map(|d| d.to_string()).unwrap_or_default(), en, fr }
}

pub fn urgency(days_left: Option<i64>) -> Urgency {
    match days_left {
        None => Urgency::Closed,
        Some(d) if d < 0 => Urgency::Overdue,
        Some(d) if d <= DUE_SOON_DAYS => Urgency::DueSoon,
        Some(_) => Urgency::Later,
    }
}

/// A request with everything computed from its facts as of today: status, clock, days left. This is what the list,
/// `show` and the window display; it is never stored.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RequestView {
    #[serde(flatten)]
    pub request: Request,
    pub status: RequestStatus,
    /// The final due date (the extended one once extended) and the rule that produced it, in words.
    pub due_on: NaiveDate,
    pub due_rule: String,
    /// The due date without extension, and the extended one when an extension is recorded.
    pub original_due_on: NaiveDate,
    pub extended_due_on: Option<NaiveDate>,
    /// The last day the requester can be told of an extension.
    pub extension_deadline_on: NaiveDate,
    /// The day the clock started and why ("received", "identity received", "fee received").
    pub clock_start_on: NaiveDate,
    pub start_reason: String,
    /// Why the clock started, in words of both languages (the code is `start_reason`).
    pub start_reason_words: Term,
    /// What the clock still waits for before it starts, when it does (code `identity` or `fee`): under the UK
    /// GDPR (or the EU pause) requested identity evidence, under the UK GDPR a requested fee. `clock_start_on` and
    /// the due date are then the earliest they can be.
    pub clock_waits_for: Option<Term>,
    #[ts(type = "number")]
    pub paused_days: i64,
    /// CCPA: the day by which receipt must be confirmed (10 business days).
    pub acknowledge_by: Option<NaiveDate>,
    /// EU with the pause applied: why this departs from the default reading.
    pub departure: Option<String>,
    /// Days from today to `due_on`; `None` once closed.
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub urgency: Urgency,
    /// "due in 3 days", "due today", "overdue by 2 days", "closed", in English and French.
    pub days_left_words: Term,
    /// "R-000123".
    pub reference: String,
    /// Every workflow step, with whether it can be recorded now and why not ([`step_allowed`]).
    pub steps: Vec<Offer<Step>>,
    /// Every letter, with whether it fits the request now and why not ([`letters::available`]).
    pub letters: Vec<Offer<letters::LetterKind>>,
}

/// What a request's clock waits for before it starts, if anything (see [`RequestView::clock_waits_for`]).
fn clock_waits_for(r: &Request) -> Option<Term> {
    let (data, f) = (&r.data, &r.facts);
    let uk = data.regime == Regime::UkGdpr;
    let term = |code: &str, en: &str, fr: &str| Term { code: code.into(), en: en.into(), fr: fr.into() };
    if (uk || f.eu_pause_applied) && f.identity_requested_on.is_some() && f.identity_received_on.is_none() {
        Some(term("identity", "When the identity evidence asked for arrives", "À la réception du justificatif d'identité demandé"))
    } else if uk && f.fee_requested_on.is_some() && f.fee_received_on.is_none() {
        Some(term("fee", "When the fee asked for is received", "À la réception des frais demandés"))
    } else {
        None
    }
}

impl RequestView {
    /// `lang` words the rule texts (the reader's language: [`crate::store::Store::texts_lang`]).
    pub fn new(request: Request, cal: &WorkingCalendar, today: NaiveDate, lang: crate::document::Lang) -> RequestView {
        let clock = request.clock(cal);
        let (due_rule, departure) = (clock.rule_in(lang).to_owned(), clock.departure_in(lang).map(str::to_owned));
        let status = request.status();
        let days = (!request.facts.is_closed()).then(|| days_left(clock.due_on, today));
        RequestView {
            status,
            due_on: clock.due_on,
            due_rule,
            original_due_on: clock.original_due_on,
            extended_due_on: request.facts.extension_notified_on.map(|_| clock.due_on),
            extension_deadline_on: clock.extension_deadline_on,
            clock_start_on: clock.start_on,
            start_reason_words: clock::start_reason_words(&clock.start_reason),
            start_reason: clock.start_reason,
            clock_waits_for: clock_waits_for(&request),
            paused_days: clock.paused_days,
            acknowledge_by: clock.acknowledge_by,
            departure,
            days_left: days,
            urgency: urgency(days),
            days_left_words: days_left_words(days),
            reference: request.reference(),
            steps: step_offers(&request),
            letters: letters::LetterKind::ALL
                .iter()
                .map(|&k| {
                    // The fee request is offered where a fee is in play: an amount recorded or a fee asked for.
                    let shown = k != letters::LetterKind::Fee || request.data.fee.is_some() || request.facts.fee_requested_on.is_some();
                    Offer::new(k, letters::available(&request, k), shown)
                })
                .collect(),
            request,
        }
    }
}

/// One request with its timeline, for the detail screen and `request show`.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct RequestDetail {
    #[serde(flatten)]
    pub view: RequestView,
    pub timeline: Vec<RequestEvent>,
    /// The editable fields as a form holds them.
    pub draft: RequestDraft,
    /// Each instant of the detail (when events were recorded), as shown in the organisation's zone.
    pub local: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RequestSortKey {
    /// Open requests first, soonest due first; then closed ones, most recently closed first.
    #[default]
    Due,
    Received,
    Requester,
    Status,
}

/// What the list shows: a search term, filters and an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct RequestFilter {
    pub query: String,
    pub status: Option<RequestStatus>,
    pub right: Option<Right>,
    pub regime: Option<Regime>,
    /// Only requests not yet closed.
    pub open_only: bool,
    pub sort: RequestSortKey,
    pub descending: bool,
    /// The page: the matches to skip, and how many to give (none: all of them).
    #[ts(type = "number")]
    pub offset: u64,
    #[ts(type = "number | null")]
    pub limit: Option<u64>,
}

/// A request's searchable text (reference, requester, e-mail, regime, rights and channel in both languages,
/// notes), folded as the search box folds what is typed. The store keeps it in its search index.
pub fn search_text(r: &Request) -> String {
    let d = &r.data;
    let mut text = vec![r.reference(), d.requester.clone(), d.regime.label().to_string()];
    text.extend(d.email.clone());
    text.extend(d.notes.clone());
    for right in &d.rights {
        text.push(right.label(Lang::En).into());
        text.push(right.label(Lang::Fr).into());
    }
    text.push(d.channel.label(Lang::En).into());
    text.push(d.channel.label(Lang::Fr).into());
    search_key(&text.join(" "))
}

/// One page of the requests a filter keeps, each with its clock computed for today.
pub type RequestPage = crate::page::Page<RequestView>;

// Declared after the vocabulary macro so that they can use it.
pub mod letters;
pub mod retention;

#[cfg(test)]
pub(crate) mod tests;
