import { render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import type { ChangeView, PolicyView } from '../bindings';
import { fixtures } from '../../test/fixtures';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import PolicyList from './PolicyList.svelte';

// One privacy policy with two versions and a substantial change noticed on 23 Nov 2026, effective 30 days later.
const policy = {
  id: 1,
  kind: 'privacy',
  title: 'DataOps Privacy Policy',
  versions: [
    { id: 1, label: '2022', dated_on: null, source: null, paragraphs: 12, created_at: '' },
    { id: 2, label: '2026-11', dated_on: null, source: null, paragraphs: 13, created_at: '' },
  ],
  latest_label: '2026-11',
  in_effect_label: '2022',
  changes: 1,
  created_at: '',
  updated_at: '',
} as PolicyView;
const change = { id: 1, policy_id: 1, to_label: '2026-11', status: 'noticed', effective_on: '2026-12-23' } as ChangeView;

const row = () => screen.getByTestId('pol-row').textContent?.replace(/[ \t\n]+/g, ' ').trim();

beforeEach(() => {
  vocab.use(fixtures.vocabularies());
  vi.spyOn(api, 'listPolicies').mockResolvedValue([policy]);
  vi.spyOn(api, 'listPolicyChanges').mockResolvedValue([change]);
});
afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

describe('PolicyList', () => {
  it('shows each document with its versions and latest change', async () => {
    render(PolicyList);
    await waitFor(() => expect(screen.getByTestId('pol-row')).toBeTruthy());
    expect(row()).toBe('Privacy policy DataOps Privacy Policy 2 · latest 2026-11 2022 Noticed 2026-11 · effective 23 Dec 2026');
    expect(screen.getByRole('heading', { name: 'Policies' })).toBeTruthy();
  });

  it('is written in French when the window is, and in English again after switching back', async () => {
    setLang('fr');
    render(PolicyList);
    await waitFor(() => expect(screen.getByTestId('pol-row')).toBeTruthy());
    expect(row()).toBe('Politique de confidentialité DataOps Privacy Policy 2 · dernière\u00a0: 2026-11 2022 Annoncée 2026-11 · en vigueur le 23 décembre 2026');
    expect(screen.getByRole('heading', { name: 'Politiques' })).toBeTruthy();
    expect(screen.getByText('Dernière modification')).toBeTruthy();
    expect(screen.getByTestId('pol-add').textContent).toBe('Ajouter un document');

    setLang('en');
    await tick();
    expect(screen.getByTestId('pol-add').textContent).toBe('Add a document');
    expect(screen.getByText('Latest change')).toBeTruthy();
    expect(row()).toContain('effective 23 Dec 2026');
  });
});
