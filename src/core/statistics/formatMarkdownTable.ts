import type { StatisticsTable } from './types';

function escapeCell(cell: string | number): string {
  // A pipe would end the cell early, and a backslash before it would undo the escape.
  return String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function isCountColumn(table: StatisticsTable, column: number): boolean {
  return table.columns[column] !== 'Period';
}

/**
 * The table as GitHub-flavoured Markdown for the published statistics page: Period left-aligned,
 * counts right-aligned, padded so the plain text lines up too. Ends without a newline.
 *
 * @example formatMarkdownTable({ columns: ['Period', 'Reports'], rows: [['2024', 10]] })
 * // => '| Period | Reports |\n| :----- | ------: |\n| 2024   |      10 |'
 */
export function formatMarkdownTable(table: StatisticsTable): string {
  const header = table.columns.map(escapeCell);
  const body = table.rows.map((row) => table.columns.map((_, column) => escapeCell(row[column] ?? '')));
  // Three is the shortest delimiter GitHub accepts with its colon (`--:`), so no column is narrower.
  const widths = header.map((text, column) => Math.max(3, text.length, ...body.map((row) => row[column].length)));
  const line = (cells: string[]): string =>
    `| ${cells
      .map((text, column) => (isCountColumn(table, column) ? text.padStart(widths[column]) : text.padEnd(widths[column])))
      .join(' | ')} |`;
  const delimiter = `| ${widths
    .map((width, column) => (isCountColumn(table, column) ? `${'-'.repeat(width - 1)}:` : `:${'-'.repeat(width - 1)}`))
    .join(' | ')} |`;
  return [line(header), delimiter, ...body.map(line)].join('\n');
}
