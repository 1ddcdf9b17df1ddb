import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import BreachDetail from './BreachDetail.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => vi.restoreAllMocks());

describe('BreachDetail', () => {
  it('shows every instant as the core wrote it in the organisation’s zone, and every label from the vocabulary', async () => {
    vi.spyOn(api, 'getBreach').mockResolvedValue(fixtures.breach());
    render(BreachDetail, { props: { id: 1 } });
    const detail = await screen.findByTestId('br-detail');
    expect(screen.getByTestId('br-due-authority').textContent).toBe('Due 2026-11-25 16:00 +01:00');
    expect(screen.getByTestId('br-status').textContent?.trim()).toBe('Open');
    const text = detail.textContent ?? '';
    expect(text).toContain('2026-11-22 16:00 +01:00');
    expect(text).toContain('2026-11-23 11:00 +01:00');
    expect(text).toContain('Confidentiality (disclosure or access)');
    expect(text).not.toContain('2026-11-23T10:00:00Z');
  });
});
