import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countries } from '../countries.svelte';
import { resetMock } from '../mock';
import Register from './Register.svelte';
import { initialList } from './list';
import { register } from './state.svelte';

// Outside the Tauri window `api.ts` answers from the stand-in in `mock.ts`, which holds seven subprocessors.

const names = () => screen.queryAllByTestId('sp-row-name').map((c) => c.textContent?.trim().split('\n')[0]);

beforeAll(() => countries.load());
beforeEach(() => {
  resetMock();
  register.list = initialList();
});

describe('Register', () => {
  it('lists the register sorted by name and toggles the order from the header', async () => {
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(7));
    expect(screen.getByTestId('sp-count').textContent).toBe('7 subprocessors');
    expect(names()[0]).toContain('Amazon Web Services');

    await fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(names()[0]).toContain('Stripe'));
    expect(screen.getByRole('columnheader', { name: /^Name/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('marks retired rows and keeps the file input in the page', async () => {
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(7));
    const retired = screen.getAllByTestId('sp-row').filter((r) => r.classList.contains('retired'));
    expect(retired.map((r) => r.textContent)).toEqual([expect.stringContaining('Intercom')]);
    expect(screen.getByTestId('sp-import-file').getAttribute('type')).toBe('file');
  });

  it('searches as the user types and offers to clear filters when nothing matches', async () => {
    render(Register);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(7));
    const search = screen.getByTestId('sp-search') as HTMLInputElement;

    search.value = 'stripe';
    await fireEvent.input(search);
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(1));
    expect(screen.getByTestId('sp-count').textContent).toBe('1 of 7 subprocessors');

    search.value = 'narnia';
    await fireEvent.input(search);
    await waitFor(() => expect(screen.getByTestId('sp-empty').textContent).toContain('No subprocessor matches “narnia”'));
    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getAllByTestId('sp-row')).toHaveLength(7));
    expect(search.value).toBe('');
  });
});
