// Evidence files in the real window (issue 16): a file chosen in a subprocessor's Evidence section is kept with its
// SHA-256, opened as a temporary copy byte for byte, saved as a copy in the output folder, removed with a reason,
// and the temporary copies are gone once the window is closed; a request's identity evidence is offered for
// deletion once identity is verified.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, waitFor } from './webdriver.mjs';

let app;

after(async () => {
  await app?.quit();
});

const init = ['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr'];
// A file with every byte value, so that nothing on the way reads it as text.
const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));
const sha256 = createHash('sha256').update(bytes).digest('hex');

/** Brings the Evidence section to the top of its pane, for a screenshot that shows it. */
const showSection = () => app.script(`document.querySelector('[data-testid="evidence"]').scrollIntoView({ block: 'start' });`);

const rows = () => app.all('[data-testid="evidence-row"]');
const announced = (pattern) => waitFor(`the banner ${pattern}`, async () => pattern.test(await app.script('return document.body.innerText;')));

test('a file attached to a subprocessor is kept with its hash, opened as a temporary copy, saved, removed, and its copy goes when the app quits', async () => {
  const dir = App.seeded([init, ['subprocessor', 'add', '--name', 'OVH SAS', '--service', 'Hosting', '--category', 'hosting', '--country', 'FR', '--status', 'active']]);
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  app = await App.start({ dir, env: { TMPDIR: tmp } });
  await app.click('nav-subprocessors');
  await app.clickCss('[data-testid="sp-row-name"]');
  await app.byTestId('sp-detail');
  await app.byTestId('evidence');
  assert.equal((await rows()).length, 0);

  await app.chooseBinaryFile('evidence-file-input', 'OVH DPA signed.pdf', bytes.toString('base64'));
  await waitFor('the kept file', async () => (await rows()).length === 1);
  const hash = await app.script(`return document.querySelector('[data-testid="evidence-sha256"]').getAttribute('title') || document.querySelector('[data-testid="evidence-sha256"]').textContent;`);
  assert.ok(hash.includes(sha256), `the row shows the file's SHA-256: ${hash}`);
  await showSection();
  await app.screenshot('evidence-kept');

  // Open: a temporary copy, byte for byte, in this run's own folder.
  await app.click('evidence-open');
  const copy = await waitFor('the temporary copy', async () => {
    const runs = readdirSync(tmp).filter((n) => n.startsWith('privdesk-open-'));
    if (runs.length !== 1) return null;
    const path = join(tmp, runs[0], '1', 'OVH DPA signed.pdf');
    return existsSync(path) ? path : null;
  });
  assert.deepEqual(readFileSync(copy), bytes);

  // Save a copy: into the output folder.
  await app.click('evidence-save');
  const saved = await waitFor('the saved copy', async () => {
    const out = join(dir, 'output', 'OVH DPA signed.pdf');
    return existsSync(out) ? out : null;
  });
  assert.deepEqual(readFileSync(saved), bytes);

  // The same file again is refused by the core, naming the file.
  await app.chooseBinaryFile('evidence-file-input', 'copy.pdf', bytes.toString('base64'));
  await announced(/already attached to this record as .OVH DPA signed\.pdf./);

  // Remove, with a reason: the row goes, the hash stays under "Removed".
  await app.click('evidence-remove');
  await app.type('evidence-reason', 'Superseded by the 2027 DPA');
  await app.click('evidence-remove-confirm');
  await waitFor('the row to go', async () => (await rows()).length === 0);
  assert.equal((await app.all('[data-testid="evidence-error"]')).length, 0, 'the refusal before is gone');
  const removed = await app.text('evidence-removed');
  assert.match(removed, /Superseded by the 2027 DPA/);
  await showSection();
  await app.screenshot('evidence-removed');

  // Quitting ends the app (the same exit as closing its window or the tray's Quit), and its temporary copies go
  // with it. The answer never comes back: the app is gone.
  await app.script(`window.__TAURI_INTERNALS__.invoke('quit_app'); return true;`).catch(() => {});
  await waitFor('the copies to be removed', async () => readdirSync(tmp).filter((n) => n.startsWith('privdesk-open-')).length === 0);
  await app.quit();
  app = null;
});

test('once identity is verified, the request offers to delete its identity evidence', async () => {
  const dir = App.seeded([
    init,
    ['request', 'add', '--requester', 'Jean Dupont', '--email', 'jean@example.fr', '--received', '2026-11-16', '--rights', 'erasure'],
    ['request', 'identity', '1', '--requested-on', '2026-11-17'],
  ]);
  app = await App.start({ dir });
  await app.click('nav-requests');
  await app.clickCss('[data-testid="rq-row"][data-id="1"] td:nth-child(2)');
  await app.byTestId('evidence');
  await app.select('evidence-kind', 'identity');
  await app.chooseBinaryFile('evidence-file-input', 'passport.jpg', Buffer.from('\xff\xd8 passport of Jean Dupont', 'latin1').toString('base64'));
  await waitFor('the identity file', async () => (await rows()).length === 1);
  assert.equal((await app.all('[data-testid="evidence-identity-offer"]')).length, 0, 'no offer before identity is verified');

  // Identity evidence received: the section offers to delete what is no longer needed.
  await app.click('rq-identity-received');
  await app.byTestId('rq-identity-received-dialog');
  await app.setValue('rq-identity-received-date', '2026-11-20');
  await app.click('rq-identity-received-save');
  const offer = await app.byTestId('evidence-identity-offer');
  assert.ok(offer);
  assert.match(await app.text('evidence-identity-offer'), /verified/i);
  await showSection();
  await app.screenshot('evidence-identity-offer');
  await app.click('evidence-identity-delete');
  await app.click('evidence-identity-confirm');
  await waitFor('the identity file to go', async () => (await rows()).length === 0);
  assert.equal((await app.all('[data-testid="evidence-identity-offer"]')).length, 0);
  await app.quit();
  app = null;
});

test('in a French window the section speaks French, with a file kept from the command line', async () => {
  const files = mkdtempSync(join(tmpdir(), 'privdesk-evidence-'));
  const dpa = join(files, 'Contrat de sous-traitance OVH.pdf');
  writeFileSync(dpa, Buffer.concat([Buffer.from('%PDF-1.7\n'), bytes]));
  const dir = App.seeded([
    [...init, '--window-lang', 'fr'],
    ['subprocessor', 'add', '--name', 'OVH SAS', '--service', 'Hébergement', '--category', 'hosting', '--country', 'FR', '--status', 'active'],
    ['attach', 'subprocessor', '1', dpa, '--kind', 'contract'],
  ]);
  rmSync(files, { recursive: true, force: true });
  app = await App.start({ dir });
  await app.click('nav-subprocessors');
  await app.clickCss('[data-testid="sp-row-name"]');
  await app.byTestId('evidence');
  await waitFor('the kept file', async () => (await rows()).length === 1);
  const section = await app.text('evidence');
  assert.match(section, /Pièces justificatives/i);
  assert.match(section, /Contrat de sous-traitance OVH\.pdf/);
  assert.match(section, /Contrat/);
  assert.match(section, /2,9\u00a0Ko|2,9 Ko/);
  assert.match(section, /Enregistrer une copie/);
  await showSection();
  await app.screenshot('evidence-fr');
});
