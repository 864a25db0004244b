import { ActionContext } from '../gas/context';
import { openSpreadsheetById, readSheet, replaceContents, sheetNamed } from '../gas/spreadsheet';
import { replaceColumnChart } from '../gas/charts';
import { ANNUAL_STATS_SHEET, CASE_STEPS_SHEET } from '../core/schema';
import { readCaseSteps } from '../core/caseSteps/caseStepRecords';
import { UserError } from '../core/errors';
import { isCaseCodeName } from '../core/codeNames';
import type { StatisticsOptions, StatisticsResult } from '../core/apiTypes';
import {
  applySmallCountThreshold,
  computeStatistics,
  formatMarkdownTable,
  StatisticsTable,
  StatisticsWarning,
} from '../core/statistics';
import { readCasesSheet, readSettingsSheet } from './records';
import { appendAuditLog } from './audit';

export const PUBLIC_STATISTICS_SHEET = 'Statistics';

/** The grouping and date basis; left out (or no options at all), year and Date of Report. */
function parseOptions(options: unknown): StatisticsOptions {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new UserError('invalid-options', 'Choose a grouping (calendar year or half-year) and the date that places a report, then try again.');
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const grouping = given.grouping ?? 'year';
  const dateBasis = given.dateBasis ?? 'report';
  if (grouping !== 'year' && grouping !== 'half-year') {
    throw new UserError('invalid-options', 'Choose a grouping: calendar year or half-year.');
  }
  if (dateBasis !== 'report' && dateBasis !== 'resolution') {
    throw new UserError('invalid-options', 'Choose the date that places a report: Date of Report or Resolution Date.');
  }
  return { grouping, dateBasis };
}

/**
 * A warning's sentence. A case is quoted only when its Case Code Name is one: the cell may hold
 * anything a person typed, a real name included.
 */
function describeWarning(warning: StatisticsWarning): string {
  if (warning.kind === 'no-case-code-name') return `Row ${warning.rowIndex + 1} of Cases has no Case Code Name, so it was left out.`;
  const quoted = isCaseCodeName(warning.caseCodeName);
  const subject = quoted ? `Case "${warning.caseCodeName}"` : 'A case whose Case Code Name is not a case code name';
  const after = quoted ? '' : ' Run Django CoC › Validate records to find it.';
  return warning.kind === 'unknown-consequence'
    ? `${subject} has a Consequences value that is not in the Settings list, so its outcome was not counted.${after}`
    : `${subject} has no date to place it in a period, so it was left out.${after}`;
}

function asRows(table: StatisticsTable): (string | number)[][] {
  return [table.columns, ...table.rows];
}

/** The table with `extra`'s columns after its own, row by row. */
function besides(table: StatisticsTable, ...extra: StatisticsTable[]): StatisticsTable {
  return {
    columns: [...table.columns, ...extra.flatMap((more) => more.columns)],
    rows: table.rows.map((row, index) => [...row, ...extra.flatMap((more) => more.rows[index] ?? more.columns.map(() => ''))]),
  };
}

/**
 * Spec section 8: exact counts into `Annual Stats` with a chart, the Markdown table and the public
 * copy (values only) with small counts hidden.
 */
export function exportStatistics(context: ActionContext, rawOptions: unknown): StatisticsResult {
  const options = parseOptions(rawOptions);
  const { settings } = readSettingsSheet(context);
  const { table } = readCasesSheet(context);
  // A tracker set up before Case Steps existed has none: its medians are simply blank.
  const stepsSheet = readSheet(context.spreadsheet, CASE_STEPS_SHEET, context.timeZone);
  const caseSteps = stepsSheet ? readCaseSteps(stepsSheet.values).steps : [];
  const report = computeStatistics(table.records, { ...options, ladder: settings.vocabularies.consequences, caseSteps });
  const exact: StatisticsTable = { columns: report.columns, rows: report.rows };
  // The threshold hides small counts; a median of days is no count, so it joins after.
  const thresholded = applySmallCountThreshold(exact, settings.smallCountThreshold);
  const published = settings.publishMedianDaysToFirstResponse ? besides(thresholded, report.firstResponse) : thresholded;

  // Opened before anything is written, so a wrong id changes nothing.
  const publicCopy = settings.publicStatisticsSpreadsheetId ? openSpreadsheetById(settings.publicStatisticsSpreadsheetId) : null;
  if (settings.publicStatisticsSpreadsheetId && !publicCopy) {
    throw new UserError(
      'public-statistics-unavailable',
      'The public statistics spreadsheet named in Settings could not be opened, so nothing was exported. Check its id and that you can edit it.',
    );
  }

  const annualStats = sheetNamed(context.spreadsheet, ANNUAL_STATS_SHEET);
  // Time to resolution and to first response go on the private sheet beside the exact counts (spec section 8).
  const privateTable = besides(exact, report.timeToResolution, report.firstResponse);
  replaceContents(annualStats, asRows(privateTable));
  replaceColumnChart(annualStats, exact.rows.length + 1, 'Reports per period', privateTable.columns.length + 2);
  if (publicCopy) replaceContents(sheetNamed(publicCopy, PUBLIC_STATISTICS_SHEET), asRows(published));
  appendAuditLog(context, 'Exported statistics');
  return {
    columns: exact.columns,
    rows: exact.rows,
    markdown: formatMarkdownTable(published),
    published: publicCopy !== null,
    warnings: report.warnings.map(describeWarning),
  };
}
