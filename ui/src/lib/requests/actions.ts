// How each workflow step of a request is asked for and sent to the core: the dialog's words and fields. Whether a
// step can be taken now is the core's answer (`RequestView.steps`, from the same function that refuses it); dates and
// reasons are checked by the core too, and its refusals are shown in the step's dialog.

import type { Api } from '../api';
import type { Outcome, RequestDetail, Step } from '../bindings';
import { formatDate } from '../format';
import { t } from '../i18n';
import { vocab } from './state.svelte';

export type ActionSpec = {
  key: Step;
  /** The dialog's title and its one-sentence explanation, in the window's language when read. */
  readonly title: string;
  readonly explain: string;
  /** The button's data-testid; the dialog's fields and save button are named from `prefix`. */
  testid: string;
  readonly dateLabel: string;
  /** The field the core names when it refuses the date. */
  dateField: string;
  dateTestid: string;
  reason: 'none' | 'optional' | 'required';
  readonly reasonLabel: string;
  reasonTestid: string;
  saveTestid: string;
  readonly saveLabel: string;
  /** A step that cannot be undone asks for a second look (its dialog says so and its button is red). */
  final?: boolean;
};

/** A step's words in the catalogue; the steps without a reason or a button of their own have the general ones. */
type StepWords = { title: string; explain: string; date: string; reason?: string; save?: string };

type Shape = Pick<ActionSpec, 'dateTestid' | 'reason' | 'final'>;

function spec(key: Step, testid: string, dateField: string, extra: Partial<Shape> = {}): ActionSpec {
  // The words are read when shown, so that a dialog follows a change of language.
  const words = (): StepWords => t().requests.steps[key];
  return {
    key,
    testid,
    dateField,
    dateTestid: `${testid}-date`,
    reason: 'none',
    reasonTestid: `${testid}-reason`,
    saveTestid: `${testid}-save`,
    ...extra,
    get title() {
      return words().title;
    },
    get explain() {
      return words().explain;
    },
    get dateLabel() {
      return words().date;
    },
    get reasonLabel() {
      return words().reason ?? t().requests.step.reason;
    },
    get saveLabel() {
      return words().save ?? t().requests.step.save;
    },
  };
}

export const ACTIONS: readonly ActionSpec[] = [
  spec('identity-requested', 'rq-identity-requested', 'requested_on'),
  spec('identity-received', 'rq-identity-received', 'received_on'),
  spec('clarification-asked', 'rq-clarification-asked', 'asked_on'),
  spec('clarification-answered', 'rq-clarification-answered', 'answered_on'),
  spec('fee-requested', 'rq-fee-requested', 'fee_requested_on'),
  spec('fee-received', 'rq-fee-received', 'fee_received_on'),
  spec('start', 'rq-start', 'on'),
  spec('eu-pause-apply', 'rq-eu-pause-apply', 'on', { reason: 'required' }),
  spec('eu-pause-remove', 'rq-eu-pause-remove', 'on', { reason: 'required' }),
  spec('extend', 'rq-extend', 'notified_on', { reason: 'required', dateTestid: 'rq-extend-notified' }),
  spec('close', 'rq-close', 'on', { reason: 'optional', final: true }),
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
  const words = t().requests.step;
  const due = formatDate(d.due_on);
  switch (key) {
    case 'close':
      return words.closed(reference, vocab.label('outcomes', d.outcome));
    case 'extend':
      return words.extended(reference, due);
    default:
      return words.recorded(reference, vocab.label('steps', key), due);
  }
}
