import type { DriveFileState, SpreadsheetState } from '../../workspace/state';
import { newSheetState } from '../../workspace';
import { canEdit } from '../../workspace/access';
import type { SheetsContext } from './context';
import { Range, rangeObject } from './range';
import { Sheet, sheetObject } from './sheet';
import { proxyOf, requireArgument, wrap } from '../common/serviceObject';
import { noteUnflushedChanges } from './pendingWrites';
import { isKnownTimeZone } from './zonedDates';
import { DEFAULT_LOCALE } from './cellValues';
import { parameterMismatch } from '../common/serviceHelpers';
import { Protection, protectionsOf } from './protection';
import { forgetSheetProtections, NO_PERMISSION } from './writeAccess';
import { emailOf, User } from './user';

const SPREADSHEET = 'SpreadsheetApp.Spreadsheet';

/** The instrumented Spreadsheet the script holds. */
export function spreadsheetObject(context: SheetsContext, spreadsheetId: string): Spreadsheet {
  return wrap(new Spreadsheet(context, spreadsheetId), 'Spreadsheet', context.run, noteUnflushedChanges(context.run, 'Spreadsheet', spreadsheetId));
}

export { NO_PERMISSION } from './writeAccess';
export { User } from './user';

/**
 * SpreadsheetApp's Spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet).
 * Its name, owner and editors are the Drive file's, in `workspace.files`.
 */
export class Spreadsheet {
  readonly #context: SheetsContext;
  readonly #id: string;

  constructor(context: SheetsContext, id: string) {
    this.#context = context;
    this.#id = id;
  }

  getId(): string {
    return this.#id;
  }

  getName(): string {
    return this.#file.name;
  }

  rename(newName: unknown): void {
    if (typeof newName !== 'string') throw parameterMismatch(`${SPREADSHEET}.rename`, [newName]);
    this.#context.checkWrite(this.#id);
    this.#file.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#id}/edit`;
  }

  /** The locale, en_US unless the workspace gives another (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()). */
  getSpreadsheetLocale(): string {
    return this.#state.locale ?? DEFAULT_LOCALE;
  }

