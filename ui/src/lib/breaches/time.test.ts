import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import { fixtures } from '../../test/fixtures';
import { countdownText, formatDuration, isRed, liveRemaining, liveUrgency } from './time';

describe('the countdown', () => {
  it('counts down from the seconds the core gave, by the seconds elapsed since they arrived', () => {
    const arrived = 1_000_000;
    expect(liveRemaining(252_000, arrived, arrived)).toBe(252_000);
    expect(liveRemaining(252_000, arrived, arrived + 1_999)).toBe(251_999);
    expect(liveRemaining(5, arrived, arrived + 7_000)).toBe(-2);
  });

  it('writes hours, minutes and seconds, never days, since the rule counts hours', () => {
    expect(formatDuration(252_000)).toBe('70 h 00 min 00 s');
    expect(formatDuration(251_999)).toBe('69 h 59 min 59 s');
    expect(formatDuration(59)).toBe('0 h 00 min 59 s');
    expect(formatDuration(-3_725)).toBe('1 h 02 min 05 s');
  });

  it('says what is left, what is past, and plainly what was met or is not required', () => {
    expect(countdownText('ok', 251_999)).toBe('69 h 59 min 59 s left');
    expect(countdownText('soon', 3_600)).toBe('1 h 00 min 00 s left');
    expect(countdownText('overdue', -90)).toBe('Overdue by 0 h 01 min 30 s');
    expect(countdownText('met', 1_000)).toBe('Met: notified on time');
    expect(countdownText('late', -1_000)).toBe('Notified late');
    expect(countdownText('not-required', 1_000)).toBe('Not required');
  });

  describe('in French', () => {
    afterEach(() => setLang('en'));

    it('says what is left and what is past as French writes it, the units held to their figures', () => {
      setLang('fr');
      expect(formatDuration(43_202)).toBe('12\u00a0h\u00a000\u00a0min\u00a002\u00a0s');
      expect(countdownText('ok', 43_202)).toBe('Reste 12\u00a0h\u00a000\u00a0min\u00a002\u00a0s');
      expect(countdownText('overdue', -10_800)).toBe('En retard de 3\u00a0h\u00a000\u00a0min\u00a000\u00a0s');
      expect(countdownText('met', 1_000)).toBe('Délai respecté');
      expect(countdownText('late', -1_000)).toBe('Notifié hors délai');
    });
  });
});

describe('the live urgency', () => {
  // Due 25 Nov 15:00 UTC, red from 03:00 UTC that day, as the core said with 190 800 s left.
  const deadline = fixtures.breach().clock.authority;
  const toWarning = (Date.parse(deadline.due_at) - Date.parse(deadline.warning_at)) / 1000;

  it('turns red at the core’s warning_at and overdue at its due_at, not at a threshold of its own', () => {
    expect(liveUrgency('ok', deadline.remaining_seconds, deadline)).toBe('ok');
    expect(liveUrgency('ok', toWarning + 1, deadline)).toBe('ok');
    expect(liveUrgency('ok', toWarning, deadline)).toBe('soon');
    expect(liveUrgency('soon', 1, deadline)).toBe('soon');
    expect(liveUrgency('soon', 0, deadline)).toBe('overdue');
    expect(liveUrgency('ok', -5, deadline)).toBe('overdue');
    // A warning the core placed elsewhere moves the change with it.
    const later = { ...deadline, warning_at: '2026-11-25T14:00:00Z' };
    expect(liveUrgency('ok', toWarning, later)).toBe('ok');
    expect(liveUrgency('ok', 3_600, later)).toBe('soon');
  });

  it('keeps the core’s urgency until the deadline passes when it has no instants, and a settled one for good', () => {
    expect(liveUrgency('ok', 60, undefined)).toBe('ok');
    expect(liveUrgency('soon', 60, undefined)).toBe('soon');
    expect(liveUrgency('ok', 0, undefined)).toBe('overdue');
    for (const settled of ['met', 'late', 'not-required'] as const) expect(liveUrgency(settled, -5, deadline)).toBe(settled);
  });

  it('shows in red from the warning on', () => {
    expect(isRed('ok')).toBe(false);
    expect(isRed('soon')).toBe(true);
    expect(isRed('overdue')).toBe(true);
    expect(isRed('late')).toBe(true);
    expect(isRed('met')).toBe(false);
    expect(isRed('not-required')).toBe(false);
  });
});
