// Deadlines as the window shows them: the month grid of the calendar and where each one leads. Their order, the
// module filter and the days left in words are the core's.

import type { DeadlineEntry, Link } from '../bindings';
import { formatMonth, t } from '../i18n';
import type { Route } from '../router';

/** Entries by their day, for the calendar, each day's in the core's order. */
export function byDate(entries: readonly DeadlineEntry[]): Map<string, DeadlineEntry[]> {
  const map = new Map<string, DeadlineEntry[]>();
  for (const e of entries) {
    const list = map.get(e.due_on);
    if (list) list.push(e);
    else map.set(e.due_on, [e]);
  }
  return map;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day `days` after an ISO day (in UTC, so the machine's zone never shifts it). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * How far ahead the list reaches, in days ('' for any time). A year by default: overdue items and everything due
 * within it, not the purges due years from now (a store of 100,000 requests has as many of those).
 */
export function horizons(): { value: string; label: string }[] {
  return [30, 90, 365].map((days) => ({ value: String(days), label: t().deadlines.within(days) }));
}
export const DEFAULT_HORIZON = '365';

/** The last day the list asks for: `horizon` days after today, or no limit. */
export function untilFor(today: string, horizon: string): string {
  return horizon === '' ? '' : addDays(today, Number(horizon));
}

export type Month = { year: number; month: number }; // month 1..12

export function monthOf(iso: string): Month {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "November 2026", "novembre 2026": the calendar's title, in the window's language. */
export function monthTitle({ year, month }: Month): string {
  return formatMonth(`${year}-${pad(month)}-01`);
}

export type CalendarDay = { date: string; day: number; inMonth: boolean };

/**
 * The weeks (Monday first) that show a month: whole weeks, starting on the Monday on or before the 1st and ending on
 * the Sunday on or after the last day. Dates are computed in UTC so the machine's zone never shifts a day.
 */
export function monthGrid({ year, month }: Month): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7; // days since Monday
  const start = Date.UTC(year, month - 1, 1 - mondayOffset);
  const last = new Date(Date.UTC(year, month, 0));
  const sundayOffset = 6 - ((last.getUTCDay() + 6) % 7);
  const end = Date.UTC(year, month - 1, last.getUTCDate() + sundayOffset);
  const weeks: CalendarDay[][] = [];
  let week: CalendarDay[] = [];
  for (let t = start; t <= end; t += 86_400_000) {
    const d = new Date(t);
    week.push({
      date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      day: d.getUTCDate(),
      inMonth: d.getUTCMonth() === month - 1,
    });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  return weeks;
}

/** A purge that has become due: closed requests past their retention period, done from the purge in Settings. */
export function isPurgeDue(entry: Pick<DeadlineEntry, 'module' | 'kind'>): boolean {
  return entry.module === 'request' && entry.kind === 'request-purge';
}

/** Where a deadline's record is shown when the link names it directly; `null` when the window must look it up. */
export function directRoute(link: Link): Route | null {
  switch (link.target) {
    case 'request':
      return { screen: 'requests', view: 'detail', id: link.id };
    case 'breach':
      return { screen: 'breaches', view: 'detail', id: link.id };
    case 'subprocessor':
      return { screen: 'subprocessors', view: 'detail', id: link.id };
    case 'registrations':
      return { screen: 'registrations' };
    case 'deadlines':
      return { screen: 'deadlines' };
    default:
      return null;
  }
}
