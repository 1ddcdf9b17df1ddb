import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { api } from '../api';
import { app } from '../app.svelte';
import { resetMock } from '../mock';
import UnlockScreen from './UnlockScreen.svelte';

// The stand-in's encrypted store opens with "correct horse battery".

function type(testid: string, value: string): void {
  const input = screen.getByTestId(testid) as HTMLInputElement;
  input.value = value;
  void fireEvent.input(input);
}

beforeEach(() => {
  resetMock('locked');
  app.phase = 'locked';
});

describe('UnlockScreen', () => {
  it('shows the database and says a wrong passphrase under the field', async () => {
    render(UnlockScreen, { props: { status: await api.storeStatus() } });
    expect(screen.getByTestId('unlock-database').textContent).toContain('privdesk.sqlite');
    expect((screen.getByTestId('unlock-submit') as HTMLButtonElement).disabled).toBe(true);

    type('unlock-passphrase', 'correct horse');
    await fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(screen.getByTestId('unlock-error').textContent).toContain('Wrong passphrase'));
    expect(screen.getByTestId('unlock-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(app.phase).not.toBe('ready');
  });

  it('opens the store with the right passphrase and goes on with the start', async () => {
    render(UnlockScreen, { props: { status: await api.storeStatus() } });
    type('unlock-passphrase', 'correct horse battery');
    await fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(app.phase).toBe('ready'));
    expect(app.org?.legal_name).toBe('Exemple Logiciels SAS');
  });

  it('offers the ways out of a lost passphrase', async () => {
    render(UnlockScreen, { props: { status: await api.storeStatus() } });
    expect(screen.queryByTestId('store-options')).toBeNull();
    await fireEvent.click(screen.getByTestId('unlock-options'));
    expect(screen.getAllByTestId('problem-backup-restore').length).toBeGreaterThan(0);
    expect(screen.getByTestId('problem-open-file')).toBeTruthy();
    expect(screen.getByTestId('problem-create-file')).toBeTruthy();
    expect(screen.getByTestId('problem-quit')).toBeTruthy();
  });
});
