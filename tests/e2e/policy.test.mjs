// Issue 5 in the real window: a policy's versions, their comparison, a substantial change with its effective date and
// printed notice; a subprocessor announced to customers with an objection; the dashboard and the deadlines.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSubprocessor, pdfText } from './steps.mjs';
import { App, root, waitFor } from './webdriver.mjs';

let app;

const count = async (testId) => (await app.all(`[data-testid="${testId}"]`)).length;

/** Brings an element to the middle of its scrolling pane (the settings aside sits below the fold). */
async function reveal(testId) {
  await app.byTestId(testId);
  await app.script(`document.querySelector('[data-testid="${testId}"]').scrollIntoView({ block: 'center' });`);
}

/** Sets a date input as the date picker would (WebKitGTK's segments do not take typed keys reliably). */
const setDate = (testId, value) => app.setValue(testId, value);

/** The newest output banner's path, once it ends as expected. */
function savedPath(ext) {
  return waitFor(`a saved ${ext}`, async () => {
    const p = (await app.text('output-path')).trim();
    return p.endsWith(ext) ? p : null;
  });
}

const fixture = readFileSync(join(root, 'tests/fixtures/policies/dataops-privacy-policy-2022.txt'), 'utf8');
const EDITED_FROM = 'We are committed to protecting and respecting your privacy.';
const EDITED_TO = 'We are firmly committed to protecting and respecting your privacy at all times.';
const ADDED = 'Artificial intelligence features. When you use the assistant in our app, the questions you type are processed by our AI provider to answer them and are not used to train its models.';

/** The second version: one paragraph edited, one added at the end. */
function secondVersion() {
  assert.ok(fixture.includes(EDITED_FROM), 'the fixture has the paragraph the test edits');
  return `${fixture.replace(EDITED_FROM, EDITED_TO).trimEnd()}\n\n${ADDED}\n`;
}

before(async () => {
  app = await App.start({ dir: App.seeded([['init', '--name', 'DataOps Exemple SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr']]) });
});

after(async () => {
  await app?.quit();
});

test('the organisation set up from the command line is open', async () => {
  await app.byTestId('sidebar-org');
});

test('the dashboard is reachable and empty on a fresh store', async () => {
  await app.click('nav-dashboard');
  await app.byTestId('dash-overdue');
  assert.match(await app.text('dash-7'), /Nothing due in the next 7 days/);
  assert.equal(await count('dash-item'), 0);
  await app.screenshot('pol-01-dashboard-empty');
});

test('a privacy policy is added', async () => {
  await app.click('nav-policies');
  await app.byTestId('pol-empty');
  await app.click('pol-add');
  await app.select('pol-kind', 'privacy');
  await app.type('pol-title', 'DataOps Privacy Policy');
  await app.click('pol-save');
  await waitFor('the policy page', async () => (await app.text('pol-detail-title')).trim() === 'DataOps Privacy Policy');
});

test('two versions are imported from files', async () => {
  await app.click('pol-version-add');
  await app.chooseFile('pol-version-file', 'dataops-privacy-policy-2022.txt', fixture);
  await waitFor('the text read from the file', async () => (await app.text('pol-version-source')).includes('dataops-privacy-policy-2022.txt'));
  await app.type('pol-version-label', '2022');
  await app.click('pol-version-save');
  await waitFor('one version', async () => (await count('pol-version-row')) === 1);

  await app.click('pol-version-add');
  await app.chooseFile('pol-version-file', 'dataops-privacy-policy-2026.txt', secondVersion());
  await waitFor('the second file read', async () => (await app.text('pol-version-source')).includes('2026'));
  await app.type('pol-version-label', '2026-11');
  await app.screenshot('pol-02-version-form');
  await app.click('pol-version-save');
  await waitFor('two versions', async () => (await count('pol-version-row')) === 2);
});

