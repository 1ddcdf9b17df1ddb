//! Policies and their notice periods (product.md module 6, rules.md §5): documents with versions (full text), the
//! change from one version to the next with its class, notice date and the effective date computed from the
//! organisation's notice periods, who was told and how.
//!
//! The status of a change (draft, noticed, in effect) and its effective date are never stored: they are derived
//! from the notice date, the periods and "today" every time a change is read.

pub mod diff;
pub mod print;

use crate::document::Lang;
use crate::error::{Checker, Invalid};
use crate::org::Org;
use crate::subprocessor::parse_date;
use crate::text::non_empty;
use crate::vocabulary;
use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::typed_id!(
    /// A policy document (privacy policy, cookie policy, …).
    PolicyId
);
crate::typed_id!(
    /// One version (full text) of a policy.
    VersionId
);
crate::typed_id!(
    /// A change from one version of a policy to the next.
    ChangeId
);

vocabulary! {
    /// What kind of document a policy is.
    PolicyKind {
        Privacy = "privacy", "Privacy policy", "Politique de confidentialité", ["privacy policy", "confidentialite", "politique de confidentialite", "vie privee"];
        Cookies = "cookies", "Cookie policy", "Politique cookies", ["cookie", "cookie policy", "politique cookies"];
        Dpa = "dpa", "Data processing agreement", "Accord de sous-traitance", ["data processing agreement", "data processing addendum", "accord de sous-traitance", "dpa"];
        Terms = "terms", "Terms of service", "Conditions d'utilisation", ["terms of service", "terms and conditions", "cgu", "cgv", "conditions generales"];
        Other = "other", "Other document", "Autre document", ["autre"];
    }
    what: "policy kind"
}

vocabulary! {
    /// How a change is classified; each class has its notice period in the organisation profile (rules.md §5).
    ChangeClass {
        Minor = "minor", "Minor change", "Modification mineure", ["mineure", "mineur"];
        Substantial = "substantial", "Substantial change", "Modification substantielle", ["major", "substantielle", "majeure"];
        Legal = "legal", "Change required by law", "Modification imposée par la loi", ["law", "required by law", "loi", "legale"];
    }
    what: "change class"
}

vocabulary! {
    /// How people were told of a change.
    NoticeChannel {
        Web = "web", "Web page", "Page web", ["website", "site", "site web", "page"];
        Email = "email", "E-mail", "Courriel", ["e-mail", "mail", "courriel"];
        Other = "other", "Other", "Autre", ["autre", "letter", "courrier"];
    }
    what: "notification channel"
}

vocabulary! {
    /// Where a change stands as of today (derived, never stored).
    ChangeStatus {
        Draft = "draft", "Draft", "Brouillon", [];
        Noticed = "noticed", "Noticed", "Annoncée", [];
        InEffect = "in-effect", "In effect", "En vigueur", ["in effect", "effective"];
    }
    what: "change status"
}

/// A policy document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct Policy {
    pub id: PolicyId,
    pub kind: PolicyKind,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A policy as a form gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PolicyDraft {
    pub kind: String,
    pub title: String,
}

/// A valid policy's facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyData {
    pub kind: PolicyKind,
    pub title: String,
}

impl PolicyDraft {
    pub fn validate(&self) -> Result<PolicyData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let kind = c.check(
                "kind",
                if self.kind.trim().is_empty() {
                    Err(format!("is required; use one of {}", PolicyKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")))
                } else {
                    PolicyKind::parse(&self.kind)
                },
            );
            let title = c.check("title", non_empty(&self.title).ok_or_else(|| "is required: the document's title".to_string()));
            if title.as_ref().is_some_and(|t| t.chars().count() > 200) {
                c.push("title", "is too long (at most 200 characters)");
            }
            c.finish()?;
            Ok(PolicyData { kind: kind.unwrap(), title: title.unwrap() })
        })
    }
}

/// One version of a policy: its full text (plain text or Markdown) and its label ("2026-12", "v3").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct PolicyVersion {
    pub id: VersionId,
    pub policy_id: PolicyId,
    pub label: String,
    /// The date the version carries ("last updated on"), when known.
    pub dated_on: Option<NaiveDate>,
    /// Where the text came from: a file name, or `None` when pasted.
    pub source: Option<String>,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// A new version as a form gives it (pasted text, or a file's content with its name as `source`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct VersionDraft {
    pub label: String,
    pub text: String,
    pub dated_on: String,
    pub source: String,
}

