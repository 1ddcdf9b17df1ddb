import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { app } from '../app.svelte';
import type { DeadlineEntry } from '../bindings';
import { purge } from '../requests/state.svelte';
import DeadlineItem from './DeadlineItem.svelte';

// Only what the item reads; the cast keeps the fixture from following every field the core adds.
const entry = (over: Partial<DeadlineEntry>): DeadlineEntry =>
  ({
  uid: 'request-purge',
  module: 'request',
  kind: 'request-purge',
  title: "Purge due: the requester's details of request R-2023-004 (retention period over)",
  due_on: '2026-03-01',
  due_at: null,
  days_left: -4,
  overdue: true,
  rule: 'Closed requests are kept 3 years',
  link: { target: 'request', id: 4 },
  ...over,
  }) as DeadlineEntry;

describe('DeadlineItem', () => {
  it('offers the purge on a purge that is due and takes the user to it', async () => {
    render(DeadlineItem, { props: { entry: entry({}), testid: 'dl-row' } });
    await fireEvent.click(screen.getByTestId('deadline-purge'));
    expect(app.route).toEqual({ screen: 'settings' });
    expect(purge.requested).toBe(true);
  });

  it('has no purge button on other deadlines', () => {
    render(DeadlineItem, { props: { entry: entry({ kind: 'request-due', title: 'Reply due' }), testid: 'dl-row' } });
    expect(screen.queryByTestId('deadline-purge')).toBeNull();
  });
});
