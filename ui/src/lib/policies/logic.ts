// Policies in the window: the drafts the forms send, and the comparison of two versions as rows to draw. The words
// for kinds, classes, channels and statuses are the core's (`vocab`); the others the catalogue's (`i18n`).

import type { ChangeDraft, ChangeView, DiffParagraph, DiffSummary, NoticeRecipientDraft, PolicyDiff, Segment, VersionDraft } from '../bindings';
import { t } from '../i18n';

/** "2 paragraphs changed, 1 added, 0 removed, 14 unchanged", in the window's language at the time of the call. */
export function summaryText(s: DiffSummary): string {
  return t().policies.diff.summary(s.changed, s.added, s.removed, s.same);
}

/** The version form as sent: pasted text has no source; a file's name is its source. */
export function versionDraft(label: string, text: string, datedOn: string, fileName: string | null): VersionDraft {
  return { label: label.trim(), text, dated_on: datedOn.trim(), source: fileName ?? '' };
}

/** A new change to `toLabel`, substantial by default, noticed on `noticeOn` (may be empty: still a draft). */
export function newChangeDraft(toLabel: string, noticeOn = ''): ChangeDraft {
  return { to_label: toLabel, class: 'substantial', summary: '', notice_on: noticeOn, period_days: '', period_reason: '', adds_processing: false, recipients: [] };
}

/** The form of a recorded change, as text again, for editing. */
export function draftFromChange(c: ChangeView): ChangeDraft {
  return {
    to_label: c.to_label,
    class: c.class,
    summary: c.summary ?? '',
    notice_on: c.notice_on ?? '',
    period_days: c.period_days === null ? '' : String(c.period_days),
    period_reason: c.period_reason ?? '',
    adds_processing: c.adds_processing,
    recipients: c.recipients.map((r) => ({ channel: r.channel, to: r.to, on: r.on })),
  };
}

export function emptyRecipient(on: string): NoticeRecipientDraft {
  return { channel: 'email', to: '', on };
}

/** The core names recipient fields `recipients[2].to`; the form keys them the same way. */
export function recipientField(index: number, name: keyof NoticeRecipientDraft): string {
  return `recipients[${index + 1}].${name}`;
}

export type DiffRow = {
  status: DiffParagraph['status'];
  /** The old paragraph's segments (same and removed); `null` when the paragraph is new. */
  left: Segment[] | null;
  /** The new paragraph's segments (same and added); `null` when the paragraph was removed. */
  right: Segment[] | null;
  /** Both, in reading order, for the inline view. */
  inline: Segment[];
};

function row(p: DiffParagraph): DiffRow {
  switch (p.status) {
    case 'same': {
      const s: Segment[] = [{ kind: 'same', text: p.new ?? p.old ?? '' }];
      return { status: 'same', left: s, right: s, inline: s };
    }
    case 'added': {
      const s: Segment[] = [{ kind: 'added', text: p.new ?? '' }];
      return { status: 'added', left: null, right: s, inline: s };
    }
    case 'removed': {
      const s: Segment[] = [{ kind: 'removed', text: p.old ?? '' }];
      return { status: 'removed', left: s, right: null, inline: s };
    }
    case 'changed': {
      const segments = p.segments.length > 0 ? p.segments : [{ kind: 'removed' as const, text: p.old ?? '' }, { kind: 'added' as const, text: p.new ?? '' }];
      return {
        status: 'changed',
        left: segments.filter((s) => s.kind !== 'added'),
        right: segments.filter((s) => s.kind !== 'removed'),
        inline: segments,
      };
    }
  }
}

/**
 * The rows to draw. With `collapse`, runs of more than `context * 2 + 1` unchanged paragraphs are folded into one
 * "n unchanged paragraphs" marker, keeping `context` on each side of every change.
 */
export function diffRows(diff: PolicyDiff, collapse = false, context = 1): (DiffRow | { status: 'fold'; count: number })[] {
  const rows = diff.paragraphs.map(row);
  if (!collapse) return rows;
  const out: (DiffRow | { status: 'fold'; count: number })[] = [];
  let i = 0;
  while (i < rows.length) {
    if (rows[i].status !== 'same') {
      out.push(rows[i++]);
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j].status === 'same') j++;
    const run = rows.slice(i, j);
    const keepStart = i === 0 ? 0 : context;
    const keepEnd = j === rows.length ? 0 : context;
    if (run.length > keepStart + keepEnd + 1) {
      out.push(...run.slice(0, keepStart));
      out.push({ status: 'fold', count: run.length - keepStart - keepEnd });
      out.push(...run.slice(run.length - keepEnd));
    } else {
      out.push(...run);
    }
    i = j;
  }
  return out;
}
