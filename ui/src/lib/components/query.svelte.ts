// Asking the core for what a screen shows, and keeping what the screen needs to know meanwhile: whether it is still
// loading, what went wrong, and, for a list, how many records there are without the filters.

import { toFailure } from '../api';
import type { Page } from '../bindings';

export type { Page };

/** One answer: a record, a dashboard. `run` again reloads it; `value` keeps the last answer until the next one. */
export class Load<T> {
  value = $state<T | null>(null);
  loading = $state(false);
  error = $state('');

  readonly #ask: () => Promise<T>;

  constructor(ask: () => Promise<T>) {
    this.#ask = ask;
  }

  /** Asks the core; the answer is handed to `then` (to fill a form from it) before it is kept. */
  async run(then?: (value: T) => void): Promise<void> {
    this.loading = true;
    try {
      const value = await this.#ask();
      then?.(value);
      this.value = value;
      this.error = '';
    } catch (e) {
      this.error = toFailure(e).message;
    } finally {
      this.loading = false;
    }
  }
}

/** What a list's filter means: the same without its conditions, whether it has any, a header clicked. */
export type ListRules<S, K extends string> = {
  /** The filter without its conditions (the order kept). */
  clear: (s: S) => S;
  isFiltered: (s: S) => boolean;
  /** The same column flips the order, another sorts by it. */
  toggle?: (s: S, key: K) => S;
};


/** Rows asked for at a time of a list the core pages. */
export const PAGE_SIZE = 100;

/** How a list screen keeps its filter (in a state module, so that it outlives a visit to a record) and asks for it. */
export type ListSpec<T, S, K extends string> = {
  /** Where the filter is kept: a state module's `list`. */
  kept: { list: S };
  /** The rows the filter keeps; the core filters and sorts. */
  ask?: (s: S) => Promise<T[]>;
  /** A list the core filters, sorts and pages: one page of the matches, with the counts (no `ask` then). */
  page?: (s: S, offset: number, limit: number) => Promise<Page<T>>;
  rules: ListRules<S, K>;
  /** Every record, for the total; the cleared filter by default. */
  all?: () => Promise<T[]>;
  /** Something the rows need alongside (a vocabulary), asked for with them. */
  also?: () => Promise<unknown>;
};

/** What a table reads of a list and asks of it. */
export type TableList<T> = {
  readonly rows: T[];
  readonly total: number | null;
  /** For a paged list: how many rows match, where the page starts, and how many a page holds. */
  readonly matched: number | null;
  readonly offset: number;
  readonly pageSize: number;
  /**
   * Whether the core pages the list (an index answers each question in a few milliseconds): its search box asks at
   * every keystroke, where a list filtered whole waits for the typing to stop.
   */
  readonly paged: boolean;
  goTo(offset: number): Promise<void>;
  readonly loading: boolean;
  readonly error: string;
  readonly filtered: boolean;
  refresh(withTotal?: boolean): Promise<void>;
  sort(key: string): void;
  clearFilters(): void;
};

/**
 * A list the user filters: the rows the filter keeps, and the total without it (asked for again on demand, or when
 * not known yet). An answer to an older question than the latest is dropped, so fast typing cannot show stale rows.
 */
export class ListQuery<T, S, K extends string = string> implements TableList<T> {
  rows = $state<T[]>([]);
  total = $state<number | null>(null);
  matched = $state<number | null>(null);
  offset = $state(0);
  readonly pageSize = PAGE_SIZE;
  loading = $state(true);
  error = $state('');
  /** When the rows were received (a countdown runs on from there). */
  receivedAt = $state(Date.now());
  #serial = 0;
  /** The filter of the page shown, so that a new filter starts again at the first page. */
  #asked = '';
  readonly #spec: ListSpec<T, S, K>;

  constructor(spec: ListSpec<T, S, K>) {
    this.#spec = spec;
  }

  get filtered(): boolean {
    return this.#spec.rules.isFiltered(this.#spec.kept.list);
  }

  get paged(): boolean {
    return this.#spec.page !== undefined;
  }

  async refresh(withTotal = false): Promise<void> {
    if (this.#spec.page) return this.#refreshPage();
    const mine = ++this.#serial;
    const { all, also, kept, rules } = this.#spec;
    const ask = this.#spec.ask ?? (() => Promise.resolve([] as T[]));
    try {
      const [rows, every] = await Promise.all([
        ask(kept.list),
        withTotal || this.total === null ? (all ? all() : ask(rules.clear(kept.list))) : null,
        also?.(),
      ]);
      if (mine !== this.#serial) return;
      this.rows = rows;
      this.receivedAt = Date.now();
      if (every) this.total = every.length;
      this.error = '';
    } catch (e) {
      if (mine === this.#serial) this.error = toFailure(e).message;
    } finally {
      if (mine === this.#serial) this.loading = false;
    }
  }

  /** Asks for the page at `offset` of the matches: the same filter keeps its page when the data changes. */
  async #refreshPage(): Promise<void> {
    const mine = ++this.#serial;
    const { page, also, kept } = this.#spec;
    if (!page) return;
    const asked = JSON.stringify(kept.list);
    if (asked !== this.#asked) this.offset = 0;
    try {
      let [answer] = await Promise.all([page(kept.list, this.offset, this.pageSize), also?.()]);
      // Records gone since (a filter now keeps fewer): the last page that has rows.
      if (answer.rows.length === 0 && answer.offset > 0 && answer.matched > 0) {
        answer = await page(kept.list, Math.floor((answer.matched - 1) / this.pageSize) * this.pageSize, this.pageSize);
      }
      if (mine !== this.#serial) return;
      this.#asked = asked;
      this.rows = answer.rows;
      this.offset = answer.offset;
      this.matched = answer.matched;
      this.total = answer.total;
      this.receivedAt = Date.now();
      this.error = '';
    } catch (e) {
      if (mine === this.#serial) this.error = toFailure(e).message;
    } finally {
      if (mine === this.#serial) this.loading = false;
    }
  }

  async goTo(offset: number): Promise<void> {
    this.offset = Math.max(0, offset);
    await this.refresh();
  }

  sort(key: string): void {
    const { toggle } = this.#spec.rules;
    if (!toggle) return;
    this.#spec.kept.list = toggle(this.#spec.kept.list, key as K);
    void this.refresh();
  }

  clearFilters(): void {
    this.#spec.kept.list = this.#spec.rules.clear(this.#spec.kept.list);
    void this.refresh();
  }
}

/** Which of a screen's buttons is at work (a print, an export): the others wait for it. */
export class Working {
  key = $state<string | null>(null);

  async run(key: string, work: () => Promise<unknown>): Promise<void> {
    if (this.key !== null) return;
    this.key = key;
    try {
      await work();
    } finally {
      this.key = null;
    }
  }
}
