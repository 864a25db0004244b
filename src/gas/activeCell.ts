/** Where the person's cursor is in the status spreadsheet, read with three calls. */

export interface ActiveCell {
  sheetName: string;
  /** 1-based, as Sheets numbers rows. */
  row: number;
  /** 1-based. */
  column: number;
}

/** Null when nothing is selected (a run from the script editor, say). */
export function activeCell(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ActiveCell | null {
  const cell = spreadsheet.getCurrentCell();
  if (!cell) return null;
  return { sheetName: cell.getSheet().getName(), row: cell.getRow(), column: cell.getColumn() };
}
