import { A1Reference, cellA1, formatReference, GridRange, parseA1 } from '../../workspace/a1';
import type { CellValue, SheetState } from '../../workspace/state';
import { isEmptyCell } from './cellValues';

/**
 * Reading and writing a SheetState's cells and sparse per-cell maps, and moving everything when
 * rows or columns are inserted or deleted. Coordinates are 1-based, as in Apps Script.
 */

export function readCell(sheet: SheetState, row: number, column: number): CellValue {
  return sheet.values[row - 1]?.[column - 1] ?? '';
}

/** Reads a rectangle of cells through `convert`, one call per cell. */
export function readCells<T>(sheet: SheetState, range: GridRange, convert: (cell: CellValue) => T): T[][] {
  const result: T[][] = new Array(range.numRows);
  for (let r = 0; r < range.numRows; r++) {
    const stored = sheet.values[range.row - 1 + r];
    const row: T[] = new Array(range.numColumns);
    for (let c = 0; c < range.numColumns; c++) row[c] = convert(stored?.[range.column - 1 + c] ?? '');
    result[r] = row;
  }
  return result;
}

/** Writes `cellAt(r, c)` (0-based within the range) into every cell of the range. */
export function writeCells(sheet: SheetState, range: GridRange, cellAt: (r: number, c: number) => CellValue): void {
  const values = sheet.values;
  const lastIndex = range.row - 1 + range.numRows;
  while (values.length < lastIndex) values.push([]);
  for (let r = 0; r < range.numRows; r++) {
    const row = values[range.row - 1 + r];
    while (row.length < range.column - 1 + range.numColumns) row.push('');
    for (let c = 0; c < range.numColumns; c++) row[range.column - 1 + c] = cellAt(r, c);
    trimRow(row);
  }
  trimTrailingRows(sheet);
}

/** Empties every cell of the range, touching only rows that hold something. */
export function clearCells(sheet: SheetState, range: GridRange): void {
  const lastIndex = Math.min(sheet.values.length, range.row - 1 + range.numRows);
  for (let r = range.row - 1; r < lastIndex; r++) {
    const row = sheet.values[r];
    const end = Math.min(row.length, range.column - 1 + range.numColumns);
    for (let c = range.column - 1; c < end; c++) row[c] = '';
    trimRow(row);
  }
  trimTrailingRows(sheet);
}

/** The last row with content, 0 when the sheet is empty (Sheet.getLastRow). */
export function lastRowWithContent(sheet: SheetState): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    if (sheet.values[r].some((cell) => !isEmptyCell(cell))) return r + 1;
  }
  return 0;
}

