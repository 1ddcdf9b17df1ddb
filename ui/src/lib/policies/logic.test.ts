import { describe, expect, it } from 'vitest';
import type { ChangeView, PolicyDiff } from '../bindings';
import { diffRows, draftFromChange, newChangeDraft, recipientField, summaryText, versionDraft } from './logic';

const diff: PolicyDiff = {
  paragraphs: [
    { status: 'same', old: 'A', new: 'A', segments: [] },
    { status: 'same', old: 'B', new: 'B', segments: [] },
    { status: 'same', old: 'C', new: 'C', segments: [] },
    { status: 'same', old: 'D', new: 'D', segments: [] },
    {
      status: 'changed',
      old: 'Data is sold to partners.',
      new: 'Data is given to partners.',
      segments: [
        { kind: 'same', text: 'Data is ' },
        { kind: 'removed', text: 'sold' },
        { kind: 'added', text: 'given' },
        { kind: 'same', text: ' to partners.' },
      ],
    },
    { status: 'added', old: null, new: 'New paragraph.', segments: [] },
    { status: 'removed', old: 'Old paragraph.', new: null, segments: [] },
  ],
  summary: { added: 1, removed: 1, changed: 1, same: 4 },
};

describe('diff rendering model', () => {
  it('splits a changed paragraph into its old and new words', () => {
    const rows = diffRows(diff);
    const changed = rows[4];
    expect(changed.status).toBe('changed');
    if (changed.status === 'fold') throw new Error('unexpected fold');
    expect(changed.left?.map((s) => s.text).join('')).toBe('Data is sold to partners.');
    expect(changed.right?.map((s) => s.text).join('')).toBe('Data is given to partners.');
    expect(changed.inline).toHaveLength(4);
  });

  it('leaves one side empty for added and removed paragraphs', () => {
    const rows = diffRows(diff);
    expect(rows[5]).toMatchObject({ status: 'added', left: null });
    expect(rows[6]).toMatchObject({ status: 'removed', right: null });
  });

  it('folds long runs of unchanged paragraphs, keeping context next to changes', () => {
    const rows = diffRows(diff, true, 1);
    expect(rows.map((r) => r.status)).toEqual(['fold', 'same', 'changed', 'added', 'removed']);
    expect(rows[0]).toEqual({ status: 'fold', count: 3 });
  });

  it('writes the summary in words', () => {
    expect(summaryText(diff.summary)).toBe('1 paragraph changed, 1 added, 1 removed, 4 unchanged');
  });
});

describe('drafts', () => {
  it('builds a version draft from pasted text or a file', () => {
    expect(versionDraft(' v2 ', 'text', '', null)).toEqual({ label: 'v2', text: 'text', dated_on: '', source: '' });
    expect(versionDraft('v2', 'text', '2026-11-01', 'policy.txt').source).toBe('policy.txt');
  });

  it('starts a change as substantial and reads a recorded one back', () => {
    expect(newChangeDraft('v2', '2026-11-23')).toMatchObject({ to_label: 'v2', class: 'substantial', notice_on: '2026-11-23', recipients: [] });
    const view = {
      to_label: 'v2',
      class: 'minor',
      summary: null,
      notice_on: '2026-11-23',
      period_days: 14,
      period_reason: 'contract',
      adds_processing: true,
      recipients: [{ channel: 'web', to: 'https://x', on: '2026-11-23' }],
    } as unknown as ChangeView;
    expect(draftFromChange(view)).toEqual({
      to_label: 'v2',
      class: 'minor',
      summary: '',
      notice_on: '2026-11-23',
      period_days: '14',
      period_reason: 'contract',
      adds_processing: true,
      recipients: [{ channel: 'web', to: 'https://x', on: '2026-11-23' }],
    });
  });

  it('names recipient fields as the core does', () => {
    expect(recipientField(0, 'to')).toBe('recipients[1].to');
  });
});
