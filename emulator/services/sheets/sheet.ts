import type { SheetState } from '../../workspace/state';
import { toStoredCell } from './cellValues';
import type { ParentSpreadsheet, SheetsContext } from './context';
import { EmbeddedChart, EmbeddedChartBuilder } from './embeddedChart';
import { Axis, deleteLines, insertLines, lastColumnWithContent, lastRowWithContent, writeCells } from './grid';
import { Range, rangeObject } from './range';
import { proxyOf, requireArgument, wrap } from '../common/serviceObject';
import { noteUnflushedChanges } from './pendingWrites';
import { parameterMismatch } from '../common/serviceHelpers';
import { Protection, protectionsOf, protectSheet } from './protection';

const SHEET = 'SpreadsheetApp.Sheet';

/** The instrumented Sheet the script holds. */
export function sheetObject(context: SheetsContext, spreadsheetId: string, sheetId: number): Sheet {
  return wrap(new Sheet(context, spreadsheetId, sheetId), 'Sheet', context.run, noteUnflushedChanges(context.run, 'Sheet', spreadsheetId));
}

/**
 * SpreadsheetApp's Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet),
 * found by its sheet id on every call, so it follows renames and moves.
 */
export class Sheet {
  readonly #context: SheetsContext;
  readonly #spreadsheetId: string;
  readonly #sheetId: number;

  constructor(context: SheetsContext, spreadsheetId: string, sheetId: number) {
    this.#context = context;
    this.#spreadsheetId = spreadsheetId;
    this.#sheetId = sheetId;
  }

  static locationOf(sheet: Sheet): { spreadsheetId: string; sheetId: number } {
    return { spreadsheetId: sheet.#spreadsheetId, sheetId: sheet.#sheetId };
  }

  getName(): string {
    return this.#state.name;
  }

  setName(name: unknown): Sheet {
    if (typeof name !== 'string') throw parameterMismatch(`${SHEET}.setName`, [name]);
    this.#checkSheetWrite();
    this.#context.checkSheetNameFree(this.#spreadsheetId, name, this.#sheetId);
    this.#state.name = name;
    return proxyOf(this);
  }

  getSheetId(): number {
    return this.#sheetId;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.#context.spreadsheetState(this.#spreadsheetId).sheets.indexOf(this.#state) + 1;
  }

  getParent(): ParentSpreadsheet {
    return this.#context.spreadsheet(this.#spreadsheetId);
  }

  /** getRange(a1) or getRange(row, column[, numRows[, numColumns]]), 1-based. */
  getRange(...args: unknown[]): Range {
    const location =
      typeof args[0] === 'string' && args.length === 1
        ? this.#context.locationByA1(this.#spreadsheetId, this.#sheetId, args[0], `${SHEET}.getRange`)
        : this.#context.locationByPosition(this.#spreadsheetId, this.#sheetId, args, `${SHEET}.getRange`);
    return rangeObject(this.#context, location);
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    const state = this.#state;
    const grid = { row: 1, column: 1, numRows: Math.max(1, lastRowWithContent(state)), numColumns: Math.max(1, lastColumnWithContent(state)) };
    return rangeObject(this.#context, { spreadsheetId: this.#spreadsheetId, sheetId: this.#sheetId, grid });
  }

  getLastRow(): number {
    return lastRowWithContent(this.#state);
  }

  getLastColumn(): number {
    return lastColumnWithContent(this.#state);
  }

  getMaxRows(): number {
    return this.#state.maxRows;
  }

  getMaxColumns(): number {
    return this.#state.maxColumns;
  }

  getFrozenRows(): number {
    return this.#state.frozenRows;
  }

  setFrozenRows(rows: unknown): void {
    this.#checkSheetWrite();
    const state = this.#state;
    if (typeof rows !== 'number' || rows < 0) throw parameterMismatch(`${SHEET}.setFrozenRows`, [rows]);
    if (rows >= state.maxRows) throw new Error('Sorry, it is not possible to freeze all rows.');
    state.frozenRows = Math.trunc(rows);
  }

  /**
   * Writes the values after the last row with content, parsing strings as typed, and adds a row
   * (or columns) when the sheet is full, as Sheet.appendRow does.
   */
  appendRow(rowContents: unknown): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw parameterMismatch(`${SHEET}.appendRow`, [rowContents]);
    const state = this.#state;
    const timeZone = this.#context.timeZone(this.#spreadsheetId);
    const locale = this.#context.spreadsheetState(this.#spreadsheetId).locale;
    const cells = rowContents.map((value) => toStoredCell(value, timeZone, locale));
    const row = lastRowWithContent(state) + 1;
    const { maxRows, maxColumns } = state;
    // Grown first so that protections are judged over the row the append would add; a refusal leaves the size as it was.
    state.maxRows = Math.max(maxRows, row);
    state.maxColumns = Math.max(maxColumns, cells.length);
    try {
      this.#context.checkWrite(this.#spreadsheetId, this.#sheetId, { row, column: 1, numRows: 1, numColumns: cells.length });
    } catch (error) {
      Object.assign(state, { maxRows, maxColumns });
      throw error;
    }
    writeCells(state, { row, column: 1, numRows: 1, numColumns: cells.length }, (_, c) => cells[c]);
    return proxyOf(this);
  }

  insertRowsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    return this.#insert('row', afterPosition, howMany, 1, 'insertRowsAfter');
  }

  insertRowsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    return this.#insert('row', beforePosition, howMany, 0, 'insertRowsBefore');
  }

  insertRowAfter(afterPosition: unknown): Sheet {
    return this.#insert('row', afterPosition, 1, 1, 'insertRowAfter');
  }

  insertRowBefore(beforePosition: unknown): Sheet {
    return this.#insert('row', beforePosition, 1, 0, 'insertRowBefore');
  }

  /** insertRows(rowIndex[, numRows]) inserts before rowIndex and returns nothing. */
  insertRows(rowIndex: unknown, numRows: unknown = 1): void {
    this.#insert('row', rowIndex, numRows, 0, 'insertRows');
  }

  insertColumnsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    return this.#insert('column', afterPosition, howMany, 1, 'insertColumnsAfter');
  }

  insertColumnsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    return this.#insert('column', beforePosition, howMany, 0, 'insertColumnsBefore');
  }

