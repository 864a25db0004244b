/**
 * Calendar days as ISO text (`YYYY-MM-DD`). Adapters turn real date cells into CalendarDate and pass
 * "today" in, so nothing here reads a clock or a time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids any zone's daylight saving.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** True for `YYYY-MM-DD` naming a day that exists (`2023-02-29` does not). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Negative, zero or positive as `a` is before, on or after `b`; both must be ISO days. */
export function compareIsoDays(a: string, b: string): number {
  // Zero-padded ISO days sort as text in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

function utcDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); both must be ISO days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** 1-12 for a month's English name or an abbreviation of it (`Mar`, `Sept`), else null. */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase();
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(word));
  return index === -1 ? null : index + 1;
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC_YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const MONTH_NAME_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/**
 * True when `text` has the shape of a date, even an ambiguous (`05/03/2024`) or impossible
 * (`2024-02-30`) one, so a problem message can say the cell holds text that looks like a date.
 */
export function looksLikeDate(text: string): boolean {
  const trimmed = text.trim();
  if (YEAR_FIRST.test(trimmed) || NUMERIC_YEAR_LAST.test(trimmed)) return true;
  const named = DAY_MONTH_NAME_YEAR.exec(trimmed) ?? MONTH_NAME_DAY_YEAR.exec(trimmed);
  if (!named) return false;
  const monthWord = /^\d/.test(named[1]) ? named[2] : named[1];
  return monthNumber(monthWord) !== null;
}
