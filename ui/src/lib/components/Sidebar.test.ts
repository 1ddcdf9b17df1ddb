import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { setLang } from '../i18n';
import ErrorSummary from './ErrorSummary.svelte';
import Sidebar from './Sidebar.svelte';

afterEach(() => setLang('en'));

describe('the shell in the window’s language', () => {
  it('names the screens and the authority in French, and in English again once switched back, without a restart', async () => {
    setLang('fr');
    render(Sidebar, { props: { current: 'dashboard', org: fixtures.org() } });
    expect(screen.getByTestId('nav-dashboard').textContent?.trim()).toBe('Tableau de bord');
    expect(screen.getByTestId('nav-activities').textContent?.trim()).toBe('Registre des traitements');
    const authority = () => document.querySelector('.org-authority')?.textContent;
    expect(authority()).toBe('Autorité\u00a0: CNIL');
    expect(screen.getByRole('navigation').getAttribute('aria-label')).toBe('Navigation principale');

    setLang('en');
    await tick();
    expect(screen.getByTestId('nav-dashboard').textContent?.trim()).toBe('Dashboard');
    expect(authority()).toBe('Reports to CNIL');
  });

  it('counts the fields to check as each language does', async () => {
    setLang('fr');
    const { rerender } = render(ErrorSummary, { props: { messages: [], fieldCount: 1 } });
    expect(screen.getByTestId('form-errors').textContent).toContain('Rien n’a été enregistré\u00a0: vérifiez le champ signalé ci-dessous.');
    await rerender({ messages: [], fieldCount: 3 });
    expect(screen.getByTestId('form-errors').textContent).toContain('vérifiez les 3 champs signalés ci-dessous');
    setLang('en');
    await tick();
    expect(screen.getByTestId('form-errors').textContent).toContain('Nothing was saved: check the 3 fields marked below.');
  });
});
