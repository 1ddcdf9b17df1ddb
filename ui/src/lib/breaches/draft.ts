// A breach as the form edits it, the drafts sent for each step of its lifecycle, and the labels that place the
// core's field errors next to the fields (read from the catalogue when asked, so that they follow the window's
// language). Every value goes to the core as typed, instants included: the core reads a local date and time in the
// organisation's zone (and validates everything).

import type { BreachDraft, DecisionAbout, DecisionDraft, NotificationDraft, Recipient } from '../bindings';
import { t } from '../i18n';

/** The core's draft, the controllers one a line. Instants are local date-times ("2026-11-23T08:00"). */
export type BreachForm = Omit<BreachDraft, 'controllers'> & { controllers: string };

export type BreachField = keyof BreachForm;

export function emptyBreachForm(): BreachForm {
  return {
    title: '',
    aware_at: '',
    occurred_from: '',
    occurred_to: '',
    description: '',
    discovery: '',
    cyber_incident: '',
    nature: [],
    data_categories: [],
    data_details: '',
    subject_categories: [],
    subject_details: '',
    people_count: '',
    records_count: '',
    consequences: '',
    likelihood: '',
    measures_taken: '',
    measures_proposed: '',
    staff_trained: '',
    training_details: '',
    others_told: '',
    role: 'controller',
    controllers: '',
    notes: '',
  };
}

/** A stored breach back in the form, from the draft the core made of it (`BreachView.draft`). */
export function formFromDraft(d: BreachDraft): BreachForm {
  return {
    ...d,
    nature: [...d.nature],
    data_categories: [...d.data_categories],
    subject_categories: [...d.subject_categories],
    controllers: d.controllers.join('\n'),
  };
}

/** The draft the core validates. The controllers go only when we are processor: the field is hidden otherwise. */
export function draftFromBreachForm(form: BreachForm): BreachDraft {
  const controllers =
    form.role === 'processor'
      ? form.controllers
          .split('\n')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : [];
  return {
    ...form,
    nature: [...form.nature],
    data_categories: [...form.data_categories],
    subject_categories: [...form.subject_categories],
    controllers,
  };
}

/** The fields' labels in the window's language. */
export const breachLabels = (): Readonly<Record<BreachField, string>> => t().breaches.fields;

/** The fields in the order the form shows them: the first one with an error gets the focus. */
export const BREACH_FIELD_ORDER: readonly BreachField[] = [
  'title',
  'description',
  'discovery',
  'cyber_incident',
  'nature',
  'aware_at',
  'occurred_from',
  'occurred_to',
  'data_categories',
  'data_details',
  'subject_categories',
  'subject_details',
  'people_count',
  'records_count',
  'consequences',
  'likelihood',
  'measures_taken',
  'measures_proposed',
  'staff_trained',
  'training_details',
  'others_told',
  'role',
  'controllers',
  'notes',
];

// Assessment.

export const assessLabels = () => t().breaches.assess.fields;
export const ASSESS_ORDER = ['risk', 'reason'] as const;

// Decision.

export type DecisionForm = { about: DecisionAbout; notify: '' | 'yes' | 'no'; reason: string; exemptions: string[] };

export const emptyDecision = (about: DecisionAbout = 'authority'): DecisionForm => ({ about, notify: '', reason: '', exemptions: [] });

/**
 * The decision the core checks. An unanswered yes/no is sent as `notify: false` with the reasons given, so that the
 * core asks for what a "no" needs rather than recording a "yes" nobody chose; the form refuses to send it anyway
 * (`decisionMissing`). Exemptions belong to a "no" about the people only and are dropped otherwise.
 */
export function decisionDraft(form: DecisionForm): DecisionDraft {
  const notify = form.notify === 'yes';
  return {
    about: form.about,
    notify,
    reason: form.reason,
    exemptions: form.about === 'people' && !notify ? [...form.exemptions] : [],
  };
}

/** The one thing the form checks itself: the yes/no, which has no neutral value the core could refuse. */
export function decisionMissing(form: DecisionForm): string | null {
  return form.notify === '' ? t().breaches.decide.missing : null;
}

export const decideLabels = () => t().breaches.decide.fields;
export const DECIDE_ORDER = ['notify', 'reason', 'exemptions'] as const;

// Notification.

export type NotificationForm = {
  to: Recipient | '';
  /** A local date-time, read by the core in the organisation's zone. */
  at: string;
  phase: string;
  reference: string;
  method: string;
  reached: string;
  controller: string;
  delay_reason: string;
};

export const emptyNotification = (to: Recipient | '' = '', at = ''): NotificationForm => ({
  to,
  at,
  phase: '',
  reference: '',
  method: '',
  reached: '',
  controller: '',
  delay_reason: '',
});

/** Which fields the form shows for a recipient; the draft carries only those, so a hidden value is never sent. */
export function notificationFields(to: Recipient | ''): (keyof NotificationForm)[] {
  switch (to) {
    case 'authority':
      return ['to', 'at', 'phase', 'reference', 'delay_reason'];
    case 'people':
      return ['to', 'at', 'method', 'reached'];
    case 'controller':
      return ['to', 'at', 'controller', 'reference', 'delay_reason'];
    case 'public':
      return ['to', 'at', 'method'];
    default:
      return ['to', 'at'];
  }
}

export function notificationDraft(form: NotificationForm): NotificationDraft {
  const shown = new Set(notificationFields(form.to));
  const keep = (k: keyof NotificationForm) => (shown.has(k) ? form[k].trim() : '');
  return {
    to: form.to,
    at: form.at,
    phase: keep('phase'),
    reference: keep('reference'),
    method: keep('method'),
    reached: keep('reached'),
    controller: keep('controller'),
    delay_reason: keep('delay_reason'),
  };
}

export const notifyLabels = (): Readonly<Record<keyof NotificationForm, string>> => t().breaches.notify.fields;
export const NOTIFY_ORDER = ['to', 'at', 'phase', 'controller', 'reference', 'method', 'reached', 'delay_reason'] as const;

// Note.

export const noteLabels = () => t().breaches.note.fields;
export const NOTE_ORDER = ['at', 'text'] as const;
