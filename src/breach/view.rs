//! What the screens and `breach list|show` show: the timeline, the summary, the view with its clock relative to
//! `now`, and the list's filter and sort.

use super::*;

impl Breach {
    /// Every instant recorded on the breach: for the view's local times.
    pub fn instants(&self) -> Vec<DateTime<Utc>> {
        let d = &self.data;
        let mut out = vec![d.aware_at, self.created_at, self.updated_at];
        out.extend([d.occurred_from, d.occurred_to, self.closed_at].into_iter().flatten());
        out.extend(self.assessment.iter().map(|a| a.at));
        out.extend([&self.authority_decision, &self.people_decision].into_iter().flatten().map(|d| d.at));
        out.extend(self.notifications.iter().flat_map(|n| [n.at, n.recorded_at]));
        out.extend(self.events.iter().flat_map(|e| [e.at, e.recorded_at]));
        out
    }

    /// Everything that happened, oldest first: the occurrence, awareness, the deadline, the assessment, decisions,
    /// notifications, events noted by hand, closure.
    pub fn timeline(&self, rules: Rules, lang: Lang, tz: chrono_tz::Tz) -> Vec<TimelineEntry> {
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
        let hours = rules.authority_hours();
        out.push((
            self.data.aware_at,
            "aware",
            match lang {
                Lang::En => format!("We became aware; the {hours} hours start"),
                Lang::Fr => format!("Prise de connaissance\u{a0}; début des {hours}\u{a0}heures"),
            },
        ));
        if self.data.role == BreachRole::Controller {
            out.push((self.authority_due_at(rules), "deadline", match lang {
                Lang::En => format!("{} for notifying the authority", rules.deadline_label(lang)),
                Lang::Fr => format!("{} pour notifier l'autorité", rules.deadline_label(lang)),
            }));
        }
        out.push((self.created_at, "recorded", t("Recorded in the register", "Inscription au registre")));
        if let Some(a) = &self.assessment {
            out.push((a.at, "assessed", format!("{} {} — {}", t("Risk assessed:", "Risque évalué\u{a0}:"), a.risk.label(lang), a.reason)));
        }
        for (about, d) in [("authority", &self.authority_decision), ("people", &self.people_decision)] {
            if let Some(d) = d {
                let what = match (about, d.notify) {
                    ("authority", true) => t("Decision: notify the authority", "Décision\u{a0}: notifier l'autorité"),
                    ("authority", false) => t("Decision: not to notify the authority", "Décision\u{a0}: ne pas notifier l'autorité"),
                    (_, true) => t("Decision: tell the people affected", "Décision\u{a0}: informer les personnes concernées"),
                    (_, false) => t("Decision: not to tell the people affected", "Décision\u{a0}: ne pas informer les personnes concernées"),
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
                Recipient::Public => t("Public communication instead of telling each person (Art. 34(3)(c))", "Communication publique au lieu d'informer chaque personne (art. 34(3)(c))"),
                Recipient::Controller => format!("{} {}", t("Controller told:", "Responsable de traitement informé\u{a0}:"), n.controller.clone().unwrap_or_default()),
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
    pub fn summary(&self, rules: Rules, now: DateTime<Utc>, tz: chrono_tz::Tz) -> BreachSummary {
        let clock = self.clock(rules, now, tz);
        // Ours: the controller's deadline when we are processor; else the PECR full report while it is pending,
        // then the authority's.
        let pending = |d: &&Deadline| matches!(d.urgency, BreachUrgency::Ok | BreachUrgency::Soon | BreachUrgency::Overdue);
        let ours = clock.controller.as_ref().or(clock.full_report.as_ref().filter(pending)).unwrap_or(&clock.authority);
        let (urgency, due_at, warning_at) = (ours.urgency, ours.due_at, ours.warning_at);
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
            due_at,
            warning_at,
            remaining_seconds: ours.remaining_seconds,
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
    /// Under PECR, once the first notice is made: the full report to the ICO within three days of it.
    pub full_report: Option<Deadline>,
}

impl BreachClock {
    /// The clock with its rules in `lang`.
    pub fn worded(self, lang: Lang) -> BreachClock {
        BreachClock {
            authority: self.authority.worded(lang),
            controller: self.controller.map(|c| c.worded(lang)),
            full_report: self.full_report.map(|c| c.worded(lang)),
        }
    }
}

/// One line of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineEntry {
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
    /// When that deadline falls due, and when it turns red (12 hours before): the list's countdown follows them.
    pub due_at: DateTime<Utc>,
    pub warning_at: DateTime<Utc>,
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
    /// Every instant of the record (RFC 3339, as above) as shown in `timezone` ([`clock::local_map`]).
    pub local: std::collections::BTreeMap<String, String>,
    /// The decisions the record can take now, and why not ([`Breach::decision_allowed`]).
    pub decisions: Vec<crate::request::Offer<DecisionAbout>>,
}

impl BreachView {
    /// `lang` words the timeline (the reader's language: [`crate::store::Store::texts_lang`]).
    pub fn new(breach: Breach, org: &crate::org::Org, now: DateTime<Utc>, lang: Lang) -> Self {
        let tz = org.tz();
        BreachView {
            status: breach.status(),
            clock: breach.clock(Rules::of(org), now, tz).worded(lang),
            timeline: breach.timeline(Rules::of(org), lang, tz),
            aware_at_local: clock::local(breach.data.aware_at, tz),
            timezone: tz.name().to_string(),
            draft: breach.data.to_local_draft(tz),
            now_local: clock::local_input(now, tz),
            local: clock::local_map(breach.instants(), tz),
            decisions: [DecisionAbout::Authority, DecisionAbout::People]
                .into_iter()
                .map(|a| crate::request::Offer::new(a, breach.decision_allowed(a), true))
                .collect(),
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
    /// The page: the matches to skip, and how many to give (none: all of them).
    #[ts(type = "number")]
    pub offset: u64,
    #[ts(type = "number | null")]
    pub limit: Option<u64>,
}

/// A breach's searchable text (its number, title, status, risk and nature, codes and words in both languages),
/// folded as the search box folds what is typed. The store keeps it in its search index.
pub fn search_text(b: &Breach) -> String {
    let mut text = vec![format!("#{}", b.id.0), b.data.title.clone()];
    let status = b.status();
    text.extend([status.as_str().to_string(), status.label(Lang::En).to_string(), status.label(Lang::Fr).to_string()]);
    if let Some(r) = b.risk() {
        text.extend([r.as_str().to_string(), r.label(Lang::En).to_string(), r.label(Lang::Fr).to_string()]);
    }
    for n in &b.data.nature {
        text.extend([n.as_str().to_string(), n.label(Lang::En).to_string(), n.label(Lang::Fr).to_string()]);
    }
    search_key(&text.join(" "))
}

/// One page of the breaches a filter keeps, each with its deadline relative to now.
pub type BreachPage = crate::page::Page<BreachSummary>;

