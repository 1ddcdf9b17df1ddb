import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { fixtures } from '../../test/fixtures';
import PurgeSection from './PurgeSection.svelte';
import { purge } from './state.svelte';

afterEach(() => vi.restoreAllMocks());

describe('PurgeSection', () => {
  it('opens its preview by itself when a purge deadline sent the user here', async () => {
    vi.spyOn(api, 'vocabularies').mockResolvedValue(fixtures.vocabularies());
    const preview = vi.spyOn(api, 'previewRequestPurge').mockResolvedValue({ retention_years: 3, closed_on_or_before: '2023-03-05', items: [] });
    purge.requested = true;
    render(PurgeSection);
    await waitFor(() => expect(screen.getByTestId('rq-purge-nothing')).toBeTruthy());
    expect(preview).toHaveBeenCalledTimes(1);
    expect(purge.requested).toBe(false);
  });

  it('waits for the user otherwise', () => {
    const preview = vi.spyOn(api, 'previewRequestPurge');
    render(PurgeSection);
    expect(preview).not.toHaveBeenCalled();
    expect(screen.queryByTestId('rq-purge-plan')).toBeNull();
  });
});
