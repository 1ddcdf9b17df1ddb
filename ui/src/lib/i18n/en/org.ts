// The org texts of the window in English: the reference every other language matches key for key. The
// organisation profile (set-up and Settings), the Settings screen around it, and the EU adequacy list.

import { formatNumber } from '../format';

export const org = {
  /** The authority when the organisation named none the app knows. */
  otherAuthority: 'Other authority',

  /** Each field of the profile by its name in the draft: the core's messages and the audit trail name them so. */
  fields: {
    legal_name: 'Legal name',
    address: 'Address',
    country: 'Country',
    company_number: 'Company number',
    authority: 'Supervisory authority',
    authority_name: 'Authority name',
    ico_registration: 'ICO registration number',
    ico_fee_tier: 'ICO fee tier',
    role: 'Role',
    contact_name: 'Privacy contact',
    contact_email: 'Contact e-mail',
    contact_phone: 'Contact phone',
    dpo_designated: 'DPO designated',
    representative: 'Representative',
    headcount: 'Headcount',
    calendar: 'Holiday calendar',
    timezone: 'Time zone',
    lang: 'Document language',
    window_lang: 'Window language',
    notice_minor_days: 'Minor changes',
    notice_substantial_days: 'Substantial changes',
    notice_legal_days: 'Changes required by law',
    subprocessor_notice_days: 'Subprocessor changes',
    request_retention_years: 'Requester data kept for',
    extra_holidays: 'Extra public holidays',
    processor_notice_hours: 'Breach notice to controllers',
  },

  form: {
    saveSetup: 'Save and continue',
    saveSettings: 'Save changes',
    sections: {
      organisation: 'Organisation',
      authority: 'Supervisory authority and role',
      contact: 'DPO or privacy contact',
      documents: 'Documents and deadlines',
      notices: 'Notice periods',
      requests: 'Requests and breaches',
    },
    /** Labels where the form says more, or less, than the field's name. */
    address: 'Registered address',
    contactName: 'Name',
    contactEmail: 'E-mail',
    contactPhone: 'Phone',
    representative: 'Legal representative',
    dpo: 'This contact is a designated Data Protection Officer (DPO)',
    placeholders: {
      legalName: 'Exemple SAS',
      country: 'France, United Kingdom, FR…',
      authority: 'Choose the authority…',
      authorityName: 'Garante per la protezione dei dati personali',
      contactName: 'Camille Martin',
      contactEmail: 'privacy@example.com',
    },
    hints: {
      country: 'A country name in English or French, or its ISO code.',
      headcount: 'People employed; optional.',
      role: "For your own users you are a controller; for your customers' data, a processor.",
      icoRegistration: 'Z followed by seven characters.',
      representative: 'Art. 27 representative, if you have one.',
      calendar: 'Used to count working days in deadlines.',
      lang: 'The default language of printed documents.',
      windowLang: 'The language of this window. Printed documents follow the document language.',
      timezone: 'Legal days end at midnight in this zone (IANA name).',
      extraHolidays: 'One-off holidays not in the calendar (YYYY-MM-DD), separated by commas.',
      notices: 'Days between telling people about a change and the change taking effect. Empty uses the default.',
      noticeMinor: 'Policy changes classified as minor.',
      noticeSubstantial: 'Policy changes classified as substantial.',
      noticeLegal: 'Changes the law requires; 0 means immediately.',
      noticeSubprocessor: 'Objection period before a new subprocessor is engaged.',
      retention: "Years after a request closes before the requester's details are replaced by a pseudonym (1 to 10).",
      processorNotice: 'As a processor, the time the contract gives you to tell a controller of a breach.',
    },
    units: { days: 'days', years: 'years', hours: 'hours' },
  },

  settings: {
    title: 'Settings',
    lede: 'The organisation profile printed on every record, the rules that compute dates, and how the data is kept safe.',
    saved: 'Organisation profile saved.',
    organisation: 'Organisation',
    name: 'Name',
    authority: 'Authority',
    timezone: 'Time zone',
    objectionPeriod: 'Subprocessor objection period',
    storage: 'Storage',
    database: 'Database',
    outputFolder: 'Output folder',
    version: 'Version',
    /** "0.9.0 · schema 12". */
    versionSchema: (version: string, schema: number) => `${version} · schema ${formatNumber(schema)}`,
    outputNote: 'Printed documents and exports are saved in the output folder.',
    dataSafety: 'Data safety',
  },

  adequacy: {
    title: 'EU adequacy list',
    note: 'The countries the European Commission has found adequate (GDPR Art. 45). A transfer to one of them needs no further safeguard; the record of processing warns about the others. The list changes with each decision: keep it current here.',
    edit: 'Edit list',
    import: 'Import a file…',
    export: 'Export file',
    useShipped: 'Use the shipped list',
    file: 'Adequacy list file',
    /** Before the list's date, in bold: "As of 1 Jan 2026 · …". */
    asOf: 'As of',
    /** After it, for a list the user saved (`saved` is when, or ''), and the shipped list's own date. */
    yours: (saved: string, shippedAsOf: string) =>
      `your list${saved ? `, saved ${saved}` : ''}; the list shipped with this version is as of ${shippedAsOf}.`,
    shipped: 'the list shipped with this version of Privacy Desk.',
    country: 'Country',
    scope: 'Scope',
    decision: 'Decision',
    fromFile: (file: string) => `Read from ${file}. Check it, then save to use it.`,
    asOfLabel: 'List current as of',
    rowCountry: (row: number) => `Country, row ${row}`,
    rowScope: (row: number) => `Scope, row ${row}`,
    rowDecision: (row: number) => `Decision, row ${row}`,
    removeRow: (row: number) => `Remove row ${row}`,
    addCountry: 'Add a country',
    saveList: 'Save list',
    resetTitle: 'Use the shipped adequacy list?',
    resetExplain: (yoursAsOf: string, shippedAsOf: string) =>
      `Your list (as of ${yoursAsOf}) is replaced by the one shipped with Privacy Desk (as of ${shippedAsOf}). The change is recorded in the audit trail with your list, so it can be entered again.`,
    saved: (countries: number, asOf: string) =>
      `Adequacy list saved: ${countries === 1 ? '1 country' : `${formatNumber(countries)} countries`}, as of ${asOf}.`,
    reset: (asOf: string) => `Back to the adequacy list shipped with Privacy Desk, as of ${asOf}.`,
    exported: 'Adequacy list saved as a tab-separated file, to edit and import again.',
    unreadable: (file: string) => `${file} could not be read.`,
    /** The fields as the core's messages name them. */
    fields: {
      asOf: 'The “as of” date',
      countries: 'The list',
      file: 'The file',
      code: (row: number) => `Country (row ${row})`,
      scope: (row: number) => `Scope (row ${row})`,
    },
  },
};
