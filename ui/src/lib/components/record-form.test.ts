import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../app.svelte';
import { RecordForm } from './record-form.svelte';

type Form = { name: string };
type Stored = { id: number; name: string };

/** A page for a subprocessor, its core answering from `stored` and saving as record 7. */
function page(id: number | null, stored: Stored = { id: 3, name: 'OVH' }) {
  const write = vi.fn(async (form: Form, id: number | null) => ({ id: id ?? 7, message: `${form.name} saved.` }));
  const edit = new RecordForm({
    screen: 'subprocessors',
    id,
    empty: (): Form => ({ name: '' }),
    load: async () => stored,
    fill: (sp: Stored): Form => ({ name: sp.name }),
    first: 'sp-name',
    write,
  });
  return { edit, write };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('a record’s form', () => {
  it('starts a new record empty, in its first field, and saves it before opening it', async () => {
    const go = vi.spyOn(app, 'go').mockImplementation(() => {});
    const success = vi.spyOn(app, 'success').mockImplementation(() => {});
    document.body.innerHTML = '<input id="sp-name">';
    const { edit, write } = page(null);
    edit.open();
    expect(document.activeElement?.id).toBe('sp-name');
    expect([edit.editing, edit.dirty]).toEqual([false, false]);

    edit.form.name = 'Hetzner';
    expect(edit.dirty).toBe(true);
    await edit.save();
    expect(write).toHaveBeenCalledWith({ name: 'Hetzner' }, null);
    expect(edit.dirty).toBe(false);
    expect(success).toHaveBeenCalledWith('Hetzner saved.');
    expect(go).toHaveBeenCalledWith({ screen: 'subprocessors', view: 'detail', id: 7 }, true);
  });

  it('fills an edited record from the core, with nothing unsaved, and goes back to it on cancel', async () => {
    const go = vi.spyOn(app, 'go').mockImplementation(() => {});
    const { edit } = page(3);
    edit.open();
    await vi.waitFor(() => expect(edit.form).toEqual({ name: 'OVH' }));
    expect([edit.editing, edit.dirty, edit.record.value?.id]).toEqual([true, false, 3]);
    edit.cancel();
    expect(go).toHaveBeenCalledWith({ screen: 'subprocessors', view: 'detail', id: 3 });
  });

  it('goes back to the list from a new record, and forgets the core’s message about a field once it changes', () => {
    const go = vi.spyOn(app, 'go').mockImplementation(() => {});
    const { edit } = page(null);
    edit.errors = { byField: { name: 'Name is required' }, summary: [] };
    edit.clear('name');
    expect(edit.errors.byField).toEqual({});
    edit.cancel();
    expect(go).toHaveBeenCalledWith({ screen: 'subprocessors', view: 'list' });
  });
});