/// A valid new version.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionData {
    pub label: String,
    pub text: String,
    pub dated_on: Option<NaiveDate>,
    pub source: Option<String>,
}

/// The longest text accepted for one version: far beyond any real policy (the fixtures are under 30,000
/// characters), small enough that a pasted file by mistake is refused rather than stored.
pub const MAX_TEXT_CHARS: usize = 1_000_000;

impl VersionDraft {
    /// Checks the version; `existing` are the labels the policy already has (labels are unique per policy).
    pub fn validate(&self, existing: &[String]) -> Result<VersionData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let label = c.check("label", non_empty(&self.label).ok_or_else(|| "is required: a name for this version, such as 2026-12 or v3".to_string()));
            if let Some(l) = &label {
                if l.chars().count() > 60 {
                    c.push("label", "is too long (at most 60 characters)");
                } else if existing.iter().any(|e| e == l) {
                    c.push("label", format!("'{l}' is already a version of this policy; give the new version another label"));
                }
            }
            // Windows line endings are normalised so that a file and the same text pasted compare equal.
            let text = self.text.replace("\r\n", "\n").replace('\r', "\n");
            let text = text.trim_start_matches('\u{feff}').trim().to_string();
            if text.is_empty() {
                c.push("text", "is required: the full text of the version (paste it or import a file)");
            } else if text.chars().count() > MAX_TEXT_CHARS {
                c.push("text", format!("is too long ({} characters; at most {MAX_TEXT_CHARS})", text.chars().count()));
            }
            let dated_on = if self.dated_on.trim().is_empty() { Some(None) } else { c.check("dated_on", parse_date(&self.dated_on).map(Some)) };
            c.finish()?;
            Ok(VersionData { label: label.unwrap(), text, dated_on: dated_on.unwrap(), source: non_empty(&self.source) })
        })
    }
}

/// One person or place told of a change: a web page (its address) or an e-mail to a customer, with the date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct NoticeRecipient {
    pub channel: NoticeChannel,
    /// The page's address, the customer's name and e-mail address, or what "other" was.
    pub to: String,
    pub on: NaiveDate,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct NoticeRecipientDraft {
    pub channel: String,
    pub to: String,
    pub on: String,
}

/// A change as stored: the facts only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct PolicyChange {
    pub id: ChangeId,
    pub policy_id: PolicyId,
    /// The version before; `None` for the first version of a policy.
    pub from_version_id: Option<VersionId>,
    pub to_version_id: VersionId,
    pub class: ChangeClass,
    /// What changes, in the words the printed notice uses (edited by the user).
    pub summary: Option<String>,
    /// The day notice was (or will be) given; `None` while the change is still being prepared.
    pub notice_on: Option<NaiveDate>,
    /// A notice period other than the organisation's for this class, with the reason for it.
    #[ts(type = "number | null")]
    pub period_days: Option<u32>,
    pub period_reason: Option<String>,
    /// The change adds a purpose or a recipient: the notice must precede the new processing (rules.md §5).
    pub adds_processing: bool,
    pub recipients: Vec<NoticeRecipient>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A change as a form gives it. `to_label` names the new version; the change runs from the version before it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ChangeDraft {
    pub to_label: String,
    pub class: String,
    pub summary: String,
    pub notice_on: String,
    /// Empty: the organisation's period for the class.
    pub period_days: String,
    pub period_reason: String,
    pub adds_processing: bool,
    pub recipients: Vec<NoticeRecipientDraft>,
}

/// A valid change's facts, before the store gives it its versions and id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangeData {
    pub to_label: String,
    pub class: ChangeClass,
    pub summary: Option<String>,
    pub notice_on: Option<NaiveDate>,
    pub period_days: Option<u32>,
    pub period_reason: Option<String>,
    pub adds_processing: bool,
    pub recipients: Vec<NoticeRecipient>,
}

