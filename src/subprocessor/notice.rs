//! Subprocessor change notices (product.md module 3, rules.md §4): announcing a new or replacing subprocessor to
//! the customers, the objection period, the earliest engagement date, the customers' objections and their outcome,
//! and the printed notice.
//!
//! Under general written authorisation (Art. 28(2) GDPR; 2021 SCCs Clause 9(a), option 2) the processor informs
//! its controllers of an intended addition or replacement at least the agreed period in advance, so that they can
//! object. The dates are derived from the notice date and the period whenever a notice is read.

use super::{Status, Subprocessor};
use crate::document::{format_date, Block, Document, Lang};
use crate::error::{Checker, Invalid};
use crate::id::SubprocessorId;
use crate::org::Org;
use crate::policy::short_date;
use crate::subprocessor::parse_date;
use crate::calendar::WorkingCalendar;
use crate::text::non_empty;
use crate::vocabulary;
use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::typed_id!(
    /// A customer (controller) we process data for and notify of subprocessor changes.
    CustomerId
);
crate::typed_id!(
    /// A subprocessor change notice.
    NoticeId
);
crate::typed_id!(
    /// A customer's objection to a notice.
    ObjectionId
);

vocabulary! {
    /// How an objection ended (rules.md §4: a controller that objects cannot have its data processed by the new
    /// subprocessor).
    ObjectionOutcome {
        Resolved = "resolved", "Resolved", "Résolue", ["withdrawn", "retirée", "accepted"];
        CustomerLeft = "customer-left", "Customer left", "Client parti", ["left", "terminated", "résilié", "parti"];
        NotUsed = "not-used", "Subprocessor not used for this customer", "Sous-traitant non utilisé pour ce client", ["excluded", "exclu", "not used"];
    }
    what: "objection outcome"
}

vocabulary! {
    /// How an objection period counts its days: every calendar day, or business days (Monday to Friday without the
    /// public holidays of the organisation's calendar), as contracts often say ("10 business days").
    DayCount {
        Calendar = "calendar", "calendar days", "jours calendaires", ["calendar days", "days", "jours", "calendaires", "jours calendaires"];
        Business = "business", "business days", "jours ouvrés", ["business days", "working days", "workdays", "ouvrés", "jours ouvrés", "ouvrables", "jours ouvrables"];
    }
    what: "day count"
}

impl Default for DayCount {
    fn default() -> Self {
        DayCount::Calendar
    }
}

vocabulary! {
    /// Where a notice stands as of today (derived).
    NoticeStatus {
        Scheduled = "scheduled", "Scheduled", "Programmé", [];
        Open = "open", "Objection period running", "Délai d'opposition en cours", [];
        Ended = "ended", "Objection period ended", "Délai d'opposition écoulé", [];
        Engaged = "engaged", "Subprocessor engaged", "Sous-traitant engagé", [];
    }
    what: "notice status"
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Customer {
    pub id: CustomerId,
    pub name: String,
    pub contact_email: Option<String>,
    /// The person to write to at the customer (their DPO or privacy contact).
    #[serde(default)]
    pub contact_name: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    /// The customer's representative in the EU or the UK (Art. 27), if it has one: the processor record names it
    /// (Art. 30(2)(a)).
    #[serde(default)]
    pub representative: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CustomerDraft {
    pub name: String,
    pub contact_email: String,
    pub contact_name: String,
    pub address: String,
    pub representative: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CustomerData {
    pub name: String,
    pub contact_email: Option<String>,
    pub contact_name: Option<String>,
    pub address: Option<String>,
    pub representative: Option<String>,
}

impl CustomerDraft {
    /// `others` are the names of the other customers: names are unique, ignoring case and accents.
    pub fn validate(&self, others: &[String]) -> Result<CustomerData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let name = c.check("name", non_empty(&self.name).ok_or_else(|| "is required: the customer's name".to_string()));
            if let Some(n) = &name {
                if n.chars().count() > 200 {
                    c.push("name", "is too long (at most 200 characters)");
                } else if others.iter().any(|o| crate::text::fold(o) == crate::text::fold(n)) {
                    c.push("name", format!("'{n}' is already in the customer list"));
                }
            }
            let contact_email = c.check("contact_email", crate::org::email(&self.contact_email, false));
            c.finish()?;
            Ok(CustomerData {
                name: name.unwrap(),
                contact_email: contact_email.unwrap(),
                contact_name: non_empty(&self.contact_name),
                address: non_empty(&self.address),
                representative: non_empty(&self.representative),
            })
        })
    }
}

