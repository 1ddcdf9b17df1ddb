//! The record of processing: each change returns the `ActivityDetail` shown next (record, derived transfers, gaps
//! against Art. 30, the form's draft).

use super::{print_context, Printed};
use crate::activity::documents::{self, RopaInput, RopaLayout};
use crate::activity::{self, Activity, ActivityDetail, ActivityDraft, ActivityFilter, ActivityId, ActivitySummary, ActivityTransfer, ActivityWarning};
use crate::document::Lang;
use crate::error::Result;
use crate::store::Store;

/// The list, filtered, each item with its transfers and gaps counted under the register and adequacy list in use.
pub fn list(store: &Store, filter: &ActivityFilter) -> Result<Vec<ActivitySummary>> {
    let (found, adequacy) = (store.find_activities(filter)?, store.adequacy()?);
    let register = linked(store, &found)?;
    Ok(found.iter().map(|a| ActivitySummary::new(a, &register, &adequacy)).collect())
}

/// The part of the register the activities link to (what their transfers and warnings read).
fn linked(store: &Store, activities: &[Activity]) -> Result<Vec<crate::subprocessor::Subprocessor>> {
    store.subprocessors_among(activities.iter().flat_map(|a| a.data.linked()))
}

fn changed(store: &mut Store, change: impl FnOnce(&mut Store) -> Result<Activity>) -> Result<ActivityDetail> {
    let a = change(store)?;
    store.activity_detail(a.id)
}

pub fn add(store: &mut Store, draft: &ActivityDraft) -> Result<ActivityDetail> {
    changed(store, |s| s.add_activity(draft))
}

pub fn update(store: &mut Store, id: ActivityId, draft: &ActivityDraft) -> Result<ActivityDetail> {
    changed(store, |s| s.update_activity(id, draft))
}

pub fn duplicate(store: &mut Store, id: ActivityId) -> Result<ActivityDetail> {
    changed(store, |s| s.duplicate_activity(id))
}

pub fn archive(store: &mut Store, id: ActivityId) -> Result<ActivityDetail> {
    changed(store, |s| s.archive_activity(id))
}

pub fn restore(store: &mut Store, id: ActivityId) -> Result<ActivityDetail> {
    changed(store, |s| s.restore_activity(id))
}

/// The gaps of a form not saved yet, as saving it would find them; invalid input is refused field by field.
pub fn warnings(store: &Store, draft: &ActivityDraft) -> Result<Vec<ActivityWarning>> {
    let data = draft.validate()?;
    Ok(activity::warnings_in(&data, &store.subprocessors_among(data.linked())?, &store.adequacy()?, store.texts()?))
}

/// The transfers of a form not saved yet, as saving it would derive them.
pub fn transfers(store: &Store, draft: &ActivityDraft) -> Result<Vec<ActivityTransfer>> {
    Ok(activity::draft_transfers(draft, &store.subprocessors_among(draft.linked())?, &store.adequacy()?))
}

/// The record in the CNIL or the ICO layout, in the language asked for (else the layout's own: French for the
/// CNIL's register, English for the ICO's template).
pub fn print_ropa(store: &Store, layout: RopaLayout, lang: Option<Lang>, progress: &crate::progress::Progress) -> Result<Printed> {
    Printed::long_pdf(progress, || {
        let (org, lang, today) = print_context(store, Some(lang.unwrap_or(layout.lang())))?;
        let (activities, adequacy) = (store.activities()?, store.adequacy()?);
        let register = linked(store, &activities)?;
        let customers = store.customers()?;
        let input = RopaInput { org: &org, activities: &activities, register: &register, adequacy: &adequacy, customers: &customers, today };
        Ok((format!("ropa-{}-{lang}-{today}", layout.as_str()), documents::ropa(&input, layout, lang)))
    })
}

/// The record as a spreadsheet in the CNIL's register layout or the ICO's template, one row per current activity, in
/// the language asked for (else the layout's own).
pub fn export(store: &Store, format: crate::sheet::SheetFormat, layout: RopaLayout, lang: Option<Lang>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, Some(lang.unwrap_or(layout.lang())))?;
    let (activities, adequacy) = (store.activities()?, store.adequacy()?);
    let register = linked(store, &activities)?;
    let customers = store.customers()?;
    let input = RopaInput { org: &org, activities: &activities, register: &register, adequacy: &adequacy, customers: &customers, today };
    let (headers, rows) = documents::ropa_table(&input, layout, lang);
    let sheet = match lang {
        Lang::En => "Record of processing",
        Lang::Fr => "Registre",
    };
    let bytes = crate::sheet::write(format, sheet, &headers, &rows)
        .map_err(|e| crate::Error::file(format!("ropa.{}", format.ext()), std::io::Error::other(e)))?;
    Ok(Printed { stem: format!("ropa-{}-{lang}-{today}", layout.as_str()), ext: format.ext(), bytes })
}
