// Generated from the Rust types by `src/bindings.rs`. Do not edit by hand.

export type SubprocessorId = number;

export type AuditSeq = number;

export type FieldError = { 
/**
 * The field's name as the form and the command line know it (`country`, `website`, `line 4, Country`).
 */
field: string, 
/**
 * Why the value was refused, in a sentence a user can act on.
 */
reason: string, };

export type Invalid = { errors: Array<FieldError>, };

export type ApiError = { code: ErrorCode, message: string, 
/**
 * For `invalid`: each field and its reason.
 */
fields: Array<FieldError>, };

export type ErrorCode = "invalid" | "not_initialised" | "failed";

export type Lang = "en" | "fr";

export type HolidayCalendar = "france" | "france-alsace-moselle" | "england-wales";

export type Authority = "cnil" | "ico" | "other";

export type Role = "controller" | "processor" | "both";

export type Org = { legal_name: string, address: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, 
/**
 * SIREN or SIRET in France, the Companies House number in the United Kingdom, free text elsewhere.
 */
company_number: string | null, authority: Authority, 
/**
 * The authority's name when `authority` is `other`.
 */
authority_name: string | null, ico_registration: string | null, ico_fee_tier: number | null, role: Role, 
/**
 * The DPO or privacy contact: whom people and the authority write to.
 */
contact_name: string | null, contact_email: string | null, contact_phone: string | null, dpo_designated: boolean, representative: string | null, headcount: number | null, calendar: HolidayCalendar, timezone: string, lang: Lang, notice_minor_days: number, notice_substantial_days: number, notice_legal_days: number, subprocessor_notice_days: number, 
/**
 * Years after a request is closed before the requester's identifying details are replaced by a pseudonym.
 */
request_retention_years: number, 
/**
 * One-off public holidays the user added to the calendar (a royal event), in date order.
 */
extra_holidays: Array<string>, 
/**
 * As a processor, the hours we have to tell a controller of a breach (the contract's figure; rules.md §2).
 */
processor_notice_hours: number, };

export type OrgDraft = { legal_name: string, address: string, country: string, company_number: string, authority: string, authority_name: string, ico_registration: string, ico_fee_tier: string, role: string, contact_name: string, contact_email: string, contact_phone: string, dpo_designated: boolean, representative: string, headcount: string, calendar: string, timezone: string, lang: string, notice_minor_days: string, notice_substantial_days: string, notice_legal_days: string, subprocessor_notice_days: string, 
/**
 * Empty: 3 years.
 */
request_retention_years: string, 
/**
 * `YYYY-MM-DD` each.
 */
extra_holidays: Array<string>, processor_notice_hours: string, };

export type Category = "hosting" | "analytics" | "payments" | "email" | "support" | "monitoring" | "authentication" | "communication" | "security" | "other";

export type Status = "proposed" | "announced" | "active" | "retired";

export type TransferMechanism = "not-needed" | "adequacy" | "dpf" | "scc" | "uk-idta" | "uk-addendum" | "bcr" | "derogation";

export type SubprocessorData = { name: string, legal_entity: string | null, address: string | null, 
/**
 * Country of establishment.
 */
country: string, service: string, purpose: string | null, category: Category, data_categories: Array<string>, subject_categories: Array<string>, 
/**
 * Processing locations.
 */
locations: Array<string>, transfer_mechanism: TransferMechanism | null, transfer_notes: string | null, dpa_signed_on: string | null, dpa_reference: string | null, certifications: Array<string>, security_reviewed_on: string | null, 
/**
 * Who on the team can reach the data through this service.
 */
access: string | null, website: string | null, privacy_policy_url: string | null, status: Status, started_on: string | null, ended_on: string | null, notes: string | null, };

export type Subprocessor = { id: SubprocessorId, created_at: string, updated_at: string, name: string, legal_entity: string | null, address: string | null, 
/**
 * Country of establishment.
 */
country: string, service: string, purpose: string | null, category: Category, data_categories: Array<string>, subject_categories: Array<string>, 
/**
 * Processing locations.
 */
locations: Array<string>, transfer_mechanism: TransferMechanism | null, transfer_notes: string | null, dpa_signed_on: string | null, dpa_reference: string | null, certifications: Array<string>, security_reviewed_on: string | null, 
/**
 * Who on the team can reach the data through this service.
 */
access: string | null, website: string | null, privacy_policy_url: string | null, status: Status, started_on: string | null, ended_on: string | null, notes: string | null, };

