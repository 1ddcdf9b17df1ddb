import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import Countdown from './Countdown.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const timer = () => screen.getByTestId('br-detail-countdown');

describe('Countdown', () => {
  it('ticks down from the core’s seconds and turns red at the core’s warning_at, then overdue at its due_at', async () => {
    const deadline = fixtures.breach().clock.authority;
    // Two seconds before the warning the core named (12 hours before due, in the fixture).
    const remaining = (Date.parse(deadline.due_at) - Date.parse(deadline.warning_at)) / 1000 + 2;
    render(Countdown, { props: { remaining, urgency: 'ok', receivedAt: Date.now(), deadline, testid: 'br-detail-countdown' } });
    expect(timer().textContent?.trim()).toBe('12 h 00 min 02 s left');
    expect(timer().dataset.urgency).toBe('ok');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(timer().dataset.urgency).toBe('ok');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(timer().dataset.urgency).toBe('soon');
    expect(timer().classList.contains('red')).toBe(true);
    vi.setSystemTime(Date.now() + 12 * 3_600_000 - 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(timer().dataset.urgency).toBe('overdue');
    expect(timer().textContent?.trim()).toBe('Overdue by 0 h 00 min 00 s');
  });
});
