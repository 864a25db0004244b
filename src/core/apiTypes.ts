/**
 * The plain objects that cross google.script.run between the sidebars/dialogs and the server.
 * Both sides import these types, so the client's calls are checked against the server's exports.
 */
import type { Vocabularies } from './vocabularies';

export type ReportKind = 'needs-decision' | 'keep-on-file';

export type ReportPersonInput = { realName: string } | { personCodeName: string };

/** `logReport`'s form (spec section 12). Dates are ISO days. */
export interface ReportFormInput {
  dateOfReport: string;
  kind: ReportKind;
  people: ReportPersonInput[];
  safetyRisk: string;
  ongoingHarassment: string;
  status: string;
  resolutionSource?: string;
  resolutionDate?: string;
  consequences?: string;
  summary: string;
  /** Members the reporter asked to be kept out of the case (spec section 7), by email. */
  excludedMembers?: string[];
}

export interface LogReportResult {
  caseCodeName: string;
  personCodeNames: string[];
  documentUrl: string;
  acknowledgement: string;
  /** Sentences about members the case document could not be shared with, and why; [] when none. */
  notShared: string[];
  /**
   * Told only to a member with Identity Key Access (spec section 6): members kept out of the case
   * because a reported person's name matches them; [] otherwise, and always [] for anyone else.
   */
  reportedMembers: string[];
}

/** What the sidebar needs to draw the form. */
export interface LogReportOptions {
  today: string;
  vocabularies: Vocabularies;
  canUseIdentityKey: boolean;
  /** Person code names already in use, for members who pick rather than type a real name. */
  personCodeNames: string[];
  /** The other active members, whom the reporter may ask to keep out of the case. */
  members: string[];
}

export interface ValidationProblem {
  cell: string;
  rule: string;
  message: string;
}

export interface ValidationResult {
  problems: ValidationProblem[];
  /** Checks that could not run (e.g. the identity key could not be opened), in plain words. */
  skipped: string[];
}

export type StatisticsGrouping = 'year' | 'half-year';
export type StatisticsDateBasis = 'report' | 'resolution';

export interface StatisticsOptions {
  grouping: StatisticsGrouping;
  dateBasis: StatisticsDateBasis;
}

export interface StatisticsResult {
  columns: string[];
  rows: (string | number)[][];
  markdown: string;
  /** True when the public statistics spreadsheet was written. */
  published: boolean;
  warnings: string[];
}

export interface OnboardingOptions {
  caseCodeNames: string[];
}

export interface OnboardMemberOptions {
  role?: 'Chair' | 'Member';
  identityKeyAccess?: boolean;
  conflicts?: string[];
}

export interface OnboardMemberResult {
  email: string;
  sharedCases: string[];
  conflicts: string[];
  identityKeyShared: boolean;
  /**
   * One sentence per file whose sharing with the member Drive would not change (a domain that
   * forbids sharing outside it, an owner who stopped editors from sharing), naming it and why.
   */
  notShared: string[];
  /**
   * Set when the run stopped before the last case document, to stay inside Apps Script's six
   * minutes (src/core/caseBatches.ts): how far it got and how to go on. The case folder and the
   * identity key are done by the run that finishes.
   */
  unfinished?: string;
  /**
   * The cases of a reported person whose name matches the new member, on which they now have a
   * conflict (spec section 6); set only when there are some, which only a member with Identity Key
   * Access onboarding can learn.
   */
  reportedPartyCases?: string[];
}

export interface OffboardMemberResult {
  email: string;
  removedFrom: string[];
  /**
   * Files whose access the add-on could not take away: those the member owns (only an owner can
   * hand a file over), those whose owner stopped editors from sharing, and cases whose document
   * does not open for the chair.
   */
  leftForChair: string[];
  /** What the chair should ask for, one sentence per kind of leftover. */
  toDo: string[];
  /** Set when the run stopped before the last case document (src/core/caseBatches.ts): how far it got and how to go on. */
  unfinished?: string;
}

export interface SharingFinding {
  /**
   * The case's code name; 'The case in Cases row N' when its cell holds something else; or
   * 'Identity key' / 'Case folder' for those files (never a case code name: capitals).
   */
  caseCodeName: string;
  problem: string;
}

export interface AuditSharingResult {
  findings: SharingFinding[];
  fixed: boolean;
  /** Set when this run checked only some case documents (src/core/caseBatches.ts): how far it got and how to go on. */
  unfinished?: string;
}

export interface OpenCaseDocumentResult {
  caseCodeName: string;
  documentUrl: string;
  created: boolean;
  /** Sentences about members a new document could not be shared with, and why; [] when none. */
  notShared: string[];
}

