/**
 * The extension rule of spec section 14: a person's later violation keeps their earlier cases'
 * identifying records for as long as the later case is kept, so a repeat pattern is never
 * expunged piecemeal.
 *
 * "Later" is by Date of Report (a case without one counts as the latest, so that a gap in the
 * records never shortens a term). A later case counts when the person's row there is a violation:
 * any Consequences value but Not a violation and Out of scope, or no decision yet (an ongoing
 * case may still become one, and is kept meanwhile). Terms pass down a chain: a 2021 case kept
 * for a 2023 case that is itself kept for a 2025 case is kept as long as the 2025 case.
 */
import { CaseRecord } from '../caseRecord';
import { personCodeNameKey } from '../codeNames';
import { compareIsoDays } from '../dates';
import { RESOLVED_STATUS, vocabularyKey } from '../vocabularies';
import { CaseTerm, compareTerms } from './caseTerms';

/** Outcomes that find no violation, so they never extend an earlier case (spec 8 and 14's wording). */
const NOT_VIOLATIONS = new Set(['Not a violation', 'Out of scope'].map(vocabularyKey));

export interface RetentionCase {
  caseCodeName: string;
  rows: CaseRecord[];
  /** The case's term by its own rows (caseTerm). */
  ownTerm: CaseTerm;
}

function isViolation(row: CaseRecord): boolean {
  if (vocabularyKey(row.status) !== vocabularyKey(RESOLVED_STATUS)) return true;
  return !NOT_VIOLATIONS.has(vocabularyKey(row.consequences));
}

/** The earliest Date of Report of a case's rows; null when none has one. */
function reportedOn(rows: readonly CaseRecord[]): string | null {
  const days = rows.map((row) => row.dateOfReport).filter((day): day is string => day !== null);
  return days.length === 0 ? null : days.reduce((a, b) => (compareIsoDays(a, b) <= 0 ? a : b));
}

/** Negative when case `a` was reported before `b`; undated cases come last and tie each other. */
function compareReported(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compareIsoDays(a, b);
}

/**
 * Each case's final term, in the order given: its own term, or the term of a later violation by
 * any person it names when that is more protective.
 */
export function applyExtensionRule(cases: readonly RetentionCase[]): CaseTerm[] {
  const reported = cases.map((entry) => reportedOn(entry.rows));
  const finalTerms: CaseTerm[] = cases.map((entry) => entry.ownTerm);
  /** The rule a final term comes from in the end, so a chain reads as one sentence, not nested ones. */
  const originRules: string[] = cases.map((entry) => entry.ownTerm.rule);
  // Latest first, so a later case's term is final before the earlier cases borrow it.
  const order = cases.map((_, index) => index).sort((a, b) => compareReported(reported[b], reported[a]));
  /** Per person key: the latest violation seen so far that is most protective, with when it was reported. */
  const latestByPerson = new Map<string, { reported: string | null; caseIndex: number }[]>();

  for (const index of order) {
    const entry = cases[index];
    const people = [...new Set(entry.rows.map((row) => personCodeNameKey(row.personCodeName)).filter((key) => key !== ''))];
    for (const person of people) {
      for (const later of latestByPerson.get(person) ?? []) {
        if (compareReported(later.reported, reported[index]) <= 0) continue;
        const borrowed = finalTerms[later.caseIndex];
        if (compareTerms(borrowed, finalTerms[index]) > 0) {
          const personCodeName = entry.rows.find((row) => personCodeNameKey(row.personCodeName) === person)?.personCodeName ?? person;
          originRules[index] = originRules[later.caseIndex];
          finalTerms[index] = {
            dueOn: borrowed.dueOn,
            rule: `Kept as long as ${cases[later.caseIndex].caseCodeName}, a later case about ${personCodeName} (${originRules[index]})`,
          };
        }
      }
    }
    for (const row of entry.rows) {
      const person = personCodeNameKey(row.personCodeName);
      if (person === '' || !isViolation(row)) continue;
      const seen = latestByPerson.get(person) ?? [];
      if (!seen.some((later) => later.caseIndex === index)) seen.push({ reported: reported[index], caseIndex: index });
      latestByPerson.set(person, seen);
    }
  }
  return finalTerms;
}
