// The one place where the window talks to the core. Every command the shell exposes has a typed wrapper here, and
// every failure comes out as an `ApiFailure` carrying the core's `ApiError`, so screens never see raw rejections.

import { invoke, isTauri } from '@tauri-apps/api/core';
import type {
  ApiError,
  AuditEntry,
  AuditQuery,
  ErrorCode,
  FieldError,
  Filter,
  ImportPlan,
  Lang,
  Org,
  OrgDraft,
  Subprocessor,
  SubprocessorDraft,
} from './bindings';
import type {
  AuthorityForm,
  BreachDraft,
  BreachFilter,
  BreachSummary,
  BreachView,
  DecisionDraft,
  NotificationDraft,
  Phase,
} from './bindings';
import type {
  LetterKind,
  Outcome,
  PurgePlan,
  RequestDetail,
  RequestDraft,
  RequestFilter,
  RequestView,
  RequestVocabulary,
} from './bindings';
import type {
  AnnounceDraft,
  ChangeDraft,
  ChangeView,
  Customer,
  CustomerDraft,
  Dashboard,
  DeadlineEntry,
  DeadlineFilter,
  NoticeView,
  ObjectionDraft,
  OutcomeDraft,
  Policy,
  PolicyDiff,
  PolicyDraft,
  PolicyVersion,
  PolicyView,
  VersionDraft,
  VersionSummary,
} from './bindings';

import type { AdequacyDraft, AdequacyInUse } from './bindings';

import type { AppInfo, AuditReport, BackupInfo, BackupPolicy, CountryOption, SecurityStatus, StoreStatus } from './bindings';
export type {
  AppInfo,
  AuditReport,
  BackupInfo,
  BackupPolicy,
  CheckpointResult,
  CountryOption,
  RecordFinding,
  SecurityStatus,
  StoreProblem,
  StoreStatus,
} from './bindings';

import type {
  ActivityDetail,
  ActivityDraft,
  ActivityFilter,
  ActivitySummary,
  ActivityTransfer,
  ActivityVocabulary,
  ActivityWarning,
  ProcessorRecord,
  RopaLayout,
} from './bindings';

export type ExportFormat = 'csv' | 'json';

const CODES: readonly ErrorCode[] = ['invalid', 'not_initialised', 'failed'];

/** A command that failed, with the core's error: its code, message and the fields it names. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.fields = error.fields;
  }

  get apiError(): ApiError {
    return { code: this.code, message: this.message, fields: this.fields };
  }
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.reason === 'string';
}

/** Turns whatever a command rejected with into an `ApiFailure`; anything not shaped like `ApiError` is `failed`. */
export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (typeof error === 'object' && error !== null) {
    const e = error as Record<string, unknown>;
    if (typeof e.code === 'string' && (CODES as readonly string[]).includes(e.code) && typeof e.message === 'string') {
      const fields = Array.isArray(e.fields) ? e.fields.filter(isFieldError) : [];
      return new ApiFailure({ code: e.code as ErrorCode, message: e.message, fields });
    }
    if (error instanceof Error) return new ApiFailure({ code: 'failed', message: error.message, fields: [] });
  }
  const message = typeof error === 'string' && error.trim() !== '' ? error : 'Something went wrong.';
  return new ApiFailure({ code: 'failed', message, fields: [] });
}

type Listener = () => void;
const notInitialisedListeners = new Set<Listener>();

/** Called whenever a command answers `not_initialised`, so the app can send the user to the set-up form. */
export function onNotInitialised(listener: Listener): () => void {
  notInitialisedListeners.add(listener);
  return () => notInitialisedListeners.delete(listener);
}

/**
 * The stand-in for the core is used only outside the Tauri window, in development or with `?mock` in the address,
 * so that screens can be looked at in a plain browser. Inside the window the real commands are always called.
 */
function useMock(): boolean {
  if (isTauri() || (typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window)) return false;
  if (import.meta.env.DEV) return true;
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('mock');
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    if (useMock()) {
      const mock = await import('./mock');
      return await mock.mockInvoke<T>(command, args ?? {});
    }
    return await invoke<T>(command, args);
  } catch (error) {
    const failure = toFailure(error);
    if (failure.code === 'not_initialised') notInitialisedListeners.forEach((l) => l());
    throw failure;
  }
}

