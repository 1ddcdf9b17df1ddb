import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { app } from '../app.svelte';
import UnlockScreen from './UnlockScreen.svelte';
import { refused, storeStatus, stubOpenStore } from './stubs';
import { type } from '../../test/typing';

const locked = () => storeStatus({ state: 'locked' });

beforeEach(() => {
  app.phase = 'locked';
});
afterEach(() => vi.restoreAllMocks());

describe('UnlockScreen', () => {
  it('shows the database and says a wrong passphrase under the field', async () => {
    vi.spyOn(api, 'unlockStore').mockRejectedValue(refused('passphrase', 'wrong passphrase'));
    render(UnlockScreen, { props: { status: locked() } });
    expect(screen.getByTestId('unlock-database').textContent).toContain('privdesk.sqlite');
    expect((screen.getByTestId('unlock-submit') as HTMLButtonElement).disabled).toBe(true);

    type('unlock-passphrase', 'correct horse');
    await fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(screen.getByTestId('unlock-error').textContent).toContain('Wrong passphrase'));
    expect(screen.getByTestId('unlock-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(app.phase).not.toBe('ready');
  });

  it('opens the store with the right passphrase and goes on with the start', async () => {
    const unlock = vi.spyOn(api, 'unlockStore').mockResolvedValue(storeStatus());
    stubOpenStore();
    render(UnlockScreen, { props: { status: locked() } });
    type('unlock-passphrase', 'correct horse battery');
    await fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(app.phase).toBe('ready'));
    expect(unlock).toHaveBeenCalledWith('correct horse battery');
    expect(app.org?.legal_name).toBe('Exemple Logiciels SAS');
  });

  it('offers the ways out of a lost passphrase', async () => {
    render(UnlockScreen, { props: { status: locked() } });
    expect(screen.queryByTestId('store-options')).toBeNull();
    await fireEvent.click(screen.getByTestId('unlock-options'));
    expect(screen.getAllByTestId('problem-backup-restore').length).toBeGreaterThan(0);
    expect(screen.getByTestId('problem-open-file')).toBeTruthy();
    expect(screen.getByTestId('problem-create-file')).toBeTruthy();
    expect(screen.getByTestId('problem-quit')).toBeTruthy();
  });
});
