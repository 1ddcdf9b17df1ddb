// Privacy Desk in French, as a French privacy officer meets it (issue 13): the window opens in the machine's
// language (English here) for set-up; choosing France proposes a French window, and from the save on every screen
// speaks French: the register, a request with its acknowledgement letter, a breach with its CNIL notification, and
// the deadlines. Each screen visited is read for English left behind. Settings switch the window back to English
// and to French again without a restart.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addSubprocessor, pdfText } from './steps.mjs';
import { App, waitFor } from './webdriver.mjs';

let app;

before(async () => {
  app = await App.start();
});

after(async () => {
  await app?.quit();
});

/**
 * Words of the English window that a French screen must not show: its menu, buttons, headings and list words. A
 * hit names the word and the line it is on.
 */
const ENGLISH = [
  'Subprocessors', 'Requests', 'Breaches', 'Deadlines', 'Settings', 'Policies', 'Record of processing', 'Audit log',
  'Dashboard', 'Search', 'Save', 'Cancel', 'Print', 'Status', 'Due', 'overdue', 'New', 'Add', 'Edit', 'Close',
  'Loading', 'Name', 'Country', 'days', 'Open', 'Received', 'Requester', 'Rights', 'Risk', 'Title', 'Today',
  'This week', 'Previous', 'Next', 'Show', 'Hide', 'Clear', 'Filter', 'All', 'None', 'Yes', 'No', 'Letters',
  'Timeline', 'Notify', 'Record', 'Retire', 'Import', 'Export', 'Back up', 'Language', 'from', 'the', 'and', 'of',
];

async function noEnglishLeft(where, skipped = []) {
  const text = await app.script(
    `const hidden = arguments[0].flatMap((css) => [...document.querySelectorAll(css)]);
     hidden.forEach((e) => (e.style.display = 'none'));
     const text = document.body.innerText;
     hidden.forEach((e) => (e.style.display = ''));
     return text;`,
    [skipped],
  );
  const left = [];
  for (const line of text.split('\n')) {
    for (const word of ENGLISH) {
      if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(line)) left.push(`${word}: ${line.trim()}`);
    }
  }
  assert.deepEqual(left, [], `English left on ${where}`);
}

/** The path the banner shows once a print is done. */
const printedPath = (previous = '') =>
  waitFor('the saved path', async () => {
    const p = (await app.text('output-path')).trim();
    return p !== '' && p !== previous ? p : null;
  });

/** Ticks a checkbox, first brought to the middle of the view. */
async function tick(testId) {
  await app.byTestId(testId);
  await app.script(`document.querySelector('[data-testid="${testId}"]').scrollIntoView({ block: 'center' });`);
  await app.click(testId);
}

const valueOf = (testId) => app.script(`return document.querySelector('[data-testid="${testId}"]').value;`);

test('set-up proposes a French window for an organisation in France, and the window speaks French once saved', async () => {
  await app.byTestId('org-form');
  assert.equal(await app.script('return document.documentElement.lang;'), 'en', 'the machine speaks English');
  await app.type('org-legal_name', 'Exemple Logiciels SAS');
  await app.type('org-country', 'France');
  await waitFor('the French window proposed', async () => (await valueOf('org-window-lang')) === 'fr');
  await app.select('org-authority', 'cnil');
  await app.type('org-contact_name', 'Camille Martin');
  await app.type('org-contact_email', 'dpo@exemple.fr');
  await app.click('org-save');
  await app.byTestId('sp-empty');
  await waitFor('the French window', async () => (await app.script('return document.documentElement.lang;')) === 'fr');
  assert.match(await app.text('nav-subprocessors'), /Sous-traitants/);
  await app.paintedScreenshot('fr-01-register-empty');
  await noEnglishLeft('the empty register');
});

test('the register in French', async () => {
  await addSubprocessor(app, { name: 'OVH SAS', service: 'Hébergement des serveurs', category: 'hosting', country: 'France', locations: 'France, Allemagne' });
  await waitFor('the new row', async () => (await app.all('[data-testid="sp-row"]')).length === 1);
  await app.byTestId('sp-detail');
  await app.paintedScreenshot('fr-02-register-detail');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => (await app.all('[data-testid="sp-detail"]')).length === 0);
  await noEnglishLeft('the register');
});

test('a request in French: the rule in words, the acknowledgement letter printed in French', async () => {
  await app.click('nav-requests');
  await app.byTestId('rq-empty');
  await noEnglishLeft('the empty request list');
  await app.click('rq-add');
  await app.byTestId('rq-form');
  await app.type('rq-requester', 'Jeanne Dupont');
  await app.type('rq-email', 'jeanne.dupont@exemple.fr');
  await tick('rq-right-access');
  await app.setValue('rq-received', '2026-11-10');
  await app.paintedScreenshot('fr-03-request-form');
  await noEnglishLeft('the request form');
  await app.click('rq-save');
  await app.byTestId('rq-detail');
  await waitFor('the due date in French', async () => /10 décembre 2026/.test(await app.text('rq-due')));
  assert.match(await app.text('rq-due-rule'), /RGPD art\. 12\(3\)\s: un mois à compter du 10 novembre 2026 \(réception\)/);
  assert.match(await app.text('rq-detail'), /10 novembre 2026 \(réception\)/);
  await app.paintedScreenshot('fr-04-request-detail');
  await noEnglishLeft('the request');
  await app.click('rq-letter-acknowledgement');
  const text = pdfText(await printedPath()).replace(/\s+/g, ' ');
  assert.match(text, /Votre demande \(RGPD\) — accusé de réception/);
  assert.match(text, /Jeanne Dupont/);
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => (await app.all('[data-testid="rq-detail"]')).length === 0);
});

