type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Replaces the sheet's charts with one column chart of a block (first column: labels, second:
 * values), placed to the right of the table. The block runs newest first, so the horizontal axis
 * is reversed (`hAxis.direction` -1, a Google Charts option that EmbeddedChartBuilder.setOption
 * passes on: https://developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options)
 * and the periods run oldest to newest from left to right, as charts of time do.
 */
export function replaceColumnChart(sheet: Sheet, rows: number, title: string, anchorColumn: number): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (rows < 2) return;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(1, 1, rows, 2))
    .setPosition(1, anchorColumn, 0, 0)
    .setOption('title', title)
    .setOption('legend', { position: 'none' })
    .setOption('hAxis.direction', -1)
    .build();
  sheet.insertChart(chart);
}
