// The adequacy list's labels and the form's field names, kept out of the component so that they are tested.

import type { Adequacy, AdequacyDraft, AdequateCountry } from '../bindings';
import { vocab } from '../vocab.svelte';
import { locale, t } from '../i18n';

export const scopeLabel = (scope: string) => vocab.label('adequacy_scopes', scope);

/** The form's draft of a list, countries shown by name so that the user reads what they edit. */
export function draftOf(list: Adequacy, name: (code: string) => string): AdequacyDraft {
  return {
    as_of: list.as_of,
    countries: sortByName(list.countries, name).map((c) => ({ code: name(c.code), scope: c.scope, note: c.note })),
  };
}

/** The field names the core uses for a draft of `rows` rows, with the label each is shown under (window's language). */
export function fieldLabels(rows: number): Record<string, string> {
  const words = t().org.adequacy.fields;
  const labels: Record<string, string> = { as_of: words.asOf, countries: words.countries, file: words.file };
  for (let n = 1; n <= rows; n++) {
    labels[`countries[${n}].code`] = words.code(n);
    labels[`countries[${n}].scope`] = words.scope(n);
  }
  return labels;
}

/** The countries in the order a reader looks for them: by name, as the window's language writes and sorts it. */
export function sortByName(list: readonly AdequateCountry[], name: (code: string) => string): AdequateCountry[] {
  return [...list].sort((a, b) => name(a.code).localeCompare(name(b.code), locale()));
}
