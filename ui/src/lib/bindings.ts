// Generated from the Rust types by `src/bindings.rs`. Do not edit by hand.

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
contact_name: string | null, contact_email: string | null, contact_phone: string | null, dpo_designated: boolean, representative: string | null, headcount: number | null, calendar: HolidayCalendar, timezone: string, lang: Lang, notice_minor_days: number, notice_substantial_days: number, notice_legal_days: number, subprocessor_notice_days: number, };

export type OrgDraft = { legal_name: string, address: string, country: string, company_number: string, authority: string, authority_name: string, ico_registration: string, ico_fee_tier: string, role: string, contact_name: string, contact_email: string, contact_phone: string, dpo_designated: boolean, representative: string, headcount: string, calendar: string, timezone: string, lang: string, notice_minor_days: string, notice_substantial_days: string, notice_legal_days: string, subprocessor_notice_days: string, };

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

export type ImportPlan = { rows: Array<PlannedRow>, added: number, updated: number, unchanged: number, };

export type PlannedRow = { line: bigint, 
/**
 * `add`, `update` or `unchanged`.
 */
action: string, 
/**
 * The record the row updates, when it updates one.
 */
existing_id: SubprocessorId | null, data: SubprocessorData, };

export type AuditQuery = { entity: string | null, entity_id: bigint | null, 
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
entity: string, entity_id: bigint | null, 
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
first_bad: bigint | null, problem: string | null, 
/**
 * The hash of the last entry: printed on records so that a later copy can be compared.
 */
head_hash: string, };
