import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import DaysLeft from './DaysLeft.svelte';

afterEach(() => setLang('en'));

describe('DaysLeft', () => {
  const words = { code: '-2', en: 'overdue by 2 days', fr: 'en retard de 2 jours' };

  it('shows the core’s words in the window’s language, coloured by the core’s urgency', () => {
    render(DaysLeft, { words, urgency: 'overdue', testid: 'left' });
    const el = screen.getByTestId('left');
    expect(el.textContent).toBe('overdue by 2 days');
    expect(el.classList.contains('overdue')).toBe(true);
    expect(el.dataset.urgency).toBe('overdue');
  });

  it('reads French and takes another text where the screen says something else (a closed request)', () => {
    setLang('fr');
    render(DaysLeft, { words, urgency: 'due-soon', testid: 'fr' });
    expect(screen.getByTestId('fr').textContent).toBe('en retard de 2 jours');
    render(DaysLeft, { words, urgency: 'closed', testid: 'closed', text: 'Clôturée le 3 mars 2026', large: true });
    const closed = screen.getByTestId('closed');
    expect(closed.textContent).toBe('Clôturée le 3 mars 2026');
    expect(closed.classList.contains('large')).toBe(true);
  });
});
