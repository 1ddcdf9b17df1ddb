import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { app } from '../app.svelte';
import { formatMonth, setLang } from '../i18n';
import { addDays } from './logic';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import DeadlinesScreen from './DeadlinesScreen.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

const core = () => {
  const d = fixtures.dashboard();
  return [...d.overdue, ...d.next_7_days, ...d.next_30_days];
};

describe('DeadlinesScreen', () => {
  it('lists the deadlines in the core’s order and words, with the modules of the vocabulary to filter by', async () => {
    const all = core();
    // Out of date order on purpose: the window keeps the core's order rather than sorting again.
    const rows = [all[2], all[0], all[1]];
    const list = vi.spyOn(api, 'listDeadlines').mockResolvedValue({ rows, matched: 3, total: 3, offset: 0 });
    render(DeadlinesScreen);
    await waitFor(() => expect(screen.getAllByTestId('dl-row')).toHaveLength(3));
    expect(screen.getAllByTestId('dl-row').map((r) => r.dataset.uid)).toEqual([all[2].uid, all[0].uid, all[1].uid]);
    // A year ahead by default, so that the purges due years from now do not fill the list.
    expect(list).toHaveBeenLastCalledWith({ until: addDays(app.today(), 365), from: '', modules: [], offset: 0, limit: 100 });
    expect(screen.getByTestId('dl-count').textContent).toBe('3 deadlines');

    const filter = screen.getByTestId('dl-module-filter') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toEqual(['All modules', 'Requests', 'Breaches', 'Policies', 'Subprocessor notices', 'Reviews', 'Registrations']);
    expect(screen.getAllByTestId('dl-row')[0].textContent).toContain(all[2].days_left_words.en);

    const horizon = screen.getByTestId('dl-horizon') as HTMLSelectElement;
    horizon.value = '';
    await fireEvent.change(horizon);
    expect(list).toHaveBeenLastCalledWith({ until: '', from: '', modules: [], offset: 0, limit: 100 });
  });

  it('pages a long list and asks the calendar for the weeks it shows', async () => {
    const all = core();
    const list = vi.spyOn(api, 'listDeadlines').mockImplementation(async (f) => ({ rows: all.slice(0, 2), matched: f.limit === null ? 2 : 250, total: 250, offset: f.offset }));
    render(DeadlinesScreen);
    await waitFor(() => expect(screen.getByTestId('page-range').textContent).toBe('1–2 of 250'));
    await fireEvent.click(screen.getByTestId('page-next'));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 100, limit: 100 }));
    await fireEvent.click(screen.getByTestId('dl-view-calendar'));
    const asked = list.mock.lastCall?.[0];
    expect(asked?.limit).toBeNull();
    expect(asked?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(asked && asked.until > asked.from).toBe(true);
  });

  it('speaks French when the window does, Monday first on the calendar, and English again without a reload', async () => {
    const all = core();
    vi.spyOn(api, 'listDeadlines').mockResolvedValue({ rows: all.slice(0, 3), matched: 3, total: 3, offset: 0 });
    setLang('fr');
    render(DeadlinesScreen);
    await waitFor(() => expect(screen.getAllByTestId('dl-row')).toHaveLength(3));
    expect(screen.getByTestId('dl-count').textContent).toBe('3 échéances');
    expect(screen.getByRole('heading', { name: 'Échéances' })).toBeTruthy();
    const filter = screen.getByTestId('dl-module-filter') as HTMLSelectElement;
    expect(filter.options[0].textContent).toBe('Tous les modules');
    expect([...(screen.getByTestId('dl-horizon') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Toutes les échéances',
      "D'ici 30 jours",
      "D'ici 90 jours",
      "D'ici un an",
    ]);

    await fireEvent.click(screen.getByTestId('dl-view-calendar'));
    await waitFor(() => expect(screen.getAllByTestId('dl-weekday')).toHaveLength(7));
    const weekdays = () => screen.getAllByTestId('dl-weekday').map((d) => d.textContent);
    expect(weekdays()).toEqual(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
    expect(screen.getByTestId('dl-month').textContent).toBe(formatMonth(app.today()));
    expect(screen.getByTestId('dl-month').textContent).toMatch(/^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/);

    setLang('en');
    await tick();
    expect(weekdays()).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(screen.getByTestId('dl-month').textContent).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    expect(screen.getByTestId('dl-view-list').textContent).toBe('List');
  });
});
