//! Realistic synthetic data for demos and benchmarks: vendors of the kinds a small SaaS company really uses, in
//! the countries they are really in. Deterministic, so that two runs give the same register.

use crate::error::Result;
use crate::progress::{Progress, Stage};
use crate::store::{ImportPlan, PlannedRow, Store};
use crate::subprocessor::SubprocessorDraft;

const VENDORS: &[(&str, &str, &str, &str, &str)] = &[
    ("Amazon Web Services EMEA SARL", "Hosting of the production platform", "hosting", "LU", "FR, DE, IE"),
    ("OVH SAS", "Hosting of backups", "hosting", "FR", "FR"),
    ("Scaleway SAS", "Object storage", "hosting", "FR", "FR, NL"),
    ("Hetzner Online GmbH", "Hosting of build servers", "hosting", "DE", "DE, FI"),
    ("Stripe Payments Europe Ltd", "Card payments and invoicing", "payments", "IE", "IE, US"),
    ("Mollie B.V.", "Payments", "payments", "NL", "NL"),
    ("Brevo SAS", "Transactional e-mail", "email", "FR", "FR, DE"),
    ("Postmark (ActiveCampaign LLC)", "Transactional e-mail", "email", "US", "US"),
    ("Zendesk Inc.", "Support tickets", "support", "US", "US, DE, IE"),
    ("Crisp IM SAS", "Support chat", "communication", "FR", "FR, NL"),
    ("Sentry (Functional Software Inc.)", "Error monitoring", "monitoring", "US", "US, DE"),
    ("Datadog Inc.", "Infrastructure monitoring", "monitoring", "US", "US, DE"),
    ("Matomo (InnoCraft Ltd)", "Product analytics", "analytics", "NZ", "DE"),
    ("Plausible Insights OÜ", "Website analytics", "analytics", "EE", "DE"),
    ("Auth0 (Okta Inc.)", "Customer sign-in", "authentication", "US", "DE, IE, US"),
    ("Cloudflare Inc.", "Content delivery and DDoS protection", "security", "US", "US, GB, DE, FR"),
    ("Twilio Ireland Ltd", "SMS one-time codes", "communication", "IE", "US, IE"),
    ("Atlassian Corporation Plc", "Issue tracking", "support", "GB", "US, DE"),
];

/// A deterministic sequence (an LCG) so that demo data is the same on every run.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// `n` drafts: the real vendors first, then numbered regional entities of the same vendors. An active one had its
/// DPA signed in the three years before `today` and, two in three, a security review since.
pub fn drafts(n: usize, today: chrono::NaiveDate) -> Vec<SubprocessorDraft> {
    let mut seq = Sequence(42);
    let regions = ["Europe", "France", "UK", "Ireland", "Germany", "Nordics", "Benelux", "Iberia", "Italia", "Suisse"];
    (0..n)
        .map(|i| {
            let (name, service, category, country, locations) = VENDORS[i % VENDORS.len()];
            let name = if i < VENDORS.len() {
                name.to_string()
            } else {
                format!("{name} — {} {}", regions[seq.next(regions.len())], i / VENDORS.len())
            };
            let status = ["active", "active", "active", "announced", "proposed", "active"][seq.next(6)];
            let signed = today - chrono::Days::new(30 + seq.next(1065) as u64);
            let reviewed = signed + chrono::Days::new(seq.next((today - signed).num_days() as usize) as u64);
            let (dpa_signed_on, security_reviewed_on) = match (status, seq.next(3)) {
                ("active", 0) => (signed.to_string(), String::new()),
                ("active", _) => (signed.to_string(), reviewed.to_string()),
                _ => (String::new(), String::new()),
            };
            SubprocessorDraft {
                name,
                service: service.into(),
                category: category.into(),
                country: country.into(),
                locations: vec![locations.into()],
                transfer_mechanism: if locations.contains("US") { "scc".into() } else { String::new() },
                data_categories: vec!["Identity, contact details, usage data".into()],
                subject_categories: vec!["Customers' users".into()],
                status: status.into(),
                dpa_signed_on,
                security_reviewed_on,
                ..Default::default()
            }
        })
        .collect()
}

