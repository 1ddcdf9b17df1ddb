// What the screens import to talk to the core: the generated typed calls (`commands.ts`, from
// `src-tauri/src/boundary.rs`) and the failure type every call rejects with.

import { commands } from './commands';

export type * from './bindings';
export { ApiFailure, toFailure, onNotInitialised } from './call';

/** Every command the shell exposes, typed from its declaration in `src-tauri/src/boundary.rs`. */
export const api = commands;

export type Api = typeof api;
