import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import type { Dashboard, DeadlineEntry } from '../bindings';
import DashboardScreen, { FOLD_AFTER } from './Dashboard.svelte';

const entry = (uid: string, due_on: string, days_left: number): DeadlineEntry =>
  ({
    uid,
    module: 'request',
    kind: 'request-due',
    title: `Reply to ${uid}`,
    due_on,
    due_at: null,
    days_left,
    overdue: days_left < 0,
    rule: 'One month from receipt',
    link: { target: 'request', id: 1 },
  }) as DeadlineEntry;

const board = (overdue: number, week: number): Dashboard => ({
  today: '2026-11-23',
  overdue: Array.from({ length: overdue }, (_, i) => entry(`R-${i + 1}`, '2026-11-01', -22)),
  next_7_days: Array.from({ length: week }, (_, i) => entry(`W-${i + 1}`, '2026-11-26', 3)),
  next_30_days: [],
});

afterEach(() => vi.restoreAllMocks());

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

  it('does not fold a short group', async () => {
    vi.spyOn(api, 'deadlineDashboard').mockResolvedValue(board(FOLD_AFTER, 0));
    render(DashboardScreen);
    const overdue = await screen.findByTestId('dash-overdue');
    expect(within(overdue).getAllByTestId('dash-item')).toHaveLength(FOLD_AFTER);
    expect(screen.queryByTestId('dash-overdue-fold')).toBeNull();
  });
});
