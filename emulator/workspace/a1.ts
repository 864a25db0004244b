/**
 * A1 notation as Sheets reads and writes it: 'B5', 'A1:C10', 'D:D', '2:4', 'A2:D' (A2 down to
 * the sheet's last row), with an optional sheet name ("'Annual Stats'!A1:B3"). Rows and columns
 * are 1-based, as in Apps Script.
 */

/** A rectangle of cells, 1-based, as Range.getRow/getColumn/getNumRows/getNumColumns give it. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed reference; an absent bound is open-ended ('D:D' has no rows, '2:2' no columns). */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CORNER = /^\$?([A-Za-z]*)\$?(\d*)$/;
const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** 1 -> 'A', 26 -> 'Z', 27 -> 'AA'. */
export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 'A' -> 1, 'aa' -> 27. */
export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

/** Parses A1 notation; returns null for anything Sheets would not accept as a range. */
export function parseA1(notation: string): A1Reference | null {
  const { sheetName, cells } = splitSheetName(notation.trim());
  if (cells === null) return null;
  const parts = cells.split(':');
  if (parts.length > 2) return null;
  const corners = parts.map(parseCorner);
  if (corners.some((corner) => corner === null)) return null;
  const [start, end = start] = corners as Corner[];
  // A single corner must be a cell; 'A' or '5' alone is not a range.
  if (parts.length === 1 && (start.row === undefined || start.column === undefined)) return null;
  // Both ends of a column span ('D:F') or a row span ('2:4') must be the same kind.
  if (start.column === undefined && end.column !== undefined) return null;
  if (start.row === undefined && end.row !== undefined) return null;
  const reference: A1Reference = {
    startRow: min(start.row, end.row),
    startColumn: min(start.column, end.column),
    endRow: end.row === undefined ? undefined : max(start.row, end.row),
    endColumn: end.column === undefined ? undefined : max(start.column, end.column),
  };
  if (sheetName !== undefined) reference.sheetName = sheetName;
  return reference;
}

/** Closes the open ends of a reference against the sheet's size. */
export function resolveA1(reference: A1Reference, maxRows: number, maxColumns: number): GridRange {
  const row = reference.startRow ?? 1;
  const column = reference.startColumn ?? 1;
  const endRow = reference.endRow ?? maxRows;
  const endColumn = reference.endColumn ?? maxColumns;
  return { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
}

/** 'B5' for one cell, 'A1:C10' otherwise (Range.getA1Notation). */
export function formatA1(range: GridRange): string {
  const start = cellA1(range.row, range.column);
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${cellA1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

/** "'Annual Stats'!A1:B3": the sheet name quoted when it is not a plain identifier. */
export function qualifiedA1(sheetName: string, range: GridRange): string {
  const name = PLAIN_SHEET_NAME.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${formatA1(range)}`;
}

/** True when `outer` covers every cell of `inner`. */
export function coversRange(outer: GridRange, inner: GridRange): boolean {
  return (
    outer.row <= inner.row &&
    outer.column <= inner.column &&
    outer.row + outer.numRows >= inner.row + inner.numRows &&
    outer.column + outer.numColumns >= inner.column + inner.numColumns
  );
}

export function overlapsRange(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | null {
  const match = CORNER.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const corner: Corner = {};
  if (match[1] !== '') corner.column = lettersToColumn(match[1]);
  if (match[2] !== '') corner.row = Number(match[2]);
  if (corner.row === 0) return null;
  return corner;
}

function splitSheetName(notation: string): { sheetName?: string; cells: string | null } {
  if (notation.startsWith("'")) {
    const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(notation);
    if (!quoted) return { cells: null };
    return { sheetName: quoted[1].replace(/''/g, "'"), cells: quoted[2] };
  }
  const bang = notation.lastIndexOf('!');
  if (bang === -1) return { cells: notation };
  return { sheetName: notation.slice(0, bang), cells: notation.slice(bang + 1) };
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function max(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** Writes a reference back as A1, keeping open ends open ('D:D', '2:4', 'A2:D'). */
export function formatReference(reference: A1Reference): string {
  const start = `${reference.startColumn === undefined ? '' : columnToLetters(reference.startColumn)}${reference.startRow ?? ''}`;
  const end = `${reference.endColumn === undefined ? '' : columnToLetters(reference.endColumn)}${reference.endRow ?? ''}`;
  const single = reference.startRow === reference.endRow && reference.startColumn === reference.endColumn && reference.startRow !== undefined && reference.startColumn !== undefined;
  return single ? start : `${start}:${end}`;
}
