// The page that adds a record or edits a stored one (a subprocessor, a request, a breach): the fields as typed, the
// core's refusal, whether anything is unsaved, and the ways out (back where the user came from, or on to the record
// once the core has saved it). The page lays out the fields; this keeps what every such page does alike.

import { app } from '../app.svelte';
import { fingerprint, noErrors, withoutError, type FormErrors } from '../forms';
import { Load } from './query.svelte';

/** The screens whose records have a page of their own and a page to add or edit one. */
type RecordScreen = 'subprocessors' | 'requests' | 'breaches';

export type RecordFormSpec<F, V> = {
  screen: RecordScreen;
  /** The record edited; null for a new one. */
  id: number | null;
  /** A new record's form. */
  empty: () => F;
  /** The stored record, asked for when the page opens, and the form that shows it. */
  load: (id: number) => Promise<V>;
  fill: (record: V) => F;
  /** The control a new record's form starts in. */
  first: string;
  /** Adds the record (`id` null) or saves its changes; the saved record's id and the banner's sentence. */
  write: (form: F, id: number | null) => Promise<{ id: number; message: string }>;
};

export class RecordForm<F, V> {
  form = $state() as F;
  errors = $state<FormErrors>(noErrors());
  readonly id: number | null;
  readonly record: Load<V>;
  /** What the form held when it was last loaded or saved. */
  #saved = $state('');
  readonly #spec: RecordFormSpec<F, V>;

  constructor(spec: RecordFormSpec<F, V>) {
    this.#spec = spec;
    this.id = spec.id;
    this.form = spec.empty();
    this.#saved = fingerprint(this.form);
    this.record = new Load(() => spec.load(spec.id!));
  }

  get editing(): boolean {
    return this.id !== null;
  }

  /** Whether the form holds changes not saved: leaving the page then asks first. */
  get dirty(): boolean {
    return fingerprint(this.form) !== this.#saved;
  }

  /** For the page's mounting: fills the form from the stored record, or puts the cursor in a new one's first field. */
  open(): void {
    if (this.id !== null)
      void this.record.run((stored) => {
        this.form = this.#spec.fill(stored);
        this.#saved = fingerprint(this.form);
      });
    else document.getElementById(this.#spec.first)?.focus();
  }

  /** The user changed a field: the core's message about it no longer applies. */
  clear = (field: keyof F & string): void => {
    this.errors = withoutError(this.errors, field);
  };

  /** Back to the record edited, or to the list from a new one. */
  cancel = (): void => {
    const { screen } = this.#spec;
    if (this.id !== null) app.go({ screen, view: 'detail', id: this.id });
    else app.go({ screen, view: 'list' });
  };

  /** Sends the form to the core (a refusal is the caller's to show); once saved, says so and opens the record. */
  save = async (): Promise<void> => {
    const done = await this.#spec.write(this.form, this.id);
    this.#saved = fingerprint(this.form);
    app.success(done.message);
    app.go({ screen: this.#spec.screen, view: 'detail', id: done.id }, true);
  };
}
