import { describe, expect, it } from 'vitest';
import { ariaSort, countOf, noMatch, orAll, sortedFilterRules, toggleSort } from './lists';

type State = { query: string; status: '' | 'open' | 'closed'; mine: boolean; sort: 'name' | 'due'; descending: boolean };
const initial = (): State => ({ query: '', status: '', mine: false, sort: 'name', descending: false });

describe('sorting by column', () => {
  it('flips the order on the same column and starts ascending on another', () => {
    let s = toggleSort(initial(), 'name');
    expect([s.sort, s.descending]).toEqual(['name', true]);
    s = toggleSort(s, 'name');
    expect([s.sort, s.descending]).toEqual(['name', false]);
    s = toggleSort(toggleSort(s, 'name'), 'due');
    expect([s.sort, s.descending]).toEqual(['due', false]);
  });

  it('tells assistive technology which column sorts, and which way', () => {
    const s: State = { ...initial(), sort: 'due', descending: true };
    expect(ariaSort(s, 'due')).toBe('descending');
    expect(ariaSort({ ...s, descending: false }, 'due')).toBe('ascending');
    expect(ariaSort(s, 'name')).toBe('none');
  });
});

describe('the filter', () => {
  const rules = sortedFilterRules<State>({ status: '', mine: false });

  it('narrows the list when the search or a choice says so, never by its order', () => {
    expect(rules.isFiltered(initial())).toBe(false);
    expect(rules.isFiltered({ ...initial(), query: '   ' })).toBe(false);
    expect(rules.isFiltered({ ...initial(), query: 'x' })).toBe(true);
    expect(rules.isFiltered({ ...initial(), status: 'open' })).toBe(true);
    expect(rules.isFiltered({ ...initial(), mine: true })).toBe(true);
    expect(rules.isFiltered({ ...initial(), sort: 'due', descending: true })).toBe(false);
  });

  it('clears the search and the choices but keeps the order', () => {
    const cleared = rules.clear({ query: 'x', status: 'closed', mine: true, sort: 'due', descending: true });
    expect(cleared).toEqual({ ...initial(), sort: 'due', descending: true });
  });

  it('sends a choice left on "all" as no condition', () => {
    expect(orAll('')).toBeNull();
    expect(orAll('open')).toBe('open');
  });
});

describe('what the table says above its rows', () => {
  it('says what matched nothing: the search quoted, then the conditions set', () => {
    expect(noMatch('record', ' x ', ['', 'with status Open'])).toBe('No record matches “x” with status Open.');
    expect(noMatch('record', '  ', ['', ''])).toBe('No record matches.');
  });

  it('says how many rows, out of the total when the filter hides some', () => {
    expect(countOf(1, 1, false, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 12, true, 'record')).toBe('3 of 12 records');
    expect(countOf(12, 12, true, 'record')).toBe('12 records');
    expect(countOf(4, null, true, 'record')).toBe('4 records');
  });
});
