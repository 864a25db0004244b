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
import { UserError } from '../core/errors';
import { Member } from '../core/members';
import { CASES_COLUMNS, CASES_SHEET, findColumns } from '../core/schema';
import { missingColumnsError } from '../core/validation';
import { appendAuditLog } from './audit';
import { newCaseCodeName, newPersonCodeName } from './codeNameRegistry';
import { readCasesSheet, readSettingsSheet } from './records';

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
  const others = kind === 'case' ? ' Other rows of the same case keep what they hold.' : '';
  return `The selected cell is not empty. Replace what it holds with a new ${LABEL[kind]}?${others}`;
}

/**
 * Finds where the name goes and, when the cell holds a value, asks before overwriting it.
 *
 * @returns the target, or null when the person chose not to overwrite.
 * @throws UserError with {@link WRONG_CELL_MESSAGE} outside the two columns, and 'missing-columns'
 * naming every column `Cases` lacks.
 */
export function chooseCodeNameTarget(context: ActionContext): CodeNameTarget | null {
  const cell = selectedCell(context.spreadsheet);
  if (!cell || cell.sheetName !== CASES_SHEET) throw new UserError('wrong-cell', WRONG_CELL_MESSAGE);
  const { header, cell: value } = headerAndCell(cell.sheet, cell.rowIndex, cell.columnIndex, context.timeZone);
  const { found, missing } = findColumns(header, CASES_COLUMNS);
  if (missing.length > 0) throw missingColumnsError(missing);
  const kind: CodeNameKind | null =
    cell.columnIndex === found.caseCodeName ? 'case' : cell.columnIndex === found.personCodeName ? 'person' : null;
  if (kind === null || cell.rowIndex === 0) throw new UserError('wrong-cell', WRONG_CELL_MESSAGE);
  const previous = cellText(value);
  if (previous !== '' && !confirm(overwriteQuestion(kind), 'Replace this value?')) return null;
  return { kind, rowIndex: cell.rowIndex, columnIndex: cell.columnIndex, previous };
}

/**
 * Generates the name and writes it into the target cell. The caller holds the document lock.
 *
 * @throws UserError 'cell-changed' when the column moved or the cell changed since the question,
 * 'identity-key-needed' for a person code name this member cannot check against the key, and the
 * generator's exhaustion error.
 */
export function writeCodeName(context: ActionContext, member: Member, target: CodeNameTarget): string {
  const { settings } = readSettingsSheet(context);
  const { snapshot, table } = readCasesSheet(context);
  const column = target.kind === 'case' ? table.columns.caseCodeName : table.columns.personCodeName;
  const now = cellText(snapshot.values[target.rowIndex]?.[target.columnIndex]);
  if (column !== target.columnIndex || now !== target.previous) throw new UserError('cell-changed', CHANGED_MESSAGE);

  const name = target.kind === 'case' ? newCaseCodeName(context, settings, table) : newPersonCodeName(context, member, settings, table);

  writeBlock(snapshot.sheet, target.rowIndex + 1, target.columnIndex + 1, [[name]]);
  // A person code name is not logged: the audit row holds case code names only, and the row's
  // Case Code Name may hold anything a person typed.
  appendAuditLog(context, 'Generated code name', target.kind === 'case' ? [name] : []);
  const where = a1(target.rowIndex, target.columnIndex, CASES_SHEET);
  const next = target.kind === 'person' ? ' Add the person to the identity key under this code name.' : '';
  toast(context.spreadsheet, `New ${LABEL[target.kind]} "${name}" written in ${where}.${next}`);
  return name;
}
