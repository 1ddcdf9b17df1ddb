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

export type ErrorCode = "invalid" | "not_initialised" | "failed" | "cancelled";

export type Stage = "checking" | "gathering" | "laying" | "saving" | "importing" | "exporting" | "backing-up" | "restoring" | "purging" | "compacting" | "filling";

export type ProgressStep = { stage: Stage, done: number, total: number, cancellable: boolean, };

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
contact_name: string | null, contact_email: string | null, contact_phone: string | null, dpo_designated: boolean, representative: string | null, headcount: number | null, calendar: HolidayCalendar, timezone: string, lang: Lang, 
/**
 * The language of the window's texts (issue 13), apart from the documents' `lang`. Profiles saved before the
 * setting existed read as English, the only language the window had then.
 */
window_lang: Lang, notice_minor_days: number, notice_substantial_days: number, notice_legal_days: number, subprocessor_notice_days: number, 
/**
 * Whether the objection period counts calendar or business days (contracts often say "10 business days").
 * Profiles saved before read as calendar days.
 */
subprocessor_notice_unit: DayCount, 
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
processor_notice_hours: number, 
/**
 * A provider of a public electronic communications service (a telecoms or internet access provider): its
 * breaches go to the ICO within 24 hours under PECR reg. 5A. UK only; profiles saved before read as no.
 */
pecr: boolean, 
/**
 * The registration facts (issue 14): annual turnover in pounds (the ICO fee tier), payment by direct debit, the
 * day the ICO registration is due for renewal; the DPO as a person apart from the privacy contact, with the
 * day of the designation and the CNIL's receipt number. Profiles saved before read as not recorded.
 */
turnover_gbp: number | null, ico_direct_debit: boolean, ico_renewal_on: string | null, dpo_name: string | null, dpo_email: string | null, dpo_designated_on: string | null, dpo_receipt: string | null, 
/**
 * Reminders (issue 15): days before a deadline that falls on a day, hours before a breach's, most distant
 * first; and whether the window raises desktop notifications. Profiles saved before read as the defaults.
 */
reminder_days: Array<number>, reminder_hours: Array<number>, desktop_reminders: boolean, 
/**
 * A tray icon showing how many deadlines are overdue, while the window runs (off unless chosen).
 */
tray_icon: boolean, 
/**
 * The largest evidence file kept, in MB (issue 16). Profiles saved before read as 50.
 */
attachment_limit_mb: number, };

export type OrgDraft = { legal_name: string, address: string, country: string, company_number: string, authority: string, authority_name: string, ico_registration: string, ico_fee_tier: string, role: string, contact_name: string, contact_email: string, contact_phone: string, dpo_designated: boolean, representative: string, headcount: string, calendar: string, timezone: string, lang: string, 
/**
 * `en` or `fr`; empty: French for an organisation in France, English elsewhere.
 */
window_lang: string, notice_minor_days: string, notice_substantial_days: string, notice_legal_days: string, subprocessor_notice_days: string, 
/**
 * `calendar` or `business`; empty: calendar days.
 */
subprocessor_notice_unit: string, 
/**
 * Empty: 3 years.
 */
request_retention_years: string, 
/**
 * `YYYY-MM-DD` each.
 */
extra_holidays: Array<string>, processor_notice_hours: string, 
/**
 * A public electronic communications service provider under PECR (ICO organisations only).
 */
pecr: boolean, 
/**
 * Annual turnover in pounds ("632000", "£632,000", "632 000").
 */
turnover_gbp: string, ico_direct_debit: boolean, 
/**
 * `YYYY-MM-DD`.
 */
ico_renewal_on: string, dpo_name: string, dpo_email: string, 
/**
 * `YYYY-MM-DD`.
 */
dpo_designated_on: string, 
/**
 * The CNIL's receipt number for the designation (DPO-…).
 */
dpo_receipt: string, 
/**
 * Days before a dated deadline to remind ("7, 1, 0"); empty: 7, 1 and 0.
 */
reminder_days: string, 
/**
 * Hours before a breach deadline to remind ("24, 12, 0"); empty: 24, 12 and 0.
 */
reminder_hours: string, 
/**
 * Desktop notifications while the window runs; absent: on.
 */
desktop_reminders: boolean | null, 
/**
 * A tray icon with the count overdue.
 */
tray_icon: boolean, 
/**
 * The size limit per evidence file in MB; empty: 50.
 */
attachment_limit_mb: string, };

export type CountryDefaults = { calendar: HolidayCalendar, lang: Lang, 
/**
 * The window's language: French in France, English elsewhere.
 */
window_lang: Lang, timezone: string, 
/**
 * The company number's name and format where the core checks it.
 */
company_number: Term, company_number_hint: Term, };

export type Vocabularies = { authorities: Array<Term>, roles: Array<Term>, calendars: Array<Term>, langs: Array<Term>, categories: Array<Term>, subprocessor_statuses: Array<Term>, transfer_mechanisms: Array<Term>, 
/**
 * The 2021 SCC modules.
 */
scc_modules: Array<Term>, transfer_states: Array<Term>, natures: Array<Term>, risks: Array<Term>, breach_roles: Array<Term>, data_categories: Array<Term>, subject_categories: Array<Term>, likelihoods: Array<Term>, answers: Array<Term>, recipients: Array<Term>, phases: Array<Term>, exemptions: Array<Term>, decision_abouts: Array<Term>, breach_statuses: Array<Term>, breach_urgencies: Array<Term>, policy_kinds: Array<Term>, change_classes: Array<Term>, notice_channels: Array<Term>, change_statuses: Array<Term>, deadline_modules: Array<Term>, objection_outcomes: Array<Term>, 
/**
 * How an objection period counts its days: calendar or business.
 */
day_counts: Array<Term>, notice_statuses: Array<Term>, adequacy_scopes: Array<Term>, ico_fee_tiers: Array<Term>, backup_kinds: Array<Term>, progress_stages: Array<Term>, 
/**
 * What an evidence file is, and what it can be attached to.
 */
attachment_kinds: Array<Term>, attachment_entities: Array<Term>, request: RequestVocabulary, };

