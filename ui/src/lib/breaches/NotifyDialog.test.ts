import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { app } from '../app.svelte';
import { invalid } from '../../test/failures';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import NotifyDialog from './NotifyDialog.svelte';

// The fixture's breach: aware 22 Nov 16:00 in Paris, the authority due 25 Nov 15:00 UTC, now 23 Nov 11:00 in Paris.
beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  app.leaving = null;
});

const at = () => screen.getByTestId('br-notify-at') as HTMLInputElement;

/** Types a time and lets the typing pause, so that the core is asked. */
async function type(text: string): Promise<void> {
  vi.useFakeTimers();
  at().value = text;
  await fireEvent.input(at());
  await vi.runAllTimersAsync();
  vi.useRealTimers();
}

function open() {
  const notify = vi.spyOn(api, 'notifyBreach').mockResolvedValue(fixtures.breach());
  render(NotifyDialog, { props: { view: fixtures.breach(), oncancel: () => {}, ondone: () => {} } });
  return notify;
}

describe('NotifyDialog', () => {
  it('starts from the core’s now, says how the core reads it, and sends the time as typed', async () => {
    const read = vi.spyOn(api, 'readInstant').mockResolvedValue({ at: '2026-11-23T10:00:00Z', local: '2026-11-23 11:00 +01:00', zone: 'Europe/Paris' });
    const notify = open();
    expect(at().dataset.value).toBe('2026-11-23T11:00');
    expect(read).toHaveBeenCalledWith('2026-11-23T11:00');
    await waitFor(() => expect(document.getElementById('br-notify-at-hint')?.textContent).toBe('Read as 2026-11-23 11:00 +01:00 (Europe/Paris).'));
    expect(screen.queryByTestId('br-notify-delay_reason')).toBeNull();
    await fireEvent.click(screen.getByTestId('br-notify-save'));
    await waitFor(() => expect(notify).toHaveBeenCalledWith(1, expect.objectContaining({ to: 'authority', at: '2026-11-23T11:00', delay_reason: '' })));
  });

  it('asks for the reasons for the delay once the core reads the time as after the deadline', async () => {
    vi.spyOn(api, 'readInstant')
      .mockResolvedValueOnce({ at: '2026-11-23T10:00:00Z', local: '2026-11-23 11:00 +01:00', zone: 'Europe/Paris' })
      .mockResolvedValue({ at: '2026-11-25T15:01:00Z', local: '2026-11-25 16:01 +01:00', zone: 'Europe/Paris' });
    open();
    await type('2026-11-25T16:01');
    await screen.findByTestId('br-notify-delay_reason');
    expect(document.getElementById('br-notify-delay_reason-hint')?.textContent).toContain('2026-11-25 16:00 +01:00');
  });

  it('shows the core’s reason under the field when it cannot read the time', async () => {
    vi.spyOn(api, 'readInstant')
      .mockResolvedValueOnce({ at: '2026-11-23T10:00:00Z', local: '2026-11-23 11:00 +01:00', zone: 'Europe/Paris' })
      .mockRejectedValue(invalid({ at: 'is not a date and time; use 2026-03-28T10:00 (read in Europe/Paris)' }));
    open();
    await type('2026-11-2');
    await waitFor(() => expect(screen.getByTestId('error-at').textContent).toBe('When is not a date and time; use 2026-03-28T10:00 (read in Europe/Paris)'));
    expect(document.getElementById('br-notify-at-hint')).toBeNull();
  });
  it('offers a public communication only once the people are not told one by one under Art. 34(3)(c)', async () => {
    vi.spyOn(api, 'readInstant').mockResolvedValue({ at: '2026-11-23T10:00:00Z', local: '2026-11-23 11:00 +01:00', zone: 'Europe/Paris' });
    const options = () => [...(screen.getByTestId('br-notify-to') as HTMLSelectElement).options].map((o) => o.value);
    const first = render(NotifyDialog, { props: { view: fixtures.breach(), oncancel: () => {}, ondone: () => {} } });
    expect(options()).not.toContain('public');
    first.unmount();
    const view = fixtures.breach();
    view.breach.people_decision = { notify: false, reason: 'Customers not identifiable one by one', exemptions: ['disproportionate-effort'], at: '2026-11-23T09:00:00Z' };
    render(NotifyDialog, { props: { view, oncancel: () => {}, ondone: () => {} } });
    expect(options()).toEqual(['authority', 'people', 'public']);
  });
});
