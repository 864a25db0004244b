/**
 * Renaming a case in one column of a sheet (`Cases`, `Case Steps`) with one write: the rows that
 * name the case get the new name, and the rows between them are written back as they were read.
 */
import { SheetCell, SheetRow, cellText } from '../cells';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../codeNames';
import { asReadBack } from '../neutralise';

export interface ColumnRename {
  /** 0-based index of the first row written (the header is index 0). */
  firstRowIndex: number;
  /** The cells from that row down, one per row. */
  cells: SheetCell[];
  /** How many rows named the case. */
  renamed: number;
}

/** True when the cell names the case whose key is `caseKey`; text that is not a code name never does. */
export function namesCase(cell: SheetCell | undefined, caseKey: string): boolean {
  const text = cellText(cell ?? '');
  return looksLikeCaseCodeName(text) && caseCodeNameKey(text) === caseKey;
}

/** The one write that renames the case in `column` below the header, or null when no row names it. */
export function renameInColumn(values: readonly SheetRow[], column: number, caseKey: string, newName: string): ColumnRename | null {
  const rows = values.map((_, rowIndex) => rowIndex).filter((rowIndex) => rowIndex > 0 && namesCase(values[rowIndex][column], caseKey));
  if (rows.length === 0) return null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const renamed = new Set(rows);
  const cells: SheetCell[] = [];
  for (let rowIndex = first; rowIndex <= last; rowIndex++) cells.push(renamed.has(rowIndex) ? newName : asReadBack(values[rowIndex][column]));
  return { firstRowIndex: first, cells, renamed: rows.length };
}
