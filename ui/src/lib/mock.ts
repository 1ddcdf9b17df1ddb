import { fixtures } from '../test/fixtures';
import { inEea } from './countries';
// A stand-in for the core, for looking at the screens in a plain browser (`npm run dev`, or a built page opened
// with `?mock` in its address). `api.ts` loads it only outside the Tauri window, so the desktop app never uses it.
// `?mock=setup` starts before set-up, `?mock=empty` with an empty register, `?mock=tampered` with a broken chain,
// `?mock=locked` with an encrypted store (passphrase "correct horse battery"), `?mock=problem` with a damaged one
// (`?mock=problem-newer`, `-busy`, `-foreign`, `-missing`, `-unreadable` for the other problems).

import type {
  ApiError,
  AuditEntry,
  AuditQuery,
  Category,
  FieldError,
  Filter,
  ImportPlan,
  Org,
  OrgDraft,
  PlannedRow,
  Status,
  Subprocessor,
  SubprocessorData,
  SubprocessorDraft,
  TransferMechanism,
} from './bindings';
import type {
  AppInfo,
  AuditReport,
  BackupInfo,
  BackupPolicy,
  CountryOption,
  SecurityStatus,
  StoreProblem,
  StoreStatus,
} from './api';
import { CATEGORIES, STATUSES, TRANSFER_MECHANISMS } from './labels';
import { fold } from './format';

const COUNTRIES: CountryOption[] = [
  ['AT', 'Austria', 'Autriche'], ['AU', 'Australia', 'Australie'], ['BE', 'Belgium', 'Belgique'], ['BR', 'Brazil', 'Brésil'],
  ['CA', 'Canada', 'Canada'], ['CH', 'Switzerland', 'Suisse'], ['CZ', 'Czechia', 'Tchéquie'], ['DE', 'Germany', 'Allemagne'],
  ['DK', 'Denmark', 'Danemark'], ['ES', 'Spain', 'Espagne'], ['FI', 'Finland', 'Finlande'], ['FR', 'France', 'France'],
  ['GB', 'United Kingdom', 'Royaume-Uni'], ['IE', 'Ireland', 'Irlande'], ['IL', 'Israel', 'Israël'], ['IN', 'India', 'Inde'],
  ['IT', 'Italy', 'Italie'], ['JP', 'Japan', 'Japon'], ['LU', 'Luxembourg', 'Luxembourg'], ['NL', 'Netherlands', 'Pays-Bas'],
  ['NO', 'Norway', 'Norvège'], ['PL', 'Poland', 'Pologne'], ['PT', 'Portugal', 'Portugal'], ['SE', 'Sweden', 'Suède'],
  ['SG', 'Singapore', 'Singapour'], ['US', 'United States', 'États-Unis'],
].map(([code, en, fr]) => ({ code, en, fr, eea: inEea(code) }));

let mode = typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('mock') ?? '');
const ACTOR = 'camille';
const TODAY = '2026-03-05';
let clock = Date.parse('2025-09-01T08:30:00Z');
const tick = () => new Date((clock += 7 * 3600_000 + 1_234_000)).toISOString();

/**
 * Numbers as they arrive over JSON. The generated types may declare 64-bit integers as `bigint`, but the wire
 * carries plain numbers, which is what the stand-in produces too.
 */
const wire = <T>(value: number | null): T => value as unknown as T;

class Refused extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const invalid = (fields: FieldError[]): Refused =>
  new Refused({ code: 'invalid', message: fields.map((f) => `${f.field}: ${f.reason}`).join('\n'), fields });

function lookupCountry(input: string): string | null {
  const t = input.trim();
  if (t === '') return null;
  const key = fold(t);
  return COUNTRIES.find((c) => c.code.toLowerCase() === key || fold(c.en) === key || fold(c.fr) === key)?.code ?? null;
}

