//! The window's component tests read what the core really answers, not a second implementation of it: this test
//! builds a store with a fixed clock, runs the use cases the window calls, and keeps their JSON in
//! `ui/src/test/fixtures/`. It fails when a fixture is out of date with the core (`UPDATE_BINDINGS=1 cargo test
//! --test ui_fixtures` rewrites them), so a change of rule or field reaches the component tests too.

use chrono::{DateTime, TimeZone, Utc};
use privdesk::api::{self, request::StepInput};
use privdesk::breach::{BreachDraft, BreachFilter};
use privdesk::org::OrgDraft;
use privdesk::request::{Outcome, RequestDraft, RequestFilter, RequestId, Step};
use privdesk::subprocessor::{Filter, SubprocessorDraft};
use privdesk::Store;
use serde::Serialize;
use std::path::PathBuf;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn store(dir: &tempfile::TempDir) -> Store {
    let mut s = Store::create(dir.path().join("fixtures.sqlite3")).unwrap();
    s.set_actor("camille");
    s.set_clock(now);
    s.save_org(&OrgDraft {
        legal_name: "Exemple Logiciels SAS".into(),
        address: "12 rue de la Paix\n75002 Paris".into(),
        country: "FR".into(),
        authority: "cnil".into(),
        contact_name: "Camille Martin".into(),
        contact_email: "dpo@exemple.fr".into(),
        ..Default::default()
    })
    .unwrap();
    for (name, country, locations, mechanism) in
        [("OVHcloud", "FR", "FR", ""), ("Stripe", "IE", "IE, US", "dpf"), ("Zendesk", "US", "US", ""), ("Mailjet", "FR", "FR, CH", "")]
    {
        s.add_subprocessor(&SubprocessorDraft {
            name: name.into(),
            country: country.into(),
            service: "Service".into(),
            category: "hosting".into(),
            locations: vec![locations.into()],
            transfer_mechanism: mechanism.into(),
            status: "active".into(),
            ..Default::default()
        })
        .unwrap();
    }
    let request = |s: &mut Store, name: &str, received: &str, regime: &str| {
        s.add_request(&RequestDraft { requester: name.into(), email: format!("{}@example.com", name.to_lowercase().replace(' ', ".")), rights: vec!["access".into()], received_on: received.into(), regime: regime.into(), ..Default::default() })
            .unwrap()
            .view
            .request
            .id
    };
    request(&mut s, "Jane Doe", "2026-11-02", "eu-gdpr");
    let asked = request(&mut s, "John Smith", "2026-10-12", "uk-gdpr");
    api::request::record(&mut s, asked, Step::IdentityRequested, &StepInput { on: "2026-10-13".into(), ..Default::default() }).unwrap();
    let closed = request(&mut s, "Marie Curie", "2026-09-01", "eu-gdpr");
    let close = StepInput { on: "2026-09-20".into(), reason: Some("Manifestly excessive: the fifth identical request this month".into()), outcome: Some(Outcome::Refused) };
    api::request::record(&mut s, closed, Step::Close, &close).unwrap();
    api::breach::add(&mut s, &BreachDraft { title: "Misdirected export".into(), aware_at: "2026-11-22T16:00".into(), nature: vec!["confidentiality".into()], people_count: "340".into(), ..Default::default() }).unwrap();
    s
}

fn fixture(name: &str, value: &impl Serialize) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/test/fixtures").join(format!("{name}.json"));
    let want = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(have == want, "{} is out of date with the core: run UPDATE_BINDINGS=1 cargo test --test ui_fixtures", path.display());
}

#[test]
fn the_component_tests_read_what_the_core_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    fixture("vocabularies", &privdesk::vocab::vocabularies());
    fixture("countries", &api::countries());
    fixture("country-defaults-gb", &privdesk::org::defaults_for("GB"));
    fixture("org", &s.require_org().unwrap());
    fixture("subprocessors", &api::subprocessor::list(&s, &Filter::default()).unwrap().rows);
    fixture("requests", &api::request::list(&s, &RequestFilter::default()).unwrap().rows);
    for (name, id) in [("request-open", 1), ("request-identity-requested", 2), ("request-refused", 3)] {
        fixture(name, &s.request_detail(RequestId(id)).unwrap());
    }
    fixture("breaches", &s.breach_page(&BreachFilter::default()).unwrap().rows);
    fixture("breach", &s.breach_view(privdesk::breach::BreachId(1)).unwrap());
    fixture("dashboard", &api::deadline::dashboard(&s).unwrap());
    fixture("activity-vocabulary", &privdesk::activity::vocabulary(s.adequacy().unwrap()));
    fixture("instant-reading", &api::read_instant(&s, "2026-03-29T02:30").unwrap());

    // Evidence files, added after the fixtures above so that those stay as they were.
    use privdesk::attachment::AttachedTo;
    s.attach(AttachedTo::Subprocessor, 1, "OVHcloud DPA signed.pdf", b"%PDF-1.7 signed DPA", None).unwrap();
    let old = s.attach(AttachedTo::Subprocessor, 1, "ISO 27001 certificate 2024.pdf", b"%PDF-1.7 expired certificate", Some("evidence")).unwrap();
    s.remove_attachment(old.id, "expired; the 2026 certificate replaces it").unwrap();
    fixture("evidence-subprocessor", &api::attachment::evidence(&s, AttachedTo::Subprocessor, 1).unwrap());
    let id = s.add_request(&RequestDraft { requester: "Ada Lovelace".into(), email: "ada@example.com".into(), rights: vec!["erasure".into()], received_on: "2026-11-16".into(), regime: "eu-gdpr".into(), ..Default::default() }).unwrap().view.request.id;
    api::request::record(&mut s, id, Step::IdentityRequested, &StepInput { on: "2026-11-17".into(), ..Default::default() }).unwrap();
    s.attach(AttachedTo::Request, id.0, "passport scan.jpg", b"\xff\xd8 passport", Some("identity")).unwrap();
    fixture("evidence-request-unverified", &api::attachment::evidence(&s, AttachedTo::Request, id.0).unwrap());
    api::request::record(&mut s, id, Step::IdentityReceived, &StepInput { on: "2026-11-20".into(), ..Default::default() }).unwrap();
    fixture("evidence-request-verified", &api::attachment::evidence(&s, AttachedTo::Request, id.0).unwrap());
    fixture("evidence-empty", &api::attachment::evidence(&s, AttachedTo::Breach, 1).unwrap());
}
