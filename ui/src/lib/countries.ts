// Countries as the core knows them (from `list_countries`): names for codes, and a best guess at what a user typed,
// used only to adapt the form as they type. The core remains the judge: it resolves the value again on save.

import type { CountryOption } from './api';
import { fold } from './format';

/** The European Economic Area: locations outside it need a transfer mechanism. */
export const EEA: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

export function inEea(code: string): boolean {
  return EEA.includes(code.toUpperCase());
}

/** The English name of a stored code; an unknown code is shown as itself. */
export function countryName(list: readonly CountryOption[], code: string | null | undefined): string {
  if (!code) return '';
  return list.find((c) => c.code === code)?.en ?? code;
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
