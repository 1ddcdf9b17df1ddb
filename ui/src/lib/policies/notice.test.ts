import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api';
import { formErrors } from '../forms';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import { activationReason, announceDraft, noticeStatusLabel, outcomeLabel } from './notice';

describe('announcement draft', () => {
  it('sends null customers for everyone and no replacement when none is chosen', () => {
    expect(announceDraft('2026-11-23', '', '', true, [1])).toEqual({ notice_on: '2026-11-23', objection_days: '', replaces_id: null, customer_ids: null });
  });

  it('sends the chosen customers and the replaced subprocessor', () => {
    expect(announceDraft(' 2026-11-23 ', '14', '3', false, [2, 5])).toEqual({
      notice_on: '2026-11-23',
      objection_days: '14',
      replaces_id: 3,
      customer_ids: [2, 5],
    });
  });
});

describe('notice words', () => {
  it('labels statuses and outcomes with the core\'s words', () => {
    vocab.use(fixtures.vocabularies());
    expect(noticeStatusLabel('open')).toBe('Objection period running');
    expect(outcomeLabel(null)).toBe('Open');
    expect(outcomeLabel('customer-left')).toBe('Customer left');
    expect(activationReason('  ')).toBeNull();
    expect(activationReason(' urgent ')).toBe('urgent');
  });
});

describe('error mapping', () => {
  it('places the core field errors next to the announce and objection fields', () => {
    const failure = new ApiFailure({
      code: 'invalid',
      message: 'invalid',
      fields: [
        { field: 'on', reason: '2026-11-01 is before the notice date 2026-11-23' },
        { field: 'customer', reason: 'is required: the customer who objects' },
        { field: 'elsewhere', reason: 'is odd' },
      ],
    });
    const e = formErrors(failure, { customer: 'Customer', on: 'Received on', reason: 'Reason' });
    expect(e.byField.customer).toBe('Customer is required: the customer who objects');
    expect(e.byField.on).toBe('2026-11-01 is before the notice date 2026-11-23');
    expect(e.summary).toEqual(['elsewhere is odd']);
  });

  it('shows a failure that is not about fields as a summary', () => {
    const e = formErrors({ code: 'failed', message: 'database is locked', fields: [] }, {});
    expect(e.summary).toEqual(['Database is locked']);
  });
});
