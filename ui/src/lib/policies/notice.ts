// Subprocessor change notices: the drafts the panel sends and the words it shows.

import type { AnnounceDraft, NoticeStatus, ObjectionOutcome } from '../bindings';
import { t } from '../i18n';
import { vocab } from '../vocab.svelte';

/** An objection's outcome in words, in the window's language; none yet is "Open". */
export function outcomeLabel(o: ObjectionOutcome | null): string {
  return o === null ? t().policies.notice.open : vocab.label('objection_outcomes', o);
}

export const noticeStatusLabel = (s: NoticeStatus) => vocab.label('notice_statuses', s);

/**
 * The announcement as sent. `allCustomers` true sends `null` (every customer in the list, now); otherwise the ids
 * ticked. An empty replaces choice is no replacement.
 */
export function announceDraft(noticeOn: string, days: string, unit: string, replaces: string, allCustomers: boolean, ids: number[]): AnnounceDraft {
  const r = replaces.trim() === '' ? null : Number(replaces);
  return {
    notice_on: noticeOn.trim(),
    objection_days: days.trim(),
    objection_unit: unit,
    replaces_id: r !== null && Number.isSafeInteger(r) ? r : null,
    customer_ids: allCustomers ? null : [...ids],
  };
}

/** The activation's reason is sent only when given. */
export function activationReason(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}
