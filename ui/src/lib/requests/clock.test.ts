import { describe, expect, it } from 'vitest';
import { daysLeftText, urgencyClass } from './clock';

describe('days left in words', () => {
  it.each([
    [12, 'later', '12 days left'],
    [1, 'due-soon', '1 day left'],
    [0, 'due-soon', 'Due today'],
    [-1, 'overdue', '1 day overdue'],
    [-9, 'overdue', '9 days overdue'],
    [null, 'closed', 'Closed'],
  ] as const)('%s days (%s) reads "%s"', (days, urgency, text) => {
    expect(daysLeftText(days, urgency)).toBe(text);
  });

  it('a closed request reads closed even if a number came with it', () => {
    expect(daysLeftText(4, 'closed')).toBe('Closed');
  });
});

describe('urgency classes', () => {
  it('marks overdue in red and the coming week as soon', () => {
    expect(urgencyClass('overdue')).toBe('overdue');
    expect(urgencyClass('due-soon')).toBe('soon');
    expect(urgencyClass('later')).toBe('later');
    expect(urgencyClass('closed')).toBe('closed');
  });
});