impl ChangeDraft {
    /// Checks the form; `labels` are the policy's version labels (the new version must be one of them).
    pub fn validate(&self, labels: &[String]) -> Result<ChangeData, Invalid> {
        crate::text::guarded(self, &crate::text::FORM_RULES, || {
            let mut c = Checker::new();
            let to_label = self.to_label.trim().to_string();
            if to_label.is_empty() {
                c.push("to", "is required: the label of the new version");
            } else if !labels.iter().any(|l| *l == to_label) {
                c.push("to", format!("'{to_label}' is not a version of this policy; versions: {}", list_or_none(labels)));
            }
            let class = c.check(
                "class",
                if self.class.trim().is_empty() { Err("is required; use one of minor, substantial, legal".to_string()) } else { ChangeClass::parse(&self.class) },
            );
            let notice_on = if self.notice_on.trim().is_empty() { Some(None) } else { c.check("notice_on", parse_date(&self.notice_on).map(Some)) };
            let period_days = if self.period_days.trim().is_empty() {
                Some(None)
            } else {
                c.check(
                    "period_days",
                    self.period_days
                        .trim()
                        .parse::<u32>()
                        .ok()
                        .filter(|d| *d <= 366)
                        .map(Some)
                        .ok_or_else(|| format!("'{}' is not a number of days from 0 to 366", self.period_days.trim())),
                )
            };
            let period_reason = non_empty(&self.period_reason);
            if matches!(period_days, Some(Some(_))) && period_reason.is_none() {
                c.push("period_reason", "is required when the notice period differs from the organisation's: say why");
            }
            let summary = non_empty(&self.summary);
            if summary.as_ref().is_some_and(|s| s.chars().count() > 20_000) {
                c.push("summary", "is too long (at most 20,000 characters)");
            }
            let mut recipients = Vec::new();
            for (i, r) in self.recipients.iter().enumerate() {
                let field = |name: &str| format!("recipients[{}].{name}", i + 1);
                let channel = c.check(&field("channel"), NoticeChannel::parse(&r.channel));
                let to = c.check(&field("to"), non_empty(&r.to).ok_or_else(|| "is required: the page's address or who was e-mailed".to_string()));
                let on = c.check(&field("on"), parse_date(&r.on));
                if let (Some(channel), Some(to), Some(on)) = (channel, to, on) {
                    recipients.push(NoticeRecipient { channel, to, on });
                }
            }
            c.finish()?;
            recipients.sort_by(|a, b| (a.on, &a.to).cmp(&(b.on, &b.to)));
            Ok(ChangeData {
                to_label,
                class: class.unwrap(),
                summary,
                notice_on: notice_on.unwrap(),
                period_days: period_days.unwrap(),
                period_reason: if period_days.flatten().is_some() { period_reason } else { None },
                adds_processing: self.adds_processing,
                recipients,
            })
        })
    }
}

fn list_or_none(labels: &[String]) -> String {
    if labels.is_empty() {
        "none yet".into()
    } else {
        labels.join(", ")
    }
}

impl PolicyChange {
    /// The change back as a form, for editing. `to_label` is the label of `to_version_id`.
    pub fn to_draft(&self, to_label: &str) -> ChangeDraft {
        ChangeDraft {
            to_label: to_label.to_string(),
            class: self.class.as_str().into(),
            summary: self.summary.clone().unwrap_or_default(),
            notice_on: self.notice_on.map(|d| d.to_string()).unwrap_or_default(),
            period_days: self.period_days.map(|d| d.to_string()).unwrap_or_default(),
            period_reason: self.period_reason.clone().unwrap_or_default(),
            adds_processing: self.adds_processing,
            recipients: self
                .recipients
                .iter()
                .map(|r| NoticeRecipientDraft { channel: r.channel.as_str().into(), to: r.to.clone(), on: r.on.to_string() })
                .collect(),
        }
    }
}

/// A date as rules write it: "2 Dec 2026".
pub fn short_date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// The organisation's notice period for a class.
pub fn org_period(org: &Org, class: ChangeClass) -> u32 {
    match class {
        ChangeClass::Minor => org.notice_minor_days,
        ChangeClass::Substantial => org.notice_substantial_days,
        ChangeClass::Legal => org.notice_legal_days,
    }
}

/// The effective date and the rule that produced it, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Effective {
    pub on: NaiveDate,
    pub days: u32,
    pub rule: String,
    /// The same rule in French.
    pub rule_fr: String,
}

/// Notice date + period (calendar days) = effective date (rules.md §5). The period is the organisation's for the
/// class unless the change overrides it with a reason.
pub fn effective(class: ChangeClass, notice_on: NaiveDate, org: &Org, period_override: Option<(u32, &str)>) -> Effective {
    let (days, why, why_fr) = match period_override {
        Some((d, reason)) => (d, format!("period set for this change: {reason}"), format!("délai fixé pour cette modification\u{a0}: {reason}")),
        None => (org_period(org, class), "organisation notice period".to_string(), "délai de préavis de l'organisme".to_string()),
    };
    let on = notice_on + Days::new(u64::from(days));
    let rule = format!(
        "{}: notice on {} + {days} days ({why}) = {}",
        class.label(Lang::En),
        short_date(notice_on),
        short_date(on)
    );
    let rule_fr = format!(
        "{}\u{a0}: avis le {} + {days} jours ({why_fr}) = {}",
        class.label(Lang::Fr),
        crate::document::format_date(notice_on, Lang::Fr),
        crate::document::format_date(on, Lang::Fr)
    );
    Effective { on, days, rule, rule_fr }
}

