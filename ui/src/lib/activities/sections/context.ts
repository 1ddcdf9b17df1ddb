// What the sections of the activity form share: the form they edit, the core's refusals and the gaps it finds
// against Art. 30, and its vocabulary. The form page provides it; each section reads it.

import { getContext, setContext } from 'svelte';
import type { ActivityVocabulary, ActivityWarning } from '../../bindings';
import type { FormErrors } from '../../forms';
import type { ActivityField, ActivityForm } from '../draft';

export type ActivityFormContext = {
  readonly form: ActivityForm;
  readonly errors: FormErrors;
  /** The gaps, by the field they are about. */
  readonly warnings: Readonly<Record<string, ActivityWarning[]>>;
  readonly vocab: ActivityVocabulary;
  /** The user changed `field`: its error goes, the gaps are asked for again. */
  changed(field?: ActivityField): void;
};

const KEY = Symbol('activity-form');

export function provideActivityForm(context: ActivityFormContext): void {
  setContext(KEY, context);
}

export function activityForm(): ActivityFormContext {
  return getContext<ActivityFormContext>(KEY);
}
