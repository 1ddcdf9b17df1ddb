import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import { countLabel, initialList, noMatchMessage, registerRules, toFilter } from './list';

describe('the filter sent to the core', () => {
  it('trims the query and turns "all" into null', () => {
    expect(toFilter({ query: '  aws ', status: '', category: 'hosting', sort: 'country', descending: true })).toEqual({
      query: 'aws',
      status: null,
      category: 'hosting',
      sort: 'country',
      descending: true,
      offset: 0,
      limit: null,
    });
    expect(toFilter({ query: '', status: '', category: '', sort: 'name', descending: false }, 200, 100)).toMatchObject({ offset: 200, limit: 100 });
  });

  it('counts as filtered only when something narrows the list', () => {
    expect(registerRules.isFiltered(initialList())).toBe(false);
    expect(registerRules.isFiltered({ ...initialList(), query: '   ' })).toBe(false);
    expect(registerRules.isFiltered({ ...initialList(), status: 'retired' })).toBe(true);
    expect(registerRules.isFiltered({ ...initialList(), sort: 'status', descending: true })).toBe(false);
  });

  it('clears filters but keeps the order', () => {
    const s = registerRules.clear({ query: 'x', status: 'active', category: 'email', sort: 'country', descending: true });
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
  });

  describe('in French', () => {
    afterEach(() => setLang('en'));

    it('say what did not match and count with the French plural', () => {
      setLang('fr');
      expect(noMatchMessage({ ...initialList(), query: ' aws ' })).toBe('Aucun sous-traitant ne correspond à «\u00a0aws\u00a0».');
      expect(noMatchMessage({ ...initialList(), query: 'aws', status: 'retired', category: 'hosting' })).toBe(
        'Aucun sous-traitant au statut Retiré de la catégorie Hébergement ne correspond à «\u00a0aws\u00a0».',
      );
      expect(noMatchMessage({ ...initialList(), status: 'retired' })).toBe('Aucun sous-traitant au statut Retiré.');
      expect(countLabel(0, 0, false)).toBe('0\u00a0sous-traitant');
      expect(countLabel(3, 12, true)).toBe('3 sur 12\u00a0sous-traitants');
    });
  });
});
