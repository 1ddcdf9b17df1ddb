// Where the user is, kept in the address's hash so that Back works and every screen can be reached directly.

export type Route =
  | { screen: 'subprocessors'; view: 'list' }
  | { screen: 'subprocessors'; view: 'new' }
  | { screen: 'subprocessors'; view: 'detail'; id: number }
  | { screen: 'subprocessors'; view: 'edit'; id: number }
  | { screen: 'audit' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

export const HOME: Route = { screen: 'subprocessors', view: 'list' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const [screen, second, third] = parts;
  switch (screen) {
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
