/**
 * The calendar day of an instant in the spreadsheet's time zone, without time-zone data of our
 * own: Apps Script promises `Utilities.formatDate` and the spreadsheet's time zone, not `Intl`'s
 * zone tables. The adapter asks `Utilities.formatDate` for the zone's UTC offsets this year (winter
 * and summer) once per run; most instants are then told from those two offsets alone, and only the
 * few that they cannot settle cost one more call each.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Offsets have moved by at most a few hours in any zone's history (Samoa's 2011 day aside). */
const HISTORICAL_MARGIN = 3 * 60 * MINUTE;

/** Minutes east of UTC from `Utilities.formatDate`'s `Z` pattern (`+0100`, `-0530`). */
export function parseUtcOffset(text: string): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (!match) throw new Error(`Not a UTC offset: ${text}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/**
 * The ISO day of `time` (ms since the epoch) in a zone whose UTC offsets this year are
 * `offsetsMinutes`, or null when only the zone itself can tell:
 * - a date cell reads back as the day's local midnight, which one of the offsets puts exactly on
 *   a day boundary (the other, an hour away, would name the previous day);
 * - any other instant at least three hours from a local midnight under every offset is on the same
 *   day whichever offset, or any earlier rule of the zone, applies.
 * A date-time exactly on the hour an offset change away from midnight reads as a date cell would.
 */
export function dayFromOffsets(time: number, offsetsMinutes: readonly number[]): string | null {
  const offsets = offsetsMinutes.map((minutes) => minutes * MINUTE);
  const midnightUnder = offsets.filter((offset) => (((time + offset) % DAY) + DAY) % DAY === 0);
  if (midnightUnder.length > 0) return isoDay((time + midnightUnder[0]) / DAY);
  const days = new Set<number>();
  for (const offset of offsets) {
    const local = time + offset;
    const intoDay = ((local % DAY) + DAY) % DAY;
    if (intoDay < HISTORICAL_MARGIN || intoDay >= DAY - HISTORICAL_MARGIN) return null;
    days.add(Math.floor(local / DAY));
  }
  return days.size === 1 ? isoDay([...days][0]) : null;
}
