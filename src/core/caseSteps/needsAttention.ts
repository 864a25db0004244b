/**
 * What needs attention today (spec section 18): for each case a member may see, the deadlines of
 * its clock that are overdue or due within the window, most overdue first. Only code names, step
 * names and dates go in or out: no case text ever leaves the documents.
 *
 * The clock of a case starts with its `Received` step: a case logged before the group kept steps
 * has none, and is not reported overdue for deadlines nobody was tracking. Ongoing cases are
 * watched for the acknowledgement, the reporter's updates and a review of any action taken alone;
 * resolved cases only for their recorded review date and the end of a suspension. A `Closed` step
 * ends every deadline of the case except a suspension's end, which is a date in a person's life,
 * not a task the group can close: it stays listed until a step of the case is recorded on or after
 * it (the return handled, the case closed).
 */
import { CaseRecord } from '../caseRecord';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../codeNames';
import { addDays, compareIsoDays, daysBetween } from '../dates';
import { addMonths } from '../retention/addMonths';
import { RESOLVED_STATUS, vocabularyKey } from '../vocabularies';
import { CaseStepRecord, datesOfSteps } from './caseStepRecords';
import { CASE_STEP, KnownCaseStep } from './steps';
import { ATTENTION_WINDOW_DAYS, CaseStepLimits } from './timeLimits';

export interface AttentionItem {
  caseCodeName: string;
  /** What to do, in a few words; never names a person. */
  what: string;
  /** The deadline, `YYYY-MM-DD`. */
  dueOn: string;
  /** Days past the deadline today: 0 when due today, negative while there is time left. */
  overdueDays: number;
}

export const ATTENTION_WHAT = {
  acknowledge: 'Acknowledge the report',
  updateReporter: 'Update the reporter',
  reviewActionAlone: 'Review the action taken alone',
  reviewDate: 'Review date',
  suspensionEnds: 'A suspension ends',
} as const;

export interface NeedsAttentionInput {
  cases: readonly CaseRecord[];
  steps: readonly CaseStepRecord[];
  limits: CaseStepLimits;
  /** Today in the spreadsheet's time zone. */
  today: string;
  /** Cases the member may not see (a conflict of interest), by caseCodeNameKey: never listed. */
  hiddenCaseKeys: ReadonlySet<string>;
  windowDays?: number;
}

interface CaseClock {
  caseCodeName: string;
  rows: CaseRecord[];
  steps: CaseStepRecord[];
}

function groupByCase(cases: readonly CaseRecord[], steps: readonly CaseStepRecord[], hidden: ReadonlySet<string>): CaseClock[] {
  const clocks = new Map<string, CaseClock>();
  for (const row of cases) {
    // A cell that does not read as a code name may hold anything a member typed: never shown.
    if (!looksLikeCaseCodeName(row.caseCodeName)) continue;
    const key = caseCodeNameKey(row.caseCodeName);
    if (hidden.has(key)) continue;
    const clock = clocks.get(key) ?? { caseCodeName: key, rows: [], steps: [] };
    clock.rows.push(row);
    clocks.set(key, clock);
  }
  for (const step of steps) {
    if (step.date === null) continue;
    clocks.get(caseCodeNameKey(step.caseCodeName))?.steps.push(step);
  }
  return [...clocks.values()];
}

function datesOf(clock: CaseClock, ...known: KnownCaseStep[]): string[] {
  return datesOfSteps(clock.steps, ...known);
}

function latest(dates: readonly string[]): string | undefined {
  return dates[dates.length - 1];
}

function isResolved(clock: CaseClock): boolean {
  return clock.rows.every((row) => vocabularyKey(row.status) === vocabularyKey(RESOLVED_STATUS));
}

function ongoingDeadlines(clock: CaseClock, limits: CaseStepLimits): Omit<AttentionItem, 'overdueDays'>[] {
  const [received] = datesOf(clock, CASE_STEP.received);
  const deadlines: Omit<AttentionItem, 'overdueDays'>[] = [];
  if (received !== undefined) {
    const acknowledged = datesOf(clock, CASE_STEP.acknowledged);
    if (acknowledged.length === 0) {
      deadlines.push({ caseCodeName: clock.caseCodeName, what: ATTENTION_WHAT.acknowledge, dueOn: addDays(received, limits.acknowledgeWithinDays) });
    } else {
      const lastContact = latest(datesOf(clock, CASE_STEP.acknowledged, CASE_STEP.reporterUpdated)) as string;
      deadlines.push({ caseCodeName: clock.caseCodeName, what: ATTENTION_WHAT.updateReporter, dueOn: addDays(lastContact, limits.updateReporterEveryDays) });
    }
  }
  const reviews = datesOf(clock, CASE_STEP.actionAloneReviewed);
  for (const actedAlone of datesOf(clock, CASE_STEP.actedAlone)) {
    if (reviews.some((reviewed) => compareIsoDays(reviewed, actedAlone) >= 0)) continue;
    deadlines.push({ caseCodeName: clock.caseCodeName, what: ATTENTION_WHAT.reviewActionAlone, dueOn: addDays(actedAlone, limits.reviewActionAloneWithinDays) });
  }
  return deadlines;
}

function resolvedDeadlines(clock: CaseClock): Omit<AttentionItem, 'overdueDays'>[] {
  const reviewDate = latest(datesOf(clock, CASE_STEP.reviewDate));
  return reviewDate === undefined ? [] : [{ caseCodeName: clock.caseCodeName, what: ATTENTION_WHAT.reviewDate, dueOn: reviewDate }];
}

function suspensionEnds(clock: CaseClock, limits: CaseStepLimits): Omit<AttentionItem, 'overdueDays'>[] {
  const ends = new Set<string>();
  for (const row of clock.rows) {
    const months = limits.suspensionMonths.get(vocabularyKey(row.consequences));
    if (months === undefined || row.resolutionDate === null) continue;
    ends.add(addMonths(row.resolutionDate, months));
  }
  const lastStep = latest(clock.steps.map((step) => step.date as string).sort(compareIsoDays)) as string;
  for (const end of ends) if (compareIsoDays(lastStep, end) >= 0) ends.delete(end);
  return [...ends].map((dueOn) => ({ caseCodeName: clock.caseCodeName, what: ATTENTION_WHAT.suspensionEnds, dueOn }));
}

/**
 * The items of the Needs attention sidebar, most overdue first (then by case code name).
 *
 * @example with Received on 2025-05-01, no Acknowledged and today 2025-05-03:
 * // [{ caseCodeName: 'home shelf', what: 'Acknowledge the report', dueOn: '2025-05-02', overdueDays: 1 }]
 */
export function needsAttention(input: NeedsAttentionInput): AttentionItem[] {
  const windowDays = input.windowDays ?? ATTENTION_WINDOW_DAYS;
  const items: AttentionItem[] = [];
  for (const clock of groupByCase(input.cases, input.steps, input.hiddenCaseKeys)) {
    if (clock.steps.length === 0) continue;
    const closed = latest(datesOf(clock, CASE_STEP.closed));
    const deadlines = [
      ...(closed !== undefined ? [] : isResolved(clock) ? resolvedDeadlines(clock) : ongoingDeadlines(clock, input.limits)),
      ...suspensionEnds(clock, input.limits),
    ];
    for (const deadline of deadlines) {
      const overdueDays = daysBetween(deadline.dueOn, input.today);
      if (overdueDays >= -windowDays) items.push({ ...deadline, overdueDays });
    }
  }
  return items.sort((a, b) => b.overdueDays - a.overdueDays || a.caseCodeName.localeCompare(b.caseCodeName) || a.what.localeCompare(b.what));
}
