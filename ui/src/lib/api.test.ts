import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Tauri's `invoke`: records each call and answers with what the test sets.
const calls: unknown[][] = [];
let answer: () => Promise<unknown> = () => Promise.resolve(null);
// Tauri's channel: long commands get one as `onProgress`, and the core's steps arrive through `onmessage`.
class FakeChannel<T> {
  onmessage: (message: T) => void = () => {};
}
vi.mock('@tauri-apps/api/core', () => ({
  invoke: (...args: unknown[]) => {
    calls.push(args);
    return answer();
  },
  isTauri: () => true,
  Channel: FakeChannel,
}));
const lastCall = () => calls[calls.length - 1];

const { api, ApiFailure, onNotInitialised, toFailure } = await import('./api');

describe('toFailure', () => {
  it('keeps the code, message and fields of an ApiError', () => {
    const f = toFailure({ code: 'invalid', message: 'bad', fields: [{ field: 'country', reason: "'Narnia' is not a country" }] });
    expect(f).toBeInstanceOf(ApiFailure);
    expect(f.code).toBe('invalid');
    expect(f.message).toBe('bad');
    expect(f.fields).toEqual([{ field: 'country', reason: "'Narnia' is not a country" }]);
  });

  it('drops malformed field entries', () => {
    const f = toFailure({ code: 'invalid', message: 'bad', fields: [{ field: 'name' }, 'x', { field: 'service', reason: 'is required' }] });
    expect(f.fields).toEqual([{ field: 'service', reason: 'is required' }]);
  });

  it('treats a bare string, an Error or an unknown code as failed', () => {
    expect(toFailure('disk full')).toMatchObject({ code: 'failed', message: 'disk full', fields: [] });
    expect(toFailure(new Error('boom'))).toMatchObject({ code: 'failed', message: 'boom' });
    expect(toFailure({ code: 'teapot', message: 'no' }).code).toBe('failed');
    expect(toFailure(undefined).message).toBe('Something went wrong.');
  });
});

describe('commands', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('call the Tauri command with camelCase argument keys', async () => {
    answer = () => Promise.resolve({ id: 3 });
    const draft = { name: 'OVH' } as Parameters<typeof api.updateSubprocessor>[1];
    await api.updateSubprocessor(3, draft);
    expect(lastCall()).toEqual(['update_subprocessor', { id: 3, draft }]);

    await api.retireSubprocessor(3, '2026-03-05');
    expect(lastCall()).toEqual(['retire_subprocessor', { id: 3, on: '2026-03-05' }]);

    // A print that may run to many pages reports its stages to the progress bar.
    await api.printSubprocessors(null);
    expect(lastCall()).toEqual(['print_subprocessors', { lang: null, onProgress: expect.any(FakeChannel) }]);

    await api.applyImport([97, 44, 98], 'list.csv', []);
    expect(lastCall()).toEqual(['apply_import', { content: [97, 44, 98], name: 'list.csv', map: [], onProgress: expect.any(FakeChannel) }]);

    await api.verifyAudit();
    expect(lastCall()).toEqual(['verify_audit', undefined]);
  });

  it('call the data safety commands with the argument names the shell declares', async () => {
    answer = () => Promise.resolve(null);
    await api.storeStatus();
    expect(lastCall()).toEqual(['store_status', undefined]);
    await api.unlockStore('pass phrase');
    expect(lastCall()).toEqual(['unlock_store', { passphrase: 'pass phrase' }]);
    await api.openStore('/tmp/other.sqlite', true);
    expect(lastCall()).toEqual(['open_store', { path: '/tmp/other.sqlite', create: true }]);
    await api.restoreBackup('/tmp/b.sqlite');
    expect(lastCall()).toEqual(['restore_backup', { path: '/tmp/b.sqlite', onProgress: expect.any(FakeChannel) }]);
    await api.encryptStore('new one');
    expect(lastCall()).toEqual(['encrypt_store', { passphrase: 'new one' }]);
    await api.changePassphrase('old one', 'new one');
    expect(lastCall()).toEqual(['change_passphrase', { current: 'old one', passphrase: 'new one' }]);
    await api.decryptStore('old one');
    expect(lastCall()).toEqual(['decrypt_store', { current: 'old one' }]);
    await api.checkBackup('/tmp/b.sqlite');
    expect(lastCall()).toEqual(['check_backup', { path: '/tmp/b.sqlite' }]);
    await api.saveBackupPolicy({ daily: 7, weekly: 0 });
    expect(lastCall()).toEqual(['save_backup_policy', { policy: { daily: 7, weekly: 0 } }]);
    for (const [run, command] of [
      [api.openBackupFolder, 'open_backup_folder'],
      [api.quitApp, 'quit_app'],
      [api.securityStatus, 'security_status'],
    ] as const) {
      await run();
      expect(lastCall()).toEqual([command, undefined]);
    }
    for (const [run, command] of [
      [api.backupNow, 'backup_now'],
      [api.exportEverything, 'export_everything'],
      [api.purgeRequests, 'purge_requests'],
    ] as const) {
      await run();
      expect(lastCall()).toEqual([command, { onProgress: expect.any(FakeChannel) }]);
    }
  });

  it('show long work on the progress bar while it runs, with the steps the core reports', async () => {
    const { progress } = await import('./progress.svelte');
    let finish: (value: unknown) => void = () => {};
    answer = () => new Promise((resolve) => (finish = resolve));
    const printing = api.printBinder('fr');
    const [command, args] = lastCall() as [string, { lang: string; onProgress: FakeChannel<unknown> }];
    expect([command, args.lang]).toEqual(['print_binder', 'fr']);
    expect(progress.job?.command).toBe('print_binder');
    args.onProgress.onmessage({ stage: 'laying', done: 1, total: 2, cancellable: true });
    expect(progress.job?.step).toEqual({ stage: 'laying', done: 1, total: 2, cancellable: true });
    finish('/out/audit-binder-fr.pdf');
    expect(await printing).toBe('/out/audit-binder-fr.pdf');
    expect(progress.job).toBeNull();
  });

  it('say a cancelled command as such', () => {
    expect(toFailure({ code: 'cancelled', message: 'stopped before anything was changed', fields: [] }).code).toBe('cancelled');
  });

  it('reject with an ApiFailure carrying the core error', async () => {
    answer = () => Promise.reject({ code: 'invalid', message: 'name: is required', fields: [{ field: 'name', reason: 'is required' }] });
    const error = await api.addSubprocessor({} as Parameters<typeof api.addSubprocessor>[0]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as InstanceType<typeof ApiFailure>).fields[0].field).toBe('name');
  });

  it('tell the app when the core is not set up', async () => {
    const listener = vi.fn();
    const stop = onNotInitialised(listener);
    answer = () => Promise.reject({ code: 'not_initialised', message: 'set up first', fields: [] });
    await expect(api.listSubprocessors({ query: '', status: null, category: null, sort: 'name', descending: false, offset: 0, limit: null })).rejects.toThrow('set up first');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});
