// Data subject requests in the real window, on a fresh database with today pinned to 23 Nov 2026: an organisation
// reporting to the ICO (UK GDPR, England and Wales bank holidays), a request whose clock restarts when identity
// evidence arrives, an extension refused then recorded, and the extension letter checked through pdftotext.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { App, waitFor } from './webdriver.mjs';

let app;

before(async () => {
  app = await App.start();
});

after(async () => {
  await app?.quit();
});

const rows = async () => (await app.all('[data-testid="rq-row"]')).length;
const panelOpen = async () => (await app.all('[data-testid="rq-detail"]')).length > 0;
const dialogOpen = async (testid) => (await app.all(`[data-testid="${testid}-dialog"]`)).length > 0;

/** The value a control holds, asked of the page. */
const valueOf = (testId) => app.script(`return document.querySelector('[data-testid="${testId}"]').value;`);

/** Records one workflow step through its dialog. */
async function step(testid, date) {
  await app.click(testid);
  await app.byTestId(`${testid}-dialog`);
  await app.type(`${testid}-date`, date);
  await app.click(`${testid}-save`);
  await waitFor(`the ${testid} dialog to close`, async () => !(await dialogOpen(testid)));
}

test('set-up for an organisation reporting to the ICO', async () => {
  await app.byTestId('org-form');
  await app.type('org-legal_name', 'Example Software Ltd');
  await app.type('org-country', 'United Kingdom');
  await app.select('org-authority', 'ico');
  await app.select('org-calendar', 'england-wales');
  await app.type('org-contact_name', 'Sam Taylor');
  await app.type('org-contact_email', 'privacy@example.co.uk');
  await app.click('org-save');
  await app.byTestId('sp-empty');
});

test('the request list starts empty', async () => {
  await app.click('nav-requests');
  await app.byTestId('rq-empty');
  await app.screenshot('rq-01-empty');
});

test('the form shows the default regime and refuses a request with no requester and no right', async () => {
  await app.click('rq-add');
  await app.byTestId('rq-form');
  assert.equal(await valueOf('rq-regime'), 'uk-gdpr');
  assert.equal(await valueOf('rq-received'), '2026-11-23');
  await app.click('rq-save');
  assert.match(await app.text('error-requester'), /required/);
  assert.match(await app.text('error-rights'), /required/);
  const focused = await app.script('return document.activeElement && document.activeElement.id;');
  assert.equal(focused, 'rq-requester');
  await app.screenshot('rq-02-form-errors');
});

test('a request for access and erasure received on 10 Nov 2026 is due one month later', async () => {
  await app.type('rq-requester', 'Jane Doe');
  await app.type('rq-email', 'jane.doe@example.org');
  await app.click('rq-right-access');
  await app.click('rq-right-erasure');
  await app.type('rq-received', '2026-11-10');
  await app.screenshot('rq-03-form');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await waitFor('the due date', async () => (await app.text('rq-due')).trim() === '10 Dec 2026');
  assert.match(await app.text('rq-due-rule'), /UK GDPR Art\. 12A: one month from 10 Nov 2026 \(received\)/);
  assert.match(await app.text('rq-due-rule'), /England and Wales/);
  assert.equal(await rows(), 1);
  await app.screenshot('rq-04-detail');
});

test('identity evidence requested, then received, moves the due date to one month from its arrival', async () => {
  await step('rq-identity-requested', '2026-11-11');
  await waitFor('the pending identity in the rule', async () => /identity evidence requested on 11 Nov 2026 not yet received/.test(await app.text('rq-due-rule')));
  assert.equal((await app.text('rq-status')).trim(), 'Awaiting identity');
  // Identity cannot be requested twice.
  assert.equal(await app.attr('rq-identity-requested', 'disabled'), 'true');

  await step('rq-identity-received', '2026-11-16');
  await waitFor('the new due date', async () => (await app.text('rq-due')).trim() === '16 Dec 2026');
  assert.match(await app.text('rq-due-rule'), /UK GDPR Art\. 12A: one month from 16 Nov 2026 \(identity received\)/);
  await waitFor('three timeline entries', async () => (await app.all('[data-testid="rq-timeline-entry"]')).length === 3);
  await app.screenshot('rq-05-identity-received');
});

