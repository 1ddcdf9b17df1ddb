// The country list, fetched once and shared by every form and view.

import { api, type CountryOption } from './api';
import { countryName, resolveCountry } from './countries';
import { lang } from './i18n';

class Countries {
  list = $state<CountryOption[]>([]);
  #loading: Promise<void> | null = null;

  /** Loads the list once; later calls wait for the same load. A failed load can be retried. */
  load(): Promise<void> {
    this.#loading ??= api.listCountries().then(
      (list) => {
        this.list = list;
      },
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  /** The country's name in the window's language (read while rendering, it follows a change of language). */
  name(code: string | null | undefined): string {
    return countryName(this.list, code, lang());
  }

  names(codes: readonly string[]): string {
    return codes.map((c) => this.name(c)).join(', ');
  }

  /** Whether the core counts the country in the EEA (`CountryOption.eea`); an unknown code is not. */
  inEea(code: string): boolean {
    return this.list.some((c) => c.code === code && c.eea);
  }

  resolve(input: string): string | null {
    return resolveCountry(this.list, input);
  }
}

export const countries = new Countries();