function url(value: string): string | null | Error {
  const v = value.trim();
  if (v === '') return null;
  const withScheme = v.includes('://') ? v : `https://${v}`;
  const host = withScheme.replace(/^https?:\/\//, '').split(/[/?#]/)[0];
  if (!/^https?:\/\//.test(withScheme) || !host.includes('.')) {
    return new Error(`'${v}' is not a web address (for example https://www.example.com)`);
  }
  return withScheme;
}

function validate(d: SubprocessorDraft): SubprocessorData {
  const errors: FieldError[] = [];
  const bad = (field: string, reason: string) => errors.push({ field, reason });
  if (d.name.trim() === '') bad('name', "is required: the subprocessor's name");
  if (d.service.trim() === '') bad('service', 'is required: what the subprocessor does for us');
  const country = lookupCountry(d.country);
  if (d.country.trim() === '') bad('country', 'is required (an ISO code such as FR or a name such as France)');
  else if (!country) bad('country', `'${d.country.trim()}' is not a country we know (use an ISO code such as FR, US, GB or the English or French name)`);
  const category = CATEGORIES.find((c) => c.value === d.category.trim().toLowerCase() || fold(c.label) === fold(d.category))?.value;
  if (!category) bad('category', d.category.trim() === '' ? 'is required; use one of hosting, analytics, payments, …' : `'${d.category}' is not a category`);
  const locations: string[] = [];
  const unknown: string[] = [];
  for (const part of d.locations.flatMap((s) => s.split(/[,;\n]/)).map((s) => s.trim()).filter(Boolean)) {
    const code = lookupCountry(part);
    if (code) {
      if (!locations.includes(code)) locations.push(code);
    } else unknown.push(`'${part}'`);
  }
  if (unknown.length > 0) bad('locations', `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a country we know`);
  const mechanism = d.transfer_mechanism.trim() === '' ? null : (TRANSFER_MECHANISMS.find((t) => t.value === d.transfer_mechanism)?.value ?? null);
  const date = (field: string, v: string) => {
    if (v.trim() === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) bad(field, `'${v.trim()}' is not a date; use YYYY-MM-DD, for example 2026-03-31`);
    return v.trim();
  };
  const website = url(d.website);
  if (website instanceof Error) bad('website', website.message);
  const policy = url(d.privacy_policy_url);
  if (policy instanceof Error) bad('privacy_policy_url', policy.message);
  const status = (STATUSES.find((s) => s.value === d.status)?.value ?? 'active') as Status;
  const ended = date('ended_on', d.ended_on);
  if (status === 'retired' && !ended) bad('ended_on', 'is required when the status is retired: the date we stopped using it');
  const data: SubprocessorData = {
    name: d.name.trim(),
    legal_entity: d.legal_entity.trim() || null,
    address: d.address.trim() || null,
    country: country ?? '',
    service: d.service.trim(),
    purpose: d.purpose.trim() || null,
    category: (category ?? 'other') as Category,
    data_categories: d.data_categories.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
    subject_categories: d.subject_categories.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
    locations,
    transfer_mechanism: mechanism as TransferMechanism | null,
    transfer_notes: d.transfer_notes.trim() || null,
    dpa_signed_on: date('dpa_signed_on', d.dpa_signed_on),
    dpa_reference: d.dpa_reference.trim() || null,
    certifications: d.certifications.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
    security_reviewed_on: date('security_reviewed_on', d.security_reviewed_on),
    access: d.access.trim() || null,
    website: website instanceof Error ? null : website,
    privacy_policy_url: policy instanceof Error ? null : policy,
    status,
    started_on: date('started_on', d.started_on),
    ended_on: ended,
    notes: d.notes.trim() || null,
  };
  if (errors.length > 0) throw invalid(errors);
  return data;
}

function draft(partial: Partial<SubprocessorDraft>): SubprocessorDraft {
  return {
    name: '', legal_entity: '', address: '', country: '', service: '', purpose: '', category: '', data_categories: [],
    subject_categories: [], locations: [], transfer_mechanism: '', transfer_notes: '', dpa_signed_on: '', dpa_reference: '',
    certifications: [], security_reviewed_on: '', access: '', website: '', privacy_policy_url: '', status: '', started_on: '',
    ended_on: '', notes: '', ...partial,
  };
}

let org: Org | null = null;
let records: Subprocessor[] = [];
let log: AuditEntry[] = [];
let nextId = 1;

function fakeHash(text: string): string {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < text.length; i++) h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h1 = Math.imul(h1 ^ round, 2654435761) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return out;
}

function audit(entity: string, entityId: number | null, action: string, before: unknown, after: unknown): void {
  const prev = log.length > 0 ? log[log.length - 1].hash : '0'.repeat(64);
  const entry: AuditEntry = {
    seq: log.length + 1,
    at: tick(),
    at_local: '',
    actor: ACTOR,
    entity,
    entity_id: wire<AuditEntry['entity_id']>(entityId),
    action,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
    prev_hash: prev,
    hash: '',
  };
  entry.hash = fakeHash(JSON.stringify(entry));
  log.push(entry);
}

function dataOf(sp: Subprocessor): SubprocessorData {
  const { id: _id, created_at: _c, updated_at: _u, ...data } = sp;
  return data;
}

