// Steps that several desktop scenarios take the same way, over the WebDriver client in webdriver.mjs.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The text of a PDF the app saved, laid out as printed (pdftotext -layout). */
export function pdfText(path) {
  assert.ok(path.endsWith('.pdf'), path);
  assert.ok(existsSync(path), `${path} exists`);
  return execFileSync('pdftotext', ['-layout', path, '-']).toString();
}

/**
 * Saves the form on screen as it stands and checks the core's refusal: each field's message next to it (`errors`, a
 * field's name to what its message says) and the focus on the first field refused (`focused`, the control's id).
 */
export async function saveRefused(app, save, errors, focused) {
  await app.click(save);
  for (const [field, message] of Object.entries(errors)) assert.match(await app.text(`error-${field}`), message);
  assert.equal(await app.focusedId(), focused);
}

/** Fills in the register's form for a new subprocessor, from its list, and saves it. */
export async function addSubprocessor(app, { name, service, category, country, locations }) {
  await app.click('sp-add');
  await app.byTestId('sp-form');
  await app.type('sp-name', name);
  await app.type('sp-service', service);
  await app.select('sp-category', category);
  await app.type('sp-country', country);
  await app.type('sp-locations', locations);
  await app.click('sp-save');
}
