/**
 * Review retention (spec section 14): lists the cases and people whose identifying records are
 * due for expunging, with the rule and the date behind each, and expunges them only when the chair
 * has confirmed. The caller checks access and, when expunging, holds the document lock.
 *
 * Expunging writes a journal first (src/core/retention/expungeJournal.ts), then trashes the
 * documents, marks the Documents cells, makes the tombstones, appends the audit line and clears
 * the journal. A fault at any step leaves the journal, so the next review lists what was begun and
 * finishes it: a document in the trash whose cell still holds its link is never left so silently.
 * Every step can run twice without harm; only the audit line may then be written twice, which is
 * better than not at all.
 */
import { ActionContext } from '../../gas/context';
import { readDocumentProperty } from '../../gas/documentProperties';
import { DriveFile, firstFileNamed, openFolder, probeFile, trash } from '../../gas/drive';
import { caseDocumentIdOf } from '../../core/documentLink';
import { writeColumn } from '../../gas/spreadsheet';
import { expungedRecordsAction } from '../../core/auditLog';
import { CaseRecord } from '../../core/caseRecord';
import { SheetCell, a1 } from '../../core/cells';
import { caseCodeNameKey, personCodeNameKey } from '../../core/codeNames';
import { UserError } from '../../core/errors';
import { isTombstone } from '../../core/identityKey';
import { asReadBack } from '../../core/neutralise';
import {
  DueCase,
  DuePerson,
  EXPUNGE_JOURNAL_PROPERTY,
  ExpungeJournal,
  JournalCase,
  expungedCellText,
  expungedOn,
  findDue,
  fitJournal,
  parseJournal,
  readRetentionTable,
  serialiseJournal,
} from '../../core/retention';
import { CASES_SHEET, SETTINGS_SHEET } from '../../core/schema';
import type { RetentionDueItem, RetentionReviewResult } from '../../core/apiTypes';
import { appendAuditLog } from '../audit';
import { journalled } from '../journal';
import { OpenedIdentityKey, openIdentityKey } from '../identityKey';
import { CasesSnapshot, notSetUp, readCasesSheet, readSettingsSheet } from '../records';
import { writeTombstones } from './tombstones';

const UNFINISHED = (on: string) => `Expunging confirmed on ${on} stopped part-way; the review finishes it`;

const STOPPED_PART_WAY =
  'The expunge stopped part-way, and what was done is recorded so that nothing is lost. Run Django CoC › Review retention again to finish it.';

interface Review {
  folderId: string;
  cases: CasesSnapshot;
  key: OpenedIdentityKey;
  journal: ExpungeJournal | null;
  dueCases: DueCase[];
  duePeople: DuePerson[];
  problems: string[];
}

