import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screens } from '../screens.svelte';
import { storeStatus } from '../security/stubs';
import Screen from './Screen.svelte';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Screen', () => {
  it('opens a screen the first time it is shown, with its props', async () => {
    render(Screen, { props: { name: 'problem', props: { status: storeStatus({ state: 'problem', problem: { kind: 'newer', message: '' } }) } } });
    expect(await screen.findByTestId('problem-title')).toBeTruthy();
  });

  it('says "Opening…" only when a screen is slow to come, and what went wrong when it cannot, with a way to try again', async () => {
    vi.useFakeTimers();
    const load = vi.spyOn(screens, 'load');
    let fail: (e: Error) => void = () => {};
    load.mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)));
    vi.spyOn(screens, 'ready').mockReturnValue(undefined);
    render(Screen, { props: { name: 'audit' } });
    expect(screen.queryByText('Opening…')).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(screen.getByText('Opening…')).toBeTruthy();
    fail(new Error('Failed to fetch dynamically imported module'));
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.getByRole('alert').textContent).toContain('This screen could not be opened: Failed to fetch dynamically imported module');
    load.mockImplementationOnce(() => new Promise(() => {}));
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
