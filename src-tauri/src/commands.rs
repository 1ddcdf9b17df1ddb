//! The commands the window calls, one module per area. Each takes the arguments, calls the core and maps the error.

pub mod activity;
pub mod adequacy;
pub mod app;
pub mod audit;
pub mod binder;
pub mod breach;
pub mod deadline;
pub mod notice;
pub mod org;
pub mod policy;
pub mod request;
pub mod safety;
pub mod subprocessor;
