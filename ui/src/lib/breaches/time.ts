// The breach clock as the window shows it: a countdown that ticks every second from the `remaining_seconds` the core
// computed, and the conversion between a datetime-local input (a wall-clock time with no zone) and the RFC 3339
// instant the core requires. Wall-clock times are read in the organisation's zone, the zone every instant on these
// screens is shown in, so that what the user types and what the screen shows agree.

import type { BreachUrgency } from '../bindings';

/** Under this many seconds left, a pending deadline shows in red (the core's `WARNING_HOURS`). */
export const WARNING_SECONDS = 12 * 3600;

/** Seconds left now, from the core's answer and the moment (ms since the epoch) that answer arrived. */
export function liveRemaining(remainingSeconds: number, receivedAt: number, now: number): number {
  return remainingSeconds - Math.floor((now - receivedAt) / 1000);
}

/**
 * The urgency now. A deadline still pending moves from `ok` to `soon` to `overdue` as the seconds run out; one that
 * was met, missed or is not required stays as the core said.
 */
export function liveUrgency(urgency: BreachUrgency, remaining: number): BreachUrgency {
  if (urgency !== 'ok' && urgency !== 'soon' && urgency !== 'overdue') return urgency;
  if (remaining <= 0) return 'overdue';
  if (remaining <= WARNING_SECONDS) return 'soon';
  return 'ok';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "69 h 59 min 58 s": hours are not folded into days, because the rule is counted in hours. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h} h ${pad(m)} min ${pad(s % 60)} s`;
}

/** The countdown's words: time left, time past, or what happened to the deadline. */
export function countdownText(urgency: BreachUrgency, remaining: number): string {
  switch (urgency) {
    case 'met':
      return 'Met: notified on time';
    case 'late':
      return 'Notified late';
    case 'not-required':
      return 'Not required';
    case 'overdue':
      return `Overdue by ${formatDuration(remaining)}`;
    default:
      return `${formatDuration(remaining)} left`;
  }
}

/** Whether the countdown shows in red: under 12 hours left, or past. */
export function isRed(urgency: BreachUrgency): boolean {
  return urgency === 'soon' || urgency === 'overdue' || urgency === 'late';
}

type Wall = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A usable zone name, or undefined for the machine's own zone (no zone given, or one the platform does not know). */
function knownZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Minutes east of UTC in `timeZone` (or the machine's zone) at the instant `ms`. */
export function offsetAt(ms: number, timeZone?: string | null): number {
  const zone = knownZone(timeZone);
  if (!zone) return -new Date(ms).getTimezoneOffset();
  const parts = formatter(zone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

function wallAt(ms: number, timeZone?: string | null): Wall {
  const d = new Date(ms + offsetAt(ms, timeZone) * 60000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** "+01:00", "-05:30". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A datetime-local value ("2026-11-23T08:00") read in `timeZone` as RFC 3339 with that zone's offset
 * ("2026-11-23T08:00:00+01:00"). Around clock changes it does what calendars do: a time that happens twice (clocks
 * go back) is the first of the two; a time that does not exist (clocks go forward) is read with the offset before
 * the change, which lands just after it. An empty value stays empty, and anything that is not a datetime-local value
 * is passed on as typed, so that the core names the field and the reason.
 */
export function localInputToRfc3339(value: string, timeZone?: string | null): string {
  const v = value.trim();
  const m = LOCAL_INPUT.exec(v);
  if (!m) return v;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? '0'));
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(naive)) return v;
  const before = offsetAt(naive - 86_400_000, timeZone);
  const after = offsetAt(naive + 86_400_000, timeZone);
  // An offset fits when the instant it gives really has that offset in the zone.
  const fits = [...new Set([before, after])].filter((o) => offsetAt(naive - o * 60000, timeZone) === o);
  // Of two fitting offsets (the hour that happens twice) the larger one gives the earlier instant.
  const offset = fits.length > 0 ? Math.max(...fits) : before;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(second)}${offsetText(offset)}`;
}

/** An RFC 3339 instant as a datetime-local value in `timeZone` ("2026-11-23T08:00"); empty when there is none. */
export function rfc3339ToLocalInput(rfc3339: string | null | undefined, timeZone?: string | null): string {
  if (!rfc3339) return '';
  const ms = Date.parse(rfc3339);
  if (Number.isNaN(ms)) return '';
  const w = wallAt(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** How a typed value will be read, for the hint under the input: "2026-11-23 08:00 +01:00 (Europe/Paris)". */
export function readAs(value: string, timeZone?: string | null): string {
  const rfc = localInputToRfc3339(value, timeZone);
  const ms = Date.parse(rfc);
  if (rfc === '' || Number.isNaN(ms)) return '';
  const w = wallAt(ms, timeZone);
  const zone = knownZone(timeZone) ?? 'this computer’s time zone';
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${offsetText(offsetAt(ms, timeZone))} (${zone})`;
}

/** Whether the instant typed falls after `dueAt` (RFC 3339); false while it cannot be read. */
export function isAfter(value: string, dueAt: string, timeZone?: string | null): boolean {
  const at = Date.parse(localInputToRfc3339(value, timeZone));
  const due = Date.parse(dueAt);
  return !Number.isNaN(at) && !Number.isNaN(due) && at > due;
}
