//! Policy changes.

use super::{print_context, Printed};
use crate::document::Lang;
use crate::error::Result;
use crate::policy::ChangeId;
use crate::store::Store;

/// The printed notice of a policy change.
pub fn print_notice(store: &Store, id: ChangeId, lang: Option<Lang>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, lang)?;
    let view = store.policy_change_view(id)?;
    Printed::pdf(format!("policy-notice-{id}-{lang}-{today}"), &crate::policy::print::change_notice(&org, &view, lang, today)?)
}
