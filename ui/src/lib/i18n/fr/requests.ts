// The requests texts of the window in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

/** « 1 demande », « 12 demandes » : le singulier pour 0 et 1. */
const requestCount = (n: number) => (n <= 1 ? `${n} demande` : `${formatNumber(n)} demandes`);
/** « 1 an », « 3 ans ». */
const years = (n: number) => (n <= 1 ? `${n} an` : `${formatNumber(n)} ans`);

export const requests: Messages['requests'] = {
  list: {
    title: 'Demandes',
    lede: "Les demandes d'exercice de droits et leurs délais légaux, les plus proches d'abord. Chaque échéance indique la règle dont elle découle.",
    add: 'Nouvelle demande',
    columns: {
      reference: 'Référence',
      requester: 'Demandeur',
      rights: 'Droits',
      regime: 'Régime',
      received: 'Reçue le',
      due: 'Échéance',
      status: 'Statut',
    },
    readError: 'Impossible de lire les demandes',
    loading: 'Chargement des demandes…',
    searchLabel: 'Rechercher des demandes',
    searchPlaceholder: 'Demandeur, courriel, référence…',
    noMatch: 'Aucune demande ne correspond',
    what: 'demandes',
    byStatus: 'Filtrer par statut',
    allStatuses: 'Tous les statuts',
    byRight: 'Filtrer par droit',
    allRights: 'Tous les droits',
    byRegime: 'Filtrer par régime',
    allRegimes: 'Tous les régimes',
    openOnly: 'En cours uniquement',
    emptyTitle: "Aucune demande pour l'instant",
    emptyText:
      "Enregistrez chaque demande d'exercice de droits (accès, effacement, opposition…) le jour de sa réception. L'échéance est calculée selon le régime et mise à jour à mesure que la vérification d'identité, les précisions et les prolongations sont enregistrées.",
    count: requestCount,
    countOf: (shown: number, total: number) => `${formatNumber(shown)} sur ${requestCount(total)}`,
  },

  form: {
    newTitle: 'Nouvelle demande',
    editTitle: (reference: string) => `Modifier ${reference || 'la demande'}`,
    crumbNew: 'Nouvelle demande',
    lede: "Les champs marqués * sont obligatoires. L'échéance est calculée selon le régime, le jour de réception et les étapes enregistrées ensuite, avec votre calendrier de jours ouvrés.",
    saveNew: 'Enregistrer la demande',
    saveEdit: 'Enregistrer les modifications',
    requester: 'Demandeur',
    request: 'Demande',
    notes: 'Notes',
    notesLabel: 'Tout élément utile',
    requesterPlaceholder: 'Marie Dupont',
    emailPlaceholder: 'marie@exemple.fr',
    feePlaceholder: '25\u00a0€',
    channelPlaceholder: 'Selon les coordonnées',
    channelHint: 'Laissé vide\u00a0: courriel si une adresse est indiquée, sinon courrier, sinon autre.',
    rightsHint: "Une demande peut porter sur plusieurs droits. L'opposition à la vente et la limitation des données sensibles relèvent du CCPA.",
    receivedHint: 'Le jour de son arrivée, même un week-end ou un jour férié.',
    feeHint: "Seulement si la loi permet d'en demander.",
    authority: { ico: "l'ICO", cnil: 'la CNIL', other: 'votre autorité de contrôle' },
    regimeIsDefault: (regime: string, authority: string) => `${regime}, le régime par défaut d'un organisme relevant de ${authority}.`,
    regimeNotDefault: (authority: string, regime: string) => `Le régime par défaut d'un organisme relevant de ${authority} est ${regime}.`,
    created: (reference: string, due: string) => `${reference} enregistrée\u00a0: échéance le ${due}.`,
    saved: (reference: string) => `Modifications de ${reference} enregistrées.`,
  },

  fields: {
    requester: 'Demandeur',
    email: 'Courriel',
    postal_address: 'Adresse postale',
    channel: 'Canal',
    rights: 'Droits exercés',
    regime: 'Régime',
    received_on: 'Reçue le',
    fee: 'Frais',
    notes: 'Notes',
  },

  detail: {
    title: 'Demande',
    received: (date: string) => `reçue le ${date}`,
    deadline: 'Échéance',
    due: 'Échéance',
    wasDue: 'Échéance prévue',
    closedOn: (date: string) => `Clôturée le ${date}`,
    departure: 'Écart par rapport à la lecture par défaut.',
    acknowledgeBy: 'Accuser réception au plus tard le',
    acknowledgeRule: '(CCPA\u00a0: 10 jours ouvrés)',
    clockStarted: 'Début du délai',
    clockStarts: 'Le délai commence',
    paused: 'Suspendu',
    pausedFor: (days: number) => `${days <= 1 ? `${days} jour` : `${formatNumber(days)} jours`} dans l'attente de précisions`,
    originalDue: 'Échéance initiale',
    extension: 'Prolongation',
    extensionTold: (date: string) => `demandeur informé le ${date}`,
    extensionReasons: 'Motifs communiqués',
    extensionBy: 'Prolongation à notifier au plus tard le',
    extensionByRule: '(fin du premier délai)',
    steps: 'Enregistrer une étape',
    letters: 'Courriers',
    lettersIn: 'en',
    lettersLang: 'Langue des courriers',
    lettersDated: 'Daté du',
    lettersDatedHint: 'Vide\u00a0: le jour de l’événement de chaque courrier (réception, demande d’identité, prolongation, réponse).',
    printLetter: (letter: string) => `Imprimer «\u00a0${letter}\u00a0» en PDF`,
    letterPrinted: (letter: string, reference: string, lang: string) =>
      `Courrier «\u00a0${letter}\u00a0» de ${reference} imprimé en ${lang.toLowerCase()}.`,
    request: 'Demande',
    rights: 'Droits',
    email: 'Courriel',
    postalAddress: 'Adresse postale',
    channel: 'Canal',
    fee: 'Frais',
    notes: 'Notes',
    pseudonymised: 'Pseudonymisée',
    pseudonymisedOn: (date: string) => `${date} (fin de la conservation)`,
    timeline: 'Historique',
    recorded: (at: string, actor: string) => `Enregistré le ${at} · ${actor}`,
    close: 'Clôturer…',
    extend: 'Prolonger…',
  },

  steps: {
    'identity-requested': {
      title: "Enregistrer la demande de justificatif d'identité",
      explain:
        'Au titre du UK GDPR, le délai repart à la réception du justificatif\u00a0; au titre du RGPD, il continue de courir sauf si la suspension est appliquée.',
      date: 'Demandé le',
    },
    'identity-received': {
      title: "Enregistrer la réception du justificatif d'identité",
      explain: 'Le jour où le justificatif vous est parvenu\u00a0; au titre du UK GDPR, le mois court à partir de cette date.',
      date: 'Reçu le',
    },
    'clarification-asked': {
      title: 'Enregistrer une demande de précisions',
      explain: "Au titre du UK GDPR, les jours jusqu'à la réponse ne sont pas décomptés.",
      date: 'Demandées le',
    },
    'clarification-answered': {
      title: 'Enregistrer les précisions du demandeur',
      explain: 'Le jour où la réponse vous est parvenue\u00a0; le délai reprend à partir de cette date.',
      date: 'Reçues le',
    },
    'fee-requested': {
      title: 'Enregistrer une demande de frais',
      explain: 'Indiquez d’abord le montant dans les informations de la demande\u00a0; sous le UK GDPR, le délai attend le paiement des frais.',
      date: 'Demandés le',
    },
    'fee-received': {
      title: 'Enregistrer le paiement des frais',
      explain: 'Lorsque des frais peuvent être demandés, le délai du UK GDPR court à compter de leur paiement.',
      date: 'Reçus le',
    },
    start: {
      title: 'Enregistrer le début du traitement',
      explain: 'Le jour où le traitement de la demande a commencé.',
      date: 'Commencé le',
    },
    'eu-pause-apply': {
      title: "Suspendre le délai (vérification d'identité, précisions)",
      explain:
        "Le RGPD ne prévoit pas d'arrêt du délai dans l'attente de la vérification d'identité ou de précisions\u00a0; appliquer la suspension s'écarte de la lecture par défaut et doit donc être motivé.",
      date: 'Appliquée le',
      reason: 'Motifs de la suspension',
      save: 'Suspendre',
    },
    'eu-pause-remove': {
      title: 'Retirer la suspension',
      explain: "L'échéance revient à un mois après la réception.",
      date: 'Retirée le',
      reason: 'Motifs du retrait',
      save: 'Retirer',
    },
    extend: {
      title: 'Prolonger de deux mois',
      explain:
        "Possible une fois, si la demande est complexe ou les demandes nombreuses, à condition d'en informer le demandeur, motifs à l'appui, pendant le premier délai.",
      date: 'Demandeur informé le',
      reason: 'Motifs, tels que communiqués au demandeur',
      save: 'Enregistrer la prolongation',
    },
    close: {
      title: 'Clôturer la demande',
      explain: 'Une demande clôturée ne peut plus être modifiée. La date est celle de la réponse.',
      date: 'Date de réponse',
      reason: 'Motifs',
      save: 'Clôturer',
    },
  },

  step: {
    reason: 'Motif',
    save: 'Enregistrer',
    dateField: 'La date',
    reasonField: 'Le motif',
    outcome: 'Issue',
    refusalReasons: 'Motifs du refus (art.\u00a012.5)',
    closeReasons: 'Motifs ou note (facultatif)',
    final: (reference: string) => `La clôture de ${reference} est définitive\u00a0: aucune étape ne pourra plus être enregistrée.`,
    closed: (reference: string, outcome: string) => `${reference} clôturée (${outcome.toLowerCase()}).`,
    extended: (reference: string, due: string) => `${reference} prolongée\u00a0: échéance le ${due}.`,
    recorded: (reference: string, step: string, due: string) =>
      `${reference}\u00a0: étape «\u00a0${step}\u00a0» enregistrée\u00a0; échéance le ${due}.`,
  },

  purge: {
    title: 'Purger les demandes expirées',
    note: (retentionYears: number) =>
      `Les demandes clôturées sont conservées ${years(retentionYears)} (durée fixée dans le profil ci-dessus). Ensuite, le nom, les coordonnées, les notes et les motifs du demandeur sont remplacés par un pseudonyme\u00a0; les dates, les droits, le régime et l'issue restent au journal.`,
    preview: 'Aperçu de la purge',
    checking: 'Vérification…',
    nothing: (date: string) => `Rien à purger\u00a0: aucune demande clôturée au plus tard le ${date} ne contient encore les données de son demandeur.`,
    due: (n: number, date: string, retentionYears: number) =>
      `${n <= 1 ? `${n} demande clôturée` : `${formatNumber(n)} demandes clôturées`} au plus tard le ${date} ${n <= 1 ? 'a' : 'ont'} atteint la fin de la conservation (${years(retentionYears)})\u00a0:`,
    columns: { reference: 'Référence', regime: 'Régime', outcome: 'Issue', closed: 'Clôturée le', purgeFrom: 'Purge à partir du' },
    start: (n: number) => `Pseudonymiser ${requestCount(n)}…`,
    confirmTitle: (n: number) => `Pseudonymiser ${requestCount(n)}\u00a0?`,
    confirm: 'Purger',
    purging: 'Purge…',
    explain: (n: number) =>
      `Les noms, adresses électroniques et postales, notes et motifs des demandeurs ${n <= 1 ? 'de cette demande' : `de ces ${formatNumber(n)} demandes`} sont remplacés par un pseudonyme. Cette opération est irréversible. Chaque modification est consignée dans le journal d'audit.`,
    none: "Aucune demande n'avait atteint la fin de sa durée de conservation.",
    done: (n: number) =>
      `${n <= 1 ? `${n} demande pseudonymisée` : `${formatNumber(n)} demandes pseudonymisées`}\u00a0: les données des demandeurs sont supprimées, le journal anonymisé est conservé.`,
  },
};
