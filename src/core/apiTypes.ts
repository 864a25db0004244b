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
}

export interface LogReportResult {
  caseCodeName: string;
  personCodeNames: string[];
  documentUrl: string;
  acknowledgement: string;
}

/** What the sidebar needs to draw the form. */
export interface LogReportOptions {
  today: string;
  vocabularies: Vocabularies;
  canUseIdentityKey: boolean;
  /** Person code names already in use, for members who pick rather than type a real name. */
  personCodeNames: string[];
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
}

export interface OffboardMemberResult {
  email: string;
  removedFrom: string[];
  transferredToChair: string[];
  /** Files Drive would not let the add-on hand to the chair: the chair must move them by hand. */
  leftForChair: string[];
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
}

export interface OpenCaseDocumentResult {
  caseCodeName: string;
  documentUrl: string;
  created: boolean;
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
}

export interface RefreshIdentityKeyResult {
  people: number;
  unknownConsequences: string[];
}
