/**
 * Time to resolution (spec section 8), for the private `Annual Stats` only: per period, the median
 * days from a report's Date of Report to its Resolution Date, over the period's resolved reports,
 * and how many of the period's reports are still ongoing.
 */
import { daysBetween, isIsoDay } from '../dates';
import { isResolvedReport, type Report } from './reports';

export const TIME_TO_RESOLUTION_COLUMNS = ['Median Days to Resolution', 'Still Ongoing'] as const;

/** The middle value, or the mean of the two middle values of an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A resolved report's days from its earliest Date of Report to its latest Resolution Date (the day
 * its last person's part was resolved); null when either is missing or they run backwards.
 */
export function daysToResolution(report: Report): number | null {
  if (!isResolvedReport(report)) return null;
  const reported = report.rows.map((row) => row.dateOfReport).filter((day): day is string => day !== null && isIsoDay(day)).sort();
  const resolved = report.rows.map((row) => row.resolutionDate).filter((day): day is string => day !== null && isIsoDay(day)).sort();
  if (reported.length === 0 || resolved.length === 0) return null;
  const days = daysBetween(reported[0], resolved[resolved.length - 1]);
  return days < 0 ? null : days;
}

/** The two figures of one period: the median ('' when no report was resolved) and the count ongoing. */
export function timeToResolution(reports: readonly Report[]): [number | '', number] {
  const days = reports.map(daysToResolution).filter((value): value is number => value !== null);
  return [median(days) ?? '', reports.filter((report) => !isResolvedReport(report)).length];
}
