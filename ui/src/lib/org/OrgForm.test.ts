import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, ApiFailure } from '../api';
import { countries } from '../countries.svelte';
import OrgForm from './OrgForm.svelte';
import { emptyOrgDraft } from './draft';

beforeAll(() => countries.load());
afterEach(() => vi.restoreAllMocks());

function type(testid: string, value: string): void {
  const input = screen.getByTestId(testid) as HTMLInputElement;
  input.value = value;
  void fireEvent.input(input);
}

describe('OrgForm', () => {
  it('puts each validation message next to its field and focuses the first', async () => {
    const save = vi.spyOn(api, 'saveOrg').mockRejectedValue(
      new ApiFailure({
        code: 'invalid',
        message: 'invalid',
        fields: [
          { field: 'country', reason: "'Narnia' is not a country we know" },
          { field: 'legal_name', reason: "is required: the organisation's legal name" },
        ],
      }),
    );
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved: () => {} } });
    type('org-country', 'Narnia');
    await fireEvent.click(screen.getByTestId('org-save'));

    await waitFor(() => expect(screen.getByTestId('error-legal_name').textContent).toContain("Legal name is required: the organisation's legal name"));
    expect(screen.getByTestId('error-country').textContent).toContain("'Narnia' is not a country we know");
    expect(document.activeElement).toBe(screen.getByTestId('org-legal_name'));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ country: 'Narnia' }));
  });

  it('adapts to the country and the authority', async () => {
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved: () => {} } });
    expect(screen.queryByTestId('org-ico_registration')).toBeNull();

    type('org-country', 'United Kingdom');
    await waitFor(() => expect(screen.getByLabelText('Companies House number')).toBeTruthy());
    // The country chose the authority and the calendar, so the ICO number is asked for.
    expect((screen.getByTestId('org-authority') as HTMLSelectElement).value).toBe('ico');
    expect((screen.getByTestId('org-calendar') as HTMLSelectElement).value).toBe('england-wales');
    expect(screen.getByTestId('org-ico_registration')).toBeTruthy();

    type('org-country', 'FR');
    await waitFor(() => expect(screen.getByLabelText('SIREN or SIRET')).toBeTruthy());
  });

  it('hands the saved profile on', async () => {
    const onsaved = vi.fn();
    render(OrgForm, { props: { mode: 'setup', initial: emptyOrgDraft(), onsaved } });
    type('org-legal_name', 'Exemple SAS');
    type('org-country', 'France');
    await fireEvent.click(screen.getByTestId('org-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith(expect.objectContaining({ legal_name: 'Exemple SAS', country: 'FR', authority: 'cnil' })));
  });
});
