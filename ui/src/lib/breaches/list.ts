// The breach list's state: what the user typed and chose, turned into the core's `BreachFilter`. Filtering and
// sorting happen in the core.

import type { BreachFilter, BreachSort, BreachStatus, Risk } from '../bindings';
import { countOf, noMatch, orAll, sortedFilterRules, type Sorted } from '../components/lists';
import { vocab } from '../vocab.svelte';

export type BreachListState = Sorted<BreachSort> & {
  query: string;
  status: BreachStatus | '';
  risk: Risk | '';
};

/** Most recent awareness first, as the core's default order. */
export const initialBreachList = (): BreachListState => ({ query: '', status: '', risk: '', sort: 'aware', descending: false });

/** The core's filter for the list state: the whole of the matches, or the page from `offset` of `limit` rows. */
export function toBreachFilter(state: BreachListState, offset = 0, limit: number | null = null): BreachFilter {
  return { ...state, query: state.query.trim(), status: orAll(state.status), risk: orAll(state.risk), offset, limit };
}

/** The breach list's filter, as the list screen applies it: a search, a status and a risk level. */
export const breachRules = sortedFilterRules<BreachListState>({ status: '', risk: '' });

/** "No breach matches “laptop” with status Open and risk High risk." */
export function noBreachMatch(state: BreachListState): string {
  return noMatch('breach', state.query, [
    state.status === '' ? '' : `with status ${vocab.label('breach_statuses', state.status)}`,
    state.risk === '' ? '' : `${state.status !== '' ? 'and' : 'with'} risk ${vocab.label('risks', state.risk)}`,
  ]);
}

/** "3 breaches", or "1 of 3 breaches" when filtered. */
export const breachCount = (shown: number, total: number | null, filtered: boolean): string => countOf(shown, total, filtered, 'breach', 'breaches');
