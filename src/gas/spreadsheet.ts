import { SheetCell, SheetRow } from '../core/cells';
import { UserError } from '../core/errors';
import { toSheetRows, toWritableValue } from './cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet and everything in it, read with one `getValues`. */
export interface SheetSnapshot {
  sheet: Sheet;
  name: string;
  values: SheetRow[];
}

/** Said when the script runs with no spreadsheet open (Google then has no active spreadsheet and no document lock). */
export function notInSpreadsheet(): UserError {
  return new UserError('no-document', 'The Django CoC add-on works inside the status spreadsheet. Open the spreadsheet and run it from its menu; nothing was changed.');
}

/** The bound (or add-on's open) spreadsheet; null from Google when the script runs outside one. */
export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw notInSpreadsheet();
  return spreadsheet;
}

/** Reads a whole sheet in one batch (the data range), or null when the sheet does not exist. */
export function readSheet(spreadsheet: Spreadsheet, name: string, timeZone: string): SheetSnapshot | null {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? snapshot(sheet, timeZone, name) : null;
}

/**
 * Reads a whole sheet with two calls: the data range of an empty sheet is A1 alone, holding '', which
 * reads as no rows. `name` saves a call when the caller knows it.
 */
export function snapshot(sheet: Sheet, timeZone: string, name?: string): SheetSnapshot {
  const raw = sheet.getDataRange().getValues();
  const empty = raw.length === 1 && raw[0].length === 1 && raw[0][0] === '';
  return { sheet, name: name ?? sheet.getName(), values: empty ? [] : toSheetRows(raw, timeZone) };
}

/**
 * Row 1 across the sheet's last column, in one read. Headers are text, so the zone (for a date
 * someone typed there) rarely matters.
 */
export function headerRow(sheet: Sheet, timeZone = 'UTC'): SheetCell[] {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) return [];
  return toSheetRows(sheet.getRange(1, 1, 1, lastColumn).getValues(), timeZone)[0];
}

/** Sheets' answer when a range reaches past the sheet's last row or column. */
const OUTSIDE_SHEET = /coordinates of the range are outside the dimensions of the sheet/i;

/** Grows the sheet to at least `rows` rows and `columns` columns. */
function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function rangeFor(sheet: Sheet, row: number, column: number, rows: number, columns: number): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(row, column, rows, columns);
  } catch (error) {
    // Usually the sheet is big enough, so its size is asked for only when Sheets says it is not.
    if (!OUTSIDE_SHEET.test(String((error as { message?: unknown })?.message))) throw error;
    growTo(sheet, row + rows - 1, column + columns - 1);
    return sheet.getRange(row, column, rows, columns);
  }
}

/** Writes a block of rows at a 1-based position in one `setValues`, growing the sheet when it must. */
export function writeBlock(sheet: Sheet, row: number, column: number, rows: readonly (readonly SheetCell[])[]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => {
    const out = r.map(toWritableValue);
    while (out.length < width) out.push('');
    return out;
  });
  rangeFor(sheet, row, column, values.length, width).setValues(values);
}

/** Appends rows after the last row with content, in one write. Returns the first row written. */
export function appendBlock(sheet: Sheet, rows: readonly (readonly SheetCell[])[], lastRow = sheet.getLastRow()): number {
  writeBlock(sheet, lastRow + 1, 1, rows);
  return lastRow + 1;
}

/**
 * Appends one row after the last row with content in one call, where appendBlock costs three:
 * Sheet.appendRow, which Google makes atomic ("it prevents issues where a user asks for the last
 * row, and then writes to that row, and an intervening mutation occurs").
 */
export function appendRow(sheet: Sheet, row: readonly SheetCell[]): void {
  sheet.appendRow(row.map(toWritableValue));
}

/** Writes one column's cells for a contiguous run of rows in one write (1-based row). */
export function writeColumn(sheet: Sheet, firstRow: number, column: number, cells: readonly SheetCell[]): void {
  writeBlock(sheet, firstRow, column, cells.map((cell) => [cell]));
}

/**
 * Opens another spreadsheet (the identity key, the public statistics copy). Apps Script throws
 * for a missing file or one the user cannot open; both become `null` so the caller can explain.
 */
export function openSpreadsheetById(id: string): Spreadsheet | null {
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return null;
  }
}

/** The sheet with that name, made when missing. */
export function sheetNamed(spreadsheet: Spreadsheet, name: string): Sheet {
  return spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
}

/** Replaces a sheet's contents with a table (header first) in one clear and one write. */
export function replaceContents(sheet: Sheet, rows: readonly (readonly SheetCell[])[]): void {
  sheet.clearContents();
  writeBlock(sheet, 1, 1, rows);
}
