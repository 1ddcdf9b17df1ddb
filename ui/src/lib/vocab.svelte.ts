// The core's closed lists with their labels (`vocabularies`), read once when the database opens: the only source
// of the words on menus, filters and badges. A label is in the window's language (`i18n`).

import { api } from './api';
import { lang } from './i18n';
import type { RequestVocabulary, Term, Vocabularies } from './bindings';

/** Every list by name: the general ones and the request ones. */
export type Kind = Exclude<keyof Vocabularies, 'request'> | keyof RequestVocabulary;

/** The window's language (`i18n`): a label read in a template follows a change of it. */
export function windowLang(): 'en' | 'fr' {
  return lang();
}

/** A term's label in the window's language. */
export function termLabel(t: Pick<Term, 'en' | 'fr'>): string {
  return windowLang() === 'fr' ? t.fr : t.en;
}

class Vocabulary {
  terms = $state<Vocabularies | null>(null);
  #loading: Promise<void> | null = null;

  /** Asks the core once; later calls reuse the answer. A failure is retried on the next call. */
  load(): Promise<void> {
    if (this.terms) return Promise.resolve();
    this.#loading ??= api
      .vocabularies()
      .then((v) => {
        this.terms = v;
      })
      .finally(() => {
        this.#loading = null;
      });
    return this.#loading;
  }

  /** Sets the lists directly (component tests, with the fixture recorded from the core). */
  use(v: Vocabularies): void {
    this.terms = v;
  }

  list(kind: Kind): Term[] {
    const v = this.terms;
    if (!v) return [];
    return (kind in v.request ? v.request[kind as keyof RequestVocabulary] : v[kind as Exclude<keyof Vocabularies, 'request'>]) as Term[];
  }

  options(kind: Kind): { value: string; label: string }[] {
    return this.list(kind).map((t) => ({ value: t.code, label: termLabel(t) }));
  }

  /** The label of a code, or the code itself until the vocabulary is known. */
  label(kind: Kind, code: string | null | undefined): string {
    if (!code) return '';
    const t = this.list(kind).find((x) => x.code === code);
    return t ? termLabel(t) : code;
  }

  /** Whether a code belongs to the list. */
  has(kind: Kind, code: string): boolean {
    return this.list(kind).some((t) => t.code === code);
  }
}

export const vocab = new Vocabulary();
