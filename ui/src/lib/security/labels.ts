// Words for what the core says about the database and its backups.

import type { BackupInfo, StoreProblem, StoreStatus } from '../api';
import { vocab } from '../vocab.svelte';

type StoreProblemKind = StoreProblem['kind'];

const PROBLEM_TITLES: Record<StoreProblemKind, string> = {
  damaged: 'The data file is damaged',
  newer: 'The data file was written by a newer version of Privacy Desk',
  busy: 'The data file is locked by another program',
  foreign: 'This file is not a Privacy Desk data file',
  missing: 'The data file is missing',
  unreadable: 'The data file cannot be read',
};

/** What the user can do about each problem, besides the choices every problem screen offers. */
const PROBLEM_ADVICE: Record<StoreProblemKind, string> = {
  damaged: 'Restore one of the automatic backups below, or open another file.',
  newer: 'This version cannot read it without risking the data. Install the newer version, or open another file.',
  busy: 'Close the other program, or the other Privacy Desk window, that has it open, then try again.',
  foreign: 'It was left untouched. Open the right file, or create a new one.',
  missing: 'If it was moved, open it where it is now; otherwise restore an automatic backup or create a new file.',
  unreadable: 'Check that the file and its folder can be read by your account, then try again, or restore a backup.',
};

export function problemTitle(kind: StoreProblemKind): string {
  return PROBLEM_TITLES[kind] ?? 'The data file cannot be opened';
}

export function problemAdvice(kind: StoreProblemKind): string {
  return PROBLEM_ADVICE[kind] ?? '';
}

export const backupKindLabel = (kind: string) => vocab.label('backup_kinds', kind);

/**
 * A backup's instant as the core wrote it ("2026-11-23 08:02 UTC"): the core gives no local time for a file, and the
 * window does no time-zone arithmetic of its own.
 */
export function backupDate(b: BackupInfo): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:\d{2})$/.exec(b.created_at);
  return m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : b.created_at;
}

/** The banner after a restore: what happened, what was kept, and what the window needs next; none if it cannot open. */
export function restoredMessage(date: string, status: StoreStatus): string | null {
  if (status.state === 'problem') return null;
  const done = `The backup of ${date} is restored; a copy of the file it replaced is in the backup folder.`;
  if (status.state === 'locked') return `${done} It is encrypted: enter the passphrase it was made with.`;
  return done;
}
