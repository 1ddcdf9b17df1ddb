// The register's list state: what the user typed and chose, turned into the core's `Filter`. Filtering and
// sorting happen in the core; this only keeps the choices and toggles them.

import type { Category, Filter, SortKey, Status } from '../bindings';
import { plural } from '../format';
import { vocab } from '../vocab.svelte';

export const statusOptions = () => vocab.options('subprocessor_statuses');
export const statusLabel = (code: string) => vocab.label('subprocessor_statuses', code);

export type ListState = {
  query: string;
  status: Status | '';
  category: Category | '';
  sort: SortKey;
  descending: boolean;
};

export const initialList = (): ListState => ({ query: '', status: '', category: '', sort: 'name', descending: false });

/** Clicking a column header: the same column flips the order, another column sorts by it ascending. */
export function toggleSort(state: ListState, key: SortKey): ListState {
  return state.sort === key ? { ...state, descending: !state.descending } : { ...state, sort: key, descending: false };
}

export function toFilter(state: ListState): Filter {
  return {
    query: state.query.trim(),
    status: state.status === '' ? null : state.status,
    category: state.category === '' ? null : state.category,
    sort: state.sort,
    descending: state.descending,
  };
}

/** Whether anything narrows the list (sorting does not). */
export function isFiltered(state: ListState): boolean {
  return state.query.trim() !== '' || state.status !== '' || state.category !== '';
}

/** Filters cleared, order kept. */
export function clearFilters(state: ListState): ListState {
  return { ...state, query: '', status: '', category: '' };
}

export function ariaSort(state: ListState, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (state.sort !== key) return 'none';
  return state.descending ? 'descending' : 'ascending';
}

/** The register's filter, as the list screen applies it. */
export const registerRules = { clear: clearFilters, isFiltered, toggle: toggleSort };

/** "No subprocessor matches “aws” with status Retired in Hosting." */
export function noMatchMessage(state: ListState): string {
  const parts: string[] = [];
  const q = state.query.trim();
  if (q !== '') parts.push(`“${q}”`);
  const conditions: string[] = [];
  if (state.status !== '') conditions.push(`with status ${statusLabel(state.status)}`);
  if (state.category !== '') conditions.push(`in ${vocab.label('categories', state.category)}`);
  const what = [parts.join(''), ...conditions].filter((s) => s !== '').join(' ');
  return what === '' ? 'No subprocessor matches.' : `No subprocessor matches ${what}.`;
}

/** "12 subprocessors", or "3 of 12 subprocessors" when filtered. */
export function countLabel(shown: number, total: number | null, filtered: boolean): string {
  if (!filtered || total === null || total === shown) return plural(shown, 'subprocessor');
  return `${shown} of ${plural(total, 'subprocessor')}`;
}
