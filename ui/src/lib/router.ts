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
  | { screen: 'audit' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

export const HOME: Route = { screen: 'subprocessors', view: 'list' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const [screen, second, third] = parts;
  switch (screen) {
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
