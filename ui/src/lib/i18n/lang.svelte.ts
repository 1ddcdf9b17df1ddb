// The window's language (issue 13): the organisation's `window_lang` once the profile is known, the machine's
// language before (the unlock and set-up screens). Reading it in a template or `$derived` re-renders on a change.

export type WindowLang = 'en' | 'fr';

/** The regional form whose conventions each language writes numbers and dates with. */
const LOCALES: Readonly<Record<WindowLang, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** French when the text says so ("fr", "fr-FR", "fr_CA.UTF-8"), English otherwise. */
export function langOf(text: string | null | undefined): WindowLang {
  return (text ?? '').trim().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function machineLang(): WindowLang {
  return langOf(typeof navigator === 'undefined' ? '' : navigator.language);
}

class Language {
  current = $state<WindowLang>(machineLang());
}

const language = new Language();

/** The window's language now. */
export function lang(): WindowLang {
  return language.current;
}

/** Switches the whole window to a language: every text and formatter follows, the page's `lang` with them. */
export function setLang(next: WindowLang): void {
  language.current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** The locale whose conventions the window's language writes with ("en-GB", "fr-FR"). */
export function locale(): string {
  return LOCALES[language.current];
}
