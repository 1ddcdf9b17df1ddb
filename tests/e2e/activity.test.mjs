// The record of processing in the real window, on a database set up with the vendor register from the command
// line: an activity added with its live Art. 30 warnings (a US transfer without a safeguard), the CNIL print and
// the audit binder checked through pdftotext.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pdfText, saveRefused } from './steps.mjs';
import { App, root, waitFor } from './webdriver.mjs';

const NAME = 'Newsletter des clients';
let app;

before(async () => {
  app = await App.start({
    dir: App.seeded([['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr'], ['subprocessor', 'import', join(root, 'tests/fixtures/subprocessors-small-vendor.csv')]]),
  });
});

after(async () => {
  await app?.quit();
});

const count = async (testId) => (await app.all(`[data-testid="${testId}"]`)).length;

async function printedPath(part) {
  return waitFor(`a saved ${part} PDF`, async () => {
    const path = (await app.text('output-path')).trim();
    return path.includes(part) && path.endsWith('.pdf') ? path : null;
  });
}

test('the register imported from the command line holds the vendor list', async () => {
  await app.click('nav-subprocessors');
  await waitFor('nine rows', async () => (await count('sp-row')) === 9);
});

test('the record starts empty', async () => {
  await app.click('nav-activities');
  await app.byTestId('act-empty');
  await app.screenshot('act-01-empty');
});

test('saving without a name shows the core’s error next to the field and focuses it', async () => {
  await app.click('act-add');
  await app.byTestId('act-form');
  await saveRefused(app, 'act-save', { name: /required/, purposes: /purpose/ }, 'act-name');
});

test('an activity with basis (f), a data category and DigitalOcean shows the US transfer warning live', async () => {
  await app.type('act-name', NAME);
  await app.type('act-function', 'Marketing');
  await app.type('act-purpose', 'Envoyer la lettre d’information aux clients');
  await app.select('act-basis', 'legitimate-interests');
  await app.byTestId('act-li');
  await app.type('act-li', 'Tenir nos clients informés des nouvelles fonctions');
  await app.select('act-data-category', 'identity');
  await app.type('act-data-description', 'Nom, adresse e-mail');
  await app.type('act-data-retention', '3 ans après la fin du contrat');
  const doId = await app.script(
    `const o = [...document.querySelector('[data-testid="act-subprocessor"]').options].find((o) => o.text.startsWith('DigitalOcean'));
     return o ? o.value : null;`,
  );
  assert.ok(doId, 'DigitalOcean is offered by the picker');
  await app.select('act-subprocessor', doId);
  await waitFor('the linked subprocessor', async () => (await count('act-linked-subprocessor')) === 1);
  // The derived transfer: Germany is in the EEA, the United States is not.
  await waitFor('one derived transfer', async () => (await count('act-transfer')) === 1);
  assert.match(await app.text('act-transfer'), /DigitalOcean LLC[\s\S]*United States[\s\S]*From the register/);
  const warning = await waitFor('the US transfer warning', async () => {
    const text = await app.text('act-warnings');
    return /United States/.test(text) && /DigitalOcean/.test(text) ? text : null;
  });
  assert.match(warning, /Data Privacy Framework|safeguard/);
  assert.doesNotMatch(warning, /No lawful basis|interests pursued are not stated/);
  // The same warning sits next to the transfers.
  const inline = await app.script(
    `return [...document.querySelectorAll('[data-field-warnings="transfers"] li')].map((li) => li.innerText).join('\\n');`,
  );
  assert.match(inline, /DigitalOcean/);
  await app.clickCss('[data-testid="act-warning"][data-field="transfers"] button');
  await app.screenshot('act-02-form-warnings');
});

test('saving opens the record; the list shows it with its gaps count', async () => {
  await app.click('act-save');
  await app.byTestId('act-duplicate');
  await waitFor('the warning after saving', async () => /DigitalOcean/.test(await app.text('act-warnings')));
  await app.screenshot('act-03-saved');
  await app.click('nav-activities');
  await waitFor('one row', async () => (await count('act-row')) === 1);
  assert.equal((await app.text('act-row-name')).trim(), NAME);
  const badge = Number((await app.text('act-row-warnings')).trim());
  assert.ok(badge >= 1, `warnings badge ${badge}`);
  await app.type('act-search', 'zzzz-nothing');
  await app.byTestId('act-empty');
  await app.type('act-search', 'newsletter');
  await waitFor('the row again', async () => (await count('act-row')) === 1);
  await app.screenshot('act-04-list');
});

test('printing the CNIL layout saves the register in French', async () => {
  await app.click('act-print-cnil');
  const text = pdfText(await printedPath('ropa-cnil'));
  for (const s of ['Registre des activités de traitement', 'Finalités', NAME, 'DigitalOcean']) {
    assert.ok(text.includes(s), `${s} in the CNIL record`);
  }
  assert.match(text, /Fiche n° \d+ — Newsletter des clients/);
  await app.screenshot('act-05-printed');
});

test('the CNIL layout prints in English when English is chosen beside the button', async () => {
  await app.select('act-print-lang', 'en');
  await app.click('act-print-cnil');
  const text = pdfText(await printedPath('ropa-cnil-en'));
  for (const s of ['Record of processing activities', 'Purposes', NAME]) {
    assert.ok(text.includes(s), `${s} in the CNIL record in English`);
  }
  assert.match(text, /Sheet no\. \d+ — Newsletter des clients/);
  assert.ok(!text.includes('Finalités'), 'no French heading left');
  await app.select('act-print-lang', '');
});

test('the processor tab explains itself when no activity is done as a processor', async () => {
  await app.click('act-tab-processor');
  await app.byTestId('act-processor-record');
  await app.byTestId('act-processor-empty');
});

