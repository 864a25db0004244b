/**
 * Every sheet of a spreadsheet, each read once, for checks that must look everywhere (the
 * real-name scan of spec section 5). The calls grow with the number of sheets, never with rows.
 */
import { snapshot, SheetSnapshot } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Each sheet's snapshot, in tab order. */
export function snapshotAllSheets(spreadsheet: Spreadsheet, timeZone: string): SheetSnapshot[] {
  return spreadsheet.getSheets().map((sheet) => snapshot(sheet, timeZone));
}