/// Draft until notice is given: no notice date, one still in the future, or nobody recorded as told (who, and
/// how); noticed during the period; in effect from the effective date. A notice date with nobody told is only
/// planned, and the period does not run from it.
pub fn status(notice_on: Option<NaiveDate>, effective_on: Option<NaiveDate>, told: bool, today: NaiveDate) -> ChangeStatus {
    match (notice_on, effective_on) {
        (Some(n), Some(e)) if n <= today && told => {
            if today >= e {
                ChangeStatus::InEffect
            } else {
                ChangeStatus::Noticed
            }
        }
        _ => ChangeStatus::Draft,
    }
}

/// A change as the list shows it and `policy changes --json` prints it: the facts plus what is derived as of today.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ChangeView {
    #[serde(flatten)]
    pub change: PolicyChange,
    pub policy_title: String,
    pub policy_kind: PolicyKind,
    pub from_label: Option<String>,
    pub to_label: String,
    #[ts(type = "number")]
    pub period_days_applied: u32,
    pub effective_on: Option<NaiveDate>,
    pub status: ChangeStatus,
    /// How the effective date was computed, or why there is none yet.
    pub rule: String,
    /// What the user must not forget (a new purpose or recipient), if anything.
    pub warning: Option<String>,
    /// Paragraphs added, removed and changed between the two versions.
    pub diff_summary: diff::DiffSummary,
}

impl ChangeView {
    pub fn new(
        change: PolicyChange,
        policy: &Policy,
        from: Option<&PolicyVersion>,
        to: &PolicyVersion,
        org: &Org,
        today: NaiveDate,
        lang: Lang,
    ) -> ChangeView {
        let over = change.period_days.map(|d| (d, change.period_reason.as_deref().unwrap_or("")));
        let eff = change.notice_on.map(|n| effective(change.class, n, org, over));
        let period = eff.as_ref().map(|e| e.days).unwrap_or_else(|| change.period_days.unwrap_or_else(|| org_period(org, change.class)));
        let rule = match (&eff, lang) {
            (Some(e), Lang::En) => e.rule.clone(),
            (Some(e), Lang::Fr) => e.rule_fr.clone(),
            (None, Lang::En) => format!(
                "{}: no notice date yet; the change will take effect {period} days after notice is given",
                change.class.label(Lang::En)
            ),
            (None, Lang::Fr) => format!(
                "{}\u{a0}: pas encore de date d'avis\u{a0}; la modification entrera en vigueur {period} jours après l'avis",
                change.class.label(Lang::Fr)
            ),
        };
        let effective_on = eff.as_ref().map(|e| e.on);
        let told = !change.recipients.is_empty();
        let status = status(change.notice_on, effective_on, told, today);
        let rule = match (change.notice_on.is_some() && !told, lang) {
            (false, _) => rule,
            (true, Lang::En) => format!("{rule}; planned: the period runs once who was told, and how, is recorded"),
            (true, Lang::Fr) => format!("{rule}\u{a0}; prévu\u{a0}: le délai court une fois enregistrés les destinataires de l'avis et le moyen utilisé"),
        };
        let untold = (change.notice_on.is_some() && !told).then(|| match lang {
            Lang::En => "Nobody is recorded as told of this change yet: record who was told, and how, for the notice period to run.".to_string(),
            Lang::Fr => "Personne n'est encore enregistré comme informé de cette modification\u{a0}: indiquez qui a été informé, et comment, pour que le délai de préavis coure.".to_string(),
        });
        let processing = change.adds_processing.then(|| match (effective_on, lang) {
            (Some(e), Lang::En) => format!(
                "This change adds a purpose or a recipient: the notice must precede the new processing; do not start it before {}.",
                short_date(e)
            ),
            (Some(e), Lang::Fr) => format!(
                "Cette modification ajoute une finalité ou un destinataire\u{a0}: l'avis doit précéder le nouveau traitement\u{a0}; \
                 ne le commencez pas avant le {}.",
                crate::document::format_date(e, Lang::Fr)
            ),
            (None, Lang::En) => "This change adds a purpose or a recipient: give notice before the new processing starts.".to_string(),
            (None, Lang::Fr) => {
                "Cette modification ajoute une finalité ou un destinataire\u{a0}: donnez l'avis avant de commencer le nouveau traitement."
                    .to_string()
            }
        });
        let warning = match (untold, processing) {
            (Some(a), Some(b)) => Some(format!("{a} {b}")),
            (a, b) => a.or(b),
        };
        let diff_summary = diff::diff(from.map(|v| v.text.as_str()).unwrap_or(""), &to.text).summary;
        ChangeView {
            policy_title: policy.title.clone(),
            policy_kind: policy.kind,
            from_label: from.map(|v| v.label.clone()),
            to_label: to.label.clone(),
            period_days_applied: period,
            effective_on,
            status,
            rule,
            warning,
            diff_summary,
            change,
        }
    }
}

