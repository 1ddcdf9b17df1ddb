// The record of processing's form: what the user types, turned into the core's `ActivityDraft` and back, the
// core's transfers as rows of the form (the core derives them from the linked subprocessors as the user edits), and
// the core's warnings and errors sorted by the field they belong to.

import type {
  ActivityDraft,
  ActivityTransfer,
  AdequacyScope,
  ActivitySummary,
  ActivityWarning,
  SecurityMeasure,
  Term,
  TransferDraft,
  TransferMechanism,
  TransferOrigin,
} from '../bindings';
import { t } from '../i18n';
import { termLabel as inWindowLang } from '../vocab.svelte';

export type DataRow = { category: string; description: string; retention: string };
export type MeasureRow = { on: boolean; details: string };
export type CustomerRow = { customer: string; processing: string };

/** The form as typed. Lists that read as "one per line" are kept as text; purposes are one input each. */
export type ActivityForm = {
  name: string;
  role: string;
  business_function: string;
  purposes: string[];
  lawful_basis: string;
  legitimate_interests: string;
  sensitive_data: string;
  art9_condition: string;
  subject_categories: string;
  data_categories: DataRow[];
  source: string;
  recipients_internal: string;
  recipients_external: string;
  subprocessor_ids: number[];
  /** The record's own transfers: edits of derived ones (with a subprocessor) and manual ones. */
  transfers: TransferDraft[];
  security_measures: Record<SecurityMeasure, MeasureRow>;
  dpia_needed: string;
  dpia_reference: string;
  joint_controller: string;
  software: string;
  rights: string;
  automated_decisions: string;
  location: string;
  customers: CustomerRow[];
  notes: string;
};

export type ActivityField = keyof ActivityForm;

/** The CNIL's security measures, in the register's order. */
export const MEASURE_KINDS: readonly SecurityMeasure[] = [
  'access-control',
  'traceability',
  'software-protection',
  'backup',
  'encryption',
  'processor-control',
  'other',
];

/** The fields in the form's order: the first with an error takes the focus. */
export const ACTIVITY_FIELD_ORDER: readonly ActivityField[] = [
  'name',
  'role',
  'business_function',
  'joint_controller',
  'software',
  'purposes',
  'lawful_basis',
  'legitimate_interests',
  'sensitive_data',
  'art9_condition',
  'subject_categories',
  'data_categories',
  'source',
  'recipients_internal',
  'recipients_external',
  'subprocessor_ids',
  'transfers',
  'security_measures',
  'dpia_needed',
  'dpia_reference',
  'rights',
  'automated_decisions',
  'location',
  'customers',
  'notes',
];

/** The fields' labels in the window's language; read where they are shown, so that a change of language follows. */
export const activityLabels = (): Readonly<Record<ActivityField, string>> => t().activities.fields;

/** The element each field's focus goes to (`focusField` ids). */
export const ACTIVITY_FIELD_IDS: Readonly<Record<string, string>> = {
  name: 'act-name',
  role: 'act-role',
  business_function: 'act-function',
  purposes: 'act-purpose',
  lawful_basis: 'act-basis',
  legitimate_interests: 'act-li',
  sensitive_data: 'act-sensitive',
  art9_condition: 'act-art9',
  subject_categories: 'act-subjects',
  data_categories: 'act-data-category-0',
  source: 'act-source',
  recipients_internal: 'act-rec-internal',
  recipients_external: 'act-rec-external',
  subprocessor_ids: 'act-subprocessor',
  transfers: 'act-transfers',
  security_measures: 'act-measures',
  dpia_needed: 'act-dpia',
  dpia_reference: 'act-dpia-ref',
  joint_controller: 'act-joint',
  software: 'act-software',
  rights: 'act-rights',
  automated_decisions: 'act-automated',
  location: 'act-location',
  customers: 'act-customer-0',
  notes: 'act-notes',
};

const emptyMeasures = (): Record<SecurityMeasure, MeasureRow> =>
  Object.fromEntries(MEASURE_KINDS.map((k) => [k, { on: false, details: '' }])) as Record<SecurityMeasure, MeasureRow>;

export const emptyDataRow = (): DataRow => ({ category: '', description: '', retention: '' });
export const emptyCustomerRow = (): CustomerRow => ({ customer: '', processing: '' });