/// A customer told of a notice, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct NotifiedCustomer {
    pub customer_id: CustomerId,
    pub name: String,
    pub contact_email: Option<String>,
    pub notified_on: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Objection {
    pub id: ObjectionId,
    pub notice_id: NoticeId,
    pub customer_id: CustomerId,
    pub customer_name: String,
    pub received_on: NaiveDate,
    pub reason: String,
    pub outcome: Option<ObjectionOutcome>,
    pub outcome_on: Option<NaiveDate>,
    pub outcome_note: Option<String>,
}

/// A notice as stored: the facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Notice {
    pub id: NoticeId,
    pub subprocessor_id: SubprocessorId,
    /// The subprocessor this one replaces, for a replacement.
    pub replaces_id: Option<SubprocessorId>,
    pub notice_on: NaiveDate,
    #[ts(type = "number")]
    pub objection_days: u32,
    /// Whether the period counts calendar or business days.
    #[serde(default)]
    pub objection_unit: DayCount,
    /// The day the subprocessor was marked active under this notice, and the reason when that was early.
    pub activated_on: Option<NaiveDate>,
    pub activation_reason: Option<String>,
    pub customers: Vec<NotifiedCustomer>,
    pub objections: Vec<Objection>,
    pub created_at: DateTime<Utc>,
}

/// An announcement as a form gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct AnnounceDraft {
    pub notice_on: String,
    /// Empty: the organisation's objection period.
    pub objection_days: String,
    /// "calendar" or "business"; empty: the organisation's (calendar days unless it chose business days).
    pub objection_unit: String,
    pub replaces_id: Option<SubprocessorId>,
    /// The customers told; `None` means every customer in the list.
    pub customer_ids: Option<Vec<CustomerId>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnnounceData {
    pub notice_on: NaiveDate,
    pub objection_days: u32,
    pub objection_unit: DayCount,
    pub replaces_id: Option<SubprocessorId>,
    pub customer_ids: Vec<CustomerId>,
}

impl AnnounceDraft {
    /// Checks the announcement of `sub`; `replaced` is the record named by `replaces_id` when it exists, and
    /// `customers` the customer list.
    pub fn validate(&self, sub: &Subprocessor, replaced: Option<&Subprocessor>, customers: &[Customer], org: &Org) -> Result<AnnounceData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            if sub.data.status == Status::Retired {
                c.push("id", format!("subprocessor #{} ({}) is retired; a retired subprocessor cannot be announced", sub.id, sub.data.name));
            }
            let notice_on = c.check("notice_on", parse_date(&self.notice_on));
            let objection_days = if self.objection_days.trim().is_empty() {
                Some(org.subprocessor_notice_days)
            } else {
                c.check(
                    "objection_days",
                    self.objection_days
                        .trim()
                        .parse::<u32>()
                        .ok()
                        .filter(|d| (1..=365).contains(d))
                        .ok_or_else(|| format!("'{}' is not a number of days from 1 to 365", self.objection_days.trim())),
                )
            };
            let objection_unit = if self.objection_unit.trim().is_empty() {
                Some(org.subprocessor_notice_unit)
            } else {
                c.check("objection_unit", DayCount::parse(&self.objection_unit))
            };
            if let Some(r) = self.replaces_id {
                if r == sub.id {
                    c.push("replaces", format!("#{r} is the subprocessor being announced; a subprocessor cannot replace itself"));
                } else if replaced.is_none() {
                    c.push("replaces", format!("subprocessor #{r} does not exist"));
                }
            }
            let customer_ids = match &self.customer_ids {
                None => customers.iter().map(|c| c.id).collect(),
                Some(ids) => {
                    for id in ids {
                        if !customers.iter().any(|c| c.id == *id) {
                            c.push("customers", format!("customer #{id} does not exist"));
                        }
                    }
                    let mut ids = ids.clone();
                    ids.sort();
                    ids.dedup();
                    ids
                }
            };
            c.finish()?;
            Ok(AnnounceData {
                notice_on: notice_on.unwrap(),
                objection_days: objection_days.unwrap(),
                objection_unit: objection_unit.unwrap(),
                replaces_id: self.replaces_id,
                customer_ids,
            })
        })
    }
}

