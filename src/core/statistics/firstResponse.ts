/**
 * Time to first response (spec sections 8 and 18): per period, the median days from a report's
 * `Received` step to its `Acknowledged` step, both as `Case Steps` holds them (ISO days in the
 * spreadsheet's time zone). On the private `Annual Stats` always; in the published table only when
 * the chair turns it on in `Settings`. It is a median of days, not a count of people, so the
 * small-count threshold does not apply to it.
 */
import { caseCodeNameKey } from '../codeNames';
import { compareIsoDays, daysBetween } from '../dates';
import { CASE_STEP } from '../caseSteps/steps';
import { CaseStepRecord, datesOfSteps } from '../caseSteps/caseStepRecords';
import type { Report } from './reports';
import { median } from './timeToResolution';

export const FIRST_RESPONSE_COLUMN = 'Median Days to First Response';

/** The dated steps of each case, by caseCodeNameKey. */
export function stepsByCase(steps: readonly CaseStepRecord[]): Map<string, CaseStepRecord[]> {
  const byCase = new Map<string, CaseStepRecord[]>();
  for (const step of steps) {
    if (step.date === null) continue;
    const key = caseCodeNameKey(step.caseCodeName);
    const list = byCase.get(key);
    if (list) list.push(step);
    else byCase.set(key, [step]);
  }
  return byCase;
}

/**
 * Days from a case's first `Received` to its first `Acknowledged` on or after it (0 when sent the
 * same day); null when the case has no Received step or was never acknowledged after it, so a
 * case still waiting for its reply neither counts as fast nor as slow.
 */
export function daysToFirstResponse(steps: readonly CaseStepRecord[]): number | null {
  const [received] = datesOfSteps(steps, CASE_STEP.received);
  if (received === undefined) return null;
  const acknowledged = datesOfSteps(steps, CASE_STEP.acknowledged).find((day) => compareIsoDays(day, received) >= 0);
  return acknowledged === undefined ? null : daysBetween(received, acknowledged);
}

/** The period's median days to first response over its acknowledged reports; '' when none was. */
export function medianDaysToFirstResponse(reports: readonly Report[], steps: ReadonlyMap<string, readonly CaseStepRecord[]>): number | '' {
  const days = reports
    .map((report) => daysToFirstResponse(steps.get(caseCodeNameKey(report.caseCodeName)) ?? []))
    .filter((value): value is number => value !== null);
  return median(days) ?? '';
}
