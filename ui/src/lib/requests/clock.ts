// How a request's computed clock reads in the list and the panel: days left in words and the urgency's look. The
// clock itself (due date, rule, days left, urgency) comes from the core; nothing here counts days.

import type { Urgency } from '../bindings';

/** "Due today", "1 day left", "12 days left", "1 day overdue", "3 days overdue"; "Closed" once there is no clock. */
export function daysLeftText(daysLeft: number | null, urgency: Urgency): string {
  if (daysLeft === null || urgency === 'closed') return 'Closed';
  if (daysLeft === 0) return 'Due today';
  const n = Math.abs(daysLeft);
  const days = `${n} ${n === 1 ? 'day' : 'days'}`;
  return daysLeft > 0 ? `${days} left` : `${days} overdue`;
}

/** The CSS class for an urgency: overdue is red, due within a week is highlighted, the rest is plain. */
export function urgencyClass(urgency: Urgency): 'overdue' | 'soon' | 'later' | 'closed' {
  switch (urgency) {
    case 'overdue':
      return 'overdue';
    case 'due-soon':
      return 'soon';
    case 'later':
      return 'later';
    case 'closed':
      return 'closed';
  }
}
