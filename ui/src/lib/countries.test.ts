import { describe, expect, it } from 'vitest';
import { fixtures } from '../test/fixtures';
import { countryName, resolveCountry, splitList } from './countries';
import { countries } from './countries.svelte';

const list = [
  { code: 'FR', en: 'France', fr: 'France', eea: true },
  { code: 'US', en: 'United States', fr: 'États-Unis', eea: false },
  { code: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni', eea: false },
  { code: 'DE', en: 'Germany', fr: 'Allemagne', eea: true },
];

describe('countries', () => {
  it('resolves a code or an English or French name, ignoring case and accents', () => {
    expect(resolveCountry(list, 'fr')).toBe('FR');
    expect(resolveCountry(list, 'united kingdom')).toBe('GB');
    expect(resolveCountry(list, 'Etats-Unis')).toBe('US');
    expect(resolveCountry(list, ' Allemagne ')).toBe('DE');
    expect(resolveCountry(list, 'Narnia')).toBeNull();
    expect(resolveCountry(list, '')).toBeNull();
  });

  it('names a code, and shows an unknown code as itself', () => {
    expect(countryName(list, 'US')).toBe('United States');
    expect(countryName(list, 'ZZ')).toBe('ZZ');
    expect(countryName(list, null)).toBe('');
  });

  it('splits lists as the core does', () => {
    expect(splitList('FR, DE;US\n, ')).toEqual(['FR', 'DE', 'US']);
  });

  it('takes the EEA from the core', () => {
    countries.list = fixtures.countries();
    expect(['NO', 'FR', 'GB', 'US', 'ZZ'].filter((c) => countries.inEea(c))).toEqual(['NO', 'FR']);
  });
});