/** The last column with content, 0 when the sheet is empty (Sheet.getLastColumn). */
export function lastColumnWithContent(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.values) {
    for (let c = row.length - 1; c >= last; c--) {
      if (!isEmptyCell(row[c])) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

/**
 * A sparse A1-keyed map (notes, backgrounds, font weights) read over a range. The map's entries
 * are visited rather than every cell of the range named: a tracker's range holds hundreds of
 * thousands of cells and its map a few.
 */
export function readSparse<T extends string>(map: Record<string, string> | undefined, range: GridRange, convert: (value: string | undefined) => T): T[][] {
  const blank = convert(undefined);
  const result: T[][] = new Array(range.numRows);
  for (let r = 0; r < range.numRows; r++) result[r] = new Array<T>(range.numColumns).fill(blank);
  for (const [key, value] of Object.entries(map ?? {})) {
    const cell = parseA1(key);
    if (cell?.startRow === undefined || cell.startColumn === undefined) continue;
    const r = cell.startRow - range.row;
    const c = cell.startColumn - range.column;
    if (r >= 0 && r < range.numRows && c >= 0 && c < range.numColumns) result[r][c] = convert(value);
  }
  return result;
}

/** Deletes the entries of a sparse A1-keyed map that fall inside the range. */
export function clearSparse(map: Record<string, string>, range: GridRange): void {
  for (const key of Object.keys(map)) {
    const reference = parseA1(key);
    if (!reference || reference.startRow === undefined || reference.startColumn === undefined) continue;
    const insideRows = reference.startRow >= range.row && reference.startRow < range.row + range.numRows;
    const insideColumns = reference.startColumn >= range.column && reference.startColumn < range.column + range.numColumns;
    if (insideRows && insideColumns) delete map[key];
  }
}

/** Sets (or, for undefined, deletes) each cell's entry of a sparse A1-keyed map. */
export function writeSparse(map: Record<string, string>, range: GridRange, valueAt: (r: number, c: number) => string | undefined): void {
  for (let r = 0; r < range.numRows; r++) {
    for (let c = 0; c < range.numColumns; c++) {
      const key = cellA1(range.row + r, range.column + c);
      const value = valueAt(r, c);
      if (value === undefined) delete map[key];
      else map[key] = value;
    }
  }
}

export type Axis = 'row' | 'column';

/**
 * Inserts `count` empty rows or columns before `position`, moving everything at or after it, as
 * Sheet.insertRowsBefore / insertColumnsBefore do. Rules spanning the insertion point grow.
 */
export function insertLines(sheet: SheetState, axis: Axis, position: number, count: number): void {
  const move = (index: number): number => (index >= position ? index + count : index);
  if (axis === 'row') {
    if (position - 1 < sheet.values.length) sheet.values.splice(position - 1, 0, ...Array.from({ length: count }, () => []));
    sheet.maxRows += count;
  } else {
    for (const row of sheet.values) if (position - 1 < row.length) row.splice(position - 1, 0, ...new Array<CellValue>(count).fill(''));
    sheet.maxColumns += count;
  }
  moveSparseMaps(sheet, axis, move);
  moveRuleRanges(sheet, axis, (start, end) => [move(start), move(end)]);
}

/** Deletes `count` rows or columns from `position`, moving what follows back (Sheet.deleteRows). */
export function deleteLines(sheet: SheetState, axis: Axis, position: number, count: number): void {
  const end = position + count;
  const move = (index: number): number | undefined => (index < position ? index : index >= end ? index - count : undefined);
  if (axis === 'row') {
    sheet.values.splice(position - 1, count);
    sheet.maxRows -= count;
  } else {
    for (const row of sheet.values) row.splice(position - 1, count);
    sheet.maxColumns -= count;
  }
  for (const row of sheet.values) trimRow(row);
  trimTrailingRows(sheet);
  moveSparseMaps(sheet, axis, move);
  moveRuleRanges(sheet, axis, (first, last) => {
    const newFirst = first < position ? first : first >= end ? first - count : position;
    const newLast = last < position ? last : last >= end ? last - count : position - 1;
    return newLast < newFirst ? null : [newFirst, newLast];
  });
}

function moveSparseMaps(sheet: SheetState, axis: Axis, move: (index: number) => number | undefined): void {
  sheet.notes = moveSparse(sheet.notes, axis, move);
  sheet.backgrounds = moveSparse(sheet.backgrounds, axis, move);
  if (sheet.fontWeights) sheet.fontWeights = moveSparse(sheet.fontWeights, axis, move);
}

function moveSparse(map: Record<string, string>, axis: Axis, move: (index: number) => number | undefined): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) {
    const reference = parseA1(key);
    if (!reference || reference.startRow === undefined || reference.startColumn === undefined) continue;
    const row = axis === 'row' ? move(reference.startRow) : reference.startRow;
    const column = axis === 'column' ? move(reference.startColumn) : reference.startColumn;
    if (row !== undefined && column !== undefined) moved[cellA1(row, column)] = value;
  }
  return moved;
}

/** Moves each data validation range's bounds on one axis; a null result drops the entry. */
function moveRuleRanges(sheet: SheetState, axis: Axis, move: (start: number, end: number) => [number, number] | null): void {
  sheet.dataValidations = sheet.dataValidations.flatMap((entry) => {
    const reference = parseA1(entry.range);
    if (!reference) return [entry];
    const startKey: keyof A1Reference = axis === 'row' ? 'startRow' : 'startColumn';
    const endKey: keyof A1Reference = axis === 'row' ? 'endRow' : 'endColumn';
    const start = reference[startKey] as number | undefined;
    const end = reference[endKey] as number | undefined;
    if (start === undefined || end === undefined) return [entry]; // open-ended on this axis
    const moved = move(start, end);
    if (moved === null) return [];
    return [{ ...entry, range: formatReference({ ...reference, [startKey]: moved[0], [endKey]: moved[1] }) }];
  });
}

function trimRow(row: CellValue[]): void {
  while (row.length > 0 && isEmptyCell(row[row.length - 1])) row.pop();
}

function trimTrailingRows(sheet: SheetState): void {
  const values = sheet.values;
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
}
