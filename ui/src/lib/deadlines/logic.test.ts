import { afterEach, describe, expect, it } from 'vitest';
import type { DeadlineEntry } from '../bindings';
import { setLang } from '../i18n';
import { addDays, byDate, directRoute, isPurgeDue, monthGrid, monthTitle, shiftMonth, untilFor } from './logic';

afterEach(() => setLang('en'));

const entry = (over: Partial<DeadlineEntry>): DeadlineEntry => ({
  uid: 'x',
  module: 'policy',
  kind: 'policy-effective',
  title: 'T',
  due_on: '2026-12-01',
  due_at: null,
  days_left: 8,
  days_left_words: { code: '8', en: 'due in 8 days', fr: 'échéance dans 8 jours' },
  overdue: false,
  urgency: 'later',
  rule: 'r',
  link: { target: 'policy-change', id: 1 },
  ...over,
});

describe('month grid', () => {
  it('covers whole weeks from Monday', () => {
    const weeks = monthGrid({ year: 2026, month: 11 });
    // 1 Nov 2026 is a Sunday: the grid starts on Monday 26 Oct and ends on Sunday 6 Dec.
    expect(weeks[0][0]).toEqual({ date: '2026-10-26', day: 26, inMonth: false });
    expect(weeks[0][6]).toEqual({ date: '2026-11-01', day: 1, inMonth: true });
    expect(weeks.at(-1)?.at(-1)).toEqual({ date: '2026-12-06', day: 6, inMonth: false });
    expect(weeks).toHaveLength(6);
    for (const w of weeks) expect(w).toHaveLength(7);
  });

  it('handles February in a leap year and a month starting on Monday', () => {
    const feb = monthGrid({ year: 2027, month: 2 }); // 1 Feb 2027 is a Monday, 28 Feb a Sunday
    expect(feb).toHaveLength(4);
    expect(feb[0][0].date).toBe('2027-02-01');
    const leap = monthGrid({ year: 2028, month: 2 }).flat().filter((d) => d.inMonth);
    expect(leap.at(-1)?.date).toBe('2028-02-29');
  });

  it('moves across years', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthTitle({ year: 2026, month: 11 })).toBe('November 2026');
  });

  it('titles a month in the window’s language', () => {
    setLang('fr');
    expect(monthTitle({ year: 2026, month: 11 })).toBe('novembre 2026');
    expect(monthTitle({ year: 2027, month: 2 })).toBe('février 2027');
  });
});

describe('deadlines on the calendar', () => {
  it('groups by day, keeping the core’s order within a day', () => {
    const list = [entry({ uid: 'b', title: 'B' }), entry({ uid: 'n', due_on: '2026-12-02' }), entry({ uid: 'a', title: 'A' })];
    expect(byDate(list).get('2026-12-01')?.map((e) => e.uid)).toEqual(['b', 'a']);
    expect(byDate(list).get('2026-12-02')?.map((e) => e.uid)).toEqual(['n']);
  });

  it('links straight to records the route names', () => {
    expect(directRoute({ target: 'breach', id: 3 })).toEqual({ screen: 'breaches', view: 'detail', id: 3 });
    expect(directRoute({ target: 'request', id: 2 })).toEqual({ screen: 'requests', view: 'detail', id: 2 });
    expect(directRoute({ target: 'policy-change', id: 2 })).toBeNull();
  });
});

describe('purge deadlines', () => {
  it('are the request module\'s request-purge entries only', () => {
    expect(isPurgeDue(entry({ module: 'request', kind: 'request-purge' }))).toBe(true);
    expect(isPurgeDue(entry({ module: 'request', kind: 'request-due' }))).toBe(false);
    expect(isPurgeDue(entry({ module: 'review', kind: 'request-purge' }))).toBe(false);
  });
});

describe('how far ahead the list reaches', () => {
  it('adds days across month and year ends and a leap day', () => {
    expect(addDays('2026-12-06', 30)).toBe('2027-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-31', 365)).toBe('2027-03-31');
  });

  it('asks up to the horizon, or without limit', () => {
    expect(untilFor('2026-12-06', '30')).toBe('2027-01-05');
    expect(untilFor('2026-12-06', '365')).toBe('2027-12-06');
    expect(untilFor('2026-12-06', '')).toBe('');
  });
});
