import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyDiff } from '../bindings';
import { setLang } from '../i18n';
import DiffView from './DiffView.svelte';

// Four unchanged paragraphs, then one changed, one added: folded, the first three become one marker.
const diff: PolicyDiff = {
  paragraphs: [
    ...['A', 'B', 'C', 'D'].map((p) => ({ status: 'same' as const, old: p, new: p, segments: [] })),
    {
      status: 'changed',
      old: 'Data is sold.',
      new: 'Data is given.',
      segments: [
        { kind: 'same', text: 'Data is ' },
        { kind: 'removed', text: 'sold' },
        { kind: 'added', text: 'given' },
        { kind: 'same', text: '.' },
      ],
    },
    { status: 'added', old: null, new: 'New paragraph.', segments: [] },
  ],
  summary: { added: 1, removed: 0, changed: 1, same: 4 },
};

const summary = () => screen.getByTestId('pol-diff-summary').textContent?.replace(/[ \t\n]+/g, ' ').trim();

afterEach(() => setLang('en'));

describe('DiffView', () => {
  it('counts the paragraphs and names the sides in English', () => {
    setLang('en');
    render(DiffView, { props: { diff, mode: 'side', collapse: true } });
    expect(summary()).toBe('1 changed 1 added 0 removed 4 unchanged 1 paragraph changed, 1 added, 0 removed, 4 unchanged');
    expect(screen.getByText('Before')).toBeTruthy();
    expect(screen.getByText('… 3 unchanged paragraphs …')).toBeTruthy();
  });

  it('follows the window into French and back without being drawn again', async () => {
    setLang('en');
    render(DiffView, { props: { diff, mode: 'side', collapse: true } });
    setLang('fr');
    await tick();
    expect(summary()).toBe('1 modifié 1 ajouté 0 supprimé 4 inchangés 1\u00a0paragraphe modifié, 1 ajouté, 0 supprimé, 4 inchangés');
    expect(screen.getByText('Avant')).toBeTruthy();
    expect(screen.getByText('Après')).toBeTruthy();
    expect(document.querySelector('.fold')?.textContent).toBe('… 3\u00a0paragraphes inchangés …');
    expect(screen.queryByText('Before')).toBeNull();

    setLang('en');
    await tick();
    expect(screen.getByText('Before')).toBeTruthy();
    expect(screen.queryByText('Avant')).toBeNull();
  });
});
