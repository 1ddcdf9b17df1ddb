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
  | { screen: 'settings' };

export type Screen = Route['screen'];

export const HOME: Route = { screen: 'subprocessors', view: 'list' };

/** The first screen once the organisation is set up: what is due (`#/`). */
export const DASHBOARD: Route = { screen: 'dashboard' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const [screen, second, third] = parts;
  if (parts.length === 0) return DASHBOARD;
  switch (screen) {
    case 'deadlines':
      return { screen: 'deadlines' };
    case 'policies': {
      const id = second !== undefined && /^\d+$/.test(second) ? Number(second) : NaN;
      if (Number.isSafeInteger(id) && id > 0) return { screen: 'policies', view: 'detail', id };
      return { screen: 'policies', view: 'list' };
    }
    case 'breaches': {
      if (second === 'new') return { screen: 'breaches', view: 'new' };
      const id = second !== undefined && /^\d+$/.test(second) ? Number(second) : NaN;
      if (Number.isSafeInteger(id) && id > 0) {
        return third === 'edit' ? { screen: 'breaches', view: 'edit', id } : { screen: 'breaches', view: 'detail', id };
      }
      return { screen: 'breaches', view: 'list' };
    }
    case 'requests': {
      if (second === 'new') return { screen: 'requests', view: 'new' };
      const id = second !== undefined && /^\d+$/.test(second) ? Number(second) : NaN;
      if (Number.isSafeInteger(id) && id > 0) {
        return third === 'edit' ? { screen: 'requests', view: 'edit', id } : { screen: 'requests', view: 'detail', id };
      }
      return { screen: 'requests', view: 'list' };
    }
    case 'activities': {
      if (second === 'new') return { screen: 'activities', view: 'new' };
      if (second === 'processor') return { screen: 'activities', view: 'processor' };
      const id = second !== undefined && /^\d+$/.test(second) ? Number(second) : NaN;
      if (Number.isSafeInteger(id) && id > 0) return { screen: 'activities', view: 'detail', id };
      return { screen: 'activities', view: 'list' };
    }
    case 'audit':
      return { screen: 'audit' };
    case 'settings':
      return { screen: 'settings' };
    case 'subprocessors': {
      if (second === 'new') return { screen: 'subprocessors', view: 'new' };
      const id = second !== undefined && /^\d+$/.test(second) ? Number(second) : NaN;
      if (Number.isSafeInteger(id) && id > 0) {
        return third === 'edit' ? { screen: 'subprocessors', view: 'edit', id } : { screen: 'subprocessors', view: 'detail', id };
      }
      return HOME;
    }
    default:
      return HOME;
  }
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'dashboard':
      return '#/';
    case 'deadlines':
      return '#/deadlines';
    case 'policies':
      return route.view === 'detail' ? `#/policies/${route.id}` : '#/policies';
    case 'breaches':
      switch (route.view) {
        case 'list':
          return '#/breaches';
        case 'new':
          return '#/breaches/new';
        case 'detail':
          return `#/breaches/${route.id}`;
        case 'edit':
          return `#/breaches/${route.id}/edit`;
      }
    case 'requests':
      switch (route.view) {
        case 'list':
          return '#/requests';
        case 'new':
          return '#/requests/new';
        case 'detail':
          return `#/requests/${route.id}`;
        case 'edit':
          return `#/requests/${route.id}/edit`;
      }
    case 'activities':
      switch (route.view) {
        case 'list':
          return '#/activities';
        case 'processor':
          return '#/activities/processor';
        case 'new':
          return '#/activities/new';
        case 'detail':
          return `#/activities/${route.id}`;
      }
    case 'audit':
      return '#/audit';
    case 'settings':
      return '#/settings';
    case 'subprocessors':
      switch (route.view) {
        case 'list':
          return '#/subprocessors';
        case 'new':
          return '#/subprocessors/new';
        case 'detail':
          return `#/subprocessors/${route.id}`;
        case 'edit':
          return `#/subprocessors/${route.id}/edit`;
      }
  }
}
