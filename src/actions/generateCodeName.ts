/**
 * "Generate code name" (spec section 4): a new case code name into the Case Code Name column, or a
 * new person code name into the Person Code Name column, at the active cell of `Cases`.
 *
 * It works in two steps so that no lock is held while a person reads a question: first it finds
 * the cell and, when the cell holds a value, asks before overwriting; then, under the document
 * lock, it reads the records again, makes sure the cell is still as it was when the person
 * answered, collects every name in use, and writes the new name.
 */
import { ActionContext } from '../gas/context';
import { headerAndCell, selectedCell } from '../gas/codeNameCell';
import { writeBlock } from '../gas/spreadsheet';
import { confirm, toast } from '../gas/ui';
import { a1, cellText } from '../core/cells';
import { CasesTable } from '../core/caseRecord';
import { caseCodeNameKey, personCodeNameKey } from '../core/codeNames';
import { UserError } from '../core/errors';
import { Member } from '../core/members';
import { CASES_COLUMNS, CASES_SHEET, findColumns } from '../core/schema';
import { missingColumnsError } from '../core/validation';
import { appendAuditLog } from './audit';
import { newCaseCodeName, newPersonCodeName, personCodeNamesInKey } from './codeNameRegistry';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

export type CodeNameKind = 'case' | 'person';

/** Where the new name goes, and what the cell held when the person chose to overwrite it. */
export interface CodeNameTarget {
  kind: CodeNameKind;
  /** 0-based, as in the sheet's values. */
  rowIndex: number;
  columnIndex: number;
  /** The cell's text when the question was answered ('' when it was empty). */
  previous: string;
}

export const WRONG_CELL_MESSAGE =
  `Generate code name writes into the selected cell of the ${CASES_SHEET} sheet: select a cell below the header in the ` +
  `${CASES_COLUMNS.caseCodeName} column for a case code name, or in the ${CASES_COLUMNS.personCodeName} column for a person code name, then try again.`;

const CHANGED_MESSAGE =
  'The selected cell or the Cases sheet changed while you were deciding, so nothing was written. Run Generate code name again.';

const LABEL: Record<CodeNameKind, string> = { case: 'case code name', person: 'person code name' };

function overwriteQuestion(kind: CodeNameKind): string {
  return `The selected cell is not empty. Replace what it holds with a new ${LABEL[kind]}?`;
}

/**
 * A case code name that other rows, a case document or a conflict of interest also carry is the
 * case's name, not the row's: a new name on one row would split the case in two, leave its
 * document titled with the old name and its conflicts on a name no row holds (spec section 4).
 * Refused, pointing at Rename case; so is a blank cell on a row whose Documents cell links a
 * document. The message never repeats the cell, which may hold anything.
 */
function refuseSplittingCase(context: ActionContext, table: CasesTable, rowIndex: number, previous: string): void {
  const key = caseCodeNameKey(previous);
  if (key === '') {
    if (table.records.some((record) => record.rowIndex === rowIndex && record.documents.trim() !== '')) throw new UserError('rename-case', LINKED_ROW);
    return;
  }
  const rows = table.records.filter((record) => caseCodeNameKey(record.caseCodeName) === key);
  const ties = [
    rows.some((record) => record.rowIndex !== rowIndex) ? 'other rows of Cases' : null,
    rows.some((record) => record.documents.trim() !== '') ? 'its case document' : null,
    readConflictsSheet(context).conflicts.some((conflict) => caseCodeNameKey(conflict.caseCodeName) === key) ? 'conflicts of interest' : null,
  ].filter((tie) => tie !== null);
  if (ties.length === 0) return;
  throw new UserError(
    'rename-case',
    `This row's case code name is also the name of ${ties.join(', ')}, so a new name on this row alone would split the case. Nothing was changed. To give the whole case a new name, select the row and choose Django CoC › Rename case.`,
  );
}

const LINKED_ROW =
  "This row's Documents cell links a case document, which is titled with its case's code name, so a new name on this row would give the case a second name. Nothing was changed. Type the case code name back (the document's title), or, to rename the whole case, select one of its rows and choose Django CoC › Rename case.";

/**
 * A person code name the identity key holds points the row at that person: replacing it with a new
 * name, which no key row holds, would cut the row from them. A value the key does not hold (a typo,
 * a name typed by mistake) may be replaced.
 */
