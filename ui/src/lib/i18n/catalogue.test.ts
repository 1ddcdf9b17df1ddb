/// <reference types="node" />
// Every text of the window comes from the message catalogue (issue 13): each language holds every key the other
// holds, with the same parameters, and no component or window module writes a user-facing text of its own. The
// scan reads each .svelte file's markup through the Svelte parser (text between tags, and the attributes people
// read: labels, titles, placeholders, hints) and each script for sentences and for label-like properties given
// a literal; it names the file, the line and the text.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { catalogue, formatInstant, formatNumber, formatTime, formatWeekday, setLang } from '.';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The catalogue itself, generated code, tests and test scaffolding. */
const SKIPPED = [/^lib\/i18n\//, /^lib\/bindings\.ts$/, /^lib\/commands\.ts$/, /\.test\.ts$/, /^test\//, /Harness\.svelte$/, /^lib\/security\/stubs\.ts$/];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : /\.(svelte|ts)$/.test(e.name) ? [path] : [];
  });
}

const SOURCES = files(SRC)
  .map((path) => ({ path, name: relative(SRC, path).split('\\').join('/') }))
  .filter(({ name }) => !SKIPPED.some((s) => s.test(name)));

/** Words for people: two letters in a row (symbols, numbers and punctuation alone are not text). */
const WORDS = /\p{L}{2,}/u;
/** Attributes people read, on elements and on our own components. */
const READ_ATTRIBUTE = /^(aria-label|aria-description|aria-roledescription|alt|title|placeholder|label|legend|caption|heading|subtitle|hint|help|message|description|summary|empty|emptyText|confirm|confirmLabel|cancelLabel|actionLabel|busyLabel|text|what|lead|note|unit)$/i;
/** Properties of script objects and assignments whose literal string is a text for people. */
const READ_PROPERTY =
  /\b(?:(?:label|title|heading|hint|placeholder|message|description|summary|empty|confirmLabel|cancelLabel|busyLabel|actionLabel|lead|text)\s*[:=]|(?:announce|flash|notify)\s*\()\s*(?:'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`)/g;
/** A sentence in a script: a capital, a word, a space or comma, more ("Could not save", "Saved, at last."). */
const SENTENCE = /'([A-Z][a-z]+[ ,][^'\n]*)'|"([A-Z][a-z]+[ ,][^"\n]*)"|`([A-Z][a-z]+[ ,][^`]*)`/g;
/** A code, a key or a class list rather than words for people. */
const CODE = /^[\w.:/#-]*$/;

type Finding = { line: number; text: string };

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

// The Svelte AST is a tree of plain objects; every node with `type` and `start` is visited.
type Node = { type?: string; start?: number; data?: string; name?: string; value?: unknown; [key: string]: unknown };

function markupFindings(source: string): Finding[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
  const out: Finding[] = [];
  const visit = (node: unknown, inAttribute: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, inAttribute));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Text' && !inAttribute && typeof n.data === 'string' && WORDS.test(n.data)) {
      out.push({ line: lineOf(source, n.start ?? 0), text: n.data.trim() });
    }
    if (n.type === 'Attribute') {
      if (Array.isArray(n.value) && READ_ATTRIBUTE.test(n.name ?? '')) {
        for (const part of n.value as Node[]) {
          if (part.type === 'Text' && typeof part.data === 'string' && WORDS.test(part.data)) {
            out.push({ line: lineOf(source, part.start ?? 0), text: `${n.name}="${part.data.trim()}"` });
          }
        }
      }
      // Expressions inside attributes are code; their strings are checked with the scripts.
      return;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'parent' || key === 'metadata') continue;
      if (value && typeof value === 'object') visit(value, n.type === 'ExpressionTag' || inAttribute);
    }
  };
  visit(ast.fragment, false);
  return out;
}

/** The parts of a file that are code: the scripts of a component (markup expressions included), or all of a module. */
function scriptFindings(source: string, offset = 0, whole: string = source): Finding[] {
  const out: Finding[] = [];
  const code = source.replace(/\/\/.*$/gm, (c) => ' '.repeat(c.length)).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of code.matchAll(READ_PROPERTY)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    if (WORDS.test(text) && !CODE.test(text)) out.push({ line: lineOf(whole, offset + (m.index ?? 0)), text: m[0] });
  }
  for (const m of code.matchAll(SENTENCE)) {
    if (out.some((f) => f.text.includes(m[0]))) continue;
    out.push({ line: lineOf(whole, offset + (m.index ?? 0)), text: m[0] });
  }
  return out;
}

