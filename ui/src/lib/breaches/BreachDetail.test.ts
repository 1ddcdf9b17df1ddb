import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { setLang } from '../i18n';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import BreachDetail from './BreachDetail.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => {
  setLang('en');
  vi.restoreAllMocks();
});

describe('BreachDetail', () => {
  it('shows every instant as the core wrote it in the organisation’s zone, and every label from the vocabulary', async () => {
    vi.spyOn(api, 'getBreach').mockResolvedValue(fixtures.breach());
    render(BreachDetail, { props: { id: 1 } });
    const detail = await screen.findByTestId('br-detail');
    expect(screen.getByTestId('br-due-authority').textContent).toBe('Due 25 Nov 2026, 16:00');
    expect(screen.getByTestId('br-status').textContent?.trim()).toBe('Open');
    const text = detail.textContent ?? '';
    expect(text).toContain('22 Nov 2026, 16:00');
    expect(text).toContain('23 Nov 2026, 11:00');
    expect(text).toContain('Confidentiality (disclosure or access)');
    expect(text).not.toContain('2026-11-23T10:00:00Z');
  });

  it('speaks French when the window does, and English again as soon as the language changes back', async () => {
    vi.spyOn(api, 'getBreach').mockResolvedValue(fixtures.breach());
    setLang('fr');
    render(BreachDetail, { props: { id: 1 } });
    const detail = await screen.findByTestId('br-detail');
    expect(screen.getByTestId('br-due-authority').textContent).toBe('Échéance\u00a0: 25 novembre 2026 à 16\u00a0h\u00a000');
    expect(screen.getByTestId('br-status').textContent?.trim()).toBe('Ouverte');
    expect(screen.getByTestId('br-detail-countdown').textContent?.trim()).toMatch(/^Reste \d+\u00a0h\u00a0\d\d\u00a0min\u00a0\d\d\u00a0s$/);
    expect(screen.getByTestId('br-notify').textContent).toBe('Saisir une notification');
    expect(detail.textContent).toContain('Chronologie');
    expect(detail.textContent).toContain('Confidentialité (divulgation ou accès)');

    setLang('en');
    await tick();
    expect(screen.getByTestId('br-due-authority').textContent).toBe('Due 25 Nov 2026, 16:00');
    expect(screen.getByTestId('br-status').textContent?.trim()).toBe('Open');
    expect(screen.getByTestId('br-detail-countdown').textContent?.trim()).toMatch(/^\d+ h \d\d min \d\d s left$/);
    expect(screen.getByTestId('br-notify').textContent).toBe('Record notification');
    expect(detail.textContent).toContain('Timeline');
    expect(detail.textContent).not.toContain('Chronologie');
  });
});
