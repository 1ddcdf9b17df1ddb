import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { setLang } from '../i18n';
import PassphraseDialog from './PassphraseDialog.svelte';
import { refused, securityStatus } from './stubs';
import { type } from '../../test/typing';

const submit = () => screen.getByTestId('sec-submit') as HTMLButtonElement;

afterEach(() => {
  setLang('en');
  vi.restoreAllMocks();
});

describe('PassphraseDialog', () => {
  it('enables the submit button only when both copies match and have eight characters', async () => {
    render(PassphraseDialog, { props: { mode: 'encrypt', oncancel: () => {}, ondone: () => {} } });
    expect(submit().disabled).toBe(true);
    expect(screen.getByTestId('sec-warning').textContent).toContain('cannot be recovered');

    type('sec-passphrase', 'short');
    type('sec-confirm', 'short');
    await waitFor(() => expect(screen.getByTestId('sec-strength').dataset.score).toBe('0'));
    expect(submit().disabled).toBe(true);

    type('sec-passphrase', 'correct horse battery');
    type('sec-confirm', 'correct horse batterie');
    await waitFor(() => expect(screen.getByTestId('error-confirm').textContent).toBe('The two passphrases do not match.'));
    expect(submit().disabled).toBe(true);

    type('sec-confirm', 'correct horse battery');
    await waitFor(() => expect(submit().disabled).toBe(false));
    expect(screen.queryByTestId('error-confirm')).toBeNull();
    expect(screen.getByTestId('sec-strength').textContent).toContain('good');
  });

  it('turns encryption on and hands the new status on', async () => {
    const encrypt = vi.spyOn(api, 'encryptStore').mockResolvedValue(securityStatus({ encrypted: true }));
    const ondone = vi.fn();
    render(PassphraseDialog, { props: { mode: 'encrypt', oncancel: () => {}, ondone } });
    type('sec-passphrase', 'correct horse battery');
    type('sec-confirm', 'correct horse battery');
    await waitFor(() => expect(submit().disabled).toBe(false));
    await fireEvent.click(submit());
    await waitFor(() => expect(ondone).toHaveBeenCalledWith(expect.objectContaining({ encrypted: true })));
    expect(encrypt).toHaveBeenCalledWith('correct horse battery');
  });

  it('puts a wrong current passphrase under its field', async () => {
    vi.spyOn(api, 'decryptStore').mockRejectedValue(refused('current', 'wrong passphrase'));
    render(PassphraseDialog, { props: { mode: 'decrypt', oncancel: () => {}, ondone: () => {} } });
    expect(screen.queryByTestId('sec-passphrase')).toBeNull();
    expect(screen.getByTestId('sec-warning').textContent).toContain('readable by anyone');
    type('sec-current', 'battery horse correct');
    await waitFor(() => expect(submit().disabled).toBe(false));
    await fireEvent.click(submit());
    await waitFor(() => expect(screen.getByTestId('error-current').textContent).toContain('Wrong passphrase'));
  });

  it('speaks French when the window does, and English again when it changes back', async () => {
    setLang('fr');
    render(PassphraseDialog, { props: { mode: 'encrypt', oncancel: () => {}, ondone: () => {} } });
    expect(screen.getByTestId('sec-dialog').textContent).toContain('Activer le chiffrement');
    expect(screen.getByTestId('sec-warning').textContent).toContain('Une phrase de passe perdue ne peut pas être récupérée.');
    expect(screen.getByTestId('sec-strength').textContent?.trim()).toBe('Robustesse\u00a0: non évaluée');

    type('sec-passphrase', 'correct horse battery');
    type('sec-confirm', 'correct horse batterie');
    await waitFor(() => expect(screen.getByTestId('error-confirm').textContent).toBe('Les deux phrases de passe ne correspondent pas.'));
    expect(screen.getByTestId('sec-strength').textContent?.trim()).toBe('Robustesse\u00a0: bonne');

    setLang('en');
    await tick();
    expect(screen.getByTestId('sec-dialog').textContent).toContain('Turn on encryption');
    expect(screen.getByTestId('error-confirm').textContent).toBe('The two passphrases do not match.');
    expect(screen.getByTestId('sec-strength').textContent?.trim()).toBe('Strength: good');
  });
});
