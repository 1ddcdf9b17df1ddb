import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { app } from '../app.svelte';
import type { DeadlineEntry } from '../bindings';
import { purge } from '../requests/state.svelte';
import { fixtures } from '../../test/fixtures';
import DeadlineItem from './DeadlineItem.svelte';

/** The core's overdue request deadline, turned into a purge that is due. */
const entry = (over: Partial<DeadlineEntry>): DeadlineEntry => ({
  ...fixtures.dashboard().overdue[0],
  uid: 'request-purge',
  kind: 'request-purge',
  title: "Purge due: the requester's details of request R-000002 (retention period over)",
  ...over,
});

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