function casesByKey(records: readonly CaseRecord[]): Map<string, CaseRecord[]> {
  const byKey = new Map<string, CaseRecord[]>();
  for (const record of records) {
    const key = caseCodeNameKey(record.caseCodeName);
    if (key !== '') byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  return byKey;
}

/** Reads everything once and works out what is due, the unfinished journal first. */
function review(context: ActionContext): Review {
  const { snapshot: settingsSnapshot, settings } = readSettingsSheet(context);
  if (!settingsSnapshot) throw notSetUp(SETTINGS_SHEET);
  const { table, problems: tableProblems } = readRetentionTable(settingsSnapshot.values, settings.vocabularies.consequences);
  if (tableProblems.length > 0) {
    throw new UserError(
      'retention-table-invalid',
      `The retention table in Settings needs correcting before a review, so nothing was listed or expunged: ${tableProblems.join(' ')}`,
    );
  }
  const cases = readCasesSheet(context);
  const key = openIdentityKey(context, settings);
  const journal = parseJournal(readDocumentProperty(EXPUNGE_JOURNAL_PROPERTY));
  const people = key.table.entries.map((entry) => ({ personCodeName: entry.personCodeName, flagged: entry.flagged, tombstoned: isTombstone(entry) }));
  const plan = findDue({ records: cases.table.records, people, table, today: context.today });
  const codeNameColumn = cases.table.columns.caseCodeName as number;
  const problems = plan.malformed.map(
    (rowIndex) => `The case in ${a1(rowIndex, codeNameColumn, CASES_SHEET)} is due, but its Case Code Name is not a code name, so it was left alone. Correct it, then review again.`,
  );
  const folderId = settings.caseDocumentsFolderId;
  if (!journal) return { folderId, cases, key, journal, dueCases: plan.cases, duePeople: plan.people, problems };

  // What an earlier expunge began comes first, whatever the table says now: the chair confirmed it.
  const byKey = casesByKey(cases.table.records);
  const journalCases: DueCase[] = journal.cases.map((entry) => {
    const records = byKey.get(caseCodeNameKey(entry.caseCodeName)) ?? [];
    const rowIndexes = records.filter((record) => expungedOn(record.documents) === null).map((record) => record.rowIndex);
    return { caseCodeName: entry.caseCodeName, rule: UNFINISHED(journal.on), dueOn: journal.on, rowIndexes, records };
  });
  const tombstoned = new Set(key.table.entries.filter(isTombstone).map((entry) => personCodeNameKey(entry.personCodeName)));
  const journalPeople: DuePerson[] = journal.people
    .filter((name) => !tombstoned.has(personCodeNameKey(name)))
    .map((personCodeName) => ({ personCodeName, rule: UNFINISHED(journal.on), dueOn: journal.on }));
  const inJournal = new Set(journal.cases.map((entry) => caseCodeNameKey(entry.caseCodeName)));
  const peopleInJournal = new Set(journal.people.map(personCodeNameKey));
  return {
    folderId,
    cases,
    key,
    journal,
    dueCases: [...journalCases, ...plan.cases.filter((entry) => !inJournal.has(caseCodeNameKey(entry.caseCodeName)))],
    duePeople: [...journalPeople, ...plan.people.filter((entry) => !peopleInJournal.has(personCodeNameKey(entry.personCodeName)))],
    problems,
  };
}

function dueItems(found: Review): RetentionDueItem[] {
  return [
    ...found.dueCases.map(({ caseCodeName, rule, dueOn }) => ({ caseCodeName, rule, dueOn })),
    ...found.duePeople.map(({ personCodeName, rule, dueOn }) => ({ personCodeName, rule, dueOn })),
  ];
}

/**
 * The Drive ids of a case's documents: its Documents cells' Google Docs links, else a file titled
 * with its name in the case folder. Only a Docs link counts, as everywhere else (spec section 9): a
 * cell pointing at a spreadsheet or folder must never get that file trashed with the case.
 */
function documentIdsOf(entry: DueCase, folderId: string, journalled: readonly JournalCase[]): string[] {
  const ids = new Set<string>();
  for (const record of entry.records) {
    const id = caseDocumentIdOf(record.documents);
    if (id !== null) ids.add(id);
  }
  for (const journalCase of journalled) {
    if (caseCodeNameKey(journalCase.caseCodeName) === caseCodeNameKey(entry.caseCodeName)) journalCase.documentIds.forEach((id) => ids.add(id));
  }
  if (ids.size === 0 && folderId !== '' && entry.rowIndexes.length > 0) {
    const folder = openFolder(folderId);
    const file = folder ? firstFileNamed(folder, entry.caseCodeName) : null;
    if (file) ids.add(file.getId());
  }
  return [...ids];
}

interface Prepared {
  toTrash: { id: string; file: DriveFile }[];
  journalCases: JournalCase[];
  problems: string[];
}

/**
 * Checks every due case's documents before anything changes: a document this chair does not own,
 * or cannot open, would stop the expunge part-way, so its case waits and is named instead.
 */
function prepare(context: ActionContext, found: Review): Prepared {
  const prepared: Prepared = { toTrash: [], journalCases: [], problems: [] };
  const journalled = found.journal?.cases ?? [];
  const wasJournalled = (caseCodeName: string) => journalled.some((entry) => caseCodeNameKey(entry.caseCodeName) === caseCodeNameKey(caseCodeName));
  // A document a case that stays still links (a Documents cell pointed at it by hand) is that
  // case's record too: trashing it with the expunged case would leave the other case's rows
  // linking a document in the trash.
  const due = new Set(found.dueCases.map((entry) => caseCodeNameKey(entry.caseCodeName)));
  const keptLinks = new Set(
    found.cases.table.records
      .filter((record) => !due.has(caseCodeNameKey(record.caseCodeName)))
      .map((record) => caseDocumentIdOf(record.documents))
      .filter((id) => id !== null),
  );
  for (const entry of found.dueCases) {
    const documentIds = documentIdsOf(entry, found.folderId, journalled);
    const files: { id: string; file: DriveFile }[] = [];
    let blocked: string | null = null;
    if (documentIds.some((id) => keptLinks.has(id))) {
      prepared.problems.push(
        `${entry.caseCodeName}: its document is also linked from rows of a case that is not due, so nothing of it was expunged. Correct the Documents cells (Django CoC › Validate records lists them), then review again.`,
      );
      continue;
    }
    for (const id of documentIds) {
      const probe = probeFile(id, context.userEmail);
      if (probe.state === 'live' && probe.ownedByUser) files.push({ id, file: probe.file });
      else if (probe.state === 'live') blocked = `${entry.caseCodeName}: its document belongs to another member, and only a document's owner can trash it. Ask them to move it to the trash, then review again.`;
      // Once journalled, a document that no longer opens was trashed by the run that stopped.
      else if (probe.state === 'unreachable' && !wasJournalled(entry.caseCodeName)) {
        blocked = `${entry.caseCodeName}: its document does not open for you, so it could not be trashed. Ask its owner to trash it, or check its Documents link, then review again.`;
      }
    }
    if (blocked !== null) {
      prepared.problems.push(blocked);
      continue;
    }
    prepared.toTrash.push(...files);
    prepared.journalCases.push({ caseCodeName: entry.caseCodeName, documentIds });
  }
  return prepared;
}

/** The Documents cells of the expunged rows, in one write spanning them; the rows between stay as read. */
function markDocumentsCells(found: Review, rowIndexes: readonly number[], today: string): void {
  if (rowIndexes.length === 0) return;
  const column = found.cases.table.columns.documents as number;
  const values = found.cases.snapshot.values;
  const marked = new Set(rowIndexes);
  const first = Math.min(...rowIndexes);
  const last = Math.max(...rowIndexes);
  const cells: SheetCell[] = [];
  for (let rowIndex = first; rowIndex <= last; rowIndex++) {
    cells.push(marked.has(rowIndex) ? expungedCellText(today) : asReadBack(values[rowIndex]?.[column]));
  }
  writeColumn(found.cases.snapshot.sheet, first + 1, column + 1, cells);
}

function expunge(context: ActionContext, found: Review): Omit<RetentionReviewResult, 'due'> {
  const prepared = prepare(context, found);
  const taken = new Set(prepared.journalCases.map((entry) => caseCodeNameKey(entry.caseCodeName)));
  /** Per person: the cases naming them whose rows do not all say Expunged yet. */
  const pendingCasesOf = (personCodeName: string): string[] => {
    const key = personCodeNameKey(personCodeName);
    const names = new Set<string>();
    for (const record of found.cases.table.records) {
      if (personCodeNameKey(record.personCodeName) === key && expungedOn(record.documents) === null) names.add(record.caseCodeName);
    }
    return [...names];
  };
  const people = found.duePeople.map((person) => person.personCodeName);
  const { journal, deferredCases } = fitJournal(
    context.today,
    prepared.journalCases,
    people.filter((person) => pendingCasesOf(person).every((name) => taken.has(caseCodeNameKey(name)))),
    pendingCasesOf,
  );
  const result = {
    expunged: false,
    expungedCases: journal.cases.map((entry) => entry.caseCodeName),
    tombstonedPeople: journal.people.length,
    deferredCases,
    problems: prepared.problems,
  };
  if (journal.cases.length === 0 && journal.people.length === 0) return result;

  // The journal is left behind by a fault: the next review lists what this one began and finishes it.
  journalled(EXPUNGE_JOURNAL_PROPERTY, serialiseJournal(journal), () => {
    const inJournal = new Set(journal.cases.map((entry) => caseCodeNameKey(entry.caseCodeName)));
    const journalledIds = new Set(journal.cases.flatMap((entry) => entry.documentIds));
    for (const { id, file } of prepared.toTrash) if (journalledIds.has(id)) trash(file);
    const rows = found.dueCases.filter((entry) => inJournal.has(caseCodeNameKey(entry.caseCodeName))).flatMap((entry) => entry.rowIndexes);
    markDocumentsCells(found, rows, context.today);
    writeTombstones(found.key.sheet, found.key.values, journal.people, context.today);
    // Counted from the journal, so a review that finishes an earlier one logs the whole expunge.
    appendAuditLog(context, expungedRecordsAction(journal.people.length), result.expungedCases);
  }, () => new UserError('expunge-incomplete', STOPPED_PART_WAY));
  result.expunged = true;
  return result;
}

/**
 * Lists what is due and, with `confirmed`, expunges it (spec section 14).
 *
 * @throws UserError 'retention-table-invalid' naming each bad cell of the table; the identity
 * key's errors ('identity-key-not-linked', ...); 'expunge-incomplete' after a fault part-way.
 */
export function reviewRetention(context: ActionContext, confirmed: boolean): RetentionReviewResult {
  const found = review(context);
  const due = dueItems(found);
  if (!confirmed) {
    return { due, expunged: false, expungedCases: [], tombstonedPeople: 0, deferredCases: 0, problems: found.problems };
  }
  const outcome = expunge(context, found);
  return { due, ...outcome, problems: [...found.problems, ...outcome.problems] };
}