/// Adds `n` synthetic subprocessors in one transaction (through the import path, so each gets its audit entry).
pub fn fill(store: &mut Store, n: usize, progress: &Progress) -> Result<usize> {
    let existing = store.subprocessor_count()? as usize;
    // The first `existing` drafts are already in the register (a previous demo run): add the ones after them.
    let rows = drafts(existing + n, store.today()?)
        .split_off(existing)
        .into_iter()
        .enumerate()
        .map(|(i, d)| Ok(PlannedRow { line: i as u64 + 1, action: "add".into(), existing_id: None, data: d.validate()?, changes: Vec::new() }))
        .collect::<Result<Vec<_>>>()?;
    let plan = ImportPlan { columns: Vec::new(), ignored: Vec::new(), added: rows.len(), updated: 0, unchanged: 0, rows };
    store.apply_import(&plan, "demo", progress)?;
    Ok(n)
}

/// Adds `n` synthetic activities of the record of processing, each linked to two subprocessors of the register
/// (which must hold at least two), one in six done as a processor for customers. Deterministic.
pub fn fill_activities(store: &mut Store, n: usize, progress: &Progress) -> Result<usize> {
    use crate::activity::{ActivityDraft, CustomerProcessingDraft, DataItemDraft, MeasureDraft};
    const FUNCTIONS: &[(&str, &str, &str)] = &[
        ("Customer support", "Answer customers' questions", "contract"),
        ("Marketing", "Send the newsletter", "consent"),
        ("Human resources", "Pay staff and keep personnel files", "legal-obligation"),
        ("Security", "Detect and investigate fraud", "legitimate-interests"),
        ("Product", "Measure how the product is used", "legitimate-interests"),
        ("Finance", "Invoice customers and collect payments", "contract"),
    ];
    let ids: Vec<_> = store.subprocessors()?.iter().map(|s| s.id).collect();
    if n > 0 && ids.len() < 2 {
        return Err(crate::Invalid::field("activities", "the demonstration activities link two subprocessors each: add subprocessors first (--subprocessors 20)").into());
    }
    store.atomically(|store| {
        for i in 0..n {
            progress.step(Stage::Filling, i as u64, n as u64)?;
            let (function, purpose, basis) = FUNCTIONS[i % FUNCTIONS.len()];
            let processor = i % 6 == 5;
            let draft = ActivityDraft {
                name: format!("{function} {}", i + 1),
                role: if processor { "processor".into() } else { String::new() },
                business_function: function.into(),
                purposes: vec![purpose.into()],
                lawful_basis: if processor { String::new() } else { basis.into() },
                legitimate_interests: if basis == "legitimate-interests" && !processor { "Keeping the service safe and useful".into() } else { String::new() },
                subject_categories: vec!["Customers' users, prospects".into()],
                data_categories: vec![
                    DataItemDraft { category: "identity".into(), description: "name, e-mail".into(), retention: "3 years after the end of the contract".into() },
                    DataItemDraft { category: "connection".into(), description: "IP address, logs".into(), retention: "1 year".into() },
                ],
                recipients_internal: vec![function.into()],
                subprocessor_ids: vec![ids[i % ids.len()], ids[(i * 7 + 3) % ids.len()]],
                security_measures: vec![
                    MeasureDraft { kind: "access-control".into(), details: "SSO with two-factor authentication".into() },
                    MeasureDraft { kind: "encryption".into(), details: "TLS in transit, AES-256 at rest".into() },
                ],
                dpia_needed: "no".into(),
                customers: if processor {
                    vec![CustomerProcessingDraft { customer: format!("Customer {}", i % 40), processing: vec!["hosting, support".into()] }]
                } else {
                    Vec::new()
                },
                ..Default::default()
            };
            store.add_activity(&draft)?;
        }
        Ok(n)
    })
}

const GIVEN: &[&str] = &["Camille", "Lucas", "Emma", "Hugo", "Chloé", "Louis", "Léa", "Jules", "Manon", "Arthur", "Olivia", "Noah", "Amelia", "George", "Isla", "Oscar"];
const FAMILY: &[&str] = &["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Davies"];
const RIGHTS: &[&str] = &["access", "erasure", "rectification", "objection-marketing", "portability", "access, erasure", "restriction", "objection"];