export type SubprocessorDraft = { name: string, legal_entity: string, address: string, country: string, service: string, purpose: string, category: string, data_categories: Array<string>, subject_categories: Array<string>, locations: Array<string>, transfer_mechanism: string, transfer_notes: string, dpa_signed_on: string, dpa_reference: string, certifications: Array<string>, security_reviewed_on: string, access: string, website: string, privacy_policy_url: string, status: string, started_on: string, ended_on: string, notes: string, };

export type SortKey = "name" | "category" | "country" | "status" | "updated";

export type Filter = { query: string, status: Status | null, category: Category | null, sort: SortKey, descending: boolean, };

export type Regime = "eu-gdpr" | "uk-gdpr" | "ccpa";

export type RequestId = number;

export type Right = "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "objection-marketing" | "automated-decisions" | "withdraw-consent" | "opt-out-sale" | "limit-sensitive";

export type Channel = "email" | "post" | "web-form" | "phone" | "in-person" | "social-media" | "other";

export type RequestStatus = "received" | "awaiting-identity" | "awaiting-clarification" | "in-progress" | "extended" | "completed" | "refused" | "withdrawn";

export type Outcome = "completed" | "refused" | "withdrawn";

export type EventKind = "received" | "identity-requested" | "identity-received" | "clarification-asked" | "clarification-answered" | "fee-received" | "eu-pause-applied" | "eu-pause-removed" | "extended" | "in-progress" | "completed" | "refused" | "withdrawn" | "pseudonymised";

export type Term = { code: string, en: string, fr: string, };

export type RequestVocabulary = { rights: Array<Term>, channels: Array<Term>, statuses: Array<Term>, outcomes: Array<Term>, events: Array<Term>, regimes: Array<Term>, letter_kinds: Array<Term>, };

export type RequestData = { requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, };

export type RequestFacts = { identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, fee_received_on: string | null, 
/**
 * EU only: the user applied the identity/clarification pause, a departure from the default reading.
 */
eu_pause_applied: boolean, extension_reason: string | null, 
/**
 * The day the requester was told of the extension.
 */
extension_notified_on: string | null, in_progress_on: string | null, outcome: Outcome | null, 
/**
 * The response date: the day the request was completed, refused or withdrawn.
 */
closed_on: string | null, close_reason: string | null, };

export type Request = { id: RequestId, 
/**
 * The day the requester's identifying details were replaced by a pseudonym (retention purge).
 */
pseudonymised_on: string | null, created_at: string, updated_at: string, requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, fee_received_on: string | null, 
/**
 * EU only: the user applied the identity/clarification pause, a departure from the default reading.
 */
eu_pause_applied: boolean, extension_reason: string | null, 
/**
 * The day the requester was told of the extension.
 */
extension_notified_on: string | null, in_progress_on: string | null, outcome: Outcome | null, 
/**
 * The response date: the day the request was completed, refused or withdrawn.
 */
closed_on: string | null, close_reason: string | null, };

export type RequestDraft = { requester: string, email: string, postal_address: string, 
/**
 * Empty: e-mail when an e-mail address is given, else post when a postal address is, else other.
 */
channel: string, 
/**
 * Codes or labels; an item may hold several separated by commas.
 */
rights: Array<string>, 
/**
 * Empty: the organisation's default regime.
 */
regime: string, received_on: string, fee: string, notes: string, };

export type RequestEvent = { seq: bigint, kind: EventKind, 
/**
 * The day it happened.
 */
on: string, reason: string | null, 
/**
 * Who recorded it, and when.
 */
actor: string, at: string, };

export type Urgency = "overdue" | "due-soon" | "later" | "closed";

