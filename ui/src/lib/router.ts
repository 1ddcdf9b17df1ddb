// Where the user is, kept in the address's hash so that Back works and every screen can be reached directly.

export type Route =
  | { screen: 'subprocessors'; view: 'list' }
  | { screen: 'subprocessors'; view: 'new' }
  | { screen: 'subprocessors'; view: 'detail'; id: number }
  | { screen: 'subprocessors'; view: 'edit'; id: number }
  | { screen: 'breaches'; view: 'list' }
  | { screen: 'breaches'; view: 'new' }
  | { screen: 'breaches'; view: 'detail'; id: number }
  | { screen: 'breaches'; view: 'edit'; id: number }
  | { screen: 'requests'; view: 'list' }
  | { screen: 'requests'; view: 'new' }
  | { screen: 'requests'; view: 'detail'; id: number }
  | { screen: 'requests'; view: 'edit'; id: number }
  | { screen: 'dashboard' }
  | { screen: 'deadlines' }
  | { screen: 'policies'; view: 'list' }
  | { screen: 'policies'; view: 'detail'; id: number }
  | { screen: 'activities'; view: 'list' }
  | { screen: 'activities'; view: 'processor' }
  | { screen: 'activities'; view: 'new' }
  | { screen: 'activities'; view: 'detail'; id: number }
  | { screen: 'audit' }
  | { screen: 'registrations' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

export const HOME: Route = { screen: 'subprocessors', view: 'list' };

/** The first screen once the organisation is set up: what is due (`#/`). */
export const DASHBOARD: Route = { screen: 'dashboard' };

/** A record's number in the address, or NaN. */
function recordId(part: string | undefined): number {
  const id = part !== undefined && /^\d+$/.test(part) ? Number(part) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : NaN;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const [screen, second, third] = parts;
  if (parts.length === 0) return DASHBOARD;
  const id = recordId(second);
  switch (screen) {
    case 'deadlines':
    case 'audit':
    case 'registrations':
    case 'settings':
      return { screen };
    case 'policies':
      return Number.isNaN(id) ? { screen, view: 'list' } : { screen, view: 'detail', id };
    case 'activities':
      if (second === 'new' || second === 'processor') return { screen, view: second };
      return Number.isNaN(id) ? { screen, view: 'list' } : { screen, view: 'detail', id };
    case 'breaches':
    case 'requests':
    case 'subprocessors':
      if (second === 'new') return { screen, view: 'new' };
      if (Number.isNaN(id)) return { screen, view: 'list' };
      return third === 'edit' ? { screen, view: 'edit', id } : { screen, view: 'detail', id };
    default:
      return HOME;
  }
}

export function formatRoute(route: Route): string {
  if (route.screen === 'dashboard') return '#/';
  const base = `#/${route.screen}`;
  if (!('view' in route)) return base;
  switch (route.view) {
    case 'list':
      return base;
    case 'new':
    case 'processor':
      return `${base}/${route.view}`;
    case 'detail':
      return `${base}/${route.id}`;
    case 'edit':
      return `${base}/${route.id}/edit`;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}

// Unsaved changes: every form with edits not saved says so here while it is on screen, and whatever moves the user
// away (a sidebar link, Back, a link, closing a side panel or a dialog) asks `hasUnsavedChanges` first.

type DirtyCheck = () => boolean;
const forms = new Set<DirtyCheck>();

/** Registers a form's "has unsaved changes" question; returns the function that unregisters it. */
export function guardUnsaved(isDirty: DirtyCheck): () => void {
  forms.add(isDirty);
  return () => forms.delete(isDirty);
}

export function hasUnsavedChanges(): boolean {
  return [...forms].some((isDirty) => isDirty());
}
