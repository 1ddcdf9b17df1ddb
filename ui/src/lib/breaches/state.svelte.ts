// What outlives a visit to the form or the detail: the list's search, filters and order, and the clock the
// countdowns read.

import { initialBreachList, type BreachListState } from './list';

export const breaches = $state<{ list: BreachListState }>({ list: initialBreachList() });

/**
 * One clock for every countdown on screen, ticking once a second while at least one countdown is shown. Each
 * countdown subtracts the seconds elapsed since its data arrived from the core's `remaining_seconds`.
 */
class Ticker {
  now = $state(Date.now());
  #users = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Starts ticking for one more user; returns the function that lets go. */
  use(): () => void {
    this.#users += 1;
    if (this.#timer === undefined) {
      this.now = Date.now();
      this.#timer = setInterval(() => (this.now = Date.now()), 1000);
    }
    return () => {
      this.#users -= 1;
      if (this.#users === 0 && this.#timer !== undefined) {
        clearInterval(this.#timer);
        this.#timer = undefined;
      }
    };
  }
}

export const ticker = new Ticker();
