import { formatA1, GridRange } from '../../workspace/a1';
import type { CellValue, DataValidationRuleState, SheetState } from '../../workspace/state';
import { isFormulaCell } from '../../workspace/state';
import { toDisplayValue, toScriptValue, toStoredCell } from './cellValues';
import { normaliseColour, WHITE } from './colours';
import type { ParentSheet, RangeLocation, SheetsContext } from './context';
import { DataValidation, ruleAt, ruleFromArgument, setRules, setRuleGrid } from './dataValidation';
import { clearCells, clearSparse, readCells, readSparse, writeCells, writeSparse } from './grid';
import { proxyOf, wrap } from '../common/serviceObject';
import { noteUnflushedChanges } from './pendingWrites';
import { parameterMismatch } from '../common/serviceHelpers';
import { Protection, protectRange } from './protection';

const FONT_WEIGHT_NORMAL = 'normal';

/** The instrumented Range the script holds. */
export function rangeObject(context: SheetsContext, location: RangeLocation): Range {
  return wrap(new Range(context, location), 'Range', context.run, noteUnflushedChanges(context.run, 'Range', location.spreadsheetId));
}

/**
 * SpreadsheetApp's Range (https://developers.google.com/apps-script/reference/spreadsheet/range):
 * a fixed rectangle of one sheet. Every method reads or writes the workspace directly.
 */
export class Range {
  readonly #context: SheetsContext;
  readonly #location: RangeLocation;

  constructor(context: SheetsContext, location: RangeLocation) {
    this.#context = context;
    this.#location = location;
  }

  /** For other emulated classes (a chart's ranges, an event's range); scripts cannot reach it. */
  static locationOf(range: Range): RangeLocation {
    return range.#location;
  }

  getRow(): number {
    return this.#grid.row;
  }

  getColumn(): number {
    return this.#grid.column;
  }

  getNumRows(): number {
    return this.#grid.numRows;
  }

  getNumColumns(): number {
    return this.#grid.numColumns;
  }

  getHeight(): number {
    return this.#grid.numRows;
  }

  getWidth(): number {
    return this.#grid.numColumns;
  }

  getLastRow(): number {
    return this.#grid.row + this.#grid.numRows - 1;
  }

  getLastColumn(): number {
    return this.#grid.column + this.#grid.numColumns - 1;
  }

