import { SheetCell, SheetRow, calendarDate, isCalendarDate } from '../core/cells';
import { dayFromOffsets, parseUtcOffset } from '../core/zoneDays';

/** `instanceof Date` is unreliable across script realms; the internal tag is not. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Per run and zone: the zone's UTC offsets this year, and the days only the zone could settle. */
const zones: Record<string, { offsets: number[]; days: Record<number, string> }> = {};

function zoneOf(timeZone: string): { offsets: number[]; days: Record<number, string> } {
  if (!zones[timeZone]) {
    const year = new Date().getUTCFullYear();
    const offsets = [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)].map((time) => parseUtcOffset(Utilities.formatDate(new Date(time), timeZone, 'Z')));
    zones[timeZone] = { offsets, days: {} };
  }
  return zones[timeZone];
}

/**
 * The calendar day of an instant in a time zone, through Utilities.formatDate (Apps Script does
 * not promise Intl's time-zone data): two calls per run for the zone's offsets, then a call only
 * for an instant those cannot settle, so reading 10,000 dates costs no more calls than reading 10.
 */
export function dayInTimeZone(date: Date, timeZone: string): string {
  const zone = zoneOf(timeZone);
  const time = date.getTime();
  return dayFromOffsets(time, zone.offsets) ?? (zone.days[time] ??= Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'));
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
