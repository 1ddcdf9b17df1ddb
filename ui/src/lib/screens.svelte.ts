// The window's screens, each built into a file of its own and loaded the first time it is opened: the window starts
// with the shell alone, and a screen never opened costs nothing. A screen once loaded is kept, so going back to it is
// immediate; one that failed to load is asked for again on the next try.

import type { Component, ComponentProps } from 'svelte';

// A screen takes its own props; the shell passes each the ones it declares, so the type says nothing of them.
export type ScreenComponent = Component<any>;
type Loader = () => Promise<{ default: ScreenComponent }>;

/** Loads screens by name, once each, and tells which are ready (a reactive answer, read while rendering). */
export function screenLoader<N extends string>(loaders: Record<N, Loader>) {
  const ready = $state<Partial<Record<N, ScreenComponent>>>({});
  const pending = new Map<N, Promise<ScreenComponent>>();
  return {
    /** The screen, if it is loaded. */
    ready(name: N): ScreenComponent | undefined {
      return ready[name];
    },
    /** Loads the screen (once, however many ask at the same time); a failure is forgotten so that a retry asks again. */
    load(name: N): Promise<ScreenComponent> {
      const known = ready[name];
      if (known) return Promise.resolve(known);
      let asked = pending.get(name);
      if (!asked) {
        asked = loaders[name]().then(
          (m) => {
            pending.delete(name);
            ready[name] = m.default;
            return m.default;
          },
          (e: unknown) => {
            pending.delete(name);
            throw e;
          },
        );
        pending.set(name, asked);
      }
      return asked;
    },
  };
}

const LOADERS = {
  dashboard: () => import('./dashboard/Dashboard.svelte'),
  deadlines: () => import('./deadlines/DeadlinesScreen.svelte'),
  register: () => import('./subprocessors/Register.svelte'),
  subprocessorForm: () => import('./subprocessors/SubprocessorForm.svelte'),
  breachList: () => import('./breaches/BreachList.svelte'),
  breachDetail: () => import('./breaches/BreachDetail.svelte'),
  breachForm: () => import('./breaches/BreachForm.svelte'),
  requestList: () => import('./requests/RequestList.svelte'),
  requestForm: () => import('./requests/RequestForm.svelte'),
  policies: () => import('./policies/PoliciesScreen.svelte'),
  activities: () => import('./activities/ActivitiesScreen.svelte'),
  activityForm: () => import('./activities/ActivityForm.svelte'),
  audit: () => import('./audit/AuditView.svelte'),
  settings: () => import('./org/SettingsScreen.svelte'),
  registrations: () => import('./org/RegistrationsScreen.svelte'),
  setup: () => import('./setup/SetupScreen.svelte'),
  unlock: () => import('./security/UnlockScreen.svelte'),
  problem: () => import('./security/ProblemScreen.svelte'),
};

export const screens = screenLoader(LOADERS);

export type ScreenName = keyof typeof LOADERS;

export const SCREEN_NAMES = Object.keys(LOADERS) as ScreenName[];

/** The props a screen declares, so that the shell is checked against each screen as if it imported it. */
export type ScreenProps<N extends ScreenName> = ComponentProps<Awaited<ReturnType<(typeof LOADERS)[N]>>['default']>;