export type Category = "hosting" | "analytics" | "payments" | "email" | "support" | "monitoring" | "authentication" | "communication" | "security" | "other";

export type Status = "proposed" | "announced" | "active" | "retired";

export type TransferMechanism = "not-needed" | "adequacy" | "dpf" | "scc" | "uk-idta" | "uk-addendum" | "bcr" | "derogation";

export type SccModule = "controller-to-controller" | "controller-to-processor" | "processor-to-processor" | "processor-to-controller";

export type SubprocessorData = { name: string, legal_entity: string | null, address: string | null, 
/**
 * Country of establishment.
 */
country: string, service: string, purpose: string | null, category: Category, data_categories: Array<string>, subject_categories: Array<string>, 
/**
 * Processing locations.
 */
locations: Array<string>, transfer_mechanism: TransferMechanism | null, 
/**
 * The 2021 SCC module, with the SCCs or the UK Addendum; records saved before read as not recorded.
 */
scc_module: SccModule | null, transfer_notes: string | null, dpa_signed_on: string | null, dpa_reference: string | null, certifications: Array<string>, security_reviewed_on: string | null, 
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
locations: Array<string>, transfer_mechanism: TransferMechanism | null, 
/**
 * The 2021 SCC module, with the SCCs or the UK Addendum; records saved before read as not recorded.
 */
scc_module: SccModule | null, transfer_notes: string | null, dpa_signed_on: string | null, dpa_reference: string | null, certifications: Array<string>, security_reviewed_on: string | null, 
/**
 * Who on the team can reach the data through this service.
 */
access: string | null, website: string | null, privacy_policy_url: string | null, status: Status, started_on: string | null, ended_on: string | null, notes: string | null, };

export type TransferState = "not-needed" | "covered" | "adequate" | "missing" | "not-adequate";

export type TransferStatus = { state: TransferState, 
/**
 * The locations outside the EEA.
 */
outside_eea: Array<string>, 
/**
 * Of those, the ones with no adequacy decision covering the whole country in the list in use.
 */
without_adequacy: Array<string>, 
/**
 * Whether the register shows it as a gap (a live record with `missing` or `not-adequate`).
 */
warn: boolean, 
/**
 * The reason, in English and French.
 */
explain: Term, };

export type SubprocessorView = { transfer: TransferStatus, id: SubprocessorId, created_at: string, updated_at: string, name: string, legal_entity: string | null, address: string | null, 
/**
 * Country of establishment.
 */
country: string, service: string, purpose: string | null, category: Category, data_categories: Array<string>, subject_categories: Array<string>, 
/**
 * Processing locations.
 */
locations: Array<string>, transfer_mechanism: TransferMechanism | null, 
/**
 * The 2021 SCC module, with the SCCs or the UK Addendum; records saved before read as not recorded.
 */
scc_module: SccModule | null, transfer_notes: string | null, dpa_signed_on: string | null, dpa_reference: string | null, certifications: Array<string>, security_reviewed_on: string | null, 
/**
 * Who on the team can reach the data through this service.
 */
access: string | null, website: string | null, privacy_policy_url: string | null, status: Status, started_on: string | null, ended_on: string | null, notes: string | null, };

export type TransferGap = { id: SubprocessorId, name: string, 
/**
 * Why, in English and French.
 */
explain: Term, };

export type Page<T> = { rows: Array<T>, matched: number, total: number, offset: number, };

export type ExportFormat = "csv" | "xlsx" | "json";

export type SheetFormat = "xlsx" | "csv";

export type Registrations = { authority: Authority, ico: IcoRegistration | null, cnil: CnilDesignation | null, 
/**
 * What is missing or disagrees, in the reader's language.
 */
warnings: Array<string>, 
/**
 * The facts as label and value, in the reader's language: what the page and the printed sheet show.
 */
shown: Array<[string, string]>, };

export type IcoRegistration = { number: string | null, tier: number | null, 
/**
 * The tier the turnover and headcount put the organisation in.
 */
implied_tier: number | null, 
/**
 * The yearly fee of the recorded tier, in pounds, by the payment recorded.
 */
fee_gbp: number | null, direct_debit: boolean, turnover_gbp: number | null, headcount: number | null, renewal_on: string | null, 
/**
 * The fee's rule in words.
 */
rule: string, };

export type CnilDesignation = { siren: string | null, headcount: number | null, legal_representative: string | null, contact_person: string | null, dpo_designated: boolean, dpo_name: string | null, dpo_email: string | null, designated_on: string | null, receipt: string | null, };

export type SubprocessorDraft = { name: string, legal_entity: string, address: string, country: string, service: string, purpose: string, category: string, data_categories: Array<string>, subject_categories: Array<string>, locations: Array<string>, transfer_mechanism: string, 
/**
 * 1 to 4, `processor-to-processor`, `module-3`, `p2p`…; only with the SCCs or the UK Addendum.
 */
scc_module: string, transfer_notes: string, dpa_signed_on: string, dpa_reference: string, certifications: Array<string>, security_reviewed_on: string, access: string, website: string, privacy_policy_url: string, status: string, started_on: string, ended_on: string, notes: string, };

export type SortKey = "name" | "category" | "country" | "status" | "updated";

export type Filter = { query: string, status: Status | null, category: Category | null, sort: SortKey, descending: boolean, 
/**
 * The page: the matches to skip, and how many to give (none: all of them).
 */
offset: number, limit: number | null, };

export type Regime = "eu-gdpr" | "uk-gdpr" | "ccpa";

export type RequestId = number;

export type Right = "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "objection-marketing" | "automated-decisions" | "withdraw-consent" | "opt-out-sale" | "limit-sensitive";

export type Channel = "email" | "post" | "web-form" | "phone" | "in-person" | "social-media" | "other";

export type RequestStatus = "received" | "awaiting-identity" | "awaiting-fee" | "awaiting-clarification" | "in-progress" | "extended" | "completed" | "refused" | "withdrawn";

export type Outcome = "completed" | "refused" | "withdrawn";

