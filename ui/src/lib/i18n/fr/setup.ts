// The setup texts of the window in French.

import type { Messages } from '../en';

export const setup: Messages['setup'] = {
  title: 'Configurez votre organisation',
  intro:
    'Ces informations figurent sur chaque document imprimé et déterminent les règles et le calendrier de l’autorité qui s’appliquent. Tout est conservé dans un seul fichier sur cet ordinateur\u00a0; rien n’est envoyé ailleurs. Vous pourrez tout modifier plus tard dans les Paramètres.',
  done: (name: string) => `Profil de ${name} enregistré. Ajoutez vos sous-traitants un par un, ou importez-les depuis un tableur.`,
};
