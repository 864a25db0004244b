/**
 * The write that resolves a case's rows (spec section 17): Status, Resolution Source, Resolution
 * Date and Consequences on every row of the case, as one block so that a fault leaves every row as
 * it was or every row resolved, never half. The block spans the case's rows and the four columns;
 * the cells inside it that the decision does not set are written back exactly as read.
 */
import { CaseRecord } from '../caseRecord';
import { SheetCell, SheetRow, calendarDate } from '../cells';
import { personCodeNameKey } from '../codeNames';
import { asReadBack, neutraliseText } from '../neutralise';
import { ColumnIndex } from '../schema';
import { PersonConsequence } from './decisionRequest';

export type DecisionColumn = 'status' | 'resolutionSource' | 'resolutionDate' | 'consequences';

export interface DecisionRowsInput {
  /** `Cases` as read, header first. */
  values: readonly SheetRow[];
  columns: ColumnIndex<DecisionColumn>;
  rows: readonly CaseRecord[];
  consequences: readonly PersonConsequence[];
  resolvedStatus: string;
  resolutionSource: string;
  /** `YYYY-MM-DD`. */
  resolutionDate: string;
}

export interface CellBlock {
  /** 1-based, as Sheets counts. */
  row: number;
  column: number;
  cells: SheetCell[][];
}

/** The one block to write. */
export function decisionRowsBlock(input: DecisionRowsInput): CellBlock {
  const { columns } = input;
  const indexes = [columns.status, columns.resolutionSource, columns.resolutionDate, columns.consequences];
  const firstColumn = Math.min(...indexes);
  const lastColumn = Math.max(...indexes);
  const rowIndexes = input.rows.map((record) => record.rowIndex);
  const firstRow = Math.min(...rowIndexes);
  const lastRow = Math.max(...rowIndexes);
  const byRow = new Map(input.rows.map((record) => [record.rowIndex, record]));
  const byPerson = new Map(input.consequences.map((entry) => [personCodeNameKey(entry.personCodeName), entry.consequence]));
  const cells: SheetCell[][] = [];
  for (let rowIndex = firstRow; rowIndex <= lastRow; rowIndex++) {
    const read = input.values[rowIndex] ?? [];
    const line: SheetCell[] = [];
    for (let column = firstColumn; column <= lastColumn; column++) line.push(asReadBack(read[column]));
    const record = byRow.get(rowIndex);
    if (record) {
      const set = (column: number, value: SheetCell) => (line[column - firstColumn] = value);
      set(columns.status, neutraliseText(input.resolvedStatus));
      set(columns.resolutionSource, neutraliseText(input.resolutionSource));
      set(columns.resolutionDate, calendarDate(input.resolutionDate));
      set(columns.consequences, neutraliseText(byPerson.get(personCodeNameKey(record.personCodeName)) ?? ''));
    }
    cells.push(line);
  }
  return { row: firstRow + 1, column: firstColumn + 1, cells };
}
