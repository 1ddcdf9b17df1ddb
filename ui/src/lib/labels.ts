// The one name the core has no word for: the authority as the sidebar and the settings name it, in short. Every
// other label comes from the core's vocabularies (`vocab.svelte.ts`).

import type { Authority } from './bindings';
import { t } from './i18n';

/** "CNIL", "ICO", or the name the organisation gave another authority. */
export function authorityName(authority: Authority, otherName: string | null): string {
  switch (authority) {
    case 'cnil':
      return 'CNIL';
    case 'ico':
      return 'ICO';
    case 'other':
      return otherName?.trim() || t().org.otherAuthority;
  }
}