export type RequestView = { status: RequestStatus, 
/**
 * The final due date (the extended one once extended) and the rule that produced it, in words.
 */
due_on: string, due_rule: string, 
/**
 * The due date without extension, and the extended one when an extension is recorded.
 */
original_due_on: string, extended_due_on: string | null, 
/**
 * The last day the requester can be told of an extension.
 */
extension_deadline_on: string, 
/**
 * The day the clock started and why ("received", "identity received", "fee received").
 */
clock_start_on: string, start_reason: string, paused_days: bigint, 
/**
 * CCPA: the day by which receipt must be confirmed (10 business days).
 */
acknowledge_by: string | null, 
/**
 * EU with the pause applied: why this departs from the default reading.
 */
departure: string | null, 
/**
 * Days from today to `due_on`; `None` once closed.
 */
days_left: number | null, urgency: Urgency, 
/**
 * "R-000123".
 */
reference: string, id: RequestId, 
/**
 * The day the requester's identifying details were replaced by a pseudonym (retention purge).
 */
pseudonymised_on: string | null, created_at: string, updated_at: string, requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, fee_received_on: string | null, 
/**
 * EU only: the user applied the identity/clarification pause, a departure from the default reading.
 */
eu_pause_applied: boolean, extension_reason: string | null, 
/**
 * The day the requester was told of the extension.
 */
extension_notified_on: string | null, in_progress_on: string | null, outcome: Outcome | null, 
/**
 * The response date: the day the request was completed, refused or withdrawn.
 */
closed_on: string | null, close_reason: string | null, };

export type RequestDetail = { timeline: Array<RequestEvent>, 
/**
 * The editable fields as a form holds them.
 */
draft: RequestDraft, status: RequestStatus, 
/**
 * The final due date (the extended one once extended) and the rule that produced it, in words.
 */
due_on: string, due_rule: string, 
/**
 * The due date without extension, and the extended one when an extension is recorded.
 */
original_due_on: string, extended_due_on: string | null, 
/**
 * The last day the requester can be told of an extension.
 */
extension_deadline_on: string, 
/**
 * The day the clock started and why ("received", "identity received", "fee received").
 */
clock_start_on: string, start_reason: string, paused_days: bigint, 
/**
 * CCPA: the day by which receipt must be confirmed (10 business days).
 */
acknowledge_by: string | null, 
/**
 * EU with the pause applied: why this departs from the default reading.
 */
departure: string | null, 
/**
 * Days from today to `due_on`; `None` once closed.
 */
days_left: number | null, urgency: Urgency, 
/**
 * "R-000123".
 */
reference: string, id: RequestId, 
/**
 * The day the requester's identifying details were replaced by a pseudonym (retention purge).
 */
pseudonymised_on: string | null, created_at: string, updated_at: string, requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, fee_received_on: string | null, 
/**
 * EU only: the user applied the identity/clarification pause, a departure from the default reading.
 */
eu_pause_applied: boolean, extension_reason: string | null, 
/**
 * The day the requester was told of the extension.
 */
extension_notified_on: string | null, in_progress_on: string | null, outcome: Outcome | null, 
/**
 * The response date: the day the request was completed, refused or withdrawn.
 */
closed_on: string | null, close_reason: string | null, };

export type RequestSortKey = "due" | "received" | "requester" | "status";

export type RequestFilter = { query: string, status: RequestStatus | null, right: Right | null, regime: Regime | null, 
/**
 * Only requests not yet closed.
 */
open_only: boolean, sort: RequestSortKey, descending: boolean, };

export type PurgePlan = { retention_years: number, 
/**
 * Requests closed on or before this day have reached the end of their retention period today.
 */
closed_on_or_before: string, items: Array<PurgeItem>, };

export type PurgeItem = { id: RequestId, 
/**
 * "R-000123", the reference the pseudonym is made of (the requester's name is deliberately not shown).
 */
reference: string, regime: Regime, outcome: Outcome, closed_on: string, 
/**
 * The first day the details could be purged: closing day plus the retention period.
 */
purge_from: string, };

export type LetterKind = "acknowledgement" | "identity" | "extension" | "response" | "refusal";

export type BreachId = number;

export type Nature = "confidentiality" | "integrity" | "availability";

export type Risk = "unlikely" | "risk" | "high";

export type BreachRole = "controller" | "processor";

export type DataCategory = "identifiers" | "credentials" | "financial" | "official-documents" | "location" | "special-categories" | "genetic-biometric" | "criminal-offences" | "other";

export type SubjectCategory = "employees" | "users" | "subscribers" | "students" | "customers" | "patients" | "children" | "vulnerable-adults" | "other";

export type Likelihood = "very-likely" | "likely" | "neutral" | "unlikely" | "very-unlikely";

export type Answer = "yes" | "no" | "dont-know";

export type Recipient = "authority" | "people" | "controller";

