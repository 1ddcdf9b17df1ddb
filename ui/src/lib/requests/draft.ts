// A request as the form edits it, and the conversions to and from the core's `RequestDraft`. The form sends what was
// typed; the core validates and names the fields it refuses.

import type { Regime, RequestDraft } from '../bindings';
import { t } from '../i18n';

export type RqForm = {
  requester: string;
  email: string;
  postal_address: string;
  channel: string;
  rights: string[];
  regime: string;
  received_on: string;
  fee: string;
  notes: string;
};

export type RqField = keyof RqForm;

/** A new request's form; `regime` is the one the core chooses for the organisation (`AppInfo.default_regime`). */
export function emptyForm(regime: Regime | null | undefined, today: string): RqForm {
  return {
    requester: '',
    email: '',
    postal_address: '',
    channel: '',
    rights: [],
    regime: regime ?? '',
    received_on: today,
    fee: '',
    notes: '',
  };
}

export function formFromDraft(d: RequestDraft): RqForm {
  return { ...d, rights: [...d.rights] };
}

/** The draft sent to the core: the text as typed, the rights in the order the form lists them. */
export function draftFromForm(form: RqForm, order: readonly string[] = []): RequestDraft {
  const rank = (r: string) => {
    const i = order.indexOf(r);
    return i < 0 ? order.length : i;
  };
  const rights = [...new Set(form.rights)].sort((a, b) => rank(a) - rank(b));
  return { ...form, rights };
}

/** The form's fields as its labels and its error summary name them, in the window's language. */
export function rqLabels(): Record<RqField, string> {
  return t().requests.fields;
}

/** The form's fields in the order they are shown: the first one in error takes the focus. */
export const RQ_FIELD_ORDER: readonly RqField[] = [
  'requester',
  'email',
  'postal_address',
  'channel',
  'rights',
  'regime',
  'received_on',
  'fee',
  'notes',
];

/** The element that takes the focus for a field in error (the rights take it on their first checkbox). */
export function focusTarget(field: RqField, firstRight: string | undefined): string {
  switch (field) {
    case 'received_on':
      return 'rq-received';
    case 'rights':
      return `rq-right-${firstRight ?? 'access'}`;
    default:
      return `rq-${field}`;
  }
}
