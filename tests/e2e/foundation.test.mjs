// The foundation in the real window: set-up, the register's form and its validation, search, import, print and
// the audit chain, on a fresh database.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSubprocessor, pdfText } from './steps.mjs';
import { App, root, waitFor } from './webdriver.mjs';

let app;

before(async () => {
  app = await App.start();
});

after(async () => {
  await app?.quit();
});

test('first start shows the set-up form and refuses an empty name', async () => {
  await app.byTestId('org-form');
  await app.screenshot('01-setup');
  await app.type('org-country', 'France');
  await app.click('org-save');
  const err = await app.text('error-legal_name');
  assert.match(err, /required/);
});

test('set-up saves the organisation and opens the empty register', async () => {
  await app.type('org-legal_name', 'Exemple Logiciels SAS');
  await app.select('org-authority', 'cnil');
  await app.type('org-contact_name', 'Camille Martin');
  await app.type('org-contact_email', 'dpo@exemple.fr');
  // France proposes a French window (french.test.mjs follows it); these scenarios read the English one.
  await app.select('org-window-lang', 'en');
  await app.click('org-save');
  await app.byTestId('sp-empty');
  await app.screenshot('02-empty-register');
});

test('the form shows a validation message next to a bad country and saves nothing', async () => {
  await addSubprocessor(app, { name: 'Hetzner Online GmbH', service: 'Hosting of build servers', category: 'hosting', country: 'Narnia', locations: 'Germany, Finland' });
  const err = await app.text('error-country');
  assert.match(err, /Narnia/);
  await app.screenshot('03-form-error');
  await app.type('sp-country', 'Allemagne');
  await app.click('sp-save');
  await waitFor('the new row', async () => (await app.all('[data-testid="sp-row"]')).length === 1);
  // The saved record opens in the detail panel; Escape closes it.
  await app.byTestId('sp-detail');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => (await app.all('[data-testid="sp-detail"]')).length === 0);
});

test('importing the vendor spreadsheet previews, then adds every row', async () => {
  const csv = readFileSync(join(root, 'tests/fixtures/subprocessors-small-vendor.csv'), 'utf8');
  await app.chooseFile('sp-import-file', 'subprocessors-small-vendor.csv', csv);
  await app.byTestId('import-preview');
  await app.screenshot('04-import-preview');
  await app.click('import-confirm');
  await waitFor('ten rows', async () => (await app.all('[data-testid="sp-row"]')).length === 10);
  await app.screenshot('05-register');
});

test('importing a file of two columns previews each update field by field and changes only that column', async () => {
  await app.chooseFile('sp-import-file', 'services.csv', 'Nom;Prestation\nOVH SAS;Hébergement et sauvegardes\n');
  await app.byTestId('import-changes');
  const changes = await app.text('import-changes');
  assert.match(changes, /Service/);
  assert.match(changes, /→ Hébergement et sauvegardes/);
  await app.screenshot('05a-import-update');
  await app.click('import-confirm');
  await waitFor('the import to close', async () => (await app.all('[data-testid="import-dialog"]')).length === 0);
});

test('an .ods vendor list shows how each column is read; a column is mapped, another left out, and the rows follow', async () => {
  const ods = readFileSync(join(root, 'tests/fixtures/vendors-fr.ods')).toString('base64');
  await app.chooseBinaryFile('sp-import-file', 'vendors-fr.ods', ods);
  await app.byTestId('import-preview');
  await app.byTestId('import-columns');
  assert.match(await app.text('import-ignored'), /Responsable interne/);
  const fields = async () => (await app.all('[data-testid="import-column"]')).length;
  assert.equal(await fields(), 6);
  await app.screenshot('05c-import-columns');
  // The internal contact goes to the notes instead of being left out.
  await app.select('import-column-F', 'notes');
  await waitFor('no column left out', async () => (await app.all('[data-testid="import-ignored"]')).length === 0);
  await app.byTestId('import-preview');
  await app.click('import-confirm');
  await waitFor('the import to close', async () => (await app.all('[data-testid="import-dialog"]')).length === 0);
  await app.type('sp-search', 'scaleway');
  await waitFor('the new record', async () => (await app.all('[data-testid="sp-row"]')).length === 1);
  await app.type('sp-search', '');
});

