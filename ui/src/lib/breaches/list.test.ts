import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import { breachCount, breachRules, initialBreachList, noBreachMatch, toBreachFilter } from './list';

describe('the breach list', () => {
  beforeEach(() => vocab.use(fixtures.vocabularies()));
  afterEach(() => setLang('en'));

  it('sends empty choices as no filter', () => {
    expect(toBreachFilter(initialBreachList())).toEqual({ query: '', status: null, risk: null, sort: 'aware', descending: false, offset: 0, limit: null });
    expect(toBreachFilter({ ...initialBreachList(), query: ' laptop ', status: 'open', risk: 'high' })).toMatchObject({
      query: 'laptop',
      status: 'open',
      risk: 'high',
    });
  });

  it('knows when it is filtered and clears filters but not the order', () => {
    const s = { ...initialBreachList(), risk: 'high' as const, sort: 'due' as const };
    expect(breachRules.isFiltered(s)).toBe(true);
    expect(breachRules.clear(s)).toEqual({ ...initialBreachList(), sort: 'due' });
    expect(breachRules.isFiltered(breachRules.clear(s))).toBe(false);
  });

  it('says what matched nothing and counts', () => {
    expect(noBreachMatch({ ...initialBreachList(), query: 'laptop', status: 'open', risk: 'high' })).toBe(
      'No breach matches “laptop” with status Open and risk High risk.',
    );
    expect(noBreachMatch(initialBreachList())).toBe('No breach matches.');
    expect(breachCount(1, 1, false)).toBe('1 breach');
    expect(breachCount(1, 3, true)).toBe('1 of 3 breaches');
    expect(breachCount(1_200, null, false)).toBe('1,200 breaches');
  });

  it('says it in French, the labels from the core’s vocabulary', () => {
    setLang('fr');
    expect(noBreachMatch({ ...initialBreachList(), query: ' laptop ', status: 'open', risk: 'high' })).toBe(
      'Aucune violation ne correspond à «\u00a0laptop\u00a0» avec le statut «\u00a0Ouverte\u00a0» et le niveau de risque «\u00a0Risque élevé\u00a0».',
    );
    expect(noBreachMatch({ ...initialBreachList(), risk: 'high' })).toBe('Aucune violation avec le niveau de risque «\u00a0Risque élevé\u00a0».');
    expect(noBreachMatch(initialBreachList())).toBe('Aucune violation ne correspond.');
    expect(breachCount(1, 1, false)).toBe('1\u00a0violation');
    expect(breachCount(0, 3, true)).toBe('0 sur 3\u00a0violations');
  });
});
