import { cellA1, columnToLetters, parseA1 } from '../workspace/a1';
import type { CellValue, SheetState } from '../workspace/state';
import { el } from './dom';

/** A sheet drawn as Sheets draws it: column letters, row numbers, frozen rows, colours and notes. */

export interface CellPosition {
  row: number;
  column: number;
}

export interface GridOptions {
  timeZone: string;
  selected?: CellPosition;
  readOnly?: boolean;
  onSelect?: (position: CellPosition) => void;
  onEdit?: (position: CellPosition) => void;
}

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
const SPARE_ROWS = 10;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const ROW_NUMBER_WIDTH = 48;
const CELL_WIDTH = 132;

export function a1Of(position: CellPosition): string {
  return cellA1(position.row, position.column);
}

/** How many rows and columns to draw: what is used, some room to type, within the sheet's size. */
export function drawnSize(sheet: SheetState): { rows: number; columns: number } {
  const keyed = [...Object.keys(sheet.notes), ...Object.keys(sheet.backgrounds)].map(parseA1);
  const usedRows = Math.max(sheet.values.length, ...keyed.map((cell) => cell?.startRow ?? 1));
  const usedColumns = Math.max(0, ...sheet.values.map((row) => row.length), ...keyed.map((cell) => cell?.startColumn ?? 1));
  return {
    rows: Math.min(sheet.maxRows, Math.max(MIN_ROWS, usedRows + SPARE_ROWS)),
    columns: Math.min(sheet.maxColumns, Math.max(MIN_COLUMNS, usedColumns + 2)),
  };
}

/** What a cell shows: dates as yyyy-mm-dd in the spreadsheet's zone (with the time when not midnight). */
export function displayText(cell: CellValue | undefined, timeZone: string): string {
  if (cell === undefined || cell === '') return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number' || typeof cell === 'string') return String(cell);
  if ('formula' in cell) return cell.formula;
  return formatDate(cell.date, timeZone);
}

function formatDate(iso: string, timeZone: string): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  for (const part of format.formatToParts(new Date(iso))) parts[part.type] = part.value;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}:${parts.second}`;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

export function cellAt(sheet: SheetState, position: CellPosition): CellValue | undefined {
  return sheet.values[position.row - 1]?.[position.column - 1];
}

export function renderGrid(sheet: SheetState, options: GridOptions): HTMLTableElement {
  const size = drawnSize(sheet);
  const table = el('table', { className: `grid${options.readOnly ? ' read-only' : ''}`, 'aria-label': `Sheet ${sheet.name}`, 'aria-rowcount': size.rows + 1, 'aria-colcount': size.columns + 1 });
  const head = el('tr', {}, [el('th', { className: 'corner', scope: 'col', 'aria-label': 'Row numbers' })]);
  for (let column = 1; column <= size.columns; column += 1) head.append(el('th', { scope: 'col', text: columnToLetters(column) }));
  const body = el('tbody');
  for (let row = 1; row <= size.rows; row += 1) body.append(renderRow(sheet, row, size.columns, options));
  const columns = el('colgroup', {}, [el('col', { style: `width: ${ROW_NUMBER_WIDTH}px` })]);
  for (let column = 1; column <= size.columns; column += 1) columns.append(el('col', { style: `width: ${CELL_WIDTH}px` }));
  table.append(columns, el('thead', {}, [head]), body);
  table.style.width = `${ROW_NUMBER_WIDTH + CELL_WIDTH * size.columns}px`;
  table.addEventListener('click', (event) => {
    const position = positionOf(event.target);
    if (position) options.onSelect?.(position);
  });
  table.addEventListener('dblclick', (event) => {
    const position = positionOf(event.target);
    if (position) options.onEdit?.(position);
  });
  if (options.selected) markSelected(table, options.selected);
  return table;
}

function renderRow(sheet: SheetState, row: number, columns: number, options: GridOptions): HTMLTableRowElement {
  const frozen = row <= sheet.frozenRows;
  const className = [frozen ? 'frozen' : '', row === sheet.frozenRows ? 'last-frozen' : ''].filter(Boolean).join(' ');
  const tr = el('tr', { className: className || undefined }, [el('th', { scope: 'row', text: String(row) })]);
  for (let column = 1; column <= columns; column += 1) tr.append(renderCell(sheet, { row, column }, options.timeZone));
  return tr;
}

function renderCell(sheet: SheetState, position: CellPosition, timeZone: string): HTMLTableCellElement {
  const a1 = a1Of(position);
  const cell = cellAt(sheet, position);
  const note = sheet.notes[a1];
  const classes = [
    typeof cell === 'number' ? 'number' : '',
    cell !== undefined && typeof cell === 'object' && 'formula' in cell ? 'formula' : '',
    note ? 'has-note' : '',
    sheet.fontWeights?.[a1] === 'bold' ? 'bold' : '',
  ].filter(Boolean);
  const td = el('td', { className: classes.join(' ') || undefined, title: note, 'data-row': position.row, 'data-column': position.column, text: displayText(cell, timeZone) });
  const background = sheet.backgrounds[a1];
  if (background && COLOUR.test(background)) td.style.backgroundColor = background;
  return td;
}

function positionOf(target: EventTarget | null): CellPosition | undefined {
  const td = target instanceof Element ? target.closest('td') : null;
  if (!td?.dataset.row || !td.dataset.column) return undefined;
  return { row: Number(td.dataset.row), column: Number(td.dataset.column) };
}

export function markSelected(table: HTMLTableElement, position: CellPosition): void {
  table.querySelector('td.selected')?.classList.remove('selected');
  const td = table.querySelector<HTMLTableCellElement>(`td[data-row="${position.row}"][data-column="${position.column}"]`);
  td?.classList.add('selected');
  td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Frozen rows stick below the column letters; their offsets are known once the table is laid out. */
export function pinFrozenRows(table: HTMLTableElement): void {
  for (const tr of Array.from(table.querySelectorAll<HTMLTableRowElement>('tr.frozen'))) {
    for (const cell of Array.from(tr.children) as HTMLElement[]) cell.style.top = `${tr.offsetTop}px`;
  }
}
