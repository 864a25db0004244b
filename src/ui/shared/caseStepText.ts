/**
 * Case steps' wording shared by the pages that record or list them (spec section 18). The pages get
 * days as `YYYY-MM-DD` from the server and show them as a member reads them at a glance.
 */
import type { RecordCaseStepResult } from '../../core/apiTypes';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `2025-05-03` as `3 May 2025`: no weekday, so no time zone is needed to say it. Text that is not
 * an ISO day comes back as it is.
 */
export function readableDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return isoDay;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The one sentence that says what recording a step did. */
export function recordedSentence(result: RecordCaseStepResult): string {
  if (result.alreadyRecorded) {
    return `${result.step} was already recorded for ${result.caseCodeName} on ${readableDay(result.date)}, so nothing new was written.`;
  }
  return `Recorded: ${result.step} for ${result.caseCodeName} on ${readableDay(result.date)}.`;
}
