// Data subject requests in the real window, on a fresh database with today pinned to 23 Nov 2026: an organisation
// reporting to the ICO (UK GDPR, England and Wales bank holidays), a request whose clock restarts when identity
// evidence arrives, an extension refused then recorded, and the extension letter checked through pdftotext.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pdfText, saveRefused } from './steps.mjs';
import { App, waitFor } from './webdriver.mjs';

let app;

before(async () => {
  app = await App.start({
    dir: App.seeded([
      ['init', '--name', 'Example Software Ltd', '--country', 'GB', '--authority', 'ico', '--calendar', 'england-wales', '--contact-name', 'Sam Taylor', '--contact-email', 'privacy@example.co.uk'],
    ]),
  });
});

after(async () => {
  await app?.quit();
});

const rows = async () => (await app.all('[data-testid="rq-row"]')).length;
const panelOpen = async () => (await app.all('[data-testid="rq-detail"]')).length > 0;
const dialogOpen = async (testid) => (await app.all(`[data-testid="${testid}-dialog"]`)).length > 0;

/** The value a control holds, asked of the page. */
const valueOf = (testId) => app.script(`return document.querySelector('[data-testid="${testId}"]').value;`);

/**
 * Fills a date input. WebKitGTK draws <input type="date"> as month/day/year segments that typed keys do not fill
 * reliably, so the value is set as the date picker would set it, and the page is told.
 */
const setDate = (testId, value) => app.setValue(testId, value);

/** Ticks a checkbox, first brought to the middle of the view (the form scrolls inside the main pane). */
async function tick(testId) {
  await app.byTestId(testId);
  await app.script(`document.querySelector('[data-testid="${testId}"]').scrollIntoView({ block: 'center' });`);
  await app.click(testId);
  await waitFor(`${testId} ticked`, () => app.script(`return document.querySelector('[data-testid="${testId}"]').checked;`));
}

/** A screenshot of what the test just saw in the DOM, once the page has painted it. */
const shot = (name) => app.paintedScreenshot(name);

/** Records one workflow step through its dialog. */
async function step(testid, date) {
  await app.click(testid);
  await app.byTestId(`${testid}-dialog`);
  await setDate(`${testid}-date`, date);
  await app.click(`${testid}-save`);
  await waitFor(`the ${testid} dialog to close`, async () => !(await dialogOpen(testid)));
}

test('an organisation reporting to the ICO, set up from the command line, opens on its empty register', async () => {
  await app.click('nav-subprocessors');
  await app.byTestId('sp-empty');
});

test('the request list starts empty', async () => {
  await app.click('nav-requests');
  await app.byTestId('rq-empty');
  await shot('rq-01-empty');
});

test('the form shows the default regime and refuses a request with no requester and no right', async () => {
  await app.click('rq-add');
  await app.byTestId('rq-form');
  assert.equal(await valueOf('rq-regime'), 'uk-gdpr');
  // Dates show in the window's language (day/month/year), and hold the ISO date the core reads.
  assert.equal(await valueOf('rq-received'), '23/11/2026');
  assert.equal(await app.attr('rq-received', 'data-value'), '2026-11-23');
  await saveRefused(app, 'rq-save', { requester: /required/, rights: /required/ }, 'rq-requester');
  await shot('rq-02-form-errors');
});

test('a request for access and erasure received on 10 Nov 2026 is due one month later', async () => {
  await app.type('rq-requester', 'Jane Doe');
  await app.type('rq-email', 'jane.doe@example.org');
  await tick('rq-right-access');
  await tick('rq-right-erasure');
  await setDate('rq-received', '2026-11-10');
  await shot('rq-03-form');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await waitFor('the due date', async () => (await app.text('rq-due')).trim() === '10 Dec 2026');
  assert.match(await app.text('rq-due-rule'), /UK GDPR Art\. 12A: one month from 10 Nov 2026 \(received\)/);
  assert.match(await app.text('rq-due-rule'), /England and Wales/);
  assert.equal(await rows(), 1);
  await shot('rq-04-detail');
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
  await shot('rq-05-identity-received');
});

test('an extension needs reasons and a notice within the first period, and then gives three months', async () => {
  await app.click('rq-extend');
  await app.byTestId('rq-extend-dialog');
  await setDate('rq-extend-notified', '2026-11-12');
  await app.click('rq-extend-save');
  assert.match(await app.text('error-reason'), /required/);

  const reason = 'The request covers eleven years of support tickets held in three systems.';
  await app.type('rq-extend-reason', reason);
  await app.click('rq-extend-save');
  // Told before the clock (re)started on 16 Nov: the core refuses, and says why, next to the date.
  const refusal = await app.text('error-notified_on');
  assert.match(refusal, /before the clock started on/);
  await shot('rq-06-extend-refused');

  await setDate('rq-extend-notified', '2026-11-20');
  await app.click('rq-extend-save');
  await waitFor('the extend dialog to close', async () => !(await dialogOpen('rq-extend')));
  await waitFor('the extended due date', async () => (await app.text('rq-due')).trim() === '16 Feb 2027');
  assert.match(await app.text('rq-due-rule'), /UK GDPR Art\. 12A: three months \(one month extended by two\) from 16 Nov 2026 \(identity received\)/);
  assert.equal((await app.text('rq-original-due')).trim(), '16 Dec 2026');
  assert.equal((await app.text('rq-status')).trim(), 'Extended');
  assert.equal(await app.attr('rq-extend', 'disabled'), 'true');
  await shot('rq-07-extended');
});

