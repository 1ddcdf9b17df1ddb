import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { api, type Filter, type SubprocessorView } from '../api';
import { countries } from '../countries.svelte';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import Register from './Register.svelte';
import { initialList } from './list';
import { register } from './state.svelte';

// The register as the core lists it (fixtures: Mailjet, OVHcloud, Stripe and Zendesk, sorted by name); each test
// stubs `list_subprocessors` with the answer the core gives to the filter asked.

const names = () => screen.queryAllByTestId('sp-row-name').map((c) => c.textContent?.trim().split('\n')[0]);
// The core's page of the matches, as it answers the window's paged list.
const answer = (rows: (f: Filter) => SubprocessorView[]) =>
  vi.spyOn(api, 'listSubprocessors').mockImplementation(async (f) => {
    const all = rows(f);
    return { rows: all.slice(f.offset, f.limit === null ? undefined : f.offset + f.limit), matched: all.length, total: fixtures.subprocessors().length, offset: f.offset };
  });

beforeAll(() => {
  countries.list = fixtures.countries();
  vocab.use(fixtures.vocabularies());
});
beforeEach(() => {
  register.list = initialList();
});
afterEach(() => vi.restoreAllMocks());

describe('Register', () => {
  it('lists the register in the core order and asks for the other order from the header', async () => {
    const list = answer((f) => (f.descending ? fixtures.subprocessors().reverse() : fixtures.subprocessors()));
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    expect(screen.getByTestId('sp-count').textContent).toBe('4 subprocessors');
    expect(names()[0]).toBe('Mailjet');

    await fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(names()[0]).toBe('Zendesk'));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name', descending: true }));
    expect(screen.getByRole('columnheader', { name: /^Name/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('shows the transfer status the core computed under the adequacy list in use', async () => {
    answer(() => fixtures.subprocessors());
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    const cells = screen.getAllByTestId('sp-row-transfer');
    expect(cells.map((c) => c.textContent?.trim())).toEqual(['Adequacy', 'Not needed', 'EU-US Data Privacy Framework', 'Missing']);
    expect(cells.map((c) => c.classList.contains('warn'))).toEqual([false, false, false, true]);
    expect(cells[3].getAttribute('title')).toBe('Processed outside the EEA (United States) with no transfer mechanism recorded');
    // The location codes outside the EEA are the core's: Switzerland for Mailjet.
    const outside = screen.getAllByTestId('sp-row')[0].querySelectorAll('.code.outside');
    expect([...outside].map((c) => c.textContent)).toEqual(['CH']);
  });

  it('marks retired rows and keeps the file input in the page', async () => {
    answer(() => fixtures.subprocessors().map((sp) => (sp.name === 'Zendesk' ? { ...sp, status: 'retired' as const } : sp)));
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    const retired = screen.getAllByTestId('sp-row').filter((r) => r.classList.contains('retired'));
    expect(retired.map((r) => r.textContent)).toEqual([expect.stringContaining('Zendesk')]);
    expect(retired[0].textContent).toContain('Retired');
    // The status filter offers the core's subprocessor statuses (not the requests' list of the same name).
    const filter = screen.getByTestId('sp-status-filter') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toEqual(['All statuses', 'Proposed', 'Announced', 'Active', 'Retired']);
    expect(screen.getByTestId('sp-import-file').getAttribute('type')).toBe('file');
  });

  it('searches as the user types and offers to clear filters when nothing matches', async () => {
    const list = answer((f) => fixtures.subprocessors().filter((sp) => sp.name.toLowerCase().includes(f.query.toLowerCase())));
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    const search = screen.getByTestId('sp-search') as HTMLInputElement;

    search.value = 'stripe';
    await fireEvent.input(search);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(1));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'stripe' }));
    expect(screen.getByTestId('sp-count').textContent).toBe('1 of 4 subprocessors');

    search.value = 'narnia';
    await fireEvent.input(search);
    await waitFor(() => expect(screen.getByTestId('sp-empty').textContent).toContain('No subprocessor matches “narnia”'));
    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    expect(search.value).toBe('');
  });

  it('warns before printing the public list with a transfer that has no safeguard, and prints at once when none', async () => {
    answer(() => fixtures.subprocessors());
    const print = vi.spyOn(api, 'printSubprocessors').mockResolvedValue('/tmp/subprocessors-en.pdf');
    const gaps = vi.spyOn(api, 'publicListGaps').mockResolvedValue([
      { id: 4, name: 'Zendesk', explain: { code: 'missing', en: 'Outside the EEA (United States) with no transfer mechanism recorded', fr: 'Hors EEE (États-Unis) sans mécanisme de transfert' } },
    ]);
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('sp-print-en'));
    const dialog = await screen.findByTestId('sp-print-gaps-dialog');
    expect(dialog.textContent).toContain('One subprocessor transfers data outside the EEA with no safeguard recorded');
    expect(screen.getByTestId('sp-print-gaps').textContent).toContain('Zendesk: Outside the EEA (United States)');
    expect(print).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('sp-print-gaps-confirm'));
    await waitFor(() => expect(print).toHaveBeenCalledWith('en'));

    gaps.mockResolvedValue([]);
    await waitFor(() => expect(screen.queryByTestId('sp-print-gaps-dialog')).toBeNull());
    await fireEvent.click(screen.getByTestId('sp-print-fr'));
    await waitFor(() => expect(print).toHaveBeenCalledWith('fr'));
    expect(screen.queryByTestId('sp-print-gaps-dialog')).toBeNull();
  });
});

describe('Register in French', () => {
  afterEach(() => setLang('en'));

  it('shows the register in French, the core labels included, and in English again when the language changes', async () => {
    answer((f) => fixtures.subprocessors().filter((sp) => sp.name.toLowerCase().includes(f.query.toLowerCase())));
    setLang('fr');
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(4));
    expect(screen.getByTestId('sp-count').textContent).toBe('4\u00a0sous-traitants');
    expect(screen.getByRole('columnheader', { name: /^Nom/ })).toBeTruthy();
    expect(screen.getAllByTestId('sp-row-transfer').map((c) => c.textContent?.trim())).toEqual([
      'Adéquation',
      'Non nécessaire',
      'Data Privacy Framework UE-États-Unis',
      'Manquant',
    ]);
    expect(screen.getByTestId('sp-print-fr').getAttribute('title')).toBe('Imprimer la liste publique en français');

    const search = screen.getByTestId('sp-search') as HTMLInputElement;
    search.value = 'narnia';
    await fireEvent.input(search);
    await waitFor(() => expect(screen.getByTestId('sp-empty').textContent).toContain('Aucun sous-traitant ne correspond à «\u00a0narnia\u00a0».'));

    setLang('en');
    await tick();
    expect(screen.getByTestId('sp-empty').textContent).toContain('No subprocessor matches “narnia”.');
    expect(screen.getByTestId('sp-print-fr').getAttribute('title')).toBe('Print the public list in French');
  });
});
