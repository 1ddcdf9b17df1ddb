// The breach register in the real window, on its own fresh database with "now" pinned at 2026-11-23 10:00 UTC
// (11:00 in Paris): record a breach through the form, watch the 72-hour countdown, assess it, print the CNIL
// notification and read it back with pdftotext, record the notification and see the status and the clock change.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pdfText, saveRefused } from './steps.mjs';
import { App, waitFor } from './webdriver.mjs';

const TITLE = 'Laptop with customer exports stolen';
// The app's clock starts at PRIVDESK_NOW (10:00 UTC) and runs on from there, so 69 hours left or a little less.
const COUNTDOWN_NEAR_69H = /^(69 h 00 min 00|68 h 5\d min [0-5]\d) s left$/;

let app;
let firstPdf = '';

before(async () => {
  app = await App.start({ dir: App.seeded([['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr']]) });
});

after(async () => {
  await app?.quit();
});

/** Sets an input's value as typing would end (for datetime-local, whose typing WebKitWebDriver does not drive). */
const setInput = (testId, value) => app.setValue(testId, value);

const count = async (testId) => (await app.all(`[data-testid="${testId}"]`)).length;
const status = () => app.attr('br-status', 'data-status');

/** The path the banner shows once a print is done, other than `previous`. */
function printedPath(previous = '') {
  return waitFor('the saved path', async () => {
    const p = (await app.text('output-path')).trim();
    return p !== '' && p !== previous ? p : null;
  });
}

test('a French company set up from the command line starts with an empty breach register', async () => {
  await app.byTestId('sidebar-org');
  await app.click('nav-breaches');
  await app.byTestId('br-empty');
  await app.screenshot('br-01-empty');
});

test('the form refuses a breach without a title or awareness, next to each field, and focuses the first', async () => {
  await app.click('br-add');
  await app.byTestId('br-form');
  await saveRefused(app, 'br-save', { title: /required/, aware_at: /required/ }, 'br-title');
  await waitFor('the form to be ready again', async () => (await app.attr('br-save', 'disabled')) === null);
  await app.screenshot('br-02-form-errors');
});

test('a breach recorded through the form shows its 72-hour deadline in the organisation’s time', async () => {
  await app.type('br-title', TITLE);
  await app.type('br-description', 'A laptop holding CSV exports of the customer database was stolen from a car.');
  await setInput('br-aware_at', '2026-11-23T08:00');
  // The core reads what is typed, in the organisation's zone, and the hint shows its reading.
  await waitFor('the core’s reading', async () =>
    /2026-11-23 08:00 \+01:00 \(Europe\/Paris\)/.test(await app.script(`return document.getElementById('br-aware_at-hint')?.innerText ?? '';`)),
  );
  await app.click('br-nature-confidentiality');
  await app.click('br-nature-availability');
  await app.click('br-data_categories-identifiers');
  await app.click('br-subject_categories-customers');
  await app.type('br-people', '1 200');
  await app.type('br-records', '5000');
  await app.click('br-save');

  await app.byTestId('br-detail');
  assert.equal((await app.text('br-detail-title')).trim(), TITLE);
  assert.equal(await status(), 'open');
  // Aware 08:00 in Paris (07:00 UTC), the app starts at 10:00 UTC: 69 hours left, due 26 Nov 08:00 +01:00. The
  // countdown ticks from there with the wall clock, so it reads 69 h 00 min 00 s or a few seconds less.
  const countdown = await app.text('br-detail-countdown');
  assert.match(countdown, COUNTDOWN_NEAR_69H);
  assert.equal(await app.attr('br-detail-countdown', 'data-urgency'), 'ok');
  assert.match(await app.text('br-due-authority'), /26 Nov 2026, 08:00/);
  assert.match(await app.text('br-rule-authority'), /Art\. 33\(1\): 72 elapsed hours/);
  assert.ok((await count('br-timeline-entry')) >= 3, 'aware, deadline and recorded on the timeline');
  await app.screenshot('br-03-detail');
});

test('the list shows the breach with a countdown that ticks', async () => {
  await app.click('br-back');
  await waitFor('one row', async () => (await count('br-row')) === 1);
  assert.match(await app.text('br-row-title'), new RegExp(TITLE));
  assert.match(await app.text('br-row-aware'), /23 Nov 2026, 08:00/);
  const first = await app.text('br-countdown');
  assert.match(first, COUNTDOWN_NEAR_69H);
  assert.equal(await app.attr('br-countdown', 'data-urgency'), 'ok');
  await waitFor('the countdown to tick', async () => (await app.text('br-countdown')) !== first, 5000);
  await app.screenshot('br-04-list');

  await app.type('br-search', 'zzzz-no-such-breach');
  await app.byTestId('br-empty');
  await app.type('br-search', 'laptop');
  await waitFor('the match', async () => (await count('br-row')) === 1);
  await app.select('br-risk-filter', 'high');
  await app.byTestId('br-empty');
  await app.select('br-risk-filter', '');
  await waitFor('the row again', async () => (await count('br-row')) === 1);
});

