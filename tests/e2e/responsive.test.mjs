// Long work off the window's thread: while the audit binder of a large database prints, the page keeps answering
// scripts within 100 ms and shows the work's progress; Cancel stops it with nothing saved.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { App, waitFor } from './webdriver.mjs';

let app;

before(async () => {
  app = await App.start({
    dir: App.seeded([
      ['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil'],
      ['demo', '--subprocessors', '600', '--activities', '80', '--requests', '400', '--breaches', '20'],
    ]),
  });
});

after(async () => {
  await app?.quit();
});

const outputs = () => (existsSync(join(app.dir, 'output')) ? readdirSync(join(app.dir, 'output')) : []);

test('the register comes a page at a time from the core, and a new search starts at its first page', async () => {
  await app.click('nav-subprocessors');
  await waitFor('the first page', async () => (await app.text('page-range')).trim() === '1–100 of 600');
  assert.equal((await app.all('[data-testid="sp-row"]')).length, 100);
  assert.match(await app.text('sp-count'), /600 subprocessors/);
  await app.script("document.querySelector('[data-testid=\"pager\"]').scrollIntoView()");
  await app.paintedScreenshot('resp-00-register-pager');
  await app.click('page-next');
  await waitFor('the second page', async () => (await app.text('page-range')).trim() === '101–200 of 600');
  await app.type('sp-search', 'hosting');
  await waitFor('the matches from their first page', async () => /^1–100 of \d+$/.test((await app.text('page-range')).trim()) || (await app.all('[data-testid="pager"]')).length === 0);
  const range = (await app.all('[data-testid="pager"]')).length ? await app.text('page-range') : '';
  assert.ok(!range.includes('of 600'), `the search keeps fewer: ${range}`);
  await app.paintedScreenshot('resp-00-register-pages');
});

test('the page answers within 100 ms while the binder prints, with its progress shown', async () => {
  await app.click('nav-audit');
  await app.click('audit-print-binder');
  await waitFor('the progress bar', async () => (await app.all('[data-testid="progress"]')).length > 0);
  const label = await app.text('progress-label');
  assert.match(label, /Checking|Reading|Laying|Saving/, label);
  await app.paintedScreenshot('resp-01-binder-progress');
  // Round trips of a script through the driver to the page and back, while the core works.
  const times = [];
  while (times.length < 8 && (await app.all('[data-testid="progress"]')).length > 0) {
    const t0 = performance.now();
    assert.equal(await app.script('return document.title.length >= 0 && 42'), 42);
    times.push(performance.now() - t0);
  }
  assert.ok(times.length >= 3, `answered ${times.length} times during the print`);
  assert.ok(Math.max(...times) < 100, `every answer within 100 ms: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  await waitFor('the binder saved', async () => (await app.text('output-path')).includes('audit-binder'));
});

test('Cancel stops the binder before anything is saved', async () => {
  const before = outputs().length;
  await app.click('audit-print-binder');
  await waitFor('Cancel on the progress bar', async () => (await app.all('[data-testid="progress-cancel"]')).length > 0);
  await app.click('progress-cancel');
  await waitFor('the stop said', async () => (await app.text('banner')).includes('Stopped'));
  assert.equal((await app.all('[data-testid="progress"]')).length, 0, 'the bar is gone');
  assert.equal(outputs().length, before, 'no file was saved');
});