export interface SetUpResult {
  created: string[];
  changed: string[];
  /** What the chair must read and act on (the owner is not a chair; Members was not protected). */
  warnings: string[];
}

export interface IdentityKeyResult {
  spreadsheetId: string;
  url: string;
  /** For a key just created: sentences about key holders Drive would not share it with, and why. */
  notShared?: string[];
}

export interface RefreshIdentityKeyResult {
  people: number;
  unknownConsequences: string[];
}

/** One line of a retention review (spec sections 12 and 14): a case or a person, never a name. */
export interface RetentionDueItem {
  caseCodeName?: string;
  personCodeName?: string;
  rule: string;
  /** ISO day the records became due. */
  dueOn: string;
}

export interface RetentionReviewResult {
  due: RetentionDueItem[];
  /** True when this run expunged records (only after the chair confirmed). */
  expunged: boolean;
  /** The cases whose documents were trashed and Documents cells marked in this run. */
  expungedCases: string[];
  /** How many people's identity key rows became tombstones in this run. */
  tombstonedPeople: number;
  /** Due cases left for the next review because one expunge takes at most so many. */
  deferredCases: number;
  /** Due cases that cannot be expunged by this chair, each in a sentence with its code name or cell. */
  problems: string[];
}

/** One pasted line that names a person who is Flagged, or banned on the event's date (spec section 15). */
export interface ScreeningMatchResult {
  line: string;
  status: 'flagged' | 'banned';
}

/** `screenAttendees`' result: the matching lines only, and a reply to send the organisers. */
export interface ScreeningResult {
  /** How many non-blank lines were screened. */
  screened: number;
  matches: ScreeningMatchResult[];
  draftReply: string;
}

/** A span of a checked draft (spec section 16): UTF-16 offsets into the text as pasted, end exclusive. */
export interface DraftFindingResult {
  start: number;
  end: number;
  reason: string;
}

/** `checkDraft`'s result. */
export interface DraftCheckResult {
  findings: DraftFindingResult[];
  redacted: string;
  /** Whether names and aliases from the identity key were looked for. */
  keyChecked: boolean;
  /** When they were not: why, in a sentence to show; '' when they were. */
  keyNote: string;
}

/** Record a step (spec section 18): the step's name from the Settings list; date `YYYY-MM-DD`, today when absent. */
export interface RecordCaseStepRequest {
  step: string;
  date?: string;
  /** The case; the active row of Cases when absent. */
  caseCodeName?: string;
}

export interface RecordCaseStepResult {
  caseCodeName: string;
  step: string;
  date: string;
  /**
   * Present when nothing was written: the step is one a case takes once (Received, Acknowledged)
   * and was already on record; `date` is then the day on record.
   */
  alreadyRecorded?: true;
}

/** What the Record a step dialog shows: the active row's case (never one the member is conflicted on), the Settings steps, today. */
export interface RecordStepOptions {
  caseCodeName: string;
  steps: string[];
  /** `YYYY-MM-DD` in the spreadsheet's time zone. */
  today: string;
}

/** Needs attention (spec section 18): only code names, step words and dates. */
export interface NeedsAttentionItem {
  caseCodeName: string;
  what: string;
  dueOn: string;
  overdueDays: number;
}

export interface NeedsAttentionResult {
  items: NeedsAttentionItem[];
}

/** The 1-based row of Cases that Needs attention selected. */
export interface SelectCaseResult {
  row: number;
}

/**
 * Record a decision (spec sections 12 and 17): each person's consequence by person code name ('' for
 * a case that names nobody), the resolution source, and the emails of the members who agreed.
 */
export interface RecordDecisionRequest {
  consequences: Record<string, string>;
  resolutionSource: string;
  agreedBy: string[];
  /** The case; the active row of Cases when absent. */
  caseCodeName?: string;
}

export interface RecordDecisionResult {
  caseCodeName: string;
  resolutionDate: string;
  /** The members counted as agreeing. */
  agreedBy: string[];
  /** Emails given that were not counted, each with why, as one sentence ('' when none). */
  notCounted: string;
  /** False when the recording member has no Identity Key Access (or the key does not open): a key holder's next refresh catches up. */
  keyRefreshed: boolean;
}

/** What the Record a decision dialog offers for the active row's case. */
export interface DecisionOptions {
  caseCodeName: string;
  /** The person code names on the case, '' for a row that names nobody. */
  people: string[];
  /** The Consequences list, least severe first. */
  consequences: string[];
  resolutionSources: string[];
  /** Active members without a conflict on the case, besides the one recording. */
  members: string[];
  /** How many active members have no conflict on the case, the one recording included. */
  eligible: number;
}
