import { formatA1, GridRange, parseA1, resolveA1 } from '../../workspace/a1';
import type { RunContext } from '../../run/runContext';
import type { SheetState, SpreadsheetState } from '../../workspace/state';
import { parameterMismatch } from '../common/serviceHelpers';
import { checkWrite } from './writeAccess';

/** Where a range is: which spreadsheet, which sheet (by id, so a rename keeps it), which cells. */
export interface RangeLocation {
  spreadsheetId: string;
  sheetId: number;
  grid: GridRange;
}

/**
 * Makes the script-facing Sheet and Spreadsheet for the objects below them in the layering that
 * must hand out their parent (Range.getSheet, Sheet.getParent). spreadsheetApp.ts, which sees every
 * class, provides it, so range.ts never imports sheet.ts and sheet.ts never imports spreadsheet.ts.
 */
export interface ParentObjects {
  sheet(context: SheetsContext, spreadsheetId: string, sheetId: number): ParentSheet;
  spreadsheet(context: SheetsContext, spreadsheetId: string): ParentSpreadsheet;
}

/** What code below sheet.ts may use of the Sheet it hands out (the class is in sheet.ts). */
export interface ParentSheet {
  getName(): string;
  getSheetId(): number;
}

/** What code below spreadsheet.ts may use of the Spreadsheet it hands out. */
export interface ParentSpreadsheet {
  getId(): string;
  getName(): string;
}

/**
 * What the Spreadsheet service shares within one run: the run, and the selection the script has
 * moved (setActiveSheet, Range.activate) away from the one the run started with. Everything else
 * is read from the workspace on every call, so objects never go stale.
 */
export class SheetsContext {
  private readonly activated = new Map<string, { sheetId: number; grid: GridRange }>();

  constructor(
    readonly run: RunContext,
    private readonly parents: ParentObjects,
  ) {}

  spreadsheetState(spreadsheetId: string): SpreadsheetState {
    const state = this.run.workspace.spreadsheets[spreadsheetId];
    if (!state) throw new Error('The spreadsheet no longer exists.');
    return state;
  }

  sheetState(spreadsheetId: string, sheetId: number): SheetState {
    const sheet = this.spreadsheetState(spreadsheetId).sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) throw new Error('The sheet no longer exists.');
    return sheet;
  }

  /**
   * Refuses, with Sheets' message, a write the run's user may not make: to a spreadsheet they
   * cannot edit, or to cells (or, without `grid`, a sheet) protected from them.
   */
  checkWrite(spreadsheetId: string, sheetId?: number, grid?: GridRange): void {
    checkWrite(this.run.workspace, this.run.user, spreadsheetId, sheetId, grid);
  }

  timeZone(spreadsheetId: string): string {
    return this.spreadsheetState(spreadsheetId).timeZone;
  }

  /** The instrumented Spreadsheet the script holds. */
  spreadsheet(spreadsheetId: string): ParentSpreadsheet {
    return this.parents.spreadsheet(this, spreadsheetId);
  }

  /** The instrumented Sheet the script holds. */
  sheet(spreadsheetId: string, sheetId: number): ParentSheet {
    return this.parents.sheet(this, spreadsheetId, sheetId);
  }

  /**
   * Sheet.getRange(row, column, numRows?, numColumns?) with Apps Script's checks and error texts
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)).
   */
  locationByPosition(spreadsheetId: string, sheetId: number, args: unknown[], method: string): RangeLocation {
    const [row, column, numRows = 1, numColumns = 1] = args;
    if (![row, column, numRows, numColumns].every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw parameterMismatch(method, args);
    }
    const grid = {
      row: Math.trunc(row as number),
      column: Math.trunc(column as number),
      numRows: Math.trunc(numRows as number),
      numColumns: Math.trunc(numColumns as number),
    };
    if (grid.row < 1) throw new Error('The starting row of the range is too small.');
    if (grid.column < 1) throw new Error('The starting column of the range is too small.');
    if (grid.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (grid.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    this.checkInsideSheet(this.sheetState(spreadsheetId, sheetId), grid);
    return { spreadsheetId, sheetId, grid };
  }

  /** getRange(a1): a sheet name in the notation wins over `defaultSheetId`. */
  locationByA1(spreadsheetId: string, defaultSheetId: number, notation: unknown, method: string): RangeLocation {
    if (typeof notation !== 'string') throw parameterMismatch(method, [notation]);
    const reference = parseA1(notation);
    if (!reference) throw new Error('Range not found');
    let sheet = this.sheetState(spreadsheetId, defaultSheetId);
    if (reference.sheetName !== undefined) {
      const named = this.spreadsheetState(spreadsheetId).sheets.find((s) => s.name === reference.sheetName);
      if (!named) throw new Error('Range not found');
      sheet = named;
    }
    const grid = resolveA1(reference, sheet.maxRows, sheet.maxColumns);
    this.checkInsideSheet(sheet, grid);
    return { spreadsheetId, sheetId: sheet.sheetId, grid };
  }

  /** Sheets' error when another sheet already has the name (names differ in more than case). */
  checkSheetNameFree(spreadsheetId: string, name: string, exceptSheetId?: number): void {
    const taken = this.spreadsheetState(spreadsheetId).sheets.some((s) => s.sheetId !== exceptSheetId && s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  checkInsideSheet(sheet: SheetState, grid: GridRange): void {
    if (grid.row + grid.numRows - 1 > sheet.maxRows || grid.column + grid.numColumns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /**
   * The active sheet and range: what the script last activated, else the run's selection (for the
   * bound spreadsheet), else the first sheet's A1, as when a spreadsheet is opened by id.
   */
  activeLocation(spreadsheetId: string): RangeLocation {
    const activated = this.activated.get(spreadsheetId);
    const sheets = this.spreadsheetState(spreadsheetId).sheets;
    if (activated && sheets.some((s) => s.sheetId === activated.sheetId)) return { spreadsheetId, ...activated };
    const selection = this.run.selection;
    if (selection && spreadsheetId === this.run.workspace.activeSpreadsheetId) {
      const sheet = sheets.find((s) => s.name === selection.sheet);
      const reference = parseA1(selection.a1);
      if (sheet && reference && reference.sheetName === undefined) {
        const grid = resolveA1(reference, sheet.maxRows, sheet.maxColumns);
        if (grid.row + grid.numRows - 1 <= sheet.maxRows && grid.column + grid.numColumns - 1 <= sheet.maxColumns) {
          return { spreadsheetId, sheetId: sheet.sheetId, grid };
        }
      }
    }
    return { spreadsheetId, sheetId: sheets[0].sheetId, grid: { row: 1, column: 1, numRows: 1, numColumns: 1 } };
  }

  activate(location: RangeLocation): void {
    this.activated.set(location.spreadsheetId, { sheetId: location.sheetId, grid: location.grid });
    if (location.spreadsheetId === this.run.workspace.activeSpreadsheetId) {
      this.run.movedSelection = { sheet: this.sheetState(location.spreadsheetId, location.sheetId).name, a1: formatA1(location.grid) };
    }
  }
}