/// An objection as a form gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ObjectionDraft {
    /// The customer's name as in the customer list; an unknown name adds the customer to the list.
    pub customer: String,
    pub received_on: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ObjectionData {
    pub customer: String,
    pub received_on: NaiveDate,
    pub reason: String,
}

impl ObjectionDraft {
    pub fn validate(&self, notice: &Notice) -> Result<ObjectionData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let customer = c.check("customer", non_empty(&self.customer).ok_or_else(|| "is required: the customer who objects".to_string()));
            let received_on = c.check("on", parse_date(&self.received_on));
            if let Some(d) = received_on {
                if d < notice.notice_on {
                    c.push("on", format!("{d} is before the notice date {}", notice.notice_on));
                }
            }
            let reason = c.check("reason", non_empty(&self.reason).ok_or_else(|| "is required: the grounds the customer gave".to_string()));
            c.finish()?;
            Ok(ObjectionData { customer: customer.unwrap(), received_on: received_on.unwrap(), reason: reason.unwrap() })
        })
    }
}

/// How an objection ended, as a form gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct OutcomeDraft {
    pub outcome: String,
    pub on: String,
    pub note: String,
}

pub fn validate_outcome(d: &OutcomeDraft, objection: &Objection) -> Result<(ObjectionOutcome, NaiveDate, Option<String>), Invalid> {
    let mut c = Checker::new();
    let outcome = c.check(
        "outcome",
        if d.outcome.trim().is_empty() { Err("is required; use one of resolved, customer-left, not-used".to_string()) } else { ObjectionOutcome::parse(&d.outcome) },
    );
    let on = c.check("on", parse_date(&d.on));
    if let Some(on) = on {
        if on < objection.received_on {
            c.push("on", format!("{on} is before the objection was received ({})", objection.received_on));
        }
    }
    c.finish()?;
    Ok((outcome.unwrap(), on.unwrap(), non_empty(&d.note)))
}

/// The dates a notice gives, each with its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// The last day a customer can object: the day before the earliest engagement date.
    pub objection_until: NaiveDate,
    /// Notice date + objection period (calendar days).
    pub earliest_engagement_on: NaiveDate,
    pub rule: String,
    /// The same rule in French.
    pub rule_fr: String,
}

/// The objection period in words: "30 calendar days", "10 business days (Monday to Friday without France public
/// holidays)".
pub fn period_words(days: u32, unit: DayCount, cal: &WorkingCalendar, lang: Lang) -> String {
    match (unit, lang) {
        (DayCount::Calendar, Lang::En) => format!("{days} calendar {}", if days == 1 { "day" } else { "days" }),
        (DayCount::Calendar, Lang::Fr) => format!("{days} {}", if days == 1 { "jour calendaire" } else { "jours calendaires" }),
        (DayCount::Business, Lang::En) => format!("{days} business {} (Monday to Friday without {})", if days == 1 { "day" } else { "days" }, cal.words(lang)),
        (DayCount::Business, Lang::Fr) => format!("{days} {} (du lundi au vendredi, hors {})", if days == 1 { "jour ouvré" } else { "jours ouvrés" }, cal.words(lang)),
    }
}

