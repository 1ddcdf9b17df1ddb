// Countries as the core knows them (from `list_countries`, each with whether it is in the EEA): names for codes,
// and a best guess at what a user typed, used only to adapt the form as they type. The core remains the judge: it
// resolves the value again on save.

import type { CountryOption } from './api';
import { fold } from './format';

/** The name of a stored code in a language (English unless told); an unknown code is shown as itself. */
export function countryName(list: readonly CountryOption[], code: string | null | undefined, lang: 'en' | 'fr' = 'en'): string {
  if (!code) return '';
  const country = list.find((c) => c.code === code);
  return country ? country[lang] : code;
}

/** The code for a code or an English or French name, ignoring case and accents; null when nothing matches. */
export function resolveCountry(list: readonly CountryOption[], input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (text.length === 2) {
    const byCode = list.find((c) => c.code.toLowerCase() === text.toLowerCase());
    if (byCode) return byCode.code;
  }
  const key = fold(text);
  return list.find((c) => fold(c.en) === key || fold(c.fr) === key)?.code ?? null;
}

/** Splits a list as the core does: on commas, semicolons and line breaks, trimming and dropping empty parts. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
