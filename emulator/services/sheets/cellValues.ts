import { isDate } from '../../run/realm';
import { CellValue, isDateCell, isFormulaCell } from '../../workspace/state';
import { formatDayInZone, isCalendarDay, midnightInZone } from './zonedDates';

/**
 * What the emulator shows for a formula, since it does not evaluate formulas (an emulator limit:
 * Sheets would return the computed value).
 */
export const UNEVALUATED_FORMULA = '#ERROR!';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A new spreadsheet's locale, and the one a workspace without `locale` has. */
export const DEFAULT_LOCALE = 'en_US';

/**
 * Locales whose dates put the month first; every other locale reads a slashed date day first
 * (https://support.google.com/docs/answer/58515: "the locale [...] affects formatting details such
 * as functions, dates, and currency"). A simplification: Sheets also knows year-first locales.
 */
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'es_US', 'en_CA', 'fil_PH']);

/**
 * Parses text as Sheets parses what a person types into a cell (and what setValue receives as a
 * string): '=' starts a formula; a leading apostrophe forces text and is dropped; numbers,
 * TRUE/FALSE and dates in the en_US forms become numbers, booleans and dates; anything else is
 * text, kept exactly as given.
 */
export function parseTypedText(text: string, timeZone: string, locale = DEFAULT_LOCALE): CellValue {
  if (text === '') return '';
  if (text.startsWith("'")) return text.slice(1);
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  const percent = PERCENT.exec(trimmed);
  if (percent) return Number(percent[1]) / 100;
  const date = parseTypedDay(trimmed, timeZone, locale);
  if (date) return { date: date.toISOString() };
  return text;
}

/** 'YYYY-MM-DD', or a slashed date in the locale's order, as midnight of that day in the zone; null for anything else. */
function parseTypedDay(text: string, timeZone: string, locale: string): Date | null {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DAY.exec(text);
  const slashed = iso ? null : SLASHED_DAY.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed && MONTH_FIRST.has(locale)) [month, day, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  else if (slashed) [day, month, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  else return null;
  if (!isCalendarDay(year, month, day)) return null;
  return midnightInZone(year, month, day, timeZone);
}

/**
 * A value a script passes to setValue/setValues/appendRow, as stored: strings are parsed as typed
 * text; numbers, booleans and Dates (from any realm) are kept; null, undefined and '' clear.
 */
export function toStoredCell(value: unknown, timeZone: string, locale = DEFAULT_LOCALE): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return parseTypedText(value, timeZone, locale);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new Error('Invalid date written to a cell.');
    return { date: value.toISOString() };
  }
  throw new Error(`The emulator cannot store a value of type ${Object.prototype.toString.call(value).slice(8, -1)} in a cell.`);
}

/** A stored cell as getValues gives it to a script. */
export function toScriptValue(cell: CellValue): string | number | boolean | Date {
  if (isDateCell(cell)) return new Date(cell.date);
  if (isFormulaCell(cell)) return UNEVALUATED_FORMULA;
  return cell;
}

/** A stored cell as getDisplayValues shows it: dates as 'yyyy-MM-dd' in the spreadsheet's zone. */
export function toDisplayValue(cell: CellValue, timeZone: string): string {
  if (isDateCell(cell)) return formatDayInZone(new Date(cell.date), timeZone);
  if (isFormulaCell(cell)) return UNEVALUATED_FORMULA;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** '' is empty; so are holes and nulls a hand-edited workspace file may hold. */
export function isEmptyCell(cell: CellValue | undefined | null): boolean {
  return cell === undefined || cell === null || cell === '';
}