export type EventKind = "received" | "identity-requested" | "identity-received" | "clarification-asked" | "clarification-answered" | "fee-requested" | "fee-received" | "eu-pause-applied" | "eu-pause-removed" | "extended" | "in-progress" | "completed" | "refused" | "withdrawn" | "pseudonymised";

export type Term = { code: string, en: string, fr: string, };

export type RequestVocabulary = { rights: Array<Term>, channels: Array<Term>, statuses: Array<Term>, outcomes: Array<Term>, events: Array<Term>, regimes: Array<Term>, letter_kinds: Array<Term>, steps: Array<Term>, };

export type RequestData = { requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, };

export type RequestFacts = { identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, 
/**
 * The day a fee was asked of the requester (Art. 12(5) or 15(3); under the UK GDPR the clock waits for it).
 */
fee_requested_on: string | null, fee_received_on: string | null, 
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
fee: string | null, notes: string | null, identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, 
/**
 * The day a fee was asked of the requester (Art. 12(5) or 15(3); under the UK GDPR the clock waits for it).
 */
fee_requested_on: string | null, fee_received_on: string | null, 
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

export type RequestEvent = { seq: number, kind: EventKind, 
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
clock_start_on: string, start_reason: string, 
/**
 * Why the clock started, in words of both languages (the code is `start_reason`).
 */
start_reason_words: Term, 
/**
 * What the clock still waits for before it starts, when it does (code `identity` or `fee`): under the UK
 * GDPR (or the EU pause) requested identity evidence, under the UK GDPR a requested fee. `clock_start_on` and
 * the due date are then the earliest they can be.
 */
clock_waits_for: Term | null, paused_days: number, 
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
 * "due in 3 days", "due today", "overdue by 2 days", "closed", in English and French.
 */
days_left_words: Term, 
/**
 * "R-000123".
 */
reference: string, 
/**
 * Every workflow step, with whether it can be recorded now and why not ([`step_allowed`]).
 */
steps: Array<Offer<Step>>, 
/**
 * Every letter, with whether it fits the request now and why not ([`letters::available`]).
 */
letters: Array<Offer<LetterKind>>, id: RequestId, 
/**
 * The day the requester's identifying details were replaced by a pseudonym (retention purge).
 */
pseudonymised_on: string | null, created_at: string, updated_at: string, requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, 
/**
 * The day a fee was asked of the requester (Art. 12(5) or 15(3); under the UK GDPR the clock waits for it).
 */
fee_requested_on: string | null, fee_received_on: string | null, 
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
draft: RequestDraft, 
/**
 * Each instant of the detail (when events were recorded), as shown in the organisation's zone.
 */
local: { [key in string]?: string }, status: RequestStatus, 
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
clock_start_on: string, start_reason: string, 
/**
 * Why the clock started, in words of both languages (the code is `start_reason`).
 */
start_reason_words: Term, 
/**
 * What the clock still waits for before it starts, when it does (code `identity` or `fee`): under the UK
 * GDPR (or the EU pause) requested identity evidence, under the UK GDPR a requested fee. `clock_start_on` and
 * the due date are then the earliest they can be.
 */
clock_waits_for: Term | null, paused_days: number, 
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
 * "due in 3 days", "due today", "overdue by 2 days", "closed", in English and French.
 */
days_left_words: Term, 
/**
 * "R-000123".
 */
reference: string, 
/**
 * Every workflow step, with whether it can be recorded now and why not ([`step_allowed`]).
 */
steps: Array<Offer<Step>>, 
/**
 * Every letter, with whether it fits the request now and why not ([`letters::available`]).
 */
letters: Array<Offer<LetterKind>>, id: RequestId, 
/**
 * The day the requester's identifying details were replaced by a pseudonym (retention purge).
 */
pseudonymised_on: string | null, created_at: string, updated_at: string, requester: string, email: string | null, postal_address: string | null, channel: Channel, rights: Array<Right>, regime: Regime, received_on: string, 
/**
 * The fee charged, as written ("£25", "25 EUR"); only where the law lets one be charged.
 */
fee: string | null, notes: string | null, identity_requested_on: string | null, identity_received_on: string | null, clarification_asked_on: string | null, clarification_answered_on: string | null, 
/**
 * The day a fee was asked of the requester (Art. 12(5) or 15(3); under the UK GDPR the clock waits for it).
 */
fee_requested_on: string | null, fee_received_on: string | null, 
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
open_only: boolean, sort: RequestSortKey, descending: boolean, 
/**
 * The page: the matches to skip, and how many to give (none: all of them).
 */
offset: number, limit: number | null, };

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

export type LetterKind = "acknowledgement" | "identity" | "fee" | "extension" | "response" | "refusal";

export type Step = "identity-requested" | "identity-received" | "clarification-asked" | "clarification-answered" | "fee-requested" | "fee-received" | "start" | "eu-pause-apply" | "eu-pause-remove" | "extend" | "close";

export type StepInput = { on: string, reason: string | null, outcome: Outcome | null, };

export type Offer<K> = { kind: K, allowed: boolean, 
/**
 * Why it cannot be taken now (the words of the refusal), when it cannot.
 */
why: string | null, 
/**
 * Whether the window shows it at all: the EU pause only where it could apply.
 */
shown: boolean, };

export type BreachId = number;

export type Nature = "confidentiality" | "integrity" | "availability";

export type Risk = "unlikely" | "risk" | "high";

export type BreachRole = "controller" | "processor";

export type DataCategory = "identifiers" | "credentials" | "financial" | "official-documents" | "location" | "special-categories" | "genetic-biometric" | "criminal-offences" | "other";

export type SubjectCategory = "employees" | "users" | "subscribers" | "students" | "customers" | "patients" | "children" | "vulnerable-adults" | "other";

export type Likelihood = "very-likely" | "likely" | "neutral" | "unlikely" | "very-unlikely";

export type Answer = "yes" | "no" | "dont-know";

export type Recipient = "authority" | "people" | "controller" | "public";

export type Phase = "initial" | "complementary";

export type Exemption = "unintelligible" | "later-measures" | "disproportionate-effort";

export type BreachStatus = "open" | "assessed" | "notified" | "not-notified" | "closed";

export type BreachUrgency = "ok" | "soon" | "overdue" | "met" | "late" | "not-required";

export type InstantReading = { 
/**
 * RFC 3339 in UTC.
 */
at: string, 
/**
 * In the organisation's zone with the offset: `2026-03-28 10:00 +01:00`.
 */
local: string, zone: string, };

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
controller: Deadline | null, 
/**
 * Under PECR, once the first notice is made: the full report to the ICO within three days of it.
 */
full_report: Deadline | null, };

