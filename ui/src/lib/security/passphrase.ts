// The rules of the passphrase dialogs that the window applies itself: the new passphrase typed twice must match (the
// core never sees the second copy), and the dialog is not sent before it can succeed on length.

import { t } from '../i18n';
import { MIN_LENGTH, passphraseLength } from './strength';

/** Turning encryption on, changing the passphrase, or turning encryption off. */
export type PassphraseMode = 'encrypt' | 'change' | 'decrypt';

export type PassphraseFields = { current: string; passphrase: string; confirm: string };

/** Whether the mode asks for the passphrase in use, and for a new one typed twice. */
export const asksCurrent = (mode: PassphraseMode): boolean => mode !== 'encrypt';
export const asksNew = (mode: PassphraseMode): boolean => mode !== 'decrypt';

/** The new passphrase is long enough and both copies are the same. */
export function newPassphraseReady(passphrase: string, confirm: string): boolean {
  return passphraseLength(passphrase) >= MIN_LENGTH && passphrase === confirm;
}

/** Whether the dialog's submit button is enabled. */
export function canSubmit(mode: PassphraseMode, f: PassphraseFields): boolean {
  if (asksCurrent(mode) && f.current === '') return false;
  return !asksNew(mode) || newPassphraseReady(f.passphrase, f.confirm);
}

/**
 * The message under the second copy, or none. While it is still being typed and so far agrees with the first, it is
 * not wrong yet; once it diverges, or the user has left the field, a difference is said.
 */
export function confirmError(passphrase: string, confirm: string, left: boolean): string {
  if (confirm === '' || confirm === passphrase) return '';
  if (!left && passphrase.startsWith(confirm)) return '';
  return t().security.passphrase.mismatch;
}