test('the extension letter prints with the reasons and the extended due date', async () => {
  await app.click('rq-letter-extension');
  const path = await waitFor('the saved letter', async () => (await app.text('output-path')).trim());
  const text = pdfText(path).replace(/\s+/g, ' ');
  assert.ok(text.includes('Our reasons: The request covers eleven years of support tickets held in three systems.'), text);
  assert.ok(text.includes('We will therefore answer by 16 February 2027 at the latest, instead of 16 December 2026.'), text);
  assert.ok(text.includes('Extended due date 16 February 2027'), text);
  await shot('rq-08-letter-printed');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => !(await panelOpen()));
});

test('the list sorts by due date, marks the overdue request in red and filters', async () => {
  await app.click('rq-add');
  await app.byTestId('rq-form');
  await app.type('rq-requester', 'Omar Haddad');
  await tick('rq-right-rectification');
  await setDate('rq-received', '2026-10-01');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await app.press('\uE00C');
  await waitFor('two rows', async () => (await rows()) === 2);
  // Received 1 Oct 2026: due Mon 2 Nov 2026 (1 Nov is a Sunday), 21 days before today.
  assert.equal((await app.text('rq-row-requester')).trim().split('\n')[0], 'Omar Haddad');
  assert.equal(await app.attr('rq-days-left', 'data-urgency'), 'overdue');
  assert.equal((await app.text('rq-days-left')).trim(), 'overdue by 21 days');
  const days = await app.script(
    `return [...document.querySelectorAll('[data-testid="rq-days-left"]')].map((e) => [e.dataset.urgency, e.innerText.trim()]);`,
  );
  assert.deepEqual(days, [['overdue', 'overdue by 21 days'], ['later', 'due in 85 days']]);
  await shot('rq-09-list');

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
  await shot('rq-10-purge-preview');
});

test('a request closed in 2022 is past its three-year retention and is pseudonymised after confirmation', async () => {
  await app.click('nav-requests');
  await app.click('rq-add');
  await app.byTestId('rq-form');
  await app.type('rq-requester', 'Old Requester');
  await tick('rq-right-access');
  await setDate('rq-received', '2022-01-10');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await waitFor('the third request', async () => (await app.text('rq-detail')).includes('R-000003'));

  // Closing asks for the outcome and the response date, says it is final, and then leaves no step enabled.
  await app.click('rq-close');
  await app.byTestId('rq-close-dialog');
  await app.select('rq-close-outcome', 'refused');
  await setDate('rq-close-date', '2022-02-01');
  await app.click('rq-close-save');
  assert.match(await app.text('error-reason'), /required for a refusal/);
  await app.select('rq-close-outcome', 'completed');
  await shot('rq-11-close-dialog');
  await app.click('rq-close-save');
  await waitFor('the close dialog to close', async () => !(await dialogOpen('rq-close')));
  await waitFor('the closed status', async () => (await app.text('rq-status')).trim() === 'Completed');
  assert.equal((await app.all('[data-testid="rq-close"]')).length, 0);
  assert.equal(await app.attr('rq-letter-refusal', 'disabled'), 'true');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => !(await panelOpen()));

  await app.click('nav-settings');
  await app.click('rq-purge-preview');
  await waitFor('one request to purge', async () => (await app.all('[data-testid="rq-purge-item"]')).length === 1);
  assert.match(await app.text('rq-purge-plan'), /R-000003/);
  assert.doesNotMatch(await app.text('rq-purge-plan'), /Old Requester/);
  await shot('rq-12-purge-plan');
  await app.click('rq-purge-start');
  await app.byTestId('rq-purge-dialog');
  await app.click('rq-purge-confirm');
  await waitFor('the purge banner', async () => /1 request pseudonymised/.test(await app.text('banner')));

  await app.click('nav-requests');
  await waitFor('three rows', async () => (await rows()) === 3);
  const names = await app.script(`return [...document.querySelectorAll('[data-testid="rq-row-requester"]')].map((e) => e.innerText.trim());`);
  assert.ok(names.includes('Requester R-000003'), names.join(' | '));
  assert.ok(!names.some((n) => n.includes('Old Requester')), names.join(' | '));
});

test('a fee requested leaves the request awaiting it, its letter prints, and its payment starts the clock', async () => {
  await app.click('rq-add');
  await app.byTestId('rq-form');
  await app.type('rq-requester', 'Priya Shah');
  await app.type('rq-email', 'priya@example.org');
  await tick('rq-right-access');
  await setDate('rq-received', '2026-11-02');
  await app.type('rq-fee', '£10');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await waitFor('the new request', async () => (await app.text('rq-detail')).includes('R-000004'));

  await step('rq-fee-requested', '2026-11-03');
  await waitFor('the awaiting fee status', async () => (await app.text('rq-status')).trim() === 'Awaiting fee');
  assert.match(await app.text('rq-due-rule'), /fee requested on 3 Nov 2026 not yet received: the clock starts when it is paid/);
  assert.equal((await app.text('rq-clock-waits')).trim(), 'When the fee asked for is received');
  await shot('rq-13-awaiting-fee');

  await app.click('rq-letter-fee');
  const path = await waitFor('the saved fee letter', async () => {
    const p = (await app.text('output-path')).trim();
    return p.includes('fee') ? p : null;
  });
  const text = pdfText(path).replace(/\s+/g, ' ');
  assert.ok(text.includes('a reasonable fee of £10 is payable'), text);
  assert.ok(text.includes('Time limit starts On the day we receive the fee'), text);

  // Paid on Tue 10 Nov 2026: one month from then, Thu 10 Dec 2026.
  await step('rq-fee-received', '2026-11-10');
  await waitFor('the clock started by the payment', async () => (await app.text('rq-due')).trim() === '10 Dec 2026');
  assert.match(await app.text('rq-due-rule'), /UK GDPR Art\. 12A: one month from 10 Nov 2026 \(fee received\)/);
});