export function emptyActivityForm(): ActivityForm {
  return {
    name: '',
    role: 'controller',
    business_function: '',
    purposes: [''],
    lawful_basis: '',
    legitimate_interests: '',
    sensitive_data: '',
    art9_condition: '',
    subject_categories: '',
    data_categories: [emptyDataRow()],
    source: '',
    recipients_internal: '',
    recipients_external: '',
    subprocessor_ids: [],
    transfers: [],
    security_measures: emptyMeasures(),
    dpia_needed: '',
    dpia_reference: '',
    joint_controller: '',
    software: '',
    rights: '',
    automated_decisions: '',
    location: '',
    customers: [],
    notes: '',
  };
}

/** One entry a line, trimmed, blank lines dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const isMeasure = (kind: string): kind is SecurityMeasure => (MEASURE_KINDS as readonly string[]).includes(kind);

/** The form of a stored record (`ActivityDetail.draft`) or a blank one. */
export function formFromDraft(d: ActivityDraft): ActivityForm {
  const measures = emptyMeasures();
  for (const m of d.security_measures) {
    const kind = isMeasure(m.kind) ? m.kind : 'other';
    const row = measures[kind];
    row.on = true;
    row.details = row.details && m.details ? `${row.details}; ${m.details}` : row.details || m.details;
  }
  return {
    name: d.name,
    role: d.role || 'controller',
    business_function: d.business_function,
    purposes: d.purposes.length > 0 ? [...d.purposes] : [''],
    lawful_basis: d.lawful_basis,
    legitimate_interests: d.legitimate_interests,
    sensitive_data: d.sensitive_data.join('\n'),
    art9_condition: d.art9_condition,
    subject_categories: d.subject_categories.join('\n'),
    data_categories: d.data_categories.length > 0 ? d.data_categories.map((x) => ({ ...x })) : [emptyDataRow()],
    source: d.source,
    recipients_internal: d.recipients_internal.join('\n'),
    recipients_external: d.recipients_external.join('\n'),
    subprocessor_ids: [...d.subprocessor_ids],
    transfers: d.transfers.map((t) => ({ ...t })),
    security_measures: measures,
    dpia_needed: d.dpia_needed,
    dpia_reference: d.dpia_reference,
    joint_controller: d.joint_controller,
    software: d.software,
    rights: d.rights,
    automated_decisions: d.automated_decisions,
    location: d.location,
    customers: d.customers.map((c) => ({ customer: c.customer, processing: c.processing.join('\n') })),
    notes: d.notes,
  };
}

/**
 * What is sent to the core: the text as typed (the core trims and validates), blank list entries and blank rows
 * dropped, customers only for a processor activity, the legitimate-interests text only with basis (f) and the
 * Art. 9 condition only with sensitive data, so that a hidden field never blocks a save.
 */
export function draftFromForm(f: ActivityForm): ActivityDraft {
  const processor = f.role === 'processor';
  const sensitive = lines(f.sensitive_data);
  return {
    name: f.name,
    role: f.role,
    business_function: f.business_function,
    purposes: f.purposes.map((p) => p.trim()).filter((p) => p !== ''),
    lawful_basis: f.lawful_basis,
    legitimate_interests: f.lawful_basis === 'legitimate-interests' ? f.legitimate_interests : '',
    sensitive_data: sensitive,
    art9_condition: sensitive.length > 0 ? f.art9_condition : '',
    subject_categories: lines(f.subject_categories),
    data_categories: f.data_categories.filter((d) => d.category.trim() !== '' || d.description.trim() !== '' || d.retention.trim() !== ''),
    source: f.source,
    recipients_internal: lines(f.recipients_internal),
    recipients_external: lines(f.recipients_external),
    subprocessor_ids: [...f.subprocessor_ids],
    // An edit of a subprocessor no longer linked would be refused: it goes with the link.
    transfers: f.transfers.filter((t) => t.subprocessor_id === null || f.subprocessor_ids.includes(t.subprocessor_id)),
    security_measures: MEASURE_KINDS.filter((k) => f.security_measures[k].on).map((k) => ({ kind: k, details: f.security_measures[k].details })),
    dpia_needed: f.dpia_needed,
    dpia_reference: f.dpia_reference,
    joint_controller: f.joint_controller,
    software: f.software,
    rights: f.rights,
    automated_decisions: f.automated_decisions,
    location: f.location,
    customers: processor
      ? f.customers.filter((c) => c.customer.trim() !== '' || c.processing.trim() !== '').map((c) => ({ customer: c.customer, processing: lines(c.processing) }))
      : [],
    notes: f.notes,
  };
}

