//! `cargo run --release --bin bench_requests`: the request figures of issue 3, printed, not asserted (they vary by
//! machine). 100,000 synthetic requests are built in memory, their clocks computed as the store does when it reads
//! them, then filtered and sorted by due date as the list does; and 1,000,000 due dates are computed for a rate.

mod timing;
use timing::{ms, time};
use chrono::{DateTime, Days, NaiveDate, Utc};
use privdesk::calendar::{HolidayCalendar, WorkingCalendar};
use privdesk::request::clock::{self, ClockInput};
use privdesk::request::{
    filter, Channel, Outcome, Regime, Request, RequestData, RequestFacts, RequestFilter, RequestId, RequestStatus,
    RequestView, Right, SearchIndex,
};
use std::time::Instant;

/// A deterministic sequence (an LCG), so that two runs measure the same data.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn requests(n: usize) -> Vec<Request> {
    let mut seq = Sequence(7);
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
    let names = ["Jean Dupont", "Jane Doe", "Marie Curie", "Pat Smith", "Émile Zola", "Ada Lovelace", "Alan Turing"];
    let rights = [Right::Access, Right::Erasure, Right::Rectification, Right::Portability, Right::Objection];
    (0..n)
        .map(|i| {
            let regime = [Regime::EuGdpr, Regime::UkGdpr, Regime::EuGdpr][seq.next(3) as usize];
            let received_on = first + Days::new(seq.next(1000));
            let mut facts = RequestFacts::default();
            match seq.next(6) {
                0 => facts.identity_requested_on = Some(received_on + Days::new(1)),
                1 => {
                    facts.clarification_asked_on = Some(received_on + Days::new(2));
                    facts.clarification_answered_on = Some(received_on + Days::new(2 + seq.next(10)));
                }
                2 => {
                    facts.extension_notified_on = Some(received_on + Days::new(10));
                    facts.extension_reason = Some("complex".into());
                }
                3 => {
                    facts.outcome = Some(Outcome::Completed);
                    facts.closed_on = Some(received_on + Days::new(20));
                }
                _ => {}
            }
            Request {
                id: RequestId(i as i64 + 1),
                data: RequestData {
                    requester: format!("{} {i}", names[seq.next(names.len() as u64) as usize]),
                    email: Some(format!("person{i}@example.com")),
                    postal_address: None,
                    channel: Channel::Email,
                    rights: vec![rights[seq.next(rights.len() as u64) as usize]],
                    regime,
                    received_on,
                    fee: None,
                    notes: None,
                },
                facts,
                pseudonymised_on: None,
                created_at: DateTime::<Utc>::MIN_UTC,
                updated_at: DateTime::<Utc>::MIN_UTC,
            }
        })
        .collect()
}

fn main() {
    println!("Data subject requests (median of repeated runs; targets in brackets)\n");
    let cal = WorkingCalendar::new(HolidayCalendar::France, []);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date");
    let all = requests(100_000);

    let (views_time, views) =
        time(3, || all.iter().cloned().map(|r| RequestView::new(r, &cal, today)).collect::<Vec<RequestView>>());
    println!("{:<52} {}", "compute status and clock of 100,000 requests", ms(views_time));
    let (index_time, index) = time(3, || SearchIndex::new(&views));
    println!("{:<52} {}", "build the search index of 100,000", ms(index_time));
    let cases = [
        ("list 100,000 ordered by due date", RequestFilter::default()),
        ("filter 100,000 by status and right, by due date", RequestFilter { status: Some(RequestStatus::Received), right: Some(Right::Access), ..Default::default() }),
        ("filter 100,000 by a search term, by due date", RequestFilter { query: "curie".into(), ..Default::default() }),
    ];
    for (label, f) in cases {
        let (t, n) = time(11, || filter(&views, &index, &f).len());
        println!("{label:<52} {}  ({n} shown) [target < 50 ms]", ms(t));
    }

    let inputs: Vec<ClockInput> = all
        .iter()
        .map(|r| privdesk::request::clock_input(&r.data, &r.facts, r.facts.extension_notified_on.is_some()))
        .collect();
    let n = 1_000_000;
    let t = Instant::now();
    let mut checksum = 0i64;
    for i in 0..n {
        let c = clock::compute(&inputs[i % inputs.len()], &cal);
        checksum = checksum.wrapping_add(c.due_on.num_days_from_ce_i64());
    }
    let elapsed = t.elapsed();
    println!(
        "{:<52} {}  ({:.0} due dates per second; checksum {checksum})",
        "compute 1,000,000 due dates with their rules",
        ms(elapsed),
        n as f64 / elapsed.as_secs_f64()
    );
}

/// `num_days_from_ce` as i64, so that the checksum keeps the compiler from skipping the work.
trait DaysFromCe {
    fn num_days_from_ce_i64(&self) -> i64;
}

impl DaysFromCe for NaiveDate {
    fn num_days_from_ce_i64(&self) -> i64 {
        i64::from(chrono::Datelike::num_days_from_ce(self))
    }
}
