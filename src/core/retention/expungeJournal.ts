/**
 * The note an expunge leaves in the status spreadsheet's document properties before it changes
 * anything, and clears when it is done (spec section 14: consistent after a fault at any step).
 * A document trashed just before a fault leaves a Documents link that no longer opens, which on
 * its own cannot be told from a document never shared with the chair; the note says which cases
 * and documents the chair confirmed, so the next review lists them and finishes them.
 *
 * It holds code names and Drive ids only, never a name. A property value is limited to 9 KB
 * (https://developers.google.com/apps-script/guides/services/quotas), so an expunge takes as
 * many cases as fit (and at most MAX_CASES_PER_EXPUNGE) and leaves the rest for the next review.
 */
import { isCaseCodeName, personCodeNameKey } from '../codeNames';
import { isIsoDay } from '../dates';

export const EXPUNGE_JOURNAL_PROPERTY = 'djangoCoc.retention.expungeInProgress';

/** Below the 9 KB limit with room to spare for the JSON around the lists. */
export const MAX_JOURNAL_CHARS = 8000;

/**
 * At most this many cases per expunge: each costs a handful of Drive calls (Drive has no batch
 * call), and a run must end well inside Apps Script's 6-minute limit. The rest wait for the next
 * review, which the dialog says.
 */
export const MAX_CASES_PER_EXPUNGE = 100;

export interface JournalCase {
  caseCodeName: string;
  documentIds: string[];
}

export interface ExpungeJournal {
  /** The day the chair confirmed it. */
  on: string;
  cases: JournalCase[];
  people: string[];
}

const DRIVE_ID = /^[A-Za-z0-9_-]{1,200}$/;

export function serialiseJournal(journal: ExpungeJournal): string {
  return JSON.stringify(journal);
}

function isJournalCase(value: unknown): value is JournalCase {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<JournalCase>;
  return (
    typeof entry.caseCodeName === 'string' &&
    isCaseCodeName(entry.caseCodeName) &&
    Array.isArray(entry.documentIds) &&
    entry.documentIds.every((id) => typeof id === 'string' && DRIVE_ID.test(id))
  );
}

/** The journal a property holds; null when there is none or it is not one this add-on wrote. */
export function parseJournal(text: string | null): ExpungeJournal | null {
  if (text === null || text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const journal = value as Partial<ExpungeJournal>;
  if (typeof journal.on !== 'string' || !isIsoDay(journal.on)) return null;
  if (!Array.isArray(journal.cases) || !journal.cases.every(isJournalCase)) return null;
  if (!Array.isArray(journal.people) || !journal.people.every((name) => typeof name === 'string' && personCodeNameKey(name) !== '')) return null;
  return { on: journal.on, cases: journal.cases, people: journal.people };
}

/**
 * The journal for an expunge, taking cases in the order given while it fits; a person with a case
 * left out waits too. Returns how many cases wait for the next review.
 *
 * @param casesOfPerson the case code names naming a person that are not expunged yet.
 */
export function fitJournal(
  on: string,
  cases: readonly JournalCase[],
  people: readonly string[],
  casesOfPerson: (personCodeName: string) => readonly string[],
): { journal: ExpungeJournal; deferredCases: number } {
  const journal: ExpungeJournal = { on, cases: [], people: [] };
  for (const entry of cases) {
    if (journal.cases.length === MAX_CASES_PER_EXPUNGE) break;
    const tried = { ...journal, cases: [...journal.cases, entry] };
    if (serialiseJournal(tried).length > MAX_JOURNAL_CHARS) break;
    journal.cases.push(entry);
  }
  const taken = new Set(journal.cases.map((entry) => entry.caseCodeName));
  for (const person of people) {
    if (!casesOfPerson(person).every((caseCodeName) => taken.has(caseCodeName))) continue;
    const tried = { ...journal, people: [...journal.people, person] };
    if (serialiseJournal(tried).length > MAX_JOURNAL_CHARS) break;
    journal.people.push(person);
  }
  return { journal, deferredCases: cases.length - journal.cases.length };
}
