import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { invalid } from '../../test/failures';
import { fixtures } from '../../test/fixtures';
import { api } from '../api';
import { countries } from '../countries.svelte';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import OrgForm from './OrgForm.svelte';
import { draftFromOrg, emptyOrgDraft } from './draft';
import { type } from '../../test/typing';

beforeAll(() => {
  countries.list = fixtures.countries();
  vocab.use(fixtures.vocabularies());
});
afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

const value = (testid: string) => (screen.getByTestId(testid) as HTMLSelectElement).value;
/** The core's defaults for the United Kingdom, whatever the country asked (the fixture recorded from the core). */
const ukDefaults = () => vi.spyOn(api, 'countryDefaults').mockResolvedValue(fixtures.countryDefaultsGb());

describe('OrgForm', () => {
  it('puts each validation message next to its field and focuses the first', async () => {
    ukDefaults();
    const save = vi.spyOn(api, 'saveOrg').mockRejectedValue(
      invalid({ country: "'Narnia' is not a country we know", legal_name: "is required: the organisation's legal name" }),
    );
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved: () => {} } });
    type('org-country', 'Narnia');
    await fireEvent.click(screen.getByTestId('org-save'));

    await waitFor(() => expect(screen.getByTestId('error-legal_name').textContent).toContain("Legal name is required: the organisation's legal name"));
    expect(screen.getByTestId('error-country').textContent).toContain("'Narnia' is not a country we know");
    expect(document.activeElement).toBe(screen.getByTestId('org-legal_name'));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ country: 'Narnia' }));
  });

  it("shows the core's defaults for the country typed: calendar, languages, the company number's name and format", async () => {
    const defaults = ukDefaults();
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved: () => {} } });
    // Before a country, the general defaults; then those of the country the name resolves to.
    expect(defaults).toHaveBeenCalledWith('');
    expect(screen.queryByTestId('org-ico_registration')).toBeNull();

    type('org-country', 'Royaume-Uni');
    await waitFor(() => expect(screen.getByLabelText('Companies House number')).toBeTruthy());
    expect(defaults).toHaveBeenLastCalledWith('GB');
    expect(screen.getByText('8 digits, or 2 letters and 6 digits (SC123456).')).toBeTruthy();
    expect([value('org-calendar'), value('org-lang'), value('org-window-lang')]).toEqual(['england-wales', 'en', 'en']);
    // The core names no authority for a country; the form suggests the ICO, and asks for its registration number.
    expect(value('org-authority')).toBe('ico');
    expect(screen.getByTestId('org-ico_registration')).toBeTruthy();
  });

  it('keeps the profile as saved when its country changes in Settings, and shows the zone the core would take', async () => {
    ukDefaults();
    const org = fixtures.org();
    render(OrgForm, { props: { mode: 'settings', initial: draftFromOrg(org, (code) => countries.name(code)), onsaved: () => {} } });
    type('org-country', 'United Kingdom');
    await waitFor(() => expect(screen.getByLabelText('Companies House number')).toBeTruthy());
    expect([value('org-calendar'), value('org-lang'), value('org-window-lang'), value('org-authority')]).toEqual([
      org.calendar,
      org.lang,
      org.window_lang,
      org.authority,
    ]);
    expect(screen.getByTestId('org-timezone').getAttribute('placeholder')).toBe('Europe/London');
  });

  it('offers the PECR setting in Settings for an ICO organisation only, and sends it', async () => {
    ukDefaults();
    const save = vi.spyOn(api, 'saveOrg').mockResolvedValue(fixtures.org());
    const draft = { ...emptyOrgDraft(), legal_name: 'Example Telecom Ltd', country: 'United Kingdom', authority: 'ico' };
    render(OrgForm, { props: { mode: 'settings', initial: draft, onsaved: () => {} } });
    const box = (await screen.findByTestId('org-pecr')) as HTMLInputElement;
    expect(screen.getByText(/public electronic communications service \(PECR\): breaches go to the ICO within 24 hours/)).toBeTruthy();
    await fireEvent.click(box);
    await fireEvent.click(screen.getByTestId('org-save'));
    await waitFor(() => expect(save).toHaveBeenCalledWith(expect.objectContaining({ authority: 'ico', pecr: true })));
  });

  it('never sends PECR for an organisation that does not answer to the ICO', async () => {
    ukDefaults();
    const save = vi.spyOn(api, 'saveOrg').mockResolvedValue(fixtures.org());
    const draft = { ...emptyOrgDraft(), legal_name: 'Exemple SAS', country: 'France', authority: 'cnil', pecr: true };
    render(OrgForm, { props: { mode: 'settings', initial: draft, onsaved: () => {} } });
    expect(screen.queryByTestId('org-pecr')).toBeNull();
    await fireEvent.click(screen.getByTestId('org-save'));
    await waitFor(() => expect(save).toHaveBeenCalledWith(expect.objectContaining({ authority: 'cnil', pecr: false })));
  });

  it('sends what was typed and hands the saved profile on', async () => {
    ukDefaults();
    const save = vi.spyOn(api, 'saveOrg').mockResolvedValue(fixtures.org());
    const onsaved = vi.fn();
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved } });
    type('org-legal_name', 'Exemple Logiciels SAS');
    type('org-country', 'France');
    await waitFor(() => expect(value('org-authority')).toBe('cnil'));
    await fireEvent.click(screen.getByTestId('org-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith(fixtures.org()));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ legal_name: 'Exemple Logiciels SAS', country: 'France', authority: 'cnil' }));
  });

  it('speaks French in a French window, and English again once switched back', async () => {
    setLang('fr');
    ukDefaults();
    render(OrgForm, { props: { mode: 'settings', initial: draftFromOrg(fixtures.org(), (code) => countries.name(code)), onsaved: () => {} } });
    expect(screen.getByLabelText(/^Raison sociale/)).toBe(screen.getByTestId('org-legal_name'));
    expect(screen.getByText('Délais de préavis')).toBeTruthy();
    expect(screen.getByTestId('org-save').textContent?.trim()).toBe('Enregistrer les modifications');
    // The country is shown by its name in the window's language.
    expect((screen.getByTestId('org-country') as HTMLInputElement).value).toBe('France');

    setLang('en');
    await tick();
    expect(screen.getByLabelText(/^Legal name/)).toBe(screen.getByTestId('org-legal_name'));
    expect(screen.getByText('Notice periods')).toBeTruthy();
    expect(screen.getByTestId('org-save').textContent?.trim()).toBe('Save changes');
  });

  it('keeps a window language the user chose when the country changes, and sends it', async () => {
    // The core's defaults of a French organisation: documents and window in French.
    vi.spyOn(api, 'countryDefaults').mockResolvedValue({ ...fixtures.countryDefaultsGb(), lang: 'fr', window_lang: 'fr' });
    const save = vi.spyOn(api, 'saveOrg').mockResolvedValue(fixtures.org());
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved: () => {} } });
    const select = screen.getByTestId('org-window-lang') as HTMLSelectElement;
    expect(screen.getByLabelText('Window language')).toBe(select);
    await waitFor(() => expect(value('org-window-lang')).toBe('fr'));
    select.value = 'en';
    await fireEvent.change(select);
    type('org-country', 'France');
    await waitFor(() => expect(value('org-authority')).toBe('cnil'));
    expect([value('org-lang'), value('org-window-lang')]).toEqual(['fr', 'en']);
    await fireEvent.click(screen.getByTestId('org-save'));
    await waitFor(() => expect(save).toHaveBeenCalledWith(expect.objectContaining({ lang: 'fr', window_lang: 'en' })));
  });
});
