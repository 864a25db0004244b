import type { StatisticsGrouping } from './types';

/**
 * Periods are named `2024` or `2024 H1` / `2024 H2`. Days are ISO text already in the
 * spreadsheet's time zone, so the year and half are read straight from the text.
 */

interface PeriodPosition {
  year: number;
  /** 0 for a whole year or the first half, 1 for the second half. */
  half: 0 | 1;
}

function positionOf(isoDay: string, grouping: StatisticsGrouping): PeriodPosition {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  return { year, half: grouping === 'half-year' && month > 6 ? 1 : 0 };
}

function nameOf(position: PeriodPosition, grouping: StatisticsGrouping): string {
  return grouping === 'year' ? String(position.year) : `${position.year} H${position.half + 1}`;
}

/** Counts periods from year 0 so that consecutive periods differ by one. */
function ordinalOf(position: PeriodPosition, grouping: StatisticsGrouping): number {
  return grouping === 'year' ? position.year : position.year * 2 + position.half;
}

function positionFromOrdinal(ordinal: number, grouping: StatisticsGrouping): PeriodPosition {
  if (grouping === 'year') return { year: ordinal, half: 0 };
  return { year: Math.floor(ordinal / 2), half: (ordinal % 2) as 0 | 1 };
}

/** The period an ISO day falls in: `2024-06-30` is `2024 H1`, `2024-07-01` is `2024 H2`. */
export function periodOf(isoDay: string, grouping: StatisticsGrouping): string {
  return nameOf(positionOf(isoDay, grouping), grouping);
}

/**
 * Every period from the newest day's to the oldest day's, newest first, including the quiet
 * periods in between: a published table that skips a year reads as "not reported", not as "none".
 */
export function periodsNewestFirst(isoDays: readonly string[], grouping: StatisticsGrouping): string[] {
  if (isoDays.length === 0) return [];
  const ordinals = isoDays.map((day) => ordinalOf(positionOf(day, grouping), grouping));
  const newest = Math.max(...ordinals);
  const oldest = Math.min(...ordinals);
  const periods: string[] = [];
  for (let ordinal = newest; ordinal >= oldest; ordinal -= 1) {
    periods.push(nameOf(positionFromOrdinal(ordinal, grouping), grouping));
  }
  return periods;
}
