//! Everything due, from every module, in one list (product.md module 8): request due dates, breach deadlines,
//! policy effective dates, subprocessor objection windows and unresolved objections, and the yearly DPA or
//! security review of active subprocessors. Each deadline carries the rule that produced it and a link to its
//! record; [`gather`] is a pure function of the records and "today".

pub mod ics;
pub mod reminder;

use crate::breach::{Breach, BreachUrgency};
use crate::document::Lang;
use crate::policy::{short_date, ChangeStatus, ChangeView};
use crate::request::RequestView;
use crate::subprocessor::notice::{NoticeStatus, NoticeView};
use crate::subprocessor::{Status, Subprocessor};
use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The module a deadline belongs to, for the list's filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineModule {
    Request,
    Breach,
    Policy,
    /// Subprocessor change notices: objection windows and unresolved objections.
    Notice,
    /// The yearly DPA or security review of active subprocessors.
    Review,
    /// The ICO registration's yearly renewal.
    Registration,
}

impl DeadlineModule {
    pub const ALL: &'static [DeadlineModule] = &[Self::Request, Self::Breach, Self::Policy, Self::Notice, Self::Review, Self::Registration];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::Breach => "breach",
            Self::Policy => "policy",
            Self::Notice => "notice",
            Self::Review => "review",
            Self::Registration => "registration",
        }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        let key = crate::text::fold(s);
        Self::ALL
            .iter()
            .copied()
            .find(|m| key == m.as_str() || key == format!("{}s", m.as_str()))
            .ok_or_else(|| format!("'{}' is not a module; use one of request, breach, policy, notice, review, registration", s.trim()))
    }
}

/// Which record a deadline opens in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LinkTarget {
    Request,
    Breach,
    PolicyChange,
    SubprocessorNotice,
    Subprocessor,
    /// The Registrations page (the link's id is 0).
    Registrations,
    /// The deadlines list itself (id 0): where a notification of several reminders leads.
    Deadlines,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Link {
    pub target: LinkTarget,
    #[ts(type = "number")]
    pub id: i64,
}

/// One thing due.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct DeadlineEntry {
    /// Stable across runs (the kind and the record's id): calendar programs update the event on re-import.
    pub uid: String,
    pub module: DeadlineModule,
    /// request-acknowledge (CCPA), request-extension-notice, request-due, request-purge, breach-authority,
    /// breach-controller, breach-full-report (PECR), breach-people, policy-effective, objection-window,
    /// earliest-engagement, objection-unresolved, review, ico-renewal.
    pub kind: String,
    /// What is due, in words. Never holds a requester's name: the list may be exported to a calendar.
    pub title: String,
    pub due_on: NaiveDate,
    /// For breach deadlines, which fall at an instant: that instant (RFC 3339 UTC).
    pub due_at: Option<DateTime<Utc>>,
    /// Days from today to `due_on`; negative once past.
    #[ts(type = "number")]
    pub days_left: i64,
    /// `days_left` in words, in English and French ([`crate::request::days_left_words`], the one wording).
    pub days_left_words: crate::vocab::Term,
    pub overdue: bool,
    /// Overdue, due soon (within [`crate::request::DUE_SOON_DAYS`]) or later: the one colour scale every screen
    /// shows days left in.
    pub urgency: crate::request::Urgency,
    /// The rule that produced the date, in words.
    pub rule: String,
    pub link: Link,
}

/// What [`gather`] reads: every module's records as their views give them.
pub struct Sources<'a> {
    pub requests: &'a [RequestView],
    pub breaches: &'a [Breach],
    /// The breach rules of the organisation (the law, PECR, the processor's hours).
    pub breach_rules: crate::breach::Rules,
    pub tz: chrono_tz::Tz,
    pub changes: &'a [ChangeView],
    pub notices: &'a [NoticeView],
    pub subprocessors: &'a [Subprocessor],
    /// How long closed requests are kept before their details are purged (the organisation's setting).
    pub retention_years: u32,
    /// The language of the titles and of the rules written here (the reader's).
    pub lang: Lang,
    /// The day the ICO registration is due for renewal, when the organisation answers to the ICO and recorded it.
    pub ico_renewal_on: Option<NaiveDate>,
}

