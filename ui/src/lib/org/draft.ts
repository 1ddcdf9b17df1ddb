// The organisation profile as a form edits it: the core's `OrgDraft` (text everywhere). The defaults that follow
// from the country (calendar, the document and window languages, time zone, the company number's name) are the
// core's (`country_defaults`).

import type { Org, OrgDraft } from '../bindings';
import { t } from '../i18n';

export function emptyOrgDraft(): OrgDraft {
  return {
    legal_name: '',
    address: '',
    country: '',
    company_number: '',
    authority: '',
    authority_name: '',
    ico_registration: '',
    ico_fee_tier: '',
    role: 'both',
    contact_name: '',
    contact_email: '',
    contact_phone: '',
    dpo_designated: false,
    representative: '',
    headcount: '',
    calendar: '',
    timezone: '',
    lang: '',
    window_lang: '',
    notice_minor_days: '',
    notice_substantial_days: '',
    notice_legal_days: '',
    subprocessor_notice_days: '',
    subprocessor_notice_unit: '',
    request_retention_years: '',
    extra_holidays: [],
    processor_notice_hours: '',
    pecr: false,
    turnover_gbp: '',
    ico_direct_debit: false,
    ico_renewal_on: '',
    dpo_name: '',
    dpo_email: '',
    dpo_designated_on: '',
    dpo_receipt: '',
    reminder_days: '',
    reminder_hours: '',
    desktop_reminders: true,
    tray_icon: false,
    attachment_limit_mb: '',
  };
}

/** The stored profile back as a form; the country is shown by name, which the core accepts as well as the code. */
export function draftFromOrg(org: Org, countryName: (code: string) => string): OrgDraft {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    legal_name: org.legal_name,
    address: org.address,
    country: countryName(org.country) || org.country,
    company_number: text(org.company_number),
    authority: org.authority,
    authority_name: text(org.authority_name),
    ico_registration: text(org.ico_registration),
    ico_fee_tier: text(org.ico_fee_tier),
    role: org.role,
    contact_name: text(org.contact_name),
    contact_email: text(org.contact_email),
    contact_phone: text(org.contact_phone),
    dpo_designated: org.dpo_designated,
    representative: text(org.representative),
    headcount: text(org.headcount),
    calendar: org.calendar,
    timezone: org.timezone,
    lang: org.lang,
    window_lang: org.window_lang,
    notice_minor_days: String(org.notice_minor_days),
    notice_substantial_days: String(org.notice_substantial_days),
    notice_legal_days: String(org.notice_legal_days),
    subprocessor_notice_days: String(org.subprocessor_notice_days),
    subprocessor_notice_unit: org.subprocessor_notice_unit,
    request_retention_years: String(org.request_retention_years),
    extra_holidays: [...org.extra_holidays],
    processor_notice_hours: String(org.processor_notice_hours),
    pecr: org.pecr,
    turnover_gbp: text(org.turnover_gbp),
    ico_direct_debit: org.ico_direct_debit,
    ico_renewal_on: text(org.ico_renewal_on),
    dpo_name: text(org.dpo_name),
    dpo_email: text(org.dpo_email),
    dpo_designated_on: text(org.dpo_designated_on),
    dpo_receipt: text(org.dpo_receipt),
    reminder_days: org.reminder_days.length ? org.reminder_days.join(', ') : 'none',
    reminder_hours: org.reminder_hours.length ? org.reminder_hours.join(', ') : 'none',
    desktop_reminders: org.desktop_reminders,
    tray_icon: org.tray_icon,
    attachment_limit_mb: String(org.attachment_limit_mb),
  };
}

/**
 * The draft to send: fields the form hides for the chosen authority are sent empty, so that a value typed before
 * switching authority is neither checked nor stored.
 */
export function prepareOrgDraft(draft: OrgDraft): OrgDraft {
  const out = { ...draft, extra_holidays: draft.extra_holidays.filter((d) => d.trim() !== '') };
  if (out.authority !== 'other') out.authority_name = '';
  if (out.authority !== 'ico') {
    out.ico_registration = '';
    out.ico_fee_tier = '';
    out.pecr = false;
  }
  return out;
}

/** The order fields appear in the form: the first one with an error gets the focus. */
export const ORG_FIELD_ORDER: readonly (keyof OrgDraft)[] = [
  'legal_name',
  'address',
  'country',
  'company_number',
  'authority',
  'authority_name',
  'ico_registration',
  'ico_fee_tier',
  'pecr',
  'role',
  'contact_name',
  'contact_email',
  'contact_phone',
  'dpo_designated',
  'representative',
  'headcount',
  'calendar',
  'lang',
  'window_lang',
  'timezone',
  'extra_holidays',
  'notice_minor_days',
  'notice_substantial_days',
  'notice_legal_days',
  'subprocessor_notice_days',
  'subprocessor_notice_unit',
  'request_retention_years',
  'processor_notice_hours',
  'turnover_gbp',
  'ico_direct_debit',
  'ico_renewal_on',
  'dpo_name',
  'dpo_email',
  'dpo_designated_on',
  'dpo_receipt',
  'reminder_days',
  'reminder_hours',
  'desktop_reminders',
  'tray_icon',
  'attachment_limit_mb',
];

/**
 * Each field's label in the window's language, for the core's messages and the audit trail: every property is read
 * from the catalogue when it is asked for, so a label read while rendering follows a change of language.
 */
export const ORG_LABELS: Readonly<Record<keyof OrgDraft, string>> = Object.defineProperties(
  {} as Record<keyof OrgDraft, string>,
  Object.fromEntries(ORG_FIELD_ORDER.map((field) => [field, { enumerable: true, get: () => t().org.fields[field] }])),
);