function add(d: SubprocessorDraft, action = 'create'): Subprocessor {
  const data = validate(d);
  const at = tick();
  const sp: Subprocessor = { id: nextId++, created_at: at, updated_at: at, ...data };
  records.push(sp);
  audit('subprocessor', sp.id, action, null, data);
  return sp;
}

function update(id: number, data: SubprocessorData, action: string): Subprocessor {
  const i = records.findIndex((r) => r.id === id);
  if (i < 0) throw new Refused({ code: 'failed', message: `subprocessor #${id} does not exist`, fields: [] });
  const before = dataOf(records[i]);
  const sp: Subprocessor = { ...records[i], ...data, updated_at: tick() };
  records[i] = sp;
  audit('subprocessor', id, action, before, data);
  return sp;
}

function seed(): void {
  if (mode === 'setup') return;
  org = {
    legal_name: 'Exemple Logiciels SAS', address: '12 rue des Lilas\n69003 Lyon', country: 'FR', company_number: '732829320',
    authority: 'cnil', authority_name: null, ico_registration: null, ico_fee_tier: null, role: 'both', contact_name: 'Camille Martin',
    contact_email: 'dpo@exemple.fr', contact_phone: null, dpo_designated: true, representative: null, headcount: 14,
    calendar: 'france', timezone: 'Europe/Paris', lang: 'fr', notice_minor_days: 7, notice_substantial_days: 30,
    notice_legal_days: 0, subprocessor_notice_days: 30, request_retention_years: 3, extra_holidays: [], processor_notice_hours: 24,
  };
  audit('org', null, 'create', null, org);
  if (mode === 'empty') return;
  add(draft({
    name: 'Amazon Web Services', legal_entity: 'Amazon Web Services EMEA SARL', country: 'LU', service: 'Hosting of the application and its database',
    purpose: 'Run the service for customers', category: 'hosting', locations: ['FR, DE'], transfer_mechanism: 'not-needed',
    data_categories: ['All customer data'], subject_categories: ["Customers' users"], dpa_signed_on: '2024-02-01', dpa_reference: 'AWS GDPR DPA',
    certifications: ['ISO 27001, SOC 2 Type II'], website: 'https://aws.amazon.com', status: 'active', started_on: '2024-02-01',
    access: 'Two engineers (on-call)',
  }));
  add(draft({
    name: 'OVH SAS', legal_entity: 'OVH SAS', country: 'FR', service: 'Encrypted backups', category: 'hosting', locations: ['FR'],
    transfer_mechanism: 'not-needed', website: 'www.ovhcloud.com', status: 'active', started_on: '2023-06-12', dpa_signed_on: '2023-06-12',
  }));
  add(draft({
    name: 'Stripe', legal_entity: 'Stripe Payments Europe, Ltd.', country: 'IE', service: 'Card payments and invoicing', category: 'payments',
    locations: ['IE, US'], transfer_mechanism: 'dpf', website: 'https://stripe.com', status: 'active', dpa_signed_on: '2024-01-15',
  }));
  add(draft({
    name: 'Brevo', legal_entity: 'Sendinblue SAS', country: 'FR', service: 'Transactional e-mail (sign-up, password reset)', category: 'email',
    locations: ['FR, DE'], website: 'https://www.brevo.com', status: 'active',
  }));
  add(draft({
    name: 'Sentry', legal_entity: 'Functional Software, Inc.', country: 'US', service: 'Error monitoring of the web app', category: 'monitoring',
    locations: ['US'], website: 'https://sentry.io', status: 'announced',
  }));
  add(draft({
    name: 'Crisp', legal_entity: 'Crisp IM SAS', country: 'FR', service: 'Live chat support on the web site', category: 'support',
    locations: ['FR, NL'], transfer_mechanism: 'not-needed', website: 'https://crisp.chat', status: 'proposed',
  }));
  const intercom = add(draft({
    name: 'Intercom', legal_entity: 'Intercom R&D Unlimited Company', country: 'IE', service: 'Customer support inbox', category: 'support',
    locations: ['US'], transfer_mechanism: 'scc', website: 'https://www.intercom.com', status: 'active', started_on: '2022-04-01',
  }));
  update(intercom.id, { ...dataOf(intercom), status: 'retired', ended_on: '2025-11-30' }, 'retire');
  const stripe = records[2];
  update(stripe.id, { ...dataOf(stripe), certifications: ['PCI DSS Level 1'], security_reviewed_on: '2025-10-02' }, 'update');
  if (mode === 'tampered') log[4] = { ...log[4], actor: 'mallory' };
}

