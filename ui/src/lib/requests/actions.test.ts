import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api';
import { actionSpec, availability, dialogErrors, letterAvailability, runAction, visibleActions, type Facts } from './actions';

const fresh: Facts = {
  regime: 'uk-gdpr',
  outcome: null,
  closed_on: null,
  pseudonymised_on: null,
  identity_requested_on: null,
  identity_received_on: null,
  clarification_asked_on: null,
  clarification_answered_on: null,
  fee_received_on: null,
  eu_pause_applied: false,
  extension_notified_on: null,
  in_progress_on: null,
};

const enabled = (f: Facts) =>
  Object.entries(availability(f))
    .filter(([, a]) => a.enabled)
    .map(([k]) => k)
    .sort();

describe('which steps a request offers', () => {
  it('a new UK request can record everything but the answers to questions not asked, and no EU pause', () => {
    expect(enabled(fresh)).toEqual(['clarification-asked', 'close', 'extend', 'fee-received', 'identity-requested', 'start']);
    expect(availability(fresh)['identity-received'].why).toMatch(/identity evidence first/);
    expect(availability(fresh)['eu-pause-apply'].why).toMatch(/EU GDPR requests only/);
  });

  it('each step is recorded once, and its answer once it was asked', () => {
    const asked = { ...fresh, identity_requested_on: '2026-11-11', clarification_asked_on: '2026-11-12' };
    const a = availability(asked);
    expect(a['identity-requested']).toEqual({ enabled: false, why: 'Identity evidence was requested on 11 Nov 2026.' });
    expect(a['identity-received'].enabled).toBe(true);
    expect(a['clarification-answered'].enabled).toBe(true);
    const answered = availability({ ...asked, identity_received_on: '2026-11-16', clarification_answered_on: '2026-11-17' });
    expect(answered['identity-received'].enabled).toBe(false);
    expect(answered['clarification-answered'].enabled).toBe(false);
  });

  it('an extension happens once', () => {
    const a = availability({ ...fresh, extension_notified_on: '2026-11-20' });
    expect(a.extend.enabled).toBe(false);
    expect(a.extend.why).toMatch(/told on 20 Nov 2026/);
  });

  it('the EU pause is offered on EU requests, and its removal once applied', () => {
    const eu = { ...fresh, regime: 'eu-gdpr' as const };
    expect(availability(eu)['eu-pause-apply'].enabled).toBe(true);
    expect(availability(eu)['eu-pause-remove'].enabled).toBe(false);
    expect(visibleActions(eu).map((s) => s.key)).toContain('eu-pause-apply');
    expect(visibleActions(eu).map((s) => s.key)).not.toContain('eu-pause-remove');
    const paused = { ...eu, eu_pause_applied: true };
    expect(availability(paused)['eu-pause-apply'].enabled).toBe(false);
    expect(availability(paused)['eu-pause-remove'].enabled).toBe(true);
    expect(visibleActions(paused).map((s) => s.key)).toContain('eu-pause-remove');
    expect(visibleActions(fresh).map((s) => s.key)).not.toContain('eu-pause-apply');
  });

  it('a closed request takes no step', () => {
    const closed = { ...fresh, outcome: 'completed' as const, closed_on: '2026-11-20' };
    expect(enabled(closed)).toEqual([]);
    expect(availability(closed).close.why).toMatch(/closed \(completed on 20 Nov 2026\)/);
  });
});

describe('which letters fit', () => {
  const ok = (f: Facts) =>
    Object.entries(letterAvailability(f))
      .filter(([, a]) => a.enabled)
      .map(([k]) => k)
      .sort();

  it('an open request: acknowledgement, identity, response; the extension once extended', () => {
    expect(ok(fresh)).toEqual(['acknowledgement', 'identity', 'response']);
    expect(ok({ ...fresh, extension_notified_on: '2026-11-20' })).toEqual(['acknowledgement', 'extension', 'identity', 'response']);
  });

  it('a refused request gets the refusal, not the response', () => {
    expect(ok({ ...fresh, outcome: 'refused', closed_on: '2026-11-20' })).toEqual(['acknowledgement', 'identity', 'refusal']);
    expect(ok({ ...fresh, outcome: 'withdrawn', closed_on: '2026-11-20' })).toEqual(['acknowledgement', 'identity']);
  });

  it('no letter once the requester was pseudonymised', () => {
    expect(ok({ ...fresh, outcome: 'completed', closed_on: '2020-01-01', pseudonymised_on: '2026-01-02' })).toEqual([]);
  });
});

describe('sending a step', () => {
  const detail = {} as never;
  it('sends the step, its date as typed, the reasons and the outcome when closing to the one step command', async () => {
    const api = { recordRequestStep: vi.fn(async () => detail) };
    await runAction(api, 'identity-received', 3, { on: '2026-11-16', reason: '', outcome: 'completed' });
    expect(api.recordRequestStep).toHaveBeenCalledWith(3, 'identity-received', { on: '2026-11-16', reason: null, outcome: null });
    await runAction(api, 'extend', 3, { on: '2026-11-20', reason: 'Many systems', outcome: 'completed' });
    expect(api.recordRequestStep).toHaveBeenCalledWith(3, 'extend', { on: '2026-11-20', reason: 'Many systems', outcome: null });
    await runAction(api, 'close', 3, { on: '2026-11-21', reason: '  ', outcome: 'withdrawn' });
    expect(api.recordRequestStep).toHaveBeenCalledWith(3, 'close', { on: '2026-11-21', reason: null, outcome: 'withdrawn' });
  });
});

describe('the core refusing a step', () => {
  it('puts the date error under the date, the reason under the reason, the rest above', () => {
    const spec = actionSpec('extend');
    const error = new ApiFailure({
      code: 'invalid',
      message: 'invalid',
      fields: [
        { field: 'notified_on', reason: 'extension notice on 17 Dec 2026 is too late: the requester had to be told by 16 Dec 2026' },
        { field: 'reason', reason: 'is required: why more time is needed' },
        { field: 'status', reason: 'the request is already closed' },
      ],
    });
    const e = dialogErrors(error, spec);
    expect(e.date).toBe('Extension notice on 17 Dec 2026 is too late: the requester had to be told by 16 Dec 2026');
    expect(e.reason).toBe('The reason is required: why more time is needed');
    expect(e.other).toEqual(['The request is already closed']);
  });

  it('shows a failure that is not a validation error as the message', () => {
    const e = dialogErrors(new ApiFailure({ code: 'failed', message: 'database is locked', fields: [] }), actionSpec('start'));
    expect(e).toEqual({ date: '', reason: '', other: ['Database is locked'] });
  });
});