/// How long after the last security review (or the DPA's signature, when never reviewed) an active subprocessor
/// is due for review. A year is the usual cadence of vendor reviews in ISO 27001 (A.5.22) and SOC 2 programmes.
pub const REVIEW_MONTHS: u32 = 12;

/// Every deadline as of `today` (and `now`, for breach instants), overdue first, then by date.
pub fn gather(s: &Sources<'_>, today: NaiveDate, now: DateTime<Utc>) -> Vec<DeadlineEntry> {
    let mut out = Vec::new();
    let fr = s.lang == Lang::Fr;
    // A day as the titles write it: "9 Mar 2026", "9 mars 2026".
    let day = |d: NaiveDate| if fr { crate::document::format_date(d, Lang::Fr) } else { short_date(d) };
    let dated = |uid: String, module, kind: &str, title: String, due_on: NaiveDate, rule: String, link: Link| DeadlineEntry {
        uid,
        module,
        kind: kind.into(),
        title,
        due_on,
        due_at: None,
        days_left: (due_on - today).num_days(),
        days_left_words: crate::request::days_left_words(Some((due_on - today).num_days())),
        overdue: due_on < today,
        urgency: crate::request::urgency(Some((due_on - today).num_days())),
        rule,
        link,
    };
    for r in s.requests.iter().filter(|r| r.days_left.is_some()) {
        let id = r.request.id.0;
        out.push(dated(
            format!("request-due-{id}@privdesk"),
            DeadlineModule::Request,
            "request-due",
            if fr { format!("Répondre à la demande {}", r.reference) } else { format!("Respond to request {}", r.reference) },
            r.due_on,
            r.due_rule.clone(),
            Link { target: LinkTarget::Request, id },
        ));
    }
    // Two dates before the answer is due, while they can still be met: the CCPA confirmation of receipt while nothing
    // has been done on the request yet, and the last day to tell the requester of an extension while none is recorded.
    for r in s.requests.iter().filter(|r| r.days_left.is_some()) {
        let id = r.request.id.0;
        let link = Link { target: LinkTarget::Request, id };
        if let (Some(ack), crate::request::RequestStatus::Received) = (r.acknowledge_by, r.status) {
            out.push(dated(
                format!("request-acknowledge-{id}@privdesk"),
                DeadlineModule::Request,
                "request-acknowledge",
                if fr { format!("Confirmer la réception de la demande {}", r.reference) } else { format!("Confirm receipt of request {}", r.reference) },
                ack,
                if fr {
                    format!(
                        "11 CCR 7021(a)\u{a0}: confirmer la réception sous 10 jours ouvrés, au plus tard le {} (du lundi au vendredi hors jours fériés fédéraux des États-Unis et jours fériés de Californie)",
                        day(ack)
                    )
                } else {
                    format!(
                        "11 CCR 7021(a): confirm receipt within 10 business days, by {} (Monday to Friday without US federal and California state holidays)",
                        short_date(ack)
                    )
                },
                link,
            ));
        }
        // Once the first period is over, an extension can no longer be given: nothing left to list.
        if r.request.facts.extension_notified_on.is_none() && r.extension_deadline_on >= today {
            let on = r.extension_deadline_on;
            let rule = match (r.request.data.regime, fr) {
                (crate::request::Regime::Ccpa, false) => format!(
                    "Cal. Civ. Code 1798.130(a)(2): the requester is told of an extension of 45 more days, with the reasons, within the first 45 days, by {}",
                    short_date(on)
                ),
                (crate::request::Regime::Ccpa, true) => format!(
                    "Cal. Civ. Code 1798.130(a)(2)\u{a0}: le demandeur est informé d'une prolongation de 45 jours, motifs à l'appui, dans les 45 premiers jours, au plus tard le {}",
                    day(on)
                ),
                (regime, false) => format!(
                    "{} Art. 12(3): the requester is told of an extension of two more months, with the reasons, within one month of receipt, by {}",
                    if regime == crate::request::Regime::UkGdpr { "UK GDPR" } else { "GDPR" },
                    short_date(on)
                ),
                (regime, true) => format!(
                    "Art. 12(3) {}\u{a0}: le demandeur est informé d'une prolongation de deux mois, motifs à l'appui, dans le mois suivant la réception, au plus tard le {}",
                    regime.label_in(Lang::Fr),
                    day(on)
                ),
            };
            out.push(dated(
                format!("request-extension-notice-{id}@privdesk"),
                DeadlineModule::Request,
                "request-extension-notice",
                if fr {
                    format!("Dernier jour pour annoncer une prolongation de la demande {}", r.reference)
                } else {
                    format!("Last day to tell the requester of an extension of request {}", r.reference)
                },
                on,
                rule,
                link,
            ));
        }
    }
    // The retention purge of each closed request not yet pseudonymised: due the retention period after closing.
    for r in s.requests {
        let (Some(closed_on), None) = (r.request.facts.closed_on, r.request.pseudonymised_on) else { continue };
        let id = r.request.id.0;
        let due_on = crate::request::retention::purge_from(closed_on, s.retention_years);
        out.push(dated(
            format!("request-purge-{id}@privdesk"),
            DeadlineModule::Request,
            "request-purge",
            if fr {
                format!("Purge à effectuer\u{a0}: les coordonnées du demandeur de la demande {} (durée de conservation écoulée)", r.reference)
            } else {
                format!("Purge due: the requester's details of request {} (retention period over)", r.reference)
            },
            due_on,
            if fr {
                format!(
                    "Limitation de la conservation (art. 5(1)(e) RGPD)\u{a0}: clôturée le {} + {} ans de conservation = {}",
                    day(closed_on),
                    s.retention_years,
                    day(due_on)
                )
            } else {
                format!(
                    "Storage limitation (Art. 5(1)(e) GDPR): closed on {} + {} years of retention = {}",
                    short_date(closed_on),
                    s.retention_years,
                    short_date(due_on)
                )
            },
            Link { target: LinkTarget::Request, id },
        ));
    }
    for b in s.breaches.iter().filter(|b| b.closed_at.is_none()) {
        let clock = b.clock(s.breach_rules, now, s.tz);
        if let Some(entry) = people_deadline(b, &clock, s.breach_rules, s.tz, s.lang, today, now) {
            out.push(entry);
        }
        let duties = if fr {
            [
                ("breach-authority", "notifier l'autorité de contrôle", Some(clock.authority)),
                ("breach-controller", "informer le responsable de traitement", clock.controller),
                ("breach-full-report", "adresser le rapport complet à l'ICO", clock.full_report),
            ]
        } else {
            [
                ("breach-authority", "notify the supervisory authority", Some(clock.authority)),
                ("breach-controller", "tell the controller", clock.controller),
                ("breach-full-report", "send the full report to the ICO", clock.full_report),
            ]
        };
        for (kind, what, d) in duties {
            let Some(d) = d else { continue };
            // A deadline met, missed but notified late, or not ours is no longer something to do.
            if !matches!(d.urgency, BreachUrgency::Ok | BreachUrgency::Soon | BreachUrgency::Overdue) {
                continue;
            }
            let by = crate::document::format_instant_short(d.due_at, s.tz, s.lang);
            let title = if fr {
                format!("Violation n°\u{a0}{} «\u{a0}{}\u{a0}»\u{a0}: {what} avant le {by}", b.id.0, b.data.title)
            } else {
                format!("Breach #{} \"{}\": {what} by {by}", b.id.0, b.data.title)
            };
            let (uid, at) = (format!("{kind}-{}@privdesk", b.id.0), d.due_at);
            out.push(at_instant(uid, kind, title, at, d.worded(s.lang).rule, b.id.0, s.tz, (today, now)));
        }
    }
    if let Some(on) = s.ico_renewal_on {
        out.push(dated(
            "ico-renewal@privdesk".into(),
            DeadlineModule::Registration,
            "ico-renewal",
            if fr { "Renouvellement de l'enregistrement à l'ICO (redevance annuelle)".into() } else { "Renew the ICO registration (yearly data protection fee)".into() },
            on,
            if fr {
                "Data Protection (Charges and Information) Regulations 2018, règl. 2\u{a0}: la redevance se paie chaque année pour rester enregistré".into()
            } else {
                "The Data Protection (Charges and Information) Regulations 2018, reg. 2: the fee is paid every year to stay registered".into()
            },
            Link { target: LinkTarget::Registrations, id: 0 },
        ));
    }
    for c in s.changes {
        let Some(effective_on) = c.effective_on else { continue };
        if c.status == ChangeStatus::InEffect {
            continue;
        }
        let id = c.change.id.0;
        let mut title = if fr {
            format!("{} de «\u{a0}{}\u{a0}» version {}\u{a0}: entrée en vigueur", c.change.class.label(Lang::Fr), c.policy_title, c.to_label)
        } else {
            format!("{} \"{}\" version {} takes effect", c.change.class.label(Lang::En), c.policy_title, c.to_label)
        };
        if c.change.recipients.is_empty() {
            title.push_str(if fr {
                " (prévue\u{a0}: enregistrez qui a été informé)"
            } else {
                " (planned: record who was told)"
            });
        }
        if c.change.adds_processing {
            title.push_str(if fr {
                " (nouvelle finalité ou nouveau destinataire\u{a0}: pas avant cette date)"
            } else {
                " (new purpose or recipient: not before this date)"
            });
        }
        out.push(dated(
            format!("policy-effective-{id}@privdesk"),
            DeadlineModule::Policy,
            "policy-effective",
            title,
            effective_on,
            c.rule.clone(),
            Link { target: LinkTarget::PolicyChange, id },
        ));
    }
    for n in s.notices {
        let id = n.notice.id.0;
        if matches!(n.status, NoticeStatus::Scheduled | NoticeStatus::Open) {
            out.push(dated(
                format!("objection-window-{id}@privdesk"),
                DeadlineModule::Notice,
                "objection-window",
                if fr {
                    format!("Fin du délai d'opposition pour {} (recours possible au plus tôt le {})", n.subprocessor_name, day(n.earliest_engagement_on))
                } else {
                    format!("Objection period for {} ends (earliest engagement {})", n.subprocessor_name, short_date(n.earliest_engagement_on))
                },
                n.objection_until,
                n.rule.clone(),
                Link { target: LinkTarget::SubprocessorNotice, id },
            ));
            out.push(dated(
                format!("earliest-engagement-{id}@privdesk"),
                DeadlineModule::Notice,
                "earliest-engagement",
                if fr {
                    format!("{}\u{a0}: premier jour où le nouveau sous-traitant peut traiter les données, faute d'opposition non traitée", n.subprocessor_name)
                } else {
                    format!("{} may start processing from this day, unless an objection is still unresolved", n.subprocessor_name)
                },
                n.earliest_engagement_on,
                if fr {
                    format!("Art. 28(2) RGPD\u{a0}: le recours au sous-traitant attend la fin du délai d'opposition (le {})", day(n.objection_until))
                } else {
                    format!("Art. 28(2) GDPR: the engagement waits for the end of the objection period ({})", short_date(n.objection_until))
                },
                Link { target: LinkTarget::SubprocessorNotice, id },
            ));
        }
        for o in n.notice.objections.iter().filter(|o| o.outcome.is_none()) {
            out.push(dated(
                format!("objection-unresolved-{}@privdesk", o.id.0),
                DeadlineModule::Notice,
                "objection-unresolved",
                if fr {
                    format!("Traiter l'opposition de {} à {} avant d'y recourir", o.customer_name, n.subprocessor_name)
                } else {
                    format!("Resolve {}'s objection to {} before engaging it", o.customer_name, n.subprocessor_name)
                },
                n.earliest_engagement_on,
                if fr {
                    format!(
                        "Art. 28(2) RGPD\u{a0}: {} s'est opposé le {}\u{a0}; le sous-traitant ne peut traiter les données de ce client tant que l'opposition n'est pas traitée (recours au plus tôt le {})",
                        o.customer_name,
                        day(o.received_on),
                        day(n.earliest_engagement_on)
                    )
                } else {
                    format!(
                        "Art. 28(2) GDPR: {} objected on {}; the subprocessor may not process this customer's data until the objection is resolved (earliest engagement {})",
                        o.customer_name,
                        short_date(o.received_on),
                        short_date(n.earliest_engagement_on)
                    )
                },
                Link { target: LinkTarget::SubprocessorNotice, id },
            ));
        }
    }
    for sp in s.subprocessors.iter().filter(|sp| sp.data.status == Status::Active) {
        let (base, what) = match (sp.data.security_reviewed_on, sp.data.dpa_signed_on, fr) {
            (Some(r), _, false) => (r, "last security review"),
            (Some(r), _, true) => (r, "dernière revue de sécurité"),
            (None, Some(d), false) => (d, "DPA signed, no security review recorded"),
            (None, Some(d), true) => (d, "DPA signé, aucune revue de sécurité enregistrée"),
            (None, None, _) => continue,
        };
        let due_on = base.checked_add_months(Months::new(REVIEW_MONTHS)).unwrap_or(base);
        out.push(dated(
            format!("review-{}@privdesk", sp.id.0),
            DeadlineModule::Review,
            "review",
            if fr { format!("Revoir {} (DPA et sécurité)", sp.data.name) } else { format!("Review {} (DPA and security)", sp.data.name) },
            due_on,
            if fr {
                format!("Revue annuelle des sous-traitants actifs\u{a0}: {what} le {} + {REVIEW_MONTHS} mois = {}", day(base), day(due_on))
            } else {
                format!("Yearly review of active subprocessors: {what} on {} + {REVIEW_MONTHS} months = {}", short_date(base), short_date(due_on))
            },
            Link { target: LinkTarget::Subprocessor, id: sp.id.0 },
        ));
    }
    sort(&mut out);
    out
}