seed();

// The database itself: which file, whether it is encrypted and unlocked, what is wrong with it, and its backups.
const DATA_DIR = '/home/camille/.local/share/app.privdesk.desktop';
const MOCK_PASSPHRASE = 'correct horse battery';
let database = `${DATA_DIR}/privdesk.sqlite`;
let encrypted = false;
let passphrase = '';
let unlocked = true;
let problem: StoreStatus['problem'] = null;
let backups: BackupInfo[] = [];
let policy: BackupPolicy = { daily: 7, weekly: 4 };
let backupClock = Date.parse('2026-03-05T09:12:00Z');

type StoreProblemKind = StoreProblem['kind'];
/** The kinds of backup the core writes (`BackupInfo.kind`). */
type BackupKind = 'daily' | 'weekly' | 'manual' | 'before-restore';

const PROBLEMS: Record<StoreProblemKind, (file: string) => string> = {
  damaged: (f) => `${f} is damaged: SQLite reports "database disk image is malformed" in the audit_log table. Nothing was written to it.`,
  newer: (f) => `${f} was written by a newer Privacy Desk (schema 5); this version reads schema 3 and older, so it left the file untouched.`,
  busy: (f) => `${f} is locked by another program: another Privacy Desk window or a privdesk command is writing to it.`,
  foreign: (f) => `${f} is an SQLite file, but not a Privacy Desk one: it has no Privacy Desk application id and none of its tables.`,
  missing: (f) => `${f} does not exist. It may have been moved, renamed or deleted.`,
  unreadable: (f) => `${f} cannot be read: permission denied.`,
};

function backupFile(kind: BackupKind, at: string): string {
  return `privdesk-${at.slice(0, 16).replace(/[-:T]/g, '')}-${kind}.sqlite`;
}

function backup(kind: BackupKind, at: string, entries: number, isEncrypted: boolean): BackupInfo {
  const file = backupFile(kind, at);
  return {
    path: `${DATA_DIR}/backups/${file}`, file, created_at: at, size: 36_864 + entries * 1_412, entries,
    head_hash: log[entries - 1]?.hash ?? fakeHash(file), kind, encrypted: isEncrypted,
  };
}

function seedStore(): void {
  database = `${DATA_DIR}/privdesk.sqlite`;
  encrypted = mode === 'locked';
  passphrase = encrypted ? MOCK_PASSPHRASE : '';
  unlocked = !encrypted;
  const kind = mode.startsWith('problem') ? ((mode.split('-')[1] ?? 'damaged') as StoreProblemKind) : null;
  problem = kind && PROBLEMS[kind] ? { kind, message: PROBLEMS[kind](database) } : null;
  policy = { daily: 7, weekly: 4 };
  backupClock = Date.parse('2026-03-05T09:12:00Z');
  if (mode === 'setup') {
    backups = [];
    return;
  }
  const n = log.length;
  backups = [
    backup('daily', '2026-03-05T08:02:11Z', n, encrypted),
    backup('daily', '2026-03-04T07:58:40Z', Math.max(1, n - 1), encrypted),
    backup('daily', '2026-03-03T08:15:02Z', Math.max(1, n - 2), false),
    backup('weekly', '2026-03-02T08:01:19Z', Math.max(1, n - 3), false),
    backup('weekly', '2026-02-23T08:03:55Z', Math.max(1, n - 5), false),
  ];
}

seedStore();

function storeStatus(): StoreStatus {
  const state = problem ? 'problem' : encrypted && !unlocked ? 'locked' : 'open';
  return { state, database, problem, backups };
}

function securityStatus(): SecurityStatus {
  requireOpen();
  return { encrypted, database, backup_dir: `${DATA_DIR}/backups`, policy, backups };
}

function requireOpen(): void {
  if (storeStatus().state !== 'open') throw new Refused({ code: 'failed', message: 'the database is not open', fields: [] });
}

const wrongPassphrase = (field: string) => invalid([{ field, reason: 'wrong passphrase' }]);

function checkNew(next: string): void {
  if ([...next].length < 8) throw invalid([{ field: 'passphrase', reason: 'at least 8 characters' }]);
}

/** The automatic backups beyond the policy's counts go, oldest first; those made by hand or before a restore stay. */
function prune(): void {
  const keep = { daily: policy.daily, weekly: policy.weekly } as Record<string, number>;
  const seen: Record<string, number> = {};
  backups = backups.filter((b) => {
    if (!(b.kind in keep)) return true;
    seen[b.kind] = (seen[b.kind] ?? 0) + 1;
    return seen[b.kind] <= keep[b.kind];
  });
}

