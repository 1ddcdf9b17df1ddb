// Dates, times, numbers and sizes as the window's language writes them ("lun. 2 mars 2026", "14 h 05", "1 234").
// Instants come from the core already written in the organisation's zone; nothing here knows a time zone.

import { lang, locale, type WindowLang } from './lang.svelte';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language groups it: "5,400" and "5 400". */
export function formatNumber(n: number): string {
  const l = locale();
  let f = numberFormats.get(l);
  if (!f) numberFormats.set(l, (f = new Intl.NumberFormat(l)));
  return f.format(n);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The words of the calendar, written out rather than asked of the platform, whose abbreviations differ from one
// engine to the next ("Sep" or "Sept"): the window then writes a date as the core's documents and rule texts do.
const MONTHS: Readonly<Record<WindowLang, { short: string[]; long: string[] }>> = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  fr: {
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
};
/** Monday first. */
const WEEKDAYS: Readonly<Record<WindowLang, string[]>> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
};

type Day = { year: number; month: number; day: number; weekday: number };

/** An ISO day's parts and its day of the week (0 for Monday), or null when it is not a day of the calendar. */
function dayOf(iso: string): Day | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day, weekday: (d.getUTCDay() + 6) % 7 };
}

/** "5 Mar 2026", "5 mars 2026" (French writes the month in full, and the first of the month "1er"). */
function dayWords(d: Day): string {
  const l = lang();
  if (l === 'fr') return `${d.day === 1 ? '1er' : d.day} ${MONTHS.fr.long[d.month - 1]} ${d.year}`;
  return `${d.day} ${MONTHS.en.short[d.month - 1]} ${d.year}`;
}

/** A legal date as written in a sentence: "5 Mar 2026", "5 mars 2026"; anything else as it is. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayOf(iso);
  return d ? dayWords(d) : iso;
}

/** A date in a table's narrow column: "5 Mar 2026", "5 mars 2026", "31 oct. 2026" (French shortens the month). */
export function formatDayShort(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayOf(iso);
  if (!d) return iso;
  return lang() === 'fr' ? `${d.day === 1 ? '1er' : d.day} ${MONTHS.fr.short[d.month - 1]} ${d.year}` : dayWords(d);
}

/** A date with its day of the week: "Mon 2 Mar 2026", "lun. 2 mars 2026". */
export function formatWeekday(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayOf(iso);
  return d ? `${WEEKDAYS[lang()][d.weekday]} ${dayWords(d)}` : iso;
}

/** A month and year: "March 2026", "mars 2026". */
export function formatMonth(iso: string): string {
  const d = dayOf(iso);
  return d ? `${MONTHS[lang()].long[d.month - 1]} ${d.year}` : iso;
}

/** The short names of the days of the week, Monday first. */
export function weekdayNames(): string[] {
  return [...WEEKDAYS[lang()]];
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

/**
 * An instant of the audit trail, to the second ("2026-12-07 04:10:15 +01:00"): "7 Dec 2026, 04:10:15" and
 * "7 déc. 2026, 04:10:15" (a log reads its seconds, which both languages write with colons). Anything else as it is.
 */
export function formatStamp(local: string | null | undefined): string {
  if (!local) return '';
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)/.exec(local);
  return m ? `${formatDayShort(m[1])}, ${m[2]}` : local;
}
