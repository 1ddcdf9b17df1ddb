import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { app } from '../app.svelte';
import ProblemScreen from './ProblemScreen.svelte';
import { DATABASE, refused, storeStatus, stubOpenStore } from './stubs';

const damaged = () =>
  storeStatus({
    state: 'problem',
    problem: { kind: 'damaged', message: `${DATABASE} is damaged: SQLite reports "database disk image is malformed".` },
  });

beforeEach(() => {
  app.phase = 'problem';
});
afterEach(() => {
  app.dismissBanner();
  vi.restoreAllMocks();
});

describe('ProblemScreen', () => {
  it('says what is wrong with which file, in the core words', () => {
    render(ProblemScreen, { props: { status: damaged() } });
    expect(screen.getByTestId('problem-title').textContent).toBe('The data file is damaged');
    expect(screen.getByTestId('problem-database').textContent).toContain('privdesk.sqlite');
    expect(screen.getByTestId('problem-message').textContent).toContain('database disk image is malformed');
    expect(screen.getAllByTestId('problem-backup-row')).toHaveLength(5);
  });

  it('names the other problems by kind', () => {
    render(ProblemScreen, { props: { status: storeStatus({ state: 'problem', problem: { kind: 'newer', message: 'written by schema 5' } }) } });
    expect(screen.getByTestId('problem-title').textContent).toBe('The data file was written by a newer version of Privacy Desk');
  });

  it('restores a backup after a confirmation that says what is kept, then starts', async () => {
    const restore = vi.spyOn(api, 'restoreBackup').mockResolvedValue(storeStatus());
    stubOpenStore();
    const status = damaged();
    render(ProblemScreen, { props: { status } });
    await fireEvent.click(screen.getAllByTestId('problem-backup-restore')[0]);
    expect(screen.getByTestId('problem-restore-dialog').textContent).toMatch(/replaced by the backup of 23 Nov 2026, 08:02 UTC\..*A copy of the current file is\s+kept/s);
    await fireEvent.click(screen.getByTestId('problem-restore-confirm'));
    await waitFor(() => expect(app.phase).toBe('ready'));
    expect(restore).toHaveBeenCalledWith(status.backups[0].path);
    await waitFor(() => expect(app.banner?.message).toContain('is restored'));
  });

  it('opens another file from its path', async () => {
    const other = '/home/camille/Documents/privdesk.sqlite';
    const open = vi
      .spyOn(api, 'openStore')
      .mockRejectedValueOnce(refused('path', 'there is no file at privdesk.sqlite'))
      .mockResolvedValueOnce(storeStatus({ database: other }));
    stubOpenStore();
    render(ProblemScreen, { props: { status: damaged() } });
    await fireEvent.click(screen.getByTestId('problem-open-file'));
    const path = screen.getByTestId('problem-path') as HTMLInputElement;
    path.value = 'privdesk.sqlite';
    await fireEvent.input(path);
    await fireEvent.click(screen.getByTestId('problem-path-submit'));
    await waitFor(() => expect(screen.getByTestId('error-path').textContent).toContain('There is no file at privdesk.sqlite'));

    path.value = other;
    await fireEvent.input(path);
    await fireEvent.click(screen.getByTestId('problem-path-submit'));
    await waitFor(() => expect(app.store?.database).toBe(other));
    await waitFor(() => expect(app.phase).toBe('ready'));
    expect(open).toHaveBeenLastCalledWith(other, false);
  });
});
