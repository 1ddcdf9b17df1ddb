//! Everything due, from every module.

use super::Printed;
use crate::deadline::{self, Dashboard, DeadlineFilter, DeadlinePage};
use crate::error::Result;
use crate::store::Store;

/// One page of the deadlines the filter keeps, overdue first, then by date.
pub fn list(store: &Store, filter: &DeadlineFilter) -> Result<DeadlinePage> {
    filter.page(store)
}

/// The first screen: overdue, due within 7 days, due in the 8 to 30 days after.
pub fn dashboard(store: &Store) -> Result<Dashboard> {
    let today = store.today()?;
    let (items, today) = deadline::from_store(store, Some(today + chrono::Days::new(deadline::DASHBOARD_DAYS)))?;
    Ok(Dashboard::new(&items, today))
}

/// The deadlines the filter keeps as an iCalendar file.
pub fn export_ics(store: &Store, filter: &DeadlineFilter) -> Result<(Printed, usize)> {
    let org = store.require_org()?;
    let (items, today) = filter.read(store)?;
    let text = deadline::ics::to_ics(&items, &format!("Privacy Desk — {}", org.legal_name), store.now(), &org.reminder_leads());
    Ok((Printed { stem: format!("deadlines-{today}"), ext: "ics", bytes: text.into_bytes() }, items.len()))
}
