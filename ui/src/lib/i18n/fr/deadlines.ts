// The deadlines texts of the window in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

export const deadlines: Messages['deadlines'] = {
  title: 'Échéances',
  lede: "Toutes les échéances, tous modules confondus, les dépassées d'abord. Chaque date indique la règle dont elle découle.",
  exportIcs: 'Exporter le calendrier (.ics)',
  exporting: 'Export…',
  exported: 'Échéances exportées au format iCalendar\u00a0; importez le fichier dans votre agenda.',
  byModule: 'Filtrer par module',
  allModules: 'Tous les modules',
  horizon: 'Horizon',
  anyTime: 'Toutes les échéances',
  within: (days: number) => (days === 365 ? "D'ici un an" : `D'ici ${formatNumber(days)} jours`),
  view: 'Affichage',
  list: 'Liste',
  calendar: 'Calendrier',
  count: (n: number) => (n <= 1 ? `${n} échéance` : `${formatNumber(n)} échéances`),
  readError: (failure: string) => `Impossible de lire les échéances\u00a0: ${failure}`,
  nothingDue: 'Aucune échéance.',
  nothingDueIn: (module: string) => `Aucune échéance dans le module «\u00a0${module}\u00a0».`,
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  today: "Aujourd'hui",
  event: (title: string, date: string, left: string, rule: string) => `${title} — ${date}, ${left}. ${rule}`,
  purge: 'Purger…',
  seeAll: (n: number) => `Voir les ${formatNumber(n)} sur l'écran Échéances`,
  showFirst: (n: number) => `Afficher les ${formatNumber(n)} premières`,
  showAll: (n: number) => `Tout afficher (${formatNumber(n)})`,
};
