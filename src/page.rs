//! One page of a list as a filter keeps it, the answer of every list the window pages (the register, the requests,
//! the audit log): the rows, how many rows match the filter, how many the list holds, and where the page starts.

use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Page<T: TS> {
    pub rows: Vec<T>,
    #[ts(type = "number")]
    pub matched: u64,
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub offset: u64,
}
