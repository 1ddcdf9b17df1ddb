// The security texts of the window in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

const entries = (n: number) => (n === 1 ? '1 audit entry' : `${formatNumber(n)} audit entries`);
const kept = (n: number, kind: string) => (n === 0 ? `no ${kind} backup` : n === 1 ? `the last 1 ${kind} backup` : `the last ${formatNumber(n)} ${kind} backups`);

export const security = {
  /** Before the path of the data file, on the screens that name it. */
  dataFile: 'Data file:',
  /** "14 audit entries". */
  entries,
  problem: {
    titles: {
      damaged: 'The data file is damaged',
      newer: 'The data file was written by a newer version of Privacy Desk',
      busy: 'The data file is locked by another program',
      foreign: 'This file is not a Privacy Desk data file',
      missing: 'The data file is missing',
      unreadable: 'The data file cannot be read',
    },
    /** The title when the core names no problem, or one the window does not know. */
    title: 'The data file cannot be opened',
    /** What the user can do about each problem, besides the choices every problem screen offers. */
    advice: {
      damaged: 'Restore one of the automatic backups below, or open another file.',
      newer: 'This version cannot read it without risking the data. Install the newer version, or open another file.',
      busy: 'Close the other program, or the other Privacy Desk window, that has it open, then try again.',
      foreign: 'It was left untouched. Open the right file, or create a new one.',
      missing: 'If it was moved, open it where it is now; otherwise restore an automatic backup or create a new file.',
      unreadable: 'Check that the file and its folder can be read by your account, then try again, or restore a backup.',
    },
  },
  options: {
    restoreTitle: 'Restore an automatic backup',
    noBackups: 'No backup was found beside this file.',
    backupsNote:
      'Copies of this file that Privacy Desk made on its own, newest first. A backup is checked before it replaces anything, and a copy of the file it replaces is kept.',
    restore: 'Restore…',
    otherTitle: 'Use another file',
    openOther: 'Open another file…',
    createNew: 'Create a new file…',
    openLabel: 'Path of the data file to open',
    createLabel: 'Path of the new data file',
    openHint: 'The full path of a Privacy Desk data file, as shown in Settings > Storage.',
    createHint: 'The full path of a file that does not exist yet; set-up follows, as on a first start.',
    /** The path, as the core's error messages about it name it. */
    pathName: 'The path',
    opening: 'Opening…',
    openThis: 'Open this file',
    createThis: 'Create this file',
    quit: 'Quit Privacy Desk',
    created: (path: string) => `New data file created: ${path}`,
  },
  unlock: {
    title: 'Unlock your data',
    lede: 'This data file is encrypted. Enter its passphrase to open it.',
    passphrase: 'Passphrase',
    /** The passphrase, as the core's error messages about it name it. */
    passphraseName: 'The passphrase',
    unlocking: 'Unlocking…',
    unlock: 'Unlock',
    hideOptions: 'Hide the other options',
    showOptions: 'Lost the passphrase? Other options…',
    lost: 'A lost passphrase cannot be recovered, and nobody can open this file without it. What is left: a backup made before encryption was turned on, another data file, or a new one.',
  },
  backups: {
    title: 'Backups',
    note: 'Privacy Desk copies the data file into the backup folder on its own, daily and weekly, and keeps the number of copies set here. Each copy carries the head hash of its audit trail, so it can be checked before it is trusted.',
    openFolder: 'Open folder',
    backingUp: 'Backing up…',
    backUpNow: 'Back up now',
    readError: (error: string) => `The backups could not be read: ${error}`,
    folder: 'Backup folder:',
    daily: 'Daily backups kept',
    weekly: 'Weekly backups kept',
    dailyWhole: 'Daily backups kept needs a whole number, 0 to keep none.',
    weeklyWhole: 'Weekly backups kept needs a whole number, 0 to keep none.',
    range: 'From 0 to 365 of each kind; 0 keeps none of that kind.',
    policySaved: (daily: number, weekly: number) => `Backup policy saved: ${kept(daily, 'daily')} and ${kept(weekly, 'weekly')} are kept.`,
    made: (file: string, size: string, count: number) => `Backup made: ${file} (${size}, ${entries(count)}).`,
    empty: 'No backup yet. “Back up now” makes the first one.',
    checking: 'Checking…',
    check: 'Check',
    restore: 'Restore…',
    checkError: (error: string) => `The backup could not be checked: ${error}`,
    intact: 'Intact:',
    /** Before the head hash of a backup that checked out. */
    verified: (n: number) => `${entries(n)} verified, head hash`,
    broken: 'This backup does not verify:',
    restored: (date: string) => `The backup of ${date} is restored; a copy of the file it replaced is in the backup folder.`,
    restoredLocked: (date: string) =>
      `The backup of ${date} is restored; a copy of the file it replaced is in the backup folder. It is encrypted: enter the passphrase it was made with.`,
  },
  table: {
    made: 'Made',
    kind: 'Kind',
    size: 'Size',
    entries: 'Audit entries',
    head: 'Audit head',
    actions: 'Actions',
    encrypted: 'encrypted',
    encryptedTitle: 'Encrypted with the passphrase in use when it was made',
  },
  restore: {
    title: (date: string) => `Restore the backup of ${date}?`,
    submit: 'Restore this backup',
    busy: 'Restoring…',
    /** Around the backup's date, in bold. */
    before: 'The current data is replaced by the backup of',
    after: '. A copy of the current file is kept in the backup folder first, so nothing is lost: it can be restored in turn.',
    file: 'File',
    holds: 'Holds',
    head: 'Audit head',
    encryptedSuffix: ', encrypted',
    encryptedNote: 'This backup is encrypted: Privacy Desk asks for the passphrase it was made with.',
  },
  encryption: {
    title: 'Encryption',
    note: 'Encrypting the data file protects it if the laptop is lost or stolen, or its disk copied: without the passphrase, the file cannot be read.',
    change: 'Change passphrase…',
    turnOff: 'Turn off encryption…',
    turnOn: 'Turn on encryption…',
    readError: (error: string) => `The encryption status could not be read: ${error}`,
    on: 'Encrypted.',
    onText: 'The data file opens only with its passphrase.',
    off: 'Not encrypted.',
    offText: 'Anyone who can read the data file on this computer can read every record in it.',
    plainBackups: (n: number) =>
      n === 1
        ? '1 backup below was made before encryption was turned on and is not encrypted: anyone with access to the backup folder can read it.'
        : `${formatNumber(n)} backups below were made before encryption was turned on and are not encrypted: anyone with access to the backup folder can read them.`,
    done: {
      encrypt: 'Encryption is on. Privacy Desk asks for the passphrase each time it opens.',
      change: 'Passphrase changed: use the new one from now on.',
      decrypt: 'Encryption is off: the data file is no longer protected by a passphrase.',
    },
  },
  passphrase: {
    titles: { encrypt: 'Turn on encryption', change: 'Change the passphrase', decrypt: 'Turn off encryption' },
    submit: { encrypt: 'Turn on encryption', change: 'Change passphrase', decrypt: 'Turn off encryption' },
    busy: { encrypt: 'Encrypting…', change: 'Changing…', decrypt: 'Decrypting…' },
    /** The fields, as the core's error messages about them name them. */
    names: { current: 'The current passphrase', passphrase: 'The passphrase', confirm: 'The second copy' },
    encryptIntro:
      'Privacy Desk will ask for this passphrase each time it opens; without it, the data file and the backups made from then on cannot be read. A few unrelated words make a passphrase that is long and easy to remember.',
    decryptWarning:
      'Without encryption, the data file is readable by anyone with access to this laptop or its disk: the records of requests, breaches and everything else, in full. Backups made from now on are not encrypted either.',
    current: 'Current passphrase',
    new: 'New passphrase',
    passphrase: 'Passphrase',
    hint: (min: number) => `At least ${min} characters; longer is stronger.`,
    again: 'Type it again',
    lostTitle: 'A lost passphrase cannot be recovered.',
    lostText:
      "Nobody can open the data without it, not even with the help of Privacy Desk's makers: if it is forgotten, the data is lost with it. Write it down and keep it somewhere safe, away from this laptop.",
    mismatch: 'The two passphrases do not match.',
    show: 'Show',
    hide: 'Hide',
    showLabel: 'Show the passphrase',
    hideLabel: 'Hide the passphrase',
    capsLock: 'Caps Lock is on.',
    /** "Strength: good". */
    strength: (word: string) => `Strength: ${word}`,
    noneYet: 'none yet',
    /** The meter's words, by score from 0 (too short) to 4 (strong). */
    levels: ['too short', 'weak', 'fair', 'good', 'strong'],
  },
  export: {
    title: 'Export everything',
    note: 'Writes every record, the organisation profile, the adequacy list and the audit log into one JSON file. The file is not encrypted, even when the data file is: keep it somewhere safe.',
    exporting: 'Exporting…',
    export: 'Export everything',
    done: 'Everything exported to one JSON file. It is not encrypted: keep it somewhere safe.',
  },
};