export type TimelineEntry = { at: string, at_local: string, 
/**
 * occurred, aware, deadline, recorded, assessed, decided, notified, event, closed.
 */
kind: string, text: string, };

export type BreachSummary = { id: BreachId, title: string, aware_at: string, aware_at_local: string, authority_due_at: string, controller_due_at: string | null, role: BreachRole, risk: Risk | null, status: BreachStatus, 
/**
 * The urgency of the deadline that is ours (the controller's when we are processor).
 */
urgency: BreachUrgency, 
/**
 * When that deadline falls due, and when it turns red (12 hours before): the list's countdown follows them.
 */
due_at: string, warning_at: string, remaining_seconds: number, nature: Array<Nature>, people_count: number | null, records_count: number | null, };

export type BreachView = { breach: Breach, status: BreachStatus, clock: BreachClock, timeline: Array<TimelineEntry>, 
/**
 * `aware_at` in the organisation's zone with the offset.
 */
aware_at_local: string, timezone: string, 
/**
 * The facts as the edit form holds them, instants in local time in `timezone`.
 */
draft: BreachDraft, 
/**
 * Now, as a local date and time in `timezone`: what the step dialogs start from.
 */
now_local: string, 
/**
 * Every instant of the record (RFC 3339, as above) as shown in `timezone` ([`clock::local_map`]).
 */
local: { [key in string]?: string }, 
/**
 * The decisions the record can take now, and why not ([`Breach::decision_allowed`]).
 */
decisions: Array<Offer<DecisionAbout>>, };

export type BreachSort = "aware" | "due" | "title" | "status";

export type BreachFilter = { query: string, status: BreachStatus | null, risk: Risk | null, sort: BreachSort, descending: boolean, 
/**
 * The page: the matches to skip, and how many to give (none: all of them).
 */
offset: number, limit: number | null, };

export type Duty = "authority" | "controller" | "full-report";

export type Deadline = { duty: Duty, due_at: string, 
/**
 * `due_at` in the organisation's zone with its offset.
 */
due_at_local: string, 
/**
 * Seconds from `now` to `due_at`; negative once past. The window counts down from it.
 */
remaining_seconds: number, 
/**
 * When a pending deadline turns red ([`WARNING_HOURS`] before `due_at`); the window's countdown changes colour
 * at this instant and at `due_at`, so it follows [`urgency`] without its own threshold.
 */
warning_at: string, urgency: BreachUrgency, 
/**
 * When the notification that met (or missed) the deadline was made.
 */
met_at: string | null, 
/**
 * The rule that produced `due_at`, in words (in the reader's language once [`BreachClock::worded`]).
 */
rule: string, };

export type AuthorityForm = "cnil" | "ico";

export type AdequacyScope = "full" | "commercial" | "dpf";

export type AdequateCountry = { 
/**
 * ISO 3166-1 alpha-2.
 */
code: string, scope: AdequacyScope, 
/**
 * The country and the decision, as the list gives them.
 */
note: string, };

export type Adequacy = { as_of: string, countries: Array<AdequateCountry>, };

export type AdequacyDraft = { as_of: string, countries: Array<AdequateCountryDraft>, };

export type AdequateCountryDraft = { 
/**
 * A code or an English or French name.
 */
code: string, scope: string, note: string, };

export type AdequacyInUse = { list: Adequacy, 
/**
 * True when the user replaced the shipped list.
 */
edited: boolean, 
/**
 * The date of the list shipped with this version, to compare.
 */
shipped_as_of: string, 
/**
 * When the user's list was saved (RFC 3339), if it is the user's.
 */
updated_at: string | null, 
/**
 * The same in the organisation's zone, as the window shows it.
 */
updated_at_local: string | null, };

export type ActivityId = number;

export type ActivityRole = "controller" | "processor";

export type LawfulBasis = "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";

export type Art9Condition = "explicit-consent" | "employment" | "vital-interests" | "not-for-profit" | "made-public" | "legal-claims" | "substantial-public-interest" | "health-care" | "public-health" | "archiving";

export type CnilDataCategory = "identity" | "personal-life" | "professional-life" | "financial" | "connection" | "location" | "internet" | "other";

export type SecurityMeasure = "access-control" | "traceability" | "software-protection" | "backup" | "encryption" | "processor-control" | "other";

export type DataItem = { category: CnilDataCategory, 
/**
 * The user's own words: what the entry holds, or the name of a free entry (then `category` is `other`).
 */
description: string | null, 
/**
 * How long this category is kept ("3 years after the end of the contract").
 */
retention: string | null, };

export type Measure = { kind: SecurityMeasure, details: string | null, };

export type TransferEdit = { 
/**
 * The linked subprocessor the transfer goes through, if any.
 */
subprocessor_id: SubprocessorId | null, 
/**
 * The recipient's name when it is not a subprocessor of the register.
 */
recipient: string | null, 
/**
 * ISO 3166-1 alpha-2, outside the EEA.
 */
country: string, safeguard: TransferMechanism | null, notes: string | null, };

export type CustomerProcessing = { customer: string, processing: Array<string>, };

