import { describe, expect, it } from 'vitest';
import type { RequestDraft } from '../bindings';
import { draftFromForm, emptyForm, focusTarget, formFromDraft, RQ_FIELD_ORDER, rqLabels } from './draft';

describe('the request form', () => {
  it('starts with the regime the core chose for the organisation, or leaves the choice to it', () => {
    expect(emptyForm(null, '2026-11-23').regime).toBe('');
    const f = emptyForm('uk-gdpr', '2026-11-23');
    expect(f).toMatchObject({ regime: 'uk-gdpr', received_on: '2026-11-23', rights: [], channel: '' });
  });

  it('sends the text as typed and the rights once each, in the order of the list', () => {
    const form = { ...emptyForm('eu-gdpr', '2026-11-23'), requester: ' Jane Doe ', rights: ['erasure', 'access', 'erasure'] };
    const d = draftFromForm(form, ['access', 'rectification', 'erasure']);
    expect(d.requester).toBe(' Jane Doe ');
    expect(d.rights).toEqual(['access', 'erasure']);
    expect(d.regime).toBe('eu-gdpr');
    expect(Object.keys(d).sort()).toEqual(Object.keys(rqLabels()).sort());
  });

  it('reads a stored draft back into the form without sharing its list', () => {
    const stored: RequestDraft = {
      requester: 'Jane', email: 'jane@example.com', postal_address: '', channel: 'email', rights: ['access'],
      regime: 'uk-gdpr', received_on: '2026-11-10', fee: '', notes: '',
    };
    const f = formFromDraft(stored);
    f.rights.push('erasure');
    expect(stored.rights).toEqual(['access']);
  });

  it('focuses the input of the first field in error', () => {
    expect(RQ_FIELD_ORDER[0]).toBe('requester');
    expect(focusTarget('received_on', 'access')).toBe('rq-received');
    expect(focusTarget('rights', 'access')).toBe('rq-right-access');
    expect(focusTarget('email', 'access')).toBe('rq-email');
  });
});
