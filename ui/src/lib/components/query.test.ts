import { describe, expect, it, vi } from 'vitest';
import { ListQuery, PAGE_SIZE, type Page } from './query.svelte';

type State = { query: string };
const rules = { clear: (s: State) => ({ ...s, query: '' }), isFiltered: (s: State) => s.query !== '' };

/** A core holding `n` rows named 1..n, of which a query keeps those containing it. */
function core(n: () => number) {
  return vi.fn(async (s: State, offset: number, limit: number): Promise<Page<string>> => {
    const all = Array.from({ length: n() }, (_, i) => String(i + 1)).filter((r) => r.includes(s.query));
    return { rows: all.slice(offset, offset + limit), matched: all.length, total: n(), offset };
  });
}

describe('ListQuery with a list the core pages', () => {
  it('asks for one page with the counts, keeps its page for the same filter and starts again for a new one', async () => {
    let n = 250;
    const page = core(() => n);
    const kept = { list: { query: '' } };
    const list = new ListQuery<string, State>({ kept, page, rules });
    await list.refresh(true);
    expect([list.rows.length, list.matched, list.total, list.offset]).toEqual([PAGE_SIZE, 250, 250, 0]);
    await list.goTo(PAGE_SIZE);
    expect([list.rows[0], list.offset]).toEqual(['101', 100]);
    // The data change (a record added): the same filter stays on its page.
    n = 251;
    await list.refresh(true);
    expect([list.offset, list.matched]).toEqual([100, 251]);
    // A new search starts at the first page of its matches.
    kept.list = { query: '2' };
    await list.refresh();
    expect(list.offset).toBe(0);
    expect(page).toHaveBeenLastCalledWith({ query: '2' }, 0, PAGE_SIZE);
  });

  it('goes back to the last page that has rows when records went away', async () => {
    let n = 250;
    const kept = { list: { query: '' } };
    const list = new ListQuery<string, State>({ kept, page: core(() => n), rules });
    await list.refresh(true);
    await list.goTo(200);
    expect(list.rows).toHaveLength(50);
    n = 150;
    await list.refresh(true);
    expect([list.offset, list.rows.length, list.rows[0]]).toEqual([100, 50, '101']);
  });
});
