import { describe, expect, it } from 'vitest';
import type { Subprocessor } from '../bindings';
import { draftFromForm, emptyForm, formFromRecord, locationsOutsideEea } from './draft';

const record: Subprocessor = {
  id: 7,
  created_at: '2026-01-01T10:00:00Z',
  updated_at: '2026-01-02T10:00:00Z',
  name: 'Stripe',
  legal_entity: 'Stripe Payments Europe, Ltd.',
  address: null,
  country: 'IE',
  service: 'Payments',
  purpose: null,
  category: 'payments',
  data_categories: ['Contact details', 'Payment data'],
  subject_categories: [],
  locations: ['IE', 'US'],
  transfer_mechanism: 'dpf',
  scc_module: null,
  transfer_notes: null,
  dpa_signed_on: '2024-01-15',
  dpa_reference: null,
  certifications: ['PCI DSS'],
  security_reviewed_on: null,
  access: null,
  website: 'https://stripe.com',
  privacy_policy_url: null,
  status: 'active',
  started_on: null,
  ended_on: null,
  notes: null,
};

describe('the subprocessor form', () => {
  it('shows a record with the country by name, locations as codes and lists on one line', () => {
    const form = formFromRecord(record, (c) => (c === 'IE' ? 'Ireland' : c));
    expect(form.country).toBe('Ireland');
    expect(form.locations).toBe('IE, US');
    expect(form.data_categories).toBe('Contact details, Payment data');
    expect(form.transfer_mechanism).toBe('dpf');
    expect(form.address).toBe('');
  });

  it('sends lists as one element for the core to split, and empty lists as none', () => {
    const draft = draftFromForm({ ...emptyForm(), name: 'OVH', locations: ' FR, DE ', certifications: '  ' });
    expect(draft.locations).toEqual(['FR, DE']);
    expect(draft.certifications).toEqual([]);
    expect(draft.status).toBe('active');
  });

  it('sends an end date only with the retired status', () => {
    expect(draftFromForm({ ...emptyForm(), status: 'active', ended_on: '2026-01-01' }).ended_on).toBe('');
    expect(draftFromForm({ ...emptyForm(), status: 'retired', ended_on: '2026-01-01' }).ended_on).toBe('2026-01-01');
  });

  it('names the locations outside the EEA', () => {
    const resolve = (s: string) => ({ fr: 'FR', 'united states': 'US', us: 'US', in: 'IN' })[s.toLowerCase()] ?? null;
    const eea = (c: string) => c === 'FR';
    expect(locationsOutsideEea('FR, United States, US, Narnia, IN', resolve, eea)).toEqual(['US', 'IN']);
  });
});