/// A breach's deadline, which falls at an instant: due on its day in the organisation's zone, overdue (and red)
/// once the instant is past, even on its own day.
#[allow(clippy::too_many_arguments)]
fn at_instant(uid: String, kind: &str, title: String, due_at: DateTime<Utc>, rule: String, breach: i64, tz: chrono_tz::Tz, (today, now): (NaiveDate, DateTime<Utc>)) -> DeadlineEntry {
    let due_on = due_at.with_timezone(&tz).date_naive();
    let days_left = (due_on - today).num_days();
    let overdue = due_at < now;
    DeadlineEntry {
        uid,
        module: DeadlineModule::Breach,
        kind: kind.into(),
        title,
        due_on,
        due_at: Some(due_at),
        days_left,
        days_left_words: crate::request::days_left_words(Some(days_left)),
        overdue,
        urgency: if overdue { crate::request::Urgency::Overdue } else { crate::request::urgency(Some(days_left.max(0))) },
        rule,
        link: Link { target: LinkTarget::Breach, id: breach },
    }
}

/// The people affected by a high-risk breach are told "without undue delay" (Art. 34(1)): no hour is fixed, so the
/// duty is listed at the authority's deadline, the latest moment that still reads as without undue delay, until
/// they are told, a public communication replaces it (Art. 34(3)(c)) or a decision not to tell them is recorded.
fn people_deadline(
    b: &Breach,
    clock: &crate::breach::BreachClock,
    rules: crate::breach::Rules,
    tz: chrono_tz::Tz,
    lang: Lang,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Option<DeadlineEntry> {
    let owed = match &b.people_decision {
        Some(d) => d.notify,
        None => b.risk() == Some(crate::breach::Risk::High),
    };
    let told = b.people_notified().is_some() || b.public_communication().is_some();
    if b.data.role != crate::breach::BreachRole::Controller || !owed || told {
        return None;
    }
    let due_at = clock.authority.due_at;
    let fr = lang == Lang::Fr;
    let by = crate::document::format_instant_short(due_at, tz, lang);
    let law = rules.gdpr(lang);
    let title = if fr {
        format!("Violation n°\u{a0}{} «\u{a0}{}\u{a0}»\u{a0}: informer les personnes concernées (au plus tard le {by})", b.id.0, b.data.title)
    } else {
        format!("Breach #{} \"{}\": tell the people affected (by {by} at the latest)", b.id.0, b.data.title)
    };
    let rule = if fr {
        format!("Art. 34(1) {law}\u{a0}: en cas de risque élevé, les personnes concernées sont informées dans les meilleurs délais\u{a0}; aucune heure n'est fixée, l'échéance retenue est celle de la notification à l'autorité ({by})")
    } else {
        format!("{law} Art. 34(1): when the risk is high, the people affected are told without undue delay; no hour is set, so the authority's deadline ({by}) is the latest date listed")
    };
    Some(at_instant(format!("breach-people-{}@privdesk", b.id.0), "breach-people", title, due_at, rule, b.id.0, tz, (today, now)))
}

/// Every deadline in the store due on or before `until` (all when `None`) as of the organisation's today, with that
/// today. This is the one place that knows which store method gives each module's records (requests through their
/// views, so their due dates come from the request clock). The requests and the register are read only as far as
/// `until` reaches, in SQLite: the dashboard's 30 days of a store with 100,000 requests read the few that are due.
pub fn from_store(store: &crate::Store, until: Option<NaiveDate>) -> crate::Result<(Vec<DeadlineEntry>, NaiveDate)> {
    let org = store.require_org()?;
    let now = store.now();
    let today = org.today(now);
    // What falls due `months` after a date is due by `until` if that date is on or before `until` less the months;
    // a few days more cover the month ends (31 March + 1 month is 30 April), and `until` is applied exactly below.
    let based_by = |months: u32| until.map(|u| u.checked_sub_months(Months::new(months)).unwrap_or(NaiveDate::MIN) + chrono::Days::new(4));
    // A CCPA confirmation of receipt falls at most about 30 days before its request's answer (10 business days
    // against 45 days): the open requests are read a little further, and `until` is applied exactly below.
    let answers_by = until.map(|u| u + chrono::Days::new(35));
    let requests = store.requests_with_deadlines(answers_by, based_by(org.request_retention_years * 12))?;
    let breaches = store.breaches()?;
    let changes = store.policy_changes()?;
    let notices = store.notice_views()?;
    let subprocessors = store.subprocessors_for_review(based_by(REVIEW_MONTHS))?;
    let sources = Sources {
        requests: &requests,
        breaches: &breaches,
        breach_rules: crate::breach::Rules::of(&org),
        tz: org.tz(),
        changes: &changes,
        notices: &notices,
        subprocessors: &subprocessors,
        retention_years: org.request_retention_years,
        lang: store.texts_lang(&org),
        ico_renewal_on: org.ico_renewal_on.filter(|_| org.authority == crate::org::Authority::Ico),
    };
    let mut items = gather(&sources, today, now);
    items.retain(|d| until.is_none_or(|u| d.due_on <= u));
    Ok((items, today))
}

/// Overdue first, then by date (and instant, for breaches), then by kind and record, so the order is stable.
pub fn sort(items: &mut [DeadlineEntry]) {
    items.sort_by(|a, b| {
        (!a.overdue, a.due_on, a.due_at, &a.kind, a.link.id).cmp(&(!b.overdue, b.due_on, b.due_at, &b.kind, b.link.id))
    });
}

/// What the list shows: deadlines from a day up to a day, from some modules (all when empty), a page at a time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DeadlineFilter {
    /// `YYYY-MM-DD`; empty for no limit.
    pub until: String,
    /// `YYYY-MM-DD`, the first day kept (a calendar's first day shown); empty for no limit, overdue ones included.
    pub from: String,
    pub modules: Vec<DeadlineModule>,
    /// The page: the deadlines to skip, and how many to give (none: all of them).
    #[ts(type = "number")]
    pub offset: u64,
    #[ts(type = "number | null")]
    pub limit: Option<u64>,
}

