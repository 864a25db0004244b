/**
 * The time limits of a case's clock (spec section 18), held in `Settings`. Each is a whole number
 * of days; a suspension's length comes from the retention table's Suspension Months (spec 14), so
 * the group states it once.
 */
import type { RetentionTable } from '../retention/retentionTable';

export interface CaseStepLimits {
  /** Days from Received to Acknowledged (the manual: ideally within a day). */
  acknowledgeWithinDays: number;
  /** Days between updates to the reporter while the case is ongoing. */
  updateReporterEveryDays: number;
  /** Days from Acted alone to Action alone reviewed (the manual: within 24 hours). */
  reviewActionAloneWithinDays: number;
  /** Months a suspension runs, by vocabularyKey of its Consequences value; absent: not a suspension. */
  suspensionMonths: ReadonlyMap<string, number>;
}

export const DEFAULT_ACKNOWLEDGE_WITHIN_DAYS = 1;
export const DEFAULT_UPDATE_REPORTER_EVERY_DAYS = 14;
export const DEFAULT_REVIEW_ACTION_ALONE_WITHIN_DAYS = 1;

/** How far ahead Needs attention looks: what is overdue, or due within this many days. */
export const ATTENTION_WINDOW_DAYS = 7;

/** Suspension lengths from the retention table (spec 14): only rows with Suspension Months above 0. */
export function suspensionMonthsOf(table: RetentionTable): Map<string, number> {
  const months = new Map<string, number>();
  for (const [key, term] of table.consequences) if (term.suspensionMonths > 0) months.set(key, term.suspensionMonths);
  return months;
}
