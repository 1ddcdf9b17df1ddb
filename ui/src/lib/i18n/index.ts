// The window's words (issue 13). Every text the window shows comes from `t()`, the message catalogue of the
// current language (`en/`, `fr/`: key for key the same shape); dates, times and numbers from `format.ts`. Changing
// the language in Settings re-renders every text that reads `t()` or a formatter, without a restart.

import { en, type Messages } from './en';
import { fr } from './fr';
import { lang, type WindowLang } from './lang.svelte';

export type { Messages, WindowLang };
export { lang, langOf, locale, setLang } from './lang.svelte';
export * from './format';

const CATALOGUES: Readonly<Record<WindowLang, Messages>> = { en, fr };

/** The messages of the window's language. */
export function t(): Messages {
  return CATALOGUES[lang()];
}

/** The messages of a given language (tests comparing the two). */
export function catalogue(l: WindowLang): Messages {
  return CATALOGUES[l];
}
