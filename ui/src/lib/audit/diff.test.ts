import { describe, expect, it } from 'vitest';
import { actionLabel, changeSummary, diffRecords, entityLabel, entryChanges, fieldLabel, formatValue, parseRecord } from './diff';

const before = { name: 'Stripe', status: 'active', ended_on: null, locations: ['IE'], notes: null, certifications: [] };
const after = { name: 'Stripe', status: 'retired', ended_on: '2026-03-05', locations: ['IE', 'US'], notes: '', certifications: [] };

describe('diffing audit records', () => {
  it('lists only the fields whose value changed', () => {
    expect(diffRecords(before, after)).toEqual([
      { field: 'status', before: 'active', after: 'retired' },
      { field: 'ended_on', before: null, after: '2026-03-05' },
      { field: 'locations', before: ['IE'], after: ['IE', 'US'] },
    ]);
  });

  it('lists the fields given a value on creation, and those a removal dropped', () => {
    expect(diffRecords(null, { name: 'OVH', notes: null, locations: [] })).toEqual([{ field: 'name', before: null, after: 'OVH' }]);
    expect(diffRecords({ name: 'OVH', legacy: 1 }, { name: 'OVH' })).toEqual([{ field: 'legacy', before: 1, after: null }]);
  });

  it('reads the JSON text of an entry, and ignores what is not an object', () => {
    expect(entryChanges({ before: JSON.stringify(before), after: JSON.stringify(after) })).toHaveLength(3);
    expect(parseRecord('not json')).toBeNull();
    expect(parseRecord('[1,2]')).toBeNull();
    expect(parseRecord(null)).toBeNull();
  });
});

describe('showing changes', () => {
  it('formats values on one line', () => {
    expect(formatValue(['FR', 'DE'])).toBe('FR, DE');
    expect(formatValue(null)).toBe('—');
    expect(formatValue([])).toBe('—');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(30)).toBe('30');
    // A nested record reads as its filled fields, not as JSON.
    expect(formatValue([{ subprocessor_id: null, recipient: 'Partenaire Tokyo KK', country: 'JP', safeguard: null, notes: null }])).toBe(
      'Recipient: Partenaire Tokyo KK · Country: JP',
    );
    expect(formatValue([{ kind: 'backup' }, { kind: 'encryption', details: 'TLS' }])).toBe('Kind: backup; Kind: encryption · Details: TLS');
  });

  it('names fields, actions and entities readably', () => {
    expect(fieldLabel('dpa_signed_on')).toBe('DPA signed on');
    expect(fieldLabel('legal_name')).toBe('Legal name');
    expect(fieldLabel('some_new_field')).toBe('Some new field');
    expect(actionLabel('retire')).toBe('Retired');
    expect(actionLabel('archive')).toBe('Archived');
    expect(actionLabel('rename')).toBe('Rename');
    expect(entityLabel('subprocessor-import')).toBe('Subprocessor import');
  });

  it('summarises an entry', () => {
    expect(changeSummary({ before: JSON.stringify(before), after: JSON.stringify(after) })).toBe('Changed Status, Ended on, Processing locations');
    expect(changeSummary({ before: null, after: JSON.stringify({ name: 'OVH' }) })).toBe('Recorded Name');
    expect(changeSummary({ before: '{}', after: '{}' })).toBe('No field changed');
  });
});
