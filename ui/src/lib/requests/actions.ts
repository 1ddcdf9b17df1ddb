// How each workflow step of a request is asked for and sent to the core: the dialog's words and fields. Whether a
// step can be taken now is the core's answer (`RequestView.steps`, from the same function that refuses it); dates and
// reasons are checked by the core too, and its refusals are shown in the step's dialog.

import type { Api } from '../api';
import type { Outcome, RequestDetail, Step } from '../bindings';
import { formatDate } from '../format';
import { vocab } from './state.svelte';

export type ActionSpec = {
  key: Step;
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
  key: Step,
  testid: string,
  title: string,
  explain: string,
  dateLabel: string,
  dateField: string,
  extra: Partial<ActionSpec> = {},
): ActionSpec {
  return {
    key,
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
  spec('identity-requested', 'rq-identity-requested', 'Record the request for identity evidence',
    'Under the UK GDPR the clock starts again when the evidence arrives; under the EU GDPR it runs on unless the pause is applied.',
    'Asked the requester on', 'requested_on'),
  spec('identity-received', 'rq-identity-received', 'Record the identity evidence received',
    'The day the evidence reached you; under the UK GDPR the month is counted from it.', 'Received on', 'received_on'),
  spec('clarification-asked', 'rq-clarification-asked', 'Record a request for clarification',
    'Under the UK GDPR the days until the answer arrives do not count.', 'Asked on', 'asked_on'),
  spec('clarification-answered', 'rq-clarification-answered', "Record the requester's clarification",
    'The day the answer reached you; the clock runs again from then.', 'Received on', 'answered_on'),
  spec('fee-received', 'rq-fee-received', 'Record the fee received',
    'Where a fee may be charged, the UK GDPR clock starts when it is paid.', 'Received on', 'fee_received_on'),
  spec('start', 'rq-start', 'Record the start of work', 'The day someone started answering the request.',
    'Started on', 'on'),
  spec('eu-pause-apply', 'rq-eu-pause-apply', 'Apply the identity and clarification pause',
    'The EU GDPR does not say the clock stops while identity or clarification is awaited; applying the pause departs from the default reading, so it needs your reasons.',
    'Applied on', 'on', { reason: 'required', reasonLabel: 'Why the pause is applied', saveLabel: 'Apply pause' }),
  spec('eu-pause-remove', 'rq-eu-pause-remove', 'Remove the pause',
    'The due date goes back to one month from receipt.', 'Removed on', 'on',
    { reason: 'required', reasonLabel: 'Why the pause is removed', saveLabel: 'Remove pause' }),
  spec('extend', 'rq-extend', 'Extend by two further months',
    'Allowed once, when the request is complex or one of many, provided the requester is told within the first period, with the reasons.',
    'Requester told on', 'notified_on',
    { reason: 'required', reasonLabel: 'Reasons, as told to the requester', dateTestid: 'rq-extend-notified', saveLabel: 'Record extension' }),
  spec('close', 'rq-close', 'Close the request',
    'A closed request cannot change afterwards. The date is the response date.', 'Response date', 'on',
    { reason: 'optional', reasonLabel: 'Reasons', saveLabel: 'Close request', final: true }),
];

export function actionSpec(key: Step): ActionSpec {
  const found = ACTIONS.find((a) => a.key === key);
  if (!found) throw new Error(`no action ${key}`);
  return found;
}

export type ActionInput = { on: string; reason: string; outcome: Outcome };

type StepApi = Pick<Api, 'recordRequestStep'>;

/** Sends a step to the core, which reads the date and checks the step against the request. */
export function runAction(api: StepApi, key: Step, id: number, input: ActionInput): Promise<RequestDetail> {
  const reason = input.reason.trim() === '' ? null : input.reason;
  return api.recordRequestStep(id, key, { on: input.on, reason, outcome: key === 'close' ? input.outcome : null });
}

/** What the banner says once a step is recorded. */
export function doneMessage(key: Step, reference: string, d: RequestDetail): string {
  const due = `due ${formatDate(d.due_on)}`;
  switch (key) {
    case 'close':
      return `${reference} closed as ${vocab.label('outcomes', d.outcome).toLowerCase()}.`;
    case 'extend':
      return `${reference} extended: now ${due}.`;
    default:
      return `${reference}: ${vocab.label('steps', key).toLowerCase()} recorded; ${due}.`;
  }
}
