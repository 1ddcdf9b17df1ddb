//! Validation of activity drafts, copy names, derived transfers and the processor record.

use super::*;

fn draft() -> ActivityDraft {
    ActivityDraft { name: "Payroll".into(), purposes: vec!["Pay staff".into()], ..Default::default() }
}

/// Checks a changed draft: `Ok(())` when valid, else the field and a piece of the reason for each error, in order.
fn check(change: impl Fn(&mut ActivityDraft), expected: &[(&str, &str)]) {
    let mut d = draft();
    change(&mut d);
    match d.validate() {
        Ok(_) => assert!(expected.is_empty(), "expected errors {expected:?}"),
        Err(e) => {
            let got: Vec<(&str, &str)> = e.errors.iter().map(|f| (f.field.as_str(), f.reason.as_str())).collect();
            assert_eq!(got.len(), expected.len(), "{got:#?}");
            for ((field, reason), (want_field, want)) in got.iter().zip(expected) {
                assert_eq!(field, want_field);
                assert!(reason.contains(want), "{reason:?} should mention {want:?}");
            }
        }
    }
}

#[test]
fn drafts_are_checked_field_by_field_and_every_error_is_reported() {
    check(|_| {}, &[]);
    check(|d| d.name.clear(), &[("name", "is required")]);
    check(|d| d.purposes.clear(), &[("purposes", "Art. 30(1)(b)")]);
    check(|d| {
        d.name.clear();
        d.lawful_basis = "whim".into();
        d.role = "boss".into();
    }, &[("name", "required"), ("role", "'boss'"), ("lawful_basis", "'whim'")]);
    check(|d| d.lawful_basis = "Intérêt légitime".into(), &[]);
    check(|d| {
        d.lawful_basis = "consent".into();
        d.legitimate_interests = "Marketing".into();
    }, &[("legitimate_interests", "only for")]);
    check(|d| d.art9_condition = "explicit-consent".into(), &[("art9_condition", "sensitive data")]);
    check(|d| d.art9_condition = "9(2)(z)".into(), &[("art9_condition", "'9(2)(z)'")]);
    check(|d| d.dpia_needed = "maybe".into(), &[("dpia_needed", "'maybe'")]);
    check(|d| d.security_measures = vec![MeasureDraft { kind: "magic".into(), ..Default::default() }], &[("security_measures", "'magic'")]);
    check(|d| d.security_measures = vec![MeasureDraft { kind: "backup".into(), ..Default::default() }, MeasureDraft { kind: "sauvegarde".into(), ..Default::default() }], &[("security_measures", "twice")]);
    check(|d| d.transfers = vec![TransferDraft { recipient: "X".into(), country: "Germany".into(), ..Default::default() }], &[("transfers", "in the EEA")]);
    check(|d| d.transfers = vec![TransferDraft { recipient: "X".into(), country: "Narnia".into(), ..Default::default() }], &[("transfers", "'Narnia'")]);
    check(|d| d.transfers = vec![TransferDraft { country: "US".into(), ..Default::default() }], &[("transfers", "name the recipient")]);
    check(|d| d.transfers = vec![TransferDraft { subprocessor_id: Some(SubprocessorId(3)), country: "US".into(), ..Default::default() }], &[("transfers", "not linked")]);
    check(|d| d.transfers = vec![TransferDraft { recipient: "X".into(), country: "US".into(), safeguard: "pinky promise".into(), ..Default::default() }], &[("transfers", "'pinky promise'")]);
    check(|d| d.customers = vec![CustomerProcessingDraft { customer: "Acme".into(), processing: vec!["Hosting".into()] }], &[("customers", "processor activities")]);
    check(|d| {
        d.role = "processor".into();
        d.customers = vec![CustomerProcessingDraft { customer: "Acme".into(), ..Default::default() }, CustomerProcessingDraft { customer: "ACME".into(), ..Default::default() }];
    }, &[("customers", "twice")]);
}

#[test]
fn data_categories_take_the_cnil_list_and_free_entries() {
    let mut d = draft();
    d.data_categories = vec![
        DataItemDraft { category: "État civil".into(), retention: "5 years".into(), ..Default::default() },
        DataItemDraft { category: "economic-financial".into(), description: "IBAN".into(), ..Default::default() },
        DataItemDraft { category: "Support tickets".into(), ..Default::default() },
        DataItemDraft::default(),
    ];
    let data = d.validate().unwrap();
    let got: Vec<(CnilDataCategory, Option<&str>, Option<&str>)> =
        data.data_categories.iter().map(|i| (i.category, i.description.as_deref(), i.retention.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            (CnilDataCategory::Identity, None, Some("5 years")),
            (CnilDataCategory::Financial, Some("IBAN"), None),
            (CnilDataCategory::Other, Some("Support tickets"), None),
        ]
    );
    assert_eq!(data.to_draft().validate().unwrap(), data, "a record survives the round trip through its draft");
}

#[test]
fn copies_get_a_name_no_other_activity_has() {
    assert_eq!(copy_name("Payroll", &["Payroll"]), "Copy of Payroll");
    assert_eq!(copy_name("Payroll", &["Payroll", "copy of payroll"]), "Copy of Payroll (2)");
    assert_eq!(copy_name("Payroll", &["Payroll", "Copy of Payroll", "Copy of Payroll (2)"]), "Copy of Payroll (3)");
}

fn stored(id: i64, d: ActivityDraft) -> Activity {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z").unwrap().to_utc();
    Activity { id: ActivityId(id), data: d.validate().unwrap(), created_at: at, updated_at: at, archived_on: None }
}

#[test]
fn the_processor_record_groups_activities_by_customer() {
    let processor = |name: &str, customers: &[(&str, &str)]| ActivityDraft {
        name: name.into(),
        role: "processor".into(),
        purposes: vec!["Provide the service".into()],
        customers: customers.iter().map(|(c, p)| CustomerProcessingDraft { customer: (*c).into(), processing: vec![(*p).into()] }).collect(),
        ..Default::default()
    };
    let mut archived = stored(3, processor("Old hosting", &[("Acme SA", "Hosting")]));
    archived.archived_on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
    let record = processor_record(&[
        stored(1, processor("Hosting", &[("Zeta Ltd", "Hosting, backups"), ("Acme SA", "Hosting")])),
        stored(2, processor("Support", &[("ACME sa", "Support tickets")])),
        archived,
        stored(4, draft()),
    ]);
    let summary: Vec<(String, Vec<(i64, Vec<String>)>)> = record
        .customers
        .iter()
        .map(|c| (c.customer.clone(), c.activities.iter().map(|a| (a.activity_id.0, a.processing.clone())).collect()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("Acme SA".to_string(), vec![(1, vec!["Hosting".to_string()]), (2, vec!["Support tickets".to_string()])]),
            ("Zeta Ltd".to_string(), vec![(1, vec!["Hosting".to_string(), "backups".to_string()])]),
        ]
    );
}