function backupNow(kind: BackupKind): BackupInfo {
  const at = new Date((backupClock += 17 * 60_000)).toISOString().replace(/\.\d+Z$/, 'Z');
  const made = backup(kind, at, Math.max(log.length, 1), encrypted);
  backups = [made, ...backups];
  return made;
}

function report(checked: number, head: string, over: Partial<AuditReport> = {}): AuditReport {
  return {
    checked, ok: true, first_bad: null, problem: null, head_hash: head, chain_ok: true, keyed: encrypted,
    checkpoint: {
      ok: true,
      checkpoints: backups.length === 0 ? [] : [
        { source: 'checkpoint file', entries: checked, head_hash: head, ok: true, problem: null },
        { source: `backup ${backups[0].file}`, entries: backups[0].entries, head_hash: backups[0].head_hash, ok: true, problem: null },
      ],
    },
    records: { ok: true, checked: records.length + (org ? 1 : 0), findings: [] },
    structure: [],
    ...over,
  };
}

function verify(): AuditReport {
  const head = log.length > 0 ? log[log.length - 1].hash : '0'.repeat(64);
  if (mode !== 'tampered') return report(log.length, head);
  return report(4, log[3].hash, {
    ok: false,
    chain_ok: false,
    first_bad: 5,
    problem: 'entry 5 was edited after it was written: its content no longer matches its hash',
    checkpoint: {
      ok: false,
      checkpoints: [{ source: 'checkpoint file', entries: log.length, head_hash: head, ok: false, problem: `the checkpoint holds head ${head.slice(0, 12)}…, which the chain no longer reaches` }],
    },
    records: { ok: false, checked: records.length + 1, findings: [{ entity: 'subprocessor', id: 3, field: 'certifications', problem: 'differs from its last audit entry' }] },
    structure: [],
  });
}

function filtered(f: Filter): Subprocessor[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  const name = (c: string) => COUNTRIES.find((x) => x.code === c);
  const text = (s: Subprocessor) =>
    fold([s.name, s.service, s.category, s.country, s.legal_entity ?? '', ...s.locations, name(s.country)?.en ?? '', name(s.country)?.fr ?? ''].join(' '));
  const out = records.filter(
    (s) => (!f.status || s.status === f.status) && (!f.category || s.category === f.category) && words.every((w) => text(s).includes(w)),
  );
  const statusOrder = STATUSES.map((s) => s.value);
  const key: Record<Filter['sort'], (s: Subprocessor) => string> = {
    name: (s) => s.name.toLowerCase(),
    category: (s) => `${s.category} ${s.name.toLowerCase()}`,
    country: (s) => `${s.country} ${s.name.toLowerCase()}`,
    status: (s) => `${statusOrder.indexOf(s.status)} ${s.name.toLowerCase()}`,
    updated: (s) => s.updated_at,
  };
  out.sort((a, b) => key[f.sort](a).localeCompare(key[f.sort](b)));
  if (f.sort === 'updated') out.reverse();
  if (f.descending) out.reverse();
  return out;
}

/** A small CSV reader: quoted cells, commas or semicolons. Enough for the stand-in; the core uses a real parser. */
function parseCsv(text: string): string[][] {
  const delimiter = (text.split('\n')[0].match(/;/g)?.length ?? 0) > (text.split('\n')[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell.trim()]);
  return rows;
}

const HEADERS: Record<string, keyof SubprocessorDraft> = {
  name: 'name', nom: 'name', service: 'service', category: 'category', categorie: 'category', country: 'country', pays: 'country',
  'processing locations': 'locations', locations: 'locations', website: 'website', 'legal entity': 'legal_entity', status: 'status',
  'transfer mechanism': 'transfer_mechanism', purpose: 'purpose',
};

