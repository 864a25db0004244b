/**
 * The most service calls each action may make on the demo tracker (spec section 10): on Google
 * every call is a round trip, and a member waits for all of them. `test/integration/callBudgets.test.ts`
 * fails when an action goes over its budget; `npm run bench` prints the budgets beside what it
 * measures; the README's Benchmarks section states them.
 */
export interface CallBudget {
  /** The global function, as the menu or a page calls it. */
  fn: string;
  /** What the row of the README and the bench report calls it. */
  label: string;
  args: unknown[];
  /** The active cell, for menu handlers that act on the selected row. */
  selection?: { sheet: string; a1: string };
  /** The answers to the menu handler's questions, in turn. */
  answers?: string[];
  budget: number;
}

/** logReport's form in the budget and the benchmarks: two people, one already in the key, one new. */
export const TWO_PEOPLE_ONE_NEW = {
  dateOfReport: '2025-05-01',
  kind: 'needs-decision',
  people: [{ realName: 'Fictional Person One' }, { realName: 'Fictional Newcomer' }],
  safetyRisk: 'No',
  ongoingHarassment: 'No',
  status: 'Ongoing',
  summary: 'Fictional summary.',
};

/**
 * What checking that Members and Settings are protected costs a privileged action (spec section 9):
 * the spreadsheet's id and one Sheets API call for both sheets' protection (Sheets.Spreadsheets.get),
 * then the owner and their email, which the custody checks below reuse.
 */
export const AUTHORITY_CHECK_CALLS = 4;

/** Reading the conflicts of interest from where the add-on keeps them (getDocumentProperties, getProperties). */
export const CONFLICTS_RECORD_CALLS = 2;

/**
 * Checking, before a real name is written, who owns the identity key and who can open it (spec
 * section 9): one Drive API call (Drive.Files.get with its owner and permissions) for someone who
 * may share the key; DriveApp's dozen for anyone else, to whom Drive does not list them.
 */
export const KEY_CUSTODY_CALLS = 1;

/** Checking, before a new case document goes into the case folder, who owns it and who can open it: as for the key. */
export const FOLDER_CUSTODY_CALLS = 1;

/** Chaining one audit line (spec section 9): read and write the newest digest, and computeDigest. */
export const AUDIT_CHAIN_CALLS = 3;

/** Appending one step to Case Steps (spec section 18): getSheetByName, its header (getLastColumn, getRange, getValues), appendRow. */
export const CASE_STEP_APPEND_CALLS = 5;

/** Reading Case Steps before a step a case takes once (Received, Acknowledged): getSheetByName, getDataRange, getValues. */
export const ONCE_PER_CASE_CHECK_CALLS = 3;

/** Reading Case Steps for the median days to first response (spec section 8): getSheetByName, getDataRange, getValues. */
export const CASE_STEPS_READ_CALLS = 3;

/** screenAttendees' list in its call budget: fictional names, one per line. */
export const SCREENED_LIST = 'Fictional Attendee One\nFictional Attendee Two\nfictional.attendee@example.org';

/** checkDraft's draft in its call budget. */
export const CHECKED_DRAFT = 'On 3 May 2025 at 14:32 Fictional Attendee One (@fictional_attendee) posted https://example.org/x.';

/** recordDecision's decision in its call budget: the demo's first case, which names two people. */
export const DEMO_DECISION = {
  consequences: { 'Blue Jay': 'Warning', 'Grey Heron': 'None' },
  resolutionSource: 'CoC WG',
  agreedBy: ['alder@example.org', 'birch@example.org'],
};

