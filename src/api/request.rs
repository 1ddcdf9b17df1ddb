//! Data subject requests: the list, one workflow step, the letters.

use super::{print_context, Printed};
use crate::document::Lang;
use crate::error::Result;
use crate::request::letters::{self, LetterKind};
use crate::request::{Outcome, RequestDetail, RequestFilter, RequestId, RequestPage, Step, Transition};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The list, filtered and sorted; each item carries its status, due date, days left and the steps it allows.
pub fn list(store: &Store, filter: &RequestFilter) -> Result<RequestPage> {
    store.request_page(filter)
}

/// What the user gives for one step: its date as typed, the reasons where the step takes them, and the outcome
/// when closing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct StepInput {
    pub on: String,
    pub reason: Option<String>,
    pub outcome: Option<Outcome>,
}

/// Records one step; bad input is refused with the field it concerns and changes nothing.
pub fn record(store: &mut Store, id: RequestId, step: Step, input: &StepInput) -> Result<RequestDetail> {
    let t = Transition::from_step(step, &input.on, input.reason.clone(), input.outcome)?;
    store.request_transition(id, &t)
}

/// One letter, in the language asked for (else the organisation's), dated today in the organisation's zone.
/// `dated`: the day the letter is dated (YYYY-MM-DD), when not the day of its event ([`letters::event_day`]).
pub fn print_letter(store: &Store, id: RequestId, kind: LetterKind, lang: Option<Lang>, dated: Option<&str>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, lang)?;
    let dated = match dated.map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(text) => Some(crate::request::parse_date_field("dated", text)?),
    };
    let detail = store.request_detail(id)?;
    let doc = letters::letter(&org, &detail.view, kind, lang, today, dated)?;
    Printed::pdf(format!("request-{}-{kind}-{lang}-{today}", detail.view.reference), &doc)
}
