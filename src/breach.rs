//! The breach register (product.md module 5, rules.md §2): every incident that may be a personal data breach,
//! notified or not (Art. 33(5)), with its facts, the risk assessment, the decisions and their reasons, the
//! notifications made, the timeline, and the 72-hour clock.
//!
//! Lifecycle: `open` (recorded) → `assessed` (risk and reasoning) → `notified` (authority, or the controller when we
//! are processor) or `not-notified` (decision with reasons) → `closed`. The status is derived from what is recorded,
//! never stored, so it cannot go stale; so are lateness and the deadlines' urgency.

pub mod clock;
pub mod documents;
mod draft;
mod lifecycle;
mod view;
pub mod vocab;

pub use draft::{parse_count, BreachDraft};
use draft::optional;
pub use view::*;

pub use vocab::*;

use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::text::{non_empty, search_key};
use chrono::{DateTime, Utc};
use clock::{ClockInput, Deadline, Duty};
pub use clock::Rules;
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
    pub aware_at: DateTime<Utc>,
    pub occurred_from: Option<DateTime<Utc>>,
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

/// The risk assessment: the level and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Assessment {
    pub risk: Risk,
    pub reason: String,
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
    pub at: DateTime<Utc>,
    pub text: String,
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
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
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

    /// The public communication made instead of telling each person (Art. 34(3)(c)).
    pub fn public_communication(&self) -> Option<&Notification> {
        self.first(Recipient::Public)
    }

    /// Whether the decision about the people relies on Art. 34(3)(c): telling each would need disproportionate
    /// effort, so a public communication informs them instead.
    pub fn relies_on_public_communication(&self) -> bool {
        self.people_decision.as_ref().is_some_and(|d| !d.notify && d.exemptions.contains(&Exemption::DisproportionateEffort))
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

    /// The authority's deadline: 72 hours after awareness, 24 under PECR.
    pub fn authority_due_at(&self, rules: Rules) -> DateTime<Utc> {
        rules.authority_due(self.data.aware_at)
    }

    pub fn controller_due_at(&self, hours: u32) -> Option<DateTime<Utc>> {
        (self.data.role == BreachRole::Processor).then(|| clock::controller_due(self.data.aware_at, hours))
    }

    /// The first complementary notification to the authority after the first one: under PECR, the full report.
    fn full_report(&self) -> Option<&Notification> {
        let first = self.authority_notified()?;
        self.notifications
            .iter()
            .find(|n| n.recipient == Recipient::Authority && n.id != first.id && n.phase == Some(Phase::Complementary))
    }

    /// The deadlines relative to `now`: the authority's always (for a processor it is the controller's to meet,
    /// so it shows as not required of us), the controller's when we are processor, and under PECR the full report
    /// once a first notice was made in the initial phase.
    pub fn clock(&self, rules: Rules, now: DateTime<Utc>, tz: chrono_tz::Tz) -> BreachClock {
        let closed = self.closed_at.is_some();
        let authority = clock::deadline(
            Duty::Authority,
            rules,
            &ClockInput {
                from: self.data.aware_at,
                notified_at: self.authority_notified().map(|n| n.at),
                required: !closed && self.authority_required() != Some(false),
            },
            now,
            tz,
        );
        let controller = (self.data.role == BreachRole::Processor).then(|| {
            clock::deadline(
                Duty::Controller,
                rules,
                &ClockInput { from: self.data.aware_at, notified_at: self.controller_notified().map(|n| n.at), required: !closed },
                now,
                tz,
            )
        });
        let full_report = self
            .authority_notified()
            .filter(|first| rules.pecr && self.data.role == BreachRole::Controller && first.phase != Some(Phase::Complementary))
            .map(|first| {
                clock::deadline(
                    Duty::FullReport,
                    rules,
                    &ClockInput { from: first.at, notified_at: self.full_report().map(|n| n.at), required: !closed },
                    now,
                    tz,
                )
            });
        BreachClock { authority, controller, full_report }
    }

}

#[cfg(test)]
mod tests;
