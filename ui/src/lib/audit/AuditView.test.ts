import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, type AuditReport } from '../api';
import type { AuditEntry } from '../bindings';
import { setLang } from '../i18n';
import AuditView from './AuditView.svelte';

afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

/** A subprocessor retired by hand: its status and end date changed. */
const entry: AuditEntry = {
  seq: 7,
  at: '2026-11-23T10:00:05Z',
  at_local: '2026-11-23 11:00:05 +01:00',
  actor: 'camille',
  entity: 'subprocessor',
  entity_id: 3,
  action: 'update',
  before: JSON.stringify({ name: 'Stripe', status: 'active', ended_on: null }),
  after: JSON.stringify({ name: 'Stripe', status: 'retired', ended_on: '2026-11-23' }),
  prev_hash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

const intact: AuditReport = {
  checked: 14,
  ok: true,
  first_bad: null,
  problem: null,
  head_hash: 'c'.repeat(64),
  chain_ok: true,
  keyed: false,
  checkpoint: { ok: true, checkpoints: [] },
  records: { ok: true, checked: 9, findings: [] },
  structure: [],
};

describe('AuditView', () => {
  it('speaks French when the window does, and English again without a reload', async () => {
    vi.spyOn(api, 'auditLog').mockResolvedValue({ rows: [entry], matched: 1, total: 1, offset: 0 });
    vi.spyOn(api, 'auditEntities').mockResolvedValue(['subprocessor']);
    vi.spyOn(api, 'verifyAudit').mockResolvedValue(intact);
    setLang('fr');
    render(AuditView);
    const row = await screen.findByTestId('audit-row');
    expect(screen.getByRole('heading', { name: "Journal d'audit" })).toBeTruthy();
    expect(row.textContent).toContain('Modification');
    expect(row.textContent).toContain('Sous-traitant #3');
    expect(row.textContent).toContain('Modifié\u00a0: Statut, Fin le');
    await fireEvent.click(screen.getByTestId('audit-verify'));
    const result = await screen.findByTestId('audit-result');
    expect(result.textContent).toContain('Intact\u00a0:');
    expect(result.textContent).toContain('14 entrées vérifiées');
    expect(screen.getByTestId('verify-records').textContent).toContain('9 fiches vérifiées');

    setLang('en');
    await tick();
    expect(screen.getByRole('heading', { name: 'Audit trail' })).toBeTruthy();
    expect(screen.getByTestId('audit-row').textContent).toContain('Changed Status, Ended on');
    expect(screen.getByTestId('audit-row').textContent).toContain('Subprocessor #3');
    await waitFor(() => expect(screen.getByTestId('audit-result').textContent).toContain('14 entries checked'));
  });
});
