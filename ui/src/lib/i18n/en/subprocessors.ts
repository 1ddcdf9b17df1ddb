// The subprocessors texts of the window in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

const count = (n: number) => (n === 1 ? '1 subprocessor' : `${formatNumber(n)} subprocessors`);

export const subprocessors = {
  /** The record's fields, as the form, the detail panel and the core's error messages name them. */
  fields: {
    name: 'Name',
    legal_entity: 'Legal entity',
    address: 'Address',
    country: 'Country of establishment',
    service: 'Service',
    purpose: 'Purpose',
    category: 'Category',
    data_categories: 'Data categories',
    subject_categories: 'Data subjects',
    locations: 'Processing locations',
    transfer_mechanism: 'Transfer mechanism',
    scc_module: 'SCC module',
    transfer_notes: 'Transfer notes',
    dpa_signed_on: 'DPA signed on',
    dpa_reference: 'DPA reference',
    certifications: 'Certifications',
    security_reviewed_on: 'Security reviewed on',
    access: 'Team access',
    website: 'Website',
    privacy_policy_url: 'Privacy policy',
    status: 'Status',
    started_on: 'Started on',
    ended_on: 'Ended on',
    notes: 'Notes',
  },
  /** The groups of fields, in the form and in the detail panel. */
  sections: {
    identity: 'Identity',
    serviceData: 'Service and data',
    locations: 'Locations and transfers',
    contract: 'Contract and security',
    status: 'Status and dates',
    notes: 'Notes',
  },
  register: {
    title: 'Subprocessors',
    lede: "The processors that handle your customers' personal data, and where they process it.",
    add: 'Add subprocessor',
    importSheet: 'Import a spreadsheet',
    readError: 'The register could not be read',
    loading: 'Loading the register…',
    searchLabel: 'Search subprocessors',
    searchPlaceholder: 'Search name, service, country…',
    /** The records, as "see all 12 …" names them. */
    what: 'subprocessors',
    statusFilter: 'Filter by status',
    allStatuses: 'All statuses',
    categoryFilter: 'Filter by category',
    allCategories: 'All categories',
    exportGroup: 'Export the register',
    export: 'Export',
    exported: (format: string) => `Register exported as ${format}.`,
    printGroup: 'Print the public list as PDF',
    printPdf: 'Print PDF',
    printIn: { en: 'Print the public list in English', fr: 'Print the public list in French' },
    printed: { en: 'Public subprocessor list printed in English.', fr: 'Public subprocessor list printed in French.' },
    columns: {
      name: 'Name',
      service: 'Service',
      category: 'Category',
      country: 'Country',
      locations: 'Locations',
      transfer: 'Transfer',
      status: 'Status',
    },
    /** "12 subprocessors". */
    count,
    /** "3 of 12 subprocessors". */
    countOf: (shown: number, total: number) => `${formatNumber(shown)} of ${count(total)}`,
    /** "No subprocessor matches “aws” with status Retired in Hosting.": each condition left empty is not said. */
    noMatch: (query: string, status: string, category: string) => {
      const parts = [query ? `“${query}”` : '', status ? `with status ${status}` : '', category ? `in ${category}` : ''].filter((p) => p !== '');
      return parts.length === 0 ? 'No subprocessor matches.' : `No subprocessor matches ${parts.join(' ')}.`;
    },
    empty: {
      title: 'No subprocessors yet',
      intro: "Add each service that processes your customers' personal data, or import them from a spreadsheet saved as CSV.",
      /** Before the list of the columns the file needs. */
      needs: 'The file needs a header row with the columns',
      /** The file's headers as the core reads them: needed, then read when present. */
      required: ['Name', 'Service', 'Category', 'Country'],
      requiredEnd: ';',
      optional: ['Processing locations', 'Legal entity', 'Purpose', 'Transfer mechanism', 'DPA signed', 'Website', 'Status'],
      others: 'and the other fields are read when present.',
      headers: 'Headers may be in English or French, separated by commas or semicolons.',
    },
    gaps: {
      title: 'Print the list with transfers that have no safeguard?',
      submit: 'Print anyway',
      explain: (n: number) =>
        `Customers read the public list. ${n === 1 ? 'One subprocessor transfers' : `${formatNumber(n)} subprocessors transfer`} data outside the EEA with no safeguard recorded and no adequacy decision covering the country. Record the safeguard (or correct the locations) first, or print the list as it stands.`,
      /** Between a subprocessor's name and what its transfer lacks. */
      separator: ': ',
      more: (n: number) => `…and ${formatNumber(n)} more.`,
    },
  },
  detail: {
    /** The panel's title until the record is read. */
    title: 'Subprocessor',
    outsideEea: 'Outside the EEA',
    recorded: 'Recorded',
    lastChanged: 'Last changed',
    history: 'History',
    retire: 'Retire…',
    /** The footer of a retired record, with its end date when it has one. */
    retiredNote: (date: string) => (date ? `Retired on ${date}; kept for the record.` : 'Retired; kept for the record.'),
    retired: (name: string, date: string) => `${name} is retired from ${date}. The record and its history are kept.`,
  },
  retire: {
    title: (name: string) => `Retire ${name}?`,
    submit: 'Retire subprocessor',
    explain:
      'The record is kept, not deleted: it stays in the register with its history, marked as retired from the date below, and it leaves the printed public list.',
    /** The date, as the core's error messages about it name it. */
    dateName: 'The end date',
    date: 'Last day of use',
  },
  form: {
    newTitle: 'Add a subprocessor',
    editTitle: (name: string) => `Edit ${name}`,
    /** The page's title while the record is read. */
    editUnnamed: 'Edit subprocessor',
    crumbNew: 'New subprocessor',
    lede: 'Fields marked * are required. Every change is recorded in the history with the values before and after.',
    saveChanges: 'Save changes',
    add: 'Add subprocessor',
    added: (name: string) => `${name} added to the register.`,
    saved: (name: string) => `Changes to ${name} saved.`,
    commas: 'Separate with commas.',
    countryHint: 'Where the company is established: a name or an ISO code.',
    locationsHint: 'Where the data is processed or stored: ISO codes or names, separated by commas.',
    unknownLocations: (list: string) => `not recognised yet: ${list}`,
    sccModuleHint: 'As a processor engaging a subprocessor, usually Module 3 (processor to processor).',
    mechanismNeeded: (countries: string) => `Needed: processed outside the EEA (${countries}).`,
    notesLabel: 'Anything else worth recording',
    placeholders: {
      name: 'Amazon Web Services',
      legal_entity: 'Amazon Web Services EMEA SARL',
      country: 'Luxembourg, US…',
      website: 'https://aws.amazon.com',
      privacy_policy_url: 'https://…/privacy',
      service: 'Hosting of the application',
      category: 'Choose a category…',
      purpose: 'Why the data is processed through this service',
      data_categories: 'Contact details, usage data',
      subject_categories: "Customers' users, prospects",
      access: 'Who on the team can reach the data through it',
      locations: 'FR, DE, US',
      transfer_mechanism: 'None recorded',
      dpa_reference: 'AWS GDPR DPA, 2023 version',
      certifications: 'ISO 27001, SOC 2 Type II',
    },
  },
  import: {
    title: (file: string) => `Import ${file}`,
    checking: 'Checking every row…',
    nothingImported: 'Nothing was imported.',
    problems: (n: number) =>
      n === 1
        ? 'One problem was found in the file. Correct it in the spreadsheet, or read a column as another field above, and import it again.'
        : `${formatNumber(n)} problems were found in the file. Correct them in the spreadsheet, or read a column as another field above, and import it again.`,
    columns: {
      line: 'Line',
      column: 'Column',
      problem: 'Problem',
      action: 'Action',
      name: 'Name',
      country: 'Country',
      category: 'Category',
      letter: 'Col.',
      header: 'Header in the file',
      readAs: 'Read as',
    },
    columnsTitle: (used: number, all: number) => `How the file’s columns are read: ${formatNumber(used)} of ${formatNumber(all)} used`,
    columnsHint: 'Each column is read by its header. Choose another field for a column, or ignore it; the rows are checked again.',
    readAsFor: (column: string) => `Read the column “${column}” as`,
    ignore: 'Ignore this column',
    also: (field: string) => `also fills ${field}, as the file has no such column`,
    mapped: 'your choice',
    ignored: (columns: string) => `Not imported: ${columns}.`,
    /** The words after each count, in the figures above the preview. */
    toAdd: (_n: number) => 'to add',
    toUpdate: (_n: number) => 'to update',
    unchanged: (_n: number) => 'unchanged',
    matchedByName: 'Rows are matched to existing records by name.',
    nothingNew: 'The register already holds everything in this file; importing records that it was checked.',
    actions: { add: 'Add', update: 'Update', unchanged: 'Unchanged' },
    importing: 'Importing…',
    confirm: 'Confirm import',
  },
  /** What an import would do and did, as one line. */
  plan: {
    toAdd: (n: number) => `${formatNumber(n)} to add`,
    toUpdate: (n: number) => `${formatNumber(n)} to update`,
    unchanged: (n: number) => `${formatNumber(n)} unchanged`,
    noRows: 'The file has no rows.',
    added: (n: number) => `${formatNumber(n)} added`,
    updated: (n: number) => `${formatNumber(n)} updated`,
    applied: (file: string, counts: string) => `Imported ${file}: ${counts}.`,
  },
};
