import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtures } from '../../test/fixtures';
import { type } from '../../test/typing';
import { api } from '../api';
import { app } from '../app.svelte';
import { formatDate } from '../format';
import { appInfo } from '../security/stubs';
import { vocab } from '../vocab.svelte';
import RequestForm from './RequestForm.svelte';

beforeAll(() => vocab.use(fixtures.vocabularies()));
afterEach(() => {
  vi.restoreAllMocks();
  app.info = null;
});

describe('RequestForm', () => {
  it('starts a new request today under the organisation’s regime, sends the rights in the form’s order, and opens it', async () => {
    app.info = appInfo();
    const go = vi.spyOn(app, 'go').mockImplementation(() => {});
    const created = fixtures.requestOpen();
    const add = vi.spyOn(api, 'addRequest').mockResolvedValue(created);
    render(RequestForm, { props: { id: null } });
    expect(document.activeElement?.id).toBe('rq-requester');
    await fireEvent.click(screen.getByTestId('rq-cancel'));
    expect(go).toHaveBeenLastCalledWith({ screen: 'requests', view: 'list' });

    type('rq-requester', 'Jane Doe');
    await fireEvent.click(screen.getByTestId('rq-right-erasure'));
    await fireEvent.click(screen.getByTestId('rq-right-access'));
    await fireEvent.click(screen.getByTestId('rq-save'));
    await waitFor(() => expect(go).toHaveBeenLastCalledWith({ screen: 'requests', view: 'detail', id: created.id }, true));
    expect(add).toHaveBeenCalledWith(
      expect.objectContaining({ requester: 'Jane Doe', rights: ['access', 'erasure'], regime: 'eu-gdpr', received_on: '2026-11-23' }),
    );
    expect(app.banner?.message).toBe(`${created.reference} recorded: due ${formatDate(created.due_on)}.`);
  });
});
