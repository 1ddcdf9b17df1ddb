// Reading an audit report (`verify_audit`, `check_backup`): the chain, the checkpoints it is compared with, the
// records compared with their last entries, and the other findings, each said in words.

import type { AuditReport, RecordFinding } from '../api';
import { plural } from '../format';
import { sentence } from '../forms';
import { entityLabel, fieldLabel } from './diff';

/** "Subprocessor #3, Status: differs from its last audit entry"; without an id or a field, those parts are left out. */
export function findingText(f: RecordFinding): string {
  const record = `${entityLabel(f.entity)}${f.id !== null ? ` #${f.id}` : ''}`;
  return `${record}${f.field ? `, ${fieldLabel(f.field)}` : ''}: ${f.problem}`;
}

/** The chain part alone: unbroken, or where it breaks and why. */
export function chainText(r: AuditReport): string {
  if (r.chain_ok) return `The hash chain of ${plural(r.checked, 'entry', 'entries')} is unbroken.`;
  const at = r.first_bad !== null ? `Broken at entry ${r.first_bad}` : 'The chain does not verify';
  return `${at}: ${r.problem ?? 'an entry does not fit the one before it.'}`;
}

/** Every problem the report found, one sentence each; none when it is intact. */
export function reportProblems(r: AuditReport): string[] {
  const problems: string[] = [];
  if (!r.chain_ok) problems.push(chainText(r));
  for (const c of r.checkpoint.checkpoints) {
    if (!c.ok) problems.push(`${c.source}: ${c.problem ?? 'does not match the audit trail.'}`);
  }
  if (!r.checkpoint.ok && r.checkpoint.checkpoints.every((c) => c.ok)) problems.push('The checkpoints do not match the audit trail.');
  for (const f of r.records.findings) problems.push(findingText(f));
  if (!r.records.ok && r.records.findings.length === 0) problems.push('The records do not match the audit trail.');
  problems.push(...r.structure);
  // `ok` is the core's verdict on everything: a failure it names nowhere else still shows.
  if (!r.ok && problems.length === 0) problems.push('The audit trail does not verify.');
  return problems.map(sentence);
}