export type ActivityData = { name: string, role: ActivityRole, business_function: string | null, purposes: Array<string>, lawful_basis: LawfulBasis | null, 
/**
 * The interests pursued, when the basis is legitimate interests.
 */
legitimate_interests: string | null, 
/**
 * The special-category (sensitive) data processed, if any (Art. 9(1)).
 */
sensitive_data: Array<string>, art9_condition: Art9Condition | null, subject_categories: Array<string>, data_categories: Array<DataItem>, 
/**
 * Where the data come from.
 */
source: string | null, 
/**
 * Internal recipients: teams and roles.
 */
recipients_internal: Array<string>, 
/**
 * External bodies that receive the data (authorities, auditors, partners).
 */
recipients_external: Array<string>, 
/**
 * Subprocessors of the register that process the data for this activity.
 */
subprocessor_ids: Array<SubprocessorId>, 
/**
 * Transfers entered or safeguards edited by hand. Serialised as `transfer_edits` so that the detail view's
 * derived `transfers` (which these feed) is the only field of that name.
 */
transfer_edits: Array<TransferEdit>, security_measures: Array<Measure>, 
/**
 * Whether a DPIA is needed; `None` until the question is answered.
 */
dpia_needed: boolean | null, dpia_reference: string | null, joint_controller: string | null, 
/**
 * The software used for the processing (a CNIL register column).
 */
software: string | null, 
/**
 * The rights people have; empty prints the rights that follow from the lawful basis.
 */
rights: string | null, automated_decisions: string | null, 
/**
 * Where the data are kept.
 */
location: string | null, 
/**
 * For a processor activity: the customers we act for.
 */
customers: Array<CustomerProcessing>, notes: string | null, };

export type Activity = { id: ActivityId, created_at: string, updated_at: string, 
/**
 * The day the activity was archived (it stopped); archived activities are kept, not deleted.
 */
archived_on: string | null, name: string, role: ActivityRole, business_function: string | null, purposes: Array<string>, lawful_basis: LawfulBasis | null, 
/**
 * The interests pursued, when the basis is legitimate interests.
 */
legitimate_interests: string | null, 
/**
 * The special-category (sensitive) data processed, if any (Art. 9(1)).
 */
sensitive_data: Array<string>, art9_condition: Art9Condition | null, subject_categories: Array<string>, data_categories: Array<DataItem>, 
/**
 * Where the data come from.
 */
source: string | null, 
/**
 * Internal recipients: teams and roles.
 */
recipients_internal: Array<string>, 
/**
 * External bodies that receive the data (authorities, auditors, partners).
 */
recipients_external: Array<string>, 
/**
 * Subprocessors of the register that process the data for this activity.
 */
subprocessor_ids: Array<SubprocessorId>, 
/**
 * Transfers entered or safeguards edited by hand. Serialised as `transfer_edits` so that the detail view's
 * derived `transfers` (which these feed) is the only field of that name.
 */
transfer_edits: Array<TransferEdit>, security_measures: Array<Measure>, 
/**
 * Whether a DPIA is needed; `None` until the question is answered.
 */
dpia_needed: boolean | null, dpia_reference: string | null, joint_controller: string | null, 
/**
 * The software used for the processing (a CNIL register column).
 */
software: string | null, 
/**
 * The rights people have; empty prints the rights that follow from the lawful basis.
 */
rights: string | null, automated_decisions: string | null, 
/**
 * Where the data are kept.
 */
location: string | null, 
/**
 * For a processor activity: the customers we act for.
 */
customers: Array<CustomerProcessing>, notes: string | null, };

export type DataItemDraft = { 
/**
 * A CNIL category (code or label, English or French) or the name of a free entry.
 */
category: string, description: string, retention: string, };

export type MeasureDraft = { kind: string, details: string, };

export type TransferDraft = { subprocessor_id: SubprocessorId | null, recipient: string, country: string, safeguard: string, notes: string, };

export type CustomerProcessingDraft = { customer: string, 
/**
 * Categories of processing; an item may hold several separated by commas.
 */
processing: Array<string>, };

export type ActivityDraft = { name: string, 
/**
 * Empty: controller.
 */
role: string, business_function: string, 
/**
 * One purpose per item (commas are kept: a purpose is a sentence); an item may hold several lines.
 */
purposes: Array<string>, lawful_basis: string, legitimate_interests: string, sensitive_data: Array<string>, art9_condition: string, subject_categories: Array<string>, data_categories: Array<DataItemDraft>, source: string, recipients_internal: Array<string>, recipients_external: Array<string>, subprocessor_ids: Array<SubprocessorId>, transfers: Array<TransferDraft>, security_measures: Array<MeasureDraft>, 
/**
 * yes, no, or empty when not assessed yet.
 */
dpia_needed: string, dpia_reference: string, joint_controller: string, software: string, rights: string, automated_decisions: string, location: string, customers: Array<CustomerProcessingDraft>, notes: string, };

export type TransferOrigin = "derived" | "edited" | "manual";

export type ActivityTransfer = { recipient: string, subprocessor_id: SubprocessorId | null, country: string, safeguard: TransferMechanism | null, notes: string | null, origin: TransferOrigin, 
/**
 * What the adequacy list says of the country (`None`: no decision).
 */
adequacy: AdequacyScope | null, 
/**
 * For an edited or manual transfer, its position in the record's own entries (`transfer_edits`, or the form's
 * `transfers`), so that a form can change that entry.
 */
entry: number | null, };

export type ActivityWarning = { code: string, field: string, 
/**
 * The gap, as the printed record states it to its reader.
 */
message: string, 
/**
 * What the user can do about it (the window and the command line show it; the printed record does not),
 * empty when the gap says it all.
 */
advice: string, };

export type LinkedSubprocessor = { id: SubprocessorId, name: string, status: Status, };