/// One page of the deadlines a filter keeps; `total` is how many it keeps too (the deadlines are gathered as far
/// as the filter reaches, not all of them).
pub type DeadlinePage = crate::page::Page<DeadlineEntry>;

fn day_of(field: &str, value: &str) -> Result<Option<NaiveDate>, crate::Invalid> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    crate::subprocessor::parse_date(value).map(Some).map_err(|r| crate::Invalid::field(field, r))
}

impl DeadlineFilter {
    /// The day the list stops at, if any.
    pub fn until(&self) -> Result<Option<NaiveDate>, crate::Invalid> {
        day_of("until", &self.until)
    }

    /// One page of what the filter keeps, in the list's order.
    pub fn page(&self, store: &crate::Store) -> crate::Result<DeadlinePage> {
        let (mut items, _) = self.read(store)?;
        let matched = items.len() as u64;
        // The page is the range [offset, offset + limit) of the matches, cut at their end.
        let start = (self.offset as usize).min(items.len());
        let end = self.limit.map_or(items.len(), |l| start.saturating_add(l as usize).min(items.len()));
        let rows = items.drain(start..end).collect();
        Ok(DeadlinePage { rows, matched, total: matched, offset: self.offset })
    }

    /// The deadlines of the store the filter keeps, with the organisation's today.
    pub fn read(&self, store: &crate::Store) -> crate::Result<(Vec<DeadlineEntry>, NaiveDate)> {
        let (items, today) = from_store(store, self.until()?)?;
        Ok((self.apply(items)?, today))
    }

