import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiFailure } from '../api';
import { app } from '../app.svelte';
import { setLang } from '../i18n';
import { vocab } from '../vocab.svelte';
import { fixtures } from '../../test/fixtures';
import EvidenceSection from './EvidenceSection.svelte';

beforeEach(() => {
  vocab.use(fixtures.vocabularies());
  app.banner = null;
});

afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

/** Chooses files in the section's file input, as the picker does. */
function choose(files: File[]): void {
  const input = screen.getByTestId('evidence-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  void fireEvent.change(input);
}

describe('EvidenceSection', () => {
  it('lists the kept files with kind, size, who and when in the organisation’s zone, and the full hash', async () => {
    vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceSubprocessor());
    render(EvidenceSection, { entity: 'subprocessor', id: 1 });
    const row = await screen.findByTestId('evidence-row');
    const ev = fixtures.evidenceSubprocessor();
    const kept = ev.kept[0];
    expect(row.textContent).toContain('OVHcloud DPA signed.pdf');
    expect(within(row).getByTestId('evidence-row-kind').textContent).toBe('Contract');
    expect(row.textContent).toContain(ev.local[kept.added_at]?.slice(0, 4));
    expect(row.textContent).toContain(kept.added_by);
    expect(within(row).getByTestId('evidence-sha256').getAttribute('title')).toBe(kept.sha256);
    // New files take the record's default kind; the removed certificate keeps its hash and reason.
    expect((screen.getByTestId('evidence-kind') as HTMLSelectElement).value).toBe('contract');
    expect(screen.getByTestId('evidence-removed').textContent).toContain('expired; the 2026 certificate replaces it');
    expect(screen.queryByTestId('evidence-identity-offer')).toBeNull();
  });

  it('sends a chosen file as base64 with the chosen kind, and says it is kept', async () => {
    vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceEmpty());
    const attach = vi.spyOn(api, 'attachFile').mockResolvedValue(fixtures.evidenceSubprocessor());
    render(EvidenceSection, { entity: 'breach', id: 1 });
    await screen.findByTestId('evidence-none');
    const kind = screen.getByTestId('evidence-kind') as HTMLSelectElement;
    expect(kind.value).toBe('evidence');
    kind.value = 'correspondence';
    await fireEvent.change(kind);
    choose([new File([new Uint8Array([0, 255, 1, 254])], 'receipt.pdf')]);
    await waitFor(() => expect(attach).toHaveBeenCalledTimes(1));
    expect(attach).toHaveBeenCalledWith('breach', 1, 'receipt.pdf', 'AP8B/g==', 'correspondence');
    await screen.findByTestId('evidence-row');
    expect(app.banner?.message).toBe('receipt.pdf is kept with this record.');
  });

  /** Chooses a file of `size` bytes on a breach whose limit is 1 MB: the refusal shown and the attach spy. */
  async function overTheLimit(name: string, size: number): Promise<{ error: HTMLElement; attach: ReturnType<typeof vi.spyOn> }> {
    const ev = fixtures.evidenceEmpty();
    ev.limit_bytes = 1024 * 1024;
    vi.spyOn(api, 'evidence').mockResolvedValue(ev);
    const attach = vi.spyOn(api, 'attachFile');
    render(EvidenceSection, { entity: 'breach', id: 1 });
    await screen.findByTestId('evidence-none');
    choose([new File([new Uint8Array(size)], name)]);
    return { error: await screen.findByTestId('evidence-error'), attach };
  }

  it('refuses a file over the limit before reading it, naming the limit, and sends nothing', async () => {
    const { error, attach } = await overTheLimit('forensics.zip', 2 * 1024 * 1024);
    expect(error.textContent).toContain('forensics.zip is 2 MB, above the limit of 1 MB per file');
    expect(attach).not.toHaveBeenCalled();
  });

  it('gives the sizes in bytes when a file is just over the limit and both would read the same', async () => {
    const { error, attach } = await overTheLimit('scan.pdf', 1024 * 1024 + 10);
    expect(error.textContent).toContain('scan.pdf is 1048586 bytes, above the limit of 1048576 bytes per file');
    expect(attach).not.toHaveBeenCalled();
  });

  it('shows the core’s refusal under the drop zone, with the file named', async () => {
    vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceSubprocessor());
    vi.spyOn(api, 'attachFile').mockRejectedValue(
      new ApiFailure({ code: 'invalid', message: 'file: is already attached', fields: [{ field: 'file', reason: "is already attached to this record as 'OVHcloud DPA signed.pdf' (attachment 1): the same file is kept once" }] }),
    );
    render(EvidenceSection, { entity: 'subprocessor', id: 1 });
    await screen.findByTestId('evidence-row');
    choose([new File(['same bytes'], 'copy.pdf')]);
    const error = await screen.findByTestId('evidence-error');
    expect(error.textContent).toBe("copy.pdf is already attached to this record as 'OVHcloud DPA signed.pdf' (attachment 1): the same file is kept once");
  });

  it('removes a file only with a reason, and shows the section the core sends back', async () => {
    vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceSubprocessor());
    const after = fixtures.evidenceSubprocessor();
    after.removed.unshift({ ...after.kept[0], removed_at: after.kept[0].added_at, removed_by: 'camille', removed_reason: 'Superseded by the 2027 DPA' });
    after.kept = [];
    const remove = vi.spyOn(api, 'removeAttachment').mockResolvedValue(after);
    render(EvidenceSection, { entity: 'subprocessor', id: 1 });
    await fireEvent.click(await screen.findByTestId('evidence-remove'));
    await fireEvent.input(screen.getByTestId('evidence-reason'), { target: { value: 'Superseded by the 2027 DPA' } });
    await fireEvent.click(screen.getByTestId('evidence-remove-confirm'));
    await waitFor(() => expect(remove).toHaveBeenCalledWith(1, 'Superseded by the 2027 DPA'));
    await waitFor(() => expect(screen.queryByTestId('evidence-row')).toBeNull());
    expect(screen.getByTestId('evidence-removed').textContent).toContain('Superseded by the 2027 DPA');
  });

  it('offers to delete identity evidence once identity is verified, and not before', async () => {
    const spy = vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceRequestUnverified());
    const view = render(EvidenceSection, { entity: 'request', id: 4, version: 0 });
    await screen.findByTestId('evidence-row');
    expect(screen.queryByTestId('evidence-identity-offer')).toBeNull();

    // A step taken on the request: the section asks again.
    spy.mockResolvedValue(fixtures.evidenceRequestVerified());
    await view.rerender({ entity: 'request', id: 4, version: 1 });
    const offer = await screen.findByTestId('evidence-identity-offer');
    expect(offer.textContent).toContain('Identity was verified on 20 Nov 2026');
    const after = fixtures.evidenceRequestVerified();
    after.removed = after.kept;
    after.kept = [];
    after.identity_offer = null;
    const del = vi.spyOn(api, 'removeIdentityEvidence').mockResolvedValue(after);
    await fireEvent.click(screen.getByTestId('evidence-identity-delete'));
    await fireEvent.click(screen.getByTestId('evidence-identity-confirm'));
    await waitFor(() => expect(del).toHaveBeenCalledWith(4));
    await waitFor(() => expect(screen.queryByTestId('evidence-identity-offer')).toBeNull());
    expect(app.banner?.message).toBe('1 file of identity evidence deleted; the verification stays recorded.');
  });

  it('keeps the drop zone lit while a file is dragged over its children, and only until it leaves the zone', async () => {
    vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceEmpty());
    render(EvidenceSection, { entity: 'breach', id: 1 });
    const zone = await screen.findByTestId('evidence-drop');
    const button = screen.getByTestId('evidence-choose');
    const files = { dataTransfer: { types: ['Files'], dropEffect: 'none' } };
    await fireEvent.dragEnter(zone, files);
    expect(zone.classList.contains('over')).toBe(true);
    // Onto the button inside: enter comes before the zone's leave.
    await fireEvent.dragEnter(button, files);
    await fireEvent.dragLeave(zone, files);
    expect(zone.classList.contains('over')).toBe(true);
    expect(screen.getByTestId('evidence-choose')).toBe(button);
    await fireEvent.dragLeave(button, files);
    expect(zone.classList.contains('over')).toBe(false);
  });

  it('takes no file on a request the retention purge has pseudonymised, and says why', async () => {
    const ev = fixtures.evidenceRequestUnverified();
    ev.removed = ev.kept.map((a, i) => ({ ...a, name: `file ${i + 1} (purged)`, removed_at: a.added_at, removed_by: 'camille', removed_reason: 'purged' }));
    ev.kept = [];
    ev.accepts_files = false;
    vi.spyOn(api, 'evidence').mockResolvedValue(ev);
    render(EvidenceSection, { entity: 'request', id: 4 });
    expect((await screen.findByTestId('evidence-closed')).textContent).toContain('pseudonymised by the retention purge');
    expect(screen.queryByTestId('evidence-file-input')).toBeNull();
    expect(screen.getByTestId('evidence-removed').textContent).toContain('file 1 (purged)');
  });

  it('speaks French in a French window', async () => {
    setLang('fr');
    vi.spyOn(api, 'evidence').mockResolvedValue(fixtures.evidenceRequestVerified());
    render(EvidenceSection, { entity: 'request', id: 4 });
    const offer = await screen.findByTestId('evidence-identity-offer');
    expect(offer.textContent).toContain('L’identité a été vérifiée le 20 novembre 2026');
    expect(screen.getByTestId('evidence-row-kind').textContent).toBe("Justificatif d'identité");
    expect(screen.getByTestId('evidence-open').textContent).toBe('Ouvrir');
  });
});
