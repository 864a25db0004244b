/**
 * The line a decision adds under Resolution in the case document (spec section 17): the date, each
 * person's consequence, the resolution source and who agreed, by email. Built only from code
 * names, list values and member emails, never from free text.
 */
import { PersonConsequence, personLabel } from './decisionRequest';
import { listInWords } from '../listInWords';

export interface DecisionEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  consequences: readonly PersonConsequence[];
  resolutionSource: string;
  /** The members counted as agreeing. */
  agreedBy: readonly string[];
  recordedBy: string;
}

/** One paragraph: `2026-12-06: decision agreed. Blue Jay: Warning; Red Fox: None. Resolution source: CoC WG. Agreed by … and …; recorded by ….` */
export function decisionEntryText(entry: DecisionEntry): string {
  const consequences = entry.consequences.map(({ personCodeName, consequence }) => `${personLabel(personCodeName)}: ${consequence}`).join('; ');
  return (
    `${entry.date}: decision agreed. ${consequences}. Resolution source: ${entry.resolutionSource}. ` +
    `Agreed by ${listInWords(entry.agreedBy)}; recorded by ${entry.recordedBy}.`
  );
}
