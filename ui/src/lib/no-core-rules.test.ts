/// <reference types="node" />
// The window shows what the core computed (issue 11): no screen keeps its own copy of a vocabulary's labels, of the
// EEA, or of time-zone arithmetic. This reads every source file of the window (tests, the recorded fixtures and
// the generated bindings.ts and commands.ts aside) and names the file that does.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../test/fixtures';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIPPED = ['test/', 'lib/bindings.ts', 'lib/commands.ts'];

/** What the core serves but has no list for, kept in the window until it does, with the reason. */
const NOT_SERVED: Record<string, string> = {
  // Words said of a code within a sentence, not its label: the tag beside an adequate country, and the authority
  // with its article in French (« la CNIL », « l'ICO »).
  'lib/i18n/en/activities.ts: vocabulary table': 'the short adequacy tags of the transfers list',
  'lib/i18n/fr/activities.ts: vocabulary table': 'the short adequacy tags of the transfers list',
  'lib/i18n/en/requests.ts: vocabulary table': 'the authority as a sentence names it',
};

type Kind = 'label table' | 'vocabulary table' | 'EEA list' | 'time-zone code';

const vocabularies = (() => {
  const { request, ...general } = fixtures.vocabularies();
  const lists: Record<string, { code: string }[]> = { ...general };
  for (const [name, terms] of Object.entries(request)) lists[`request ${name}`] = terms;
  for (const [name, terms] of Object.entries(fixtures.activityVocabulary())) if (Array.isArray(terms)) lists[`activity ${name}`] = terms;
  return Object.entries(lists).map(([name, terms]) => ({ name, codes: new Set(terms.map((t) => t.code)) }));
})();
const eea = new Set(fixtures.countries().filter((c) => c.eea).map((c) => c.code));

const LABEL_PAIR = /value:\s*(['"])[^'"]*\1\s*,\s*label:\s*['"]|label:\s*(['"])[^'"]*\2\s*,\s*value:\s*['"]/;
const TIME_ZONE = [/\btimeZone\s*:/, /getTimezoneOffset\s*\(/, /resolvedOptions\(\)\s*\.\s*timeZone/, /DateTimeFormat\([^)]*\{[^}]*\btimeZone\b/];

/** An object literal whose keys are codes of one of the core's lists and whose values are words for people. */
function vocabularyTable(block: string): string | null {
  const entries = [...block.matchAll(/(?:^|[{,;\s])(?:'([\w-]+)'|"([\w-]+)"|([a-z][\w]*))\s*:\s*(['"])([^'"]*)\4/g)].map((m) => ({
    key: m[1] ?? m[2] ?? m[3],
    value: m[5],
  }));
  if (!entries.some((e) => /[A-Z ]/.test(e.value))) return null;
  const hit = vocabularies.find((v) => {
    const known = entries.filter((e) => v.codes.has(e.key)).length;
    return known >= 3 && known * 2 >= entries.length;
  });
  return hit?.name ?? null;
}

/** An array of country codes that are all in the EEA. */
function eeaList(block: string): boolean {
  const codes = block.match(/['"][A-Z]{2}['"]/g) ?? [];
  const rest = block.replace(/['"][A-Z]{2}['"]/g, '').replace(/[\s,]/g, '');
  return codes.length >= 5 && rest === '' && codes.every((c) => eea.has(c.slice(1, 3)));
}

export function findings(text: string): { kind: Kind; detail: string }[] {
  const out: { kind: Kind; detail: string }[] = [];
  const pair = LABEL_PAIR.exec(text);
  if (pair) out.push({ kind: 'label table', detail: pair[0] });
  for (const [block] of text.matchAll(/\{[^{}]*\}/g)) {
    const list = vocabularyTable(block);
    if (list) out.push({ kind: 'vocabulary table', detail: `labels of the core's ${list} list` });
  }
  for (const [, block] of text.matchAll(/\[([^[\]]*)\]/g)) if (eeaList(block)) out.push({ kind: 'EEA list', detail: block.trim().slice(0, 40) });
  for (const re of TIME_ZONE) {
    const m = re.exec(text);
    if (m) out.push({ kind: 'time-zone code', detail: m[0] });
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources(SRC)
  .map((path) => relative(SRC, path).split('\\').join('/'))
  .filter((file) => !SKIPPED.some((s) => file.startsWith(s)));

const found = files.flatMap((file) =>
  findings(readFileSync(join(SRC, file), 'utf8')).map((f) => ({ key: `${file}: ${f.kind}`, detail: f.detail })),
);

describe('the window keeps none of the core rules', () => {
  it('recognises each kind of copy, and leaves colours and field labels alone', () => {
    const kinds = (text: string) => findings(text).map((f) => f.kind);
    expect(kinds("const KINDS = [{ value: 'privacy', label: 'Privacy policy' }];")).toEqual(['label table']);
    expect(kinds("const S: Record<Status, string> = { proposed: 'Proposed', active: 'Active', retired: 'Retired' };")).toEqual(['vocabulary table']);
    expect(kinds("const EEA = ['AT', 'BE', 'FR', 'DE', 'NO'];")).toEqual(['EEA list']);
    expect(kinds("new Intl.DateTimeFormat('en', { hour: '2-digit', timeZone })")).toEqual(['time-zone code']);
    expect(kinds('const offset = -date.getTimezoneOffset();')).toEqual(['time-zone code']);
    expect(kinds("const TONES = { proposed: 'violet', active: 'success', retired: 'neutral' };")).toEqual([]);
    expect(kinds("const LABELS = { name: 'Name', status: 'Status', category: 'Category' };")).toEqual([]);
    expect(kinds("const shown = ['FR', 'US', 'GB', 'DE', 'JP'];")).toEqual([]);
  });

  it('reads the whole window', () => {
    expect(files).toContain('App.svelte');
    expect(files).toContain('lib/subprocessors/Register.svelte');
    expect(files.some((f) => f.startsWith('test/') || f.endsWith('.test.ts') || f === 'lib/bindings.ts')).toBe(false);
  });

  it('finds no label table, EEA list or time-zone code in a screen', () => {
    const copies = found.filter((f) => !(f.key in NOT_SERVED)).map((f) => `${f.key} (${f.detail})`);
    expect(copies).toEqual([]);
  });

  it('keeps an exception only while the copy it excuses is there', () => {
    expect(Object.keys(NOT_SERVED).filter((key) => !found.some((f) => f.key === key))).toEqual([]);
  });
});
