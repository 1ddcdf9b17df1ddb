// The workflow steps a request offers, which of them make sense in its current state, and how each one is sent to
// the core. The state machine itself is the core's (`request::apply`); the rules here only decide which buttons are
// enabled, following what the core accepts, so that the user is not offered a step it would refuse outright. Dates
// and reasons are still checked by the core, and its refusals are shown in the step's dialog.

import type { Api } from '../api';
import type { LetterKind, Outcome, RequestDetail, RequestView } from '../bindings';
import { formatDate } from '../format';
import { formErrors } from '../forms';

export type ActionKey =
  | 'identity-requested'
  | 'identity-received'
  | 'clarification-asked'
  | 'clarification-answered'
  | 'fee-received'
  | 'start'
  | 'eu-pause-apply'
  | 'eu-pause-remove'
  | 'extend'
  | 'close';

export type ActionSpec = {
  key: ActionKey;
  /** The button. */
  label: string;
  /** The dialog's title and its one-sentence explanation. */
  title: string;
  explain: string;
  /** The button's data-testid; the dialog's fields and save button are named from `prefix`. */
  testid: string;
  dateLabel: string;
  /** The field the core names when it refuses the date. */
  dateField: string;
  dateTestid: string;
  reason: 'none' | 'optional' | 'required';
  reasonLabel: string;
  reasonTestid: string;
  saveTestid: string;
  saveLabel: string;
  /** A step that cannot be undone asks for a second look (its dialog says so and its button is red). */
  final?: boolean;
};

function spec(
  key: ActionKey,
  testid: string,
  label: string,
  title: string,
  explain: string,
  dateLabel: string,
  dateField: string,
  extra: Partial<ActionSpec> = {},
): ActionSpec {
  return {
    key,
    label,
    title,
    explain,
    testid,
    dateLabel,
    dateField,
    dateTestid: `${testid}-date`,
    reason: 'none',
    reasonLabel: 'Reason',
    reasonTestid: `${testid}-reason`,
    saveTestid: `${testid}-save`,
    saveLabel: 'Record',
    ...extra,
  };
}

export const ACTIONS: readonly ActionSpec[] = [
  spec('identity-requested', 'rq-identity-requested', 'Identity requested', 'Record the request for identity evidence',
    'Under the UK GDPR the clock starts again when the evidence arrives; under the EU GDPR it runs on unless the pause is applied.',
    'Asked the requester on', 'requested_on'),
  spec('identity-received', 'rq-identity-received', 'Identity received', 'Record the identity evidence received',
    'The day the evidence reached you; under the UK GDPR the month is counted from it.', 'Received on', 'received_on'),
  spec('clarification-asked', 'rq-clarification-asked', 'Clarification asked', 'Record a request for clarification',
    'Under the UK GDPR the days until the answer arrives do not count.', 'Asked on', 'asked_on'),
  spec('clarification-answered', 'rq-clarification-answered', 'Clarification received', "Record the requester's clarification",
    'The day the answer reached you; the clock runs again from then.', 'Received on', 'answered_on'),
  spec('fee-received', 'rq-fee-received', 'Fee received', 'Record the fee received',
    'Where a fee may be charged, the UK GDPR clock starts when it is paid.', 'Received on', 'fee_received_on'),
  spec('start', 'rq-start', 'Start work', 'Record the start of work', 'The day someone started answering the request.',
    'Started on', 'on'),
  spec('eu-pause-apply', 'rq-eu-pause-apply', 'Apply EU pause', 'Apply the identity and clarification pause',
    'The EU GDPR does not say the clock stops while identity or clarification is awaited; applying the pause departs from the default reading, so it needs your reasons.',
    'Applied on', 'on', { reason: 'required', reasonLabel: 'Why the pause is applied', saveLabel: 'Apply pause' }),
  spec('eu-pause-remove', 'rq-eu-pause-remove', 'Remove EU pause', 'Remove the pause',
    'The due date goes back to one month from receipt.', 'Removed on', 'on',
    { reason: 'required', reasonLabel: 'Why the pause is removed', saveLabel: 'Remove pause' }),
  spec('extend', 'rq-extend', 'Extend…', 'Extend by two further months',
    'Allowed once, when the request is complex or one of many, provided the requester is told within the first period, with the reasons.',
    'Requester told on', 'notified_on',
    { reason: 'required', reasonLabel: 'Reasons, as told to the requester', dateTestid: 'rq-extend-notified', saveLabel: 'Record extension' }),
  spec('close', 'rq-close', 'Close…', 'Close the request',
    'A closed request cannot change afterwards. The date is the response date.', 'Response date', 'on',
    { reason: 'optional', reasonLabel: 'Reasons', saveLabel: 'Close request', final: true }),
];

export function actionSpec(key: ActionKey): ActionSpec {
  const found = ACTIONS.find((a) => a.key === key);
  if (!found) throw new Error(`no action ${key}`);
  return found;
}

/** What the enabling rules read of a request. */
export type Facts = Pick<
  RequestView,
  | 'regime'
  | 'outcome'
  | 'closed_on'
  | 'pseudonymised_on'
  | 'identity_requested_on'
  | 'identity_received_on'
  | 'clarification_asked_on'
  | 'clarification_answered_on'
  | 'fee_received_on'
  | 'eu_pause_applied'
  | 'extension_notified_on'
  | 'in_progress_on'
