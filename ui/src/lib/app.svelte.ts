// The state the whole window shares: the organisation, the app's facts, where the user is, and the banner.

import { vocab } from './vocab.svelte';
import { api, onNotInitialised, toFailure, type AppInfo, type StoreStatus } from './api';
import type { Org } from './bindings';
import { countries } from './countries.svelte';
import { setLang, t } from './i18n';
import { formatRoute, hasUnsavedChanges, HOME, parseRoute, sameRoute, type Route } from './router';

export type BannerKind = 'success' | 'error';

export type Banner = {
  kind: BannerKind;
  message: string;
  /** A file the app saved, with an Open button. */
  path?: string;
  /** Increases with every banner so the view can tell a repeated message from the same one. */
  serial: number;
};

/**
 * `locked`: the database is encrypted and waits for its passphrase. `problem`: it could not be opened (damaged,
 * newer, busy, foreign, missing, unreadable). `failed`: anything else went wrong while reading what the window needs.
 */
export type Phase = 'loading' | 'locked' | 'problem' | 'setup' | 'ready' | 'failed';

class AppState {
  phase = $state<Phase>('loading');
  org = $state<Org | null>(null);
  info = $state<AppInfo | null>(null);
  /** The core's last word on the database: which file, whether it is open, locked or has a problem, its backups. */
  store = $state<StoreStatus | null>(null);
  loadError = $state<string>('');
  route = $state<Route>(HOME);
  banner = $state<Banner | null>(null);
  /** How many side panels are open: while one is, the banner shows inside it, above its scrim. */
  panels = $state(0);
  /** A move away from a form with unsaved changes, waiting for the user to confirm it (`confirmLeave`). */
  leaving = $state<{ go: () => void; stay: () => void } | null>(null);
  #serial = 0;

  /**
   * Asks the core whether the database is open first: an encrypted one waits for its passphrase, one that cannot be
   * opened shows what is wrong. Only an open database goes on to set-up or the register.
   */
  async start(): Promise<void> {
    await this.#load(() => api.storeStatus());
  }

  /** A command unlocked, opened or replaced the database and answered with its status: go on from there. */
  async opened(status: StoreStatus): Promise<void> {
    await this.#load(() => Promise.resolve(status));
  }

  async #load(status: () => Promise<StoreStatus>): Promise<void> {
    this.phase = 'loading';
    this.loadError = '';
    try {
      await this.#show(await status());
    } catch (error) {
      this.#failed(error);
    }
  }

  async #show(status: StoreStatus): Promise<void> {
    this.store = status;
    if (status.state === 'locked') {
      this.phase = 'locked';
      return;
    }
    if (status.state === 'problem') {
      this.phase = 'problem';
      return;
    }
    const [info, org] = await Promise.all([api.appInfo(), api.getOrg(), countries.load(), vocab.load()]);
    this.info = info;
    this.org = org;
    // The window speaks the organisation's language once it is known (the machine's before, on set-up).
    if (org) setLang(org.window_lang);
    this.phase = org ? 'ready' : 'setup';
  }

  #failed(error: unknown): void {
    const failure = toFailure(error);
    if (failure.code === 'not_initialised') {
      this.phase = 'setup';
    } else {
      this.loadError = failure.message;
      this.phase = 'failed';
    }
  }

  /** The core says there is no organisation yet (for instance the database was replaced): back to set-up. */
  needsSetup(): void {
    this.org = null;
    this.phase = 'setup';
  }

  /** The profile was saved: the window switches to its language at once; from set-up, go on to the register. */
  async orgSaved(org: Org): Promise<void> {
    const fromSetup = this.phase !== 'ready';
    setLang(org.window_lang);
    this.org = org;
    this.phase = 'ready';
    // Today depends on the organisation's time zone, which may just have changed.
    try {
      this.info = await api.appInfo();
    } catch {
      // The banner of the save already told the user what matters; the old facts stay shown.
    }
    if (fromSetup) this.go(HOME);
  }

  /**
   * Moves to `route`, asking first when a form on screen has unsaved changes. The banner is about the view left, so
   * it goes, unless `keepBanner`: the action that raised it is the one moving on (a saved form opening its record).
   */
  go(route: Route, keepBanner = false): void {
    if (sameRoute(route, this.route)) return;
    this.leave(() => {
      this.#enter(route, keepBanner);
      const hash = formatRoute(route);
      if (typeof location !== 'undefined' && location.hash !== hash) location.hash = hash;
    });
  }

  /** The address changed (Back, a link): follow it, or put it back if the user keeps their unsaved changes. */
  followHash(): void {
    const route = parseRoute(typeof location === 'undefined' ? '' : location.hash);
    if (sameRoute(route, this.route)) return;
    this.leave(
      () => this.#enter(route, false),
      () => {
        location.hash = formatRoute(this.route);
      },
    );
  }

  /**
   * Runs `go` at once when nothing would be lost, else once the user confirms that the changes may go (`stay` if
   * they keep them). `dirty` is for a dialog that knows its own changes; the default asks every registered form.
   */
  leave(go: () => void, stay: () => void = () => {}, dirty = hasUnsavedChanges()): void {
    if (!dirty) go();
    else this.leaving = { go, stay };
  }

  confirmLeave(): void {
    const pending = this.leaving;
    this.leaving = null;
    pending?.go();
  }

  stayHere(): void {
    const pending = this.leaving;
    this.leaving = null;
    pending?.stay();
  }

  #enter(route: Route, keepBanner: boolean): void {
    if (!keepBanner) this.banner = null;
    this.route = route;
  }

  /** Today in the organisation's zone, as the core computes it; the machine's date until the core has answered. */
  today(): string {
    if (this.info?.today) return this.info.today;
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  success(message: string, path?: string): void {
    this.banner = { kind: 'success', message, path, serial: ++this.#serial };
  }

  error(error: unknown): void {
    const failure = toFailure(error);
    // Work stopped with Cancel is not a failure: it is said plainly, as what the user asked for.
    if (failure.code === 'cancelled') {
      this.banner = { kind: 'success', message: t().shell.stopped, serial: ++this.#serial };
      return;
    }
    this.banner = { kind: 'error', message: failure.message, serial: ++this.#serial };
  }

  /** Runs a print or an export and says in the banner where the file went, or what went wrong. */
  async output(write: () => Promise<string>, message: string): Promise<void> {
    try {
      this.success(message, await write());
    } catch (error) {
      this.error(error);
    }
  }

  dismissBanner(): void {
    this.banner = null;
  }
}

export const app = new AppState();

onNotInitialised(() => app.needsSetup());