/// Adds `n` synthetic data subject requests, received over the two years before today, in one transaction. As a
/// privacy office keeps them: of those received more than 45 days ago, all but one in fifty are answered (within
/// 10 to 28 days); of the more recent ones, two in five are answered, one in ten waits for proof of identity, one in
/// ten is in progress, the rest just received. Deterministic.
pub fn fill_requests(store: &mut Store, n: usize, progress: &Progress) -> Result<usize> {
    use crate::request::{Outcome, RequestDraft, Transition};
    let today = store.today()?;
    let mut seq = Sequence(7);
    store.atomically(|store| {
        for i in 0..n {
            progress.step(Stage::Filling, i as u64, n as u64)?;
            let age = seq.next(730) as i64;
            let received = today - chrono::Duration::days(age);
            let (given, family) = (GIVEN[seq.next(GIVEN.len())], FAMILY[seq.next(FAMILY.len())]);
            let draft = RequestDraft {
                requester: format!("{given} {family}"),
                email: format!("{}.{}.{i}@example.org", crate::text::fold(given), crate::text::fold(family)),
                rights: vec![RIGHTS[seq.next(RIGHTS.len())].into()],
                received_on: received.to_string(),
                ..Default::default()
            };
            let id = store.add_request(&draft)?.view.request.id;
            let step = |days: i64| received + chrono::Duration::days(days.min(age));
            let answered = Transition::Closed { outcome: Outcome::Completed, on: step(10 + seq.next(19) as i64), reason: None };
            let transition = match seq.next(10) {
                _ if age > 45 => (seq.next(50) != 0).then_some(answered),
                0..=3 if age >= 20 => Some(answered),
                4 if age >= 2 => Some(Transition::IdentityRequested { on: step(1) }),
                5 if age >= 3 => Some(Transition::InProgress { on: step(3) }),
                _ => None,
            };
            if let Some(t) = transition {
                store.request_transition(id, &t)?;
            }
        }
        Ok(n)
    })
}

/// Adds `n` synthetic personal data breaches, each become aware of on a day of the last two years, assessed as
/// a risk or unlikely to be one, in one transaction: those older than three days notified to the authority (a
/// risk) or decided not to be (unlikely), those older than a month closed. Deterministic.
pub fn fill_breaches(store: &mut Store, n: usize, progress: &Progress) -> Result<usize> {
    use crate::breach::{BreachDraft, DecisionAbout, DecisionDraft, NotificationDraft};
    const KINDS: &[(&str, &str, &str)] = &[
        ("E-mail sent to the wrong customer", "confidentiality", "identifiers"),
        ("Laptop stolen from a car", "confidentiality, availability", "identifiers, financial"),
        ("Backup deleted by mistake", "availability", "identifiers"),
        ("Phishing: a support account taken over", "confidentiality, integrity", "credentials, identifiers"),
        ("Export left on a public link", "confidentiality", "identifiers, location"),
    ];
    let today = store.today()?;
    let mut seq = Sequence(11);
    store.atomically(|store| {
        for i in 0..n {
            progress.step(Stage::Filling, i as u64, n as u64)?;
            let (title, nature, data) = KINDS[seq.next(KINDS.len())];
            let aware = today - chrono::Duration::days(seq.next(730) as i64 + 1);
            let draft = BreachDraft {
                title: format!("{title} ({})", i + 1),
                aware_at: format!("{aware}T09:30:00Z"),
                description: format!("{title}, found by the team the same morning."),
                discovery: "Reported by a member of staff".into(),
                nature: vec![nature.into()],
                data_categories: vec![data.into()],
                subject_categories: vec!["users".into()],
                people_count: (seq.next(500) + 1).to_string(),
                ..Default::default()
            };
            let id = store.add_breach(&draft)?.id;
            let (risk, reason) = if seq.next(3) == 0 { ("risk", "Contact details of many users were exposed") } else { ("unlikely", "The data were encrypted and the key was not exposed") };
            store.assess_breach(id, risk, reason)?;
            // As an office handles them: the authority told the next day when there is a risk, the decision not to
            // notify recorded when there is none, the breach closed once a month has gone by.
            let age = (today - aware).num_days();
            if age > 3 && risk == "risk" {
                let at = format!("{}T17:00:00Z", aware + chrono::Days::new(1));
                let reference = format!("{}-{:04}", aware.format("%Y"), i + 1);
                store.notify_breach(id, &NotificationDraft { to: "authority".into(), at, reference, method: "Online notification form".into(), ..Default::default() })?;
            } else if age > 3 {
                let reason = "Unlikely to result in a risk to people: the data were encrypted and the key was not exposed".into();
                store.decide_breach(id, &DecisionDraft { about: DecisionAbout::Authority, notify: false, reason, exemptions: Vec::new() })?;
            }
            if age > 30 {
                store.close_breach(id)?;
            }
        }
        Ok(n)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_drafts_are_valid_and_distinct() {
        let drafts = super::drafts(200, chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let mut names: Vec<_> = drafts.iter().map(|d| d.name.clone()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 200);
        assert!(drafts.iter().all(|d| d.validate().is_ok()));
    }
}