/// Art. 28(2) GDPR / SCC Clause 9(a): the subprocessor may be engaged once the period has run from the notice date:
/// `days` calendar days after it, or on the `days`-th business day after it (the notice day itself never counts);
/// customers can object until the day before.
pub fn window(notice_on: NaiveDate, days: u32, unit: DayCount, cal: &WorkingCalendar) -> Window {
    let earliest = match unit {
        DayCount::Calendar => notice_on + Days::new(u64::from(days)),
        DayCount::Business => cal.add_working_days(notice_on, days),
    };
    let until = earliest.pred_opt().unwrap_or(earliest);
    let (period, period_fr) = match unit {
        DayCount::Calendar => (format!("{days} days"), format!("{days} jours")),
        DayCount::Business => (period_words(days, unit, cal, Lang::En), period_words(days, unit, cal, Lang::Fr)),
    };
    Window {
        objection_until: until,
        earliest_engagement_on: earliest,
        rule: format!(
            "Art. 28(2) GDPR / SCC Clause 9(a): objection period {period} from {} = objections until {}, earliest engagement {}",
            short_date(notice_on),
            short_date(until),
            short_date(earliest)
        ),
        rule_fr: {
            let day = |d: NaiveDate| crate::document::format_date(d, crate::document::Lang::Fr);
            format!(
                "Art. 28(2) RGPD / CCT clause 9(a)\u{a0}: délai d'opposition de {period_fr} à compter du {} = oppositions jusqu'au {}, \
                 recours au plus tôt le {}",
                day(notice_on),
                day(until),
                day(earliest)
            )
        },
    }
}

impl Notice {
    /// The dates the notice gives under the organisation's calendar.
    pub fn window(&self, cal: &WorkingCalendar) -> Window {
        window(self.notice_on, self.objection_days, self.objection_unit, cal)
    }
}

pub fn notice_status(n: &Notice, today: NaiveDate, cal: &WorkingCalendar) -> NoticeStatus {
    let w = n.window(cal);
    if n.activated_on.is_some() {
        NoticeStatus::Engaged
    } else if today < n.notice_on {
        NoticeStatus::Scheduled
    } else if today <= w.objection_until {
        NoticeStatus::Open
    } else {
        NoticeStatus::Ended
    }
}

/// A notice as the list shows it and `subprocessor notices --json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct NoticeView {
    #[serde(flatten)]
    pub notice: Notice,
    pub subprocessor_name: String,
    pub replaces_name: Option<String>,
    pub objection_until: NaiveDate,
    pub earliest_engagement_on: NaiveDate,
    pub rule: String,
    /// The period in the reader's language: "30 calendar days", "10 business days (Monday to Friday without ...)".
    pub period_words: String,
    pub status: NoticeStatus,
    /// Days from today to the end of the objection period (negative once past).
    #[ts(type = "number")]
    pub days_left: i64,
    /// Objections without an outcome: the subprocessor must not be used for these customers meanwhile.
    #[ts(type = "number")]
    pub open_objections: usize,
}

impl NoticeView {
    /// `lang` words the rule (the reader's language).
    pub fn new(notice: Notice, sub_name: String, replaces_name: Option<String>, today: NaiveDate, lang: Lang, cal: &WorkingCalendar) -> NoticeView {
        let w = notice.window(cal);
        NoticeView {
            subprocessor_name: sub_name,
            replaces_name,
            objection_until: w.objection_until,
            earliest_engagement_on: w.earliest_engagement_on,
            rule: if lang == Lang::Fr { w.rule_fr } else { w.rule },
            period_words: period_words(notice.objection_days, notice.objection_unit, cal, lang),
            status: notice_status(&notice, today, cal),
            days_left: (w.objection_until - today).num_days(),
            open_objections: notice.objections.iter().filter(|o| o.outcome.is_none()).count(),
            notice,
        }
    }
}

