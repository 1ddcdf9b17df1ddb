// Words every area of the window uses, in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

/** The French units of size: kilo-octet, méga-octet… */
const FR_UNITS = { KB: 'Ko', MB: 'Mo', GB: 'Go', TB: 'To' } as const;

export const common: Messages['common'] = {
  appName: 'Privacy Desk',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  close: 'Fermer',
  edit: 'Modifier',
  remove: 'Supprimer',
  back: 'Retour',
  print: 'Imprimer',
  printing: 'Impression…',
  open: 'Ouvrir',
  dismiss: 'Masquer',
  retry: 'Réessayer',
  search: 'Rechercher',
  loading: 'Chargement…',
  yes: 'Oui',
  no: 'Non',
  none: 'Aucun',
  notRecorded: 'Non renseigné',
  optional: 'facultatif',
  previous: 'Précédent',
  next: 'Suivant',
  language: 'Langue',
  /** « 1 jour », « 30 jours » : le singulier pour 0 et 1. */
  days: (n: number) => (n <= 1 ? `${n}\u00a0jour` : `${formatNumber(n)}\u00a0jours`),
  bytes: (n: number) => (n <= 1 ? `${n}\u00a0octet` : `${n}\u00a0octets`),
  size: (value: number, unit: 'KB' | 'MB' | 'GB' | 'TB') => `${formatNumber(value)}\u00a0${FR_UNITS[unit]}`,
  list: {
    // French words the record in the sentence as « aucun résultat », whatever its gender.
    noMatch: (_what: string, conditions: string) => (conditions ? `Aucun résultat pour ${conditions}.` : 'Aucun résultat.'),
    quoted: (text: string) => `«\u00a0${text}\u00a0»`,
    countOf: (shown: number, all: string) => `${formatNumber(shown)} sur ${all}`,
  },
};
