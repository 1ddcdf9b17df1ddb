import { describe, expect, it } from 'vitest';
import { invalid } from '../../test/failures';
import type { ActivityDraft, ActivityTransfer, ActivityWarning } from '../bindings';
import { firstInvalid, formErrors } from '../forms';
import {
  ACTIVITY_FIELD_ORDER,
  activityLabels,
  basisShort,
  draftFromForm,
  editTransfer,
  emptyActivityForm,
  formFromDraft,
  lines,
  orderedWarnings,
  purposesText,
  transferKey,
  transferRow,
  adequacyTag,
  warningsByField,
} from './draft';

describe('draft building', () => {
  it('drops blank entries and rows and keeps the text as typed', () => {
    const f = emptyActivityForm();
    f.name = ' Newsletter ';
    f.purposes = ['Send the newsletter', '  ', 'Measure opens'];
    f.subject_categories = 'Customers\n\n Prospects \n';
    f.data_categories = [{ category: 'identity', description: 'Name, e-mail', retention: '3 years' }, { category: '', description: '', retention: '' }];
    f.security_measures['encryption'] = { on: true, details: 'TLS' };
    f.security_measures['backup'] = { on: false, details: 'ignored' };
    const d = draftFromForm(f);
    expect(d.name).toBe(' Newsletter ');
    expect(d.purposes).toEqual(['Send the newsletter', 'Measure opens']);
    expect(d.subject_categories).toEqual(['Customers', 'Prospects']);
    expect(d.data_categories).toEqual([{ category: 'identity', description: 'Name, e-mail', retention: '3 years' }]);
    expect(d.security_measures).toEqual([{ kind: 'encryption', details: 'TLS' }]);
    expect(d.customers).toEqual([]);
  });

  it('sends hidden fields empty: interests without basis (f), Art. 9 without sensitive data, customers of a controller', () => {
    const f = emptyActivityForm();
    f.lawful_basis = 'contract';
    f.legitimate_interests = 'Left over';
    f.art9_condition = 'explicit-consent';
    f.customers = [{ customer: 'Acme', processing: 'Hosting' }];
    const d = draftFromForm(f);
    expect(d.legitimate_interests).toBe('');
    expect(d.art9_condition).toBe('');
    expect(d.customers).toEqual([]);
    f.lawful_basis = 'legitimate-interests';
    f.sensitive_data = 'Health';
    f.role = 'processor';
    const e = draftFromForm(f);
    expect(e.legitimate_interests).toBe('Left over');
    expect(e.art9_condition).toBe('explicit-consent');
    expect(e.customers).toEqual([{ customer: 'Acme', processing: ['Hosting'] }]);
  });

  it('goes back and forth through the core draft', () => {
    const d: ActivityDraft = {
      ...draftFromForm(emptyActivityForm()),
      name: 'Support',
      purposes: ['Answer tickets'],
      sensitive_data: ['Health'],
      recipients_internal: ['Support', 'Product'],
      security_measures: [{ kind: 'other', details: 'Badges' }, { kind: 'other', details: 'Clean desk' }, { kind: 'access-control', details: '' }],
      role: '',
    };
    const f = formFromDraft(d);
    expect(f.role).toBe('controller');
    expect(f.recipients_internal).toBe('Support\nProduct');
    expect(f.security_measures.other).toEqual({ on: true, details: 'Badges; Clean desk' });
    expect(f.security_measures['access-control'].on).toBe(true);
    expect(f.data_categories).toHaveLength(1);
    expect(draftFromForm(f).recipients_internal).toEqual(['Support', 'Product']);
  });

  it('splits lines', () => {
    expect(lines(' a \n\nb\n')).toEqual(['a', 'b']);
  });

  it('drops the transfer edits of an unlinked subprocessor', () => {
    const f = emptyActivityForm();
    f.subprocessor_ids = [2];
    f.transfers = [
      { subprocessor_id: 1, recipient: '', country: 'US', safeguard: 'scc', notes: '' },
      { subprocessor_id: 2, recipient: '', country: 'US', safeguard: 'dpf', notes: '' },
      { subprocessor_id: null, recipient: 'Partner', country: 'India', safeguard: '', notes: '' },
    ];
    expect(draftFromForm(f).transfers.map((t) => t.subprocessor_id)).toEqual([2, null]);
  });
});

