// The breach list's state: what the user typed and chose, turned into the core's `BreachFilter`. Filtering and
// sorting happen in the core.

import type { BreachFilter, BreachSort, BreachStatus, Risk } from '../bindings';
import { orAll, sortedFilterRules, type Sorted } from '../components/lists';
import { t } from '../i18n';
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

/** "No breach matches “laptop” with status Open and risk High risk.", in the window's language. */
export function noBreachMatch(state: BreachListState): string {
  return t().breaches.list.noMatch(state.query.trim(), vocab.label('breach_statuses', state.status), vocab.label('risks', state.risk));
}

/** "3 breaches", or "1 of 3 breaches" when the filter hides some. */
export function breachCount(shown: number, total: number | null, filtered: boolean): string {
  const words = t().breaches.list;
  return !filtered || total === null || total === shown ? words.count(shown) : words.countOf(shown, total);
}