export type Phase = "initial" | "complementary";

export type Exemption = "unintelligible" | "later-measures" | "disproportionate-effort";

export type BreachStatus = "open" | "assessed" | "notified" | "not-notified" | "closed";

export type BreachUrgency = "ok" | "soon" | "overdue" | "met" | "late" | "not-required";

export type BreachData = { title: string, 
/**
 * When we became aware (Art. 33(1)): the 72 hours start here.
 */
aware_at: string, occurred_from: string | null, occurred_to: string | null, 
/**
 * What happened, in a few sentences.
 */
description: string | null, 
/**
 * How it was discovered.
 */
discovery: string | null, 
/**
 * ICO: was it a cyber incident?
 */
cyber_incident: Answer | null, nature: Array<Nature>, data_categories: Array<DataCategory>, 
/**
 * Details of the data (which special categories, which fields).
 */
data_details: string | null, subject_categories: Array<SubjectCategory>, subject_details: string | null, 
/**
 * Approximate number of people affected.
 */
people_count: number | null, 
/**
 * Approximate number of personal data records affected.
 */
records_count: number | null, consequences: string | null, 
/**
 * ICO: how likely the consequences are.
 */
likelihood: Likelihood | null, measures_taken: string | null, measures_proposed: string | null, 
/**
 * ICO: had the staff involved received data protection training (in the last two years)?
 */
staff_trained: Answer | null, training_details: string | null, 
/**
 * ICO: who else has been told (police, other regulators, banks, insurers).
 */
others_told: string | null, role: BreachRole, 
/**
 * When we are processor: the customers (controllers) whose data it is.
 */
controllers: Array<string>, notes: string | null, };

export type BreachDraft = { title: string, 
/**
 * RFC 3339 with `Z` or an offset.
 */
aware_at: string, occurred_from: string, occurred_to: string, description: string, discovery: string, 
/**
 * yes, no or dont-know; empty when not known yet.
 */
cyber_incident: string, nature: Array<string>, data_categories: Array<string>, data_details: string, subject_categories: Array<string>, subject_details: string, people_count: string, records_count: string, consequences: string, likelihood: string, measures_taken: string, measures_proposed: string, staff_trained: string, training_details: string, others_told: string, 
/**
 * controller (default) or processor.
 */
role: string, controllers: Array<string>, notes: string, };

export type Assessment = { risk: Risk, reason: string, at: string, };

export type Decision = { notify: boolean, 
/**
 * Required for a "no"; optional for a "yes".
 */
reason: string | null, 
/**
 * For the people: the Art. 34(3) exemptions relied on when not telling them of a high-risk breach.
 */
exemptions: Array<Exemption>, at: string, };

export type DecisionAbout = "authority" | "people";

export type DecisionDraft = { about: DecisionAbout, notify: boolean, reason: string, 
/**
 * Art. 34(3) exemption codes: unintelligible, later-measures, disproportionate-effort.
 */
exemptions: Array<string>, };

export type Notification = { id: number, recipient: Recipient, 
/**
 * For the authority: initial or complementary.
 */
phase: Phase | null, at: string, 
/**
 * The authority's case reference (CNIL notification number, ICO case reference).
 */
reference: string | null, 
/**
 * For the people: how they were told (e-mail, letter, public notice).
 */
method: string | null, 
/**
 * For the people: how many were reached.
 */
reached: number | null, 
/**
 * For a controller: which one.
 */
controller: string | null, 
/**
 * Required when made after the deadline (Art. 33(1)).
 */
delay_reason: string | null, recorded_at: string, };

export type NotificationDraft = { 
/**
 * authority, people or controller.
 */
to: string, 
/**
 * RFC 3339 with `Z` or an offset.
 */
at: string, 
/**
 * initial (default for the first) or complementary.
 */
phase: string, reference: string, method: string, reached: string, controller: string, delay_reason: string, };

export type BreachEvent = { id: number, at: string, text: string, recorded_at: string, };

