/** The statistics export's shapes (spec section 8). */
import type { CaseStepRecord } from '../caseSteps/caseStepRecords';

export const STATISTICS_COLUMNS = [
  'Period',
  'Reports',
  'People Named',
  'Actions (DSF)',
  'Actions (Local)',
  'Not a violation',
  'Out of scope',
  'Warned',
  'Suspended',
  'Banned',
  'Other',
  'No Action',
] as const;

export type StatisticsGrouping = 'year' | 'half-year';
export type StatisticsDateBasis = 'report' | 'resolution';

export interface ComputeStatisticsOptions {
  grouping: StatisticsGrouping;
  /** Which date places a report in a period: its Date of Report or its Resolution Date. */
  dateBasis: StatisticsDateBasis;
  /** The Consequences list from `Settings`, least severe first. */
  ladder: readonly string[];
  /** The rows of `Case Steps`, for the median days to first response; none when left out. */
  caseSteps?: readonly CaseStepRecord[];
}

/** A table ready for `Annual Stats`, the public spreadsheet or Markdown: plain values only. */
export interface StatisticsTable {
  columns: string[];
  /** One row per period, newest first: the period's name, then a count per column. */
  rows: (string | number)[][];
}

/**
 * Something the chair should fix in `Cases` before trusting the figures. Case code names only:
 * they already appear in the private tracker, and never a person's name.
 */
export type StatisticsWarning =
  /** A Consequences value the ladder lacks: the report's or person's outcome is left uncounted. */
  | { kind: 'unknown-consequence'; caseCodeName: string; value: string }
  /** A report with no real date to place it by: left out of every period. */
  | { kind: 'no-usable-date'; caseCodeName: string }
  /** A row with no Case Code Name cannot belong to a report: left out. */
  | { kind: 'no-case-code-name'; rowIndex: number };

/** The exact table plus what was left out of it and why; the warnings never go public. */
export interface StatisticsReport extends StatisticsTable {
  warnings: StatisticsWarning[];
  /**
   * For the private `Annual Stats` only, never published: per row of `rows`, the median days to
   * resolution ('' when none was resolved) and the number of reports still ongoing.
   */
  timeToResolution: StatisticsTable;
  /**
   * Per row of `rows`, the median days from Received to Acknowledged ('' when no report of the
   * period was acknowledged): on `Annual Stats` always, published only when `Settings` says so.
   */
  firstResponse: StatisticsTable;
}
