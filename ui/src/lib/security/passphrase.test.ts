import { describe, expect, it } from 'vitest';
import { canSubmit, confirmError, newPassphraseReady } from './passphrase';
import { MIN_LENGTH } from './strength';

describe('the passphrase dialog', () => {
  const fields = (passphrase: string, confirm: string, current = '') => ({ current, passphrase, confirm });

  it('sends a new passphrase only when both copies match and it has eight characters', () => {
    expect(MIN_LENGTH).toBe(8);
    expect(canSubmit('encrypt', fields('', ''))).toBe(false);
    expect(canSubmit('encrypt', fields('short', 'short'))).toBe(false);
    expect(canSubmit('encrypt', fields('1234567', '1234567'))).toBe(false);
    expect(canSubmit('encrypt', fields('12345678', '12345679'))).toBe(false);
    expect(canSubmit('encrypt', fields('12345678', ''))).toBe(false);
    expect(canSubmit('encrypt', fields('12345678', '12345678'))).toBe(true);
    expect(newPassphraseReady('ten chars!', 'ten chars!')).toBe(true);
  });

  it('asks for the passphrase in use to change or remove it', () => {
    expect(canSubmit('change', fields('new passphrase', 'new passphrase'))).toBe(false);
    expect(canSubmit('change', fields('new passphrase', 'new passphrase', 'old one'))).toBe(true);
    expect(canSubmit('change', fields('new', 'new', 'old one'))).toBe(false);
    expect(canSubmit('decrypt', fields('', '', ''))).toBe(false);
    expect(canSubmit('decrypt', fields('', '', 'x'))).toBe(true);
  });

  it('says the copies differ once the second one diverges or is left', () => {
    expect(confirmError('secret words', '', true)).toBe('');
    expect(confirmError('secret words', 'secret', false)).toBe('');
    expect(confirmError('secret words', 'secret', true)).toBe('The two passphrases do not match.');
    expect(confirmError('secret words', 'secrets', false)).toBe('The two passphrases do not match.');
    expect(confirmError('secret words', 'secret words', true)).toBe('');
  });
});
