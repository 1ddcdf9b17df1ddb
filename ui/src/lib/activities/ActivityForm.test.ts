import { render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { api } from '../api';
import type { ActivitySummary, ActivityWarning } from '../bindings';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import ActivitiesScreen from './ActivitiesScreen.svelte';
import ActivityForm from './ActivityForm.svelte';
import { activities } from './state.svelte';

const gap: ActivityWarning = { code: 'no-retention', field: 'data_categories', message: 'Retention missing.', advice: '' };

beforeEach(() => {
  vocab.use(fixtures.vocabularies());
  activities.vocabulary = fixtures.activityVocabulary();
  vi.spyOn(api, 'activityTransfers').mockResolvedValue([]);
  vi.spyOn(api, 'listSubprocessors').mockResolvedValue({ rows: [], matched: 0, total: 0, offset: 0 });
});
afterEach(() => {
  setLang('en');
  vi.restoreAllMocks();
});

const legends = () => [...document.querySelectorAll('legend')].map((l) => l.textContent ?? '');

describe('ActivityForm in the window’s language', () => {
  it('shows a new activity in French, the core’s terms in French, and follows a switch back to English', async () => {
    vi.spyOn(api, 'activityWarnings').mockResolvedValue([gap]);
    setLang('fr');
    render(ActivityForm, { props: { id: null } });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ajouter une activité de traitement');
    expect(legends().some((l) => l.startsWith('Finalités et base légale'))).toBe(true);
    expect(screen.getByTestId('act-no-transfers').textContent).toMatch(/^Aucun transfert\u00a0: /);
    const category = screen.getByTestId('act-data-category') as HTMLSelectElement;
    expect([...category.options].map((o) => o.text)).toContain('Vie personnelle');
    // The gap's field is named in French; its text is the core's, shown as it comes.
    await waitFor(() => expect(screen.getByTestId('act-warning').textContent).toMatch(/Catégories de données\s*Retention missing\./));
    expect(screen.getByTestId('act-save').textContent?.trim()).toBe('Ajouter l’activité');

    setLang('en');
    await tick();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Add a processing activity');
    expect(legends().some((l) => l.startsWith('Purposes and lawful basis'))).toBe(true);
    expect([...category.options].map((o) => o.text)).toContain('Personal life');
    expect(screen.getByTestId('act-warning').textContent).toMatch(/Categories of data\s*Retention missing\./);
    expect(screen.getByTestId('act-save').textContent?.trim()).toBe('Add the activity');
  });
});

describe('ActivitiesScreen in the window’s language', () => {
  it('counts the activities and writes their days in French, then in English', async () => {
    const row = (id: number, name: string, archived_on: string | null): ActivitySummary => ({
      id,
      name,
      role: 'controller',
      business_function: 'Marketing',
      purposes: ['Envoyer la lettre d’information'],
      lawful_basis: 'legitimate-interests',
      warning_count: 0,
      updated_at: '2026-11-23T10:00:00Z',
      archived_on,
    });
    vi.spyOn(api, 'listActivities').mockResolvedValue([row(1, 'Lettre d’information', null), row(2, 'Paie', '2026-03-05')]);
    setLang('fr');
    render(ActivitiesScreen, { props: { tab: 'list' } });

    await waitFor(() => expect(screen.getByTestId('act-count').textContent).toBe('2\u00a0activités'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Registre des activités de traitement');
    expect(document.body.textContent).toContain('23 nov. 2026');
    expect(document.body.textContent).toContain('Archivée le 5 mars 2026');
    expect(screen.getByTestId('act-print-cnil').textContent?.trim()).toBe('Imprimer CNIL');

    setLang('en');
    await tick();
    expect(screen.getByTestId('act-count').textContent).toBe('2 activities');
    expect(document.body.textContent).toContain('Archived 5 Mar 2026');
    expect(screen.getByTestId('act-print-cnil').textContent?.trim()).toBe('Print CNIL');
  });
});
