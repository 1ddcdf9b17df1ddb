// A subprocessor as the form edits it: every field as the text in its input (lists as one comma-separated line),
// and the conversions to and from the core's types.

import type { Subprocessor, SubprocessorDraft } from '../bindings';
import { splitList } from '../countries';
import { t } from '../i18n';

export type SpForm = {
  name: string;
  legal_entity: string;
  address: string;
  country: string;
  service: string;
  purpose: string;
  category: string;
  data_categories: string;
  subject_categories: string;
  locations: string;
  transfer_mechanism: string;
  scc_module: string;
  transfer_notes: string;
  dpa_signed_on: string;
  dpa_reference: string;
  certifications: string;
  security_reviewed_on: string;
  access: string;
  website: string;
  privacy_policy_url: string;
  status: string;
  started_on: string;
  ended_on: string;
  notes: string;
};

export type SpField = keyof SpForm;

export function emptyForm(): SpForm {
  return {
    name: '',
    legal_entity: '',
    address: '',
    country: '',
    service: '',
    purpose: '',
    category: '',
    data_categories: '',
    subject_categories: '',
    locations: '',
    transfer_mechanism: '',
    scc_module: '',
    transfer_notes: '',
    dpa_signed_on: '',
    dpa_reference: '',
    certifications: '',
    security_reviewed_on: '',
    access: '',
    website: '',
    privacy_policy_url: '',
    status: 'active',
    started_on: '',
    ended_on: '',
    notes: '',
  };
}

/**
 * A stored record as the form shows it. The country of establishment is shown by name; processing locations stay
 * as codes, because some country names contain commas and the list is split on commas.
 */
export function formFromRecord(sp: Subprocessor, countryName: (code: string) => string): SpForm {
  const text = (v: string | null) => v ?? '';
  const list = (v: string[]) => v.join(', ');
  return {
    name: sp.name,
    legal_entity: text(sp.legal_entity),
    address: text(sp.address),
    country: countryName(sp.country) || sp.country,
    service: sp.service,
    purpose: text(sp.purpose),
    category: sp.category,
    data_categories: list(sp.data_categories),
    subject_categories: list(sp.subject_categories),
    locations: list(sp.locations),
    transfer_mechanism: text(sp.transfer_mechanism),
    scc_module: text(sp.scc_module),
    transfer_notes: text(sp.transfer_notes),
    dpa_signed_on: text(sp.dpa_signed_on),
    dpa_reference: text(sp.dpa_reference),
    certifications: list(sp.certifications),
    security_reviewed_on: text(sp.security_reviewed_on),
    access: text(sp.access),
    website: text(sp.website),
    privacy_policy_url: text(sp.privacy_policy_url),
    status: sp.status,
    started_on: text(sp.started_on),
    ended_on: text(sp.ended_on),
    notes: text(sp.notes),
  };
}

/** The draft the core validates. Lists go as one element each: the core splits them on commas. */
export function draftFromForm(form: SpForm): SubprocessorDraft {
  const list = (v: string) => (v.trim() === '' ? [] : [v.trim()]);
  return {
    ...form,
    // An end date belongs to retired records only; the field is hidden otherwise and must not be sent.
    ended_on: form.status === 'retired' ? form.ended_on : '',
    data_categories: list(form.data_categories),
    subject_categories: list(form.subject_categories),
    locations: list(form.locations),
    certifications: list(form.certifications),
  };
}

/** The codes of the locations typed so far that are outside the EEA and known; for the transfer hint. */
export function locationsOutsideEea(
  text: string,
  resolve: (input: string) => string | null,
  inEea: (code: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const part of splitList(text)) {
    const code = resolve(part);
    if (code && !inEea(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * The form's field labels in the window's language. Each is read from the catalogue when it is used, so a screen
 * that reads them in its template shows the new language at once; the audit view names changed fields with them.
 */
export const SP_LABELS: Readonly<Record<SpField, string>> = Object.defineProperties(
  {},
  Object.fromEntries(
    (Object.keys(emptyForm()) as SpField[]).map((field) => [field, { enumerable: true, get: () => t().subprocessors.fields[field] }]),
  ),
) as Record<SpField, string>;

/** The fields in the order the form shows them: the first one with an error gets the focus. */
export const SP_FIELD_ORDER: readonly SpField[] = [
  'name',
  'legal_entity',
  'country',
  'address',
  'website',
  'privacy_policy_url',
  'service',
  'category',
  'purpose',
  'data_categories',
  'subject_categories',
  'access',
  'locations',
  'transfer_mechanism',
  'scc_module',
  'transfer_notes',
  'dpa_signed_on',
  'dpa_reference',
  'certifications',
  'security_reviewed_on',
  'status',
  'started_on',
  'ended_on',
  'notes',
];
