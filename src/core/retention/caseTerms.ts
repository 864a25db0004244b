/**
 * How long one case's identifying records are kept by its own rows (spec section 14), before the
 * extension rule (./extension.ts) looks at the same people's later cases.
 *
 * Each row has a term: a row naming nobody takes the `Nobody identifiable` term; a row naming a
 * person takes its Consequences value's term, or the `Flagged` term when the person is flagged and
 * that is longer; a suspension counts its length first. The case keeps its records for the most
 * protective (longest) term of any of its rows, and a blank term (kept until the chair decides)
 * beats every date. A case with a row that is not resolved, or resolved without a Resolution Date,
 * is never due.
 */
import { CaseRecord } from '../caseRecord';
import { compareIsoDays } from '../dates';
import { personCodeNameKey } from '../codeNames';
import { RESOLVED_STATUS, vocabularyKey } from '../vocabularies';
import { addMonths } from './addMonths';
import { FLAGGED, NOBODY_IDENTIFIABLE, RetentionTable, RetentionTerm, consequenceTerm } from './retentionTable';

/** When a case's identifying records may go, and the rule that says so. */
export interface CaseTerm {
  /** The first day the records are due for expunging; null while they are kept (no end yet). */
  dueOn: string | null;
  rule: string;
}

function months(count: number): string {
  return `${count} month${count === 1 ? '' : 's'}`;
}

function describe(label: string, term: RetentionTerm): string {
  if (term.monthsKept === null) return `${label}: kept until the chair decides`;
  if (term.suspensionMonths > 0) return `${label}: the ${months(term.suspensionMonths)} suspension, then ${months(term.monthsKept)}`;
  return `${label}: ${months(term.monthsKept)} after the Resolution Date`;
}

function termFrom(resolutionDate: string, label: string, term: RetentionTerm): CaseTerm {
  // One step of length + months, not two: 31 January + 3 + 26 months is 30 June, where
  // 31 January + 3 months + 26 months would stop at 28 or 29 June.
  const dueOn = term.monthsKept === null ? null : addMonths(resolutionDate, term.suspensionMonths + term.monthsKept);
  return { dueOn, rule: describe(label, term) };
}

/** Negative when `a` expires before `b`; a term with no end is the most protective. */
export function compareTerms(a: CaseTerm, b: CaseTerm): number {
  if (a.dueOn === null || b.dueOn === null) return (a.dueOn === null ? 1 : 0) - (b.dueOn === null ? 1 : 0);
  return compareIsoDays(a.dueOn, b.dueOn);
}

/** The more protective of two terms; the first when they end the same day. */
export function moreProtective(a: CaseTerm, b: CaseTerm): CaseTerm {
  return compareTerms(b, a) > 0 ? b : a;
}

/**
 * One row's term.
 *
 * @param isFlagged whether the identity key marks a person code name Flagged.
 */
export function rowTerm(row: CaseRecord, table: RetentionTable, isFlagged: (personCodeName: string) => boolean): CaseTerm {
  if (vocabularyKey(row.status) !== vocabularyKey(RESOLVED_STATUS)) return { dueOn: null, rule: 'Ongoing: never due while the case is open' };
  if (row.resolutionDate === null) return { dueOn: null, rule: 'Resolved without a Resolution Date: kept until it has one' };
  if (personCodeNameKey(row.personCodeName) === '') return termFrom(row.resolutionDate, NOBODY_IDENTIFIABLE, table.nobodyIdentifiable);
  const consequence = consequenceTerm(table, row.consequences);
  const own = termFrom(row.resolutionDate, consequence.label === '' ? 'No Consequences value' : consequence.label, consequence);
  if (!isFlagged(row.personCodeName)) return own;
  return moreProtective(own, termFrom(row.resolutionDate, `${FLAGGED} person`, table.flagged));
}

/** A case's own term: the most protective of its rows' terms. */
export function caseTerm(rows: readonly CaseRecord[], table: RetentionTable, isFlagged: (personCodeName: string) => boolean): CaseTerm {
  if (rows.length === 0) throw new Error('caseTerm: a case has at least one row');
  return rows.map((row) => rowTerm(row, table, isFlagged)).reduce(moreProtective);
}
