// The breach clock as the window shows it: a countdown that ticks every second from the `remaining_seconds` the core
// computed, turning red at the instants the core named. Instants are read and shown by the core, in the
// organisation's zone; nothing here knows a time zone.

import type { BreachUrgency, Deadline } from '../bindings';
import { t } from '../i18n';

/** Seconds left now, from the core's answer and the moment (ms since the epoch) that answer arrived. */
export function liveRemaining(remainingSeconds: number, receivedAt: number, now: number): number {
  return remainingSeconds - Math.floor((now - receivedAt) / 1000);
}

/**
 * The urgency now, as the core would say if asked again: a deadline still pending turns `soon` at the core's
 * `warning_at` and `overdue` at its `due_at`; one met, missed or not required stays as the core said. "Now" is the
 * core's clock run on by the seconds elapsed since its answer (`remaining` counts down to `due_at`), so that the
 * colour changes when the core's would, whatever the machine's own clock says. Without the deadline's instants (the
 * list has only the seconds left) the core's urgency holds until the deadline passes.
 */
export function liveUrgency(urgency: BreachUrgency, remaining: number, deadline?: Pick<Deadline, 'due_at' | 'warning_at'>): BreachUrgency {
  if (urgency !== 'ok' && urgency !== 'soon' && urgency !== 'overdue') return urgency;
  if (remaining <= 0) return 'overdue';
  if (!deadline) return urgency;
  const now = Date.parse(deadline.due_at) - remaining * 1000;
  return now >= Date.parse(deadline.warning_at) ? 'soon' : 'ok';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "69 h 59 min 58 s": hours are not folded into days, because the rule is counted in hours. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return t().breaches.countdown.duration(h, pad(m), pad(s % 60));
}

/** The countdown's words, in the window's language: time left, time past, or what happened to the deadline. */
export function countdownText(urgency: BreachUrgency, remaining: number): string {
  const words = t().breaches.countdown;
  switch (urgency) {
    case 'met':
      return words.met;
    case 'late':
      return words.late;
    case 'not-required':
      return words.notRequired;
    case 'overdue':
      return words.overdue(formatDuration(remaining));
    default:
      return words.left(formatDuration(remaining));
  }
}

/** Whether the countdown shows in red: the core's `soon` and after. */
export function isRed(urgency: BreachUrgency): boolean {
  return urgency === 'soon' || urgency === 'overdue' || urgency === 'late';
}
