import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { api } from '../api';
import { countries } from '../countries.svelte';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import SetupScreen from './SetupScreen.svelte';

beforeAll(() => {
  countries.list = fixtures.countries();
  vocab.use(fixtures.vocabularies());
});
afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

describe('the set-up screen', () => {
  it('greets a French machine in French, and follows a switch to English without a restart', async () => {
    vi.spyOn(api, 'countryDefaults').mockResolvedValue(fixtures.countryDefaultsGb());
    setLang('fr');
    render(SetupScreen);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Configurez votre organisation');
    expect(screen.getByTestId('org-save').textContent?.trim()).toBe('Enregistrer et continuer');

    setLang('en');
    await tick();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Set up your organisation');
    expect(screen.getByTestId('org-save').textContent?.trim()).toBe('Save and continue');
  });
});