export const CALL_BUDGETS: readonly CallBudget[] = [
  // Two of its calls ask Utilities.formatDate for the spreadsheet zone's offsets, which Intl's
  // time-zone data gave for free; Apps Script does not promise that data (spec section 13).
  { fn: 'generateCodeName', label: 'generate code name', args: [], selection: { sheet: 'Cases', a1: 'B2' }, budget: 27 + CONFLICTS_RECORD_CALLS },
  { fn: 'validateRecords', label: 'validate records', args: [], budget: 46 },
  { fn: 'refreshIdentityKey', label: 'refresh identity key', args: [], budget: 23 + AUTHORITY_CHECK_CALLS },
  { fn: 'exportStatistics', label: 'export statistics (by year)', args: [{ grouping: 'year', dateBasis: 'report' }], budget: 37 + AUTHORITY_CHECK_CALLS + AUDIT_CHAIN_CALLS + CASE_STEPS_READ_CALLS },
  { fn: 'logReport', label: 'log report (two people, one new)', args: [TWO_PEOPLE_ONE_NEW], budget: 43 + AUTHORITY_CHECK_CALLS + CONFLICTS_RECORD_CALLS + AUDIT_CHAIN_CALLS + KEY_CUSTODY_CALLS + FOLDER_CUSTODY_CALLS + CASE_STEP_APPEND_CALLS },
  { fn: 'openCaseDocument', label: 'open case document', args: [], selection: { sheet: 'Cases', a1: 'B2' }, budget: 26 + AUTHORITY_CHECK_CALLS + CONFLICTS_RECORD_CALLS },
  { fn: 'reviewRetention', label: 'review retention (list only)', args: [false], budget: 21 + AUTHORITY_CHECK_CALLS },
  { fn: 'screenAttendees', label: 'screen an attendee list (three lines)', args: [SCREENED_LIST, '2025-06-01'], budget: 26 + AUTHORITY_CHECK_CALLS + AUDIT_CHAIN_CALLS },
  { fn: 'checkDraft', label: 'check a draft (with the identity key)', args: [CHECKED_DRAFT], budget: 16 + AUTHORITY_CHECK_CALLS },
  { fn: 'recordCaseStep', label: 'record a step', args: [{ step: 'Reporter updated' }], selection: { sheet: 'Cases', a1: 'B2' }, budget: 29 + CASE_STEP_APPEND_CALLS + CONFLICTS_RECORD_CALLS + AUDIT_CHAIN_CALLS },
  { fn: 'needsAttention', label: 'needs attention', args: [], budget: 21 + CONFLICTS_RECORD_CALLS },
  { fn: 'getRecordStepOptions', label: 'open the Record a step dialog', args: [], selection: { sheet: 'Cases', a1: 'B2' }, budget: 23 + CONFLICTS_RECORD_CALLS },
  {
    fn: 'recordCaseStep', label: 'record Acknowledged ("I have sent it")', args: [{ step: 'Acknowledged' }], selection: { sheet: 'Cases', a1: 'B2' },
    budget: 29 + ONCE_PER_CASE_CHECK_CALLS + CASE_STEP_APPEND_CALLS + CONFLICTS_RECORD_CALLS + AUDIT_CHAIN_CALLS,
  },
  // Reads Cases, the conflicts and Case Steps and opens the case document twice: before the
  // question, and again under the lock, so nothing changed while the person read it.
  { fn: 'renameCase', label: 'rename case (two rows, a document)', args: [], selection: { sheet: 'Cases', a1: 'B2' }, answers: ['YES', 'OK'], budget: 68 + 2 * CONFLICTS_RECORD_CALLS + AUDIT_CHAIN_CALLS },
  // Of its own 39: the case document's line 2 (Docs API: read the body once, write once), the rows 2
  // (one block) and the key 6 (open, read, and write its two columns when they change: the demo's
  // first case keeps its people's highest consequence, so 2 go unused there); Case Steps is read so
  // that a decision recorded again after a fault writes its step once. A decision counts members, so
  // Members must be protected.
  {
    fn: 'recordDecision', label: 'record a decision (two people)', args: [DEMO_DECISION], selection: { sheet: 'Cases', a1: 'B2' },
    budget: 39 + AUTHORITY_CHECK_CALLS + CONFLICTS_RECORD_CALLS + AUDIT_CHAIN_CALLS + ONCE_PER_CASE_CHECK_CALLS + CASE_STEP_APPEND_CALLS,
  },
];

/**
 * The most bytes each built file may take (`test/integration/bundleSize.test.ts`): Code.js is
 * parsed at the start of every execution, and each page is sent to the browser whenever it opens.
 * A page not named here gets the default.
 */
export const BUNDLE_BUDGETS = {
  // Unminified, so that Apps Script's error log points at readable code; Rename case brought it to
  // 414 KB, which V8 parses in a few milliseconds of a run's seconds.
  'Code.js': 450_000,
  'LogReportSidebar.html': 100_000,
  // Opened by every member whenever they look at the tracker: kept small.
  'NeedsAttentionSidebar.html': 20_000,
  'RecordStepDialog.html': 24_000,
  defaultHtml: 60_000,
} as const;
