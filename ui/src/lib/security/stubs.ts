// Answers of the core about a data file and its backups, for the component tests, which stub each call they make
// with them (`vi.spyOn(api, …)`). The core records no fixture of a store (its paths and times are the machine's),
// so these are written in the shape of bindings.ts; the organisation and the vocabularies are the recorded fixtures.
// Only tests import this file.

import { vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { api, ApiFailure, type AppInfo, type AuditReport, type BackupInfo, type SecurityStatus, type StoreStatus } from '../api';
import type { Org } from '../bindings';

const DIR = '/home/camille/.local/share/app.privdesk.desktop';
export const DATABASE = `${DIR}/privdesk.sqlite`;

export function backup(kind: BackupInfo['kind'], createdAt: string, entries: number): BackupInfo {
  const file = `privdesk-${createdAt.slice(0, 16).replace(/[-:T]/g, '')}-${kind}.sqlite`;
  const head = `${entries.toString(16).padStart(4, '0')}3f9a0c1b2d4e`.padEnd(64, '7');
  return { path: `${DIR}/backups/${file}`, file, created_at: createdAt, size: 36_864 + entries * 1_412, entries, head_hash: head, kind, encrypted: false };
}

/** Five automatic backups, newest first, as the core lists them. */
export const backups = (): BackupInfo[] => [
  backup('daily', '2026-11-23T08:02:11Z', 14),
  backup('daily', '2026-11-22T07:58:40Z', 13),
  backup('daily', '2026-11-21T08:15:02Z', 12),
  backup('weekly', '2026-11-16T08:01:19Z', 10),
  backup('weekly', '2026-11-09T08:03:55Z', 8),
];

export const storeStatus = (over: Partial<StoreStatus> = {}): StoreStatus => ({
  state: 'open',
  database: DATABASE,
  problem: null,
  backups: backups(),
  ...over,
});

export const securityStatus = (over: Partial<SecurityStatus> = {}): SecurityStatus => ({
  encrypted: false,
  database: DATABASE,
  backup_dir: `${DIR}/backups`,
  policy: { daily: 7, weekly: 4 },
  backups: backups(),
  ...over,
});

/** What `check_backup` answers for a copy whose chain, checkpoints and records agree. */
export const intact = (b: BackupInfo): AuditReport => ({
  checked: b.entries,
  ok: true,
  first_bad: null,
  problem: null,
  head_hash: b.head_hash,
  chain_ok: true,
  keyed: false,
  checkpoint: { ok: true, checkpoints: [] },
  records: { ok: true, checked: 5, findings: [] },
  structure: [],
});

/** The core refusing one field, as its `ApiError` says it. */
export const refused = (field: string, reason: string): ApiFailure =>
  new ApiFailure({ code: 'invalid', message: `${field}: ${reason}`, fields: [{ field, reason }] });

/** The app's facts for the fixture organisation (under the CNIL, so new requests take the EU GDPR). */
export const appInfo = (): AppInfo => ({
  database: DATABASE,
  output_dir: `${DIR}/output`,
  version: '0.1.0',
  schema_version: 3,
  today: '2026-11-23',
  default_regime: 'eu-gdpr',
});

/** What the window reads once a data file is open: the app's facts, the organisation, the countries, the words. */
/** The store opens on the recorded profile, with an English window unless a test gives another profile. */
export function stubOpenStore(org: Org | null = { ...fixtures.org(), window_lang: 'en' }): void {
  vi.spyOn(api, 'appInfo').mockResolvedValue(appInfo());
  vi.spyOn(api, 'getOrg').mockResolvedValue(org);
  vi.spyOn(api, 'listCountries').mockResolvedValue(fixtures.countries());
  vi.spyOn(api, 'vocabularies').mockResolvedValue(fixtures.vocabularies());
}
