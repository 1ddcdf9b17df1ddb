// The request list's state: what the user typed and chose, turned into the core's `RequestFilter`. Filtering and
// sorting happen in the core; this only keeps the choices.

import type { Regime, RequestFilter, RequestSortKey, RequestStatus, Right } from '../bindings';
import { orAll, sortedFilterRules, type Sorted } from '../components/lists';
import { t } from '../i18n';

export type RqListState = Sorted<RequestSortKey> & {
  query: string;
  status: RequestStatus | '';
  right: Right | '';
  regime: Regime | '';
  openOnly: boolean;
};

/** Soonest due first: the list is a work queue. */
export const initialList = (): RqListState => ({
  query: '',
  status: '',
  right: '',
  regime: '',
  openOnly: false,
  sort: 'due',
  descending: false,
});

/** The core's filter for the list state: the whole of the matches, or the page from `offset` of `limit` rows. */
export function toFilter(s: RqListState, offset = 0, limit: number | null = null): RequestFilter {
  return {
    offset,
    limit,
    query: s.query.trim(),
    status: orAll(s.status),
    right: orAll(s.right),
    regime: orAll(s.regime),
    open_only: s.openOnly,
    sort: s.sort,
    descending: s.descending,
  };
}

/** The request list's filter, as the list screen applies it: a search, three choices and the open ones only. */
export const requestRules = sortedFilterRules<RqListState>({ status: '', right: '', regime: '', openOnly: false });

/** "4 requests", or "2 of 4 requests" when filtered. */
export function countLabel(shown: number, total: number | null, filtered: boolean): string {
  const words = t().requests.list;
  return !filtered || total === null || total === shown ? words.count(shown) : words.countOf(shown, total);
}