/// Marking a subprocessor active under an open notice: before the earliest engagement date a reason is required.
pub fn check_activation(notice: &Notice, on: NaiveDate, reason: Option<&str>, cal: &WorkingCalendar) -> Result<(), Invalid> {
    let w = notice.window(cal);
    if on < w.earliest_engagement_on && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Invalid::field(
            "reason",
            format!(
                "is required to mark the subprocessor active on {on}, before the earliest engagement date {} (notice #{}: {})",
                w.earliest_engagement_on, notice.id, w.rule
            ),
        ));
    }
    Ok(())
}

fn t(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// The letter to customers announcing a new (or replacing) subprocessor.
pub fn print_notice(org: &Org, view: &NoticeView, sub: &Subprocessor, lang: Lang, today: NaiveDate) -> Document {
    let d = &sub.data;
    let title = match (&view.replaces_name, lang) {
        (None, Lang::En) => format!("Notice of a new subprocessor: {}", d.name),
        (None, Lang::Fr) => format!("Information sur un nouveau sous-traitant ultérieur : {}", d.name),
        (Some(_), Lang::En) => format!("Notice of a replacement subprocessor: {}", d.name),
        (Some(_), Lang::Fr) => format!("Information sur le remplacement d'un sous-traitant ultérieur : {}", d.name),
    };
    let notice = format_date(view.notice.notice_on, lang);
    let until = format_date(view.objection_until, lang);
    let earliest = format_date(view.earliest_engagement_on, lang);
    let intro = match (&view.replaces_name, lang) {
        (None, Lang::En) => format!(
            "In accordance with Article 28(2) of the GDPR and our data processing agreement, {} informs you that it intends to engage {} as a new subprocessor.",
            org.legal_name, d.name
        ),
        (Some(old), Lang::En) => format!(
            "In accordance with Article 28(2) of the GDPR and our data processing agreement, {} informs you that it intends to engage {} to replace {old}.",
            org.legal_name, d.name
        ),
        (None, Lang::Fr) => format!(
            "Conformément à l'article 28, paragraphe 2, du RGPD et à notre accord de sous-traitance, {} vous informe de son intention de recourir à {} en tant que nouveau sous-traitant ultérieur.",
            org.legal_name, d.name
        ),
        (Some(old), Lang::Fr) => format!(
            "Conformément à l'article 28, paragraphe 2, du RGPD et à notre accord de sous-traitance, {} vous informe de son intention de recourir à {} en remplacement de {old}.",
            org.legal_name, d.name
        ),
    };
    let mut facts = vec![
        (t(lang, "Subprocessor", "Sous-traitant ultérieur").to_string(), d.name.clone()),
    ];
    if let Some(e) = &d.legal_entity {
        facts.push((t(lang, "Legal entity", "Entité juridique").into(), e.clone()));
    }
    if let Some(a) = &d.address {
        facts.push((t(lang, "Address", "Adresse").into(), a.clone()));
    }
    facts.push((t(lang, "Country of establishment", "Pays d'établissement").into(), crate::country::name(&d.country, lang)));
    facts.push((t(lang, "Service", "Service").into(), d.service.clone()));
    if let Some(p) = &d.purpose {
        facts.push((t(lang, "Purpose", "Finalité").into(), p.clone()));
    }
    if !d.data_categories.is_empty() {
        facts.push((t(lang, "Data concerned", "Données concernées").into(), d.data_categories.join(", ")));
    }
    if !d.locations.is_empty() {
        facts.push((
            t(lang, "Processing locations", "Lieux de traitement").into(),
            d.locations.iter().map(|c| crate::country::name(c, lang)).collect::<Vec<_>>().join(", "),
        ));
    }
    facts.push((t(lang, "Transfer safeguard", "Garanties de transfert").into(), super::print::transfer_text(sub, lang)));
    if let Some(old) = &view.replaces_name {
        facts.push((t(lang, "Replaces", "Remplace").into(), old.clone()));
    }
    let dates = vec![
        (t(lang, "Notice date", "Date de l'information").into(), notice.clone()),
        (
            t(lang, "Objection period", "Délai d'opposition").into(),
            period_words(view.notice.objection_days, view.notice.objection_unit, &org.working_calendar(), lang),
        ),
        (t(lang, "Objections until", "Oppositions jusqu'au").into(), until.clone()),
        (t(lang, "Earliest engagement date", "Date d'engagement au plus tôt").into(), earliest.clone()),
    ];
    let contact = crate::policy::print::contact_text(org);
    let object = match lang {
        Lang::En => format!(
            "You may object to this change on reasonable grounds relating to data protection by writing to {contact} by {until}, stating your reasons. We will not engage {} before {earliest}. If you object, we will work with you in good faith to resolve your concerns; if we cannot, {} will not process your data, or you may terminate the affected services as provided in our agreement.",
            d.name, d.name
        ),
        Lang::Fr => format!(
            "Vous pouvez vous opposer à ce changement pour des motifs raisonnables liés à la protection des données en écrivant à {contact} au plus tard le {until}, en indiquant vos motifs. Nous ne recourrons pas à {} avant le {earliest}. En cas d'opposition, nous rechercherons de bonne foi une solution ; à défaut, {} ne traitera pas vos données, ou vous pourrez résilier les services concernés dans les conditions de notre accord.",
            d.name, d.name
        ),
    };
    let blocks = vec![
        Block::Heading { level: 1, text: title.clone() },
        Block::Paragraph(intro),
        Block::Heading { level: 2, text: t(lang, "The subprocessor", "Le sous-traitant ultérieur").into() },
        Block::KeyValue(facts),
        Block::Heading { level: 2, text: t(lang, "Dates", "Dates").into() },
        Block::KeyValue(dates),
        Block::Heading { level: 2, text: t(lang, "Your right to object", "Votre droit d'opposition").into() },
        Block::Paragraph(object),
        Block::Paragraph(
            t(
                lang,
                "This notice is given under Article 28(2) GDPR and Clause 9(a) of the Standard Contractual Clauses where they apply.",
                "Cette information est donnée en application de l'article 28, paragraphe 2, du RGPD et de la clause 9, point a), des clauses contractuelles types lorsqu'elles s'appliquent.",
            )
            .into(),
        ),
    ];
    Document::of(org, &title, lang, today, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    fn france() -> WorkingCalendar {
        WorkingCalendar::new(crate::calendar::HolidayCalendar::France, [])
    }

    #[test]
    fn the_window_runs_from_the_notice_date_for_the_period() {
        let check = |notice: &str, days: u32, until: &str, earliest: &str| {
            let w = window(day(notice), days, DayCount::Calendar, &france());
            assert_eq!((w.objection_until, w.earliest_engagement_on), (day(until), day(earliest)), "{notice} + {days}");
        };
        check("2026-11-23", 30, "2026-12-22", "2026-12-23");
        check("2026-12-15", 30, "2027-01-13", "2027-01-14");
        check("2028-02-01", 29, "2028-02-29", "2028-03-01");
        check("2026-11-23", 14, "2026-12-06", "2026-12-07");
        assert_eq!(
            window(day("2026-11-23"), 30, DayCount::Calendar, &france()).rule,
            "Art. 28(2) GDPR / SCC Clause 9(a): objection period 30 days from 23 Nov 2026 = objections until 22 Dec 2026, earliest engagement 23 Dec 2026"
        );
    }

    /// A contract's "10 business days": the period ends on the 10th working day after the notice day (which never
    /// counts), skipping weekends and the organisation's public holidays; engagement from that day, objections until
    /// the day before.
    #[test]
    fn a_period_in_business_days_skips_weekends_and_the_organisations_holidays() {
        let england = WorkingCalendar::new(crate::calendar::HolidayCalendar::EnglandWales, []);
        // (calendar, notice day, business days, objections until, earliest engagement)
        let cases = [
            // Mon 2 Nov 2026 + 10 working days = Mon 16 Nov in England and Wales (no holiday in between).
            (england.clone(), "2026-11-02", 10, "2026-11-15", "2026-11-16"),
            // Wed 4 Nov 2026: Wed 11 Nov (Armistice) is skipped in France, not in England and Wales.
            (france(), "2026-11-04", 10, "2026-11-18", "2026-11-19"),
            (england.clone(), "2026-11-04", 10, "2026-11-17", "2026-11-18"),
            // Fri 18 Dec 2026 in England and Wales: Christmas (Fri 25), Boxing Day substitute (Mon 28) and New
            // Year's Day (Fri 1 Jan) skipped, with the weekends: 21-24, 29-31 Dec, 4-6 Jan = 10, Wed 6 Jan.
            (england, "2026-12-18", 10, "2027-01-05", "2027-01-06"),
            // A notice given on a Saturday: the first business day is the Monday.
            (france(), "2026-11-07", 1, "2026-11-08", "2026-11-09"),
        ];
        for (cal, notice, days, until, earliest) in cases {
            let w = window(day(notice), days, DayCount::Business, &cal);
            assert_eq!((w.objection_until, w.earliest_engagement_on), (day(until), day(earliest)), "{notice} + {days} business days");
        }
        let w = window(day("2026-11-04"), 10, DayCount::Business, &france());
        assert_eq!(
            w.rule,
            "Art. 28(2) GDPR / SCC Clause 9(a): objection period 10 business days (Monday to Friday without France public holidays) from 4 Nov 2026 = objections until 18 Nov 2026, earliest engagement 19 Nov 2026"
        );
        assert!(w.rule_fr.contains("10\u{a0}jours ouvrés") || w.rule_fr.contains("10 jours ouvrés (du lundi au vendredi, hors"), "{}", w.rule_fr);
        assert_eq!(DayCount::parse("jours ouvrés"), Ok(DayCount::Business));
        assert_eq!(DayCount::parse("working days"), Ok(DayCount::Business));
    }

    fn notice(activated: Option<&str>) -> Notice {
        Notice {
            id: NoticeId(1),
            subprocessor_id: SubprocessorId(1),
            replaces_id: None,
            notice_on: day("2026-11-23"),
            objection_days: 30,
            objection_unit: DayCount::Calendar,
            activated_on: activated.map(day),
            activation_reason: None,
            customers: vec![],
            objections: vec![],
            created_at: Utc::now(),
        }
    }

    #[test]
    fn status_on_either_side_of_the_dates() {
        let check = |today: &str, activated: Option<&str>, expected: NoticeStatus| assert_eq!(notice_status(&notice(activated), day(today), &france()), expected, "{today}");
        check("2026-11-22", None, NoticeStatus::Scheduled);
        check("2026-11-23", None, NoticeStatus::Open);
        check("2026-12-22", None, NoticeStatus::Open);
        check("2026-12-23", None, NoticeStatus::Ended);
        check("2026-12-23", Some("2026-12-23"), NoticeStatus::Engaged);
    }

    #[test]
    fn activation_before_the_earliest_date_needs_a_reason() {
        let n = notice(None);
        let e = check_activation(&n, day("2026-12-22"), None, &france()).unwrap_err();
        assert_eq!(e.errors[0].field, "reason");
        assert!(e.errors[0].reason.contains("2026-12-23"), "{e}");
        assert!(check_activation(&n, day("2026-12-22"), Some("  "), &france()).is_err());
        assert!(check_activation(&n, day("2026-12-22"), Some("all customers agreed in writing"), &france()).is_ok());
        assert!(check_activation(&n, day("2026-12-23"), None, &france()).is_ok());
    }
}