test('assessing it as high risk records the reasons and changes the status', async () => {
  // WebKitWebDriver does not click table rows; a cell is clicked instead.
  await app.clickCss('[data-testid="br-row-aware"]');
  await app.byTestId('br-detail');
  await app.click('br-assess');
  await app.byTestId('br-assess-dialog');
  await app.click('br-assess-save');
  assert.match(await app.text('error-risk'), /required/);
  await app.select('br-assess-risk', 'high');
  await app.type('br-assess-reason', 'Names and e-mail addresses of 1200 customers, unencrypted disk: phishing is likely.');
  await app.click('br-assess-save');
  await waitFor('the assessed status', async () => (await status()) === 'assessed');
  assert.match(await app.text('br-detail-risk'), /High risk/);
  await app.screenshot('br-05-assessed');
});

test('the CNIL notification prints in the CNIL’s structure, in French', async () => {
  await app.click('br-print-cnil');
  firstPdf = await printedPath();
  const text = pdfText(firstPdf);
  for (const expected of [
    "Notification d'une violation de données personnelles",
    'Notification initiale',
    TITLE,
    "1. L'organisme",
    '2. Chronologie',
    '3. Nature de la violation',
    '4. Données et personnes concernées',
    '5. Conséquences probables',
    '6. Mesures',
    '7. Information des personnes',
    'Exemple Logiciels SAS',
    '23 novembre 2026 à 8 h 00, heure de Paris',
    '26 novembre 2026 à 8 h 00, heure de Paris',
    'Risque élevé',
  ]) {
    assert.ok(text.includes(expected), `"${expected}" in the CNIL notification`);
  }
  await app.screenshot('br-06-printed');
});

test('the CNIL notification prints in English, as a translation, when English is chosen beside the buttons', async () => {
  await app.select('br-print-lang', 'en');
  await app.click('br-print-cnil');
  const path = await printedPath(firstPdf);
  assert.match(path, /-cnil-en-/);
  const text = pdfText(path);
  for (const expected of ['Notification of a personal data breach', 'English translation of the filing', '1. The organisation', 'High risk']) {
    assert.ok(text.includes(expected), `"${expected}" in the CNIL notification in English`);
  }
  assert.ok(!text.includes('Raison sociale'), 'no French label left');
  await app.select('br-print-lang', '');
  firstPdf = path;
});

test('recording the authority notification with its reference marks the breach notified and the deadline met', async () => {
  await app.click('br-notify');
  await app.byTestId('br-notify-dialog');
  await app.select('br-notify-to', 'authority');
  await setInput('br-notify-at', '2026-11-23T10:30');
  await app.type('br-notify-reference', 'CNIL-2026-000123');
  await app.screenshot('br-07-notify');
  await app.click('br-notify-save');
  await waitFor('the notified status', async () => (await status()) === 'notified');
  assert.equal(await app.attr('br-detail-countdown', 'data-urgency'), 'met');
  assert.match(await app.text('br-detail-countdown'), /Met/);
  const timeline = await app.script(
    `return [...document.querySelectorAll('[data-testid="br-timeline-entry"]')].map((e) => e.innerText).join('\\n');`,
  );
  assert.match(timeline, /CNIL-2026-000123/);
  await app.screenshot('br-08-notified');

  // Printed again, the notification follows the record: complementary, citing the initial one's number.
  await app.click('br-print-cnil');
  const text = pdfText(await printedPath(firstPdf));
  assert.ok(text.includes('Notification complémentaire'), 'complementary');
  assert.ok(text.includes('CNIL-2026-000123'), 'the initial notification number');
});

test('the list shows the new status and the deadline met', async () => {
  await app.click('br-back');
  await waitFor('one row', async () => (await count('br-row')) === 1);
  assert.equal(await app.attr('br-row', 'data-status'), 'notified');
  assert.equal(await app.attr('br-countdown', 'data-urgency'), 'met');
  await app.select('br-status-filter', 'notified');
  await waitFor('the notified row', async () => (await count('br-row')) === 1);
  await app.screenshot('br-09-list-notified');
  await app.select('br-status-filter', 'open');
  await app.byTestId('br-empty');
  await app.select('br-status-filter', '');
});

test('once the people are told it closes, and reopens with a reason that goes on its timeline', async () => {
  await app.clickCss('[data-testid="br-row-aware"]');
  await app.byTestId('br-detail');
  await app.click('br-notify');
  await app.byTestId('br-notify-dialog');
  await app.select('br-notify-to', 'people');
  await setInput('br-notify-at', '2026-11-23T10:45');
  await app.type('br-notify-method', 'E-mail to each customer');
  await app.type('br-notify-reached', '1180');
  await app.click('br-notify-save');
  await waitFor('the dialog to close', async () => (await count('br-notify-dialog')) === 0);

  await app.click('br-close');
  await app.byTestId('br-close-dialog');
  await app.click('br-close-confirm');
  await waitFor('the closed status', async () => (await status()) === 'closed');
  assert.equal(await count('br-notify'), 0, 'a closed breach offers no change');

  await app.click('br-reopen');
  await app.byTestId('br-reopen-dialog');
  await app.click('br-reopen-save');
  assert.match(await app.text('error-reason'), /required/);
  await app.type('br-reopen-reason', 'The attacker also read the billing mailbox');
  await app.click('br-reopen-save');
  await waitFor('the breach open again', async () => (await status()) !== 'closed');
  const timeline = await app.script(
    `return [...document.querySelectorAll('[data-testid="br-timeline-entry"]')].map((e) => e.innerText).join('\\n');`,
  );
  assert.match(timeline, /Reopened \(it was closed on 2026-11-23 11:00 \+01:00\): The attacker also read the billing mailbox/);
  await app.byTestId('br-notify');
  await app.screenshot('br-10-reopened');
});