function decodeBytes(bytes: number[]): string {
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function plan(content: string): ImportPlan {
  const rows = parseCsv(content.replace(/^\uFEFF/, ''));
  if (rows.length === 0 || rows.every((r) => r.every((c) => c === ''))) throw invalid([{ field: 'file', reason: 'is empty' }]);
  const header = rows[0];
  const columns = header.map((h) => HEADERS[fold(h)]);
  const errors: FieldError[] = [];
  for (const [key, label] of [['name', 'Name'], ['service', 'Service'], ['country', 'Country'], ['category', 'Category']] as const) {
    if (!columns.includes(key)) errors.push({ field: `line 1, ${label}`, reason: `no '${label}' column in the header (found: ${header.join(', ')})` });
  }
  if (errors.length > 0) throw invalid(errors);
  const planned: PlannedRow[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c === '')) return;
    const line = i + 2;
    const d = draft({});
    columns.forEach((key, c) => {
      if (!key) return;
      const value = cells[c] ?? '';
      if (key === 'locations') d.locations = [value];
      else if (key !== 'data_categories' && key !== 'subject_categories' && key !== 'certifications') d[key] = value;
    });
    try {
      const data = validate(d);
      const existing = records.find((r) => fold(r.name) === fold(data.name));
      const same = existing && JSON.stringify(dataOf(existing)) === JSON.stringify(data);
      planned.push({
        line: wire<PlannedRow['line']>(line),
        action: existing ? (same ? 'unchanged' : 'update') : 'add',
        existing_id: wire<PlannedRow['existing_id']>(existing?.id ?? null),
        data,
        changes:
          existing && !same
            ? Object.entries(data)
                .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((dataOf(existing) as Record<string, unknown>)[k]))
                .map(([k, v]) => ({ field: k, before: String((dataOf(existing) as Record<string, unknown>)[k] ?? ''), after: String(v ?? '') }))
            : [],
      });
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      for (const f of e.error.fields) errors.push({ field: `line ${line}, ${header[columns.indexOf(f.field as keyof SubprocessorDraft)] ?? f.field}`, reason: f.reason });
    }
  });
  if (errors.length > 0) throw invalid(errors);
  const count = (a: string) => planned.filter((r) => r.action === a).length;
  return { rows: planned, added: count('add'), updated: count('update'), unchanged: count('unchanged') };
}

function saveOrg(d: OrgDraft): Org {
  const errors: FieldError[] = [];
  if (d.legal_name.trim() === '') errors.push({ field: 'legal_name', reason: "is required: the organisation's legal name" });
  const country = lookupCountry(d.country);
  if (!country) {
    errors.push({
      field: 'country',
      reason: d.country.trim() === '' ? 'is required (an ISO code such as FR or a name such as France)' : `'${d.country.trim()}' is not a country we know`,
    });
  }
  if (!['cnil', 'ico', 'other'].includes(d.authority)) errors.push({ field: 'authority', reason: 'is required: cnil, ico or other' });
  if (d.authority === 'other' && d.authority_name.trim() === '') errors.push({ field: 'authority_name', reason: "is required when the authority is 'other'" });
  if (d.contact_email.trim() !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.contact_email.trim())) {
    errors.push({ field: 'contact_email', reason: `'${d.contact_email.trim()}' is not an e-mail address` });
  }
  if (d.ico_registration.trim() !== '' && !/^Z[0-9A-Z]\d{6}$/i.test(d.ico_registration.trim())) {
    errors.push({ field: 'ico_registration', reason: `'${d.ico_registration.trim()}' is not an ICO registration number (Z and seven characters, such as Z5347709 or ZB413938)` });
  }
  if (errors.length > 0) throw invalid(errors);
  const days = (v: string, dflt: number) => (v.trim() === '' ? dflt : Number(v));
  const before = org;
  const saved: Org = {
    legal_name: d.legal_name.trim(), address: d.address.trim(), country: country ?? 'FR', company_number: d.company_number.trim() || null,
    authority: d.authority as Org['authority'], authority_name: d.authority_name.trim() || null, ico_registration: d.ico_registration.trim().toUpperCase() || null,
    ico_fee_tier: d.ico_fee_tier ? Number(d.ico_fee_tier) : null, role: (d.role || 'both') as Org['role'], contact_name: d.contact_name.trim() || null,
    contact_email: d.contact_email.trim() || null, contact_phone: d.contact_phone.trim() || null, dpo_designated: d.dpo_designated,
    representative: d.representative.trim() || null, headcount: d.headcount ? Number(d.headcount) : null,
    calendar: (d.calendar || (country === 'GB' ? 'england-wales' : 'france')) as Org['calendar'],
    timezone: d.timezone.trim() || (country === 'GB' ? 'Europe/London' : 'Europe/Paris'), lang: (d.lang || 'en') as Org['lang'],
    notice_minor_days: days(d.notice_minor_days, 7), notice_substantial_days: days(d.notice_substantial_days, 30),
    notice_legal_days: days(d.notice_legal_days, 0), subprocessor_notice_days: days(d.subprocessor_notice_days, 30),
    request_retention_years: days(d.request_retention_years, 3),
    extra_holidays: d.extra_holidays.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean).sort(),
    processor_notice_hours: days(d.processor_notice_hours, 24),
  };
  org = saved;
  audit('org', null, before ? 'update' : 'create', before, saved);
  return saved;
}

