// The shell texts of the window in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

export const shell: Messages['shell'] = {
  opening: 'Ouverture de Privacy Desk…',
  openFailed: 'Privacy Desk n’a pas pu ouvrir ses données',
  stopped: 'Arrêté\u00a0: rien n’a été modifié ni enregistré.',
  somethingWrong: 'Une erreur est survenue.',
  notInWindow: (command: string) =>
    `Le cœur ne peut pas répondre à «\u00a0${command}\u00a0»\u00a0: cette page ne s’exécute pas dans la fenêtre de Privacy Desk.`,

  nav: {
    label: 'Navigation principale',
    dashboard: 'Tableau de bord',
    deadlines: 'Échéances',
    subprocessors: 'Sous-traitants',
    activities: 'Registre des traitements',
    requests: 'Demandes',
    breaches: 'Violations',
    policies: 'Politiques',
    audit: 'Journal d’audit',
    registrations: 'Formalités',
    settings: 'Paramètres',
    reportsTo: (authority: string) => `Autorité\u00a0: ${authority}`,
  },

  screen: {
    opening: 'Ouverture…',
    failed: (reason: string) => `Impossible d’ouvrir cet écran\u00a0: ${reason}`,
  },

  progress: {
    working: 'En cours…',
    stopping: 'Arrêt…',
    counted: (stage: string, done: number, total: number) => `${stage}\u00a0: ${formatNumber(done)} sur ${formatNumber(total)}`,
    stage: (stage: string) => `${stage}…`,
  },

  table: {
    couldNotRead: 'Impossible de lire la liste',
    searchTitle: 'Rechercher (Ctrl+F ou /)',
    noMatchHelp: (total: string, what: string) => `Essayez d’autres mots, ou effacez la recherche et les filtres pour voir les ${total} ${what}.`,
    clearFilters: 'Effacer les filtres',
  },

  pager: {
    label: 'Pages de la liste',
    range: (first: number, last: number, total: number) => `${formatNumber(first)}–${formatNumber(last)} sur ${formatNumber(total)}`,
  },

  errors: {
    couldNotSave: 'Enregistrement impossible\u00a0:',
    alsoCheck: (fields: number) =>
      fields <= 1 ? 'Vérifiez aussi le champ signalé ci-dessous.' : `Vérifiez aussi les ${formatNumber(fields)} champs signalés ci-dessous.`,
    nothingSaved: (fields: number) =>
      fields <= 1
        ? 'Rien n’a été enregistré\u00a0: vérifiez le champ signalé ci-dessous.'
        : `Rien n’a été enregistré\u00a0: vérifiez les ${formatNumber(fields)} champs signalés ci-dessous.`,
  },

  history: {
    none: 'Aucune modification enregistrée.',
    fieldsRecorded: (n: number) => (n <= 1 ? `${n}\u00a0champ enregistré` : `${formatNumber(n)}\u00a0champs enregistrés`),
  },

  breadcrumb: 'Fil d’Ariane',
  closePanel: 'Fermer le panneau',
  closeEsc: 'Fermer (Échap)',

  unsaved: {
    title: 'Quitter sans enregistrer\u00a0?',
    discard: 'Abandonner les modifications',
    explain: 'Les modifications faites ici n’ont pas été enregistrées. Si vous quittez maintenant, elles seront perdues.',
  },

  date: {
    day: 'jj',
    month: 'mm',
    year: 'aaaa',
    hour: 'hh',
    minute: 'mm',
    invalid: (label: string, pattern: string, example: string) =>
      label
        ? `${label}\u00a0: ce n’est pas une date. Écrivez-la sous la forme ${pattern}, par exemple ${example}.`
        : `Ce n’est pas une date\u00a0: écrivez-la sous la forme ${pattern}, par exemple ${example}.`,
  },
};