test('an extension needs reasons and a notice within the first period, and then gives three months', async () => {
  await app.click('rq-extend');
  await app.byTestId('rq-extend-dialog');
  await app.type('rq-extend-notified', '2026-11-12');
  await app.click('rq-extend-save');
  assert.match(await app.text('error-reason'), /required/);

  const reason = 'The request covers eleven years of support tickets held in three systems.';
  await app.type('rq-extend-reason', reason);
  await app.click('rq-extend-save');
  // Told before the clock (re)started on 16 Nov: the core refuses, and says why, next to the date.
  const refusal = await app.text('error-notified_on');
  assert.match(refusal, /before the clock started on/);
  await app.screenshot('rq-06-extend-refused');

  await app.type('rq-extend-notified', '2026-11-20');
  await app.click('rq-extend-save');
  await waitFor('the extend dialog to close', async () => !(await dialogOpen('rq-extend')));
  await waitFor('the extended due date', async () => (await app.text('rq-due')).trim() === '16 Feb 2027');
  assert.match(await app.text('rq-due-rule'), /UK GDPR Art\. 12A: three months \(one month extended by two\) from 16 Nov 2026 \(identity received\)/);
  assert.equal((await app.text('rq-original-due')).trim(), '16 Dec 2026');
  assert.equal((await app.text('rq-status')).trim(), 'Extended');
  assert.equal(await app.attr('rq-extend', 'disabled'), 'true');
  await app.screenshot('rq-07-extended');
});

test('the extension letter prints with the reasons and the extended due date', async () => {
  await app.click('rq-letter-extension');
  const path = await waitFor('the saved letter', async () => (await app.text('rq-letter-path')).trim());
  assert.ok(path.endsWith('.pdf'), path);
  assert.ok(existsSync(path), `${path} exists`);
  assert.equal((await app.text('output-path')).trim(), path);
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(text.includes('Our reasons: The request covers eleven years of support tickets held in three systems.'), text);
  assert.ok(text.includes('We will therefore answer by 16 February 2027 at the latest, instead of 16 December 2026.'), text);
  assert.ok(text.includes('Extended due date 16 February 2027'), text);
  await app.screenshot('rq-08-letter-printed');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => !(await panelOpen()));
});

test('the list sorts by due date, marks the overdue request in red and filters', async () => {
  await app.click('rq-add');
  await app.byTestId('rq-form');
  await app.type('rq-requester', 'Omar Haddad');
  await app.click('rq-right-rectification');
  await app.type('rq-received', '2026-10-01');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await app.press('\uE00C');
  await waitFor('two rows', async () => (await rows()) === 2);
  // Received 1 Oct 2026: due Mon 2 Nov 2026 (1 Nov is a Sunday), 21 days before today.
  assert.equal((await app.text('rq-row-requester')).trim().split('\n')[0], 'Omar Haddad');
  assert.equal(await app.attr('rq-days-left', 'data-urgency'), 'overdue');
  assert.equal((await app.text('rq-days-left')).trim(), '21 days overdue');
  const days = await app.script(
    `return [...document.querySelectorAll('[data-testid="rq-days-left"]')].map((e) => [e.dataset.urgency, e.innerText.trim()]);`,
  );
  assert.deepEqual(days, [['overdue', '21 days overdue'], ['later', '85 days left']]);
  await app.screenshot('rq-09-list');

  await app.select('rq-status-filter', 'extended');
  await waitFor('the extended request only', async () => (await rows()) === 1);
  assert.match(await app.text('rq-row-requester'), /Jane Doe/);
  await app.select('rq-status-filter', '');
  await app.select('rq-right-filter', 'rectification');
  await waitFor('the rectification request only', async () => (await rows()) === 1);
  assert.match(await app.text('rq-row-requester'), /Omar Haddad/);
  await app.select('rq-right-filter', '');
  await app.type('rq-search', 'nobody-of-that-name');
  await app.byTestId('rq-empty');
  await app.type('rq-search', 'doe');
  await waitFor('the search match', async () => (await rows()) === 1);
  await app.type('rq-search', '');
  await waitFor('both rows again', async () => (await rows()) === 2);

  // A row opens its request (WebKitWebDriver clicks cells, not rows).
  await app.clickCss('[data-testid="rq-row"][data-id="1"] td:nth-child(2)');
  await app.byTestId('rq-detail');
  await waitFor('the request opened', async () => (await app.text('rq-due')).trim() === '16 Feb 2027');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => !(await panelOpen()));
});

test('settings preview the retention purge: nothing has expired yet', async () => {
  await app.click('nav-settings');
  await app.click('rq-purge-preview');
  await app.byTestId('rq-purge-nothing');
  await app.screenshot('rq-10-purge-preview');
});
