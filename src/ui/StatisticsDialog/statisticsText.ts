/** Wording and cell kinds for the Export statistics dialog (spec section 8). */
import type { StatisticsOptions } from '../../core/apiTypes';

const GROUPING_WORDS: Record<StatisticsOptions['grouping'], string> = {
  year: 'calendar year',
  'half-year': 'half-year',
};

const DATE_BASIS_WORDS: Record<StatisticsOptions['dateBasis'], string> = {
  report: 'Date of Report',
  resolution: 'Resolution Date',
};

/** The table's caption: what the periods are and which date places a report in one. */
export function tableCaption(options: StatisticsOptions): string {
  return `Reports by ${GROUPING_WORDS[options.grouping]}, placed by ${DATE_BASIS_WORDS[options.dateBasis]}, newest first.`;
}

/** The line saying whether the public statistics spreadsheet now holds this table. */
export function publishedSentence(published: boolean): string {
  return published
    ? 'The public statistics spreadsheet was updated with this table.'
    : 'The public statistics spreadsheet was not updated.';
}

/** True for a count (a number, or a published `<k` small count), which reads right-aligned. */
export function isCountCell(value: string | number): boolean {
  return typeof value === 'number' || /^<\s*\d+$/.test(value.trim());
}

/** Reads the dialog's radio values, falling back to the spec's defaults for anything unexpected. */
export function statisticsOptions(grouping: string, dateBasis: string): StatisticsOptions {
  return {
    grouping: grouping === 'half-year' ? 'half-year' : 'year',
    dateBasis: dateBasis === 'resolution' ? 'resolution' : 'report',
  };
}

export interface ChartPoint {
  period: string;
  /** The bar's height: a published `<k` small count has none, as its figure is withheld. */
  reports: number;
  /** What the bar is labelled with: the count as the table shows it. */
  label: string;
}

/**
 * Reports per period for the dialog's chart, oldest first, so the periods run left to right as
 * charts of time do (the table itself runs newest first, as the spec orders it).
 */
export function reportsChartPoints(columns: readonly string[], rows: readonly (string | number)[][]): ChartPoint[] {
  const period = columns.indexOf('Period');
  const reports = columns.indexOf('Reports');
  if (period < 0 || reports < 0) return [];
  return rows
    .map((row) => ({ period: String(row[period]), reports: typeof row[reports] === 'number' ? row[reports] : 0, label: String(row[reports]) }))
    .reverse();
}

/** The chart's text alternative: every period and its count, oldest first. */
export function reportsChartLabel(points: readonly ChartPoint[]): string {
  return `Column chart of reports per period, oldest first: ${points.map((point) => `${point.period}: ${point.label}`).join(', ')}.`;
}
