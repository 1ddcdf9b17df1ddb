import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { setLang } from '../i18n';
import { app } from '../app.svelte';
import BackupsSection from './BackupsSection.svelte';
import { backup, backups, intact, refused, securityStatus } from './stubs';

afterEach(() => {
  setLang('en');
  app.dismissBanner();
  vi.restoreAllMocks();
});

const rows = () => screen.getAllByTestId('backup-row');

describe('BackupsSection', () => {
  it('lists the backups newest first with their size, entries and short head hash', async () => {
    vi.spyOn(api, 'securityStatus').mockResolvedValue(securityStatus());
    render(BackupsSection);
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(rows()[0].dataset.kind).toBe('daily');
    expect(rows()[0].textContent).toMatch(/\d+ KB/);
    expect(rows()[0].querySelector('code')?.textContent).toMatch(/^[0-9a-f]{12}…$/);
    expect(screen.getByTestId('backup-dir').textContent).toContain('backups');
  });

  it('checks a backup and says it is intact', async () => {
    vi.spyOn(api, 'securityStatus').mockResolvedValue(securityStatus());
    const check = vi.spyOn(api, 'checkBackup').mockResolvedValue(intact(backups()[1]));
    render(BackupsSection);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await fireEvent.click(within(rows()[1]).getByTestId('backup-check'));
    await waitFor(() => expect(screen.getByTestId('backup-check-result').dataset.ok).toBe('true'));
    expect(check).toHaveBeenCalledWith(backups()[1].path);
    expect(screen.getByTestId('backup-check-result').textContent).toContain('Intact');
  });

  it('saves the policy and shows the backups the core kept, or its refusal under the field', async () => {
    vi.spyOn(api, 'securityStatus').mockResolvedValue(securityStatus());
    const save = vi
      .spyOn(api, 'saveBackupPolicy')
      .mockResolvedValueOnce(securityStatus({ policy: { daily: 7, weekly: 1 }, backups: backups().slice(0, 4) }))
      .mockRejectedValueOnce(refused('weekly', 'at most 365'));
    render(BackupsSection);
    await waitFor(() => expect(rows()).toHaveLength(5));
    const weekly = screen.getByTestId('backup-policy-weekly') as HTMLInputElement;
    weekly.value = '1';
    await fireEvent.input(weekly);
    await fireEvent.click(screen.getByTestId('backup-policy-save'));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(save).toHaveBeenCalledWith({ daily: 7, weekly: 1 });
    expect(app.banner?.message).toBe('Backup policy saved: the last 7 daily backups and the last 1 weekly backup are kept.');

    weekly.value = '400';
    await fireEvent.input(weekly);
    await fireEvent.click(screen.getByTestId('backup-policy-save'));
    await waitFor(() => expect(screen.getByTestId('error-weekly').textContent).toContain('At most 365'));
  });

  it('makes a backup now and shows it first', async () => {
    const made = backup('manual', '2026-11-23T09:29:00Z', 14);
    vi.spyOn(api, 'securityStatus')
      .mockResolvedValueOnce(securityStatus())
      .mockResolvedValueOnce(securityStatus({ backups: [made, ...backups()] }));
    vi.spyOn(api, 'backupNow').mockResolvedValue(made);
    render(BackupsSection);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await fireEvent.click(screen.getByTestId('backup-now'));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(rows()[0].dataset.kind).toBe('manual');
    expect(app.banner?.message).toMatch(/^Backup made: privdesk-\d+-manual\.sqlite/);
  });

  it('writes its words, dates and policy in French, and in English again when the language changes', async () => {
    vi.spyOn(api, 'securityStatus').mockResolvedValue(securityStatus());
    vi.spyOn(api, 'saveBackupPolicy').mockResolvedValueOnce(securityStatus({ policy: { daily: 7, weekly: 1 } }));
    setLang('fr');
    render(BackupsSection);
    await waitFor(() => expect(rows()).toHaveLength(5));
    const section = screen.getByTestId('backups-section');
    expect(within(section).getByRole('columnheader', { name: 'Empreinte de tête' })).toBeTruthy();
    expect(rows()[0].querySelector('.date')?.textContent).toBe('23 novembre 2026 à 8\u00a0h\u00a002 UTC');
    expect(screen.getByTestId('backup-now').textContent?.trim()).toBe('Sauvegarder maintenant');

    const weekly = screen.getByTestId('backup-policy-weekly') as HTMLInputElement;
    weekly.value = '1';
    await fireEvent.input(weekly);
    await fireEvent.click(screen.getByTestId('backup-policy-save'));
    await waitFor(() =>
      expect(app.banner?.message).toBe(
        'Règle de conservation enregistrée\u00a0: sont conservées les 7\u00a0dernières sauvegardes quotidiennes et la dernière sauvegarde hebdomadaire.',
      ),
    );

    setLang('en');
    await tick();
    expect(within(section).getByRole('columnheader', { name: 'Audit head' })).toBeTruthy();
    expect(rows()[0].querySelector('.date')?.textContent).toBe('23 Nov 2026, 08:02 UTC');
    expect(screen.getByTestId('backup-now').textContent?.trim()).toBe('Back up now');
  });
});
