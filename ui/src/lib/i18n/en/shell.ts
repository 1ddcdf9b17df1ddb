// The shell texts of the window in English: the reference every other language matches key for key. The shell is
// the window's frame (opening, the sidebar, the banner, the progress bar) and the shared components every screen
// composes (tables, forms, dialogs, panels).

import { formatNumber } from '../format';

export const shell = {
  opening: 'Opening Privacy Desk…',
  openFailed: 'Privacy Desk could not open its data',
  /** The banner when the user stopped long work with Cancel. */
  stopped: 'Stopped: nothing was changed or saved.',
  /** A failure that says nothing of itself. */
  somethingWrong: 'Something went wrong.',
  /** The page opened in a browser rather than the Privacy Desk window (development only). */
  notInWindow: (command: string) => `The core cannot answer '${command}': this page is not running in the Privacy Desk window.`,

  nav: {
    label: 'Main',
    dashboard: 'Dashboard',
    deadlines: 'Deadlines',
    subprocessors: 'Subprocessors',
    activities: 'Record of processing',
    requests: 'Requests',
    breaches: 'Breaches',
    policies: 'Policies',
    audit: 'Audit trail',
    registrations: 'Registrations',
    settings: 'Settings',
    /** Under the organisation's name: "Reports to CNIL". */
    reportsTo: (authority: string) => `Reports to ${authority}`,
  },

  screen: {
    opening: 'Opening…',
    failed: (reason: string) => `This screen could not be opened: ${reason}`,
  },

  progress: {
    working: 'Working…',
    stopping: 'Stopping…',
    /** "Importing the rows: 250 of 1,000". */
    counted: (stage: string, done: number, total: number) => `${stage}: ${formatNumber(done)} of ${formatNumber(total)}`,
    /** "Saving the file…". */
    stage: (stage: string) => `${stage}…`,
  },

  table: {
    couldNotRead: 'The list could not be read',
    searchTitle: 'Search (Ctrl+F or /)',
    /** Under "No subprocessor matches …": `total` records there are, of which none matched. */
    noMatchHelp: (total: string, what: string) => `Try other words, or clear the search and filters to see all ${total} ${what}.`,
    clearFilters: 'Clear filters',
  },

  pager: {
    label: 'Pages of the list',
    /** "101–200 of 10,000". */
    range: (first: number, last: number, total: number) => `${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(total)}`,
  },

  errors: {
    couldNotSave: 'This could not be saved:',
    alsoCheck: (fields: number) => (fields === 1 ? 'Also check the field marked below.' : `Also check the ${formatNumber(fields)} fields marked below.`),
    nothingSaved: (fields: number) =>
      fields === 1 ? 'Nothing was saved: check the field marked below.' : `Nothing was saved: check the ${formatNumber(fields)} fields marked below.`,
  },

  history: {
    none: 'No recorded changes.',
    /** The record's creation, its fields folded away. */
    fieldsRecorded: (n: number) => (n === 1 ? '1 field recorded' : `${formatNumber(n)} fields recorded`),
  },

  breadcrumb: 'Breadcrumb',
  closePanel: 'Close panel',
  closeEsc: 'Close (Esc)',

  unsaved: {
    title: 'Leave without saving?',
    discard: 'Discard the changes',
    explain: 'The changes made here have not been saved. Leaving now discards them.',
  },

  date: {
    /** How a date's pattern reads, part by part: "dd/mm/yyyy", and a time's: "hh:mm". */
    day: 'dd',
    month: 'mm',
    year: 'yyyy',
    hour: 'hh',
    minute: 'mm',
    /** A field's text that is not a date, once the field is left. */
    invalid: (label: string, pattern: string, example: string) => `${label || 'This'} is not a date: write it as ${pattern}, for example ${example}.`,
  },
};
