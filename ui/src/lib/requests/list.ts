// The request list's state: what the user typed and chose, turned into the core's `RequestFilter`. Filtering and
// sorting happen in the core; this only keeps the choices.

import type { Regime, RequestFilter, RequestSortKey, RequestStatus, Right } from '../bindings';
import { plural } from '../format';

export type RqListState = {
  query: string;
  status: RequestStatus | '';
  right: Right | '';
  regime: Regime | '';
  openOnly: boolean;
  sort: RequestSortKey;
  descending: boolean;
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

export function toFilter(s: RqListState): RequestFilter {
  return {
    query: s.query.trim(),
    status: s.status === '' ? null : s.status,
    right: s.right === '' ? null : s.right,
    regime: s.regime === '' ? null : s.regime,
    open_only: s.openOnly,
    sort: s.sort,
    descending: s.descending,
  };
}

/** The same column flips the order; another sorts by it ascending. */
export function toggleSort(s: RqListState, key: RequestSortKey): RqListState {
  return s.sort === key ? { ...s, descending: !s.descending } : { ...s, sort: key, descending: false };
}

export function ariaSort(s: RqListState, key: RequestSortKey): 'ascending' | 'descending' | 'none' {
  if (s.sort !== key) return 'none';
  return s.descending ? 'descending' : 'ascending';
}

export function isFiltered(s: RqListState): boolean {
  return s.query.trim() !== '' || s.status !== '' || s.right !== '' || s.regime !== '' || s.openOnly;
}

export function clearFilters(s: RqListState): RqListState {
  return { ...s, query: '', status: '', right: '', regime: '', openOnly: false };
}

/** The request list's filter, as the list screen applies it. */
export const requestRules = { clear: clearFilters, isFiltered, toggle: toggleSort };

/** "4 requests", or "2 of 4 requests" when filtered. */
export function countLabel(shown: number, total: number | null, filtered: boolean): string {
  if (!filtered || total === null || total === shown) return plural(shown, 'request');
  return `${shown} of ${plural(total, 'request')}`;
}
