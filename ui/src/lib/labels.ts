// Readable English labels for the core's closed vocabularies, in the order the user is offered them. The wording
// follows the core's own English labels so that the window, the command line and the printed list agree.

import type { Authority, Category, HolidayCalendar, Lang, Role, Status, TransferMechanism } from './bindings';

export type Option<T extends string> = { value: T; label: string };

export const CATEGORIES: Option<Category>[] = [
  { value: 'hosting', label: 'Hosting' },
  { value: 'analytics', label: 'Analytics' },
  { value: 'payments', label: 'Payments' },
  { value: 'email', label: 'E-mail' },
  { value: 'support', label: 'Customer support' },
  { value: 'monitoring', label: 'Monitoring' },
  { value: 'authentication', label: 'Authentication' },
  { value: 'communication', label: 'Communication' },
  { value: 'security', label: 'Security' },
  { value: 'other', label: 'Other' },
];

export const STATUSES: Option<Status>[] = [
  { value: 'proposed', label: 'Proposed' },
  { value: 'announced', label: 'Announced' },
  { value: 'active', label: 'Active' },
  { value: 'retired', label: 'Retired' },
];

export const TRANSFER_MECHANISMS: Option<TransferMechanism>[] = [
  { value: 'not-needed', label: 'No transfer outside the EEA' },
  { value: 'adequacy', label: 'Adequacy decision' },
  { value: 'dpf', label: 'EU-US Data Privacy Framework' },
  { value: 'scc', label: 'Standard Contractual Clauses (2021)' },
  { value: 'uk-idta', label: 'UK International Data Transfer Agreement' },
  { value: 'uk-addendum', label: 'UK Addendum to the SCCs' },
  { value: 'bcr', label: 'Binding Corporate Rules' },
  { value: 'derogation', label: 'Art. 49 derogation' },
];

/** Short forms for the register's narrow Transfer column. */
const TRANSFER_SHORT: Record<TransferMechanism, string> = {
  'not-needed': 'Not needed',
  adequacy: 'Adequacy',
  dpf: 'DPF',
  scc: 'SCCs',
  'uk-idta': 'UK IDTA',
  'uk-addendum': 'UK Addendum',
  bcr: 'BCRs',
  derogation: 'Art. 49',
};

export const AUTHORITIES: Option<Authority>[] = [
  { value: 'cnil', label: 'CNIL (France)' },
  { value: 'ico', label: 'ICO (United Kingdom)' },
  { value: 'other', label: 'Another authority' },
];

export const ROLES: Option<Role>[] = [
  { value: 'both', label: 'Controller and processor' },
  { value: 'controller', label: 'Controller' },
  { value: 'processor', label: 'Processor' },
];

export const CALENDARS: Option<HolidayCalendar>[] = [
  { value: 'france', label: 'France' },
  { value: 'france-alsace-moselle', label: 'France (Alsace-Moselle)' },
  { value: 'england-wales', label: 'England and Wales' },
];

export const LANGS: Option<Lang>[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
];

function labelIn<T extends string>(options: Option<T>[], value: T | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return options.find((o) => o.value === value)?.label ?? value;
}

export const categoryLabel = (c: Category | null | undefined) => labelIn(CATEGORIES, c);
export const statusLabel = (s: Status | null | undefined) => labelIn(STATUSES, s);
export const transferLabel = (t: TransferMechanism | null | undefined) => labelIn(TRANSFER_MECHANISMS, t);
export const transferShort = (t: TransferMechanism | null | undefined) => (t ? TRANSFER_SHORT[t] ?? t : '');
export const calendarLabel = (c: HolidayCalendar | null | undefined) => labelIn(CALENDARS, c);
export const roleLabel = (r: Role | null | undefined) => labelIn(ROLES, r);
export const langLabel = (l: Lang | null | undefined) => labelIn(LANGS, l);

/** The authority as the sidebar and settings name it. */
export function authorityName(authority: Authority, otherName: string | null): string {
  switch (authority) {
    case 'cnil':
      return 'CNIL';
    case 'ico':
      return 'ICO';
    case 'other':
      return otherName?.trim() || 'Other authority';
  }
}

export function isCategory(value: string): value is Category {
  return CATEGORIES.some((o) => o.value === value);
}

export function isStatus(value: string): value is Status {
  return STATUSES.some((o) => o.value === value);
}