function refuseCuttingPerson(keyNames: ReadonlySet<string>, previous: string): void {
  if (!keyNames.has(personCodeNameKey(previous))) return;
  throw new UserError(
    'person-in-key',
    "This row's person code name belongs to a person in the identity key, so replacing it would cut the row from them. Nothing was changed. To name another person on this row, type their code name from the identity key.",
  );
}

/**
 * Finds where the name goes and, when the cell holds a value, asks before overwriting it; a value
 * that may not be overwritten is refused before anything is asked (and again under the lock).
 *
 * @returns the target, or null when the person chose not to overwrite.
 * @throws UserError with {@link WRONG_CELL_MESSAGE} outside the two columns, and 'missing-columns'
 * naming every column `Cases` lacks.
 */
export function chooseCodeNameTarget(context: ActionContext, member: Member): CodeNameTarget | null {
  const cell = selectedCell(context.spreadsheet);
  if (!cell || cell.sheetName !== CASES_SHEET) throw new UserError('wrong-cell', WRONG_CELL_MESSAGE);
  const { header, cell: value } = headerAndCell(cell.sheet, cell.rowIndex, cell.columnIndex, context.timeZone);
  const { found, missing } = findColumns(header, CASES_COLUMNS);
  if (missing.length > 0) throw missingColumnsError(missing);
  const kind: CodeNameKind | null =
    cell.columnIndex === found.caseCodeName ? 'case' : cell.columnIndex === found.personCodeName ? 'person' : null;
  if (kind === null || cell.rowIndex === 0) throw new UserError('wrong-cell', WRONG_CELL_MESSAGE);
  const previous = cellText(value);
  if (kind === 'case') refuseSplittingCase(context, readCasesSheet(context).table, cell.rowIndex, previous);
  if (previous !== '' && kind === 'person') refuseCuttingPerson(personCodeNamesInKey(context, member, readSettingsSheet(context).settings), previous);
  if (previous !== '' && !confirm(overwriteQuestion(kind), 'Replace this value?')) return null;
  return { kind, rowIndex: cell.rowIndex, columnIndex: cell.columnIndex, previous };
}

/**
 * Generates the name and writes it into the target cell. The caller holds the document lock.
 *
 * @throws UserError 'cell-changed' when the column moved or the cell changed since the question,
 * 'rename-case' over a case code name that is not this row's alone, 'person-in-key' over a person
 * code name the key holds, 'identity-key-needed' for a person code name this member cannot check
 * against the key, and the generator's exhaustion error.
 */
export function writeCodeName(context: ActionContext, member: Member, target: CodeNameTarget): string {
  const { settings } = readSettingsSheet(context);
  const { snapshot, table } = readCasesSheet(context);
  const column = target.kind === 'case' ? table.columns.caseCodeName : table.columns.personCodeName;
  const now = cellText(snapshot.values[target.rowIndex]?.[target.columnIndex]);
  if (column !== target.columnIndex || now !== target.previous) throw new UserError('cell-changed', CHANGED_MESSAGE);

  let name: string;
  if (target.kind === 'case') {
    refuseSplittingCase(context, table, target.rowIndex, target.previous);
    name = newCaseCodeName(context, settings, table);
  } else {
    const inKey = personCodeNamesInKey(context, member, settings);
    if (target.previous !== '') refuseCuttingPerson(inKey, target.previous);
    name = newPersonCodeName(settings, table, inKey);
  }

  writeBlock(snapshot.sheet, target.rowIndex + 1, target.columnIndex + 1, [[name]]);
  // A person code name is not logged: the audit row holds case code names only, and the row's
  // Case Code Name may hold anything a person typed.
  appendAuditLog(context, 'Generated code name', target.kind === 'case' ? [name] : []);
  const where = a1(target.rowIndex, target.columnIndex, CASES_SHEET);
  const next = target.kind === 'person' ? nextStepForPerson(member) : '';
  toast(context.spreadsheet, `New ${LABEL[target.kind]} "${name}" written in ${where}.${next}`);
  return name;
}

/**
 * What to do with a new person code name: no action adds a person to the key on its own (Log a
 * new report… does, for a new report), so the toast names the manual step and the action after it.
 */
function nextStepForPerson(member: Member): string {
  const step = 'add a row to the identity key with their Real Name, Aliases and this Person Code Name, then run Django CoC › Identity key › Refresh identity key';
  return member.identityKeyAccess ? ` Next, ${step}.` : ` Next, a member with Identity Key Access must ${step}.`;
}
