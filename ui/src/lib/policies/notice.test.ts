import { describe, expect, it } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { vocab } from '../vocab.svelte';
import { activationReason, announceDraft, noticeStatusLabel, outcomeLabel } from './notice';

describe('announcement draft', () => {
  it('sends null customers for everyone and no replacement when none is chosen', () => {
    expect(announceDraft('2026-11-23', '', '', '', true, [1])).toEqual({
      notice_on: '2026-11-23',
      objection_days: '',
      objection_unit: '',
      replaces_id: null,
      customer_ids: null,
    });
  });

  it('sends the chosen customers and the replaced subprocessor', () => {
    expect(announceDraft(' 2026-11-23 ', '10', 'business', '3', false, [2, 5])).toEqual({
      notice_on: '2026-11-23',
      objection_days: '10',
      objection_unit: 'business',
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
