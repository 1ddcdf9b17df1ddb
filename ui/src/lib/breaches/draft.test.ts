import { describe, expect, it } from 'vitest';
import { invalid } from '../../test/failures';
import { fixtures } from '../../test/fixtures';
import { firstInvalid, formErrors } from '../forms';
import {
  BREACH_FIELD_ORDER,
  breachLabels,
  decisionDraft,
  decisionMissing,
  draftFromBreachForm,
  emptyBreachForm,
  emptyDecision,
  emptyNotification,
  formFromDraft,
  notifyLabels,
  notificationDraft,
} from './draft';

describe('the breach form', () => {
  it('sends what was typed, instants included: the core reads them in the organisation’s zone', () => {
    const form = {
      ...emptyBreachForm(),
      title: 'Laptop stolen',
      aware_at: '2026-11-23T08:00',
      nature: ['confidentiality'],
      people_count: '1 200',
    };
    const draft = draftFromBreachForm(form);
    expect(draft.aware_at).toBe('2026-11-23T08:00');
    expect(draft.occurred_from).toBe('');
    expect(draft.people_count).toBe('1 200');
    expect(draft.nature).toEqual(['confidentiality']);
    expect(draft.role).toBe('controller');
    expect(Object.keys(draft).sort()).toEqual(Object.keys(breachLabels()).sort());
  });

  it('sends the controllers one a line, and only when we are processor', () => {
    const form = { ...emptyBreachForm(), controllers: ' Acme SAS \n\nGlobex Ltd\n' };
    expect(draftFromBreachForm({ ...form, role: 'processor' }).controllers).toEqual(['Acme SAS', 'Globex Ltd']);
    expect(draftFromBreachForm({ ...form, role: 'controller' }).controllers).toEqual([]);
  });

  it('starts from the draft the core made of a stored breach, and sends it back unchanged', () => {
    const stored = { ...fixtures.breach().draft, role: 'processor', controllers: ['Acme SAS', 'Globex Ltd'] };
    const form = formFromDraft(stored);
    expect(form.aware_at).toBe('2026-11-22T16:00');
    expect(form.people_count).toBe('340');
    expect(form.controllers).toBe('Acme SAS\nGlobex Ltd');
    expect(draftFromBreachForm(form)).toEqual(stored);
  });

  it('lists every field once in the focus order', () => {
    expect([...BREACH_FIELD_ORDER].sort()).toEqual(Object.keys(breachLabels()).sort());
  });
});

describe('decisions', () => {
  it('sends exemptions only with a decision not to tell the people', () => {
    const people = { ...emptyDecision('people'), notify: 'no' as const, reason: 'Encrypted', exemptions: ['unintelligible'] };
    expect(decisionDraft(people)).toEqual({ about: 'people', notify: false, reason: 'Encrypted', exemptions: ['unintelligible'] });
    expect(decisionDraft({ ...people, notify: 'yes' }).exemptions).toEqual([]);
    expect(decisionDraft({ ...people, about: 'authority' }).exemptions).toEqual([]);
  });

  it('asks for the yes or no before sending anything', () => {
    expect(decisionMissing(emptyDecision())).toMatch(/yes or no/);
    expect(decisionMissing({ ...emptyDecision(), notify: 'yes' })).toBeNull();
  });
});

describe('notifications', () => {
  it('sends the fields of the recipient chosen, the instant as typed', () => {
    const form = {
      ...emptyNotification('authority'),
      at: '2026-11-24T09:30',
      reference: ' CNIL-2026-0042 ',
      method: 'e-mail',
      reached: '1200',
    };
    expect(notificationDraft(form)).toEqual({
      to: 'authority',
      at: '2026-11-24T09:30',
      phase: '',
      reference: 'CNIL-2026-0042',
      method: '',
      reached: '',
      controller: '',
      delay_reason: '',
    });
    const people = notificationDraft({ ...form, to: 'people' });
    expect([people.method, people.reached, people.reference]).toEqual(['e-mail', '1200', '']);
    // A public communication (Art. 34(3)(c)) says how it was made, and reaches nobody one by one.
    const open = notificationDraft({ ...form, to: 'public' });
    expect([open.method, open.reached, open.reference]).toEqual(['e-mail', '', '']);
  });
});

describe('error mapping', () => {
  it('puts each field error next to its field and focuses the first in the form’s order', () => {
    const errors = formErrors(
      invalid({
        people_count: "'lots' is not a number; give an approximate whole number, for example 1200",
        aware_at: 'is required: a date and time with its offset, for example 2026-03-28T10:00:00+01:00',
        title: 'is required: a short name for the incident',
      }),
      breachLabels(),
    );
    expect(errors.byField.title).toBe('Title is required: a short name for the incident');
    expect(errors.byField.aware_at).toMatch(/^Became aware at is required/);
    expect(errors.byField.people_count).toMatch(/^'lots' is not a number/);
    expect(errors.summary).toEqual([]);
    expect(firstInvalid(BREACH_FIELD_ORDER, errors.byField)).toBe('title');
  });

  it('sends errors about no field of the form to the summary', () => {
    const errors = formErrors(
      invalid({
        status: 'breach #4 was closed on 2026-11-25T10:00:00Z; a closed record is not changed',
        delay_reason: 'is required: the notification is after the 72-hour deadline',
      }),
      notifyLabels(),
    );
    expect(errors.summary).toEqual(['Breach #4 was closed on 2026-11-25T10:00:00Z; a closed record is not changed']);
    expect(errors.byField.delay_reason).toMatch(/^Reasons for the delay is required/);
  });

  it('shows a failure that is not a validation error as the summary', () => {
    const errors = formErrors(new Error('database is locked'), breachLabels());
    expect(errors.summary).toEqual(['Database is locked']);
    expect(errors.byField).toEqual({});
  });
});
