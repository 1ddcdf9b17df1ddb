// Formatting of what the core sends: legal dates (days, shown as written), counts, sizes and hashes. Instants come
// from the core already written in the organisation's zone (`local`, `at_local`); nothing here knows a time zone.

import { t } from './i18n';
import { formatDay } from './i18n/format';

/** "1 day", "30 days", "1 jour", "30 jours": in the window's language. */
export function formatDays(days: number): string {
  return t().common.days(days);
}

/**
 * "3 subprocessors", "1 subprocessor": English words only (the French plural is not the English one). A text for
 * people is a function of the catalogue (`i18n`) that counts as its language does.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A legal date (YYYY-MM-DD) as the window's language writes it ("5 Mar 2026", "5 mars 2026"). */
export function formatDate(iso: string | null | undefined): string {
  return formatDay(iso);
}

/** The first characters of a hash, enough to compare by eye. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

/** Lower case, accents removed: for matching what people type against names. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .trim();
}

const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * A file size as people read it in the window's language: "512 bytes", "1.5 KB", "38 KB", "2.4 MB" ("1,5 Ko" in
 * French; multiples of 1024, one decimal below 10). The unit goes up when the rounded figure would reach 1024, so no
 * size reads "1024 KB".
 */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return t().common.bytes(Math.round(bytes));
  const rounded = (v: number) => (v < 10 ? Math.round(v * 10) / 10 : Math.round(v));
  let value = bytes / 1024;
  let unit = 0;
  while (rounded(value) >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return t().common.size(rounded(value), SIZE_UNITS[unit]);
}
