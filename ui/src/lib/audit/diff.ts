// What an audit entry changed: its before and after records (JSON text exactly as stored) compared field by field.

import type { AuditEntry } from '../bindings';
import { t } from '../i18n';
import { vocab } from '../vocab.svelte';

export type Change = { field: string; before: unknown; after: unknown };

type Json = Record<string, unknown>;

/** The record in an entry's before or after text; null when there is none or it is not a JSON object. */
export function parseRecord(text: string | null): Json | null {
  if (text === null || text.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * The fields whose value differs, in the order the newer record lists them (then any the newer one dropped). On a
 * creation, the fields given a value; on a removal, the fields that had one.
 */
export function diffRecords(before: Json | null, after: Json | null): Change[] {
  const keys: string[] = [];
  for (const k of Object.keys(after ?? {})) keys.push(k);
  for (const k of Object.keys(before ?? {})) if (!keys.includes(k)) keys.push(k);
  const changes: Change[] = [];
  for (const field of keys) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (same(b, a)) continue;
    if (isEmpty(b) && isEmpty(a)) continue;
    changes.push({ field, before: b, after: a });
  }
  return changes;
}

export function entryChanges(entry: Pick<AuditEntry, 'before' | 'after'>): Change[] {
  return diffRecords(parseRecord(entry.before), parseRecord(entry.after));
}

/**
 * A value as one line of text: lists joined, nothing as an em dash, and a nested record (a transfer, a data
 * category) as its filled fields, "Label: value", with records of a list separated by semicolons.
 */
export function formatValue(value: unknown): string {
  if (isEmpty(value)) return '—';
  if (Array.isArray(value)) return value.map((v) => formatValue(v)).join(value.some(isRecord) ? '; ' : ', ');
  if (typeof value === 'boolean') return value ? t().common.yes : t().common.no;
  if (isRecord(value)) {
    const parts = Object.entries(value)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => t().audit.pair(wordsOf(k), formatValue(v)));
    return parts.length === 0 ? '—' : parts.join(' · ');
  }
  return String(value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The catalogue's word for a code, if it has one (and never a property every object has, such as `constructor`). */
function known(words: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(words, code) ? words[code] : undefined;
}

/** A readable name for a field of any audited record, in the window's language; a field it does not know, as words. */
export function fieldLabel(field: string): string {
  return known(t().audit.fields, field) ?? wordsOf(field);
}

/** A field's name as words: `subprocessor_id` reads "Subprocessor id". */
function wordsOf(field: string): string {
  const words = field.replace(/[_-]+/g, ' ').trim();
  return words === '' ? field : words[0].toUpperCase() + words.slice(1);
}

/** What an entry did: the catalogue's word, else the request event it recorded (a request's steps), else the code. */
export function actionLabel(action: string): string {
  const word = known(t().audit.actions, action);
  if (word) return word;
  if (vocab.has('events', action)) return vocab.label('events', action);
  return action === '' ? action : action[0].toUpperCase() + action.slice(1);
}

/** The kind of record an entry changed, in the window's language; one it does not know, as words. */
export function entityLabel(entity: string): string {
  return known(t().audit.entities, entity) ?? (entity === '' ? entity : entity[0].toUpperCase() + entity.slice(1).replace(/[-_]/g, ' '));
}

/** A short line for an entry: "Changed Status, Ended on" or "Created with 8 fields". */
export function changeSummary(entry: Pick<AuditEntry, 'before' | 'after'>): string {
  const words = t().audit.changes;
  const changes = entryChanges(entry);
  if (changes.length === 0) return words.noneShort;
  const names = changes.map((c) => fieldLabel(c.field));
  const shown = names.slice(0, 4).join(', ') + (names.length > 4 ? words.more(names.length - 4) : '');
  return entry.before === null ? words.recorded(shown) : words.changed(shown);
}
