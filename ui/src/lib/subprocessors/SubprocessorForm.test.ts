import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { invalid } from '../../test/failures';
import { api } from '../api';
import { app } from '../app.svelte';
import { countries } from '../countries.svelte';
import { vocab } from '../vocab.svelte';
import SubprocessorForm from './SubprocessorForm.svelte';
import { type } from '../../test/typing';

beforeAll(() => {
  countries.list = fixtures.countries();
  vocab.use(fixtures.vocabularies());
});
afterEach(() => vi.restoreAllMocks());

describe('SubprocessorForm', () => {
  it('sends a new subprocessor as typed, shows the core’s refusal next to its field, then opens the saved record', async () => {
    const stored = fixtures.subprocessors()[1];
    const add = vi
      .spyOn(api, 'addSubprocessor')
      .mockRejectedValueOnce(invalid({ country: "'Narnia' is not a country we know" }))
      .mockResolvedValue(stored);
    const go = vi.spyOn(app, 'go').mockImplementation(() => {});
    render(SubprocessorForm, { props: { id: null } });
    expect(document.activeElement?.id).toBe('sp-name');

    type('sp-name', 'OVHcloud');
    type('sp-service', 'Hosting');
    type('sp-country', 'Narnia');
    type('sp-locations', 'FR, DE');
    await fireEvent.click(screen.getByTestId('sp-save'));
    await waitFor(() => expect(screen.getByTestId('error-country').textContent).toBe("'Narnia' is not a country we know"));
    expect(add).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'OVHcloud', service: 'Hosting', country: 'Narnia', locations: ['FR, DE'] }));

    type('sp-country', 'France');
    expect(screen.queryByTestId('error-country')).toBeNull();
    await fireEvent.click(screen.getByTestId('sp-save'));
    await waitFor(() => expect(go).toHaveBeenCalledWith({ screen: 'subprocessors', view: 'detail', id: stored.id }, true));
    expect(add).toHaveBeenLastCalledWith(expect.objectContaining({ country: 'France' }));
    expect(app.banner?.message).toBe(`${stored.name} added to the register.`);
  });
});
