/** Wording for the Validate records dialog (spec section 5). */
import { countOf } from '../shared/messages';

/** The heading over the results: a count, or the all-clear (which says when some checks could not run). */
export function validationHeading(problemCount: number, skippedCount: number): string {
  if (problemCount > 0) return `${countOf(problemCount, 'problem')} found`;
  return skippedCount > 0 ? 'No problems found by the checks that ran' : 'No problems found';
}
