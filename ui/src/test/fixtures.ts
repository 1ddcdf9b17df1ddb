// What the core really answers, recorded by `tests/ui_fixtures.rs` from a store with a fixed clock (23 Nov 2026,
// Exemple Logiciels SAS under the CNIL): component tests stub the API with these, so they fail when the core's
// answers change shape. Never edited by hand; `UPDATE_BINDINGS=1 cargo test --test ui_fixtures` rewrites them.

import type {
  ActivityVocabulary,
  BreachSummary,
  BreachView,
  CountryDefaults,
  CountryOption,
  Dashboard,
  Evidence,
  InstantReading,
  Org,
  RequestDetail,
  RequestView,
  SubprocessorView,
  Vocabularies,
} from '../lib/bindings';
import activityVocabulary from './fixtures/activity-vocabulary.json';
import breach from './fixtures/breach.json';
import breaches from './fixtures/breaches.json';
import countries from './fixtures/countries.json';
import countryDefaultsGb from './fixtures/country-defaults-gb.json';
import dashboard from './fixtures/dashboard.json';
import evidenceEmpty from './fixtures/evidence-empty.json';
import evidenceRequestUnverified from './fixtures/evidence-request-unverified.json';
import evidenceRequestVerified from './fixtures/evidence-request-verified.json';
import evidenceSubprocessor from './fixtures/evidence-subprocessor.json';
import instantReading from './fixtures/instant-reading.json';
import org from './fixtures/org.json';
import requestIdentityRequested from './fixtures/request-identity-requested.json';
import requestOpen from './fixtures/request-open.json';
import requestRefused from './fixtures/request-refused.json';
import requests from './fixtures/requests.json';
import subprocessors from './fixtures/subprocessors.json';
import vocabularies from './fixtures/vocabularies.json';

/** A fresh copy each time, so that a test changing one cannot change the next test's. */
const copy = <T>(value: unknown): T => structuredClone(value) as T;

export const fixtures = {
  activityVocabulary: () => copy<ActivityVocabulary>(activityVocabulary),
  breach: () => copy<BreachView>(breach),
  breaches: () => copy<BreachSummary[]>(breaches),
  countries: () => copy<CountryOption[]>(countries),
  countryDefaultsGb: () => copy<CountryDefaults>(countryDefaultsGb),
  dashboard: () => copy<Dashboard>(dashboard),
  /** A breach's Evidence section with nothing kept. */
  evidenceEmpty: () => copy<Evidence>(evidenceEmpty),
  /** A request's identity evidence before identity is verified: no offer to delete it. */
  evidenceRequestUnverified: () => copy<Evidence>(evidenceRequestUnverified),
  /** The same once identity is verified on 20 Nov 2026: the offer to delete it. */
  evidenceRequestVerified: () => copy<Evidence>(evidenceRequestVerified),
  /** A subprocessor's section: the signed DPA kept, a certificate removed with its reason. */
  evidenceSubprocessor: () => copy<Evidence>(evidenceSubprocessor),
  instantReading: () => copy<InstantReading>(instantReading),
  org: () => copy<Org>(org),
  /** R-000001, an EU access request received on 2 Nov 2026, nothing recorded since. */
  requestOpen: () => copy<RequestDetail>(requestOpen),
  /** R-000002, a UK GDPR request whose identity evidence was requested on 13 Oct 2026. */
  requestIdentityRequested: () => copy<RequestDetail>(requestIdentityRequested),
  /** R-000003, closed as refused on 20 Sep 2026 with its reasons. */
  requestRefused: () => copy<RequestDetail>(requestRefused),
  requests: () => copy<RequestView[]>(requests),
  subprocessors: () => copy<SubprocessorView[]>(subprocessors),
  vocabularies: () => copy<Vocabularies>(vocabularies),
};
