// What the list screens' states have in common: a search and a few choices whose empty value means "all", an
// order the user changes by clicking a column header, and the count above the table. Each screen says which choices
// it has; filtering and sorting themselves happen in the core.

import { plural } from '../format';
import { t } from '../i18n';
import type { ListRules } from './query.svelte';

/** A list's order: the column it sorts by, and which way. */
export type Sorted<K extends string> = { sort: K; descending: boolean };

/** Clicking a column header: the same column flips the order, another column sorts by it ascending. */
export function toggleSort<S extends Sorted<string>>(state: S, key: S['sort']): S {
  return state.sort === key ? { ...state, descending: !state.descending } : { ...state, sort: key, descending: false };
}

/** The header's `aria-sort`: whether its column sorts the list, and which way. */
export function ariaSort<S extends Sorted<string>>(state: S, key: S['sort']): 'ascending' | 'descending' | 'none' {
  if (state.sort !== key) return 'none';
  return state.descending ? 'descending' : 'ascending';
}

/** A choice left on "all" (the empty option), sent to the core as no condition. */
export function orAll<T extends string>(choice: T | ''): T | null {
  return choice === '' ? null : choice;
}

/**
 * What a list's filter means, from the value each of its choices has when it keeps every row (`''` for a select,
 * `false` for a box): the list is filtered when the search or one of them says otherwise, and clearing it sets them
 * back, the order kept.
 */
export function filterRules<S extends { query: string }>(unfiltered: Partial<S>): Required<Omit<ListRules<S, string>, 'toggle'>> {
  const choices = Object.keys(unfiltered) as (keyof S)[];
  return {
    clear: (s) => ({ ...s, query: '', ...unfiltered }),
    isFiltered: (s) => s.query.trim() !== '' || choices.some((c) => s[c] !== unfiltered[c]),
  };
}

/** The same, for a list the user sorts by clicking its headers. */
export function sortedFilterRules<S extends Sorted<string> & { query: string }>(unfiltered: Partial<S>): Required<ListRules<S, S['sort']>> {
  return { ...filterRules<S>(unfiltered), toggle: toggleSort };
}

/**
 * "No breach matches “laptop” with status Open", "Aucun résultat pour « laptop » avec le statut Ouvert": the search
 * quoted, then each condition that is set (the others ''), worded in the window's language by the caller. `what`
 * names one record in the window's language (French leaves it out).
 */
export function noMatch(what: string, query: string, conditions: string[]): string {
  const q = query.trim();
  const parts = [q === '' ? '' : t().common.list.quoted(q), ...conditions].filter((p) => p !== '');
  return t().common.list.noMatch(what, parts.join(' '));
}

/**
 * "12 subprocessors", or "3 of 12 subprocessors" when the filter hides some. `count` words a number of the records
 * in the window's language (a catalogue function); English words `one` and `many` are still taken, for lists not
 * yet in the catalogue.
 */
export function countOf(shown: number, total: number | null, filtered: boolean, count: string | ((n: number) => string), many?: string): string {
  const words = typeof count === 'function' ? count : (n: number) => plural(n, count, many);
  if (!filtered || total === null || total === shown) return words(shown);
  return t().common.list.countOf(shown, words(total));
}
