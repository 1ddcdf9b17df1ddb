import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import type { ColumnUse, ImportPlan } from '../bindings';
import { fixtures } from '../../test/fixtures';
import { invalid } from '../../test/failures';
import { vocab } from '../vocab.svelte';
import ImportDialog from './ImportDialog.svelte';

beforeEach(() => vocab.use(fixtures.vocabularies()));
afterEach(() => vi.restoreAllMocks());

const columns: ColumnUse[] = [
  { column: 'Prestataire', letter: 'A', field: 'name', also: null, how: 'recognised' },
  { column: 'Objet', letter: 'B', field: 'purpose', also: 'service', how: 'recognised' },
  { column: 'Responsable interne', letter: 'C', field: null, also: null, how: 'ignored' },
];

function open(plan: Promise<ImportPlan>) {
  vi.spyOn(api, 'importFields').mockResolvedValue(['name', 'service', 'purpose', 'notes']);
  const read = vi.spyOn(api, 'importColumns').mockResolvedValue(columns);
  const preview = vi.spyOn(api, 'previewImport').mockReturnValue(plan);
  render(ImportDialog, { props: { fileName: 'vendors.ods', content: [1, 2, 3], oncancel: () => {}, ondone: () => {} } });
  return { read, preview };
}

describe('ImportDialog', () => {
  it('shows how each column is read, the stand-in and the column left out, before the rows', async () => {
    const plan = { columns, ignored: ['Responsable interne'], rows: [], added: 0, updated: 0, unchanged: 0 } as ImportPlan;
    const { read, preview } = open(Promise.resolve(plan));
    await screen.findByTestId('import-columns');
    expect(read).toHaveBeenCalledWith([1, 2, 3], []);
    await waitFor(() => expect(preview).toHaveBeenCalledWith([1, 2, 3], []));
    const selects = screen.getAllByTestId(/^import-column-[A-C]$/) as HTMLSelectElement[];
    await waitFor(() => expect(selects.map((s) => s.value)).toEqual(['name', 'purpose', 'ignore']));
    expect(screen.getByText(/also fills Service/)).toBeTruthy();
    expect((await screen.findByTestId('import-ignored')).textContent).toBe('Not imported: Responsable interne.');
  });

  it('keeps the mapping step beside the problems when no column is the name, so that the user can fix it there', async () => {
    open(Promise.reject(invalid({ 'line 1, Name': "no column is the subprocessor's name, which rows are matched by" })));
    await screen.findByTestId('import-errors');
    expect(screen.getByTestId('import-columns').hasAttribute('open')).toBe(true);
    expect(screen.getByTestId('import-column-A')).toBeTruthy();
  });
});