function findings(name: string, source: string): Finding[] {
  if (!name.endsWith('.svelte')) return scriptFindings(source);
  const out = markupFindings(source.replace(/<style[\s\S]*?<\/style>/g, (c) => c.replace(/[^\n]/g, ' ')));
  for (const m of source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    out.push(...scriptFindings(m[1], (m.index ?? 0) + m[0].indexOf(m[1]), source));
  }
  // Strings inside the markup's expressions: {cond ? 'Yes' : 'No'}.
  const markup = source.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of markup.matchAll(/\{[^{}]*\}/g)) out.push(...scriptFindings(m[0], m.index ?? 0, source));
  return out;
}

describe('the message catalogue', () => {
  function shape(value: unknown, path: string, into: Map<string, string>): void {
    if (typeof value === 'function') into.set(path, `function/${value.length}`);
    else if (typeof value === 'string') into.set(path, 'string');
    else if (Array.isArray(value)) into.set(path, `array/${value.length}`);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) shape(v, path ? `${path}.${k}` : k, into);
    else into.set(path, typeof value);
  }

  it('holds every key in both languages, with the same parameters', () => {
    const [en, fr] = [new Map<string, string>(), new Map<string, string>()];
    shape(catalogue('en'), '', en);
    shape(catalogue('fr'), '', fr);
    const missingInFrench = [...en.keys()].filter((k) => !fr.has(k));
    const missingInEnglish = [...fr.keys()].filter((k) => !en.has(k));
    const different = [...en.keys()].filter((k) => fr.has(k) && fr.get(k) !== en.get(k)).map((k) => `${k}: ${en.get(k)} / ${fr.get(k)}`);
    expect({ missingInFrench, missingInEnglish, different }).toEqual({ missingInFrench: [], missingInEnglish: [], different: [] });
  });

  it('has no empty message, and French typography: a non-breaking space before : ; ? ! and inside « »', () => {
    const texts = new Map<string, string>();
    const collect = (value: unknown, path: string): void => {
      if (typeof value === 'string') texts.set(path, value);
      else if (typeof value === 'function') {
        // Called with sample arguments: numbers for counts, words for names.
        const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : 'x'));
        const text = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof text === 'string') texts.set(`${path}()`, text);
      } else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, path ? `${path}.${k}` : k);
    };
    collect(catalogue('fr'), '');
    const empty = [...texts].filter(([, v]) => v.trim() === '').map(([k]) => k);
    // A colon after a letter or a closing bracket, not inside a time (9:30) or a URL (https://).
    const badSpace = [...texts].filter(([, v]) => /[\p{L})»’"] ?[;?!]|[\p{L})»] [:;?!]|[\p{L})»]:(?!\/\/)(?!\d)|« |«\S| »|\S»/u.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect({ empty, badSpace }).toEqual({ empty: [], badSpace: [] });
  });
});

describe('the window writes dates, times and numbers in its language', () => {
  it('in English', () => {
    setLang('en');
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatWeekday('2026-03-02')).toBe('Mon 2 Mar 2026');
    expect(formatTime('14:05')).toBe('14:05');
    expect(formatInstant('2026-11-22 09:30 +01:00')).toBe('22 Nov 2026, 09:30');
  });

  it('in French', () => {
    setLang('fr');
    expect(formatNumber(1234).replace(/\s/g, ' ')).toBe('1 234');
    expect(formatWeekday('2026-03-02')).toBe('lun. 2 mars 2026');
    expect(formatTime('14:05')).toBe('14\u00a0h\u00a005');
    expect(formatInstant('2026-11-22 09:30 +01:00')).toBe('22 novembre 2026 à 9\u00a0h\u00a030');
    setLang('en');
  });
});

describe('no literal text for people outside the catalogue', () => {
  it.each(SOURCES.map((s) => [s.name, s.path]))('%s', (name, path) => {
    const found = findings(name, readFileSync(path, 'utf8')).map((f) => `${name}:${f.line}: ${f.text}`);
    expect(found).toEqual([]);
  });
});
