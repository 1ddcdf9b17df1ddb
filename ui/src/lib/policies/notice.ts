// Subprocessor change notices: the drafts the panel sends and the words it shows.

import type { AnnounceDraft, NoticeStatus, ObjectionOutcome } from '../bindings';

export const OUTCOMES: { value: ObjectionOutcome; label: string }[] = [
  { value: 'resolved', label: 'Resolved with the customer' },
  { value: 'customer-left', label: 'Customer ended the contract' },
  { value: 'not-used', label: 'Not used for this customer' },
];

export function outcomeLabel(o: ObjectionOutcome | null): string {
  return o === null ? 'Open' : (OUTCOMES.find((x) => x.value === o)?.label ?? o);
}

export function noticeStatusLabel(s: NoticeStatus): string {
  switch (s) {
    case 'scheduled':
      return 'Scheduled';
    case 'open':
      return 'Objection window open';
    case 'ended':
      return 'Window ended';
    case 'engaged':
      return 'Engaged';
  }
}

/**
 * The announcement as sent. `allCustomers` true sends `null` (every customer in the list, now); otherwise the ids
 * ticked. An empty replaces choice is no replacement.
 */
export function announceDraft(noticeOn: string, days: string, replaces: string, allCustomers: boolean, ids: number[]): AnnounceDraft {
  const r = replaces.trim() === '' ? null : Number(replaces);
  return {
    notice_on: noticeOn.trim(),
    objection_days: days.trim(),
    replaces_id: r !== null && Number.isSafeInteger(r) ? r : null,
    customer_ids: allCustomers ? null : [...ids],
  };
}

/** The activation's reason is sent only when given. */
export function activationReason(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}