/** A transfer as the form shows it: the core's derivation (`activity_transfers`), with the form's values as text. */
export type TransferRow = {
  origin: TransferOrigin;
  recipient: string;
  subprocessor_id: number | null;
  country: string;
  safeguard: string;
  notes: string;
  /** The index in `form.transfers` of the record's own entry, if any. */
  index: number | null;
  /** What the adequacy list says of the country. */
  adequacy: AdequacyScope | null;
};

/** The core's transfer as a row of the form. */
export function transferRow(t: ActivityTransfer): TransferRow {
  return {
    origin: t.origin,
    recipient: t.recipient,
    subprocessor_id: t.subprocessor_id,
    country: t.country,
    safeguard: t.safeguard ?? '',
    notes: t.notes ?? '',
    index: t.entry,
    adequacy: t.adequacy,
  };
}

/** A key that stays the same while the user types into the row (its country may change as they do). */
export function transferKey(row: TransferRow): string {
  return row.index !== null ? `entry-${row.index}` : `derived-${row.subprocessor_id}-${row.country}`;
}

/** The tag beside a country with an adequacy decision; a decision limited to some organisations says so. */
export function adequacyTag(scope: AdequacyScope | null): string | null {
  return scope === null ? null : t().activities.transfers.adequacy[scope];
}

/** Sets a derived or edited transfer's safeguard or notes: the record keeps it as its own edit. */
export function editTransfer(f: ActivityForm, row: TransferRow, change: { safeguard?: string; notes?: string }): TransferDraft[] {
  const next = f.transfers.map((t) => ({ ...t }));
  if (row.index !== null) {
    next[row.index] = { ...next[row.index], ...change };
    return next;
  }
  next.push({ subprocessor_id: row.subprocessor_id, recipient: '', country: row.country, safeguard: row.safeguard, notes: row.notes, ...change });
  return next;
}

/** The core's warnings by the field they belong to, each field's in the order given. */
export function warningsByField(warnings: readonly ActivityWarning[]): Record<string, ActivityWarning[]> {
  const out: Record<string, ActivityWarning[]> = {};
  for (const w of warnings) (out[w.field] ??= []).push(w);
  return out;
}

/** The warnings in the form's order (fields the form does not know last), for the summary. */
export function orderedWarnings(warnings: readonly ActivityWarning[]): ActivityWarning[] {
  const rank = (field: string) => {
    const i = (ACTIVITY_FIELD_ORDER as readonly string[]).indexOf(field);
    return i < 0 ? ACTIVITY_FIELD_ORDER.length : i;
  };
  return warnings.map((w, i) => ({ w, i })).sort((a, b) => rank(a.w.field) - rank(b.w.field) || a.i - b.i).map((x) => x.w);
}

export type TermOption = { value: string; label: string };

/** A vocabulary as select options, in the window's language. */
export const termOptions = (terms: readonly Term[]): TermOption[] => terms.map((t) => ({ value: t.code, label: inWindowLang(t) }));

export function termLabel(terms: readonly Term[], code: string | null | undefined): string {
  if (!code) return '';
  const term = terms.find((t) => t.code === code);
  return term ? inWindowLang(term) : code;
}

/** The list's purposes cell: the first purpose, and how many more. */
export function purposesText(a: Pick<ActivitySummary, 'purposes'>): string {
  if (a.purposes.length === 0) return '';
  const first = a.purposes[0].split('\n')[0];
  return a.purposes.length > 1 ? `${first} (+${a.purposes.length - 1})` : first;
}

/** The short form of a lawful basis for the list: the letter of Art. 6(1) that ends the core's label, first. */
export function basisShort(basis: string | null, terms: readonly Term[]): string {
  if (!basis) return '';
  const label = termLabel(terms, basis);
  const m = /^(.*?)\s*\(art\. 6\(1\)\((\w)\)\)$/i.exec(label);
  return m ? `(${m[2]}) ${m[1]}` : label;
}

/** The safeguards offered for a transfer. */
export const transferMechanismOptions = (terms: readonly Term[]): TermOption[] =>
  termOptions(terms).filter((t) => t.value !== 'not-needed');

export type { TransferMechanism };
