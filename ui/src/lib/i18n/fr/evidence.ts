// La section Pièces justificatives d'une fiche : les fichiers conservés avec elle (un DPA signé, un justificatif d'identité, un
// rapport, une notification envoyée).

import { formatNumber } from '../format';
import type { Messages } from '../en';

const files = (n: number) => (n <= 1 ? `${n}\u00a0fichier` : `${formatNumber(n)}\u00a0fichiers`);

export const evidence: Messages['evidence'] = {
  title: 'Pièces justificatives',
  noticeTitle: 'Pièces de cette notification',
  versionTitle: 'Pièces de cette version',
  forVersion: 'Version',
  note: 'Fichiers conservés avec cette fiche dans la base de données\u00a0: chiffrés, sauvegardés et exportés avec elle. Chaque ajout et chaque retrait figure au journal d’audit avec le SHA-256 du fichier.',
  count: files,
  none: 'Aucun fichier n’est encore conservé avec cette fiche.',
  closed: 'Cette demande a été pseudonymisée par la purge de conservation\u00a0: ses fichiers ont été supprimés et aucun nouveau fichier ne peut y être joint.',
  drop: 'Déposez des fichiers ici, ou',
  choose: 'choisissez des fichiers…',
  limit: (size: string) => `Jusqu’à ${size} par fichier.`,
  kind: 'Conservé comme',
  reading: (name: string) => `Ajout de ${name}…`,
  kept: (name: string) => `${name} est conservé avec cette fiche.`,
  keptMany: (n: number) => `${files(n)} conservé${n > 1 ? 's' : ''} avec cette fiche.`,
  tooLarge: (name: string, size: string, limit: string) =>
    `${name} fait ${size}, au-delà de la limite de ${limit} par fichier (Paramètres, «\u00a0Taille maximale d’une pièce justificative\u00a0»). Rien n’a été conservé.`,
  unreadable: (name: string) => `${name} n’a pas pu être lu sur cet ordinateur. Rien n’a été conservé.`,
  hash: 'SHA-256',
  added: (when: string, by: string) => `Ajouté le ${when} par ${by}`,
  open: 'Ouvrir',
  openTitle: 'Ouvre une copie temporaire, en lecture seule, supprimée à la fermeture de Privacy Desk',
  opened: (name: string) => `${name} est ouvert en copie temporaire\u00a0; elle sera supprimée à la fermeture de Privacy Desk.`,
  save: 'Enregistrer une copie',
  saveTitle: 'Enregistre une copie dans le dossier de sortie',
  saved: (name: string) => `Une copie de ${name} est enregistrée`,
  remove: 'Retirer',
  removeTitle: (name: string) => `Retirer ${name}`,
  removeExplain: 'Le contenu du fichier est supprimé de la base de données. Son nom, sa taille, son SHA-256 et votre motif restent dans la liste des fichiers retirés et au journal d’audit.',
  reason: 'Motif',
  reasonHint: 'Pourquoi le fichier n’est plus conservé\u00a0: «\u00a0remplacé par le DPA de 2027\u00a0».',
  removeSubmit: 'Retirer le fichier',
  removing: 'Retrait…',
  removed: (name: string) => `${name} est retiré\u00a0; son empreinte et votre motif sont conservés.`,
  removedTitle: (n: number) => `Retirés (${formatNumber(n)})`,
  removedBy: (when: string, by: string) => `Retiré le ${when} par ${by}`,
  identityOffer: (n: number, on: string) =>
    `L’identité a été vérifiée le ${on}. ${n === 1 ? 'Le justificatif d’identité n’est plus nécessaire\u00a0: supprimez-le' : `Les ${formatNumber(n)}\u00a0justificatifs d’identité ne sont plus nécessaires\u00a0: supprimez-les`} pour ne garder que ce que la demande exige (la vérification reste enregistrée).`,
  identityDelete: (n: number) => (n === 1 ? 'Supprimer le justificatif d’identité' : `Supprimer les ${formatNumber(n)}\u00a0justificatifs d’identité`),
  identityTitle: 'Supprimer les justificatifs d’identité',
  identityExplain: (n: number, on: string) =>
    `${files(n)} conservé${n > 1 ? 's' : ''} comme justificatif${n > 1 ? 's' : ''} d’identité ${n > 1 ? 'seront supprimés' : 'sera supprimé'} de la base de données. La demande garde le fait que l’identité a été vérifiée le ${on}, et le nom et le SHA-256 de chaque fichier restent dans la liste des fichiers retirés.`,
  identityDone: (n: number) => `${n <= 1 ? `${n}\u00a0justificatif d’identité supprimé` : `${formatNumber(n)}\u00a0justificatifs d’identité supprimés`}\u00a0; la vérification reste enregistrée.`,
  deleting: 'Suppression…',
};
