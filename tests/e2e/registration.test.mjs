// The Registrations page in the real window: for an ICO organisation, the fee tier checked against its turnover and
// headcount (a bad amount refused, naming the field), the renewal among the deadlines and the sheet printed; for a
// CNIL organisation in French, the DPO designation recorded apart from the privacy contact.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { pdfText, saveRefused } from './steps.mjs';
import { App, waitFor } from './webdriver.mjs';

let app;

after(async () => {
  await app?.quit();
});

const texts = (testId) => app.script(`return [...document.querySelectorAll('[data-testid="${testId}"]')].map((e) => e.textContent);`);

async function printedPath(part) {
  return waitFor(`a saved ${part} PDF`, async () => {
    const path = (await app.text('output-path')).trim();
    return path.includes(part) && path.endsWith('.pdf') ? path : null;
  });
}

test('an ICO organisation records its fee tier and is warned when its figures put it in another tier', async () => {
  app = await App.start({
    dir: App.seeded([['init', '--name', 'Example Software Ltd', '--country', 'GB', '--authority', 'ico', '--contact-name', 'Sam Lee', '--contact-email', 'privacy@example.co.uk']]),
  });
  await app.click('nav-registrations');
  await waitFor('the missing registration number', async () => (await texts('reg-warning')).some((w) => /No ICO registration number/.test(w)));
  await app.type('reg-ico_registration', 'ZA123456');
  await app.select('reg-ico_fee_tier', '3');
  await app.type('reg-headcount', '8');
  await app.type('reg-turnover_gbp', 'abc');
  await saveRefused(app, 'reg-save', { turnover_gbp: /not an amount in pounds/ }, 'reg-turnover_gbp');
  await app.type('reg-turnover_gbp', '£450,000');
  await app.setValue('reg-ico_renewal_on', '2027-01-15');
  await app.click('reg-save');
  await waitFor('the tier disagreement', async () =>
    (await texts('reg-warning')).some((w) => w.startsWith('Tier 3 is recorded, but 8 members of staff and a turnover of £450,000')),
  );
  const facts = await texts('reg-fact');
  assert.ok(facts.includes('ZA123456'), facts.join(' | '));
  assert.ok(facts.some((f) => f.includes('£3,763 a year')), facts.join(' | '));
  assert.ok(facts.includes('15 January 2027'), facts.join(' | '));
  await app.screenshot('registrations-ico');

  await app.click('reg-print-en');
  const text = pdfText(await printedPath('registrations-en'));
  assert.match(text, /Registrations with the supervisory authority/);
  assert.match(text, /Tier 3 is recorded/);

  await app.click('nav-deadlines');
  await waitFor('the renewal among the deadlines', async () =>
    app.script(`return document.body.textContent.includes('Renew the ICO registration');`),
  );
  await app.quit();
  app = null;
});

test('a CNIL organisation in French records its DPO designation', async () => {
  app = await App.start({
    dir: App.seeded([['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr', '--window-lang', 'fr']]),
  });
  await app.click('nav-registrations');
  await waitFor('the missing SIREN', async () => (await texts('reg-warning')).some((w) => /Aucun SIREN/.test(w)));
  await app.type('reg-company_number', '552 100 554 00013');
  await app.type('reg-representative', 'Paul Roux');
  await app.click('reg-dpo_designated');
  await app.type('reg-dpo_name', 'Jeanne Durand');
  await app.type('reg-dpo_email', 'jeanne@dpo.fr');
  await app.setValue('reg-dpo_designated_on', '2025-03-01');
  await app.click('reg-save');
  await waitFor('the receipt still to record', async () =>
    (await texts('reg-warning')).some((w) => /numéro de récépissé/i.test(w)),
  );
  const facts = await texts('reg-fact');
  assert.ok(facts.includes('552100554'), facts.join(' | '));
  assert.ok(facts.includes('Jeanne Durand, jeanne@dpo.fr'), facts.join(' | '));
  assert.ok(facts.includes('Camille Martin'), 'the privacy contact stays apart from the DPO');
  await app.screenshot('registrations-cnil-fr');
  await app.type('reg-dpo_receipt', 'DPO-2025-12345');
  await app.click('reg-save');
  await app.byTestId('reg-all-good');
  await app.click('reg-print-fr');
  const text = pdfText(await printedPath('registrations-fr'));
  assert.match(text, /Formalités auprès de l'autorité de contrôle/);
  assert.match(text, /DPO-2025-12345/);
});
