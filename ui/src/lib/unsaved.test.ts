import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from './api';
import { app } from './app.svelte';
import type { Customer, PolicyView } from './bindings';
import UnsavedDialog from './components/UnsavedDialog.svelte';
import Customers from './policies/Customers.svelte';
import PolicyList from './policies/PolicyList.svelte';
import { guardUnsaved, hasUnsavedChanges } from './router';
import { type } from '../test/typing';

// A form with changes not saved asks before the user moves away: every move goes through `app.go`, `followHash`
// or `app.leave`, which ask the forms registered in router.ts.

const SETTINGS = { screen: 'settings' } as const;
const DASHBOARD = { screen: 'dashboard' } as const;

beforeEach(() => {
  app.leaving = null;
  app.go(SETTINGS);
});
afterEach(() => vi.restoreAllMocks());

describe('the unsaved-changes guard', () => {
  it('asks the registered forms, and forgets a form once it is gone', () => {
    let dirty = false;
    const unregister = guardUnsaved(() => dirty);
    expect(hasUnsavedChanges()).toBe(false);
    dirty = true;
    expect(hasUnsavedChanges()).toBe(true);
    unregister();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('holds a move away from a dirty form until the user confirms it, and stays when they keep editing', () => {
    let dirty = true;
    const unregister = guardUnsaved(() => dirty);
    app.go(DASHBOARD);
    expect(app.route).toEqual(SETTINGS);
    expect(app.leaving).not.toBeNull();
    app.stayHere();
    expect(app.route).toEqual(SETTINGS);
    expect(app.leaving).toBeNull();

    app.go(DASHBOARD);
    app.confirmLeave();
    expect(app.route).toEqual(DASHBOARD);
    dirty = false;
    unregister();
  });

  it('puts the address back when Back is pressed on a dirty form and the user stays', () => {
    location.hash = '#/settings';
    const unregister = guardUnsaved(() => true);
    location.hash = '#/audit';
    app.followHash();
    expect(app.route).toEqual(SETTINGS);
    app.stayHere();
    expect(location.hash).toBe('#/settings');
    unregister();
  });

  it('asks in a dialog that discards the changes only when told to', async () => {
    render(UnsavedDialog);
    const go = vi.fn();
    app.leave(go, () => {}, true);
    await waitFor(() => expect(screen.getByTestId('leave-dialog')).toBeTruthy());
    expect(go).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('leave-confirm'));
    await waitFor(() => expect(go).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByTestId('leave-dialog')).toBeNull());
  });

  it('guards a form the user typed into, not one left as it opened', async () => {
    vi.spyOn(api, 'listCustomers').mockResolvedValue([]);
    render(Customers);
    await fireEvent.click(await screen.findByTestId('customer-add'));
    expect(hasUnsavedChanges()).toBe(false);
    type('customer-name', 'Acme SAS');
    await waitFor(() => expect(hasUnsavedChanges()).toBe(true));
    app.go(DASHBOARD);
    expect(app.route).toEqual(SETTINGS);
    expect(app.leaving).not.toBeNull();
    app.stayHere();
  });

  it('lets a saved form move on to its record without asking, with its banner', async () => {
    vi.spyOn(api, 'listPolicies').mockResolvedValue([]);
    vi.spyOn(api, 'listPolicyChanges').mockResolvedValue([]);
    vi.spyOn(api, 'addPolicy').mockResolvedValue({ id: 7, title: 'Privacy policy' } as PolicyView);
    app.go({ screen: 'policies', view: 'list' });
    render(PolicyList);
    await fireEvent.click(await screen.findByTestId('pol-add'));
    type('pol-title', 'Privacy policy');
    await waitFor(() => expect(hasUnsavedChanges()).toBe(true));
    await fireEvent.click(screen.getByTestId('pol-save'));
    await waitFor(() => expect(app.route).toEqual({ screen: 'policies', view: 'detail', id: 7 }));
    expect(app.leaving).toBeNull();
    expect(app.banner?.message).toMatch(/^Privacy policy added/);
  });
});

describe('the banner', () => {
  it('goes when the view changes, and stays on the record a saved form opens', () => {
    app.success('Register exported as CSV.', '/tmp/out/register.csv');
    app.go(DASHBOARD);
    expect(app.banner).toBeNull();
    app.success('Saved.');
    app.go(SETTINGS, true);
    expect(app.banner?.message).toBe('Saved.');
    app.dismissBanner();
  });
});

// Keeps the type of a customer in use for the stub above.
export type { Customer };
