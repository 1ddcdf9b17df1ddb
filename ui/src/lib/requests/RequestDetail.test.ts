import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import type { RequestDetail as Detail } from '../bindings';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import RequestDetail from './RequestDetail.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => vi.restoreAllMocks());

async function open(detail: Detail): Promise<HTMLElement> {
  vi.spyOn(api, 'getRequest').mockResolvedValue(detail);
  render(RequestDetail, { props: { id: detail.id, onclose: () => {}, onchanged: () => {} } });
  return screen.findByTestId('rq-due');
}

const button = (testid: string) => screen.getByTestId(testid) as HTMLButtonElement;

describe('RequestDetail', () => {
  it('disables a step the core refuses, with the core’s reason as its title, and hides the EU pause it says cannot apply', async () => {
    await open(fixtures.requestIdentityRequested());
    expect(button('rq-identity-requested').disabled).toBe(true);
    expect(button('rq-identity-requested').title).toBe('Identity evidence requested was already recorded on 2026-10-13');
    expect(button('rq-identity-received').disabled).toBe(false);
    expect(button('rq-identity-received').textContent).toBe('Identity received');
    expect(screen.queryByTestId('rq-eu-pause-apply')).toBeNull();
    expect(button('rq-extend').disabled).toBe(false);
  });

  it('shows the days left in the core’s words and the instants in the organisation’s zone', async () => {
    await open(fixtures.requestIdentityRequested());
    const days = screen.getByTestId('rq-detail-days-left');
    expect(days.textContent?.trim()).toBe('overdue by 11 days');
    expect(days.dataset.urgency).toBe('overdue');
    expect(screen.getAllByTestId('rq-timeline-entry')[0].textContent).toContain('Recorded 2026-11-23 11:00 +01:00');
  });

  it('offers the letters that fit, labelled from the vocabulary, and no step on a closed request', async () => {
    await open(fixtures.requestRefused());
    expect(button('rq-letter-refusal').disabled).toBe(false);
    expect(button('rq-letter-refusal').textContent?.trim()).toBe('Refusal with reasons');
    expect(button('rq-letter-response').disabled).toBe(true);
    expect(button('rq-letter-response').title).toMatch(/^The request was refused: a response cover letter does not fit/);
    expect(screen.queryByTestId('rq-close')).toBeNull();
    expect(screen.queryByTestId('rq-start')).toBeNull();
    expect(screen.getByText(/^The request is already closed \(refused on 2026-09-20\)/)).toBeTruthy();
  });
});
