// The safety of the records in the real window: encryption turned on in Settings, the app started again on the
// encrypted file (unlock screen, a wrong passphrase refused with the file untouched, the right one shows the data),
// a backup restored from the list, and a damaged database that still gets a window saying what is wrong.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, cliBinary, waitFor } from './webdriver.mjs';

const PASS = 'correct horse battery staple';
const dir = App.folder();
const db = join(dir, 'e2e.sqlite3');
let app;

after(async () => {
  await app?.quit();
});

/** Runs the command line on the test's database. */
function cli(args, passphrase) {
  return execFileSync(cliBinary, ['--db', db, ...args], {
    env: { ...process.env, PRIVDESK_NOW: '2026-11-23T10:00:00Z', ...(passphrase ? { PRIVDESK_PASSPHRASE: passphrase } : {}) },
  }).toString();
}

const text = (testId) => app.script(`return document.querySelector('[data-testid="${testId}"]')?.textContent ?? '';`);
const requesters = async () => app.script(`return [...document.querySelectorAll('[data-testid="rq-row-requester"]')].map((e) => e.textContent);`);

const shot = (name) => app.paintedScreenshot(name);

test('encryption turned on in Settings', async () => {
  cli(['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--window-lang', 'en']);
  cli(['request', 'add', '--requester', 'Jeanne Martin', '--received', '2026-11-10', '--rights', 'access']);
  app = await App.start({ dir });
  await app.click('nav-settings');
  await app.byTestId('security-section');
  assert.match(await text('security-state'), /Not encrypted/);
  await app.click('sec-encrypt');
  await app.byTestId('sec-dialog');
  await app.type('sec-passphrase', PASS);
  await app.type('sec-confirm', PASS);
  await app.byTestId('sec-strength');
  await app.byTestId('sec-warning');
  await shot('security-encrypt-dialog');
  await app.click('sec-submit');
  await waitFor('the store to be encrypted', async () => /^Encrypted/.test((await text('security-state')).trim()));
  await shot('security-encrypted');
  const head = readFileSync(db).subarray(0, 16).toString('latin1');
  assert.notEqual(head, 'SQLite format 3\0', 'the file no longer has SQLite\'s plaintext header');
  assert.ok(!readFileSync(db).includes('Jeanne Martin'), 'the requester cannot be read in the file');
  await app.quit();
  app = null;
});

test('started again, the window asks for the passphrase and refuses a wrong one', async () => {
  app = await App.start({ dir });
  await app.byTestId('unlock-screen');
  assert.equal((await app.all('[data-testid="nav-settings"]')).length, 0, 'nothing else is reachable while locked');
  const before = readFileSync(db);
  await app.type('unlock-passphrase', 'not the passphrase');
  await app.click('unlock-submit');
  await app.byTestId('unlock-error');
  assert.match(await text('unlock-error'), /wrong passphrase/i);
  await shot('security-unlock-wrong');
  assert.ok(readFileSync(db).equals(before), 'a wrong passphrase changes no byte of the file');
  await app.type('unlock-passphrase', PASS);
  await app.click('unlock-submit');
  await app.click('nav-requests');
  await waitFor('the requests', async () => (await requesters()).some((r) => r.includes('Jeanne Martin')));
});

test('a backup restored from the list in Settings', async () => {
  await app.click('nav-settings');
  await app.byTestId('backups-section');
  await app.click('backup-now');
  await waitFor('the manual backup in the list', async () =>
    app.script(`return !!document.querySelector('[data-testid="backup-row"][data-kind="manual"]');`),
  );
  // A request added afterwards (by a script, while the window is open) is not in the backup.
  cli(['request', 'add', '--requester', 'Added After Backup', '--received', '2026-11-20', '--rights', 'erasure'], PASS);
  await shot('security-backups');
  await app.clickCss('[data-testid="backup-row"][data-kind="manual"] [data-testid="backup-restore"]');
  await app.byTestId('backup-restore-dialog');
  await app.click('backup-restore-confirm');
  await waitFor('the restore to finish', async () => (await app.all('[data-testid="backup-restore-dialog"]')).length === 0);
  await app.click('nav-requests');
  await waitFor('the restored requests', async () => {
    const names = await requesters();
    return names.some((r) => r.includes('Jeanne Martin')) && !names.some((r) => r.includes('Added After Backup'));
  });
  const list = JSON.parse(cli(['backup', '--list', '--json'], PASS));
  assert.ok(list.some((b) => b.kind === 'before-restore'), 'the replaced store was kept');
  assert.match(cli(['audit', 'verify'], PASS), /Audit log intact\./);
  await app.quit();
  app = null;
});

test('a damaged database still gets a window that says so and offers a backup', async () => {
  const bytes = readFileSync(db);
  writeFileSync(db, Buffer.concat([bytes.subarray(0, 4096), Buffer.alloc(4096, 0x5a)]));
  app = await App.start({ dir });
  await app.byTestId('unlock-screen');
  await app.type('unlock-passphrase', PASS);
  await app.click('unlock-submit');
  await app.byTestId('store-problem');
  await shot('security-damaged');
  assert.match(await text('problem-message'), /damaged|wrong passphrase|not a database/i);
  assert.ok((await app.all('[data-testid="problem-backup-restore"]')).length > 0, 'the automatic backups are offered');
});
