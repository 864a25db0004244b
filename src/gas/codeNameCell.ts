/**
 * The cell Generate code name writes into (spec section 4), owned by the records feature: where
 * the cursor is, and what the header row and that cell hold, read before any question is asked.
 */
import { SheetCell } from '../core/cells';
import { toSheetCell } from './cells';
import { headerRow } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SelectedCell {
  sheet: Sheet;
  sheetName: string;
  /** 0-based, as in a sheet's values. */
  rowIndex: number;
  columnIndex: number;
}

/** The current cell (the top-left one of a selected range), or null when nothing is selected. */
export function selectedCell(spreadsheet: Spreadsheet): SelectedCell | null {
  const cell = spreadsheet.getCurrentCell();
  if (!cell) return null;
  const sheet = cell.getSheet();
  return { sheet, sheetName: sheet.getName(), rowIndex: cell.getRow() - 1, columnIndex: cell.getColumn() - 1 };
}

/** The header row and one cell, in two reads. */
export function headerAndCell(sheet: Sheet, rowIndex: number, columnIndex: number, timeZone: string): { header: SheetCell[]; cell: SheetCell } {
  const header = headerRow(sheet, timeZone);
  const cell = toSheetCell(sheet.getRange(rowIndex + 1, columnIndex + 1).getValue(), timeZone);
  return { header, cell };
}
