import { afterEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../api';
import { setLang } from '../i18n';
import { chainText, findingText, reportProblems } from './report';

const intact = (over: Partial<AuditReport> = {}): AuditReport => ({
  checked: 14,
  ok: true,
  first_bad: null,
  problem: null,
  head_hash: 'a'.repeat(64),
  chain_ok: true,
  keyed: false,
  checkpoint: { ok: true, checkpoints: [] },
  records: { ok: true, checked: 9, findings: [] },
  structure: [],
  ...over,
});

describe('audit reports', () => {
  it('find nothing to say about an intact trail', () => {
    expect(reportProblems(intact())).toEqual([]);
    expect(chainText(intact())).toBe('The hash chain of 14 entries is unbroken.');
  });

  it('say where the chain breaks', () => {
    const r = intact({ ok: false, chain_ok: false, checked: 4, first_bad: 5, problem: 'entry 5 was edited' });
    expect(reportProblems(r)).toEqual(['Broken at entry 5: entry 5 was edited']);
  });

  it('name each checkpoint, record and structure finding', () => {
    const r = intact({
      ok: false,
      checkpoint: {
        ok: false,
        checkpoints: [
          { source: 'checkpoint file', entries: 14, head_hash: 'b'.repeat(64), ok: true, problem: null },
          { source: 'backup 2026-03-01', entries: 16, head_hash: 'c'.repeat(64), ok: false, problem: 'held 16 entries; the trail now has 14' },
        ],
      },
      records: { ok: false, checked: 9, findings: [{ entity: 'subprocessor', id: 3, field: 'status', problem: 'differs from its last audit entry' }] },
      structure: ['the guard trigger on audit_log was dropped'],
    });
    expect(reportProblems(r)).toEqual([
      'Backup 2026-03-01: held 16 entries; the trail now has 14',
      'Subprocessor #3, Status: differs from its last audit entry',
      'The guard trigger on audit_log was dropped',
    ]);
  });

  it('write a finding without the parts it lacks', () => {
    expect(findingText({ entity: 'org', id: null, field: null, problem: 'has no audit entry' })).toBe('Organisation: has no audit entry');
  });

  it('never call a report the core failed intact', () => {
    expect(reportProblems(intact({ ok: false }))).toEqual(['The audit trail does not verify.']);
  });
});

describe('audit reports in French', () => {
  afterEach(() => setLang('en'));

  it('say where the chain breaks, with the colon as French writes it', () => {
    setLang('fr');
    const r = intact({ ok: false, chain_ok: false, checked: 4, first_bad: 5, problem: 'entry 5 was edited' });
    expect(reportProblems(r)).toEqual(["Chaîne rompue à l'entrée 5\u00a0: entry 5 was edited"]);
    expect(chainText(intact())).toBe('La chaîne de hachage de 14 entrées est intacte.');
    expect(findingText({ entity: 'subprocessor', id: 3, field: 'status', problem: 'differs' })).toBe('Sous-traitant #3, Statut\u00a0: differs');
  });
});
