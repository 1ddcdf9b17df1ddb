// Typing into a rendered form, for the component tests.

import { fireEvent, screen } from '@testing-library/svelte';

/** Replaces the value of the input with this test id, as typing would, and lets the page see it. */
export function type(testid: string, value: string): void {
  const input = screen.getByTestId(testid) as HTMLInputElement;
  input.value = value;
  void fireEvent.input(input);
}
