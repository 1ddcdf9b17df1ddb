import { describe, expect, it } from 'vitest';
import { countLabel, initialList, requestRules, toFilter } from './list';

describe('the request list state', () => {
  it('starts sorted by due date, soonest first, unfiltered', () => {
    const s = initialList();
    expect(toFilter(s)).toEqual({ query: '', status: null, right: null, regime: null, open_only: false, sort: 'due', descending: false, offset: 0, limit: null });
    expect(requestRules.isFiltered(s)).toBe(false);
  });

  it('sends the choices as the core filter', () => {
    const s = { ...initialList(), query: ' doe ', status: 'extended' as const, right: 'erasure' as const, regime: 'uk-gdpr' as const, openOnly: true };
    expect(toFilter(s)).toMatchObject({ query: 'doe', status: 'extended', right: 'erasure', regime: 'uk-gdpr', open_only: true });
    expect(requestRules.isFiltered(s)).toBe(true);
    expect(requestRules.isFiltered(requestRules.clear(s))).toBe(false);
  });

  it('counts what is shown', () => {
    expect(countLabel(1, 1, false)).toBe('1 request');
    expect(countLabel(2, 5, true)).toBe('2 of 5 requests');
  });
});
