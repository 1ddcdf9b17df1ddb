// Words for what the core says about the database and its backups.

import type { BackupInfo, StoreProblem, StoreStatus } from '../api';
import { formatInstant, formatSize, plural, shortHash } from '../format';

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

/** The kinds the core writes in `BackupInfo.kind`; another one shows as written. */
const KINDS: Record<string, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
};

export function backupKindLabel(kind: string): string {
  return KINDS[kind] ?? kind;
}

/** A backup's instant in the machine's own zone: the file was made on this computer. */
export function backupDate(b: BackupInfo): string {
  return formatInstant(b.created_at);
}

/** "2026-03-05 09:00 +01:00, 48 KB, 214 audit entries, head 3f9a0c1b2d4e…" for a confirmation. */
export function backupSummary(b: BackupInfo): string {
  return `${backupDate(b)}, ${formatSize(b.size)}, ${plural(b.entries, 'audit entry', 'audit entries')}, head ${shortHash(b.head_hash, 12)}`;
}

/** The banner after a restore: what happened, what was kept, and what the window needs next; none if it cannot open. */
export function restoredMessage(date: string, status: StoreStatus): string | null {
  if (status.state === 'problem') return null;
  const done = `The backup of ${date} is restored; a copy of the file it replaced is in the backup folder.`;
  if (status.state === 'locked') return `${done} It is encrypted: enter the passphrase it was made with.`;
  return done;
}
