// The request list's search and filters outlive a visit to the form, and the vocabularies are read once.

import { api } from '../api';
import type { RequestVocabulary, Term } from '../bindings';
import { initialList, type RqListState } from './list';

export const requests = $state<{ list: RqListState }>({ list: initialList() });

/** Set by a "purge due" deadline on the way to Settings: the purge section opens its preview when it sees it. */
export const purge = $state<{ requested: boolean }>({ requested: false });

type Kind = keyof RequestVocabulary;

class Vocabulary {
  terms = $state<RequestVocabulary | null>(null);
  #loading: Promise<void> | null = null;

  /** Asks the core once; later calls reuse the answer. A failure is retried on the next call. */
  load(): Promise<void> {
    if (this.terms) return Promise.resolve();
    this.#loading ??= api
      .requestVocabulary()
      .then((v) => {
        this.terms = v;
      })
      .finally(() => {
        this.#loading = null;
      });
    return this.#loading;
  }

  list(kind: Kind): Term[] {
    return this.terms?.[kind] ?? [];
  }

  options(kind: Kind): { value: string; label: string }[] {
    return this.list(kind).map((t) => ({ value: t.code, label: t.en }));
  }

  /** The English label of a code, or the code itself until the vocabulary is known. */
  label(kind: Kind, code: string | null | undefined): string {
    if (!code) return '';
    return this.list(kind).find((t) => t.code === code)?.en ?? code;
  }
}

export const vocab = new Vocabulary();