  insertColumnAfter(afterPosition: unknown): Sheet {
    return this.#insert('column', afterPosition, 1, 1, 'insertColumnAfter');
  }

  insertColumnBefore(beforePosition: unknown): Sheet {
    return this.#insert('column', beforePosition, 1, 0, 'insertColumnBefore');
  }

  insertColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    this.#insert('column', columnIndex, numColumns, 0, 'insertColumns');
  }

  deleteRows(rowPosition: unknown, howMany: unknown): void {
    this.#delete('row', rowPosition, howMany, 'deleteRows');
  }

  deleteRow(rowPosition: unknown): Sheet {
    this.#delete('row', rowPosition, 1, 'deleteRow');
    return proxyOf(this);
  }

  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    this.#delete('column', columnPosition, howMany, 'deleteColumns');
  }

  deleteColumn(columnPosition: unknown): Sheet {
    this.#delete('column', columnPosition, 1, 'deleteColumn');
    return proxyOf(this);
  }

  /** Contents and formats (or what the options name), over the whole sheet. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): Sheet {
    this.#wholeSheet().clear(options);
    return proxyOf(this);
  }

  clearContents(): Sheet {
    this.#wholeSheet().clearContent();
    return proxyOf(this);
  }

  clearFormats(): Sheet {
    this.#wholeSheet().clearFormat();
    return proxyOf(this);
  }

  clearNotes(): Sheet {
    this.#checkSheetWrite();
    this.#state.notes = {};
    return proxyOf(this);
  }

  hideSheet(): Sheet {
    this.#checkSheetWrite();
    const visible = this.#context.spreadsheetState(this.#spreadsheetId).sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.#state) throw new Error('Sorry, it is not possible to hide all sheets in a spreadsheet.');
    this.#state.hidden = true;
    return proxyOf(this);
  }

  showSheet(): Sheet {
    this.#checkSheetWrite();
    delete this.#state.hidden;
    return proxyOf(this);
  }

  isSheetHidden(): boolean {
    return this.#state.hidden === true;
  }

  activate(): Sheet {
    this.#context.activate({ spreadsheetId: this.#spreadsheetId, sheetId: this.#sheetId, grid: { row: 1, column: 1, numRows: 1, numColumns: 1 } });
    return proxyOf(this);
  }

  newChart(): EmbeddedChartBuilder {
    return EmbeddedChartBuilder.create(this.#context, this.#spreadsheetId);
  }

  /** Adds the chart with a new id, unique within the spreadsheet. */
  insertChart(chart: unknown): void {
    const state = EmbeddedChart.stateOf(requireArgument(chart, EmbeddedChart, `${SHEET}.insertChart`));
    this.#checkSheetWrite();
    const allCharts = this.#context.spreadsheetState(this.#spreadsheetId).sheets.flatMap((s) => s.charts);
    state.chartId = allCharts.reduce((max, c) => Math.max(max, c.chartId), 0) + 1;
    this.#state.charts.push(state);
  }

  getCharts(): EmbeddedChart[] {
    return this.#state.charts.map((state) => EmbeddedChart.create(this.#context, this.#spreadsheetId, state));
  }

  removeChart(chart: unknown): void {
    const { chartId } = EmbeddedChart.stateOf(requireArgument(chart, EmbeddedChart, `${SHEET}.removeChart`));
    this.#checkSheetWrite();
    const state = this.#state;
    state.charts = state.charts.filter((c) => c.chartId !== chartId);
  }

  /** Replaces the stored chart that has the same id (a chart from getCharts, then modify). */
  updateChart(chart: unknown): void {
    const updated = EmbeddedChart.stateOf(requireArgument(chart, EmbeddedChart, `${SHEET}.updateChart`));
    this.#checkSheetWrite();
    const charts = this.#state.charts;
    const index = charts.findIndex((c) => c.chartId === updated.chartId);
    if (index === -1) throw new Error('The chart is not on this sheet.');
    charts[index] = updated;
  }

  /** Sheet.protect (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()). */
  protect(): Protection {
    return protectSheet(this.#context, (location) => rangeObject(this.#context, location), this.#spreadsheetId, this.#sheetId);
  }

  /** Sheet.getProtections(type): this sheet's protections of that type. */
  getProtections(type: unknown): Protection[] {
    return protectionsOf(this.#context, (location) => rangeObject(this.#context, location), this.#spreadsheetId, type, `${SHEET}.getProtections`, this.#sheetId);
  }

  /** A change to the sheet as a whole, refused where the sheet is protected from the user. */
  #checkSheetWrite(): void {
    this.#context.checkWrite(this.#spreadsheetId, this.#sheetId);
  }

  /** Inserting or deleting rows or columns touches every cell of them, protected ones included. */
  #checkLinesWrite(axis: Axis, position: number, count: number): void {
    const { maxRows, maxColumns } = this.#state;
    const grid = axis === 'row' ? { row: position, column: 1, numRows: count, numColumns: maxColumns } : { row: 1, column: position, numRows: maxRows, numColumns: count };
    this.#context.checkWrite(this.#spreadsheetId, this.#sheetId, grid);
  }

  get #state(): SheetState {
    return this.#context.sheetState(this.#spreadsheetId, this.#sheetId);
  }

  /** An uninstrumented Range over every cell, so internal use is not counted as script calls. */
  #wholeSheet(): Range {
    const { maxRows, maxColumns } = this.#state;
    return new Range(this.#context, { spreadsheetId: this.#spreadsheetId, sheetId: this.#sheetId, grid: { row: 1, column: 1, numRows: maxRows, numColumns: maxColumns } });
  }

  /** `offset` 1 inserts after `position`, 0 before it. */
  #insert(axis: Axis, position: unknown, count: unknown, offset: 0 | 1, method: string): Sheet {
    if (typeof position !== 'number' || typeof count !== 'number') throw parameterMismatch(`${SHEET}.${method}`, [position, count]);
    const state = this.#state;
    const max = axis === 'row' ? state.maxRows : state.maxColumns;
    if (position < 1 || position > max || count < 1) throw new Error(axis === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    this.#checkLinesWrite(axis, position, 1);
    insertLines(state, axis, position + offset, count);
    return proxyOf(this);
  }

  #delete(axis: Axis, position: unknown, count: unknown, method: string): void {
    if (typeof position !== 'number' || typeof count !== 'number') throw parameterMismatch(`${SHEET}.${method}`, [position, count]);
    const state = this.#state;
    const max = axis === 'row' ? state.maxRows : state.maxColumns;
    if (position < 1 || count < 1 || position + count - 1 > max) throw new Error(axis === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    if (axis === 'row' && count >= max - state.frozenRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    if (axis === 'column' && count >= max) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this.#checkLinesWrite(axis, position, count);
    deleteLines(state, axis, position, count);
  }
}