test('the audit binder prints from the audit trail with its cover and contents', async () => {
  await app.click('nav-audit');
  await app.select('audit-binder-lang', 'fr');
  await app.click('audit-print-binder');
  const text = pdfText(await printedPath('audit-binder-fr'));
  assert.match(text, /Dossier d.audit/);
  assert.ok(text.includes('Exemple Logiciels SAS'), 'organisation on the cover');
  assert.ok(text.includes('Sommaire'), 'contents');
  for (const s of ['1. Profil de l', '2. Registre des activités de traitement', '7. Synthèse du journal d']) {
    assert.ok(text.includes(s), `${s} in the binder`);
  }
  assert.ok(text.includes(NAME), 'the activity in the binder');
  await app.screenshot('act-06-binder');
});

test('settings show the shipped adequacy list; an edit is checked row by row, saved, and used by the record', async () => {
  await app.click('nav-settings');
  await app.byTestId('adequacy');
  assert.match(await app.text('adq-source'), /shipped with this version/);
  assert.equal(await count('adq-row'), 15);
  await app.click('adq-edit');
  await app.byTestId('adq-form');
  await app.click('adq-add-row');
  await waitFor('the new row', async () => (await count('adq-edit-row')) === 16);
  // The new row is the last one; the date input is set as a date picker would set it.
  await app.script(
    `const rows = document.querySelectorAll('[data-testid="adq-row-code"]');
     const last = rows[rows.length - 1];
     last.value = 'Narnia';
     last.dispatchEvent(new Event('input', { bubbles: true }));
     const date = document.querySelector('[data-testid="adq-as-of-input"]');
     date.value = '2026-09-01';
     date.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
  await app.click('adq-save');
  assert.match(await app.text('error-adq-code'), /'Narnia' is not a country/);
  assert.equal(await count('adq-row'), 0, 'nothing saved: the form stays open');
  await app.screenshot('act-07-adequacy-error');

  await app.script(
    `const rows = document.querySelectorAll('[data-testid="adq-row-code"]');
     const last = rows[rows.length - 1];
     last.value = 'Brazil';
     last.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
  await app.click('adq-save');
  await waitFor('the saved list', async () => (await count('adq-row')) === 16);
  assert.match(await app.text('banner'), /Adequacy list saved: 16 countries, as of 1 Sep 2026/);
  assert.match(await app.text('adq-source'), /your list/);
  await app.screenshot('act-08-adequacy-saved');

  // The record of processing now reads the user's list.
  await app.click('nav-activities');
  await waitFor('one row', async () => (await count('act-row')) === 1);
  await app.clickCss('[data-testid="act-row-name"]');
  await app.byTestId('act-form');
  assert.equal((await app.text('act-adequacy-as-of')).trim(), '1 Sep 2026');
});

test('a bad list file is refused with its line; the shipped list comes back after a confirmation', async () => {
  await app.click('nav-settings');
  await app.byTestId('adq-import');
  await app.chooseFile('adq-file', 'adequacy.tsv', '# as of\t2026-10-01\nJP\tfull\tJapan\nAtlantis\tfull\n');
  await waitFor('the error banner', async () => /adequacy\.tsv: line 3: 'Atlantis'/.test(await app.text('banner')));
  assert.equal(await count('adq-form'), 0, 'nothing to review');

  await app.click('adq-reset');
  await app.byTestId('adq-reset-dialog');
  await app.click('adq-reset-confirm');
  await waitFor('the shipped list', async () => (await count('adq-row')) === 15);
  assert.match(await app.text('adq-source'), /shipped with this version/);
});

test('a transfer added by hand is derived by the core as it is typed: Japan is adequate, and it is saved', async () => {
  await app.click('nav-activities');
  await waitFor('one row', async () => (await count('act-row')) === 1);
  await app.clickCss('[data-testid="act-row-name"]');
  await app.byTestId('act-form');
  await waitFor('the derived transfer', async () => (await count('act-transfer')) === 1);
  assert.match(await app.text('act-transfer-adequacy'), /DPF-certified only/);
  await app.click('act-add-transfer');
  await waitFor('a blank row to fill in', async () => (await count('act-transfer-recipient')) === 1);
  // Typed key by key: the row keeps its input (and the focus) while the core answers for each key.
  await app.type('act-transfer-recipient', 'Partenaire Tokyo KK');
  await app.type('act-transfer-country', 'Japon');
  const manual = '[data-testid="act-transfer"][data-origin="manual"]';
  await waitFor('the adequacy tag of Japan', async () =>
    app.script(`const r = document.querySelector('${manual}'); return !!r && /adequacy/.test(r.innerText);`),
  );
  assert.equal(await app.script(`return document.querySelector('${manual} [data-testid="act-transfer-recipient"]').value;`), 'Partenaire Tokyo KK');
  await app.screenshot('act-09-manual-transfer');
  await app.click('act-save');
  await waitFor('the saved manual transfer', async () =>
    app.script(`const r = document.querySelector('${manual}'); return !!r && /Partenaire Tokyo KK/.test(r.innerHTML);`),
  );
  // The record's history, newest first: this change, then the creation.
  await waitFor('two history entries', async () => (await count('act-history-entry')) === 2);
  const actions = await app.script(`return [...document.querySelectorAll('[data-testid="act-history-entry"]')].map((e) => e.dataset.action);`);
  assert.deepEqual(actions, ['update', 'create']);
  assert.match(await app.text('act-history'), /Partenaire Tokyo KK/);
  await app.script(`document.querySelector('[data-testid="act-history"]').scrollIntoView({ block: 'center' });`);
  await app.screenshot('act-10-history');
});