>;

export type Availability = { enabled: boolean; why: string };

const yes: Availability = { enabled: true, why: '' };
const no = (why: string): Availability => ({ enabled: false, why });

export function isClosed(f: Facts): boolean {
  return f.outcome !== null;
}

/** For each step, whether the core would take it now, and if not, why (shown as the disabled button's title). */
export function availability(f: Facts): Record<ActionKey, Availability> {
  const once = (on: string | null, what: string) => (on ? no(`${what} on ${formatDate(on)}.`) : yes);
  if (isClosed(f)) {
    const closed = no(`The request is closed (${f.outcome}${f.closed_on ? ` on ${formatDate(f.closed_on)}` : ''}); a closed request cannot change.`);
    return Object.fromEntries(ACTIONS.map((a) => [a.key, closed])) as Record<ActionKey, Availability>;
  }
  return {
    'identity-requested': once(f.identity_requested_on, 'Identity evidence was requested'),
    'identity-received': !f.identity_requested_on
      ? no('Record the request for identity evidence first.')
      : once(f.identity_received_on, 'Identity evidence was received'),
    'clarification-asked': once(f.clarification_asked_on, 'Clarification was asked'),
    'clarification-answered': !f.clarification_asked_on
      ? no('Record the question first.')
      : once(f.clarification_answered_on, 'The clarification was received'),
    'fee-received': once(f.fee_received_on, 'The fee was received'),
    start: once(f.in_progress_on, 'Work started'),
    'eu-pause-apply':
      f.regime !== 'eu-gdpr'
        ? no('The pause is an option for EU GDPR requests only; the UK GDPR and the CCPA say when the clock starts and stops.')
        : f.eu_pause_applied
          ? no('The pause is applied.')
          : yes,
    'eu-pause-remove': f.eu_pause_applied ? yes : no('The pause is not applied.'),
    extend: f.extension_notified_on
      ? no(`The request was extended (requester told on ${formatDate(f.extension_notified_on)}); an extension is allowed once.`)
      : yes,
    close: yes,
  };
}

/** The steps shown as buttons for a request: the EU pause only where it can apply. */
export function visibleActions(f: Facts): ActionSpec[] {
  return ACTIONS.filter((a) => {
    if (a.key === 'eu-pause-apply') return f.regime === 'eu-gdpr' && !f.eu_pause_applied;
    if (a.key === 'eu-pause-remove') return f.eu_pause_applied;
    return true;
  });
}

export const LETTERS: readonly { kind: LetterKind; label: string }[] = [
  { kind: 'acknowledgement', label: 'Acknowledgement' },
  { kind: 'identity', label: 'Identity request' },
  { kind: 'extension', label: 'Extension notice' },
  { kind: 'response', label: 'Response' },
  { kind: 'refusal', label: 'Refusal' },
];

/** Which letters fit the request, as the core decides in `letters::letter`. */
export function letterAvailability(f: Facts): Record<LetterKind, Availability> {
  if (f.pseudonymised_on) {
    const gone = no("The requester's details were removed at the end of the retention period; no letter can be addressed.");
    return { acknowledgement: gone, identity: gone, extension: gone, response: gone, refusal: gone };
  }
  return {
    acknowledgement: yes,
    identity: yes,
    extension: f.extension_notified_on ? yes : no('Record the extension first.'),
    response:
      f.outcome === 'refused' || f.outcome === 'withdrawn'
        ? no(`The request was ${f.outcome}: a response cover letter does not fit.`)
        : yes,
    refusal: f.outcome === 'refused' ? yes : no('Close the request as refused, with the reasons, first.'),
  };
}

export type ActionInput = { on: string; reason: string; outcome: Outcome };

type StepApi = Pick<Api, 'recordRequestStep'>;

/** Sends a step to the core, which reads the date and checks the step against the request. */
export function runAction(api: StepApi, key: ActionKey, id: number, input: ActionInput): Promise<RequestDetail> {
  const reason = input.reason.trim() === '' ? null : input.reason;
  return api.recordRequestStep(id, key, { on: input.on, reason, outcome: key === 'close' ? input.outcome : null });
}

export type DialogErrors = { date: string; reason: string; other: string[] };

/** Places the core's refusal of a step: the date's error under the date, the reason's under the reason, the rest above. */
export function dialogErrors(error: unknown, s: Pick<ActionSpec, 'dateField'>): DialogErrors {
  const e = formErrors(error, { [s.dateField]: 'The date', reason: 'The reason' });
  return { date: e.byField[s.dateField] ?? '', reason: e.byField.reason ?? '', other: e.summary };
}

/** What the banner says once a step is recorded. */
export function doneMessage(key: ActionKey, reference: string, d: RequestDetail): string {
  const due = `due ${formatDate(d.due_on)}`;
  switch (key) {
    case 'close':
      return `${reference} closed as ${d.outcome ?? 'closed'}.`;
    case 'extend':
      return `${reference} extended: now ${due}.`;
    default:
      return `${reference}: ${actionSpec(key).label.replace('…', '').toLowerCase()} recorded; ${due}.`;
  }
}
