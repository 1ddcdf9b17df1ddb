import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiFailure, type StoreStatus } from './api';
import { app } from './app.svelte';
import { resetMock } from './mock';

// Outside the Tauri window `api.ts` answers from the stand-in in `mock.ts`; each test says what `store_status` answers.

const status = (over: Partial<StoreStatus>): StoreStatus => ({
  state: 'open',
  database: '/home/camille/.local/share/app.privdesk.desktop/privdesk.sqlite',
  problem: null,
  backups: [],
  ...over,
});

beforeEach(() => resetMock());
afterEach(() => vi.restoreAllMocks());

describe('app start', () => {
  it('asks for the passphrase of an encrypted store before reading anything else', async () => {
    vi.spyOn(api, 'storeStatus').mockResolvedValue(status({ state: 'locked' }));
    const getOrg = vi.spyOn(api, 'getOrg');
    await app.start();
    expect(app.phase).toBe('locked');
    expect(app.store?.state).toBe('locked');
    expect(getOrg).not.toHaveBeenCalled();
  });

  it('shows the problem of a store that cannot be opened, with what the core said', async () => {
    const problem = { kind: 'newer' as const, message: 'written by schema 5; this version reads up to 3' };
    vi.spyOn(api, 'storeStatus').mockResolvedValue(status({ state: 'problem', problem }));
    const appInfo = vi.spyOn(api, 'appInfo');
    await app.start();
    expect(app.phase).toBe('problem');
    expect(app.store?.problem).toEqual(problem);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('goes on to the register when the store is open and set up', async () => {
    vi.spyOn(api, 'storeStatus').mockResolvedValue(status({ state: 'open' }));
    await app.start();
    expect(app.phase).toBe('ready');
    expect(app.org?.legal_name).toBe('Exemple Logiciels SAS');
    expect(app.info?.today).toBe('2026-03-05');
  });

  it('goes on to set-up when the open store has no organisation yet', async () => {
    resetMock('setup');
    await app.start();
    expect(app.phase).toBe('setup');
  });

  it('keeps the failed screen for other failures', async () => {
    vi.spyOn(api, 'storeStatus').mockRejectedValue(new ApiFailure({ code: 'failed', message: 'the shell is not ready', fields: [] }));
    await app.start();
    expect(app.phase).toBe('failed');
    expect(app.loadError).toBe('the shell is not ready');
  });

  it('continues the start with the status a command answered, as after an unlock', async () => {
    resetMock('locked');
    await app.start();
    expect(app.phase).toBe('locked');
    await app.opened(await api.unlockStore('correct horse battery'));
    expect(app.phase).toBe('ready');
  });
});