  getSpreadsheetTimeZone(): string {
    return this.#state.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: unknown): void {
    if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) throw new Error(`Invalid argument: ${String(timeZone)}`);
    this.#context.checkWrite(this.#id);
    this.#state.timeZone = timeZone;
  }

  getSheets(): Sheet[] {
    return this.#state.sheets.map((s) => sheetObject(this.#context, this.#id, s.sheetId));
  }

  getNumSheets(): number {
    return this.#state.sheets.length;
  }

  /** The sheet with exactly that name, or null. */
  getSheetByName(name: unknown): Sheet | null {
    if (typeof name !== 'string') throw parameterMismatch(`${SPREADSHEET}.getSheetByName`, [name]);
    const sheet = this.#state.sheets.find((s) => s.name === name);
    return sheet ? sheetObject(this.#context, this.#id, sheet.sheetId) : null;
  }

  getSheetById(sheetId: unknown): Sheet | null {
    const sheet = this.#state.sheets.find((s) => s.sheetId === sheetId);
    return sheet ? sheetObject(this.#context, this.#id, sheet.sheetId) : null;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index) or insertSheet(name, index) (0-based);
   * the new sheet, 1000 by 26, becomes the active sheet.
   */
  insertSheet(...args: unknown[]): Sheet {
    const [first, second] = args;
    const name = typeof first === 'string' ? first : undefined;
    const index = typeof first === 'number' ? first : second;
    if ((first !== undefined && name === undefined && typeof first !== 'number') || (index !== undefined && typeof index !== 'number')) {
      throw parameterMismatch(`${SPREADSHEET}.insertSheet`, args);
    }
    this.#context.checkWrite(this.#id);
    const state = this.#state;
    const sheetName = name ?? nextDefaultName(state);
    this.#context.checkSheetNameFree(this.#id, sheetName);
    const sheetId = state.sheets.reduce((max, s) => Math.max(max, s.sheetId), -1) + 1;
    const position = index === undefined ? state.sheets.length : Math.min(Math.max(0, index as number), state.sheets.length);
    state.sheets.splice(position, 0, newSheetState(sheetName, sheetId));
    this.#context.activate({ spreadsheetId: this.#id, sheetId, grid: { row: 1, column: 1, numRows: 1, numColumns: 1 } });
    return sheetObject(this.#context, this.#id, sheetId);
  }

  deleteSheet(sheet: unknown): void {
    const { spreadsheetId, sheetId } = Sheet.locationOf(requireArgument(sheet, Sheet, `${SPREADSHEET}.deleteSheet`));
    const state = this.#state;
    if (spreadsheetId !== this.#id) throw new Error('The sheet is not in this spreadsheet.');
    if (state.sheets.filter((s) => !s.hidden && s.sheetId !== sheetId).length === 0) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.#context.checkWrite(this.#id, sheetId);
    forgetSheetProtections(this.#context.run.workspace, this.#id, sheetId);
    state.sheets = state.sheets.filter((s) => s.sheetId !== sheetId);
  }

  /** Spreadsheet.getProtections(type): every protected sheet or every protected range. */
  getProtections(type: unknown): Protection[] {
    return protectionsOf(this.#context, (location) => rangeObject(this.#context, location), this.#id, type, `${SPREADSHEET}.getProtections`);
  }

  getActiveSheet(): Sheet {
    const { sheetId } = this.#context.activeLocation(this.#id);
    return sheetObject(this.#context, this.#id, sheetId);
  }

  setActiveSheet(sheet: unknown): Sheet {
    const { spreadsheetId, sheetId } = Sheet.locationOf(requireArgument(sheet, Sheet, `${SPREADSHEET}.setActiveSheet`));
    if (spreadsheetId !== this.#id) throw new Error('The sheet is not in this spreadsheet.');
    this.#context.activate({ spreadsheetId, sheetId, grid: { row: 1, column: 1, numRows: 1, numColumns: 1 } });
    return sheetObject(this.#context, spreadsheetId, sheetId);
  }

  getActiveRange(): Range {
    return rangeObject(this.#context, this.#context.activeLocation(this.#id));
  }

  /** The cell with the cursor: the top-left cell of the active range. */
  getCurrentCell(): Range {
    const location = this.#context.activeLocation(this.#id);
    return rangeObject(this.#context, { ...location, grid: { ...location.grid, numRows: 1, numColumns: 1 } });
  }

  getActiveCell(): Range {
    return this.getCurrentCell();
  }

  /** getRange("'Sheet name'!A1:B2"), or A1 notation on the active sheet. */
  getRange(a1Notation: unknown): Range {
    const { sheetId } = this.#context.activeLocation(this.#id);
    return rangeObject(this.#context, this.#context.locationByA1(this.#id, sheetId, a1Notation, `${SPREADSHEET}.getRange`));
  }

  /** Shows a small pop-up in the corner of the spreadsheet; recorded in what the run showed. */
  /** toast(msg), toast(msg, title) or toast(msg, title, timeoutSeconds); the timeout is kept, not dropped. */
  toast(message: unknown, title: unknown = '', timeoutSeconds?: unknown): void {
    if (timeoutSeconds !== undefined && typeof timeoutSeconds !== 'number') throw parameterMismatch('SpreadsheetApp.Spreadsheet.toast', [message, title, timeoutSeconds]);
    const shown = { type: 'toast' as const, title: String(title ?? ''), message: String(message ?? '') };
    this.#context.run.shown.push(timeoutSeconds === undefined ? shown : { ...shown, timeoutSeconds });
  }

  getOwner(): User {
    return User.create(this.#context, this.#file.owner);
  }

  /** The owner and the editors (viewers excluded). */
  getEditors(): User[] {
    const file = this.#file;
    return [file.owner, ...file.editors].map((email) => User.create(this.#context, email));
  }

  getViewers(): User[] {
    return this.#file.viewers.map((email) => User.create(this.#context, email));
  }

  /** Adds an editor (a viewer is promoted); only someone who can edit may share. */
  addEditor(emailOrUser: unknown): Spreadsheet {
    const email = emailOf(emailOrUser, `${SPREADSHEET}.addEditor`);
    const file = this.#editableFile();
    const lower = email.toLowerCase();
    file.viewers = file.viewers.filter((v) => v.toLowerCase() !== lower);
    if (file.owner.toLowerCase() !== lower && !file.editors.some((e) => e.toLowerCase() === lower)) file.editors.push(email);
    return proxyOf(this);
  }

  removeEditor(emailOrUser: unknown): Spreadsheet {
    const lower = emailOf(emailOrUser, `${SPREADSHEET}.removeEditor`).toLowerCase();
    const file = this.#editableFile();
    file.editors = file.editors.filter((e) => e.toLowerCase() !== lower);
    return proxyOf(this);
  }

  get #state(): SpreadsheetState {
    return this.#context.spreadsheetState(this.#id);
  }

  get #file(): DriveFileState {
    const file = this.#context.run.workspace.files[this.#id];
    if (!file) throw new Error('The spreadsheet no longer exists.');
    return file;
  }

  #editableFile(): DriveFileState {
    const file = this.#file;
    if (!canEdit(file, this.#context.run.user, this.#context.run.workspace)) throw new Error(NO_PERMISSION);
    return file;
  }
}

/** 'Sheet2', 'Sheet3', ...: the first free name after the number of sheets, as Sheets picks. */
function nextDefaultName(state: SpreadsheetState): string {
  for (let n = state.sheets.length + 1; ; n++) {
    const name = `Sheet${n}`;
    if (!state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}
