/** Wording for the Review retention dialog (spec section 14). */
import type { RetentionDueItem, RetentionReviewResult } from '../../core/apiTypes';
import { countOf } from '../shared/messages';

function split(due: readonly RetentionDueItem[]): { cases: number; people: number } {
  return { cases: due.filter((item) => item.caseCodeName !== undefined).length, people: due.filter((item) => item.personCodeName !== undefined).length };
}

/** The heading over the list: what is due, or that nothing is. */
export function reviewHeading(due: readonly RetentionDueItem[]): string {
  const { cases, people } = split(due);
  if (cases + people === 0) return 'Nothing is due for expunging';
  return `Due for expunging: ${countOf(cases, 'case')} and ${countOf(people, 'person', 'people')}`;
}

/** The first column of a line: the case or person code name, said as which it is. */
export function dueLabel(item: RetentionDueItem): string {
  return item.caseCodeName !== undefined ? `Case ${item.caseCodeName}` : `Person ${item.personCodeName ?? ''}`;
}

/** What confirming will do, in the words of spec 14. */
export function confirmationText(due: readonly RetentionDueItem[]): string {
  const { cases, people } = split(due);
  return (
    `${countOf(cases, 'case')}: ${cases === 1 ? 'its document' : 'their documents'} will be moved to the trash and the Documents cells will say Expunged with today's date. ` +
    `${countOf(people, 'person', 'people')} will keep only their person code name in the identity key: Real Name and Aliases are removed. ` +
    'The Cases rows stay, so the statistics do not change. One audit line records it.'
  );
}

/** The sentence after an expunge. */
export function resultSentence(result: Pick<RetentionReviewResult, 'expunged' | 'expungedCases' | 'tombstonedPeople' | 'deferredCases'>): string {
  if (!result.expunged) return 'Nothing was expunged.';
  const waiting = result.deferredCases;
  const deferred = waiting === 0 ? '' : ` ${waiting === 1 ? '1 more case is' : `${waiting} more cases are`} due: review again to expunge ${waiting === 1 ? 'it' : 'them'}.`;
  return `Expunged ${countOf(result.expungedCases.length, 'case')}; ${countOf(result.tombstonedPeople, 'person', 'people')} kept only as a code name in the identity key.${deferred}`;
}
