//! Subprocessor change notices to customers.

use super::{print_context, Printed};
use crate::document::Lang;
use crate::error::Result;
use crate::id::SubprocessorId;
use crate::store::Store;
use crate::subprocessor::notice::NoticeId;
use crate::subprocessor::{self, Subprocessor};
use crate::Invalid;

/// Marks a subprocessor active from the day given; before its notice's earliest engagement date a reason is needed.
pub fn activate(store: &mut Store, id: SubprocessorId, on: &str, reason: Option<&str>) -> Result<Subprocessor> {
    let on = subprocessor::parse_date(on).map_err(|r| Invalid::field("on", r))?;
    store.activate_subprocessor(id, on, reason)
}

/// The notice to customers.
pub fn print(store: &Store, id: NoticeId, lang: Option<Lang>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, lang)?;
    let view = store.notice_view(id)?;
    let sub = store.subprocessor(view.notice.subprocessor_id)?;
    let doc = subprocessor::notice::print_notice(&org, &view, &sub, lang, today);
    Printed::pdf(format!("subprocessor-notice-{id}-{lang}-{today}"), &doc)
}
