import type { RunContext } from '../../run/runContext';
import { enumOf } from '../common/enums';
import { wrap } from '../common/serviceObject';

/** Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type). */
export const CHART_TYPE = enumOf('Charts.ChartType', [
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);

/** Charts.Position, for legends (https://developers.google.com/apps-script/reference/charts/position). */
export const CHART_POSITION = enumOf('Charts.Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);

/**
 * The `Charts` global: its enums, for Sheet.newChart()'s builder. Charts drawn outside a sheet
 * (Charts.newDataTable, ...) are not emulated; calling them throws `not implemented`.
 */
class ChartsService {
  readonly ChartType = CHART_TYPE;
  readonly Position = CHART_POSITION;
}

export function createCharts(run: RunContext): ChartsService {
  return wrap(new ChartsService(), 'Charts', run);
}
