import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import type { Dashboard, DeadlineEntry } from '../bindings';
import { fixtures } from '../../test/fixtures';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import { CEILING } from '../deadlines/DeadlineList.svelte';
import DashboardScreen, { FOLD_AFTER } from './Dashboard.svelte';

// Copies of the core's overdue request and breach deadline, renamed so that each row is its own.
const entry = (uid: string, from: DeadlineEntry): DeadlineEntry => ({ ...from, uid, title: `${from.title} (${uid})` });

function board(overdue: number, week: number): Dashboard {
  const core = fixtures.dashboard();
  return {
    today: core.today,
    overdue: Array.from({ length: overdue }, (_, i) => entry(`R-${i + 1}`, core.overdue[0])),
    next_7_days: Array.from({ length: week }, (_, i) => entry(`W-${i + 1}`, core.next_7_days[0])),
    next_30_days: [],
  };
}

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

describe('Dashboard', () => {
  it('counts each group in its heading and folds a long one, so that what is due next week stays in sight', async () => {
    vi.spyOn(api, 'deadlineDashboard').mockResolvedValue(board(65, 2));
    render(DashboardScreen);
    const overdue = await screen.findByTestId('dash-overdue');
    expect(within(overdue).getByRole('heading').textContent).toMatch(/Overdue\s*65/);
    expect(within(overdue).getAllByTestId('dash-item')).toHaveLength(FOLD_AFTER);
    expect(within(screen.getByTestId('dash-7')).getAllByTestId('dash-item')).toHaveLength(2);
    expect(screen.getByTestId('dash-7-count').textContent).toBe('2');
    expect(screen.getByTestId('dash-30').textContent).toContain('Nothing else due in the next 30 days.');

    await fireEvent.click(screen.getByTestId('dash-overdue-fold'));
    await waitFor(() => expect(within(overdue).getAllByTestId('dash-item')).toHaveLength(65));
    await fireEvent.click(screen.getByTestId('dash-overdue-fold'));
    await waitFor(() => expect(within(overdue).getAllByTestId('dash-item')).toHaveLength(FOLD_AFTER));
  });

  it('says how far off each date is in the core’s words, with its module from the vocabulary', async () => {
    vi.spyOn(api, 'deadlineDashboard').mockResolvedValue(fixtures.dashboard());
    render(DashboardScreen);
    const [item] = within(await screen.findByTestId('dash-overdue')).getAllByTestId('dash-item');
    expect(item.textContent).toContain('12 Nov 2026');
    expect(item.textContent).toContain('overdue by 11 days');
    expect(item.textContent).toContain('Requests');
    expect(within(screen.getByTestId('dash-7')).getByTestId('dash-item').textContent).toContain('due in 2 days');
  });

  it('unfolds a very long group only so far, and sends the reader to the Deadlines screen for the rest', async () => {
    vi.spyOn(api, 'deadlineDashboard').mockResolvedValue(board(CEILING + 50, 0));
    render(DashboardScreen);
    const overdue = await screen.findByTestId('dash-overdue');
    expect(screen.getByTestId('dash-overdue-fold').textContent?.trim()).toBe(`Show the first ${CEILING}`);
    await fireEvent.click(screen.getByTestId('dash-overdue-fold'));
    await waitFor(() => expect(within(overdue).getAllByTestId('dash-item')).toHaveLength(CEILING));
    const rest = screen.getByTestId('dash-overdue-fold-rest') as HTMLAnchorElement;
    expect(rest.getAttribute('href')).toBe('#/deadlines');
    expect(rest.textContent?.trim()).toBe(`See all ${CEILING + 50} on the Deadlines screen`);
  });

  it('does not fold a short group', async () => {
    vi.spyOn(api, 'deadlineDashboard').mockResolvedValue(board(FOLD_AFTER, 0));
    render(DashboardScreen);
    const overdue = await screen.findByTestId('dash-overdue');
    expect(within(overdue).getAllByTestId('dash-item')).toHaveLength(FOLD_AFTER);
    expect(screen.queryByTestId('dash-overdue-fold')).toBeNull();
  });

  it('speaks French in a French window, and English again once switched back', async () => {
    setLang('fr');
    vi.spyOn(api, 'deadlineDashboard').mockResolvedValue(board(2, 0));
    render(DashboardScreen);
    const overdue = await screen.findByTestId('dash-overdue');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tableau de bord');
    expect(within(overdue).getByRole('heading').textContent).toMatch(/En retard\s*2/);
    expect(screen.getByTestId('dash-overdue-count').getAttribute('aria-label')).toBe('2\u00a0échéances');
    expect(screen.getByTestId('dash-7').textContent).toContain('Aucune échéance dans les 7 prochains jours.');
    expect(document.body.textContent).toContain('au 23 novembre 2026');

    setLang('en');
    await tick();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dashboard');
    expect(screen.getByTestId('dash-7').textContent).toContain('Nothing due in the next 7 days.');
    expect(document.body.textContent).toContain('as of 23 Nov 2026');
  });
});
