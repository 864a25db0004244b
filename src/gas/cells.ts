import { SheetCell, SheetRow, calendarDate, isCalendarDate } from '../core/cells';

/** `instanceof Date` is unreliable across script realms; the internal tag is not. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const dayFormatters: Record<string, Intl.DateTimeFormat> = {};

/**
 * The calendar day of an instant in a time zone, without a service call per cell (the V8 runtime
 * has Intl with time zones), so reading 10,000 dates costs no more calls than reading 10.
 */
export function dayInTimeZone(date: Date, timeZone: string): string {
  // A tracker's dates repeat (a few thousand days across tens of thousands of cells): remember each.
  const known = (daysByInstant[timeZone] ??= new Map<number, string>());
  const instant = date.getTime();
  let day = known.get(instant);
  if (day === undefined) {
    day = formatDay(date, timeZone);
    known.set(instant, day);
  }
  return day;
}

const daysByInstant: Record<string, Map<number, string>> = {};

function formatDay(date: Date, timeZone: string): string {
  const formatter = (dayFormatters[timeZone] ??= new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function toSheetCell(value: unknown, timeZone: string): SheetCell {
  // Most cells are text or numbers: answer those before the slower test for a Date.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDateValue(value)) return Number.isNaN(value.getTime()) ? '' : calendarDate(dayInTimeZone(value, timeZone));
  return value === null || value === undefined ? '' : String(value);
}

export function toSheetRows(values: unknown[][], timeZone: string): SheetRow[] {
  return values.map((row) => row.map((value) => toSheetCell(value, timeZone)));
}

/**
 * What to hand `setValues` for a core cell. A CalendarDate is written as ISO text, which Sheets
 * parses as that day in the spreadsheet's zone; text from people must already be neutralised.
 */
export function toWritableValue(cell: SheetCell): string | number | boolean {
  return isCalendarDate(cell) ? cell.iso : cell;
}
