//! The commands the window calls, one module per area. Each takes the arguments, calls the core and maps the error.

pub mod app;
pub mod audit;
pub mod breach;
pub mod org;
pub mod request;
pub mod subprocessor;
