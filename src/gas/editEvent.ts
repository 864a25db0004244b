/**
 * What an onEdit simple trigger needs from its event (spec section 5): which sheet and cells were
 * edited, read with as few calls as the question allows, since the trigger runs on every edit.
 */
import { SheetRow } from '../core/cells';
import { toSheetRows } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The edited rectangle, 1-based, on the sheet named `sheetName`. */
export interface EditedBlock {
  sheet: Sheet;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * The block `e.range` covers when it is on the sheet named `sheetName`; null for an edit elsewhere
 * (two calls) or an event without a range.
 */
export function editedBlockOn(event: unknown, sheetName: string): EditedBlock | null {
  const range = (event as { range?: GoogleAppsScript.Spreadsheet.Range } | null | undefined)?.range;
  if (!range) return null;
  const sheet = range.getSheet();
  if (sheet.getName() !== sheetName) return null;
  return { sheet, row: range.getRow(), column: range.getColumn(), numRows: range.getNumRows(), numColumns: range.getNumColumns() };
}

/** A rectangle of cells in one read (1-based position). */
export function readBlock(sheet: Sheet, row: number, column: number, numRows: number, numColumns: number, timeZone: string): SheetRow[] {
  return toSheetRows(sheet.getRange(row, column, numRows, numColumns).getValues(), timeZone);
}

/**
 * The new value Sheets puts in the event of a one-cell edit (`e.value`); undefined when the edit
 * covered several cells or cleared the cell.
 */
export function singleCellValue(event: unknown): unknown {
  return (event as { value?: unknown } | null | undefined)?.value;
}

/** The text of `numRows` cells down one column in one read; anything but text reads as ''. */
export function columnTexts(sheet: Sheet, row: number, column: number, numRows: number): string[] {
  return sheet.getRange(row, column, numRows, 1).getValues().map((cells) => (typeof cells[0] === 'string' ? cells[0] : ''));
}
