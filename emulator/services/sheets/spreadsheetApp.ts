import { parseA1, resolveA1 } from '../../workspace/a1';
import type { RunContext } from '../../run/runContext';
import { MIME, WorkspaceState } from '../../workspace/state';
import { newSheetState } from '../../workspace';
import { canView } from '../../workspace/access';
import { parseTypedText, toScriptValue } from './cellValues';
import { SheetsContext } from './context';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilder } from './dataValidation';
import { readCell, writeCells } from './grid';
import { Range, rangeObject } from './range';
import { requireArgument, wrap } from '../common/serviceObject';
import { Sheet, sheetObject } from './sheet';
import { NO_PERMISSION, Spreadsheet, spreadsheetObject } from './spreadsheet';
import { Ui } from './ui';
import { flushChanges } from './pendingWrites';
import { parameterMismatch } from '../common/serviceHelpers';
import { PROTECTION_TYPE } from './protection';
import { checkWrite } from './writeAccess';

export { UNEVALUATED_FORMULA } from './cellValues';
export { ADDON_MENU_NAME } from './ui';

const APP = 'SpreadsheetApp';
const SPREADSHEET_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

// One SheetsContext per run, so that the selection the script moves (setActiveSheet,
// Range.activate) is the same for the global and for an event's range. Keyed weakly by the run:
// it ends with the run and nothing is shared between runs.
const contexts = new WeakMap<RunContext, SheetsContext>();

function contextFor(run: RunContext): SheetsContext {
  let context = contexts.get(run);
  if (!context) {
    context = new SheetsContext(run, { sheet: sheetObject, spreadsheet: spreadsheetObject });
    contexts.set(run, context);
  }
  return context;
}

/**
 * The `SpreadsheetApp` global (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app).
 * The active spreadsheet is `workspace.activeSpreadsheetId`; the active cell is `run.selection`.
 */
class SpreadsheetApp {
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly ProtectionType = PROTECTION_TYPE;
  readonly #context: SheetsContext;

  constructor(context: SheetsContext) {
    this.#context = context;
  }

  getActiveSpreadsheet(): Spreadsheet | null {
    const id = this.#context.run.workspace.activeSpreadsheetId;
    return this.#context.run.workspace.spreadsheets[id] ? spreadsheetObject(this.#context, id) : null;
  }

