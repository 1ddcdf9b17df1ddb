// The security texts of the window in French.

import { formatNumber } from '../format';
import type { Messages } from '../en';

const entries = (n: number) => (n <= 1 ? `${n}\u00a0entrée du journal d'audit` : `${formatNumber(n)}\u00a0entrées du journal d'audit`);

/** "les 7 dernières sauvegardes quotidiennes", "la dernière sauvegarde hebdomadaire", "aucune sauvegarde quotidienne". */
const kept = (n: number, one: string, many: string) =>
  n === 0 ? `aucune sauvegarde ${one}` : n === 1 ? `la dernière sauvegarde ${one}` : `les ${formatNumber(n)}\u00a0dernières sauvegardes ${many}`;

export const security: Messages['security'] = {
  dataFile: 'Fichier de données\u00a0:',
  entries,
  problem: {
    titles: {
      damaged: 'Le fichier de données est endommagé',
      newer: 'Le fichier de données a été écrit par une version plus récente de Privacy Desk',
      busy: 'Le fichier de données est verrouillé par un autre programme',
      foreign: "Ce fichier n'est pas un fichier de données Privacy Desk",
      missing: 'Le fichier de données est introuvable',
      unreadable: 'Le fichier de données ne peut pas être lu',
    },
    title: 'Le fichier de données ne peut pas être ouvert',
    advice: {
      damaged: "Restaurez l'une des sauvegardes automatiques ci-dessous, ou ouvrez un autre fichier.",
      newer: 'Cette version ne peut pas le lire sans risque pour les données. Installez la version plus récente, ou ouvrez un autre fichier.',
      busy: "Fermez l'autre programme, ou l'autre fenêtre de Privacy Desk, qui l'a ouvert, puis réessayez.",
      foreign: "Il n'a pas été modifié. Ouvrez le bon fichier, ou créez-en un nouveau.",
      missing: "S'il a été déplacé, ouvrez-le à son nouvel emplacement\u00a0; sinon, restaurez une sauvegarde automatique ou créez un nouveau fichier.",
      unreadable: 'Vérifiez que votre compte peut lire le fichier et son dossier, puis réessayez, ou restaurez une sauvegarde.',
    },
  },
  options: {
    restoreTitle: 'Restaurer une sauvegarde automatique',
    noBackups: "Aucune sauvegarde n'a été trouvée à côté de ce fichier.",
    backupsNote:
      "Copies de ce fichier faites automatiquement par Privacy Desk, de la plus récente à la plus ancienne. Une sauvegarde est vérifiée avant de remplacer quoi que ce soit, et une copie du fichier qu'elle remplace est conservée.",
    restore: 'Restaurer…',
    otherTitle: 'Utiliser un autre fichier',
    openOther: 'Ouvrir un autre fichier…',
    createNew: 'Créer un nouveau fichier…',
    openLabel: 'Chemin du fichier de données à ouvrir',
    createLabel: 'Chemin du nouveau fichier de données',
    openHint: "Le chemin complet d'un fichier de données Privacy Desk, tel qu'indiqué dans Paramètres > Stockage.",
    createHint: "Le chemin complet d'un fichier qui n'existe pas encore\u00a0; la configuration suit, comme au premier démarrage.",
    pathName: 'Le chemin',
    opening: 'Ouverture…',
    openThis: 'Ouvrir ce fichier',
    createThis: 'Créer ce fichier',
    quit: 'Quitter Privacy Desk',
    created: (path: string) => `Nouveau fichier de données créé\u00a0: ${path}`,
  },
  unlock: {
    title: 'Déverrouiller vos données',
    lede: "Ce fichier de données est chiffré. Saisissez sa phrase de passe pour l'ouvrir.",
    passphrase: 'Phrase de passe',
    passphraseName: 'La phrase de passe',
    unlocking: 'Déverrouillage…',
    unlock: 'Déverrouiller',
    hideOptions: 'Masquer les autres options',
    showOptions: 'Phrase de passe perdue\u00a0? Autres options…',
    lost: "Une phrase de passe perdue ne peut pas être récupérée, et personne ne peut ouvrir ce fichier sans elle. Il reste\u00a0: une sauvegarde faite avant l'activation du chiffrement, un autre fichier de données, ou un nouveau.",
  },
  backups: {
    title: 'Sauvegardes',
    note: "Privacy Desk copie de lui-même le fichier de données dans le dossier des sauvegardes, chaque jour et chaque semaine, et conserve le nombre de copies réglé ici. Chaque copie porte l'empreinte de tête de son journal d'audit, pour pouvoir être vérifiée avant qu'on s'y fie.",
    openFolder: 'Ouvrir le dossier',
    backingUp: 'Sauvegarde…',
    backUpNow: 'Sauvegarder maintenant',
    readError: (error: string) => `Les sauvegardes ne peuvent pas être lues\u00a0: ${error}`,
    folder: 'Dossier des sauvegardes\u00a0:',
    daily: 'Sauvegardes quotidiennes conservées',
    weekly: 'Sauvegardes hebdomadaires conservées',
    dailyWhole: "Sauvegardes quotidiennes conservées\u00a0: indiquez un nombre entier, 0 pour n'en garder aucune.",
    weeklyWhole: "Sauvegardes hebdomadaires conservées\u00a0: indiquez un nombre entier, 0 pour n'en garder aucune.",
    range: "De 0 à 365 de chaque type\u00a0; 0 n'en conserve aucune de ce type.",
    policySaved: (daily: number, weekly: number) =>
      daily === 0 && weekly === 0
        ? "Règle de conservation enregistrée\u00a0: aucune sauvegarde automatique n'est conservée."
        : `Règle de conservation enregistrée\u00a0: sont conservées ${kept(daily, 'quotidienne', 'quotidiennes')} et ${kept(weekly, 'hebdomadaire', 'hebdomadaires')}.`,
    made: (file: string, size: string, count: number) => `Sauvegarde faite\u00a0: ${file} (${size}, ${entries(count)}).`,
    empty: "Aucune sauvegarde pour l'instant. «\u00a0Sauvegarder maintenant\u00a0» crée la première.",
    checking: 'Vérification…',
    check: 'Vérifier',
    restore: 'Restaurer…',
    checkError: (error: string) => `La sauvegarde ne peut pas être vérifiée\u00a0: ${error}`,
    intact: 'Intacte\u00a0:',
    verified: (n: number) => `${entries(n)} ${n <= 1 ? 'vérifiée' : 'vérifiées'}, empreinte de tête`,
    broken: 'La vérification de cette sauvegarde échoue\u00a0:',
    restored: (date: string) => `La sauvegarde du ${date} est restaurée\u00a0; une copie du fichier qu'elle a remplacé se trouve dans le dossier des sauvegardes.`,
    restoredLocked: (date: string) =>
      `La sauvegarde du ${date} est restaurée\u00a0; une copie du fichier qu'elle a remplacé se trouve dans le dossier des sauvegardes. Elle est chiffrée\u00a0: saisissez la phrase de passe avec laquelle elle a été faite.`,
  },
  table: {
    made: 'Date',
    kind: 'Type',
    size: 'Taille',
    entries: 'Entrées du journal',
    head: 'Empreinte de tête',
    actions: 'Actions',
    encrypted: 'chiffrée',
    encryptedTitle: 'Chiffrée avec la phrase de passe en vigueur lors de sa création',
  },
  restore: {
    title: (date: string) => `Restaurer la sauvegarde du ${date}\u00a0?`,
    submit: 'Restaurer cette sauvegarde',
    busy: 'Restauration…',
    before: 'Les données actuelles sont remplacées par la sauvegarde du',
    after: ". Une copie du fichier actuel est d'abord conservée dans le dossier des sauvegardes\u00a0: rien n'est perdu, elle pourra être restaurée à son tour.",
    file: 'Fichier',
    holds: 'Contenu',
    head: 'Empreinte de tête',
    encryptedSuffix: ', chiffrée',
    encryptedNote: 'Cette sauvegarde est chiffrée\u00a0: Privacy Desk demandera la phrase de passe avec laquelle elle a été faite.',
  },
  encryption: {
    title: 'Chiffrement',
    note: "Chiffrer le fichier de données le protège si l'ordinateur portable est perdu ou volé, ou son disque copié\u00a0: sans la phrase de passe, le fichier est illisible.",
    change: 'Changer la phrase de passe…',
    turnOff: 'Désactiver le chiffrement…',
    turnOn: 'Activer le chiffrement…',
    readError: (error: string) => `L'état du chiffrement ne peut pas être lu\u00a0: ${error}`,
    on: 'Chiffré.',
    onText: "Le fichier de données ne s'ouvre qu'avec sa phrase de passe.",
    off: 'Non chiffré.',
    offText: 'Toute personne qui peut lire le fichier de données sur cet ordinateur peut lire chacune de ses fiches.',
    plainBackups: (n: number) =>
      n <= 1
        ? "1 sauvegarde ci-dessous a été faite avant l'activation du chiffrement et n'est pas chiffrée\u00a0: toute personne ayant accès au dossier des sauvegardes peut la lire."
        : `${formatNumber(n)}\u00a0sauvegardes ci-dessous ont été faites avant l'activation du chiffrement et ne sont pas chiffrées\u00a0: toute personne ayant accès au dossier des sauvegardes peut les lire.`,
    done: {
      encrypt: 'Chiffrement activé. Privacy Desk demande la phrase de passe à chaque ouverture.',
      change: 'Phrase de passe changée\u00a0: utilisez désormais la nouvelle.',
      decrypt: "Chiffrement désactivé\u00a0: le fichier de données n'est plus protégé par une phrase de passe.",
    },
  },
  passphrase: {
    titles: { encrypt: 'Activer le chiffrement', change: 'Changer la phrase de passe', decrypt: 'Désactiver le chiffrement' },
    submit: { encrypt: 'Activer le chiffrement', change: 'Changer', decrypt: 'Désactiver le chiffrement' },
    busy: { encrypt: 'Chiffrement…', change: 'Changement…', decrypt: 'Déchiffrement…' },
    names: { current: 'La phrase de passe actuelle', passphrase: 'La phrase de passe', confirm: 'La seconde saisie' },
    encryptIntro:
      'Privacy Desk demandera cette phrase de passe à chaque ouverture\u00a0; sans elle, le fichier de données et les sauvegardes faites à partir de maintenant sont illisibles. Quelques mots sans rapport entre eux font une phrase de passe longue et facile à retenir.',
    decryptWarning:
      'Sans chiffrement, le fichier de données peut être lu par toute personne ayant accès à cet ordinateur portable ou à son disque\u00a0: les demandes, les violations et tout le reste, en intégralité. Les sauvegardes faites à partir de maintenant ne seront pas chiffrées non plus.',
    current: 'Phrase de passe actuelle',
    new: 'Nouvelle phrase de passe',
    passphrase: 'Phrase de passe',
    hint: (min: number) => `Au moins ${min}\u00a0caractères\u00a0; plus elle est longue, plus elle est robuste.`,
    again: 'Saisissez-la à nouveau',
    lostTitle: 'Une phrase de passe perdue ne peut pas être récupérée.',
    lostText:
      "Personne ne peut ouvrir les données sans elle, pas même avec l'aide des concepteurs de Privacy Desk\u00a0: si elle est oubliée, les données sont perdues avec elle. Notez-la et conservez-la en lieu sûr, loin de cet ordinateur.",
    mismatch: 'Les deux phrases de passe ne correspondent pas.',
    show: 'Afficher',
    hide: 'Masquer',
    showLabel: 'Afficher la phrase de passe',
    hideLabel: 'Masquer la phrase de passe',
    capsLock: 'La touche Verr. Maj est activée.',
    strength: (word: string) => `Robustesse\u00a0: ${word}`,
    noneYet: 'non évaluée',
    levels: ['trop courte', 'faible', 'moyenne', 'bonne', 'forte'],
  },
  export: {
    title: 'Tout exporter',
    note: "Écrit toutes les fiches, le profil de l'organisation, la liste d'adéquation et le journal d'audit dans un seul fichier JSON. Ce fichier n'est pas chiffré, même si le fichier de données l'est\u00a0: conservez-le en lieu sûr.",
    exporting: 'Exportation…',
    export: 'Tout exporter',
    done: "Tout a été exporté dans un seul fichier JSON. Il n'est pas chiffré\u00a0: conservez-le en lieu sûr.",
  },
};
