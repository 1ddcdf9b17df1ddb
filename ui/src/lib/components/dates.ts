// Dates as the window's language writes them: shown and read in the order of that language (English and French
// windows: 23/11/2026), while the value sent to the core stays ISO (2026-11-23). The language is the window's
// (`i18n`).

import { lang, locale, t } from '../i18n';

/** The regional form of the window's language whose day/month/year order the date fields follow. */
export function windowLocale(): string {
  return locale();
}

type Part = 'day' | 'month' | 'year';

export type DatePattern = {
  order: Part[];
  separator: string;
  /** How the pattern reads to a person, in the window's language: "dd/mm/yyyy", "jj/mm/aaaa". */
  hint: string;
};

const patterns = new Map<string, DatePattern>();

/** The order and separator the locale writes a numeric date with, found from the platform's own formatting. */
export function datePattern(locale: string = windowLocale()): DatePattern {
  // The order is the locale's; the words of the hint are the window's language.
  const key = `${locale} ${lang()}`;
  const known = patterns.get(key);
  if (known) return known;
  // A day of the machine's own calendar, written in that same calendar: only the order of the parts is read.
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2026, 10, 23));
  const order = parts.filter((p): p is Intl.DateTimeFormatPart & { type: Part } => ['day', 'month', 'year'].includes(p.type)).map((p) => p.type);
  const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  const word: Record<Part, string> = t().shell.date;
  const pattern = { order, separator, hint: order.map((p) => word[p]).join(separator) };
  patterns.set(key, pattern);
  return pattern;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ISO date a person typed, or null when it is not a date. Accepted: the locale's order with any of / . - or a
 * space between the numbers (23/11/2026, 23.11.26, 1/2/2027), and ISO itself (2026-11-23).
 */
export function parseDate(text: string, locale: string = windowLocale()): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = t.split(/\s*[/.\-\s]\s*/);
  if (numbers.length !== 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
  const { order } = datePattern(locale);
  const value = (part: Part) => numbers[order.indexOf(part)];
  const yearText = value('year');
  if (yearText.length !== 2 && yearText.length !== 4) return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (value('day').length > 2 || value('month').length > 2) return null;
  return isoOf(year, Number(value('month')), Number(value('day')));
}

/** An ISO date as the locale writes it ("23/11/2026"); anything that is not an ISO date is returned as it is. */
export function formatDate(iso: string, locale: string = windowLocale()): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const { order, separator } = datePattern(locale);
  const parts: Record<Part, string> = { year: m[1], month: m[2], day: m[3] };
  return order.map((p) => parts[p]).join(separator);
}

/** A date and a wall-clock time ("23/11/2026 08:00", or ISO "2026-11-23T08:00") as "2026-11-23T08:00", or null. */
export function parseDateTime(text: string, locale: string = windowLocale()): string | null {
  const m = /^(.+?)(?:\s*[T\s,]\s*|\s+)(\d{1,2})[:h.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = parseDate(m[1], locale);
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (date === null || hours > 23 || minutes > 59) return null;
  return `${date}T${String(hours).padStart(2, '0')}:${m[3]}`;
}

/** "2026-11-23T08:00" as the locale writes it ("23/11/2026 08:00"); anything else is returned as it is. */
export function formatDateTime(value: string, locale: string = windowLocale()): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? `${formatDate(m[1], locale)} ${m[2]}` : value;
}
