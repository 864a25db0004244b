import type { CaseRecord } from '../caseRecord';
import { caseCodeNameKey } from '../codeNames';
import { isIsoDay } from '../dates';
import { RESOLVED_STATUS, vocabularyKey } from '../vocabularies';
import type { StatisticsDateBasis, StatisticsWarning } from './types';

/** One report: every row that carries one Case Code Name (spec section 8). */
export interface Report {
  /** The name as the first of its rows spells it, for warnings. */
  caseCodeName: string;
  rows: CaseRecord[];
}

/** A report with the ISO day that places it in a period. */
export interface PlacedReport extends Report {
  day: string;
}

/**
 * Older records join the words with a hyphen and newer ones with a space, and people retype names
 * in other cases, so `Quiet-Lantern` and `quiet lantern` are one report.
 */
export const caseKey = caseCodeNameKey;

/** Groups rows into reports, in the order each report's first row appears. */
export function groupReports(records: readonly CaseRecord[]): { reports: Report[]; warnings: StatisticsWarning[] } {
  const byKey = new Map<string, Report>();
  const warnings: StatisticsWarning[] = [];
  for (const record of records) {
    const key = caseKey(record.caseCodeName);
    if (key === '') {
      warnings.push({ kind: 'no-case-code-name', rowIndex: record.rowIndex });
      continue;
    }
    const report = byKey.get(key);
    if (report) report.rows.push(record);
    else byKey.set(key, { caseCodeName: record.caseCodeName.trim(), rows: [record] });
  }
  return { reports: [...byKey.values()], warnings };
}

function usableDays(days: readonly (string | null)[]): string[] {
  return days.filter((day): day is string => day !== null && isIsoDay(day));
}

/** A report is resolved when every one of its rows is: one person's part may still be open. */
export function isResolvedReport(report: Report): boolean {
  return report.rows.every((row) => vocabularyKey(row.status) === vocabularyKey(RESOLVED_STATUS));
}

/**
 * The day that places a report: its earliest Date of Report, or its latest Resolution Date (the
 * report was finished when its last person's part was). Returns null to leave the report out; a
 * report with nothing to place it by is a warning, except a report not yet resolved under the
 * resolution basis, which simply has not reached any period yet. A report with one person's part
 * resolved and another's still open is such a report: placing it by the part that is done would
 * move it to another period, already published, once the rest is resolved.
 */
export function placeReport(
  report: Report,
  dateBasis: StatisticsDateBasis,
): { day: string | null; warning: StatisticsWarning | null } {
  if (dateBasis === 'report') {
    const days = usableDays(report.rows.map((row) => row.dateOfReport)).sort();
    if (days.length > 0) return { day: days[0], warning: null };
    return { day: null, warning: { kind: 'no-usable-date', caseCodeName: report.caseCodeName } };
  }
  if (!isResolvedReport(report)) return { day: null, warning: null };
  const days = usableDays(report.rows.map((row) => row.resolutionDate)).sort();
  if (days.length > 0) return { day: days[days.length - 1], warning: null };
  return { day: null, warning: { kind: 'no-usable-date', caseCodeName: report.caseCodeName } };
}
