// The dashboard texts of the window in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

export const dashboard = {
  title: 'Dashboard',
  /** The line under the title, with the day the core counted from once it has answered (or ''). */
  lede: (asOf: string) =>
    `What is due across requests, breaches, policy changes and subprocessor notices${asOf ? `, as of ${asOf}` : ''}.`,
  allDeadlines: 'All deadlines',
  couldNotRead: (reason: string) => `The deadlines could not be read: ${reason}`,
  overdue: 'Overdue',
  nothingOverdue: 'Nothing overdue.',
  next7: 'Next 7 days',
  nothing7: 'Nothing due in the next 7 days.',
  next30: 'Next 30 days',
  nothing30: 'Nothing else due in the next 30 days.',
  /** The count beside a group's title, for screen readers. */
  items: (n: number) => (n === 1 ? '1 item' : `${formatNumber(n)} items`),
};