test('the comparison shows one paragraph changed word by word and one added', async () => {
  await app.byTestId('pol-diff');
  assert.equal(await app.attr('pol-diff-summary', 'data-changed'), '1');
  assert.equal(await app.attr('pol-diff-summary', 'data-added'), '1');
  assert.equal(await app.attr('pol-diff-summary', 'data-removed'), '0');
  assert.match(await app.text('pol-diff-summary'), /1 changed/);
  const words = await app.script(
    `const d = document.querySelector('[data-testid="pol-diff"]');
     return { ins: [...d.querySelectorAll('ins')].map((e) => e.textContent), del: [...d.querySelectorAll('del')].map((e) => e.textContent) };`,
  );
  assert.ok(words.ins.some((t) => t.includes('firmly')), JSON.stringify(words));
  assert.ok(words.ins.some((t) => t.includes('Artificial intelligence')), JSON.stringify(words));
  await app.screenshot('pol-03-diff-side');
  await app.click('pol-diff-inline');
  await app.screenshot('pol-04-diff-inline');
  // Comparing a version with itself: nothing changed.
  await app.select('pol-diff-from', '2026-11');
  await waitFor('no change', async () => (await app.attr('pol-diff-summary', 'data-changed')) === '0');
  await app.select('pol-diff-from', '2022');
  await waitFor('the change again', async () => (await app.attr('pol-diff-summary', 'data-changed')) === '1');
});

test('a substantial change noticed on 23 Nov 2026 takes effect on 23 Dec 2026', async () => {
  await app.click('pol-change-add');
  await app.select('pol-change-class', 'substantial');
  await setDate('pol-change-notice-on', '2026-11-23');
  await app.type('pol-change-summary', 'We now describe the assistant in our app and the AI provider that answers your questions.');
  await app.click('pol-change-adds');
  await app.byTestId('pol-change-adds-warning');
  await app.click('pol-recipient-add');
  await app.select('pol-recipient-channel', 'web');
  await app.type('pol-recipient-to', 'https://dataops.live/privacy');
  await app.screenshot('pol-05-change-form');
  await app.click('pol-change-save');
  await waitFor('the effective date', async () => (await app.text('pol-change-effective')).includes('23 Dec 2026'));
  const rule = await app.text('pol-change-rule');
  assert.match(rule, /30/, rule);
  assert.match(await app.text('pol-change-status'), /Noticed/);
  assert.match(await app.text('pol-change-recipients'), /dataops\.live/);
  await app.byTestId('pol-change-warning');
  await app.screenshot('pol-06-change');
});

test('the change notice prints with its effective date', async () => {
  await app.click('pol-change-print-en');
  const text = pdfText(await savedPath('.pdf'));
  assert.ok(text.includes('DataOps Privacy Policy'), text);
  assert.match(text, /23 December 2026/);
  assert.match(text, /AI provider/);
  await app.click('pol-change-print-fr');
  const fr = execFileSync('pdftotext', ['-layout', await waitFor('the French notice', async () => {
    const p = (await app.text('output-path')).trim();
    return p.includes('-fr-') ? p : null;
  }), '-']).toString();
  assert.match(fr, /23 décembre 2026/);
  await app.screenshot('pol-07-printed');
});

test('the policy list shows the document and its latest change', async () => {
  await app.click('nav-policies');
  await waitFor('one policy', async () => (await count('pol-row')) === 1);
  const row = await app.text('pol-row');
  assert.match(row, /Privacy policy/);
  assert.match(row, /Noticed/);
  await app.screenshot('pol-08-list');
});

test('a subprocessor is announced and a customer objects', async () => {
  await app.click('nav-subprocessors');
  await addSubprocessor(app, { name: 'Mistral AI', service: 'Answers to questions typed in the assistant', category: 'other', country: 'France', locations: 'France' });
  await app.byTestId('sp-detail');
  await app.click('sp-announce');
  await setDate('sp-announce-notice-on', '2026-11-23');
  await app.screenshot('pol-09-announce');
  await app.click('sp-announce-save');
  await waitFor('the objection window', async () => (await app.text('sp-notice-until')).includes('22 Dec 2026'));
  assert.match(await app.text('sp-notice-earliest'), /23 Dec 2026/);
  assert.match(await app.text('sp-notice-rule'), /30/);

  await app.click('sp-objection-add');
  await app.type('sp-objection-customer', 'Acme Retail SA');
  await setDate('sp-objection-on', '2026-11-23');
  await app.type('sp-objection-reason', 'Our contract forbids AI processing of our data.');
  await app.click('sp-objection-save');
  await waitFor('one objection', async () => (await count('sp-objection')) === 1);
  assert.match(await app.text('sp-objection'), /Acme Retail SA/);
  await app.screenshot('pol-10-objection');

  await app.click('sp-notice-print-en');
  const text = pdfText(await savedPath('.pdf'));
  assert.ok(text.includes('Mistral AI'), text);
});