export type ActivityDetail = { transfers: Array<ActivityTransfer>, warnings: Array<ActivityWarning>, 
/**
 * The linked subprocessors' names, in the order linked.
 */
subprocessors: Array<LinkedSubprocessor>, draft: ActivityDraft, id: ActivityId, created_at: string, updated_at: string, 
/**
 * The day the activity was archived (it stopped); archived activities are kept, not deleted.
 */
archived_on: string | null, name: string, role: ActivityRole, business_function: string | null, purposes: Array<string>, lawful_basis: LawfulBasis | null, 
/**
 * The interests pursued, when the basis is legitimate interests.
 */
legitimate_interests: string | null, 
/**
 * The special-category (sensitive) data processed, if any (Art. 9(1)).
 */
sensitive_data: Array<string>, art9_condition: Art9Condition | null, subject_categories: Array<string>, data_categories: Array<DataItem>, 
/**
 * Where the data come from.
 */
source: string | null, 
/**
 * Internal recipients: teams and roles.
 */
recipients_internal: Array<string>, 
/**
 * External bodies that receive the data (authorities, auditors, partners).
 */
recipients_external: Array<string>, 
/**
 * Subprocessors of the register that process the data for this activity.
 */
subprocessor_ids: Array<SubprocessorId>, 
/**
 * Transfers entered or safeguards edited by hand. Serialised as `transfer_edits` so that the detail view's
 * derived `transfers` (which these feed) is the only field of that name.
 */
transfer_edits: Array<TransferEdit>, security_measures: Array<Measure>, 
/**
 * Whether a DPIA is needed; `None` until the question is answered.
 */
dpia_needed: boolean | null, dpia_reference: string | null, joint_controller: string | null, 
/**
 * The software used for the processing (a CNIL register column).
 */
software: string | null, 
/**
 * The rights people have; empty prints the rights that follow from the lawful basis.
 */
rights: string | null, automated_decisions: string | null, 
/**
 * Where the data are kept.
 */
location: string | null, 
/**
 * For a processor activity: the customers we act for.
 */
customers: Array<CustomerProcessing>, notes: string | null, };

export type ActivitySummary = { id: ActivityId, name: string, role: ActivityRole, business_function: string | null, purposes: Array<string>, lawful_basis: LawfulBasis | null, warning_count: number, updated_at: string, archived_on: string | null, };

export type ActivityFilter = { query: string, include_archived: boolean, role: ActivityRole | null, };

export type ProcessorRecord = { customers: Array<CustomerRecord>, };

export type CustomerRecord = { customer: string, activities: Array<CustomerActivity>, };

export type CustomerActivity = { activity_id: ActivityId, activity: string, processing: Array<string>, };

export type ActivityVocabulary = { roles: Array<Term>, lawful_bases: Array<Term>, art9_conditions: Array<Term>, data_categories: Array<Term>, security_measures: Array<Term>, transfer_mechanisms: Array<Term>, 
/**
 * The adequacy list the warnings use, with its date.
 */
adequacy: Adequacy, };

export type RopaLayout = "cnil" | "ico";

export type PolicyId = number;

export type VersionId = number;

export type ChangeId = number;

export type PolicyKind = "privacy" | "cookies" | "dpa" | "terms" | "other";

export type ChangeClass = "minor" | "substantial" | "legal";

export type NoticeChannel = "web" | "email" | "other";

export type ChangeStatus = "draft" | "noticed" | "in-effect";

export type Policy = { id: PolicyId, kind: PolicyKind, title: string, created_at: string, updated_at: string, };

export type PolicyDraft = { kind: string, title: string, };

export type PolicyVersion = { id: VersionId, policy_id: PolicyId, label: string, 
/**
 * The date the version carries ("last updated on"), when known.
 */
dated_on: string | null, 
/**
 * Where the text came from: a file name, or `None` when pasted.
 */
source: string | null, text: string, created_at: string, };

export type VersionDraft = { label: string, text: string, dated_on: string, source: string, };

export type NoticeRecipient = { channel: NoticeChannel, 
/**
 * The page's address, the customer's name and e-mail address, or what "other" was.
 */
to: string, on: string, };

export type NoticeRecipientDraft = { channel: string, to: string, on: string, };

export type PolicyChange = { id: ChangeId, policy_id: PolicyId, 
/**
 * The version before; `None` for the first version of a policy.
 */
from_version_id: VersionId | null, to_version_id: VersionId, class: ChangeClass, 
/**
 * What changes, in the words the printed notice uses (edited by the user).
 */
summary: string | null, 
/**
 * The day notice was (or will be) given; `None` while the change is still being prepared.
 */
notice_on: string | null, 
/**
 * A notice period other than the organisation's for this class, with the reason for it.
 */
period_days: number | null, period_reason: string | null, 
/**
 * The change adds a purpose or a recipient: the notice must precede the new processing (rules.md §5).
 */
adds_processing: boolean, recipients: Array<NoticeRecipient>, created_at: string, updated_at: string, };

export type ChangeDraft = { to_label: string, class: string, summary: string, notice_on: string, 
/**
 * Empty: the organisation's period for the class.
 */
period_days: string, period_reason: string, adds_processing: boolean, recipients: Array<NoticeRecipientDraft>, };

export type ChangeView = { policy_title: string, policy_kind: PolicyKind, from_label: string | null, to_label: string, period_days_applied: number, effective_on: string | null, status: ChangeStatus, 
/**
 * How the effective date was computed, or why there is none yet.
 */
rule: string, 
/**
 * What the user must not forget (a new purpose or recipient), if anything.
 */
warning: string | null, 
/**
 * Paragraphs added, removed and changed between the two versions.
 */
diff_summary: DiffSummary, id: ChangeId, policy_id: PolicyId, 
/**
 * The version before; `None` for the first version of a policy.
 */
from_version_id: VersionId | null, to_version_id: VersionId, class: ChangeClass, 
/**
 * What changes, in the words the printed notice uses (edited by the user).
 */
summary: string | null, 
/**
 * The day notice was (or will be) given; `None` while the change is still being prepared.
 */
notice_on: string | null, 
/**
 * A notice period other than the organisation's for this class, with the reason for it.
 */
period_days: number | null, period_reason: string | null, 
/**
 * The change adds a purpose or a recipient: the notice must precede the new processing (rules.md §5).
 */
adds_processing: boolean, recipients: Array<NoticeRecipient>, created_at: string, updated_at: string, };

export type VersionSummary = { id: VersionId, label: string, dated_on: string | null, source: string | null, paragraphs: number, created_at: string, };

