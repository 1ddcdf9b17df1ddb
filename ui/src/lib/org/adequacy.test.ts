import { describe, expect, it } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import { draftOf, fieldLabels, scopeLabel, sortByName } from './adequacy';

describe('adequacy list helpers', () => {
  it('labels each scope with the core\'s words and leaves an unknown one as it is', () => {
    vocab.use(fixtures.vocabularies());
    expect(scopeLabel('dpf')).toBe('DPF-certified organisations only');
    expect(scopeLabel('full')).toBe('Whole country');
    expect(scopeLabel('later')).toBe('later');
  });

  it('drafts a list with the countries by name', () => {
    const draft = draftOf(
      { as_of: '2025-01-01', countries: [{ code: 'JP', scope: 'full', note: 'Japan, Decision (EU) 2019/419' }] },
      (code) => (code === 'JP' ? 'Japan' : code),
    );
    expect(draft).toEqual({ as_of: '2025-01-01', countries: [{ code: 'Japan', scope: 'full', note: 'Japan, Decision (EU) 2019/419' }] });
  });

  it('names every row field the core can report, numbered from 1', () => {
    const labels = fieldLabels(2);
    expect(labels['countries[1].code']).toBe('Country (row 1)');
    expect(labels['countries[2].scope']).toBe('Scope (row 2)');
    expect(labels['countries[3].code']).toBeUndefined();
    expect(labels.as_of).toBe('The “as of” date');
  });

  it('orders the countries by their names, not their codes', () => {
    const names: Record<string, string> = { CH: 'Switzerland', GB: 'United Kingdom', DE: 'Germany' };
    const sorted = sortByName(
      ['CH', 'GB', 'DE'].map((code) => ({ code, scope: 'full' as const, note: '' })),
      (code) => names[code],
    );
    expect(sorted.map((c) => c.code)).toEqual(['DE', 'CH', 'GB']);
  });
});
