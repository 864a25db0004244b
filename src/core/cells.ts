/**
 * Cells as the core sees them. Adapters turn each `Date` from `getValues` into a CalendarDate in
 * the spreadsheet's time zone, so the core never handles time zones and can still tell a real date
 * cell from text that merely looks like one.
 */
export interface CalendarDate {
  /** `YYYY-MM-DD`, the day in the spreadsheet's time zone. */
  readonly iso: string;
}

export type SheetCell = string | number | boolean | CalendarDate;
export type SheetRow = SheetCell[];

export function calendarDate(iso: string): CalendarDate {
  return { iso };
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && typeof (value as CalendarDate).iso === 'string';
}

/** A cell's text, trimmed; dates give their ISO day. */
export function cellText(value: SheetCell | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (isCalendarDate(value)) return value.iso;
  return String(value).trim();
}

export function isBlankCell(value: SheetCell | undefined | null): boolean {
  return cellText(value) === '';
}

/** 0-based row and column to A1 notation (`Cases!D12` with a sheet name). */
export function a1(rowIndex: number, columnIndex: number, sheetName?: string): string {
  let column = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    column = String.fromCharCode(65 + ((n - 1) % 26)) + column;
  }
  const cell = `${column}${rowIndex + 1}`;
  if (sheetName === undefined) return cell;
  const quoted = /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}