test('a list whose name column is not recognised is fixed in the mapping step', async () => {
  await app.chooseFile('sp-import-file', 'clients.csv', 'Contact;Objet;Pays;Catégorie\nHetzner Online GmbH;Sauvegardes;Allemagne;hébergement\n');
  await app.byTestId('import-errors');
  assert.match(await app.text('import-errors'), /no column is the subprocessor's name/i);
  await app.screenshot('05d-import-no-name');
  await app.select('import-column-A', 'name');
  await app.byTestId('import-preview');
  assert.match(await app.text('import-preview'), /Hetzner Online GmbH/);
  await app.click('import-confirm');
  await waitFor('the import to close', async () => (await app.all('[data-testid="import-dialog"]')).length === 0);
});

test('search as you type finds a record', async () => {
  await app.type('sp-search', 'digitalocean');
  await waitFor('one match', async () => (await app.all('[data-testid="sp-row"]')).length === 1);
  await app.screenshot('05b-search');
  const name = (await app.text('sp-row-name')).trim();
  assert.equal(name, 'DigitalOcean LLC');
  await app.type('sp-search', 'allemagne');
  await waitFor('records in Germany', async () => (await app.all('[data-testid="sp-row"]')).length >= 3);
  await app.type('sp-search', 'zzzz-no-such-vendor');
  await app.byTestId('sp-empty');
  await app.type('sp-search', '');
  // Ten, then Scaleway and Brevo from the workbook (Hetzner was in the vendor list already, and was updated).
  await waitFor('all twelve rows again', async () => (await app.all('[data-testid="sp-row"]')).length === 12);
});

test('the detail shows the record and its history', async () => {
  await app.clickCss('[data-testid="sp-row-name"]');
  await app.byTestId('sp-detail');
  await waitFor('history', async () => (await app.all('[data-testid="sp-history-entry"]')).length >= 1);
  await app.screenshot('06-detail');
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => (await app.all('[data-testid="sp-detail"]')).length === 0);
});

test('a transfer under the SCCs records its module, and the detail shows it', async () => {
  await app.type('sp-search', 'digitalocean');
  await waitFor('one match', async () => (await app.all('[data-testid="sp-row"]')).length === 1);
  await app.clickCss('[data-testid="sp-row-name"]');
  await app.click('sp-edit');
  await app.byTestId('sp-form');
  await app.select('sp-transfer_mechanism', 'scc');
  await app.select('sp-scc_module', 'processor-to-processor');
  await app.screenshot('06b-scc-module');
  await app.click('sp-save');
  await app.byTestId('sp-detail');
  await waitFor('the module in the detail', async () => (await app.text('sp-detail')).includes('Module 3 (processor to processor)'));
  await app.press('\uE00C');
  await waitFor('the panel to close', async () => (await app.all('[data-testid="sp-detail"]')).length === 0);
  await app.type('sp-search', '');
  await waitFor('all twelve rows again', async () => (await app.all('[data-testid="sp-row"]')).length === 12);
});

test('printing saves a PDF with every name', async () => {
  await app.click('nav-subprocessors');
  await app.click('sp-print-en');
  // The vendor list has US transfers with no safeguard: the window says so before the list goes to customers.
  await app.byTestId('sp-print-gaps-dialog');
  assert.match(await app.text('sp-print-gaps'), /Mailchimp/);
  await app.screenshot('07-print-warning');
  await app.click('sp-print-gaps-confirm');
  const text = pdfText(await waitFor('the saved path', async () => (await app.text('output-path')).trim()));
  for (const word of ['DigitalOcean', 'Hetzner', 'Mailchimp', 'FastMail']) assert.ok(text.includes(word), `${word} in the PDF`);
  await app.screenshot('07-printed');
});

test('the audit trail lists the changes and its chain verifies', async () => {
  await app.click('nav-audit');
  await waitFor('audit rows', async () => (await app.all('[data-testid="audit-row"]')).length >= 14);
  await app.click('audit-verify');
  await waitFor('verification', async () => (await app.attr('audit-result', 'data-ok')) === 'true');
  const checked = Number((await app.text('audit-result')).match(/(\d+) entries/)?.[1]);
  assert.ok(checked >= 14, `${checked} entries checked`);
  await app.screenshot('08-audit');
});