function requireOrg(): Org {
  if (!org) throw new Refused({ code: 'not_initialised', message: 'the organisation profile is not set up yet', fields: [] });
  return org;
}

const OUTPUT = '/home/camille/.local/share/app.privdesk.desktop/output';

function handle(command: string, args: Record<string, unknown>): unknown {
  const arg = <T>(name: string) => args[name] as T;
  switch (command) {
    case 'store_status':
      return storeStatus();
    case 'unlock_store': {
      if (storeStatus().state !== 'locked') return storeStatus();
      if (arg<string>('passphrase') !== passphrase) throw wrongPassphrase('passphrase');
      unlocked = true;
      return storeStatus();
    }
    case 'open_store': {
      const path = arg<string>('path').trim();
      if (path === '') throw invalid([{ field: 'path', reason: 'is required: the full path of the data file' }]);
      if (!path.startsWith('/')) throw invalid([{ field: 'path', reason: `'${path}' is not a full path (it starts with /)` }]);
      if (arg<boolean>('create')) {
        if (path === database) throw invalid([{ field: 'path', reason: `${path} already exists; choose a new file name` }]);
        org = null;
        records = [];
        log = [];
        nextId = 1;
        backups = [];
        encrypted = false;
        passphrase = '';
        unlocked = true;
        problem = null;
        database = path;
        return storeStatus();
      }
      database = path;
      problem = /\.(sqlite|db)$/.test(path) ? null : { kind: 'foreign', message: PROBLEMS.foreign(path) };
      return storeStatus();
    }
    case 'restore_backup': {
      const chosen = backups.find((b) => b.path === arg<string>('path'));
      if (!chosen) throw new Refused({ code: 'failed', message: `${arg<string>('path')} is not one of the backups`, fields: [] });
      backupNow('before-restore');
      log = log.slice(0, chosen.entries);
      encrypted = chosen.encrypted;
      unlocked = !chosen.encrypted;
      if (!chosen.encrypted) passphrase = '';
      problem = null;
      return storeStatus();
    }
    case 'open_backup_folder':
    case 'quit_app':
      return null;
    case 'security_status':
      return securityStatus();
    case 'encrypt_store': {
      requireOpen();
      if (encrypted) throw new Refused({ code: 'failed', message: 'the database is already encrypted', fields: [] });
      checkNew(arg<string>('passphrase'));
      encrypted = true;
      passphrase = arg<string>('passphrase');
      return securityStatus();
    }
    case 'change_passphrase': {
      requireOpen();
      if (!encrypted) throw new Refused({ code: 'failed', message: 'the database is not encrypted', fields: [] });
      if (arg<string>('current') !== passphrase) throw wrongPassphrase('current');
      checkNew(arg<string>('passphrase'));
      passphrase = arg<string>('passphrase');
      return securityStatus();
    }
    case 'decrypt_store': {
      requireOpen();
      if (!encrypted) throw new Refused({ code: 'failed', message: 'the database is not encrypted', fields: [] });
      if (arg<string>('current') !== passphrase) throw wrongPassphrase('current');
      encrypted = false;
      passphrase = '';
      return securityStatus();
    }
    case 'backup_now':
      requireOpen();
      return backupNow('manual');
    case 'check_backup': {
      const chosen = backups.find((b) => b.path === arg<string>('path'));
      if (!chosen) throw new Refused({ code: 'failed', message: `${arg<string>('path')} is not one of the backups`, fields: [] });
      if (mode === 'tampered' && chosen === backups[backups.length - 1]) {
        return report(chosen.entries, chosen.head_hash, {
          ok: false,
          records: { ok: false, checked: 6, findings: [{ entity: 'org', id: null, field: 'legal_name', problem: 'differs from its last audit entry' }] },
          structure: ['the trigger that refuses changes to audit_log is missing'],
        });
      }
      return report(chosen.entries, chosen.head_hash, { checkpoint: { ok: true, checkpoints: [] } });
    }
    case 'save_backup_policy': {
      requireOpen();
      const next = arg<BackupPolicy>('policy');
      const errors: FieldError[] = [];
      for (const key of ['daily', 'weekly'] as const) {
        if (!Number.isInteger(next[key]) || next[key] < 0 || next[key] > 365) errors.push({ field: key, reason: `must be from 0 to 365 (${next[key]} is not)` });
      }
      if (errors.length > 0) throw invalid(errors);
      policy = { daily: next.daily, weekly: next.weekly };
      prune();
      return securityStatus();
    }
    case 'export_everything':
      requireOpen();
      return `${OUTPUT}/privdesk-export-${TODAY}.json`;
    case 'app_info': {
      const info: AppInfo = { database: '/home/camille/.local/share/app.privdesk.desktop/privdesk.sqlite', output_dir: OUTPUT, version: '0.1.0', schema_version: 3, today: TODAY };
      return info;
    }
    case 'vocabularies':
      return fixtures.vocabularies();
    case 'list_countries':
      return COUNTRIES;
    case 'get_org':
      return org;
    case 'save_org':
      return saveOrg(arg<OrgDraft>('draft'));
    case 'list_subprocessors':
      requireOrg();
      return filtered(arg<Filter>('filter'));
    case 'get_subprocessor': {
      const sp = records.find((r) => r.id === arg<number>('id'));
      if (!sp) throw new Refused({ code: 'failed', message: `subprocessor #${arg<number>('id')} does not exist`, fields: [] });
      return sp;
    }
    case 'add_subprocessor':
      return add(arg<SubprocessorDraft>('draft'));
    case 'update_subprocessor':
      return update(arg<number>('id'), validate(arg<SubprocessorDraft>('draft')), 'update');
    case 'retire_subprocessor': {
      const sp = records.find((r) => r.id === arg<number>('id'));
      if (!sp) throw new Refused({ code: 'failed', message: 'no such subprocessor', fields: [] });
      const on = arg<string>('on');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) throw invalid([{ field: 'on', reason: `'${on}' is not a date; use YYYY-MM-DD, for example 2026-03-31` }]);
      if (sp.status === 'retired') throw invalid([{ field: 'status', reason: `is already retired (since ${sp.ended_on})` }]);
      return update(sp.id, { ...dataOf(sp), status: 'retired', ended_on: on }, 'retire');
    }
    case 'subprocessor_history':
      return log.filter((e) => e.entity === 'subprocessor' && Number(e.entity_id) === arg<number>('id')).reverse();
    case 'preview_import':
      return plan(decodeBytes(arg<number[]>('content')));
    case 'apply_import': {
      const p = plan(decodeBytes(arg<number[]>('content')));
      for (const row of p.rows) {
        if (row.action === 'add') {
          const at = tick();
          const sp: Subprocessor = { id: nextId++, created_at: at, updated_at: at, ...row.data };
          records.push(sp);
          audit('subprocessor', sp.id, 'import', null, row.data);
        } else if (row.action === 'update' && row.existing_id !== null) {
          update(Number(row.existing_id), row.data, 'import');
        }
      }
      audit('subprocessor-import', null, 'import', null, { source: arg<string>('name'), added: p.added, updated: p.updated, unchanged: p.unchanged });
      return p;
    }
    case 'export_subprocessors':
      return `${OUTPUT}/subprocessors-${TODAY}.${arg<string>('format')}`;
    case 'print_subprocessors':
      return `${OUTPUT}/subprocessors-${arg<string | null>('lang') ?? requireOrg().lang}-${TODAY}.pdf`;
    case 'open_output':
      return null;
    case 'audit_log': {
      const q = arg<AuditQuery>('query');
      let out = log.filter((e) => (q.entity === null || e.entity === q.entity) && (q.entity_id === null || Number(e.entity_id) === Number(q.entity_id)));
      if (q.newest_first) out = [...out].reverse();
      return q.limit === null ? out : out.slice(0, q.limit);
    }
    case 'verify_audit':
      return verify();
    default:
      throw new Refused({ code: 'failed', message: `unknown command ${command}`, fields: [] });
  }
}

export async function mockInvoke<T>(command: string, args: Record<string, unknown>): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve, 40));
  try {
    // Copies, so that the screens cannot change the stand-in's records by holding on to them.
    return JSON.parse(JSON.stringify(handle(command, args) ?? null)) as T;
  } catch (e) {
    if (e instanceof Refused) throw e.error;
    throw { code: 'failed', message: e instanceof Error ? e.message : String(e), fields: [] } satisfies ApiError;
  }
}

/** Resets the stand-in between tests, in one of the modes of `?mock=` (none: the usual register, open). */
export function resetMock(as = ''): void {
  mode = as;
  org = null;
  records = [];
  log = [];
  nextId = 1;
  seed();
  seedStore();
}