test('a breach in French, with its notification to the CNIL', async () => {
  await app.click('nav-breaches');
  await app.byTestId('br-empty');
  await app.click('br-add');
  await app.byTestId('br-form');
  await app.type('br-title', 'Vol d’un ordinateur portable');
  await app.type('br-description', 'Un ordinateur portable contenant des exports de la base clients a été volé.');
  await app.setValue('br-aware_at', '2026-11-23T08:00');
  await app.click('br-nature-confidentiality');
  await app.click('br-data_categories-identifiers');
  await app.click('br-subject_categories-customers');
  await app.type('br-people', '1 200');
  await app.paintedScreenshot('fr-05-breach-form');
  await noEnglishLeft('the breach form');
  await app.click('br-save');
  await app.byTestId('br-detail');
  await app.paintedScreenshot('fr-06-breach-detail');
  const timeline = await app.script('return document.querySelector(\'[data-testid="br-detail"]\').innerText;');
  assert.match(timeline, /Prise de connaissance/);
  await noEnglishLeft('the breach');
  await app.click('br-print-cnil');
  const text = pdfText(await printedPath());
  assert.ok(text.includes("Notification d'une violation de données personnelles"), 'the CNIL notification in French');
  assert.ok(text.includes('23 novembre 2026 à 8 h 00, heure de Paris'));
});

test('the deadlines in French: titles, dates and the calendar from Monday', async () => {
  await app.click('nav-deadlines');
  await waitFor('the request deadline', async () => /Répondre à la demande R-000001/.test(await app.script('return document.body.innerText;')));
  await app.paintedScreenshot('fr-07-deadlines');
  await noEnglishLeft('the deadlines');
  await app.click('dl-view-calendar');
  await app.byTestId('dl-calendar');
  assert.match(await app.text('dl-month'), /novembre 2026/);
  const weekdays = await app.script('return [...document.querySelectorAll(\'[data-testid="dl-weekday"]\')].map((d) => d.innerText.trim());');
  assert.deepEqual(weekdays, ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
  await app.paintedScreenshot('fr-08-calendar');
  await noEnglishLeft('the calendar');
});

test('Settings switch the window to English and back without a restart', async () => {
  await app.click('nav-settings');
  await app.byTestId('org-form');
  await app.select('org-window-lang', 'en');
  await app.click('org-save');
  await waitFor('the English window', async () => /Subprocessors/.test(await app.text('nav-subprocessors')));
  assert.equal(await app.script('return document.documentElement.lang;'), 'en');
  await app.select('org-window-lang', 'fr');
  await app.click('org-save');
  await waitFor('the French window again', async () => /Sous-traitants/.test(await app.text('nav-subprocessors')));
  await app.paintedScreenshot('fr-09-settings');
  // The adequacy list's rows cite each decision as the list records it (the user may edit or import it): data, not
  // the window's words.
  await noEnglishLeft('Settings', ['[data-testid="adq-row"]']);
});

test('every screen in French on a filled register: headings, columns, buttons and labels in French, screenshots', async () => {
  await app.quit();
  app = await App.start({
    dir: App.seeded([
      ['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr', '--window-lang', 'fr'],
      ['demo', '--subprocessors', '40', '--requests', '40', '--breaches', '6', '--activities', '6'],
    ]),
  });
  // The records are the demo's (some of them English); what must be French is the window's own words.
  const chrome = 'h1, h2, h3, th, button, label, legend, nav';
  const visit = async (screen, shot) => {
    await app.click(`nav-${screen}`);
    await waitFor(`the ${screen} screen`, async () => (await app.all('main h1')).length > 0);
    // Lists and panels arrive from the core a moment after the heading.
    await new Promise((r) => setTimeout(r, 400));
    await app.paintedScreenshot(shot);
    const text = await app.script(`return [...document.querySelectorAll('${chrome}')].map((e) => e.innerText).join('\\n');`);
    const left = [];
    for (const line of text.split('\n')) {
      for (const word of ENGLISH) {
        if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(line)) left.push(`${word}: ${line.trim()}`);
      }
    }
    assert.deepEqual(left, [], `English left on ${screen}`);
  };
  await visit('dashboard', 'fr-10-dashboard');
  await visit('deadlines', 'fr-11-deadlines');
  await visit('subprocessors', 'fr-12-register');
  await visit('activities', 'fr-13-activities');
  await visit('requests', 'fr-14-requests');
  await visit('breaches', 'fr-15-breaches');
  await visit('policies', 'fr-16-policies');
  await visit('audit', 'fr-17-audit');
  await visit('settings', 'fr-18-settings');
});
