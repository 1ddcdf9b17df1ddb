// The window's side of the desktop reminders: a click on a reminder's notification asks the core's shell to bring
// the window forward and sends the record to open (the `reminder-open` event, src-tauri/src/reminders.rs).

import { isTauri } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { Link } from './bindings';
import { openLink } from './deadlines/links';

/** Follows clicks on reminders until the returned function is called; does nothing outside the desktop app. */
export function followReminders(): () => void {
  if (!isTauri()) return () => {};
  let stop: (() => void) | null = null;
  let stopped = false;
  void listen<Link>('reminder-open', (event) => void openLink(event.payload)).then((unlisten) => {
    if (stopped) unlisten();
    else stop = unlisten;
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
