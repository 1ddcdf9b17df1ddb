// What Settings knows about encryption and backups: read when Settings opens, and replaced by the answer of every
// command that changes it, so the security and backup sections always show the same status.

import { api, toFailure, type SecurityStatus } from '../api';

class Security {
  status = $state<SecurityStatus | null>(null);
  error = $state('');
  #loading: Promise<void> | null = null;

  /** Reads the status from the core; sections that ask at the same moment share one call. */
  load(): Promise<void> {
    this.#loading ??= api
      .securityStatus()
      .then((s) => {
        this.status = s;
        this.error = '';
      })
      .catch((e: unknown) => {
        this.error = toFailure(e).message;
      })
      .finally(() => {
        this.#loading = null;
      });
    return this.#loading;
  }
}

export const security = new Security();
