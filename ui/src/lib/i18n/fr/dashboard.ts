// The dashboard texts of the window in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

export const dashboard: Messages['dashboard'] = {
  title: 'Tableau de bord',
  lede: (asOf: string) =>
    `Les échéances des demandes, violations, modifications de politique et avis de sous-traitance${asOf ? `, au ${asOf}` : ''}.`,
  allDeadlines: 'Toutes les échéances',
  couldNotRead: (reason: string) => `Impossible de lire les échéances\u00a0: ${reason}`,
  overdue: 'En retard',
  nothingOverdue: 'Rien en retard.',
  next7: '7 prochains jours',
  nothing7: 'Aucune échéance dans les 7 prochains jours.',
  next30: '30 prochains jours',
  nothing30: 'Aucune autre échéance dans les 30 prochains jours.',
  items: (n: number) => (n <= 1 ? `${n}\u00a0échéance` : `${formatNumber(n)}\u00a0échéances`),
};
