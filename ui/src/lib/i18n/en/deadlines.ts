// The deadlines texts of the window in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

export const deadlines = {
  title: 'Deadlines',
  lede: 'Everything due across modules, overdue first. Each date names the rule that produced it.',
  exportIcs: 'Export calendar (.ics)',
  exporting: 'Exporting…',
  exported: 'Deadlines exported as an iCalendar file; import it into your calendar program.',
  byModule: 'Filter by module',
  allModules: 'All modules',
  horizon: 'How far ahead',
  anyTime: 'Due any time',
  /** "Due within 30 days", and a year as a year. */
  within: (days: number) => `Due within ${days === 365 ? 'a year' : `${formatNumber(days)} days`}`,
  view: 'View',
  list: 'List',
  calendar: 'Calendar',
  /** "3 deadlines". */
  count: (n: number) => (n === 1 ? '1 deadline' : `${formatNumber(n)} deadlines`),
  readError: (failure: string) => `The deadlines could not be read: ${failure}`,
  nothingDue: 'Nothing is due.',
  nothingDueIn: (module: string) => `Nothing is due in ${module.toLowerCase()}.`,
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  /** A deadline on the calendar, as its tooltip says it. */
  event: (title: string, date: string, left: string, rule: string) => `${title} — ${date}, ${left}. ${rule}`,
  purge: 'Purge…',
  /** The folded lists (the dashboard's and this screen's). */
  seeAll: (n: number) => `See all ${formatNumber(n)} on the Deadlines screen`,
  showFirst: (n: number) => `Show the first ${formatNumber(n)}`,
  showAll: (n: number) => `Show all ${formatNumber(n)}`,
};