  getActive(): Spreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): Sheet {
    return this.#active().getActiveSheet();
  }

  setActiveSheet(sheet: unknown): Sheet {
    return this.#active().setActiveSheet(sheet);
  }

  getActiveRange(): Range {
    return this.#active().getActiveRange();
  }

  setActiveRange(range: unknown): Range {
    const location = Range.locationOf(requireArgument(range, Range, `${APP}.setActiveRange`));
    this.#context.activate(location);
    return rangeObject(this.#context, location);
  }

  getCurrentCell(): Range {
    return this.#active().getCurrentCell();
  }

  /**
   * Opens a spreadsheet the user may see; another user's private file throws Apps Script's
   * permission error, and an id that names no spreadsheet its generic error.
   */
  openById(id: unknown): Spreadsheet {
    if (typeof id !== 'string') throw parameterMismatch(`${APP}.openById`, [id]);
    const { workspace, user } = this.#context.run;
    const file = workspace.files[id];
    if (!file || file.mimeType !== MIME.spreadsheet || !workspace.spreadsheets[id]) {
      throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    if (!canView(file, user, workspace)) throw new Error(NO_PERMISSION);
    return spreadsheetObject(this.#context, id);
  }

  openByUrl(url: unknown): Spreadsheet {
    if (typeof url !== 'string') throw parameterMismatch(`${APP}.openByUrl`, [url]);
    const match = SPREADSHEET_URL.exec(url);
    if (!match) throw new Error('Invalid argument: url');
    return this.openById(match[1]);
  }

  /** A new spreadsheet in the user's Drive root: private, one sheet 'Sheet1', the script's zone. */
  create(name: unknown, rows?: unknown, columns?: unknown): Spreadsheet {
    if (typeof name !== 'string' || (rows !== undefined && typeof rows !== 'number') || (columns !== undefined && typeof columns !== 'number')) {
      throw parameterMismatch(`${APP}.create`, [name, rows, columns].filter((a) => a !== undefined));
    }
    const run = this.#context.run;
    const id = run.newId('ss-');
    run.workspace.files[id] = {
      id,
      name,
      mimeType: MIME.spreadsheet,
      owner: run.user,
      editors: [],
      viewers: [],
      access: 'PRIVATE',
      permission: 'NONE',
      parents: [],
      trashed: false,
      createdAt: run.now().toISOString(),
    };
    const sheet = newSheetState('Sheet1', 0);
    if (typeof rows === 'number') sheet.maxRows = rows;
    if (typeof columns === 'number') sheet.maxColumns = columns;
    run.workspace.spreadsheets[id] = { timeZone: run.workspace.scriptTimeZone, sheets: [sheet] };
    return spreadsheetObject(this.#context, id);
  }

  /** The emulator applies writes at once; flush marks them made (see pendingWrites.ts). */
  flush(): void {
    flushChanges(this.#context.run);
  }

  getUi(): Ui {
    return Ui.create(this.#context.run);
  }

  newDataValidation(): DataValidationBuilder {
    return DataValidationBuilder.create(this.#context.run);
  }

  /** The bound spreadsheet, for the active-sheet shortcuts (uninstrumented: not a script call). */
  #active(): Spreadsheet {
    return new Spreadsheet(this.#context, this.#context.run.workspace.activeSpreadsheetId);
  }
}

export function createSpreadsheetApp(run: RunContext): SpreadsheetApp {
  return wrap(new SpreadsheetApp(contextFor(run)), 'SpreadsheetApp', run);
}

/**
 * The Range an edit event carries (`e.range`), made without counting a service call, since Sheets
 * builds the event before the script runs.
 */
export function rangeForEvent(run: RunContext, spreadsheetId: string, sheetName: string, a1: string): Range {
  const context = contextFor(run);
  const { sheet, grid } = locateCells(run.workspace, spreadsheetId, sheetName, a1);
  return rangeObject(context, { spreadsheetId, sheetId: sheet.sheetId, grid });
}

/**
 * Writes one cell (or fills a range) as a person typing `value` would: text is parsed exactly as
 * setValue parses a string (formula, apostrophe, number, boolean, date); numbers and booleans are
 * kept; null clears. A person who may not edit the spreadsheet or the cells is refused as Sheets
 * refuses them, and nothing is written. Returns the previous value of the top-left cell as getValue would have
 * returned it (a host-realm Date for a date, '' for an empty cell).
 */
export function writeTypedValue(
  workspace: WorkspaceState,
  spreadsheetId: string,
  sheetName: string,
  a1: string,
  value: string | number | boolean | null,
  /** Who types: refused, with Sheets' message, where they may not edit. Left out, no one is checked. */
  user?: string,
): string | number | boolean | Date {
  const { sheet, grid } = locateCells(workspace, spreadsheetId, sheetName, a1);
  if (user !== undefined) checkWrite(workspace, user, spreadsheetId, sheet.sheetId, grid);
  const oldValue = toScriptValue(readCell(sheet, grid.row, grid.column));
  const timeZone = workspace.spreadsheets[spreadsheetId].timeZone;
  const locale = workspace.spreadsheets[spreadsheetId].locale;
  const cell = value === null ? '' : typeof value === 'string' ? parseTypedText(value, timeZone, locale) : value;
  writeCells(sheet, grid, () => cell);
  return oldValue;
}

function locateCells(workspace: WorkspaceState, spreadsheetId: string, sheetName: string, a1: string) {
  const spreadsheet = workspace.spreadsheets[spreadsheetId];
  if (!spreadsheet) throw new Error(`No spreadsheet with id ${spreadsheetId}.`);
  const sheet = spreadsheet.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}.`);
  const reference = parseA1(a1);
  if (!reference || reference.sheetName !== undefined) throw new Error('Range not found');
  const grid = resolveA1(reference, sheet.maxRows, sheet.maxColumns);
  if (grid.row + grid.numRows - 1 > sheet.maxRows || grid.column + grid.numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { sheet, grid };
}
