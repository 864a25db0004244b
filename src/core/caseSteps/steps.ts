/**
 * The steps of a case's clock (spec section 18), as the `Settings` list holds them by default, in
 * the order a case usually takes them. A group may add its own steps to the list; the steps named
 * here are the ones the add-on writes itself or reads a time limit from.
 */
import { vocabularyKey } from '../vocabularies';

export const CASE_STEP = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  reporterUpdated: 'Reporter updated',
  reportedPartyHeard: 'Reported party heard',
  decisionAgreed: 'Decision agreed',
  affectedPartiesFeedback: "Affected parties' feedback noted",
  reporterToldOutcome: 'Reporter told the outcome',
  boardInformed: 'Board informed',
  reviewDate: 'Review date',
  actedAlone: 'Acted alone',
  actionAloneReviewed: 'Action alone reviewed',
  closed: 'Closed',
} as const;

export type KnownCaseStep = (typeof CASE_STEP)[keyof typeof CASE_STEP];

export const DEFAULT_CASE_STEPS: readonly string[] = Object.values(CASE_STEP);

/** Steps compare as vocabulary values do: trimmed, case-insensitive, inner spaces collapsed. */
export function caseStepKey(step: string): string {
  return vocabularyKey(step);
}

/** True when `step` is `known`, in any capitalisation or spacing a person might type. */
export function isStep(step: string, known: KnownCaseStep): boolean {
  return caseStepKey(step) === caseStepKey(known);
}

/**
 * Steps a case takes once: a report is received and acknowledged one time. Recording one again
 * (a second press of "I have sent it", two members at once) writes nothing and answers the day
 * already on record, so the median days to first response and the acknowledgement deadline
 * always read the first.
 */
export const ONCE_PER_CASE_STEPS: readonly KnownCaseStep[] = [CASE_STEP.received, CASE_STEP.acknowledged];

/** True when `step` is one a case takes only once. */
export function isOncePerCase(step: string): boolean {
  return ONCE_PER_CASE_STEPS.some((known) => isStep(step, known));
}
