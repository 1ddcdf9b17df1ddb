import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pushLayer } from '../layers';
import Harness from './DataTableHarness.svelte';
import { ListQuery, type Page } from './query.svelte';

const rows = [
  { id: 1, name: 'Amazon Web Services', country: 'LU' },
  { id: 2, name: 'Hetzner', country: 'DE' },
  { id: 3, name: 'Stripe', country: 'IE' },
];
const tr = (id: number) => screen.getAllByTestId('row').find((r) => r.dataset.id === String(id)) as HTMLTableRowElement;

afterEach(() => vi.useRealTimers());

describe('DataTable', () => {
  it('reports a click on a sortable header and marks the order it is given', async () => {
    const onsort = vi.fn();
    render(Harness, { props: { rows, onsort, sortOrder: (key) => (key === 'name' ? 'descending' : 'none') } });
    const name = screen.getByRole('columnheader', { name: /^Name/ });
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(name.textContent).toContain('↓');
    // A column without a sort key has no button and no aria-sort.
    const country = screen.getByRole('columnheader', { name: 'Country' });
    expect(country.querySelector('button')).toBeNull();
    expect(country.hasAttribute('aria-sort')).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(onsort).toHaveBeenCalledWith('name');
  });

  it('shows the empty state and no table when there is no row', () => {
    render(Harness, { props: { rows: [] } });
    expect(screen.getByTestId('empty').textContent).toBe('Nothing recorded yet.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('moves along the rows with the arrow keys and opens one with Enter', async () => {
    const onopen = vi.fn();
    render(Harness, { props: { rows, onopen } });
    // The rows are one tab stop: the first row takes it.
    expect(tr(1).tabIndex).toBe(0);
    expect(tr(2).tabIndex).toBe(-1);
    tr(1).focus();
    await fireEvent.keyDown(tr(1), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tr(2));
    await fireEvent.keyDown(tr(2), { key: 'ArrowDown' });
    await fireEvent.keyDown(tr(3), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tr(3));
    await fireEvent.keyDown(tr(3), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(tr(2));
    expect(tr(2).tabIndex).toBe(0);
    await fireEvent.keyDown(tr(2), { key: 'Enter' });
    expect(onopen).toHaveBeenCalledWith(rows[1]);
    await fireEvent.click(tr(3).cells[0]);
    expect(onopen).toHaveBeenLastCalledWith(rows[2]);
  });

  it('focuses the search box on Ctrl+F, or on "/" unless the user is typing in a field', async () => {
    render(Harness, { props: { rows } });
    const search = screen.getByTestId('search');
    await fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search);

    const other = screen.getByTestId('elsewhere');
    other.focus();
    await fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    await fireEvent.keyDown(other, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(search);
  });

  it('leaves the shortcuts alone while a panel or dialog is open over the list', async () => {
    render(Harness, { props: { rows } });
    const pop = pushLayer(() => {});
    await fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    expect(document.activeElement).not.toBe(screen.getByTestId('search'));
    pop();
  });

  it('asks for the list again once the typing stops, or at once on Enter', async () => {
    vi.useFakeTimers();
    const onsearch = vi.fn();
    render(Harness, { props: { rows, onsearch } });
    const search = screen.getByTestId('search') as HTMLInputElement;
    search.value = 'str';
    await fireEvent.input(search);
    expect(onsearch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(onsearch).toHaveBeenCalledTimes(1);
    search.value = 'stripe';
    await fireEvent.input(search);
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(onsearch).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(onsearch).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('count').textContent).toBe('3 rows');
  });

  it('asks a list the core pages at every keystroke, without waiting for the typing to stop', async () => {
    vi.useFakeTimers();
    type Row = (typeof rows)[number];
    const kept = { list: { query: '' } };
    const page = vi.fn(async (s: { query: string }, offset: number): Promise<Page<Row>> => {
      const kept = rows.filter((r) => r.name.toLowerCase().includes(s.query));
      return { rows: kept, matched: kept.length, total: rows.length, offset };
    });
    const list = new ListQuery<Row, { query: string }>({
      kept,
      page,
      rules: { clear: () => ({ query: '' }), isFiltered: (s) => s.query !== '' },
    });
    render(Harness, { props: { list } });
    await vi.waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(3));
    const asked = page.mock.calls.length;
    const search = screen.getByTestId('search') as HTMLInputElement;
    kept.list = { query: 'h' };
    await fireEvent.input(search);
    expect(page).toHaveBeenCalledTimes(asked + 1);
    kept.list = { query: 'he' };
    await fireEvent.input(search);
    expect(page).toHaveBeenCalledTimes(asked + 2);
    await vi.waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    // No question is left waiting for a timer.
    vi.advanceTimersByTime(500);
    expect(page).toHaveBeenCalledTimes(asked + 2);
  });
});
