// English labels for the breach register's closed lists, worded as the core's own (`src/breach/vocab.rs`) so that
// the window, the command line and the printed register agree.

import type {
  Answer,
  BreachRole,
  BreachStatus,
  BreachUrgency,
  DataCategory,
  Exemption,
  Likelihood,
  Nature,
  Phase,
  Recipient,
  Risk,
  SubjectCategory,
} from '../bindings';
import type { Option } from '../labels';

export const NATURES: Option<Nature>[] = [
  { value: 'confidentiality', label: 'Confidentiality (disclosure or access)' },
  { value: 'integrity', label: 'Integrity (alteration)' },
  { value: 'availability', label: 'Availability (loss or destruction)' },
];

export const RISKS: Option<Risk>[] = [
  { value: 'unlikely', label: 'Unlikely to result in a risk' },
  { value: 'risk', label: 'Risk' },
  { value: 'high', label: 'High risk' },
];

export const BREACH_ROLES: Option<BreachRole>[] = [
  { value: 'controller', label: 'Controller: the data is ours' },
  { value: 'processor', label: 'Processor: the data is our customers’' },
];

export const DATA_CATEGORIES: Option<DataCategory>[] = [
  { value: 'identifiers', label: 'Basic personal identifiers (name, contact details)' },
  { value: 'credentials', label: 'Identification and login data (usernames, passwords)' },
  { value: 'financial', label: 'Economic and financial data (bank, card details)' },
  { value: 'official-documents', label: 'Official documents (passport, driving licence)' },
  { value: 'location', label: 'Location data' },
  { value: 'special-categories', label: 'Special categories (health, ethnic origin, beliefs, sexual life, union membership)' },
  { value: 'genetic-biometric', label: 'Genetic or biometric data' },
  { value: 'criminal-offences', label: 'Criminal convictions and offences' },
  { value: 'other', label: 'Other data' },
];

export const SUBJECT_CATEGORIES: Option<SubjectCategory>[] = [
  { value: 'employees', label: 'Employees' },
  { value: 'users', label: 'Users' },
  { value: 'subscribers', label: 'Subscribers' },
  { value: 'students', label: 'Students' },
  { value: 'customers', label: 'Customers or prospective customers' },
  { value: 'patients', label: 'Patients' },
  { value: 'children', label: 'Children' },
  { value: 'vulnerable-adults', label: 'Vulnerable adults' },
  { value: 'other', label: 'Other people' },
];

export const LIKELIHOODS: Option<Likelihood>[] = [
  { value: 'very-likely', label: 'Very likely' },
  { value: 'likely', label: 'Likely' },
  { value: 'neutral', label: 'Neither likely nor unlikely' },
  { value: 'unlikely', label: 'Unlikely' },
  { value: 'very-unlikely', label: 'Very unlikely' },
];

export const ANSWERS: Option<Answer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'dont-know', label: 'Don’t know' },
];

export const RECIPIENTS: Option<Recipient>[] = [
  { value: 'authority', label: 'Supervisory authority' },
  { value: 'people', label: 'People affected' },
  { value: 'controller', label: 'Controller (our customer)' },
];

export const PHASES: Option<Phase>[] = [
  { value: 'initial', label: 'Initial notification' },
  { value: 'complementary', label: 'Complementary (follow-up)' },
];

export const EXEMPTIONS: Option<Exemption>[] = [
  { value: 'unintelligible', label: 'Art. 34(3)(a): the data were unintelligible to others (e.g. encrypted)' },
  { value: 'later-measures', label: 'Art. 34(3)(b): later measures make the high risk unlikely' },
  { value: 'disproportionate-effort', label: 'Art. 34(3)(c): disproportionate effort; public communication instead' },
];

export const BREACH_STATUSES: Option<BreachStatus>[] = [
  { value: 'open', label: 'Open' },
  { value: 'assessed', label: 'Assessed' },
  { value: 'notified', label: 'Notified' },
  { value: 'not-notified', label: 'Not notified' },
  { value: 'closed', label: 'Closed' },
];

export const URGENCIES: Option<BreachUrgency>[] = [
  { value: 'ok', label: 'On time' },
  { value: 'soon', label: 'Under 12 hours left' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'met', label: 'Notified on time' },
  { value: 'late', label: 'Notified late' },
  { value: 'not-required', label: 'No notification due' },
];

function labelIn<T extends string>(options: Option<T>[], value: T | null | undefined): string {
  if (value === null || value === undefined) return '';
  return options.find((o) => o.value === value)?.label ?? value;
}

/** Short risk labels for the list's narrow column. */
const RISK_SHORT: Record<Risk, string> = { unlikely: 'Unlikely', risk: 'Risk', high: 'High risk' };

export const riskLabel = (r: Risk | null | undefined) => labelIn(RISKS, r);
export const riskShort = (r: Risk | null | undefined) => (r ? RISK_SHORT[r] : '');
export const breachStatusLabel = (s: BreachStatus | null | undefined) => labelIn(BREACH_STATUSES, s);
export const natureLabel = (n: Nature) => labelIn(NATURES, n);
export const dataCategoryLabel = (c: DataCategory) => labelIn(DATA_CATEGORIES, c);
export const subjectCategoryLabel = (c: SubjectCategory) => labelIn(SUBJECT_CATEGORIES, c);
export const likelihoodLabel = (l: Likelihood | null | undefined) => labelIn(LIKELIHOODS, l);
export const answerLabel = (a: Answer | null | undefined) => labelIn(ANSWERS, a);
export const recipientLabel = (r: Recipient) => labelIn(RECIPIENTS, r);
export const phaseLabel = (p: Phase | null | undefined) => labelIn(PHASES, p);
export const exemptionLabel = (e: Exemption) => labelIn(EXEMPTIONS, e);
export const breachRoleLabel = (r: BreachRole) => (r === 'processor' ? 'Processor' : 'Controller');

export function isBreachStatus(value: string): value is BreachStatus {
  return BREACH_STATUSES.some((o) => o.value === value);
}

export function isRisk(value: string): value is Risk {
  return RISKS.some((o) => o.value === value);
}
