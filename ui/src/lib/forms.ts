// Putting the core's validation errors where the user is looking: next to the field they name, the rest in a
// summary at the top of the form.

import { toFailure } from './api';

export type FormErrors = {
  /** Field name (the draft's key) to its message. */
  byField: Record<string, string>;
  /** Errors that belong to no field on this form, or the message of a failure that is not a validation error. */
  summary: string[];
};

export const noErrors = (): FormErrors => ({ byField: {}, summary: [] });

/** Upper-cases the first letter, leaving the rest as the core wrote it. */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' ? t : t[0].toUpperCase() + t.slice(1);
}

/**
 * The verbs a reason starts with when it continues a sentence that starts with the field: the core's English
 * ("is required", "contains …", "applies only to …") and its French ("est obligatoire", "ne peut pas …", "n'est
 * pas …", "compte trop d'éléments"). A reason that stands alone starts otherwise (a quoted value, an article).
 */
const CONTINUES = /^(?:(?:is|are|must|needs?|cannot|should|contains|has|applies|apply|est|sont|doit|doivent|ne|contient|compte)(?=\s|$)|n')/;

/**
 * The message shown under a field. The core's reasons either read as the end of a sentence that starts with the
 * field ("is required: …", "est obligatoire\u00a0: …") or stand alone ("'Narnia' is not a country we know …",
 * "«\u00a0Narnia\u00a0» n'est pas un pays que nous connaissons …").
 */
export function fieldMessage(label: string, reason: string): string {
  const r = reason.trim();
  return CONTINUES.test(r) ? `${label} ${r}` : sentence(r);
}

/**
 * Sorts a failed command's errors: those naming a field of this form go next to it, the others to the summary.
 * `labels` gives each known field's label (its keys are the fields the form shows).
 */
export function formErrors(error: unknown, labels: Readonly<Record<string, string>>): FormErrors {
  const failure = toFailure(error);
  const result = noErrors();
  if (failure.code !== 'invalid' || failure.fields.length === 0) {
    result.summary.push(sentence(failure.message));
    return result;
  }
  for (const { field, reason } of failure.fields) {
    const label = labels[field];
    if (label === undefined) {
      result.summary.push(fieldMessage(field, reason));
    } else {
      const message = fieldMessage(label, reason);
      result.byField[field] = result.byField[field] ? `${result.byField[field]} ${message}` : message;
    }
  }
  return result;
}

/** The first field, in the form's order, that has an error; the one to focus. */
export function firstInvalid(order: readonly string[], byField: Readonly<Record<string, string>>): string | null {
  return order.find((f) => byField[f] !== undefined) ?? null;
}

/** The errors without the one of `field`: the user changed the field, so its message no longer applies. */
export function withoutError(errors: FormErrors, field: string): FormErrors {
  if (errors.byField[field] === undefined) return errors;
  const { [field]: _removed, ...byField } = errors.byField;
  return { ...errors, byField };
}

/** What a form holds, as text to compare with what it held when loaded or saved: unequal means unsaved changes. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value);
}

/** Adds or removes one code of a multiple choice, keeping the order of `all`. */
export function toggled(selected: readonly string[], code: string, on: boolean, all: readonly { value: string }[]): string[] {
  const set = new Set(selected);
  if (on) set.add(code);
  else set.delete(code);
  return all.map((o) => o.value).filter((v) => set.has(v));
}

/**
 * Moves the focus to the first field the core refused: a plain control has the id `<prefix>-<field>` (or the one
 * `ids` gives it); a group of boxes is found by its `data-field` and its first box takes the focus. No field: the
 * summary is brought into view.
 */
export function focusField(
  prefix: string,
  field: string | null,
  ids: Readonly<Record<string, string>> = {},
  root: ParentNode = document,
): void {
  if (field === null) {
    root.querySelector<HTMLElement>('[data-testid="form-errors"]')?.scrollIntoView?.({ block: 'center' });
    return;
  }
  const el =
    root.querySelector<HTMLElement>(`#${CSS.escape(ids[field] ?? `${prefix}-${field}`)}`) ??
    root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"] input, [data-field="${CSS.escape(field)}"] select`);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}
