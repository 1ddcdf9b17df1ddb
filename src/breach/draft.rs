//! The facts as a form or the command line gives them, and their validation: every field checked, every error
//! named at once.

use super::*;

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

pub(super) fn optional<T>(value: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<Option<T>, String> {
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
            let controllers = crate::text::clean_list(&self.controllers);
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