export type PolicyView = { 
/**
 * Oldest first.
 */
versions: Array<VersionSummary>, latest_label: string | null, 
/**
 * The label of the newest version in effect as of today (see [`in_effect_index`]).
 */
in_effect_label: string | null, changes: number, id: PolicyId, kind: PolicyKind, title: string, created_at: string, updated_at: string, };

export type ParagraphStatus = "same" | "added" | "removed" | "changed";

export type SegmentKind = "same" | "added" | "removed";

export type Segment = { kind: SegmentKind, text: string, };

export type DiffParagraph = { status: ParagraphStatus, old: string | null, new: string | null, segments: Array<Segment>, };

export type DiffSummary = { added: number, removed: number, changed: number, same: number, };

export type PolicyDiff = { paragraphs: Array<DiffParagraph>, summary: DiffSummary, };

export type CustomerId = number;

export type NoticeId = number;

export type ObjectionId = number;

export type ObjectionOutcome = "resolved" | "customer-left" | "not-used";

export type DayCount = "calendar" | "business";

export type NoticeStatus = "scheduled" | "open" | "ended" | "engaged";

export type Customer = { id: CustomerId, name: string, contact_email: string | null, 
/**
 * The person to write to at the customer (their DPO or privacy contact).
 */
contact_name: string | null, address: string | null, 
/**
 * The customer's representative in the EU or the UK (Art. 27), if it has one: the processor record names it
 * (Art. 30(2)(a)).
 */
representative: string | null, created_at: string, updated_at: string, };

export type CustomerDraft = { name: string, contact_email: string, contact_name: string, address: string, representative: string, };

export type NotifiedCustomer = { customer_id: CustomerId, name: string, contact_email: string | null, notified_on: string, };

export type Objection = { id: ObjectionId, notice_id: NoticeId, customer_id: CustomerId, customer_name: string, received_on: string, reason: string, outcome: ObjectionOutcome | null, outcome_on: string | null, outcome_note: string | null, };

export type Notice = { id: NoticeId, subprocessor_id: SubprocessorId, 
/**
 * The subprocessor this one replaces, for a replacement.
 */
replaces_id: SubprocessorId | null, notice_on: string, objection_days: number, 
/**
 * Whether the period counts calendar or business days.
 */
objection_unit: DayCount, 
/**
 * The day the subprocessor was marked active under this notice, and the reason when that was early.
 */
activated_on: string | null, activation_reason: string | null, customers: Array<NotifiedCustomer>, objections: Array<Objection>, created_at: string, };

export type AnnounceDraft = { notice_on: string, 
/**
 * Empty: the organisation's objection period.
 */
objection_days: string, 
/**
 * "calendar" or "business"; empty: the organisation's (calendar days unless it chose business days).
 */
objection_unit: string, replaces_id: SubprocessorId | null, 
/**
 * The customers told; `None` means every customer in the list.
 */
customer_ids: Array<CustomerId> | null, };

export type ObjectionDraft = { 
/**
 * The customer's name as in the customer list; an unknown name adds the customer to the list.
 */
customer: string, received_on: string, reason: string, };

export type OutcomeDraft = { outcome: string, on: string, note: string, };

export type NoticeView = { subprocessor_name: string, replaces_name: string | null, objection_until: string, earliest_engagement_on: string, rule: string, 
/**
 * The period in the reader's language: "30 calendar days", "10 business days (Monday to Friday without ...)".
 */
period_words: string, status: NoticeStatus, 
/**
 * Days from today to the end of the objection period (negative once past).
 */
days_left: number, 
/**
 * Objections without an outcome: the subprocessor must not be used for these customers meanwhile.
 */
open_objections: number, id: NoticeId, subprocessor_id: SubprocessorId, 
/**
 * The subprocessor this one replaces, for a replacement.
 */
replaces_id: SubprocessorId | null, notice_on: string, objection_days: number, 
/**
 * Whether the period counts calendar or business days.
 */
objection_unit: DayCount, 
/**
 * The day the subprocessor was marked active under this notice, and the reason when that was early.
 */
activated_on: string | null, activation_reason: string | null, customers: Array<NotifiedCustomer>, objections: Array<Objection>, created_at: string, };

export type DeadlineModule = "request" | "breach" | "policy" | "notice" | "review" | "registration";

export type LinkTarget = "request" | "breach" | "policy-change" | "subprocessor-notice" | "subprocessor" | "registrations" | "deadlines";

export type Link = { target: LinkTarget, id: number, };

export type DeadlineEntry = { 
/**
 * Stable across runs (the kind and the record's id): calendar programs update the event on re-import.
 */
uid: string, module: DeadlineModule, 
/**
 * request-acknowledge (CCPA), request-extension-notice, request-due, request-purge, breach-authority,
 * breach-controller, breach-full-report (PECR), breach-people, policy-effective, objection-window,
 * earliest-engagement, objection-unresolved, review, ico-renewal.
 */
kind: string, 
/**
 * What is due, in words. Never holds a requester's name: the list may be exported to a calendar.
 */
title: string, due_on: string, 
/**
 * For breach deadlines, which fall at an instant: that instant (RFC 3339 UTC).
 */
due_at: string | null, 
/**
 * Days from today to `due_on`; negative once past.
 */
days_left: number, 
/**
 * `days_left` in words, in English and French ([`crate::request::days_left_words`], the one wording).
 */
days_left_words: Term, overdue: boolean, 
/**
 * Overdue, due soon (within [`crate::request::DUE_SOON_DAYS`]) or later: the one colour scale every screen
 * shows days left in.
 */
urgency: Urgency, 
/**
 * The rule that produced the date, in words.
 */
rule: string, link: Link, };

export type DeadlineFilter = { 
/**
 * `YYYY-MM-DD`; empty for no limit.
 */
until: string, 
/**
 * `YYYY-MM-DD`, the first day kept (a calendar's first day shown); empty for no limit, overdue ones included.
 */
from: string, modules: Array<DeadlineModule>, 
/**
 * The page: the deadlines to skip, and how many to give (none: all of them).
 */
offset: number, limit: number | null, };

