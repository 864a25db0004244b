import type { CaseRecord } from '../caseRecord';
import { personCodeNameKey } from '../codeNames';
import { mostSevere } from '../severity';
import { vocabularyKey } from '../vocabularies';
import { periodOf, periodsNewestFirst } from './periods';
import { TIME_TO_RESOLUTION_COLUMNS, timeToResolution } from './timeToResolution';
import { FIRST_RESPONSE_COLUMN, medianDaysToFirstResponse, stepsByCase } from './firstResponse';
import { groupReports, isResolvedReport, placeReport, type PlacedReport } from './reports';
import {
  STATISTICS_COLUMNS,
  type ComputeStatisticsOptions,
  type StatisticsReport,
  type StatisticsWarning,
} from './types';

/*
 * The spec names these values, so they are matched by name (trimmed, case-insensitive) rather than
 * by rung: a group that reorders its ladder changes which value is most severe, not what a
 * "warning" is.
 */
const DSF_SOURCES = new Set(['coc wg', 'dsf board']);
const LOCAL_SOURCES = new Set(['local event reps']);
const ACTION_CONSEQUENCES = new Set(['other', 'warning', 'first suspension', 'second suspension', 'ban']);
const PERSON_COLUMN_OF: Readonly<Record<string, 'Warned' | 'Suspended' | 'Banned' | 'Other'>> = {
  warning: 'Warned',
  'first suspension': 'Suspended',
  'second suspension': 'Suspended',
  ban: 'Banned',
  other: 'Other',
};

type Column = (typeof STATISTICS_COLUMNS)[number];
type Counts = Record<Exclude<Column, 'Period'>, number>;

function emptyCounts(): Counts {
  return {
    Reports: 0,
    'People Named': 0,
    'Actions (DSF)': 0,
    'Actions (Local)': 0,
    'Not a violation': 0,
    'Out of scope': 0,
    Warned: 0,
    Suspended: 0,
    Banned: 0,
    Other: 0,
    'No Action': 0,
  };
}

function hasActionBy(report: PlacedReport, sources: ReadonlySet<string>): boolean {
  return report.rows.some(
    (row) => sources.has(vocabularyKey(row.resolutionSource)) && ACTION_CONSEQUENCES.has(vocabularyKey(row.consequences)),
  );
}

/**
 * The most severe consequence among `rows`, by the ladder, as a comparison key. An unknown value
 * could be more severe than every known one, so any unknown value leaves the outcome undecided
 * (null) rather than guessed.
 */
function outcomeKey(rows: readonly CaseRecord[], ladder: readonly string[]): string | null {
  const { value, unknown } = mostSevere(
    rows.map((row) => row.consequences),
    ladder,
  );
  return value === null || unknown.length > 0 ? null : vocabularyKey(value);
}

function countPeriod(reports: readonly PlacedReport[], ladder: readonly string[]): Counts {
  const counts = emptyCounts();
  const rowsByPerson = new Map<string, CaseRecord[]>();
  for (const report of reports) {
    counts.Reports += 1;
    if (hasActionBy(report, DSF_SOURCES)) counts['Actions (DSF)'] += 1;
    if (hasActionBy(report, LOCAL_SOURCES)) counts['Actions (Local)'] += 1;
    const outcome = outcomeKey(report.rows, ladder);
    if (outcome === 'not a violation') counts['Not a violation'] += 1;
    if (outcome === 'out of scope') counts['Out of scope'] += 1;
    if (outcome === 'none' && isResolvedReport(report)) counts['No Action'] += 1;
    for (const row of report.rows) {
      // Compared as the identity key compares them, so People Named agrees with its Report Count.
      const key = personCodeNameKey(row.personCodeName);
      if (key === '') continue;
      const rows = rowsByPerson.get(key);
      if (rows) rows.push(row);
      else rowsByPerson.set(key, [row]);
    }
  }
  counts['People Named'] = rowsByPerson.size;
  // A person's consequence comes from their own rows only: a co-named person's ban is not theirs.
  for (const rows of rowsByPerson.values()) {
    const outcome = outcomeKey(rows, ladder);
    const column = outcome === null ? undefined : PERSON_COLUMN_OF[outcome];
    if (column) counts[column] += 1;
  }
  return counts;
}

function unknownConsequenceWarnings(reports: readonly { caseCodeName: string; rows: CaseRecord[] }[], ladder: readonly string[]): StatisticsWarning[] {
  return reports.flatMap((report) =>
    mostSevere(
      report.rows.map((row) => row.consequences),
      ladder,
    ).unknown.map((value): StatisticsWarning => ({ kind: 'unknown-consequence', caseCodeName: report.caseCodeName, value })),
  );
}

/**
 * The statistics table of spec section 8, one row per period, newest first, with every period
 * between the newest and the oldest (a quiet period shows zeros rather than vanishing).
 *
 * A report is every row with one Case Code Name (hyphen and space alike, any case). It is placed
 * by its earliest Date of Report, or by its latest Resolution Date, in which case unresolved
 * reports are left out. Rows and reports that cannot be placed, and Consequences values the
 * ladder lacks, come back in `warnings` instead of being guessed at.
 *
 * @example
 * computeStatistics(records, { grouping: 'year', dateBasis: 'report', ladder })
 * // => { columns: ['Period', 'Reports', ...], rows: [['2025', 4, 4, ...], ...], warnings: [] }
 */
export function computeStatistics(records: readonly CaseRecord[], options: ComputeStatisticsOptions): StatisticsReport {
  const { reports, warnings } = groupReports(records);
  const placed: PlacedReport[] = [];
  for (const report of reports) {
    const { day, warning } = placeReport(report, options.dateBasis);
    if (warning) warnings.push(warning);
    if (day !== null) placed.push({ ...report, day });
  }
  warnings.push(...unknownConsequenceWarnings(reports, options.ladder));

  const reportsByPeriod = new Map<string, PlacedReport[]>();
  for (const report of placed) {
    const period = periodOf(report.day, options.grouping);
    const inPeriod = reportsByPeriod.get(period);
    if (inPeriod) inPeriod.push(report);
    else reportsByPeriod.set(period, [report]);
  }

  const periods = periodsNewestFirst(
    placed.map((report) => report.day),
    options.grouping,
  );
  const rows = periods.map((period) => {
    const counts = countPeriod(reportsByPeriod.get(period) ?? [], options.ladder);
    return [period, ...STATISTICS_COLUMNS.slice(1).map((column) => counts[column as keyof Counts])];
  });
  const timing = periods.map((period) => timeToResolution(reportsByPeriod.get(period) ?? []));
  const steps = stepsByCase(options.caseSteps ?? []);
  const firstResponse = periods.map((period) => [medianDaysToFirstResponse(reportsByPeriod.get(period) ?? [], steps)]);
  return {
    columns: [...STATISTICS_COLUMNS],
    rows,
    warnings,
    timeToResolution: { columns: [...TIME_TO_RESOLUTION_COLUMNS], rows: timing },
    firstResponse: { columns: [FIRST_RESPONSE_COLUMN], rows: firstResponse },
  };
}
