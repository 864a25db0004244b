/**
 * What a retention review finds due on a given day (spec section 14): the cases whose identifying
 * records have outlived their term, and the people whose every case is then expunged, whose
 * identity key rows become tombstones (person code name and date, no Real Name or Aliases).
 */
import { CaseRecord } from '../caseRecord';
import { caseCodeNameKey, isCaseCodeName, personCodeNameKey } from '../codeNames';
import { compareIsoDays } from '../dates';
import { caseTerm } from './caseTerms';
import { applyExtensionRule } from './extension';
import { expungedOn } from './expungedCell';
import { RetentionTable } from './retentionTable';

/** A person of the identity key, as far as retention needs them: never their names. */
export interface RetentionPerson {
  personCodeName: string;
  flagged: boolean;
  /** Already a tombstone: their names are gone. */
  tombstoned: boolean;
}

export interface DueCase {
  caseCodeName: string;
  rule: string;
  dueOn: string;
  /** 0-based rows of `Cases` whose Documents cell is still to say `Expunged`. */
  rowIndexes: number[];
  records: CaseRecord[];
}

export interface DuePerson {
  personCodeName: string;
  rule: string;
  dueOn: string;
}

export interface RetentionReviewPlan {
  cases: DueCase[];
  people: DuePerson[];
  /**
   * First rows (0-based) of cases left out because their Case Code Name is not shaped like one:
   * such text may be anything a person typed, so it is never copied into the list or the audit log.
   */
  malformed: number[];
}

export interface FindDueInput {
  records: readonly CaseRecord[];
  people: readonly RetentionPerson[];
  table: RetentionTable;
  /** Today in the spreadsheet's time zone. */
  today: string;
}

const EVERY_CASE_EXPUNGED = 'Every case naming this person is expunged or due';

function groupCases(records: readonly CaseRecord[]): { caseCodeName: string; rows: CaseRecord[] }[] {
  const cases = new Map<string, { caseCodeName: string; rows: CaseRecord[] }>();
  for (const record of records) {
    const key = caseCodeNameKey(record.caseCodeName);
    if (key === '') continue; // A row without a case code name cannot be expunged as part of a case.
    const entry = cases.get(key);
    if (entry) entry.rows.push(record);
    else cases.set(key, { caseCodeName: record.caseCodeName, rows: [record] });
  }
  return [...cases.values()];
}

function byDateThenName<T>(dueOn: (item: T) => string, name: (item: T) => string) {
  return (a: T, b: T) => compareIsoDays(dueOn(a), dueOn(b)) || name(a).localeCompare(name(b));
}

function latest(days: readonly string[]): string {
  return days.reduce((a, b) => (compareIsoDays(a, b) >= 0 ? a : b));
}

/** The cases and people due on `today`; a case already expunged on every row is not listed again. */
export function findDue(input: FindDueInput): RetentionReviewPlan {
  const flagged = new Set(input.people.filter((person) => person.flagged).map((person) => personCodeNameKey(person.personCodeName)));
  const isFlagged = (personCodeName: string) => flagged.has(personCodeNameKey(personCodeName));
  const grouped = groupCases(input.records);
  const terms = applyExtensionRule(
    grouped.map((entry) => ({ ...entry, ownTerm: caseTerm(entry.rows, input.table, isFlagged) })),
  );

  const cases: DueCase[] = [];
  const malformed: number[] = [];
  /** Per person key: the day each of their cases was or will be expunged, null when one is kept. */
  const endsByPerson = new Map<string, (string | null)[]>();
  grouped.forEach((entry, index) => {
    const pending = entry.rows.filter((row) => expungedOn(row.documents) === null);
    const term = terms[index];
    const isDue = term.dueOn !== null && compareIsoDays(term.dueOn, input.today) <= 0;
    let ends: string | null = null;
    if (pending.length === 0) ends = latest(entry.rows.map((row) => expungedOn(row.documents) as string));
    else if (isDue && !isCaseCodeName(entry.caseCodeName.trim().replace(/\s+/g, ' '))) {
      malformed.push(entry.rows[0].rowIndex);
    } else if (isDue) {
      ends = term.dueOn as string;
      cases.push({ caseCodeName: entry.caseCodeName, rule: term.rule, dueOn: ends, rowIndexes: pending.map((row) => row.rowIndex), records: entry.rows });
    }
    for (const row of entry.rows) {
      const person = personCodeNameKey(row.personCodeName);
      if (person !== '') endsByPerson.set(person, [...(endsByPerson.get(person) ?? []), ends]);
    }
  });

  const people: DuePerson[] = [];
  const listed = new Set<string>();
  for (const person of input.people) {
    const key = personCodeNameKey(person.personCodeName);
    if (key === '' || person.tombstoned || listed.has(key)) continue;
    const ends = endsByPerson.get(key);
    if (!ends || ends.some((day) => day === null)) continue;
    listed.add(key);
    people.push({ personCodeName: person.personCodeName, rule: EVERY_CASE_EXPUNGED, dueOn: latest(ends as string[]) });
  }

  cases.sort(byDateThenName((item: DueCase) => item.dueOn, (item) => item.caseCodeName));
  people.sort(byDateThenName((item: DuePerson) => item.dueOn, (item) => item.personCodeName));
  return { cases, people, malformed };
}
