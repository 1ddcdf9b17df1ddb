import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { setLang } from '../i18n';
import type { RequestDetail as Detail } from '../bindings';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import RequestDetail from './RequestDetail.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

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

  it('shows the days left in the core’s words and the instants in the organisation’s zone, as the window writes them', async () => {
    await open(fixtures.requestIdentityRequested());
    const days = screen.getByTestId('rq-detail-days-left');
    expect(days.textContent?.trim()).toBe('overdue by 11 days');
    expect(days.dataset.urgency).toBe('overdue');
    expect(screen.getAllByTestId('rq-timeline-entry')[0].textContent).toContain('Recorded 23 Nov 2026, 11:00 · camille');
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

  it('prints a letter dated the day of its event unless a day is chosen beside the buttons', async () => {
    await open(fixtures.requestRefused());
    const print = vi.spyOn(api, 'printRequestLetter').mockResolvedValue('/tmp/letter.pdf');
    expect(screen.getByText(/Empty: the day of each letter’s event/)).toBeTruthy();
    await fireEvent.click(button('rq-letter-refusal'));
    await waitFor(() => expect(print).toHaveBeenLastCalledWith(expect.any(Number), 'refusal', expect.any(String), null));
    await fireEvent.input(screen.getByTestId('rq-letter-dated'), { target: { value: '2026-09-21' } });
    await fireEvent.click(button('rq-letter-refusal'));
    await waitFor(() => expect(print).toHaveBeenLastCalledWith(expect.any(Number), 'refusal', expect.any(String), '2026-09-21'));
  });

  it('speaks French when the window does, and English again without being opened anew', async () => {
    setLang('fr');
    await open(fixtures.requestIdentityRequested());
    expect(screen.getByText('Enregistrer une étape')).toBeTruthy();
    expect(screen.getByTestId('rq-detail-days-left').textContent?.trim()).toBe('en retard de 11 jours');
    expect(button('rq-identity-received').textContent).toBe('Justificatif reçu');
    expect(button('rq-identity-received').title).toBe("Enregistrer la réception du justificatif d'identité");
    expect(button('rq-close').textContent).toBe('Clôturer…');
    expect(screen.getAllByTestId('rq-timeline-entry')[0].textContent).toContain('Enregistré le 23 novembre 2026 à 11\u00a0h\u00a000 · camille');

    setLang('en');
    await tick();
    expect(screen.getByText('Record a step')).toBeTruthy();
    expect(screen.queryByText('Enregistrer une étape')).toBeNull();
    expect(button('rq-identity-received').title).toBe('Record the identity evidence received');
    expect(screen.getAllByTestId('rq-timeline-entry')[0].textContent).toContain('Recorded 23 Nov 2026, 11:00 · camille');
  });
});
