import { parseA1, qualifiedA1, resolveA1 } from '../../workspace/a1';
import type { ChartState } from '../../workspace/state';
import { CHART_POSITION, CHART_TYPE } from '../charts/charts';
import { EnumMember, enumName } from '../common/enums';
import type { SheetsContext } from './context';
import { Range, rangeObject } from './range';
import { proxyOf, requireArgument, wrap } from '../common/serviceObject';
import { parameterMismatch } from '../common/serviceHelpers';

const BUILDER = 'SpreadsheetApp.EmbeddedChartBuilder';

/** A chart not yet inserted has no id; Sheet.insertChart gives it one. */
const NOT_INSERTED = 0;

/**
 * Sheet.newChart()'s builder (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
 * The typed builders (asColumnChart(), ...) are this same builder with the type set; their
 * setters (setTitle, ...) are recorded as the chart options Sheets would store.
 */
export class EmbeddedChartBuilder {
  readonly #context: SheetsContext;
  readonly #spreadsheetId: string;
  readonly #state: ChartState;

  constructor(context: SheetsContext, spreadsheetId: string, state: ChartState) {
    this.#context = context;
    this.#spreadsheetId = spreadsheetId;
    this.#state = state;
  }

  static create(context: SheetsContext, spreadsheetId: string, from?: ChartState): EmbeddedChartBuilder {
    const state = from ? copyChart(from) : { chartId: NOT_INSERTED, type: '', ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
    return wrap(new EmbeddedChartBuilder(context, spreadsheetId, state), 'EmbeddedChartBuilder', context.run);
  }

  addRange(range: unknown): EmbeddedChartBuilder {
    this.#state.ranges.push(this.#qualified(range, 'addRange'));
    return proxyOf(this);
  }

  removeRange(range: unknown): EmbeddedChartBuilder {
    const a1 = this.#qualified(range, 'removeRange');
    this.#state.ranges = this.#state.ranges.filter((r) => r !== a1);
    return proxyOf(this);
  }

  clearRanges(): EmbeddedChartBuilder {
    this.#state.ranges = [];
    return proxyOf(this);
  }

  getRanges(): Range[] {
    return chartRanges(this.#context, this.#spreadsheetId, this.#state);
  }

  setChartType(type: unknown): EmbeddedChartBuilder {
    const name = enumName(CHART_TYPE, type);
    if (name === undefined) throw parameterMismatch(`${BUILDER}.setChartType`, [type]);
    this.#state.type = name;
    return proxyOf(this);
  }

  getChartType(): EnumMember | null {
    return this.#state.type ? CHART_TYPE[this.#state.type as keyof typeof CHART_TYPE] : null;
  }

  asAreaChart(): EmbeddedChartBuilder {
    return this.setChartType(CHART_TYPE.AREA);
  }

  asBarChart(): EmbeddedChartBuilder {
    return this.setChartType(CHART_TYPE.BAR);
  }

  asColumnChart(): EmbeddedChartBuilder {
    return this.setChartType(CHART_TYPE.COLUMN);
  }

  asLineChart(): EmbeddedChartBuilder {
    return this.setChartType(CHART_TYPE.LINE);
  }

  asPieChart(): EmbeddedChartBuilder {
    return this.setChartType(CHART_TYPE.PIE);
  }

  asTableChart(): EmbeddedChartBuilder {
    return this.setChartType(CHART_TYPE.TABLE);
  }

  /** Anchors the chart's top-left corner at a cell (1-based), offset in pixels. */
  setPosition(anchorRow: unknown, anchorColumn: unknown, offsetX: unknown, offsetY: unknown): EmbeddedChartBuilder {
    const args = [anchorRow, anchorColumn, offsetX, offsetY];
    if (!args.every((n) => typeof n === 'number')) throw parameterMismatch(`${BUILDER}.setPosition`, args);
    this.#state.position = { row: anchorRow as number, column: anchorColumn as number, offsetX: offsetX as number, offsetY: offsetY as number };
    return proxyOf(this);
  }

  setOption(option: unknown, value: unknown): EmbeddedChartBuilder {
    if (typeof option !== 'string') throw parameterMismatch(`${BUILDER}.setOption`, [option, value]);
    this.#state.options[option] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    return proxyOf(this);
  }

  setTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('title', title);
  }

  setXAxisTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: unknown): EmbeddedChartBuilder {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: unknown): EmbeddedChartBuilder {
    const name = enumName(CHART_POSITION, position);
    if (name === undefined) throw parameterMismatch(`${BUILDER}.setLegendPosition`, [position]);
    return this.setOption('legend.position', name);
  }

  setStacked(): EmbeddedChartBuilder {
    return this.setOption('isStacked', true);
  }

  setColors(colours: unknown): EmbeddedChartBuilder {
    return this.setOption('colors', colours);
  }

  build(): EmbeddedChart {
    if (this.#state.type === '') throw new Error('The emulator needs a chart type: call setChartType or an as...Chart method before build.');
    return EmbeddedChart.create(this.#context, this.#spreadsheetId, this.#state);
  }

  #qualified(range: unknown, method: string): string {
    const { sheetId, grid } = Range.locationOf(requireArgument(range, Range, `${BUILDER}.${method}`));
    return qualifiedA1(this.#context.sheetState(this.#spreadsheetId, sheetId).name, grid);
  }
}

/** A chart on a sheet, or built and waiting for insertChart (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart). */
export class EmbeddedChart {
  readonly #context: SheetsContext;
  readonly #spreadsheetId: string;
  readonly #state: ChartState;

  constructor(context: SheetsContext, spreadsheetId: string, state: ChartState) {
    this.#context = context;
    this.#spreadsheetId = spreadsheetId;
    this.#state = state;
  }

  static create(context: SheetsContext, spreadsheetId: string, state: ChartState): EmbeddedChart {
    return wrap(new EmbeddedChart(context, spreadsheetId, copyChart(state)), 'EmbeddedChart', context.run);
  }

  /** A copy of the chart as stored, for Sheet.insertChart and updateChart. */
  static stateOf(chart: EmbeddedChart): ChartState {
    return copyChart(chart.#state);
  }

  /** null until the chart is inserted. */
  getChartId(): number | null {
    return this.#state.chartId === NOT_INSERTED ? null : this.#state.chartId;
  }

  getRanges(): Range[] {
    return chartRanges(this.#context, this.#spreadsheetId, this.#state);
  }

  getOptions(): ChartOptions {
    return wrap(new ChartOptions(this.#state.options), 'ChartOptions', this.#context.run);
  }

  modify(): EmbeddedChartBuilder {
    return EmbeddedChartBuilder.create(this.#context, this.#spreadsheetId, this.#state);
  }
}

export class ChartOptions {
  readonly #options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    this.#options = options;
  }

  get(option: unknown): unknown {
    return typeof option === 'string' ? (this.#options[option] ?? null) : null;
  }
}

function chartRanges(context: SheetsContext, spreadsheetId: string, state: ChartState): Range[] {
  const sheets = context.spreadsheetState(spreadsheetId).sheets;
  return state.ranges.flatMap((a1) => {
    const reference = parseA1(a1);
    const sheet = sheets.find((s) => s.name === reference?.sheetName);
    if (!reference || !sheet) return [];
    return [rangeObject(context, { spreadsheetId, sheetId: sheet.sheetId, grid: resolveA1(reference, sheet.maxRows, sheet.maxColumns) })];
  });
}

function copyChart(state: ChartState): ChartState {
  return JSON.parse(JSON.stringify(state)) as ChartState;
}
