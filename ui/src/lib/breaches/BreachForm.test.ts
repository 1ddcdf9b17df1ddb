import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import BreachForm from './BreachForm.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => vi.restoreAllMocks());

describe('BreachForm', () => {
  it('edits the draft the core made of the breach and sends it back as it stands, local times included', async () => {
    const view = fixtures.breach();
    vi.spyOn(api, 'getBreach').mockResolvedValue(view);
    vi.spyOn(api, 'readInstant').mockResolvedValue({ at: view.breach.aware_at, local: view.aware_at_local, zone: view.timezone });
    const update = vi.spyOn(api, 'updateBreach').mockResolvedValue(view);
    render(BreachForm, { props: { id: 1 } });
    await waitFor(() => expect((screen.getByTestId('br-aware_at') as HTMLInputElement).dataset.value).toBe('2026-11-22T16:00'));
    await waitFor(() => expect(document.getElementById('br-aware_at-hint')?.textContent).toMatch(/^Read as 2026-11-22 16:00 \+01:00 \(Europe\/Paris\)\./));
    await fireEvent.click(screen.getByTestId('br-save'));
    await waitFor(() => expect(update).toHaveBeenCalledWith(1, view.draft));
  });
});