  getA1Notation(): string {
    return formatA1(this.#grid);
  }

  getSheet(): ParentSheet {
    return this.#context.sheet(this.#location.spreadsheetId, this.#location.sheetId);
  }

  /** A cell relative to this range, 1-based (Range.getCell). */
  getCell(row: number, column: number): Range {
    return this.#relative(row - 1, column - 1, 1, 1, 'SpreadsheetApp.Range.getCell', [row, column]);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    return this.#relative(rowOffset, columnOffset, numRows ?? this.#grid.numRows, numColumns ?? this.#grid.numColumns, 'SpreadsheetApp.Range.offset', args);
  }

  activate(): Range {
    this.#context.activate(this.#location);
    return proxyOf(this);
  }

  isBlank(): boolean {
    return readCells(this.#sheet, this.#grid, (cell) => cell === '').every((row) => row.every(Boolean));
  }

  getValues(): (string | number | boolean | Date)[][] {
    return readCells(this.#sheet, this.#grid, toScriptValue);
  }

  getValue(): string | number | boolean | Date {
    return this.#topLeft(toScriptValue);
  }

  getDisplayValues(): string[][] {
    const timeZone = this.#timeZone;
    return readCells(this.#sheet, this.#grid, (cell) => toDisplayValue(cell, timeZone));
  }

  getDisplayValue(): string {
    const timeZone = this.#timeZone;
    return this.#topLeft((cell) => toDisplayValue(cell, timeZone));
  }

  getFormulas(): string[][] {
    return readCells(this.#sheet, this.#grid, formulaText);
  }

  getFormula(): string {
    return this.#topLeft(formulaText);
  }

  setValues(values: unknown): Range {
    const rows = this.#checkData(values, 'SpreadsheetApp.Range.setValues');
    const timeZone = this.#timeZone;
    const locale = this.#locale;
    const stored = rows.map((row) => row.map((value) => toStoredCell(value, timeZone, locale)));
    writeCells(this.#writableSheet, this.#grid, (r, c) => stored[r][c]);
    return proxyOf(this);
  }

  /** Writes the value into every cell of the range, as Sheets does for a multi-cell range. */
  setValue(value: unknown): Range {
    const cell = toStoredCell(value, this.#timeZone, this.#locale);
    writeCells(this.#writableSheet, this.#grid, () => cell);
    return proxyOf(this);
  }

  setFormula(formula: string): Range {
    return this.setValue(formula);
  }

  setFormulas(formulas: unknown): Range {
    return this.setValues(formulas);
  }

  clearContent(): Range {
    clearCells(this.#writableSheet, this.#grid);
    return proxyOf(this);
  }

  /**
   * Range.clear(options?): contents and formats by default; contentsOnly, formatOnly,
   * commentsOnly (notes) and validationsOnly narrow it.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): Range {
    const { contentsOnly, formatOnly, commentsOnly, validationsOnly } = options ?? {};
    const everything = !(contentsOnly || formatOnly || commentsOnly || validationsOnly);
    if (everything || contentsOnly) this.clearContent();
    if (everything || formatOnly) this.clearFormat();
    if (commentsOnly) this.clearNote();
    if (validationsOnly) this.clearDataValidations();
    return proxyOf(this);
  }

  clearFormat(): Range {
    const sheet = this.#writableSheet;
    clearSparse(sheet.backgrounds, this.#grid);
    if (sheet.fontWeights) clearSparse(sheet.fontWeights, this.#grid);
    return proxyOf(this);
  }

  clearNote(): Range {
    clearSparse(this.#writableSheet.notes, this.#grid);
    return proxyOf(this);
  }

  getNotes(): string[][] {
    return readSparse(this.#sheet.notes, this.#grid, (note) => note ?? '');
  }

  getNote(): string {
    return this.getNotes()[0][0];
  }

  setNotes(notes: unknown): Range {
    const rows = this.#checkData(notes, 'SpreadsheetApp.Range.setNotes');
    writeSparse(this.#writableSheet.notes, this.#grid, (r, c) => noteText(rows[r][c]));
    return proxyOf(this);
  }

  setNote(note: unknown): Range {
    const text = noteText(note);
    writeSparse(this.#writableSheet.notes, this.#grid, () => text);
    return proxyOf(this);
  }

  getBackgrounds(): string[][] {
    return readSparse(this.#sheet.backgrounds, this.#grid, (colour) => colour ?? WHITE);
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  setBackgrounds(colours: unknown): Range {
    const rows = this.#checkData(colours, 'SpreadsheetApp.Range.setBackgrounds');
    writeSparse(this.#writableSheet.backgrounds, this.#grid, (r, c) => normaliseColour(rows[r][c]));
    return proxyOf(this);
  }

  setBackground(colour: unknown): Range {
    const normalised = normaliseColour(colour);
    writeSparse(this.#writableSheet.backgrounds, this.#grid, () => normalised);
    return proxyOf(this);
  }

  getFontWeights(): string[][] {
    return readSparse(this.#sheet.fontWeights, this.#grid, (weight) => weight ?? FONT_WEIGHT_NORMAL);
  }

  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }

  setFontWeights(weights: unknown): Range {
    const rows = this.#checkData(weights, 'SpreadsheetApp.Range.setFontWeights');
    writeSparse(this.#fontWeights(), this.#grid, (r, c) => boldOrNothing(rows[r][c]));
    return proxyOf(this);
  }

  setFontWeight(weight: unknown): Range {
    const stored = boldOrNothing(weight);
    writeSparse(this.#fontWeights(), this.#grid, () => stored);
    return proxyOf(this);
  }

  getDataValidation(): DataValidation | null {
    const rule = ruleAt(this.#sheet, this.#grid.row, this.#grid.column);
    return rule ? DataValidation.create(this.#context.run, rule) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    const sheet = this.#sheet;
    const { row, column, numRows, numColumns } = this.#grid;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => {
        const rule = ruleAt(sheet, row + r, column + c);
        return rule ? DataValidation.create(this.#context.run, rule) : null;
      }),
    );
  }

  /** Sets (or with null clears) the rule of every cell in the range. */
  setDataValidation(rule: unknown): Range {
    setRules(this.#writableSheet, this.#grid, ruleFromArgument(rule, 'SpreadsheetApp.Range.setDataValidation'));
    return proxyOf(this);
  }

  setDataValidations(rules: unknown): Range {
    const rows = this.#checkData(rules, 'SpreadsheetApp.Range.setDataValidations');
    const states: (DataValidationRuleState | null)[][] = rows.map((row) => row.map((rule) => ruleFromArgument(rule, 'SpreadsheetApp.Range.setDataValidations')));
    setRuleGrid(this.#writableSheet, this.#grid, states);
    return proxyOf(this);
  }

  /** Range.protect (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()). */
  protect(): Protection {
    return protectRange(this.#context, (location) => rangeObject(this.#context, location), this.#location.spreadsheetId, this.#location.sheetId, this.#grid);
  }

  clearDataValidations(): Range {
    setRules(this.#writableSheet, this.#grid, null);
    return proxyOf(this);
  }

  get #grid(): GridRange {
    return this.#location.grid;
  }

  get #sheet(): SheetState {
    return this.#context.sheetState(this.#location.spreadsheetId, this.#location.sheetId);
  }

  /** The sheet, for a write the user may make to these cells (Sheets' error otherwise). */
  get #writableSheet(): SheetState {
    const { spreadsheetId, sheetId, grid } = this.#location;
    this.#context.checkWrite(spreadsheetId, sheetId, grid);
    return this.#sheet;
  }

  get #locale(): string | undefined {
    return this.#context.spreadsheetState(this.#location.spreadsheetId).locale;
  }

  get #timeZone(): string {
    return this.#context.timeZone(this.#location.spreadsheetId);
  }

  #fontWeights(): Record<string, string> {
    const sheet = this.#writableSheet;
    sheet.fontWeights ??= {};
    return sheet.fontWeights;
  }

  #topLeft<T>(convert: (cell: CellValue) => T): T {
    return readCells(this.#sheet, { ...this.#grid, numRows: 1, numColumns: 1 }, convert)[0][0];
  }

  #relative(rowOffset: number, columnOffset: number, numRows: number, numColumns: number, method: string, args: unknown[]): Range {
    const { spreadsheetId, sheetId, grid } = this.#location;
    if (![rowOffset, columnOffset, numRows, numColumns].every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw parameterMismatch(method, args);
    }
    const position = [grid.row + rowOffset, grid.column + columnOffset, numRows, numColumns];
    return rangeObject(this.#context, this.#context.locationByPosition(spreadsheetId, sheetId, position, method));
  }

  /**
   * A 2D array that fits the range exactly, else Apps Script's error naming both sizes
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)).
   */
  #checkData(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) throw parameterMismatch(method, [data]);
    const { numRows, numColumns } = this.#grid;
    if (data.length !== numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`);
    }
    for (const row of data as unknown[][]) {
      if (row.length !== numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`);
      }
    }
    return data as unknown[][];
  }
}

function formulaText(cell: CellValue): string {
  return isFormulaCell(cell) ? cell.formula : '';
}

function noteText(note: unknown): string | undefined {
  if (note === null || note === undefined || note === '') return undefined;
  return String(note);
}

function boldOrNothing(weight: unknown): string | undefined {
  if (weight === null || weight === undefined || weight === FONT_WEIGHT_NORMAL) return undefined;
  if (weight !== 'bold') throw new Error(`Invalid font weight: ${String(weight)}`);
  return 'bold';
}
