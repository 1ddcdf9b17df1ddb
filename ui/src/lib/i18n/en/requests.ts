// The requests texts of the window in English: the reference every other language matches key for key.

import { formatNumber } from '../format';

/** "1 request", "12 requests". */
const requestCount = (n: number) => (n === 1 ? '1 request' : `${formatNumber(n)} requests`);
/** "1 year", "3 years". */
const years = (n: number) => (n === 1 ? '1 year' : `${formatNumber(n)} years`);

export const requests = {
  list: {
    title: 'Requests',
    lede: 'Data subject requests and their legal deadlines, soonest first. Every due date names the rule that produced it.',
    add: 'Record request',
    columns: {
      reference: 'Reference',
      requester: 'Requester',
      rights: 'Rights',
      regime: 'Regime',
      received: 'Received',
      due: 'Due',
      status: 'Status',
    },
    readError: 'The requests could not be read',
    loading: 'Loading the requests…',
    searchLabel: 'Search requests',
    searchPlaceholder: 'Search requester, e-mail, reference…',
    noMatch: 'No request matches',
    /** The records, as the "see all N …" of an empty search names them. */
    what: 'requests',
    byStatus: 'Filter by status',
    allStatuses: 'All statuses',
    byRight: 'Filter by right',
    allRights: 'All rights',
    byRegime: 'Filter by regime',
    allRegimes: 'All regimes',
    openOnly: 'Open only',
    emptyTitle: 'No requests yet',
    emptyText:
      'Record each request a person makes about their data (access, erasure, objection…) on the day it arrives. The due date is computed from the regime and updated as identity evidence, clarifications and extensions are recorded.',
    /** "4 requests". */
    count: requestCount,
    /** "2 of 4 requests", when a filter hides some. */
    countOf: (shown: number, total: number) => `${formatNumber(shown)} of ${requestCount(total)}`,
  },

  form: {
    newTitle: 'Record a request',
    editTitle: (reference: string) => `Edit ${reference || 'request'}`,
    crumbNew: 'New request',
    lede: 'Fields marked * are required. The due date is computed from the regime, the day of receipt and what is recorded afterwards, with your working calendar.',
    saveNew: 'Record request',
    saveEdit: 'Save changes',
    requester: 'Requester',
    request: 'Request',
    notes: 'Notes',
    notesLabel: 'Anything worth recording',
    requesterPlaceholder: 'Jane Doe',
    emailPlaceholder: 'jane@example.com',
    feePlaceholder: '£25',
    channelPlaceholder: 'From the contact details',
    channelHint: 'Left empty: e-mail when an address is given, else post, else other.',
    rightsHint: 'One request may exercise several rights. Opt-out of sale and sensitive data are CCPA rights.',
    receivedHint: 'The day it arrived, even on a weekend or holiday.',
    feeHint: 'Only where the law lets one be charged.',
    /** The authority the organisation reports to, as the regime hint names it. */
    authority: { ico: 'the ICO', cnil: 'the CNIL', other: 'your authority' },
    regimeIsDefault: (regime: string, authority: string) => `${regime}, the default for an organisation reporting to ${authority}.`,
    regimeNotDefault: (authority: string, regime: string) => `The default for an organisation reporting to ${authority} is ${regime}.`,
    created: (reference: string, due: string) => `${reference} recorded: due ${due}.`,
    saved: (reference: string) => `Changes to ${reference} saved.`,
  },

  /** The form's fields, as its labels and its error summary name them. */
  fields: {
    requester: 'Requester',
    email: 'E-mail',
    postal_address: 'Postal address',
    channel: 'Channel',
    rights: 'Rights exercised',
    regime: 'Regime',
    received_on: 'Received on',
    fee: 'Fee',
    notes: 'Notes',
  },

  detail: {
    title: 'Request',
    received: (date: string) => `received ${date}`,
    deadline: 'Deadline',
    due: 'Due',
    wasDue: 'Was due',
    closedOn: (date: string) => `Closed ${date}`,
    departure: 'Departure from the default reading.',
    acknowledgeBy: 'Confirm receipt by',
    acknowledgeRule: '(CCPA: 10 business days)',
    clockStarted: 'Clock started',
    clockStarts: 'Clock starts',
    paused: 'Paused',
    pausedFor: (days: number) => `${days === 1 ? '1 day' : `${formatNumber(days)} days`} awaiting clarification`,
    originalDue: 'Original due date',
    extension: 'Extension',
    extensionTold: (date: string) => `requester told ${date}`,
    extensionReasons: 'Reasons given',
    extensionBy: 'Extension notice by',
    extensionByRule: '(end of the first period)',
    steps: 'Record a step',
    letters: 'Letters',
    lettersIn: 'in',
    lettersLang: 'Language of the letters',
    lettersDated: 'Dated',
    lettersDatedHint: 'Empty: the day of each letter’s event (receipt, identity request, extension notice, response).',
    printLetter: (letter: string) => `Print the ${letter.toLowerCase()} as PDF`,
    letterPrinted: (letter: string, reference: string, lang: string) => `${letter} for ${reference} printed in ${lang}.`,
    request: 'Request',
    rights: 'Rights',
    email: 'E-mail',
    postalAddress: 'Postal address',
    channel: 'Channel',
    fee: 'Fee',
    notes: 'Notes',
    pseudonymised: 'Pseudonymised',
    pseudonymisedOn: (date: string) => `${date} (end of retention)`,
    timeline: 'Timeline',
    recorded: (at: string, actor: string) => `Recorded ${at} · ${actor}`,
    close: 'Close…',
    extend: 'Extend…',
  },

  /** The dialog of each workflow step: its title, explanation, date field and, where it has them, reason and button. */
  steps: {
    'identity-requested': {
      title: 'Record the request for identity evidence',
      explain: 'Under the UK GDPR the clock starts again when the evidence arrives; under the EU GDPR it runs on unless the pause is applied.',
      date: 'Asked the requester on',
    },
    'identity-received': {
      title: 'Record the identity evidence received',
      explain: 'The day the evidence reached you; under the UK GDPR the month is counted from it.',
      date: 'Received on',
    },
    'clarification-asked': {
      title: 'Record a request for clarification',
      explain: 'Under the UK GDPR the days until the answer arrives do not count.',
      date: 'Asked on',
    },
    'clarification-answered': {
      title: "Record the requester's clarification",
      explain: 'The day the answer reached you; the clock runs again from then.',
      date: 'Received on',
    },
    'fee-requested': {
      title: 'Record a request for a fee',
      explain: 'Record the amount in the request’s details first; under the UK GDPR the clock waits until the fee is paid.',
      date: 'Requested on',
    },
    'fee-received': {
      title: 'Record the fee received',
      explain: 'Where a fee may be charged, the UK GDPR clock starts when it is paid.',
      date: 'Received on',
    },
    start: {
      title: 'Record the start of work',
      explain: 'The day someone started answering the request.',
      date: 'Started on',
    },
    'eu-pause-apply': {
      title: 'Apply the identity and clarification pause',
      explain:
        'The EU GDPR does not say the clock stops while identity or clarification is awaited; applying the pause departs from the default reading, so it needs your reasons.',
      date: 'Applied on',
      reason: 'Why the pause is applied',
      save: 'Apply pause',
    },
    'eu-pause-remove': {
      title: 'Remove the pause',
      explain: 'The due date goes back to one month from receipt.',
      date: 'Removed on',
      reason: 'Why the pause is removed',
      save: 'Remove pause',
    },
    extend: {
      title: 'Extend by two further months',
      explain: 'Allowed once, when the request is complex or one of many, provided the requester is told within the first period, with the reasons.',
      date: 'Requester told on',
      reason: 'Reasons, as told to the requester',
      save: 'Record extension',
    },
    close: {
      title: 'Close the request',
      explain: 'A closed request cannot change afterwards. The date is the response date.',
      date: 'Response date',
      reason: 'Reasons',
      save: 'Close request',
    },
  },

  step: {
    reason: 'Reason',
    save: 'Record',
    /** The fields as the dialog's error summary names them. */
    dateField: 'The date',
    reasonField: 'The reason',
    outcome: 'Outcome',
    refusalReasons: 'Reasons for the refusal (Art. 12(5))',
    closeReasons: 'Reasons or note (optional)',
    final: (reference: string) => `Closing ${reference} is final: no further step can be recorded afterwards.`,
    closed: (reference: string, outcome: string) => `${reference} closed as ${outcome.toLowerCase()}.`,
    extended: (reference: string, due: string) => `${reference} extended: now due ${due}.`,
    recorded: (reference: string, step: string, due: string) => `${reference}: ${step.toLowerCase()} recorded; due ${due}.`,
  },

  purge: {
    title: 'Purge expired requests',
    note: (retentionYears: number) =>
      `Closed requests are kept ${years(retentionYears)} (“Requester data kept for” in the profile above). After that, the requester's name, contact details, notes and reasons are replaced by a pseudonym; dates, rights, regime and outcome stay in the log.`,
    preview: 'Preview purge',
    checking: 'Checking…',
    nothing: (date: string) => `Nothing to purge: no request closed on or before ${date} is left with its requester's details.`,
    due: (n: number, date: string, retentionYears: number) =>
      `${requestCount(n)} closed on or before ${date} ${n === 1 ? 'has' : 'have'} reached the end of ${retentionYears}-year retention:`,
    columns: { reference: 'Reference', regime: 'Regime', outcome: 'Outcome', closed: 'Closed', purgeFrom: 'Purge from' },
    start: (n: number) => `Pseudonymise ${requestCount(n)}…`,
    confirmTitle: (n: number) => `Pseudonymise ${requestCount(n)}?`,
    confirm: 'Purge',
    purging: 'Purging…',
    explain: (n: number) =>
      `The requesters' names, e-mail and postal addresses, notes and reasons in ${n === 1 ? 'this request' : `these ${formatNumber(n)} requests`} are replaced by a pseudonym. This cannot be undone. Each change is recorded in the audit trail.`,
    none: 'No request had reached the end of its retention period.',
    done: (n: number) => `${requestCount(n)} pseudonymised: the requesters' details are removed, the anonymised log is kept.`,
  },
};
