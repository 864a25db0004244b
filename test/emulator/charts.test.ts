// Contract tests for embedded charts
// (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
// https://developers.google.com/apps-script/reference/charts/chart-type).
import { createCharts } from '../../emulator/services/charts/charts';
import { openTestSpreadsheet } from './sheetsTestKit';

function statsSheet() {
  const opened = openTestSpreadsheet();
  const stats = opened.spreadsheet.insertSheet('Annual Stats');
  stats.getRange('A1:B3').setValues([['Period', 'Reports'], ['2024', 12], ['2023', 9]]);
  return { ...opened, stats, Charts: createCharts(opened.run) };
}

describe('Charts.ChartType', () => {
  // Charts.ChartType: enum of chart types, compared by name.
  it('names the chart types', () => {
    const { Charts } = statsSheet();
    expect([Charts.ChartType.COLUMN, Charts.ChartType.BAR].map(String)).toEqual(['COLUMN', 'BAR']);
  });
});

describe('Sheet.insertChart', () => {
  // Sheet#newChart() ... addRange(range).setChartType(type).setPosition(row, col, x, y).build(),
  // then Sheet#insertChart(chart).
  it('records the chart’s type, ranges, position and options', () => {
    const { stats, workspace, Charts } = statsSheet();
    const chart = stats
      .newChart()
      .addRange(stats.getRange('A1:B3'))
      .setChartType(Charts.ChartType.COLUMN)
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Reports per period')
      .build();
    stats.insertChart(chart);
    expect(workspace.spreadsheets[workspace.activeSpreadsheetId].sheets[1].charts).toEqual([
      { chartId: 1, type: 'COLUMN', ranges: ["'Annual Stats'!A1:B3"], position: { row: 2, column: 4, offsetX: 0, offsetY: 0 }, options: { title: 'Reports per period' } },
    ]);
  });

  // EmbeddedChartBuilder#asColumnChart(): the typed builder; setTitle sets the title option.
  it('accepts the typed builder for a column chart', () => {
    const { stats } = statsSheet();
    stats.insertChart(stats.newChart().asColumnChart().addRange(stats.getRange('A1:B3')).setTitle('Reports').build());
    const [chart] = stats.getCharts();
    expect([chart.getOptions().get('title'), chart.getRanges()[0].getA1Notation()]).toEqual(['Reports', 'A1:B3']);
  });

  it('refuses to build a chart with no type', () => {
    const { stats } = statsSheet();
    expect(() => stats.newChart().addRange(stats.getRange('A1:B3')).build()).toThrow('chart type');
  });
});

describe('Sheet.updateChart', () => {
  // EmbeddedChart#modify() then Sheet#updateChart(chart): the same chart, changed in place.
  it('changes an inserted chart and keeps its id', () => {
    const { stats, Charts } = statsSheet();
    stats.insertChart(stats.newChart().setChartType(Charts.ChartType.COLUMN).addRange(stats.getRange('A1:B2')).build());
    const [chart] = stats.getCharts();
    stats.updateChart(chart.modify().clearRanges().addRange(stats.getRange('A1:B3')).build());
    const [updated] = stats.getCharts();
    expect([stats.getCharts().length, updated.getChartId(), updated.getRanges()[0].getA1Notation()]).toEqual([1, chart.getChartId(), 'A1:B3']);
  });
});

describe('Sheet.removeChart', () => {
  // Sheet#removeChart(EmbeddedChart).
  it('removes the chart', () => {
    const { stats, Charts } = statsSheet();
    stats.insertChart(stats.newChart().setChartType(Charts.ChartType.COLUMN).addRange(stats.getRange('A1:B3')).build());
    stats.removeChart(stats.getCharts()[0]);
    expect(stats.getCharts()).toEqual([]);
  });
});