    pub fn apply(&self, items: Vec<DeadlineEntry>) -> Result<Vec<DeadlineEntry>, crate::Invalid> {
        let (until, from) = (self.until()?, day_of("from", &self.from)?);
        Ok(items
            .into_iter()
            .filter(|d| until.is_none_or(|u| d.due_on <= u))
            .filter(|d| from.is_none_or(|f| d.due_on >= f))
            .filter(|d| self.modules.is_empty() || self.modules.contains(&d.module))
            .collect())
    }
}

/// How far ahead the dashboard looks.
pub const DASHBOARD_DAYS: u64 = 30;

/// The dashboard: what is overdue, due within 7 days (today included), and due in the 8 to 30 days after.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Dashboard {
    pub today: NaiveDate,
    pub overdue: Vec<DeadlineEntry>,
    pub next_7_days: Vec<DeadlineEntry>,
    pub next_30_days: Vec<DeadlineEntry>,
}

impl Dashboard {
    pub fn new(items: &[DeadlineEntry], today: NaiveDate) -> Dashboard {
        let pick = |f: &dyn Fn(&DeadlineEntry) -> bool| items.iter().filter(|d| f(d)).cloned().collect::<Vec<_>>();
        Dashboard {
            today,
            overdue: pick(&|d| d.overdue),
            next_7_days: pick(&|d| !d.overdue && d.days_left <= 7),
            next_30_days: pick(&|d| !d.overdue && d.days_left > 7 && d.days_left <= DASHBOARD_DAYS as i64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::SubprocessorId;
    use crate::subprocessor::SubprocessorDraft;

    fn day(s: &str) -> NaiveDate {
        crate::subprocessor::parse_date(s).unwrap()
    }

    fn sub(id: i64, status: &str, reviewed: &str, dpa: &str) -> Subprocessor {
        let data = SubprocessorDraft {
            name: format!("S{id}"),
            service: "Hosting".into(),
            category: "hosting".into(),
            country: "FR".into(),
            status: status.into(),
            security_reviewed_on: reviewed.into(),
            dpa_signed_on: dpa.into(),
            ended_on: if status == "retired" { "2026-01-01".into() } else { String::new() },
            ..Default::default()
        }
        .validate()
        .unwrap();
        Subprocessor { id: SubprocessorId(id), data, created_at: Utc::now(), updated_at: Utc::now() }
    }

    fn gather_subs(subs: &[Subprocessor], today: &str) -> Vec<DeadlineEntry> {
        let s = Sources { requests: &[], breaches: &[], breach_rules: crate::breach::Rules::default(), tz: chrono_tz::Europe::Paris, changes: &[], notices: &[], subprocessors: subs, retention_years: 3, lang: Lang::En, ico_renewal_on: None };
        gather(&s, day(today), Utc::now())
    }

    #[test]
    fn reviews_fall_due_twelve_months_after_the_last_review_or_the_dpa() {
        let check = |reviewed: &str, dpa: &str, expected: Option<&str>| {
            let got = gather_subs(&[sub(1, "active", reviewed, dpa)], "2026-11-23");
            assert_eq!(got.first().map(|d| d.due_on), expected.map(day), "{reviewed:?} {dpa:?}");
        };
        check("2026-03-03", "2025-01-01", Some("2027-03-03"));
        check("", "2025-06-30", Some("2026-06-30"));
        check("2024-02-29", "", Some("2025-02-28"));
        check("", "", None);
        let d = &gather_subs(&[sub(1, "active", "2026-03-03", "")], "2026-11-23")[0];
        assert_eq!(d.rule, "Yearly review of active subprocessors: last security review on 3 Mar 2026 + 12 months = 3 Mar 2027");
        assert!(gather_subs(&[sub(1, "proposed", "2020-01-01", ""), sub(2, "retired", "2020-01-01", "")], "2026-11-23").is_empty());
    }

    #[test]
    fn overdue_items_come_first_then_by_date() {
        let subs = [
            sub(1, "active", "2026-02-01", ""), // due 2027-02-01
            sub(2, "active", "2025-10-01", ""), // due 2026-10-01: overdue
            sub(3, "active", "2025-12-01", ""), // due 2026-12-01
            sub(4, "active", "2025-11-23", ""), // due 2026-11-23: today, not overdue
            sub(5, "active", "2025-11-22", ""), // due 2026-11-22: overdue by a day
        ];
        let got = gather_subs(&subs, "2026-11-23");
        let order: Vec<_> = got.iter().map(|d| (d.link.id, d.overdue, d.days_left)).collect();
        assert_eq!(order, [(2, true, -53), (5, true, -1), (4, false, 0), (3, false, 8), (1, false, 70)]);
        let dash = Dashboard::new(&got, day("2026-11-23"));
        let ids = |v: &[DeadlineEntry]| v.iter().map(|d| d.link.id).collect::<Vec<_>>();
        assert_eq!((ids(&dash.overdue), ids(&dash.next_7_days), ids(&dash.next_30_days)), (vec![2, 5], vec![4], vec![3]));
        let f = DeadlineFilter { until: "2026-12-01".into(), modules: vec![DeadlineModule::Review], ..Default::default() };
        assert_eq!(ids(&f.apply(got.clone()).unwrap()), [2, 5, 4, 3]);
        // From a day on (a calendar's month): the overdue ones before it are left out.
        assert_eq!(ids(&DeadlineFilter { from: "2026-11-23".into(), ..Default::default() }.apply(got.clone()).unwrap()), [4, 3, 1]);
        assert!(DeadlineFilter { modules: vec![DeadlineModule::Policy], ..Default::default() }.apply(got.clone()).unwrap().is_empty());
        assert_eq!(DeadlineFilter { until: "soon".into(), ..Default::default() }.apply(got.clone()).unwrap_err().errors[0].field, "until");
        assert_eq!(DeadlineFilter { from: "later".into(), ..Default::default() }.apply(got).unwrap_err().errors[0].field, "from");
    }

    #[test]
    fn modules_parse_singular_and_plural() {
        assert_eq!(DeadlineModule::parse("Requests"), Ok(DeadlineModule::Request));
        assert_eq!(DeadlineModule::parse("review"), Ok(DeadlineModule::Review));
        assert!(DeadlineModule::parse("activity").unwrap_err().contains("request, breach"));
    }
}
