/**
 * Rename case (spec section 4): the case of the selected row gets a new case code name everywhere
 * at once: every row of `Cases`, its case document's title, its conflicts of interest (the record
 * in document properties and the `Conflicts` view), its `Case Steps` rows, and one audit line
 * naming both names.
 *
 * Like Generate code name it works in two steps so that no lock is held while a person reads a
 * question: it checks the case and asks, then, under the document lock, reads everything again and
 * makes sure nothing changed meanwhile.
 *
 * The change itself is journalled: a note of the old and new names and the document goes into
 * document properties first, then the conflicts are held on both names (so a member stays kept
 * out whichever name a record carries), the document is retitled, `Case Steps` and `Cases` are
 * rewritten, the conflicts on the old name dropped, the audit line appended and the note cleared.
 * After a fault at any step the note stays, and the next Rename case finishes that rename first.
 * Every step can run twice without harm; only the audit line may then be written twice.
 */
import { ActionContext } from '../gas/context';
import { activeCell } from '../gas/activeCell';
import { documentsTitled, titleInUse } from '../gas/caseFolderTitles';
import { readDocumentProperty } from '../gas/documentProperties';
import { DriveFile, openFile, ownsOrEdits, rename } from '../gas/drive';
import { SheetSnapshot, readSheet, writeColumn } from '../gas/spreadsheet';
import { SheetRow } from '../core/cells';
import { confirm } from '../gas/ui';
import { caseCodeNameKey } from '../core/codeNames';
import { UserError } from '../core/errors';
import { hasConflict } from '../core/conflicts';
import { compareConflictsView } from '../core/conflictRecord';
import { Member } from '../core/members';
import { CASE_STEPS_SHEET, CASES_SHEET, findColumns } from '../core/schema';
import { EXPUNGE_JOURNAL_PROPERTY, parseJournal } from '../core/retention/expungeJournal';
import {
  NO_CASE_ROW_MESSAGE,
  RENAME_JOURNAL_PROPERTY,
  RENAME_QUESTION_TITLE,
  RenameCounts,
  RenameJournal,
  RenamePlan,
  conflictsOnBothNames,
  conflictsOnCase,
  conflictsOnNewName,
  finishQuestion,
  namesCase,
  parseRenameJournal,
  planRename,
  renameDone,
  renameInColumn,
  renameQuestion,
  serialiseRenameJournal,
} from '../core/caseRename';
import { appendAuditLog } from './audit';
import { journalled } from './journal';
import { uniqueCaseCodeName } from './codeNameRegistry';
import { saveConflicts } from './members/memberRecords';
import { CasesSnapshot, ConflictsSnapshot, readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

/** What the person confirmed: a new name for the case (by its row and key) and its document, or finishing an earlier rename. */
export type RenameTarget =
  | { kind: 'rename'; rowIndex: number; fromKey: string; documentId: string | null; to: string }
  | { kind: 'finish'; journal: RenameJournal };

/** Everything a rename rewrites, each read once. */
interface CaseRecords {
  cases: CasesSnapshot;
  conflicts: ConflictsSnapshot;
  /** `Case Steps` and its Case Code Name column, or null when the sheet does not exist yet. */
  steps: { snapshot: SheetSnapshot; column: number } | null;
  document: { file: DriveFile; title: string } | null;
}

const CHANGED_MESSAGE = 'The case or the records changed while you were deciding, so nothing was renamed. Choose Django CoC › Rename case… again.';

const STOPPED_PART_WAY =
  'The rename stopped part-way, and what was done is recorded so that nothing is lost. Choose Django CoC › Rename case… again to finish it.';

const UNREADABLE_JOURNAL =
  "The record of an earlier rename in this spreadsheet could not be read, so Django CoC will not guess what was renamed, and no case can be renamed until it is cleared. Nothing was changed.";

function refuse(code: string, message: string): never {
  throw new UserError(code, message);
}

/** The unfinished rename's journal, null when there is none; an unreadable one is refused. */
export function unfinishedRename(): RenameJournal | null {
  const journal = parseRenameJournal(readDocumentProperty(RENAME_JOURNAL_PROPERTY));
  if (journal === 'unreadable') refuse('rename-journal-unreadable', UNREADABLE_JOURNAL);
  return journal;
}

/** `Case Steps` and its Case Code Name column; a sheet without that column is refused, as its steps could not follow the case. */
function readStepsSheet(context: ActionContext): CaseRecords['steps'] {
  const snapshot = readSheet(context.spreadsheet, CASE_STEPS_SHEET, context.timeZone);
  if (!snapshot || snapshot.values.length === 0) return null;
  const column = findColumns(snapshot.values[0], { caseCodeName: 'Case Code Name' }).found.caseCodeName;
  if (column === undefined) {
    refuse('missing-columns', `The ${CASE_STEPS_SHEET} sheet has no Case Code Name column, so its steps could not follow the case. Nothing was changed. Run Django CoC › Set up or repair, then try again.`);
  }
  return { snapshot, column };
}

/**
 * The case document, checked before anything changes: it must open for this member, be titled
 * with the case code name (a document titled otherwise may be another case's: it is named, never
 * renamed) and be editable by them. A case with no link must have no unlinked document either.
 */
function checkDocument(context: ActionContext, plan: RenamePlan): CaseRecords['document'] {
  if (plan.documentId === null) {
    const spellings = [plan.caseKey, plan.caseKey.replace(' ', '-')];
    if (spellings.some((title) => documentsTitled(title).length > 0)) {
      refuse(
        'unlinked-document',
        "A document is titled with this case's code name, but no row of the case links it, so Django CoC cannot tell whether it is the case's. Nothing was changed. Choose Django CoC › Create or open case document on the row to link it, then rename.",
      );
    }
    return null;
  }
  const file = openFile(plan.documentId);
  if (!file) {
    refuse('document-unreachable', "This case's document does not open for you, so its title could not follow the case. Nothing was changed. Ask its owner to share it with you, or check the Documents link, then try again.");
  }
  const title = file.getName();
  if (caseCodeNameKey(title) !== plan.caseKey) {
    refuse(
      'document-titled-otherwise',
      "This case's document is not titled with the case code name, so it may be another case's document: Django CoC does not rename it. Nothing was changed. Check it, then correct its title or the Documents cells by hand.",
    );
  }
  if (!ownsOrEdits(file, context.userEmail)) {
    refuse('document-not-editable', "You cannot edit this case's document, so its title could not follow the case. Nothing was changed. Ask its owner to make you an editor, or ask another member.");
  }
  return { file, title };
}

/** A retention review that began expunging this case and stopped: it finishes first. */
function refuseWhileExpunging(caseKey: string): void {
  const journal = parseJournal(readDocumentProperty(EXPUNGE_JOURNAL_PROPERTY));
  if (journal && journal.cases.some((entry) => caseCodeNameKey(entry.caseCodeName) === caseKey)) {
    refuse('expunge-unfinished', 'An expunge of this case stopped part-way. Nothing was changed. Ask the chair to finish it with Django CoC › Review retention…, then try again.');
  }
}

/** Reads and checks the selected row's case: everything a rename would change, or a refusal. */
function survey(context: ActionContext, member: Member, rowIndex: number): { records: CaseRecords; plan: RenamePlan } {
  const cases = readCasesSheet(context);
  const conflicts = readConflictsSheet(context);
  const plan = planRename({
    records: cases.table.records,
    rowIndex,
    documentsColumn: cases.table.columns.documents as number,
    conflicts: conflicts.conflicts,
    memberEmail: member.email,
  });
  refuseWhileExpunging(plan.caseKey);
  const steps = readStepsSheet(context);
  return { records: { cases, conflicts, steps, document: checkDocument(context, plan) }, plan };
}

/** Rows of a sheet below the header whose cell in `column` names one of the cases. */
function rowsNaming(values: readonly SheetRow[], column: number, caseKeys: readonly string[]): number {
  return values.filter((row, rowIndex) => rowIndex > 0 && caseKeys.some((key) => namesCase(row[column], key))).length;
}

function stepsOf(records: CaseRecords, caseKeys: readonly string[]): number {
  return records.steps ? rowsNaming(records.steps.snapshot.values, records.steps.column, caseKeys) : 0;
}

function takenNames(records: CaseRecords): Set<string> {
  const names = [...records.cases.table.records.map((record) => record.caseCodeName), ...records.conflicts.conflicts.map((conflict) => conflict.caseCodeName)];
  return new Set(names.map(caseCodeNameKey).filter((key) => key !== ''));
}

/**
 * Step one, without the lock: checks the selected row's case, makes its new name and asks; or,
 * when an earlier rename stopped part-way, asks to finish that first.
 *
 * @returns what was confirmed, or null when the person said No.
 * @throws UserError with one sentence for every case that may not be renamed (see {@link planRename}
 * and {@link checkDocument}).
 */
export function chooseRename(context: ActionContext, member: Member): RenameTarget | null {
  const journal = unfinishedRename();
  if (journal !== null) {
    refuseConflictedFinisher(readConflictsSheet(context), member, journal);
    return confirm(finishQuestion(journal), RENAME_QUESTION_TITLE) ? { kind: 'finish', journal } : null;
  }
  const cell = activeCell(context.spreadsheet);
  if (!cell || cell.sheetName !== CASES_SHEET || cell.row < 2) refuse('no-case-row', NO_CASE_ROW_MESSAGE);
  const { records, plan } = survey(context, member, cell.row - 1);
  const to = uniqueCaseCodeName(takenNames(records), readSettingsSheet(context).settings.caseCodeNameSeparator);
  const counts: RenameCounts = {
    rows: plan.rowIndexes.length,
    hasDocument: records.document !== null,
    conflicts: conflictsOnCase(records.conflicts.conflicts, plan.caseKey),
    steps: stepsOf(records, [plan.caseKey]),
  };
  if (!confirm(renameQuestion(plan.caseKey, to, counts), RENAME_QUESTION_TITLE)) return null;
  return { kind: 'rename', rowIndex: cell.row - 1, fromKey: plan.caseKey, documentId: plan.documentId, to };
}

/**
 * Step two, under the document lock (the caller holds it): the rename or the finishing confirmed.
 *
 * @returns the sentence saying what was done.
 */
export function applyRename(context: ActionContext, member: Member, target: RenameTarget): string {
  return target.kind === 'finish' ? finishRename(context, member) : renameWholeCase(context, member, target);
}

/** Only a member without a conflict on the case may finish its rename: it retitles the case's document. */
function refuseConflictedFinisher(conflicts: ConflictsSnapshot, member: Member, journal: RenameJournal): void {
  if (hasConflict(conflicts.conflicts, member.email, journal.from) || hasConflict(conflicts.conflicts, member.email, journal.to)) {
    refuse('conflict-of-interest', 'A rename of a case stopped part-way, and only a member without a conflict of interest on that case can finish it. Nothing was changed; ask one of them to choose Django CoC › Rename case….');
  }
}

/**
 * Under the document lock: reads everything again, and renames the case only if it, its document
 * and the new name's freedom are as they were when confirmed.
 *
 * @returns the sentence saying what was done.
 * @throws UserError 'case-changed' when anything moved meanwhile, the refusals of
 * {@link chooseRename}, and 'rename-incomplete' after a fault part-way (the journal stays).
 */
function renameWholeCase(context: ActionContext, member: Member, target: Extract<RenameTarget, { kind: 'rename' }>): string {
  if (unfinishedRename() !== null) refuse('case-changed', CHANGED_MESSAGE);
  const { records, plan } = survey(context, member, target.rowIndex);
  if (plan.caseKey !== target.fromKey || plan.documentId !== target.documentId) refuse('case-changed', CHANGED_MESSAGE);
  const spellings = [target.to.replace(/-/g, ' '), target.to.replace(/ /g, '-')];
  if (takenNames(records).has(caseCodeNameKey(target.to)) || spellings.some(titleInUse)) refuse('case-changed', CHANGED_MESSAGE);
  const journal: RenameJournal = { from: target.fromKey, to: target.to, documentId: target.documentId, on: context.today };
  return renameDone(journal.from, journal.to, completeJournalled(context, journal, records, serialiseRenameJournal(journal)));
}

/**
 * Finishes a rename a fault stopped part-way, under the document lock (the caller holds it).
 *
 * @returns the sentence saying what was finished.
 */
function finishRename(context: ActionContext, member: Member): string {
  const journal = unfinishedRename();
  if (journal === null) return 'Another run finished that rename meanwhile, so there was nothing left to do.';
  const conflicts = readConflictsSheet(context);
  refuseConflictedFinisher(conflicts, member, journal);
  const records: CaseRecords = { cases: readCasesSheet(context), conflicts, steps: readStepsSheet(context), document: null };
  if (journal.documentId !== null) {
    const file = openFile(journal.documentId);
    if (!file) refuse('document-unreachable', `A rename of the case "${journal.from}" to "${journal.to}" stopped part-way, and its document does not open for you, so it could not be finished. Ask the document's owner to choose Django CoC › Rename case….`);
    records.document = { file, title: file.getName() };
  }
  const counts = completeJournalled(context, journal, records, null);
  return `The earlier rename is now finished. ${renameDone(journal.from, journal.to, counts)}`;
}

/** The steps under the journal: `written` is the journal to write first, or null when it is there already. */
function completeJournalled(context: ActionContext, journal: RenameJournal, records: CaseRecords, written: string | null): RenameCounts {
  return journalled(RENAME_JOURNAL_PROPERTY, written, () => complete(context, journal, records), () => new UserError('rename-incomplete', STOPPED_PART_WAY));
}

/** The steps, in the order the file comment gives; each skipped when already done. */
function complete(context: ActionContext, journal: RenameJournal, records: CaseRecords): RenameCounts {
  const { from, to } = journal;
  const recorded = records.conflicts.conflicts;
  const both = conflictsOnBothNames(recorded, from, to);
  if (both.length !== recorded.length) saveConflicts(context, records.conflicts.snapshot, both);

  if (records.document && caseCodeNameKey(records.document.title) !== caseCodeNameKey(to)) rename(records.document.file, to);

  // What carries the new name once done, counting what a stopped run already renamed.
  const bothNames = [from, caseCodeNameKey(to)];
  const steps = stepsOf(records, bothNames);
  if (records.steps) {
    const rewrite = renameInColumn(records.steps.snapshot.values, records.steps.column, from, to);
    if (rewrite) writeColumn(records.steps.snapshot.sheet, rewrite.firstRowIndex + 1, records.steps.column + 1, rewrite.cells);
  }

  const cases = records.cases;
  const column = cases.table.columns.caseCodeName as number;
  const rows = rowsNaming(cases.snapshot.values, column, bothNames);
  const rewrite = renameInColumn(cases.snapshot.values, column, from, to);
  if (rewrite) writeColumn(cases.snapshot.sheet, rewrite.firstRowIndex + 1, column + 1, rewrite.cells);

  const final = conflictsOnNewName(both, from, to);
  // Also when only the view is stale: a fault may have stopped the last rewrite after the record.
  const { strayRows, missing } = compareConflictsView(records.conflicts.view, recorded);
  if (final.length !== both.length || strayRows.length > 0 || missing > 0) saveConflicts(context, records.conflicts.snapshot, final);
  appendAuditLog(context, 'Renamed case', [from, to]);
  return { rows, hasDocument: records.document !== null, conflicts: conflictsOnCase(final, caseCodeNameKey(to)), steps };
}