/// A version without its text, for lists.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct VersionSummary {
    pub id: VersionId,
    pub label: String,
    pub dated_on: Option<NaiveDate>,
    pub source: Option<String>,
    #[ts(type = "number")]
    pub paragraphs: usize,
    pub created_at: DateTime<Utc>,
}

impl VersionSummary {
    pub fn of(v: &PolicyVersion) -> Self {
        VersionSummary {
            id: v.id,
            label: v.label.clone(),
            dated_on: v.dated_on,
            source: v.source.clone(),
            paragraphs: diff::paragraphs(&v.text).len(),
            created_at: v.created_at,
        }
    }
}

/// A policy as the list shows it and `policy list --json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct PolicyView {
    #[serde(flatten)]
    pub policy: Policy,
    /// Oldest first.
    pub versions: Vec<VersionSummary>,
    pub latest_label: Option<String>,
    /// The label of the newest version in effect as of today (see [`in_effect_index`]).
    pub in_effect_label: Option<String>,
    #[ts(type = "number")]
    pub changes: usize,
}

/// Which version is in effect as of `today`, given each version (oldest first) as its own date and the status of
/// the change that introduced it, if one was recorded: the newest version whose change is in effect. A version
/// without a change counts when it is the first one, or when its own date has come (a past version imported as
/// history); a later version with no change and no date, or dated after today, is a draft nobody was told of yet.
pub fn in_effect_index(versions: &[(Option<NaiveDate>, Option<ChangeStatus>)], today: NaiveDate) -> Option<usize> {
    versions.iter().enumerate().rev().find_map(|(i, (dated_on, change))| {
        let in_effect = match change {
            Some(status) => *status == ChangeStatus::InEffect,
            None => i == 0 || dated_on.is_some_and(|d| d <= today),
        };
        in_effect.then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org() -> Org {
        crate::org::OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() }
            .validate()
            .unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn the_version_in_effect_is_the_newest_announced_and_effective_one() {
        let today = day("2026-11-23");
        let check = |versions: &[(Option<&str>, Option<ChangeStatus>)], expected: Option<usize>| {
            let v: Vec<(Option<NaiveDate>, Option<ChangeStatus>)> = versions.iter().map(|(d, c)| (d.map(day), *c)).collect();
            assert_eq!(in_effect_index(&v, today), expected, "{versions:?}");
        };
        use ChangeStatus::{Draft, InEffect, Noticed};
        check(&[], None);
        check(&[(None, None)], Some(0));
        // A second version imported but not announced is not in effect yet.
        check(&[(None, None), (None, None)], Some(0));
        check(&[(None, None), (Some("2026-12-01"), None)], Some(0));
        // ... unless it is history: dated before today.
        check(&[(Some("2024-01-01"), None), (Some("2025-06-01"), None)], Some(1));
        check(&[(None, None), (None, Some(Noticed))], Some(0));
        check(&[(None, None), (None, Some(Draft))], Some(0));
        check(&[(None, None), (None, Some(InEffect)), (None, Some(Noticed))], Some(1));
        check(&[(None, None), (None, Some(InEffect)), (None, None)], Some(1));
    }

    #[test]
    fn effective_date_is_notice_date_plus_the_period_of_the_class() {
        let org = org();
        let check = |class: ChangeClass, notice: &str, over: Option<(u32, &str)>, expected: &str, rule: &str| {
            let e = effective(class, day(notice), &org, over);
            assert_eq!(e.on, day(expected), "{class} {notice}");
            assert_eq!(e.rule, rule);
        };
        check(ChangeClass::Substantial, "2026-12-02", None, "2027-01-01", "Substantial change: notice on 2 Dec 2026 + 30 days (organisation notice period) = 1 Jan 2027");
        check(ChangeClass::Minor, "2026-11-23", None, "2026-11-30", "Minor change: notice on 23 Nov 2026 + 7 days (organisation notice period) = 30 Nov 2026");
        check(ChangeClass::Legal, "2026-11-23", None, "2026-11-23", "Change required by law: notice on 23 Nov 2026 + 0 days (organisation notice period) = 23 Nov 2026");
        check(ChangeClass::Minor, "2028-02-25", None, "2028-03-03", "Minor change: notice on 25 Feb 2028 + 7 days (organisation notice period) = 3 Mar 2028");
        check(
            ChangeClass::Substantial,
            "2026-12-02",
            Some((45, "customer contracts require 45 days")),
            "2027-01-16",
            "Substantial change: notice on 2 Dec 2026 + 45 days (period set for this change: customer contracts require 45 days) = 16 Jan 2027",
        );
        let org14 = Org { notice_minor_days: 14, ..org.clone() };
        assert_eq!(effective(ChangeClass::Minor, day("2026-12-25"), &org14, None).on, day("2027-01-08"));
    }

    #[test]
    fn status_turns_on_either_side_of_the_notice_and_effective_dates() {
        let check = |notice: Option<&str>, eff: Option<&str>, today: &str, expected: ChangeStatus| {
            assert_eq!(status(notice.map(day), eff.map(day), true, day(today)), expected, "{notice:?} {eff:?} {today}");
            // Nobody recorded as told: still a draft, whatever the dates.
            assert_eq!(status(notice.map(day), eff.map(day), false, day(today)), ChangeStatus::Draft, "{notice:?} {eff:?} {today}");
        };
        check(None, None, "2026-11-23", ChangeStatus::Draft);
        check(Some("2026-12-02"), Some("2027-01-01"), "2026-12-01", ChangeStatus::Draft);
        check(Some("2026-12-02"), Some("2027-01-01"), "2026-12-02", ChangeStatus::Noticed);
        check(Some("2026-12-02"), Some("2027-01-01"), "2026-12-31", ChangeStatus::Noticed);
        check(Some("2026-12-02"), Some("2027-01-01"), "2027-01-01", ChangeStatus::InEffect);
        check(Some("2026-12-02"), Some("2026-12-02"), "2026-12-02", ChangeStatus::InEffect);
        check(Some("2026-12-02"), Some("2026-12-02"), "2026-12-01", ChangeStatus::Draft);
    }

    #[test]
    fn a_change_form_reports_every_bad_field() {
        let labels = vec!["v1".to_string(), "v2".to_string()];
        let bad = ChangeDraft {
            to_label: "v9".into(),
            class: "huge".into(),
            notice_on: "02/12/2026".into(),
            period_days: "45".into(),
            recipients: vec![NoticeRecipientDraft { channel: "fax".into(), to: "".into(), on: "2026-12-02".into() }],
            ..Default::default()
        };
        let e = bad.validate(&labels).unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["to", "class", "notice_on", "period_reason", "recipients[1].channel", "recipients[1].to"]);
        assert!(e.errors[0].reason.contains("'v9'") && e.errors[0].reason.contains("v1, v2"), "{e}");
        assert!(e.errors[1].reason.contains("'huge'"), "{e}");
        let ok = ChangeDraft { to_label: "v2".into(), class: "substantielle".into(), notice_on: "2026-12-02".into(), ..Default::default() };
        assert_eq!(ok.validate(&labels).unwrap().class, ChangeClass::Substantial);
    }

    #[test]
    fn version_labels_are_unique_and_text_is_required() {
        let d = VersionDraft { label: "v1".into(), text: "\u{feff}Hello\r\n\r\nWorld\r\n".into(), ..Default::default() };
        assert_eq!(d.validate(&[]).unwrap().text, "Hello\n\nWorld");
        let e = d.validate(&["v1".into()]).unwrap_err();
        assert_eq!(e.errors[0].field, "label");
        let e = VersionDraft { label: "".into(), text: "  ".into(), dated_on: "soon".into(), ..Default::default() }.validate(&[]).unwrap_err();
        assert_eq!(e.errors.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["label", "text", "dated_on"]);
    }
}
