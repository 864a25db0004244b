import { UserError } from '../errors';
import type { StatisticsTable } from './types';

/**
 * The copy of the table that may be published: with k > 0 every count from 1 to k-1 becomes the
 * text `<k`, so a reader cannot single out the one or two people behind a small figure. Zero and
 * counts of k or more stay as they are (a zero identifies no one); k = 0 turns the rule off. The
 * Period column is never touched.
 *
 * @throws UserError `invalid-small-count-threshold` when k is not a whole number, 0 or more.
 * @example applySmallCountThreshold({ columns: ['Period', 'Reports'], rows: [['2024', 2]] }, 5)
 * // => { columns: ['Period', 'Reports'], rows: [['2024', '<5']] }
 */
export function applySmallCountThreshold(table: StatisticsTable, k: number): StatisticsTable {
  if (!Number.isInteger(k) || k < 0) {
    throw new UserError(
      'invalid-small-count-threshold',
      'The Small-Count Threshold in Settings must be a whole number: 0 to turn it off, or more.',
    );
  }
  const periodColumn = table.columns.indexOf('Period');
  const hidden = `<${k}`;
  const rows = table.rows.map((row) =>
    row.map((cell, column) =>
      column !== periodColumn && typeof cell === 'number' && cell >= 1 && cell < k ? hidden : cell,
    ),
  );
  return { columns: [...table.columns], rows };
}
