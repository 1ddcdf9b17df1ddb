import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiFailure } from './api';
import { app } from './app.svelte';
import { fixtures } from '../test/fixtures';
import { lang, setLang } from './i18n';
import { stubOpenStore, storeStatus } from './security/stubs';

// Each test stubs what the core answers: `store_status` first, then what an open data file gives the window.

afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

describe('app start', () => {
  it('asks for the passphrase of an encrypted store before reading anything else', async () => {
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus({ state: 'locked' }));
    const getOrg = vi.spyOn(api, 'getOrg');
    await app.start();
    expect(app.phase).toBe('locked');
    expect(app.store?.state).toBe('locked');
    expect(getOrg).not.toHaveBeenCalled();
  });

  it('shows the problem of a store that cannot be opened, with what the core said', async () => {
    const problem = { kind: 'newer' as const, message: 'written by schema 5; this version reads up to 3' };
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus({ state: 'problem', problem }));
    const appInfo = vi.spyOn(api, 'appInfo');
    await app.start();
    expect(app.phase).toBe('problem');
    expect(app.store?.problem).toEqual(problem);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('goes on to the register when the store is open and set up', async () => {
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus());
    stubOpenStore();
    await app.start();
    expect(app.phase).toBe('ready');
    expect(app.org?.legal_name).toBe('Exemple Logiciels SAS');
    expect(app.info?.today).toBe('2026-11-23');
  });

  it('goes on to set-up when the open store has no organisation yet', async () => {
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus());
    stubOpenStore(null);
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
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus({ state: 'locked' }));
    await app.start();
    expect(app.phase).toBe('locked');
    stubOpenStore();
    await app.opened(storeStatus());
    expect(app.phase).toBe('ready');
  });
});

describe('the window language', () => {
  it('is the organisation’s once its profile is read, and follows a saved profile at once', async () => {
    setLang('en');
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus());
    stubOpenStore({ ...fixtures.org(), window_lang: 'fr' });
    await app.start();
    expect(lang()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');

    await app.orgSaved({ ...fixtures.org(), window_lang: 'en' });
    expect(lang()).toBe('en');
  });

  it('stays the machine’s on set-up, before there is a profile', async () => {
    setLang('fr');
    vi.spyOn(api, 'storeStatus').mockResolvedValue(storeStatus());
    stubOpenStore(null);
    await app.start();
    expect(app.phase).toBe('setup');
    expect(lang()).toBe('fr');
  });
});

describe('outside the desktop window', () => {
  it('fails every call with a clear ApiFailure: there is no stand-in core', async () => {
    const failure = await api.getOrg().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).message).toContain("'get_org'");
    expect((failure as ApiFailure).message).toContain('not running in the Privacy Desk window');
  });
});
