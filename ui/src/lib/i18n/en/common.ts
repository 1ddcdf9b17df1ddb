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
};
