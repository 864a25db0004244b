/**
 * Whole calendar months added to an ISO day, the way retention terms count (spec section 14).
 *
 * The day of the month is kept; when the target month is shorter, the day is its last one, so
 * 31 January + 1 month is 28 February (29 in a leap year) and 29 February 2024 + 12 months is
 * 28 February 2025. This is what Google Sheets' own `EDATE` gives, so a chair can check a date in
 * the spreadsheet, and it never lands in the month after the one counted to.
 */
import { isIsoDay } from '../dates';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * @param isoDay `YYYY-MM-DD`
 * @param months a whole number of months, 0 or more
 * @throws Error for a day that is not a real ISO day or a count that is not a whole number 0 or
 * more: callers pass only checked values, so this is a programming fault.
 * @example addMonths('2024-01-31', 1) // '2024-02-29'
 */
export function addMonths(isoDay: string, months: number): string {
  if (!isIsoDay(isoDay)) throw new Error('addMonths: not an ISO day');
  if (!Number.isSafeInteger(months) || months < 0) throw new Error('addMonths: months must be a whole number, 0 or more');
  const [year, month, day] = isoDay.split('-').map(Number);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  // Day 0 of the following month is the last day of the target month; UTC has no daylight saving.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}
