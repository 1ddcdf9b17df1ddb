import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import { ariaSort, clearFilters, countLabel, initialList, isFiltered, noMatchMessage, toFilter, toggleSort } from './list';

describe('sorting by column', () => {
  it('flips the order on the same column and starts ascending on another', () => {
    let s = initialList();
    expect(s.sort).toBe('name');
    s = toggleSort(s, 'name');
    expect([s.sort, s.descending]).toEqual(['name', true]);
    s = toggleSort(s, 'name');
    expect([s.sort, s.descending]).toEqual(['name', false]);
    s = toggleSort(toggleSort(s, 'name'), 'country');
    expect([s.sort, s.descending]).toEqual(['country', false]);
  });

  it('tells assistive technology which column sorts', () => {
    const s = { ...initialList(), sort: 'status' as const, descending: true };
    expect(ariaSort(s, 'status')).toBe('descending');
    expect(ariaSort(s, 'name')).toBe('none');
  });
});

describe('the filter sent to the core', () => {
  it('trims the query and turns "all" into null', () => {
    expect(toFilter({ query: '  aws ', status: '', category: 'hosting', sort: 'country', descending: true })).toEqual({
      query: 'aws',
      status: null,
      category: 'hosting',
      sort: 'country',
      descending: true,
    });
  });

  it('counts as filtered only when something narrows the list', () => {
    expect(isFiltered(initialList())).toBe(false);
    expect(isFiltered({ ...initialList(), query: '   ' })).toBe(false);
    expect(isFiltered({ ...initialList(), status: 'retired' })).toBe(true);
    expect(isFiltered({ ...initialList(), sort: 'status', descending: true })).toBe(false);
  });

  it('clears filters but keeps the order', () => {
    const s = clearFilters({ query: 'x', status: 'active', category: 'email', sort: 'country', descending: true });
    expect(s).toEqual({ query: '', status: '', category: '', sort: 'country', descending: true });
  });
});

describe('messages', () => {
  beforeAll(() => vocab.use(fixtures.vocabularies()));

  it('say what did not match', () => {
    expect(noMatchMessage({ ...initialList(), query: ' aws ' })).toBe('No subprocessor matches “aws”.');
    expect(noMatchMessage({ ...initialList(), query: 'aws', status: 'retired', category: 'hosting' })).toBe(
      'No subprocessor matches “aws” with status Retired in Hosting.',
    );
    expect(noMatchMessage({ ...initialList(), category: 'email' })).toBe('No subprocessor matches in E-mail.');
  });

  it('count rows, out of the total when filtered', () => {
    expect(countLabel(1, 1, false)).toBe('1 subprocessor');
    expect(countLabel(3, 12, true)).toBe('3 of 12 subprocessors');
    expect(countLabel(12, 12, true)).toBe('12 subprocessors');
    expect(countLabel(4, null, true)).toBe('4 subprocessors');
  });
});
