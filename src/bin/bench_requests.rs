//! `cargo run --release --bin bench_requests`: the request figures, printed, not asserted (they vary by machine).
//! 100,000 synthetic requests are stored (in memory), then one page of the list is asked for as the window asks:
//! filtered, searched and sorted by due date in SQLite, the clocks computed for that page only; and 1,000,000 due
//! dates are computed for a rate.

mod timing;
use timing::{ms, time};
use chrono::{DateTime, Days, NaiveDate, Utc};
use privdesk::calendar::{HolidayCalendar, WorkingCalendar};
use privdesk::request::clock::{self, ClockInput};
use privdesk::request::{
    Channel, Outcome, Regime, Request, RequestData, RequestFacts, RequestFilter, RequestId, RequestStatus, Right,
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
    let all = requests(100_000);

    let mut store = privdesk::Store::open_in_memory().expect("opens");
    store
        .save_org(&privdesk::org::OrgDraft { legal_name: "Exemple SAS".into(), country: "FR".into(), authority: "cnil".into(), ..Default::default() })
        .expect("saves");
    let t = Instant::now();
    privdesk::demo::fill_requests(&mut store, 100_000, &privdesk::progress::Progress::none()).expect("fills");
    println!("{:<52} {}", "store 100,000 requests (one transaction)", ms(t.elapsed()));
    let page = |f: RequestFilter| RequestFilter { limit: Some(100), ..f };
    let cases = [
        ("one page of 100,000 by due date", page(RequestFilter::default())),
        ("one page by status and right, by due date", page(RequestFilter { status: Some(RequestStatus::Received), right: Some(Right::Access), ..Default::default() })),
        ("one page by a search term, by due date", page(RequestFilter { query: "martin".into(), ..Default::default() })),
    ];
    for (label, f) in cases {
        let (t, p) = time(11, || store.request_page(&f).expect("lists"));
        println!("{label:<52} {}  ({} of {} matches) [target < 20 ms]", ms(t), p.rows.len(), p.matched);
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
