// The breach list's state: what the user typed and chose, turned into the core's `BreachFilter`. Filtering and
// sorting happen in the core.

import type { BreachFilter, BreachSort, BreachStatus, Risk } from '../bindings';
import { plural } from '../format';
import { vocab } from '../vocab.svelte';

export type BreachListState = {
  query: string;
  status: BreachStatus | '';
  risk: Risk | '';
  sort: BreachSort;
  descending: boolean;
};

/** Most recent awareness first, as the core's default order. */
export const initialBreachList = (): BreachListState => ({ query: '', status: '', risk: '', sort: 'aware', descending: false });

export function toBreachFilter(state: BreachListState): BreachFilter {
  return {
    query: state.query.trim(),
    status: state.status === '' ? null : state.status,
    risk: state.risk === '' ? null : state.risk,
    sort: state.sort,
    descending: state.descending,
  };
}

export function isBreachFiltered(state: BreachListState): boolean {
  return state.query.trim() !== '' || state.status !== '' || state.risk !== '';
}

export function clearBreachFilters(state: BreachListState): BreachListState {
  return { ...state, query: '', status: '', risk: '' };
}

export function toggleBreachSort(state: BreachListState, key: BreachSort): BreachListState {
  return state.sort === key ? { ...state, descending: !state.descending } : { ...state, sort: key, descending: false };
}

/** The breach list's filter, as the list screen applies it. */
export const breachRules = { clear: clearBreachFilters, isFiltered: isBreachFiltered, toggle: toggleBreachSort };

/** "No breach matches “laptop” with status Open and risk High risk." */
export function noBreachMatch(state: BreachListState): string {
  const parts: string[] = [];
  const q = state.query.trim();
  if (q !== '') parts.push(`“${q}”`);
  if (state.status !== '') parts.push(`with status ${vocab.label('breach_statuses', state.status)}`);
  if (state.risk !== '') parts.push(`${state.status !== '' ? 'and' : 'with'} risk ${vocab.label('risks', state.risk)}`);
  return parts.length === 0 ? 'No breach matches.' : `No breach matches ${parts.join(' ')}.`;
}

/** "3 breaches", or "1 of 3 breaches" when filtered. */
export function breachCount(shown: number, total: number | null, filtered: boolean): string {
  if (!filtered || total === null || total === shown) return plural(shown, 'breach', 'breaches');
  return `${shown} of ${plural(total, 'breach', 'breaches')}`;
}
