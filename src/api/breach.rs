//! The breach register: each change returns the `BreachView` shown next (record, status, clock as of now,
//! timeline); the prints return the document.

use super::{print_context, Printed};
use crate::breach::documents::{self, AuthorityForm};
use crate::breach::{Breach, BreachDraft, BreachFilter, BreachId, BreachPage, BreachView, DecisionDraft, NotificationDraft, Phase};
use crate::document::Lang;
use crate::error::Result;
use crate::store::Store;

/// One page of the register, filtered and sorted; each row carries its status and its deadline relative to now.
pub fn list(store: &Store, filter: &BreachFilter) -> Result<BreachPage> {
    store.breach_page(filter)
}

/// Runs one change, then reads the breach back as the detail screen shows it.
fn changed(store: &mut Store, change: impl FnOnce(&mut Store) -> Result<Breach>) -> Result<BreachView> {
    let b = change(store)?;
    store.breach_view(b.id)
}

pub fn add(store: &mut Store, draft: &BreachDraft) -> Result<BreachView> {
    changed(store, |s| s.add_breach(draft))
}

pub fn update(store: &mut Store, id: BreachId, draft: &BreachDraft) -> Result<BreachView> {
    changed(store, |s| s.update_breach(id, draft))
}

pub fn assess(store: &mut Store, id: BreachId, risk: &str, reason: &str) -> Result<BreachView> {
    changed(store, |s| s.assess_breach(id, risk, reason))
}

pub fn decide(store: &mut Store, id: BreachId, decision: &DecisionDraft) -> Result<BreachView> {
    changed(store, |s| s.decide_breach(id, decision))
}

pub fn notify(store: &mut Store, id: BreachId, notification: &NotificationDraft) -> Result<BreachView> {
    changed(store, |s| s.notify_breach(id, notification))
}

pub fn note(store: &mut Store, id: BreachId, at: &str, text: &str) -> Result<BreachView> {
    changed(store, |s| s.note_breach(id, at, text))
}

pub fn close(store: &mut Store, id: BreachId) -> Result<BreachView> {
    changed(store, |s| s.close_breach(id))
}

pub fn reopen(store: &mut Store, id: BreachId, reason: &str) -> Result<BreachView> {
    changed(store, |s| s.reopen_breach(id, reason))
}

/// The notification to the authority in the CNIL's or the ICO's structure, in the language asked for (else the
/// authority's own).
pub fn print_notification(store: &Store, id: BreachId, authority: AuthorityForm, phase: Option<Phase>, lang: Option<Lang>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, Some(lang.unwrap_or(authority.lang())))?;
    let b = store.breach(id)?;
    Printed::pdf(format!("breach-{id}-{}-{lang}-{today}", authority.as_str()), &documents::notification(&org, &b, authority, phase, Some(lang), today))
}

/// The letter to the people affected (Art. 34(2)).
pub fn print_letter(store: &Store, id: BreachId, lang: Option<Lang>) -> Result<Printed> {
    let (org, lang, today) = print_context(store, lang)?;
    let b = store.breach(id)?;
    Printed::pdf(format!("breach-{id}-letter-{lang}-{today}"), &documents::letter(&org, &b, lang, today))
}

/// The internal register of every breach (Art. 33(5)).
pub fn print_register(store: &Store, lang: Option<Lang>, progress: &crate::progress::Progress) -> Result<Printed> {
    Printed::long_pdf(progress, || {
        let (org, lang, today) = print_context(store, lang)?;
        let breaches = store.breaches()?;
        Ok((format!("breach-register-{lang}-{today}"), documents::register(&org, &breaches, lang, today, store.now())))
    })
}