describe('transfers', () => {
  const core = (t: Partial<ActivityTransfer>): ActivityTransfer => ({
    recipient: 'DigitalOcean LLC',
    subprocessor_id: 1,
    country: 'US',
    safeguard: null,
    notes: null,
    origin: 'derived',
    adequacy: 'dpf',
    entry: null,
    ...t,
  });

  it('shows the core’s transfer with its values as text and a key that survives typing', () => {
    const derived = transferRow(core({}));
    expect(derived).toMatchObject({ safeguard: '', notes: '', index: null, adequacy: 'dpf' });
    expect(transferKey(derived)).toBe('derived-1-US');
    const manual = transferRow(core({ subprocessor_id: null, recipient: 'Partner', country: 'Jap', origin: 'manual', entry: 2, adequacy: null }));
    expect(transferKey(manual)).toBe('entry-2');
    expect(transferKey({ ...manual, country: 'Japan' })).toBe('entry-2');
  });

  it('tags a country by what its adequacy decision covers', () => {
    expect(adequacyTag(null)).toBeNull();
    expect(adequacyTag('full')).toBe('adequacy');
    expect(adequacyTag('dpf')).toBe('adequacy: DPF-certified only');
    expect(adequacyTag('commercial')).toBe('adequacy: commercial only');
  });

  it('turns a change of a derived transfer into the record’s own edit', () => {
    const f = emptyActivityForm();
    f.subprocessor_ids = [1];
    const row = transferRow(core({}));
    f.transfers = editTransfer(f, row, { safeguard: 'scc' });
    expect(f.transfers).toEqual([{ subprocessor_id: 1, recipient: '', country: 'US', safeguard: 'scc', notes: '' }]);
    const edited = transferRow(core({ origin: 'edited', safeguard: 'scc', entry: 0 }));
    f.transfers = editTransfer(f, edited, { notes: 'signed 2025' });
    expect(f.transfers).toHaveLength(1);
    expect(f.transfers[0]).toMatchObject({ safeguard: 'scc', notes: 'signed 2025' });
  });
});

describe('warnings', () => {
  const w = (field: string, code: string): ActivityWarning => ({ field, code, message: code, advice: '' });

  it('groups by field, keeping their order', () => {
    const by = warningsByField([w('transfers', 'a'), w('lawful_basis', 'b'), w('transfers', 'c')]);
    expect(Object.keys(by)).toEqual(['transfers', 'lawful_basis']);
    expect(by.transfers.map((x) => x.code)).toEqual(['a', 'c']);
  });

  it('orders the summary as the form, unknown fields last', () => {
    const list = orderedWarnings([w('mystery', 'z'), w('transfers', 'a'), w('lawful_basis', 'b'), w('transfers', 'c'), w('name', 'n')]);
    expect(list.map((x) => x.code)).toEqual(['n', 'b', 'a', 'c', 'z']);
  });
});

describe('error mapping', () => {
  it('puts the core’s field errors next to the fields and focuses the first in form order', () => {
    const failure = invalid({
      transfers: 'transfer 1: country is not a country we know',
      purposes: 'is required: at least one purpose (Art. 30(1)(b))',
      name: 'is required: a short name for the activity',
      elsewhere: 'is odd',
    });
    const errors = formErrors(failure, activityLabels());
    expect(errors.byField.name).toBe('Activity is required: a short name for the activity');
    expect(errors.byField.purposes).toMatch(/^Purposes is required/);
    expect(errors.byField.transfers).toBe('Transfer 1: country is not a country we know');
    expect(errors.summary).toEqual(['elsewhere is odd']);
    expect(firstInvalid(ACTIVITY_FIELD_ORDER, errors.byField)).toBe('name');
  });
});

describe('list fields', () => {
  it('shows the first purpose and how many more', () => {
    expect(purposesText({ purposes: [] })).toBe('');
    expect(purposesText({ purposes: ['Hosting\nsecond line'] })).toBe('Hosting');
    expect(purposesText({ purposes: ['A', 'B', 'C'] })).toBe('A (+2)');
  });

  it('shows the basis with its letter', () => {
    const terms = [{ code: 'legitimate-interests', en: 'Legitimate interests (Art. 6(1)(f))', fr: '' }];
    expect(basisShort('legitimate-interests', terms)).toBe('(f) Legitimate interests');
    expect(basisShort(null, terms)).toBe('');
  });
});
