import { describe, expect, it } from 'vitest';
import { DASHBOARD, formatRoute, HOME, parseRoute, type Route } from './router';

describe('routes', () => {
  it('read back what they write', () => {
    const routes: Route[] = [
      { screen: 'subprocessors', view: 'list' },
      { screen: 'subprocessors', view: 'new' },
      { screen: 'subprocessors', view: 'detail', id: 12 },
      { screen: 'subprocessors', view: 'edit', id: 12 },
      { screen: 'breaches', view: 'list' },
      { screen: 'breaches', view: 'new' },
      { screen: 'breaches', view: 'detail', id: 4 },
      { screen: 'breaches', view: 'edit', id: 4 },
      { screen: 'requests', view: 'list' },
      { screen: 'requests', view: 'new' },
      { screen: 'requests', view: 'detail', id: 7 },
      { screen: 'requests', view: 'edit', id: 7 },
      { screen: 'audit' },
      { screen: 'settings' },
      { screen: 'dashboard' },
      { screen: 'deadlines' },
      { screen: 'policies', view: 'list' },
      { screen: 'policies', view: 'detail', id: 3 },
      { screen: 'activities', view: 'list' },
      { screen: 'activities', view: 'processor' },
      { screen: 'activities', view: 'new' },
      { screen: 'activities', view: 'detail', id: 9 },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });

  it('send anything unknown to the register', () => {
    for (const hash of ['#/nowhere', '#/subprocessors/abc', '#/subprocessors/0', '#/subprocessors/-3', '#/subprocessors/99999999999999999']) {
      expect(parseRoute(hash)).toEqual(HOME);
    }
  });

  it('open the dashboard on an empty address', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual(DASHBOARD);
  });
});
