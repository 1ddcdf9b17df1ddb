// The one place where the window talks to the shell. Every failure comes out as an `ApiFailure` carrying the
// core's `ApiError`, so screens never see raw rejections. The typed calls themselves are generated (`commands.ts`).

import { Channel, invoke, isTauri } from '@tauri-apps/api/core';
import type { ApiError, ErrorCode, FieldError, ProgressStep } from './bindings';
import { t } from './i18n';
import { progress } from './progress.svelte';

const CODES: readonly ErrorCode[] = ['invalid', 'not_initialised', 'failed', 'cancelled'];

/** A command that failed, with the core's error: its code, message and the fields it names. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.fields = error.fields;
  }

  get apiError(): ApiError {
    return { code: this.code, message: this.message, fields: this.fields };
  }
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.reason === 'string';
}

/** Turns whatever a command rejected with into an `ApiFailure`; anything not shaped like `ApiError` is `failed`. */
export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (typeof error === 'object' && error !== null) {
    const e = error as Record<string, unknown>;
    if (typeof e.code === 'string' && (CODES as readonly string[]).includes(e.code) && typeof e.message === 'string') {
      const fields = Array.isArray(e.fields) ? e.fields.filter(isFieldError) : [];
      return new ApiFailure({ code: e.code as ErrorCode, message: e.message, fields });
    }
    if (error instanceof Error) return new ApiFailure({ code: 'failed', message: error.message, fields: [] });
  }
  const message = typeof error === 'string' && error.trim() !== '' ? error : t().shell.somethingWrong;
  return new ApiFailure({ code: 'failed', message, fields: [] });
}

type Listener = () => void;
const notInitialisedListeners = new Set<Listener>();

/** Called whenever a command answers `not_initialised`, so the app can send the user to the set-up form. */
export function onNotInitialised(listener: Listener): () => void {
  notInitialisedListeners.add(listener);
  return () => notInitialisedListeners.delete(listener);
}

/** Whether the page runs in the Tauri window, the only place the core answers. */
function inWindow(): boolean {
  return isTauri() || (typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window);
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    if (!inWindow()) {
      throw new ApiFailure({ code: 'failed', message: t().shell.notInWindow(command), fields: [] });
    }
    return await invoke<T>(command, args);
  } catch (error) {
    const failure = toFailure(error);
    if (failure.code === 'not_initialised') notInitialisedListeners.forEach((l) => l());
    throw failure;
  }
}

/** A long command: the core reports its steps through a channel to the progress bar, which offers Cancel while
 * stopping changes nothing. The window stays usable meanwhile (the work runs off its main thread). */
export async function callLong<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  if (!inWindow()) return call<T>(command, args);
  const job = progress.begin(command);
  const channel = new Channel<ProgressStep>();
  channel.onmessage = (step) => progress.update(job, step);
  try {
    return await call<T>(command, { ...args, onProgress: channel });
  } finally {
    progress.end(job);
  }
}
