import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import type { BreachView } from '../bindings';
import ReopenDialog from '../breaches/ReopenDialog.svelte';
import { app } from '../app.svelte';
import { invalid } from '../../test/failures';

// The breach's reopening is the smallest step dialog: one required reason.
const view = { breach: { id: 4 } } as BreachView;

afterEach(() => {
  vi.restoreAllMocks();
  app.leaving = null;
});

describe('StepDialog', () => {
  it('shows the core’s refusal next to the field it names, focuses it, and keeps the dialog open', async () => {
    vi.spyOn(api, 'reopenBreach').mockRejectedValue(invalid({ reason: 'is required: say why it is reopened' }));
    const ondone = vi.fn();
    render(ReopenDialog, { props: { view, oncancel: () => {}, ondone } });
    await fireEvent.click(screen.getByTestId('br-reopen-save'));
    await waitFor(() => expect(screen.getByTestId('error-reason').textContent).toBe('The reason is required: say why it is reopened'));
    expect(screen.getByTestId('form-errors').textContent).toContain('check the field marked below');
    expect(document.activeElement?.id).toBe('br-reopen-reason');
    expect(ondone).not.toHaveBeenCalled();
  });

  it('waits while the step is sent and hands the answer on', async () => {
    let answer: (v: BreachView) => void = () => {};
    vi.spyOn(api, 'reopenBreach').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const ondone = vi.fn();
    render(ReopenDialog, { props: { view, oncancel: () => {}, ondone } });
    await fireEvent.click(screen.getByTestId('br-reopen-save'));
    const save = screen.getByTestId('br-reopen-save') as HTMLButtonElement;
    await waitFor(() => expect(save.textContent?.trim()).toBe('Reopening…'));
    expect(save.disabled).toBe(true);
    answer(view);
    await waitFor(() => expect(ondone).toHaveBeenCalledWith(view));
  });

  it('asks before a reason typed in is thrown away', async () => {
    const oncancel = vi.fn();
    render(ReopenDialog, { props: { view, oncancel, ondone: () => {} } });
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledTimes(1);
    const reason = screen.getByTestId('br-reopen-reason') as HTMLTextAreaElement;
    reason.value = 'New facts';
    await fireEvent.input(reason);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledTimes(1);
    expect(app.leaving).not.toBeNull();
    app.confirmLeave();
    expect(oncancel).toHaveBeenCalledTimes(2);
  });
});
