// Words every area of the window uses, in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

export const common = {
  appName: 'Privacy Desk',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  edit: 'Edit',
  remove: 'Remove',
  back: 'Back',
  print: 'Print',
  printing: 'Printing…',
  open: 'Open',
  dismiss: 'Dismiss',
  retry: 'Try again',
  search: 'Search',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  notRecorded: 'Not recorded',
  optional: 'optional',
  previous: 'Previous',
  next: 'Next',
  language: 'Language',
  /** "1 day", "30 days". */
  days: (n: number) => (n === 1 ? '1 day' : `${formatNumber(n)} days`),
  /** A file's size below a kilobyte: "1 byte", "512 bytes", "1023 bytes" (never grouped). */
  bytes: (n: number) => (n === 1 ? '1 byte' : `${n} bytes`),
  /** A size in multiples of 1024: "1.5 KB", "2.4 MB". */
  size: (value: number, unit: 'KB' | 'MB' | 'GB' | 'TB') => `${formatNumber(value)} ${unit}`,
  /** What a list's search and filters keep. */
  list: {
    /**
     * Nothing matched: `what` names one record ("breach") and `conditions` are the search quoted and the filters
     * set, already worded ("“laptop” with status Open"), or ''.
     */
    noMatch: (what: string, conditions: string) => (conditions ? `No ${what} matches ${conditions}.` : `No ${what} matches.`),
    /** The search as the sentence quotes it. */
    quoted: (text: string) => `“${text}”`,
    /** "3 of 12 subprocessors": `all` is the count of every record, already worded. */
    countOf: (shown: number, all: string) => `${formatNumber(shown)} of ${all}`,
  },
};
