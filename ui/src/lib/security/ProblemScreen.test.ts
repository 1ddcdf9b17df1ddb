import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { api } from '../api';
import { app } from '../app.svelte';
import { resetMock } from '../mock';
import ProblemScreen from './ProblemScreen.svelte';

beforeEach(() => {
  resetMock('problem');
  app.phase = 'problem';
});

describe('ProblemScreen', () => {
  it('says what is wrong with which file, in the core words', async () => {
    render(ProblemScreen, { props: { status: await api.storeStatus() } });
    expect(screen.getByTestId('problem-title').textContent).toBe('The data file is damaged');
    expect(screen.getByTestId('problem-database').textContent).toContain('privdesk.sqlite');
    expect(screen.getByTestId('problem-message').textContent).toContain('database disk image is malformed');
    expect(screen.getAllByTestId('problem-backup-row')).toHaveLength(5);
  });

  it('names the other problems by kind', async () => {
    resetMock('problem-newer');
    render(ProblemScreen, { props: { status: await api.storeStatus() } });
    expect(screen.getByTestId('problem-title').textContent).toBe('The data file was written by a newer version of Privacy Desk');
  });

  it('restores a backup after a confirmation that says what is kept, then starts', async () => {
    render(ProblemScreen, { props: { status: await api.storeStatus() } });
    await fireEvent.click(screen.getAllByTestId('problem-backup-restore')[0]);
    expect(screen.getByTestId('problem-restore-dialog').textContent).toMatch(/replaced by the backup of 2026-03-05 \d\d:\d\d.*A copy of the current file is\s+kept/s);
    await fireEvent.click(screen.getByTestId('problem-restore-confirm'));
    await waitFor(() => expect(app.phase).toBe('ready'));
    expect(app.banner?.message).toContain('is restored');
  });

  it('opens another file from its path', async () => {
    render(ProblemScreen, { props: { status: await api.storeStatus() } });
    await fireEvent.click(screen.getByTestId('problem-open-file'));
    const path = screen.getByTestId('problem-path') as HTMLInputElement;
    path.value = 'privdesk.sqlite';
    await fireEvent.input(path);
    await fireEvent.click(screen.getByTestId('problem-path-submit'));
    await waitFor(() => expect(screen.getByTestId('error-path').textContent).toContain('is not a full path'));

    path.value = '/home/camille/Documents/privdesk.sqlite';
    await fireEvent.input(path);
    await fireEvent.click(screen.getByTestId('problem-path-submit'));
    await waitFor(() => expect(app.store?.database).toBe('/home/camille/Documents/privdesk.sqlite'));
    await waitFor(() => expect(app.phase).toBe('ready'));
  });
});
