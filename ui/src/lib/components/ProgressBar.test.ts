import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { api } from '../api';
import { progress } from '../progress.svelte';
import { vocab } from '../vocab.svelte';
import ProgressBar from './ProgressBar.svelte';

beforeEach(() => {
  vi.useFakeTimers();
  vocab.use(fixtures.vocabularies());
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ProgressBar', () => {
  it('shows lasting work with the core\'s stage and count, and Cancel asks the core to stop', async () => {
    const cancel = vi.spyOn(api, 'cancelWork').mockResolvedValue(undefined);
    render(ProgressBar);
    const job = progress.begin('apply_import');
    progress.update(job, { stage: 'importing', done: 250, total: 1000, cancellable: true });
    flushSync();
    expect(screen.queryByTestId('progress'), 'quick work does not flash the bar').toBeNull();
    vi.advanceTimersByTime(250);
    flushSync();
    expect(screen.getByTestId('progress-label').textContent).toBe('Importing the rows: 250 of 1,000');
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(0.25);
    await fireEvent.click(screen.getByTestId('progress-cancel'));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('progress-label').textContent).toBe('Stopping…');
    expect(screen.queryByTestId('progress-cancel')).toBeNull();
    progress.end(job);
    flushSync();
    expect(screen.queryByTestId('progress')).toBeNull();
  });

  it('offers no Cancel once the work is saving its result', () => {
    render(ProgressBar);
    const job = progress.begin('print_binder');
    progress.update(job, { stage: 'saving', done: 0, total: 0, cancellable: false });
    flushSync();
    vi.advanceTimersByTime(250);
    flushSync();
    expect(screen.getByTestId('progress-label').textContent).toBe('Saving the file…');
    expect(screen.queryByTestId('progress-cancel')).toBeNull();
    progress.end(job);
  });
});
