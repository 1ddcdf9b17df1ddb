import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { app } from '../app.svelte';
import { resetMock } from '../mock';
import BackupsSection from './BackupsSection.svelte';

beforeEach(() => resetMock());
afterEach(() => app.dismissBanner());

describe('BackupsSection', () => {
  it('lists the backups newest first with their size, entries and short head hash', async () => {
    render(BackupsSection);
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(5));
    const first = screen.getAllByTestId('backup-row')[0];
    expect(first.dataset.kind).toBe('daily');
    expect(first.textContent).toMatch(/\d+ KB/);
    expect(first.querySelector('code')?.textContent).toMatch(/^[0-9a-f]{12}…$/);
    expect(screen.getByTestId('backup-dir').textContent).toContain('backups');
  });

  it('checks a backup and says it is intact', async () => {
    render(BackupsSection);
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(5));
    await fireEvent.click(within(screen.getAllByTestId('backup-row')[1]).getByTestId('backup-check'));
    await waitFor(() => expect(screen.getByTestId('backup-check-result').dataset.ok).toBe('true'));
    expect(screen.getByTestId('backup-check-result').textContent).toContain('Intact');
  });

  it('saves the policy, which prunes the automatic backups beyond it', async () => {
    render(BackupsSection);
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(5));
    const weekly = screen.getByTestId('backup-policy-weekly') as HTMLInputElement;
    weekly.value = '1';
    await fireEvent.input(weekly);
    await fireEvent.click(screen.getByTestId('backup-policy-save'));
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(4));
    expect(app.banner?.message).toBe('Backup policy saved: the last 7 daily backups and the last 1 weekly backup are kept.');

    weekly.value = '400';
    await fireEvent.input(weekly);
    await fireEvent.click(screen.getByTestId('backup-policy-save'));
    await waitFor(() => expect(screen.getByTestId('error-weekly').textContent).toContain('Weekly backups kept must be from 0 to 365'));
  });

  it('makes a backup now and shows it first', async () => {
    render(BackupsSection);
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(5));
    await fireEvent.click(screen.getByTestId('backup-now'));
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(6));
    expect(screen.getAllByTestId('backup-row')[0].dataset.kind).toBe('manual');
    expect(app.banner?.message).toMatch(/^Backup made: privdesk-\d+-manual\.sqlite/);
  });
});
