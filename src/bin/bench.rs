//! `make bench`: the speed and size figures of issue targets, printed. Not a test: figures vary by machine, so they
//! are reported, not asserted.

mod timing;
use timing::{ms, time};
use privdesk::document::{self, Lang};
use privdesk::org::OrgDraft;
use privdesk::subprocessor::{self, Filter};
use privdesk::Store;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("Privacy Desk benchmarks (median of repeated runs; targets in brackets)\n");
    for bin in ["target/release/privdesk-app", "target/release/privdesk"] {
        if let Ok(meta) = std::fs::metadata(bin) {
            println!("{:<44} {:.1} MB", format!("size of {bin}"), meta.len() as f64 / 1_000_000.0);
        }
    }

    let mut store = Store::open_in_memory()?;
    store.save_org(&OrgDraft {
        legal_name: "Exemple Logiciels SAS".into(),
        country: "FR".into(),
        authority: "cnil".into(),
        ..Default::default()
    })?;
    let t = Instant::now();
    privdesk::demo::fill(&mut store, 10_000, &privdesk::progress::Progress::none())?;
    println!("{:<44} {}", "fill 10,000 subprocessors (one transaction)", ms(t.elapsed()));

    let (load, records) = time(5, || store.subprocessors().expect("reads"));
    println!("{:<44} {}", "load 10,000 subprocessors from SQLite", ms(load));
    let filter = Filter { query: "hosting allemagne".into(), limit: Some(100), ..Default::default() };
    let (filter_time, (_, found)) = time(21, || store.subprocessor_page(&filter).expect("reads"));
    println!("{:<44} {}  ({found} matches) [target < 20 ms]", "one page of 10,000 by a search term (SQLite)", ms(filter_time));

    let org = store.require_org()?;
    let first: Vec<_> = records.iter().filter(|s| subprocessor::print::is_public(s)).take(1000).collect();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date");
    let (print_time, bytes) = time(5, || {
        let doc = subprocessor::print::public_list(&org, &first, Lang::En, today);
        document::render(&doc).expect("renders")
    });
    println!(
        "{:<44} {}  ({} KB) [target < 500 ms]",
        format!("print a {}-row register to PDF", first.len()),
        ms(print_time),
        bytes.len() / 1024
    );
    binder_section()?;
    println!("\nWindow figures (first paint, memory): `node bench/app.mjs` under xvfb-run, run by `make bench`.");
    Ok(())
}

/// The audit binder at about 300 pages: 1,500 subprocessors (the public list) and 180 activities (one ICO sheet
/// each), rendered twice as the binder does to fill its contents.
fn binder_section() -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::open_in_memory()?;
    store.save_org(&OrgDraft { legal_name: "Example Software Ltd".into(), country: "GB".into(), authority: "ico".into(), ..Default::default() })?;
    privdesk::demo::fill(&mut store, 1_500, &privdesk::progress::Progress::none())?;
    privdesk::demo::fill_activities(&mut store, 180, &privdesk::progress::Progress::none())?;
    let (binder_time, rendered) = time(3, || privdesk::binder::print(&store, Lang::En, &privdesk::progress::Progress::none()).expect("renders"));
    println!(
        "{:<44} {}  ({} pages, {} KB) [target < 3 s]",
        "print the audit binder (gather + two passes)",
        ms(binder_time),
        rendered.page_count,
        rendered.pdf.len() / 1024
    );
    Ok(())
}
