import { fireEvent, render, screen } from '@testing-library/svelte';
import { setLang } from '../i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DateInput from './DateInput.svelte';

afterEach(() => {
  setLang('en');
});

const input = () => screen.getByTestId('rq-received') as HTMLInputElement;

async function type(text: string): Promise<void> {
  input().value = text;
  await fireEvent.input(input());
}

describe('DateInput', () => {
  it('shows the ISO value in the window’s order, not the system’s', () => {
    render(DateInput, { props: { id: 'rq-received', name: 'received_on', label: 'Received on', value: '2026-11-23' } });
    expect(input().value).toBe('23/11/2026');
    expect(input().dataset.value).toBe('2026-11-23');
    expect(input().placeholder).toBe('dd/mm/yyyy');
  });

  it('hands on ISO for what is typed in the window’s order, and for ISO typed in', async () => {
    const oninput = vi.fn();
    render(DateInput, { props: { id: 'rq-received', name: 'received_on', label: 'Received on', oninput } });
    await type('10/11/2026');
    expect(oninput).toHaveBeenLastCalledWith('2026-11-10');
    await type('2026-10-01');
    expect(oninput).toHaveBeenLastCalledWith('2026-10-01');
    // Once the field is left, the date is written the window's way.
    await fireEvent.blur(input());
    expect(input().value).toBe('01/10/2026');
    await type('');
    expect(oninput).toHaveBeenLastCalledWith('');
  });

  it('says so when the text is not a date, once the field is left', async () => {
    const oninput = vi.fn();
    render(DateInput, { props: { id: 'rq-received', name: 'received_on', label: 'Received on', oninput } });
    await type('31/02/2026');
    expect(screen.queryByTestId('error-received_on')).toBeNull();
    await fireEvent.blur(input());
    expect(screen.getByTestId('error-received_on').textContent).toBe(
      'Received on is not a date: write it as dd/mm/yyyy, for example 23/11/2026.',
    );
    expect(input().getAttribute('aria-invalid')).toBe('true');
    // The text goes to the core as it is, which refuses it naming the field.
    expect(oninput).toHaveBeenLastCalledWith('31/02/2026');
  });

  it('shows the core’s error when the text is a date', () => {
    render(DateInput, { props: { id: 'rq-received', name: 'received_on', label: 'Received on', value: '2030-01-01', error: 'Received on is in the future' } });
    expect(screen.getByTestId('error-received_on').textContent).toBe('Received on is in the future');
  });

  it('reads and writes a time with the date', async () => {
    const oninput = vi.fn();
    render(DateInput, { props: { id: 'rq-received', name: 'at', label: 'When', time: true, value: '2026-11-23T08:00', oninput } });
    expect(input().value).toBe('23/11/2026 08:00');
    await type('24/11/2026 09:30');
    expect(oninput).toHaveBeenLastCalledWith('2026-11-24T09:30');
  });

  it('follows a French window', () => {
    setLang('fr');
    render(DateInput, { props: { id: 'rq-received', name: 'received_on', label: 'Reçue le', value: '2026-11-23' } });
    expect(input().value).toBe('23/11/2026');
  });
});
