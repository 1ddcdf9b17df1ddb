// Words for what the core says about the database and its backups, in the window's language.

import type { BackupInfo, StoreProblem, StoreStatus } from '../api';
import { formatInstant, t } from '../i18n';
import { vocab } from '../vocab.svelte';

type StoreProblemKind = StoreProblem['kind'];

export function problemTitle(kind: StoreProblemKind): string {
  const titles: Partial<Record<string, string>> = t().security.problem.titles;
  return titles[kind] ?? t().security.problem.title;
}

/** What the user can do about each problem, besides the choices every problem screen offers. */
export function problemAdvice(kind: StoreProblemKind): string {
  const advice: Partial<Record<string, string>> = t().security.problem.advice;
  return advice[kind] ?? '';
}

export const backupKindLabel = (kind: string) => vocab.label('backup_kinds', kind);

/**
 * A backup's instant as the core wrote it ("2026-11-23T08:02:11Z"), as the language writes it with the zone it was
 * written in: "23 Nov 2026, 08:02 UTC". The core gives no local time for a file, and the window does no time-zone
 * arithmetic of its own, so the zone stays named.
 */
export function backupDate(b: BackupInfo): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:\d{2})$/.exec(b.created_at);
  return m ? `${formatInstant(`${m[1]} ${m[2]}`)} ${m[3] === 'Z' ? 'UTC' : m[3]}` : b.created_at;
}

/** The banner after a restore: what happened, what was kept, and what the window needs next; none if it cannot open. */
export function restoredMessage(date: string, status: StoreStatus): string | null {
  if (status.state === 'problem') return null;
  const m = t().security.backups;
  return status.state === 'locked' ? m.restoredLocked(date) : m.restored(date);
}
