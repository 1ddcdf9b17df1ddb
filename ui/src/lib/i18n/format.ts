// Dates, times, numbers and sizes as the window's language writes them ("lun. 2 mars 2026", "14 h 05", "1 234").
// Instants come from the core already written in the organisation's zone; nothing here knows a time zone.

import { lang, locale } from './lang.svelte';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language groups it: "5,400" and "5 400". */
export function formatNumber(n: number): string {
  const l = locale();
  let f = numberFormats.get(l);
  if (!f) numberFormats.set(l, (f = new Intl.NumberFormat(l)));
  return f.format(n);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an ISO day as the machine's calendar day (no zone arithmetic: the day is shown as written). */
function dayOf(iso: string): Date | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day, 12);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d : null;
}

function joined(d: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale(), options)
    .formatToParts(d)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join(' ');
}

/** A legal date as written in a sentence: "5 Mar 2026", "5 mars 2026"; anything else as it is. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayOf(iso);
  if (!d) return iso;
  return joined(d, { day: 'numeric', month: lang() === 'fr' ? 'long' : 'short', year: 'numeric' });
}

/** A date with its day of the week: "Mon 2 Mar 2026", "lun. 2 mars 2026". */
export function formatWeekday(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayOf(iso);
  if (!d) return iso;
  return joined(d, { weekday: 'short', day: 'numeric', month: lang() === 'fr' ? 'long' : 'short', year: 'numeric' });
}

/** A month and year: "March 2026", "mars 2026". */
export function formatMonth(iso: string): string {
  const d = dayOf(iso);
  if (!d) return iso;
  return joined(d, { month: 'long', year: 'numeric' });
}

/** The short names of the days of the week, Monday first. */
export function weekdayNames(): string[] {
  // 2 March 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale(), { weekday: 'short' }).format(new Date(2026, 2, 2 + i, 12)));
}

/** A wall-clock time "14:05" as the language writes it: "14:05", "14 h 05". */
export function formatTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return hhmm;
  return lang() === 'fr' ? `${Number(m[1])}\u00a0h\u00a0${m[2]}` : `${m[1].padStart(2, '0')}:${m[2]}`;
}

/**
 * An instant the core wrote in the organisation's zone ("2026-03-29 11:00 +02:00") as the language writes it:
 * "29 Mar 2026, 11:00" and "29 mars 2026 à 11 h 00". The offset is left out: every instant of the window is in the
 * organisation's zone, which Settings names. Anything else is returned as it is.
 */
export function formatInstant(local: string | null | undefined, withWeekday = false): string {
  if (!local) return '';
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(local);
  if (!m) return local;
  const day = withWeekday ? formatWeekday(m[1]) : formatDay(m[1]);
  return lang() === 'fr' ? `${day} à ${formatTime(m[2])}` : `${day}, ${formatTime(m[2])}`;
}
