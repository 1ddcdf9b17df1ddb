// Reading an audit report (`verify_audit`, `check_backup`): the chain, the checkpoints it is compared with, the
// records compared with their last entries, and the other findings, each said in words.

import type { AuditReport, RecordFinding } from '../api';
import { sentence } from '../forms';
import { t } from '../i18n';
import { entityLabel, fieldLabel } from './diff';

/** "Subprocessor #3, Status: differs from its last audit entry"; without an id or a field, those parts are left out. */
export function findingText(f: RecordFinding): string {
  const record = `${entityLabel(f.entity)}${f.id !== null ? ` #${f.id}` : ''}`;
  return t().audit.report.labelled(`${record}${f.field ? `, ${fieldLabel(f.field)}` : ''}`, f.problem);
}

/** The chain part alone: unbroken, or where it breaks and why. */
export function chainText(r: AuditReport): string {
  const words = t().audit.report;
  if (r.chain_ok) return words.unbroken(r.checked);
  const at = r.first_bad !== null ? words.brokenAt(String(r.first_bad)) : words.doesNotVerify;
  return words.labelled(at, r.problem ?? words.noFit);
}

/** Every problem the report found, one sentence each; none when it is intact. */
export function reportProblems(r: AuditReport): string[] {
  const words = t().audit.report;
  const problems: string[] = [];
  if (!r.chain_ok) problems.push(chainText(r));
  for (const c of r.checkpoint.checkpoints) {
    if (!c.ok) problems.push(words.labelled(c.source, c.problem ?? words.checkpointMismatch));
  }
  if (!r.checkpoint.ok && r.checkpoint.checkpoints.every((c) => c.ok)) problems.push(words.checkpointsMismatch);
  for (const f of r.records.findings) problems.push(findingText(f));
  if (!r.records.ok && r.records.findings.length === 0) problems.push(words.recordsMismatch);
  problems.push(...r.structure);
  // `ok` is the core's verdict on everything: a failure it names nowhere else still shows.
  if (!r.ok && problems.length === 0) problems.push(words.trailDoesNotVerify);
  return problems.map(sentence);
}
