// Words every area of the window uses, in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

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
};