export type Dashboard = { today: string, overdue: Array<DeadlineEntry>, next_7_days: Array<DeadlineEntry>, next_30_days: Array<DeadlineEntry>, };

export type ImportPlan = { 
/**
 * How each column of the file was understood, ignored ones included.
 */
columns: Array<ColumnUse>, 
/**
 * The headers of the columns not imported.
 */
ignored: Array<string>, rows: Array<PlannedRow>, added: number, updated: number, unchanged: number, };

export type PlannedRow = { line: number, 
/**
 * `add`, `update` or `unchanged`.
 */
action: string, 
/**
 * The record the row updates, when it updates one.
 */
existing_id: SubprocessorId | null, data: SubprocessorData, 
/**
 * For an update, each field that changes, before and after.
 */
changes: Array<FieldChange>, };

export type ColumnUse = { 
/**
 * The header as the file names it.
 */
column: string, 
/**
 * The column's letter (A, B, …), as the spreadsheet shows it.
 */
letter: string, 
/**
 * The draft field it fills (`name`, `service`, …); none when ignored.
 */
field: string | null, 
/**
 * A second field its values also fill: a purpose column stands in for the service when no column is the
 * service.
 */
also: string | null, how: ColumnHow, };

export type ColumnHow = "recognised" | "mapped" | "ignored";

export type ColumnChoice = { 
/**
 * The header as the file names it (compared without case, accents or punctuation).
 */
column: string, 
/**
 * A draft field name (`name`, `service`, …) or `ignore`.
 */
field: string, };

export type FieldChange = { 
/**
 * The field's name (`website`, `status`).
 */
field: string, before: string, after: string, };

export type AuditQuery = { entity: string | null, entity_id: number | null, 
/**
 * Newest first when true.
 */
newest_first: boolean, limit: number | null, 
/**
 * The entries to skip (a page of the log).
 */
offset: number, };

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
after: string | null, prev_hash: string, hash: string, 
/**
 * `at` in the organisation's zone with the offset, to the second, as the window shows it (not hashed).
 */
at_local: string, };

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

export type AuditReport = { checked: number, ok: boolean, first_bad: number | null, problem: string | null, head_hash: string, 
/**
 * The chain alone.
 */
chain_ok: boolean, 
/**
 * The chain is keyed (HMAC under the store's key), because the store is or was encrypted.
 */
keyed: boolean, checkpoint: CheckpointCheck, records: RecordsCheck, 
/**
 * Other findings, in words: a guard trigger dropped, an empty log while records exist.
 */
structure: Array<string>, };

export type CheckpointCheck = { ok: boolean, checkpoints: Array<CheckpointResult>, };

export type CheckpointResult = { 
/**
 * What recorded it: "latest change", "backup FILE", "binder printed …".
 */
source: string, entries: number, head_hash: string, ok: boolean, problem: string | null, };

export type RecordsCheck = { ok: boolean, 
/**
 * Records compared with the log.
 */
checked: number, findings: Array<RecordFinding>, };

export type RecordFinding = { entity: string, id: number | null, field: string | null, problem: string, };

export type BackupInfo = { path: string, file: string, created_at: string, size: number, entries: number, head_hash: string, 
/**
 * `daily`, `weekly` (automatic backups, by the rotation that keeps them), `manual` or `before-restore`.
 */
kind: 'daily' | 'weekly' | 'manual' | 'before-restore', encrypted: boolean, };

export type BackupPolicy = { daily: number, weekly: number, };

export type AppInfo = { database: string, output_dir: string, version: string, schema_version: number, 
/**
 * Today in the organisation's zone (or UTC before set-up), `YYYY-MM-DD`, so the window and the core agree.
 */
today: string, 
/**
 * The regime a new request takes unless another is chosen (`Org::default_regime`); none before set-up.
 */
default_regime: Regime | null, };

export type Autostart = { enabled: boolean, 
/**
 * The entry's path, written or to be written.
 */
entry: string, };

export type AttachmentId = number;

export type AttachmentKind = "identity" | "evidence" | "contract" | "correspondence" | "other";

export type AttachedTo = "subprocessor" | "request" | "breach" | "policy-version" | "notice" | "activity";

export type Attachment = { id: AttachmentId, entity: AttachedTo, record_id: number, name: string, media_type: string, size: number, sha256: string, kind: AttachmentKind, added_at: string, added_by: string, removed_at: string | null, removed_by: string | null, removed_reason: string | null, };

export type IdentityOffer = { verified_on: string, 
/**
 * The identity files still kept.
 */
files: Array<AttachmentId>, };

export type Evidence = { entity: AttachedTo, record_id: number, kept: Array<Attachment>, removed: Array<Attachment>, 
/**
 * The kind a new file takes unless another is chosen.
 */
default_kind: AttachmentKind, limit_bytes: number, identity_offer: IdentityOffer | null, 
/**
 * Whether a file can be added now: not to a request the retention purge has pseudonymised (attach refuses it).
 */
accepts_files: boolean, 
/**
 * Each instant above in the organisation's zone, keyed by its RFC 3339 form.
 */
local: { [key in string]?: string }, };

export type CountryOption = { code: string, en: string, fr: string, 
/**
 * In the European Economic Area: a location outside it needs a transfer mechanism.
 */
eea: boolean, };

export type StoreProblem = { kind: 'damaged' | 'newer' | 'busy' | 'foreign' | 'missing' | 'unreadable', message: string, };

export type StoreStatus = { 
/**
 * `locked`: the database is encrypted and waits for its passphrase.
 */
state: 'open' | 'locked' | 'problem', 
/**
 * The path of the database the window tried to open.
 */
database: string, 
/**
 * Set when `state` is `problem`.
 */
problem: StoreProblem | null, 
/**
 * The backups found beside that database, newest first.
 */
backups: Array<BackupInfo>, };

export type SecurityStatus = { encrypted: boolean, database: string, backup_dir: string, policy: BackupPolicy, 
/**
 * Newest first.
 */
backups: Array<BackupInfo>, };
