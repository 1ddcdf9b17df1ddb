// The Evidence section of a record: the files kept with it (a signed DPA, identity evidence, a report, a notice sent).

import { formatNumber } from '../format';

const files = (n: number) => (n === 1 ? '1 file' : `${formatNumber(n)} files`);

export const evidence = {
  title: 'Evidence',
  noticeTitle: 'Evidence of this notice',
  versionTitle: 'Evidence of this version',
  forVersion: 'Version',
  note: 'Files kept with this record inside the database: encrypted, backed up and exported with it. Each addition and removal is in the audit trail with the file’s SHA-256.',
  count: files,
  none: 'No file is kept with this record yet.',
  closed: 'This request was pseudonymised by the retention purge: its files are gone and no new file can be kept with it.',
  drop: 'Drop files here, or',
  choose: 'choose files…',
  limit: (size: string) => `Up to ${size} per file.`,
  kind: 'Kept as',
  reading: (name: string) => `Keeping ${name}…`,
  kept: (name: string) => `${name} is kept with this record.`,
  keptMany: (n: number) => `${files(n)} kept with this record.`,
  tooLarge: (name: string, size: string, limit: string) =>
    `${name} is ${size}, above the limit of ${limit} per file (Settings, “Largest evidence file”). Nothing was kept.`,
  unreadable: (name: string) => `${name} could not be read from this computer. Nothing was kept.`,
  hash: 'SHA-256',
  added: (when: string, by: string) => `Added ${when} by ${by}`,
  open: 'Open',
  openTitle: 'Opens a temporary copy, read-only, removed when Privacy Desk closes',
  opened: (name: string) => `${name} opened as a temporary copy; it is removed when Privacy Desk closes.`,
  save: 'Save a copy',
  saveTitle: 'Saves a copy in the output folder',
  saved: (name: string) => `A copy of ${name} is saved.`,
  remove: 'Remove',
  removeTitle: (name: string) => `Remove ${name}`,
  removeExplain: 'The file’s content is deleted from the database. Its name, size, SHA-256 and your reason stay in the list of removed files and in the audit trail.',
  reason: 'Reason',
  reasonHint: 'Why the file is no longer kept: “superseded by the 2027 DPA”.',
  removeSubmit: 'Remove the file',
  removing: 'Removing…',
  removed: (name: string) => `${name} is removed; its hash and your reason are kept.`,
  removedTitle: (n: number) => `Removed (${formatNumber(n)})`,
  removedBy: (when: string, by: string) => `Removed ${when} by ${by}`,
  identityOffer: (n: number, on: string) =>
    `Identity was verified on ${on}. The ${n === 1 ? 'identity file is' : `${formatNumber(n)} identity files are`} no longer needed: delete ${n === 1 ? 'it' : 'them'} to keep no more than the request needs (the fact of verification stays).`,
  identityDelete: (n: number) => (n === 1 ? 'Delete the identity file' : `Delete the ${formatNumber(n)} identity files`),
  identityTitle: 'Delete the identity evidence',
  identityExplain: (n: number, on: string) =>
    `${files(n)} kept as identity evidence will be deleted from the database. The request keeps the fact that identity was verified on ${on}, and each file’s name and SHA-256 stay in the list of removed files.`,
  identityDone: (n: number) => `${files(n)} of identity evidence deleted; the verification stays recorded.`,
  deleting: 'Deleting…',
};
