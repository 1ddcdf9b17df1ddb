import { describe, expect, it } from 'vitest';
import {
  countdownText,
  formatDuration,
  isAfter,
  isRed,
  liveRemaining,
  liveUrgency,
  localInputToRfc3339,
  readAs,
  rfc3339ToLocalInput,
} from './time';

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

  it('turns red under 12 hours and once past, and moves a pending deadline along as time runs', () => {
    expect(liveUrgency('ok', 12 * 3600 + 1)).toBe('ok');
    expect(liveUrgency('ok', 12 * 3600)).toBe('soon');
    expect(liveUrgency('soon', 1)).toBe('soon');
    expect(liveUrgency('soon', 0)).toBe('overdue');
    expect(liveUrgency('ok', -5)).toBe('overdue');
    for (const settled of ['met', 'late', 'not-required'] as const) expect(liveUrgency(settled, -5)).toBe(settled);
    expect(isRed('ok')).toBe(false);
    expect(isRed('soon')).toBe(true);
    expect(isRed('overdue')).toBe(true);
    expect(isRed('late')).toBe(true);
    expect(isRed('met')).toBe(false);
    expect(isRed('not-required')).toBe(false);
  });
});

describe('datetime-local and RFC 3339', () => {
  it('reads a wall-clock time in the organisation’s zone and sends it with that offset', () => {
    expect(localInputToRfc3339('2026-11-23T08:00', 'Europe/Paris')).toBe('2026-11-23T08:00:00+01:00');
    expect(localInputToRfc3339('2026-07-01T08:00', 'Europe/Paris')).toBe('2026-07-01T08:00:00+02:00');
    expect(localInputToRfc3339('2026-07-01T08:00', 'Europe/London')).toBe('2026-07-01T08:00:00+01:00');
    expect(localInputToRfc3339('2026-01-15T08:00', 'Europe/London')).toBe('2026-01-15T08:00:00+00:00');
    expect(localInputToRfc3339('2026-01-15T08:00:30', 'America/New_York')).toBe('2026-01-15T08:00:30-05:00');
  });

  it('takes the first of a time that happens twice when clocks go back', () => {
    // 25 Oct 2026, Paris: 02:30 happens at +02:00 and again at +01:00.
    expect(localInputToRfc3339('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('reads a time skipped when clocks go forward with the offset before the change', () => {
    // 29 Mar 2026, Paris: 02:00 to 02:59 do not exist; 02:30 +01:00 is 03:30 +02:00.
    const rfc = localInputToRfc3339('2026-03-29T02:30', 'Europe/Paris');
    expect(rfc).toBe('2026-03-29T02:30:00+01:00');
    expect(readAs('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29 03:30 +02:00 (Europe/Paris)');
  });

  it('leaves an empty value empty and passes anything else on for the core to refuse', () => {
    expect(localInputToRfc3339('', 'Europe/Paris')).toBe('');
    expect(localInputToRfc3339('  ', 'Europe/Paris')).toBe('');
    expect(localInputToRfc3339('yesterday', 'Europe/Paris')).toBe('yesterday');
  });

  it('shows a stored instant as the wall-clock time in the zone', () => {
    expect(rfc3339ToLocalInput('2026-11-23T07:00:00Z', 'Europe/Paris')).toBe('2026-11-23T08:00');
    expect(rfc3339ToLocalInput('2026-07-01T06:00:00Z', 'Europe/Paris')).toBe('2026-07-01T08:00');
    expect(rfc3339ToLocalInput('2026-12-31T23:30:00Z', 'Europe/London')).toBe('2026-12-31T23:30');
    expect(rfc3339ToLocalInput(null, 'Europe/Paris')).toBe('');
    expect(rfc3339ToLocalInput('not a date', 'Europe/Paris')).toBe('');
  });

  it('round-trips through both conversions', () => {
    for (const zone of ['Europe/Paris', 'Europe/London', 'Asia/Kolkata']) {
      for (const v of ['2026-02-28T23:59', '2028-02-29T12:00', '2026-06-15T00:00']) {
        expect(rfc3339ToLocalInput(localInputToRfc3339(v, zone), zone)).toBe(v);
      }
    }
  });

  it('falls back to this computer’s zone for an unknown zone name', () => {
    const rfc = localInputToRfc3339('2026-11-23T08:00', 'Mars/Olympus');
    expect(rfc).toMatch(/^2026-11-23T08:00:00[+-]\d{2}:\d{2}$/);
    expect(rfc3339ToLocalInput(rfc, 'Mars/Olympus')).toBe('2026-11-23T08:00');
  });

  it('tells whether a typed time is past a deadline', () => {
    expect(isAfter('2026-11-26T08:01', '2026-11-26T07:00:00Z', 'Europe/Paris')).toBe(true);
    expect(isAfter('2026-11-26T08:00', '2026-11-26T07:00:00Z', 'Europe/Paris')).toBe(false);
    expect(isAfter('', '2026-11-26T07:00:00Z', 'Europe/Paris')).toBe(false);
  });
});
