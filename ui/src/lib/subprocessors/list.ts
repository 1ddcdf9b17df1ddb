// The register's list state: what the user typed and chose, turned into the core's `Filter`. Filtering and
// sorting happen in the core; this only keeps the choices and toggles them.

import { api } from '../api';
import type { Category, Filter, SortKey, Status, SubprocessorView } from '../bindings';
import { orAll, sortedFilterRules, type Sorted } from '../components/lists';
import { t } from '../i18n';
import { vocab } from '../vocab.svelte';

export const statusOptions = () => vocab.options('subprocessor_statuses');
export const statusLabel = (code: string) => vocab.label('subprocessor_statuses', code);

export type ListState = Sorted<SortKey> & {
  query: string;
  status: Status | '';
  category: Category | '';
};

export const initialList = (): ListState => ({ query: '', status: '', category: '', sort: 'name', descending: false });

/** The core's filter for the list state: the whole of the matches, or the page from `offset` of `limit` rows. */
export function toFilter(state: ListState, offset = 0, limit: number | null = null): Filter {
  return { ...state, query: state.query.trim(), status: orAll(state.status), category: orAll(state.category), offset, limit };
}

/** Every record of the register, by name (for a picker). */
export const wholeRegister = (): Promise<SubprocessorView[]> => api.listSubprocessors(toFilter(initialList())).then((page) => page.rows);

/** The register's filter, as the list screen applies it: a search, a status and a category. */
export const registerRules = sortedFilterRules<ListState>({ status: '', category: '' });

/** "No subprocessor matches “aws” with status Retired in Hosting." */
export function noMatchMessage(state: ListState): string {
  return t().subprocessors.register.noMatch(
    state.query.trim(),
    state.status === '' ? '' : statusLabel(state.status),
    state.category === '' ? '' : vocab.label('categories', state.category),
  );
}

/** "12 subprocessors", or "3 of 12 subprocessors" when filtered. */
export function countLabel(shown: number, total: number | null, filtered: boolean): string {
  const m = t().subprocessors.register;
  return !filtered || total === null || total === shown ? m.count(shown) : m.countOf(shown, total);
}
