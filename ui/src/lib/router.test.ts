import { describe, expect, it } from 'vitest';
import { formatRoute, HOME, parseRoute, type Route } from './router';

describe('routes', () => {
  it('read back what they write', () => {
    const routes: Route[] = [
      { screen: 'subprocessors', view: 'list' },
      { screen: 'subprocessors', view: 'new' },
      { screen: 'subprocessors', view: 'detail', id: 12 },
      { screen: 'subprocessors', view: 'edit', id: 12 },
      { screen: 'audit' },
      { screen: 'settings' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });

  it('send anything unknown to the register', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/subprocessors/abc', '#/subprocessors/0', '#/subprocessors/-3']) {
      expect(parseRoute(hash)).toEqual(HOME);
    }
  });
});