test('activating before the earliest engagement date needs a reason', async () => {
  await app.click('sp-activate');
  await setDate('sp-activate-on', '2026-11-24');
  // The banner of the print above takes room at the top of the panel: the button may sit below its fold.
  await reveal('sp-activate-save');
  await app.click('sp-activate-save');
  const err = await app.text('error-activate-reason');
  assert.match(err, /required/);
  await app.screenshot('pol-11-activate-refused');
  // The activation form holds a date not saved: leaving asks first.
  await app.press('\uE00C');
  await app.byTestId('leave-dialog');
  await app.click('leave-confirm');
  await waitFor('the panel to close', async () => (await count('sp-detail')) === 0);
});

test('the customer list holds the objecting customer and takes a new one', async () => {
  await app.click('nav-settings');
  await waitFor('the objecting customer', async () => (await app.text('customers')).includes('Acme Retail SA'));
  await reveal('customer-add');
  await app.click('customer-add');
  await reveal('customer-name');
  await app.type('customer-name', 'Boulangerie Martin SARL');
  await reveal('customer-email');
  await app.type('customer-email', 'not-an-email');
  await reveal('customer-save');
  await app.click('customer-save');
  await app.byTestId('error-customer-email');
  await reveal('customer-email');
  await app.type('customer-email', 'dpo@boulangerie-martin.fr');
  await reveal('customer-save');
  await app.click('customer-save');
  await waitFor('two customers', async () => (await count('customer-row')) === 2);
  await app.screenshot('pol-11b-customers');
});

test('the dashboard lists the effective date and the objection window', async () => {
  await app.click('nav-dashboard');
  await waitFor('deadlines', async () => (await count('dash-item')) >= 2);
  const soon = await app.text('dash-30');
  assert.match(soon, /23 Dec 2026/);
  assert.match(soon, /22 Dec 2026/);
  assert.match(soon, /Mistral AI/);
  await app.screenshot('pol-12-dashboard');
});

test('the deadlines list filters by module, shows a calendar and exports .ics', async () => {
  await app.click('nav-deadlines');
  await waitFor('rows', async () => (await count('dl-row')) >= 2);
  const all = await count('dl-row');
  await app.select('dl-module-filter', 'policy');
  await waitFor('policy rows only', async () => (await count('dl-row')) >= 1 && (await count('dl-row')) < all);
  await app.select('dl-module-filter', '');
  await waitFor('all rows again', async () => (await count('dl-row')) === all);
  await app.screenshot('pol-13-deadlines');
  await app.click('dl-view-calendar');
  await app.byTestId('dl-calendar');
  await app.click('dl-next-month');
  await waitFor('December', async () => (await app.text('dl-month')).includes('December 2026'));
  const n = await app.script(`return document.querySelector('[data-testid="dl-calendar-day"][data-date="2026-12-23"]').dataset.count;`);
  assert.ok(Number(n) >= 1, `deadlines on 23 Dec: ${n}`);
  await app.screenshot('pol-14-calendar');
  await app.click('dl-export-ics');
  const path = await savedPath('.ics');
  assert.ok(existsSync(path), `${path} exists`);
  const ics = readFileSync(path, 'utf8');
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /20261223/);
});

test('a dashboard item opens its record', async () => {
  await app.click('nav-dashboard');
  await waitFor('deadlines', async () => (await count('dash-item')) >= 2);
  const ok = await app.script(
    `const b = [...document.querySelectorAll('[data-testid="dash-item-link"]')].find((e) => /Privacy Policy/i.test(e.innerText));
     if (!b) return false; b.click(); return true;`,
  );
  assert.ok(ok, 'a policy deadline on the dashboard');
  await waitFor('the policy page', async () => (await app.text('pol-detail-title')).includes('DataOps Privacy Policy'));
});
