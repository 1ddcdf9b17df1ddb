//! Privacy Desk core: everything the product knows and does, with no window and no network.
//!
//! The desktop shell (`src-tauri`) and the `privdesk` command line are both thin layers over this crate.

pub mod activity;
pub mod adequacy;
pub mod api;
pub mod attachment;
pub mod audit;
pub mod binder;
pub mod bindings;
pub mod breach;
pub mod calendar;
pub mod cli;
pub mod country;
pub mod autostart;
pub mod deadline;
pub mod demo;
pub mod document;
pub mod error;
pub mod id;
pub mod org;
pub mod page;
pub mod output;
pub mod policy;
pub mod progress;
pub mod registration;
pub mod request;
pub mod session;
pub mod sheet;
pub mod store;
pub mod subprocessor;
pub mod text;
pub mod vocab;

pub use error::{Error, FieldError, Invalid, Result};
pub use store::Store;

/// The current instant: `PRIVDESK_NOW` (RFC 3339) when set, so that scripted runs and desktop tests see a fixed
/// date, otherwise the system clock. Only the edges (the store's clock, the command line, the shell) call this;
/// rules take the instant as an argument.
pub fn system_now() -> chrono::DateTime<chrono::Utc> {
    std::env::var("PRIVDESK_NOW")
        .ok()
        .and_then(|v| chrono::DateTime::parse_from_rfc3339(v.trim()).ok())
        .map(|d| d.with_timezone(&chrono::Utc))
        .unwrap_or_else(chrono::Utc::now)
}
