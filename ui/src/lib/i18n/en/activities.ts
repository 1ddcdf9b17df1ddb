// The activities texts of the window in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

export const activities = {
  /** The record's name: the screen's title and the way back to it. */
  title: 'Record of processing',
  choose: 'Choose…',

  screen: {
    lede: 'Every processing activity, as Art. 30 asks: purposes, people and data, recipients, transfers, retention and security.',
    add: 'Add an activity',
    printLang: 'Language of the printed record',
    printLangOwn: "In the layout's own language",
    /** An entry of the print language menu, with the language's name as the core writes it ("French"). */
    printIn: (language: string) => `In ${language}`,
    printCnil: 'Print CNIL',
    printCnilTitle: 'Print the record in the CNIL register layout as PDF (in French unless another language is chosen)',
    printIco: 'Print ICO',
    printIcoTitle: 'Print the record in the ICO documentation template as PDF (in English unless another language is chosen)',
    /** After a print: the layout ('cnil' or 'ico') and the language of the document ('fr' or 'en'). */
    printed: (layout: string, lang: string) =>
      `Record printed ${layout === 'cnil' ? 'in the CNIL layout' : 'in the ICO template'}, in ${lang === 'fr' ? 'French' : 'English'}.`,
    tabs: 'Record views',
    tabList: 'Activities',
    tabProcessor: 'As processor (Art. 30(2))',
  },

  list: {
    columns: {
      activity: 'Activity',
      role: 'Role',
      function: 'Function',
      purposes: 'Purposes',
      basis: 'Lawful basis',
      gaps: 'Gaps',
      updated: 'Updated',
    },
    error: 'The record could not be read',
    loading: 'Loading the record…',
    search: 'Search activities',
    searchPlaceholder: 'Search name, purpose, function…',
    /** "2 activities", and "of 5" while the list is filtered. */
    count: (n: number, total: number | null) =>
      `${n === 1 ? '1 activity' : `${formatNumber(n)} activities`}${total !== null ? ` of ${formatNumber(total)}` : ''}`,
    noMatch: 'No activity matches',
    /** The records, in "clear the filters to see all 5 activities". */
    what: 'activities',
    roleFilter: 'Filter by role',
    roleAll: 'Controller and processor',
    roleController: 'As controller',
    roleProcessor: 'As processor',
    includeArchived: 'Include archived',
    archived: (date: string) => `Archived ${date}`,
    gaps: 'Gaps against Art. 30',
    noGap: 'No gap found',
    emptyTitle: 'No processing activity recorded',
    emptyBody:
      'List each thing you do with personal data: hosting customer accounts, payroll, support, newsletters. Art. 30 asks every controller and processor to keep this record, and the exemption for small companies rarely applies to a software vendor.',
  },

  processorRecord: {
    label: 'Processor record',
    intro:
      'What we do as a processor, customer by customer (Art. 30(2)): the controllers we act for and the categories of processing carried out for each. It is drawn from the activities whose role is processor.',
    error: (reason: string) => `The processor record could not be read: ${reason}`,
    emptyTitle: 'No customer recorded',
    emptyBody: 'Add an activity with the role “processor” and list the customers it is carried out for, with the processing done for each.',
    activity: 'Activity',
    processing: 'Processing carried out',
  },

  form: {
    activity: 'Activity',
    newTitle: 'Add a processing activity',
    newCrumb: 'New activity',
    /** Under a recorded activity's name: its days, already written for people. */
    lede: (created: string, updated: string, archived: string | null) =>
      `Created ${created}, updated ${updated}.${archived ? ` Archived on ${archived}.` : ''}`,
    newLede: 'Only a name and one purpose are needed to save; the gaps against Art. 30 are listed as you type.',
    duplicate: 'Duplicate',
    archive: 'Archive',
    restore: 'Restore',
    archivedNotice: (date: string) => `This activity was archived on ${date}. It stays in the record's history; restore it if it resumed.`,
    saveChanges: 'Save changes',
    addActivity: 'Add the activity',
    backToList: 'Back to the list',
    notes: 'Notes',
    history: 'History',
    added: (name: string) => `“${name}” added to the record of processing.`,
    saved: (name: string) => `Changes to “${name}” saved.`,
    duplicated: (name: string) => `“${name}” created as a copy: change what differs and save.`,
    restored: (name: string) => `“${name}” restored to the record.`,
    archivedDone: (name: string) => `“${name}” archived: it is kept, but no longer printed as current.`,
    confirmArchive: 'Archive this activity?',
    confirmRestore: 'Restore this activity?',
    working: 'Working…',
    explainArchive: (name: string) =>
      `“${name}” stops being part of the current record. It is kept with its history (nothing is deleted) and can be restored.`,
    explainRestore: (name: string) => `“${name}” comes back into the current record and its prints.`,
  },

  /** The fields of the form by name: their labels, and where the error summary and the gaps point. */
  fields: {
    name: 'Activity',
    role: 'Our role',
    business_function: 'Business function',
    purposes: 'Purposes',
    lawful_basis: 'Lawful basis',
    legitimate_interests: 'Legitimate interests',
    sensitive_data: 'Sensitive data',
    art9_condition: 'Art. 9 condition',
    subject_categories: 'Categories of people',
    data_categories: 'Categories of data',
    source: 'Source of the data',
    recipients_internal: 'Internal recipients',
    recipients_external: 'External bodies',
    subprocessor_ids: 'Subprocessors',
    transfers: 'Transfers',
    security_measures: 'Security measures',
    dpia_needed: 'DPIA needed',
    dpia_reference: 'DPIA reference',
    joint_controller: 'Joint controller',
    software: 'Software used',
    rights: 'Rights available',
    automated_decisions: 'Automated decisions',
    location: 'Where the data are kept',
    customers: 'Customers',
    notes: 'Notes',
  },

  identity: {
    title: 'Identity and function',
    note: 'Art. 30(1)(a)',
    namePlaceholder: 'Customer accounts and hosting',
    roleController: 'We decide why and how the data are processed.',
    roleProcessor: 'We process the data for customers, who are the controllers.',
    functionPlaceholder: 'Product, Sales, HR…',
    jointHint: 'Only if another organisation decides with us.',
    softwarePlaceholder: 'Our application, HubSpot…',
  },

  purposes: {
    title: 'Purposes and lawful basis',
    note: 'Art. 30(1)(b), Art. 6',
    firstPlaceholder: 'Provide the service to customers',
    otherPlaceholder: 'Another purpose',
    remove: 'Remove this purpose',
    add: 'Add a purpose',
    basisNotNeeded: 'Not needed (the customer decides)',
    interestsPlaceholder: 'The interests pursued and why they are not overridden',
    sensitiveLabel: 'Sensitive data (Art. 9), one a line',
    sensitivePlaceholder: 'Health, union membership…',
    sensitiveHint: 'Leave empty if none.',
  },

  people: {
    title: 'People and data',
    note: 'Art. 30(1)(c), (f)',
    subjectsLabel: 'Categories of people, one a line',
    subjectsPlaceholder: 'Customers\nProspects',
    dataLabel: 'Categories of data and how long each is kept',
    dataHint: 'Choose “Other” for a category of your own and name it in the middle column.',
    headCategory: 'CNIL category',
    headHolds: 'What it holds (or a free entry’s name)',
    headRetention: 'Retention',
    category: (n: number) => `Category ${n}`,
    holds: (n: number) => `What category ${n} holds`,
    retention: (n: number) => `Retention of category ${n}`,
    freeEntryPlaceholder: 'Name of the free entry',
    holdsPlaceholder: 'Name, e-mail, phone…',
    retentionPlaceholder: '3 years after the contract',
    remove: 'Remove this category',
    add: 'Add a category',
    sourcePlaceholder: 'The person, their employer, a partner…',
    locationPlaceholder: 'OVH data centres in France',
  },

  recipients: {
    title: 'Recipients',
    note: 'Art. 30(1)(d)',
    internalLabel: 'Internal recipients, one a line',
    internalPlaceholder: 'Support team\nFinance',
    externalLabel: 'External bodies, one a line',
    externalPlaceholder: 'Tax authority\nAuditors',
    subprocessors: 'Subprocessors from the register',
    retired: '(retired)',
    unlink: (name: string) => `Unlink ${name}`,
    registerEmpty: 'The register is empty',
    allLinked: 'All subprocessors are linked',
    link: 'Link a subprocessor…',
  },

  transfers: {
    title: 'Transfers outside the EEA',
    note: 'Art. 30(1)(e), Chapter V',
    hint: 'Derived from the linked subprocessors’ processing locations; change a safeguard here when this activity differs from the register, or add a transfer to a recipient that is not a subprocessor.',
    /** Followed by the day of the adequacy list. */
    adequacyAsOf: 'Adequacy list as of',
    keepCurrent: 'keep it current in Settings',
    none: 'No transfer: no linked subprocessor processes the data outside the EEA.',
    recipient: 'Recipient',
    country: 'Country',
    safeguard: 'Safeguard',
    notes: 'Notes',
    origin: 'Origin',
    safeguardFor: (recipient: string, country: string) => `Safeguard for ${recipient} in ${country}`,
    noSafeguard: 'None recorded',
    origins: { derived: 'From the register', edited: 'Edited here', manual: 'Added here' },
    useRegister: 'Use the register’s safeguard',
    backToRegister: 'Back to the register’s safeguard',
    remove: 'Remove this transfer',
    add: 'Add a transfer',
    /** The tag beside a country with an adequacy decision. */
    adequacy: { full: 'adequacy', commercial: 'adequacy: commercial only', dpf: 'adequacy: DPF-certified only' },
  },

  measures: {
    title: 'Security measures',
    note: 'Art. 30(1)(g), 32',
    details: (measure: string) => `Details: ${measure}`,
    detailsPlaceholder: 'How, in a few words',
  },

  impact: {
    title: 'Impact assessment and rights',
    note: 'Art. 35, ICO template',
    dpiaLabel: 'Is a DPIA needed?',
    dpiaPlaceholder: 'Not assessed yet',
    referencePlaceholder: 'Link or document reference',
    rightsHint: 'Empty: the rights that follow from the lawful basis are printed.',
    automatedPlaceholder: 'None',
  },

  customers: {
    title: 'Customers we process for',
    note: 'Art. 30(2)(a), (b)',
    customer: (n: number) => `Customer ${n}`,
    namePlaceholder: 'Acme SAS',
    processing: (n: number) => `Processing for customer ${n}, one a line`,
    processingPlaceholder: 'Hosting\nSupport',
    remove: 'Remove this customer',
    add: 'Add a customer',
  },

  warnings: {
    title: 'Gaps against Art. 30',
    stale: 'Correct the marked fields to bring this list up to date.',
    none: 'Nothing missing: the record answers every question of Art. 30.',
  },
};
