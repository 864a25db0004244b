/** The Record a decision dialog's wording, kept apart from the DOM so it can be tested. */
import type { RecordDecisionResult } from '../../core/apiTypes';
import { majorityOf } from '../../core/decision/quorum';
import { personLabel } from '../../core/decision/decisionRequest';
import { countOf } from '../shared/messages';

export { personLabel };

/** The two rules of spec section 17, with this case's numbers. */
export function quorumHint(eligible: number): string {
  return (
    'Tick the members who agreed: at least two besides you. ' +
    `A Second Suspension or a Ban needs a majority of the ${countOf(eligible, 'active member')} without a conflict on this case: ${majorityOf(eligible)}, you included.`
  );
}

export function agreedCountText(ticked: number): string {
  return ticked === 0 ? 'No members ticked.' : `${countOf(ticked, 'member')} ticked.`;
}

export interface DecisionChoices {
  /** Per person on the case, in order: the consequence chosen, '' when none. */
  consequences: readonly string[];
  resolutionSource: string;
  agreed: number;
}

/** What to correct before asking the server: the first problem, '' when there is none. The server checks everything again. */
export function decisionProblem(people: readonly string[], choices: DecisionChoices): string {
  const missing = people.findIndex((_, index) => (choices.consequences[index] ?? '') === '');
  if (missing !== -1) return `Choose a consequence for ${personLabel(people[missing])}.`;
  if (choices.resolutionSource === '') return 'Choose the resolution source.';
  if (choices.agreed < 2) return 'Tick at least two members who agreed, besides you.';
  return '';
}

/** The result, line by line: what was recorded, who was counted, who was not, and the key. */
export function resultLines(result: RecordDecisionResult): string[] {
  return [
    `The decision on ${result.caseCodeName} is recorded with today's date, ${result.resolutionDate}: in the case document under Resolution, on the case's rows, and as its Decision agreed step.`,
    `Agreed by ${result.agreedBy.join(', ')}.`,
    ...(result.notCounted === '' ? [] : [`Not counted: ${result.notCounted}.`]),
    result.keyRefreshed
      ? "The identity key's counts are up to date."
      : "The identity key's counts were not refreshed from here: a member with Identity Key Access can run Django CoC › Identity key › Refresh identity key.",
  ];
}