export const api = {
  storeStatus: () => call<StoreStatus>('store_status'),
  unlockStore: (passphrase: string) => call<StoreStatus>('unlock_store', { passphrase }),
  openStore: (path: string, create: boolean) => call<StoreStatus>('open_store', { path, create }),
  restoreBackup: (path: string) => call<StoreStatus>('restore_backup', { path }),
  openBackupFolder: () => call<void>('open_backup_folder'),
  quitApp: () => call<void>('quit_app'),

  securityStatus: () => call<SecurityStatus>('security_status'),
  encryptStore: (passphrase: string) => call<SecurityStatus>('encrypt_store', { passphrase }),
  changePassphrase: (current: string, passphrase: string) => call<SecurityStatus>('change_passphrase', { current, passphrase }),
  decryptStore: (current: string) => call<SecurityStatus>('decrypt_store', { current }),
  backupNow: () => call<BackupInfo>('backup_now'),
  checkBackup: (path: string) => call<AuditReport>('check_backup', { path }),
  saveBackupPolicy: (policy: BackupPolicy) => call<SecurityStatus>('save_backup_policy', { policy }),
  exportEverything: () => call<string>('export_everything'),

  appInfo: () => call<AppInfo>('app_info'),
  listCountries: () => call<CountryOption[]>('list_countries'),

  getOrg: () => call<Org | null>('get_org'),
  saveOrg: (draft: OrgDraft) => call<Org>('save_org', { draft }),

  listSubprocessors: (filter: Filter) => call<Subprocessor[]>('list_subprocessors', { filter }),
  getSubprocessor: (id: number) => call<Subprocessor>('get_subprocessor', { id }),
  addSubprocessor: (draft: SubprocessorDraft) => call<Subprocessor>('add_subprocessor', { draft }),
  updateSubprocessor: (id: number, draft: SubprocessorDraft) => call<Subprocessor>('update_subprocessor', { id, draft }),
  retireSubprocessor: (id: number, on: string) => call<Subprocessor>('retire_subprocessor', { id, on }),
  subprocessorHistory: (id: number) => call<AuditEntry[]>('subprocessor_history', { id }),

  /** The file's bytes as they are on disk: the core reads their encoding (UTF-8 or UTF-16). */
  previewImport: (content: number[]) => call<ImportPlan>('preview_import', { content }),
  applyImport: (content: number[], name: string) => call<ImportPlan>('apply_import', { content, name }),

  exportSubprocessors: (format: ExportFormat) => call<string>('export_subprocessors', { format }),
  printSubprocessors: (lang: Lang | null) => call<string>('print_subprocessors', { lang }),
  openOutput: (path: string) => call<void>('open_output', { path }),

  auditLog: (query: AuditQuery) => call<AuditEntry[]>('audit_log', { query }),
  verifyAudit: () => call<AuditReport>('verify_audit'),

  requestVocabulary: () => call<RequestVocabulary>('request_vocabulary'),
  listRequests: (filter: RequestFilter) => call<RequestView[]>('list_requests', { filter }),
  getRequest: (id: number) => call<RequestDetail>('get_request', { id }),
  addRequest: (draft: RequestDraft) => call<RequestDetail>('add_request', { draft }),
  updateRequest: (id: number, draft: RequestDraft) => call<RequestDetail>('update_request', { id, draft }),
  recordIdentityRequested: (id: number, on: string) => call<RequestDetail>('record_identity_requested', { id, on }),
  recordIdentityReceived: (id: number, on: string) => call<RequestDetail>('record_identity_received', { id, on }),
  recordClarificationAsked: (id: number, on: string) => call<RequestDetail>('record_clarification_asked', { id, on }),
  recordClarificationAnswered: (id: number, on: string) => call<RequestDetail>('record_clarification_answered', { id, on }),
  recordFeeReceived: (id: number, on: string) => call<RequestDetail>('record_fee_received', { id, on }),
  startRequest: (id: number, on: string) => call<RequestDetail>('start_request', { id, on }),
  applyEuPause: (id: number, on: string, reason: string) => call<RequestDetail>('apply_eu_pause', { id, on, reason }),
  removeEuPause: (id: number, on: string, reason: string) => call<RequestDetail>('remove_eu_pause', { id, on, reason }),
  extendRequest: (id: number, reason: string, notifiedOn: string) => call<RequestDetail>('extend_request', { id, reason, notifiedOn }),
  closeRequest: (id: number, outcome: Outcome, on: string, reason: string | null) =>
    call<RequestDetail>('close_request', { id, outcome, on, reason }),
  previewRequestPurge: () => call<PurgePlan>('preview_request_purge'),
  purgeRequests: () => call<PurgePlan>('purge_requests'),
  printRequestLetter: (id: number, kind: LetterKind, lang: Lang | null) => call<string>('print_request_letter', { id, kind, lang }),

  listBreaches: (filter: BreachFilter) => call<BreachSummary[]>('list_breaches', { filter }),
  getBreach: (id: number) => call<BreachView>('get_breach', { id }),
  addBreach: (draft: BreachDraft) => call<BreachView>('add_breach', { draft }),
  updateBreach: (id: number, draft: BreachDraft) => call<BreachView>('update_breach', { id, draft }),
  assessBreach: (id: number, risk: string, reason: string) => call<BreachView>('assess_breach', { id, risk, reason }),
  decideBreach: (id: number, decision: DecisionDraft) => call<BreachView>('decide_breach', { id, decision }),
  notifyBreach: (id: number, notification: NotificationDraft) => call<BreachView>('notify_breach', { id, notification }),
  noteBreach: (id: number, at: string, text: string) => call<BreachView>('note_breach', { id, at, text }),
  closeBreach: (id: number) => call<BreachView>('close_breach', { id }),
  reopenBreach: (id: number, reason: string) => call<BreachView>('reopen_breach', { id, reason }),
  printBreachNotification: (id: number, authority: AuthorityForm, phase: Phase | null) =>
    call<string>('print_breach_notification', { id, authority, phase }),
  printBreachLetter: (id: number, lang: Lang | null) => call<string>('print_breach_letter', { id, lang }),
  printBreachRegister: (lang: Lang | null) => call<string>('print_breach_register', { lang }),

  listPolicies: () => call<PolicyView[]>('list_policies'),
  addPolicy: (draft: PolicyDraft) => call<Policy>('add_policy', { draft }),
  updatePolicy: (id: number, draft: PolicyDraft) => call<Policy>('update_policy', { id, draft }),
  listPolicyVersions: (policyId: number) => call<PolicyVersion[]>('list_policy_versions', { policyId }),
  addPolicyVersion: (policyId: number, draft: VersionDraft) => call<VersionSummary>('add_policy_version', { policyId, draft }),
  diffPolicyVersions: (policyId: number, from: string, to: string) => call<PolicyDiff>('diff_policy_versions', { policyId, from, to }),
  listPolicyChanges: () => call<ChangeView[]>('list_policy_changes'),
  getPolicyChange: (id: number) => call<ChangeView>('get_policy_change', { id }),
  addPolicyChange: (policyId: number, draft: ChangeDraft) => call<ChangeView>('add_policy_change', { policyId, draft }),
  updatePolicyChange: (id: number, draft: ChangeDraft) => call<ChangeView>('update_policy_change', { id, draft }),
  printPolicyNotice: (id: number, lang: Lang | null) => call<string>('print_policy_notice', { id, lang }),

  listCustomers: () => call<Customer[]>('list_customers'),
  addCustomer: (draft: CustomerDraft) => call<Customer>('add_customer', { draft }),
  updateCustomer: (id: number, draft: CustomerDraft) => call<Customer>('update_customer', { id, draft }),
  announceSubprocessor: (id: number, draft: AnnounceDraft) => call<NoticeView>('announce_subprocessor', { id, draft }),
  listSubprocessorNotices: () => call<NoticeView[]>('list_subprocessor_notices'),
  getSubprocessorNotice: (id: number) => call<NoticeView>('get_subprocessor_notice', { id }),
  addObjection: (noticeId: number, draft: ObjectionDraft) => call<NoticeView>('add_objection', { noticeId, draft }),
  resolveObjection: (id: number, draft: OutcomeDraft) => call<NoticeView>('resolve_objection', { id, draft }),
  activateSubprocessor: (id: number, on: string, reason: string | null) =>
    call<Subprocessor>('activate_subprocessor', { id, on, reason }),
  printSubprocessorNotice: (id: number, lang: Lang | null) => call<string>('print_subprocessor_notice', { id, lang }),

  listDeadlines: (filter: DeadlineFilter) => call<DeadlineEntry[]>('list_deadlines', { filter }),
  deadlineDashboard: () => call<Dashboard>('deadline_dashboard'),
  exportDeadlinesIcs: (filter: DeadlineFilter) => call<string>('export_deadlines_ics', { filter }),

  getAdequacy: () => call<AdequacyInUse>('get_adequacy'),
  saveAdequacy: (draft: AdequacyDraft) => call<AdequacyInUse>('save_adequacy', { draft }),
  resetAdequacy: () => call<AdequacyInUse>('reset_adequacy'),
  readAdequacyFile: (text: string) => call<AdequacyDraft>('read_adequacy_file', { text }),
  exportAdequacy: () => call<string>('export_adequacy'),

  activityVocabulary: () => call<ActivityVocabulary>('activity_vocabulary'),
  listActivities: (filter: ActivityFilter) => call<ActivitySummary[]>('list_activities', { filter }),
  getActivity: (id: number) => call<ActivityDetail>('get_activity', { id }),
  addActivity: (draft: ActivityDraft) => call<ActivityDetail>('add_activity', { draft }),
  updateActivity: (id: number, draft: ActivityDraft) => call<ActivityDetail>('update_activity', { id, draft }),
  duplicateActivity: (id: number) => call<ActivityDetail>('duplicate_activity', { id }),
  archiveActivity: (id: number) => call<ActivityDetail>('archive_activity', { id }),
  restoreActivity: (id: number) => call<ActivityDetail>('restore_activity', { id }),
  activityWarnings: (draft: ActivityDraft) => call<ActivityWarning[]>('activity_warnings', { draft }),
  activityTransfers: (draft: ActivityDraft) => call<ActivityTransfer[]>('activity_transfers', { draft }),
  activityHistory: (id: number) => call<AuditEntry[]>('activity_history', { id }),
  processorRecord: () => call<ProcessorRecord>('processor_record'),
  printRopa: (layout: RopaLayout) => call<string>('print_ropa', { layout }),
  printBinder: (lang: Lang | null) => call<string>('print_binder', { lang }),
};

export type Api = typeof api;
