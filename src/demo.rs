//! Realistic synthetic data for demos and benchmarks: vendors of the kinds a small SaaS company really uses, in
//! the countries they are really in. Deterministic, so that two runs give the same register.

use crate::error::Result;
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

/// `n` drafts: the real vendors first, then numbered regional entities of the same vendors.
pub fn drafts(n: usize) -> Vec<SubprocessorDraft> {
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
                ..Default::default()
            }
        })
        .collect()
}

/// Adds `n` synthetic subprocessors in one transaction (through the import path, so each gets its audit entry).
pub fn fill(store: &mut Store, n: usize) -> Result<usize> {
    let existing = store.subprocessors()?.len();
    // The first `existing` drafts are already in the register (a previous demo run): add the ones after them.
    let rows = drafts(existing + n)
        .split_off(existing)
        .into_iter()
        .enumerate()
        .map(|(i, d)| Ok(PlannedRow { line: i as u64 + 1, action: "add".into(), existing_id: None, data: d.validate()?, changes: Vec::new() }))
        .collect::<Result<Vec<_>>>()?;
    let plan = ImportPlan { added: rows.len(), updated: 0, unchanged: 0, rows };
    store.apply_import(&plan, "demo")?;
    Ok(n)
}

/// Adds `n` synthetic activities of the record of processing, each linked to two subprocessors of the register
/// (which must hold at least two), one in six done as a processor for customers. Deterministic.
pub fn fill_activities(store: &mut Store, n: usize) -> Result<usize> {
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
    for i in 0..n {
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
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_drafts_are_valid_and_distinct() {
        let drafts = super::drafts(200);
        let mut names: Vec<_> = drafts.iter().map(|d| d.name.clone()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 200);
        assert!(drafts.iter().all(|d| d.validate().is_ok()));
    }
}