export type Breach = { id: BreachId, assessment: Assessment | null, authority_decision: Decision | null, people_decision: Decision | null, notifications: Array<Notification>, events: Array<BreachEvent>, closed_at: string | null, created_at: string, updated_at: string, title: string, 
/**
 * When we became aware (Art. 33(1)): the 72 hours start here.
 */
aware_at: string, occurred_from: string | null, occurred_to: string | null, 
/**
 * What happened, in a few sentences.
 */
description: string | null, 
/**
 * How it was discovered.
 */
discovery: string | null, 
/**
 * ICO: was it a cyber incident?
 */
cyber_incident: Answer | null, nature: Array<Nature>, data_categories: Array<DataCategory>, 
/**
 * Details of the data (which special categories, which fields).
 */
data_details: string | null, subject_categories: Array<SubjectCategory>, subject_details: string | null, 
/**
 * Approximate number of people affected.
 */
people_count: number | null, 
/**
 * Approximate number of personal data records affected.
 */
records_count: number | null, consequences: string | null, 
/**
 * ICO: how likely the consequences are.
 */
likelihood: Likelihood | null, measures_taken: string | null, measures_proposed: string | null, 
/**
 * ICO: had the staff involved received data protection training (in the last two years)?
 */
staff_trained: Answer | null, training_details: string | null, 
/**
 * ICO: who else has been told (police, other regulators, banks, insurers).
 */
others_told: string | null, role: BreachRole, 
/**
 * When we are processor: the customers (controllers) whose data it is.
 */
controllers: Array<string>, notes: string | null, };

export type BreachClock = { authority: Deadline, 
/**
 * When we are processor: telling the controller.
 */
controller: Deadline | null, };

export type TimelineEntry = { at: string, at_local: string, 
/**
 * occurred, aware, deadline, recorded, assessed, decided, notified, event, closed.
 */
kind: string, text: string, };

export type BreachSummary = { id: BreachId, title: string, aware_at: string, aware_at_local: string, authority_due_at: string, controller_due_at: string | null, role: BreachRole, risk: Risk | null, status: BreachStatus, 
/**
 * The urgency of the deadline that is ours (the controller's when we are processor).
 */
urgency: BreachUrgency, remaining_seconds: number, nature: Array<Nature>, people_count: number | null, records_count: number | null, };

export type BreachView = { breach: Breach, status: BreachStatus, clock: BreachClock, timeline: Array<TimelineEntry>, 
/**
 * `aware_at` in the organisation's zone with the offset.
 */
aware_at_local: string, timezone: string, };

export type BreachSort = "aware" | "due" | "title" | "status";

export type BreachFilter = { query: string, status: BreachStatus | null, risk: Risk | null, sort: BreachSort, descending: boolean, };

export type Duty = "authority" | "controller";

export type Deadline = { duty: Duty, due_at: string, 
/**
 * `due_at` in the organisation's zone with its offset.
 */
due_at_local: string, 
/**
 * Seconds from `now` to `due_at`; negative once past. The window counts down from it.
 */
remaining_seconds: number, urgency: BreachUrgency, 
/**
 * When the notification that met (or missed) the deadline was made.
 */
met_at: string | null, 
/**
 * The rule that produced `due_at`, in words.
 */
rule: string, };

export type AuthorityForm = "cnil" | "ico";

export type ImportPlan = { rows: Array<PlannedRow>, added: number, updated: number, unchanged: number, };

export type PlannedRow = { line: number, 
/**
 * `add`, `update` or `unchanged`.
 */
action: string, 
/**
 * The record the row updates, when it updates one.
 */
existing_id: SubprocessorId | null, data: SubprocessorData, };

export type AuditQuery = { entity: string | null, entity_id: number | null, 
/**
 * Newest first when true.
 */
newest_first: boolean, limit: number | null, };

export type AuditEntry = { seq: AuditSeq, at: string, 
/**
 * The local user name of whoever made the change.
 */
actor: string, 
/**
 * What kind of record changed: `org`, `subprocessor`, ...
 */
entity: string, entity_id: number | null, 
/**
 * `create`, `update`, `retire`, `import`, ...
 */
action: string, 
/**
 * The record before the change, as JSON text exactly as stored (`None` when created).
 */
before: string | null, 
/**
 * The record after the change, as JSON text exactly as stored.
 */
after: string | null, prev_hash: string, hash: string, };

export type Verification = { 
/**
 * Entries read and checked.
 */
checked: number, ok: boolean, 
/**
 * The first entry that does not fit the chain, and what is wrong with it.
 */
first_bad: number | null, problem: string | null, 
/**
 * The hash of the last entry: printed on records so that a later copy can be compared.
 */
head_hash: string, };
