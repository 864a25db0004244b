import { parseA1, resolveA1 } from '../workspace/a1';
import type { ChartState, SheetState } from '../workspace/state';
import { el } from './dom';
import { displayText } from './grid';

/**
 * The charts a sheet holds (Sheet.insertChart), drawn as simple columns under the grid, so a person
 * can see what the add-on charted: the first column of the chart's range gives the labels, the
 * second the heights; a first row of text is the header. Every chart type is drawn as columns.
 */

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 160;
const LABEL_SPACE = 20;
const BAR_SLOT = 48;

interface Series {
  name: string;
  points: { label: string; value: number }[];
}

/** A figure per chart on `sheet`; `sheets` are the spreadsheet's sheets, which the ranges name. */
export function renderCharts(sheet: SheetState, sheets: SheetState[], timeZone: string): HTMLElement[] {
  return sheet.charts.map((chart) => renderChart(chart, seriesOf(chart, sheets, timeZone)));
}

function seriesOf(chart: ChartState, sheets: SheetState[], timeZone: string): Series {
  const reference = chart.ranges.length > 0 ? parseA1(chart.ranges[0]) : null;
  const source = reference && sheets.find((candidate) => candidate.name === reference.sheetName);
  if (!reference || !source) return { name: '', points: [] };
  const grid = resolveA1(reference, source.maxRows, source.maxColumns);
  const rows = Array.from({ length: grid.numRows }, (_, r) => source.values[grid.row - 1 + r] ?? []);
  const cell = (row: (typeof rows)[number], offset: number) => row[grid.column - 1 + offset];
  const hasHeader = rows.length > 0 && typeof cell(rows[0], 1) === 'string' && cell(rows[0], 1) !== '';
  const body = (hasHeader ? rows.slice(1) : rows).filter((row) => displayText(cell(row, 0), timeZone) !== '');
  return {
    name: hasHeader ? String(cell(rows[0], 1)) : '',
    points: body.map((row) => {
      const value = cell(row, 1);
      return { label: displayText(cell(row, 0), timeZone), value: typeof value === 'number' ? value : 0 };
    }),
  };
}

function renderChart(chart: ChartState, unordered: Series): HTMLElement {
  // Google Charts' hAxis.direction -1 draws the categories from right to left.
  const reversed = chart.options['hAxis.direction'] === -1 || (chart.options.hAxis as { direction?: unknown } | undefined)?.direction === -1;
  const series = reversed ? { ...unordered, points: [...unordered.points].reverse() } : unordered;
  const title = typeof chart.options.title === 'string' ? chart.options.title : series.name;
  const kind = `${chart.type.charAt(0)}${chart.type.slice(1).toLowerCase()} chart`;
  const caption = el('figcaption', { text: `${kind}${title ? `: ${title}` : ''} (${chart.ranges.join(', ')})` });
  const summary = series.points.map((point) => `${point.label}: ${point.value}`).join(', ');
  return el('figure', { className: 'chart' }, [caption, drawColumns(series, `${title || kind}. ${summary}`)]);
}

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function drawColumns(series: Series, label: string): SVGElement {
  const width = Math.max(1, series.points.length) * BAR_SLOT;
  const top = Math.max(1, ...series.points.map((point) => point.value));
  const picture = svg('svg', { width, height: HEIGHT + LABEL_SPACE, viewBox: `0 0 ${width} ${HEIGHT + LABEL_SPACE}`, role: 'img', 'aria-label': label });
  series.points.forEach((point, index) => {
    const height = (Math.max(0, point.value) / top) * (HEIGHT - 16);
    const x = index * BAR_SLOT + 8;
    picture.append(
      svg('rect', { class: 'bar', x, y: HEIGHT - height, width: BAR_SLOT - 16, height }),
      svg('text', { x: x + (BAR_SLOT - 16) / 2, y: HEIGHT - height - 3, 'text-anchor': 'middle' }, String(point.value)),
      svg('text', { x: x + (BAR_SLOT - 16) / 2, y: HEIGHT + 14, 'text-anchor': 'middle' }, point.label),
    );
  });
  return picture;
}
