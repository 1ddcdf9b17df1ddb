import { describe, expect, it, vi } from 'vitest';
import { runAction } from './actions';

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
