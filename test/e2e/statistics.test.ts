/**
 * The chair's whole path to the six-monthly statistics (spec section 8): the Django CoC menu, the
 * Export statistics dialog, the table and the Markdown to publish, and the rewritten Annual Stats
 * sheet with its chart — on the demo tracker, whose yearly figures are the Django working group's
 * published ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithBrowser, screenshotPath, openEmulatorPage, useEmulatorInBrowser } from './browser';

/** The committed copy of shared/data's CSV (test/fixtures/README.md), so the test runs in any clone. */
const PUBLISHED_CSV = join(__dirname, '..', 'fixtures', 'django-published-statistics.csv');
/** The published columns the demo reproduces (spec section 11). */
const REPRODUCED = ['Reports', 'People Named', 'Actions (DSF)', 'Actions (Local)', 'No Action'];

/** Year -> column -> figure, from the published CSV. */
function publishedFigures(): Map<string, Record<string, string>> {
  const [header, ...lines] = readFileSync(PUBLISHED_CSV, 'utf8').trim().split('\n').map((line) => line.split(','));
  return new Map(lines.map((cells) => [cells[0], Object.fromEntries(header.map((column, index) => [column, cells[index]]))]));
}

describeWithBrowser('exporting statistics in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  it('lets the chair export yearly statistics and shows the table, the Markdown, Annual Stats and its chart', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 1000);

    await page.getByRole('button', { name: 'Django CoC' }).click();
    await page.getByRole('menuitem', { name: 'Export statistics…' }).click();
    await page.getByRole('dialog', { name: 'Export statistics' }).waitFor();
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.getByLabel('Calendar year').check();
    await dialog.getByLabel('Date of Report').check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();

    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await dialog.locator('#result-heading').textContent()).toBe('Statistics exported');
    const columns = await dialog.locator('#statistics-head th').allTextContents();
    const rows = await dialog.locator('#statistics-body tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')));
    const published = publishedFigures();
    expect(rows.map((row) => row[0])).toEqual([...published.keys()]);
    for (const row of rows) {
      const shown = Object.fromEntries(REPRODUCED.map((column) => [column, row[columns.indexOf(column)]]));
      const expected = Object.fromEntries(REPRODUCED.map((column) => [column, published.get(row[0])![column]]));
      expect({ year: row[0], ...shown }).toEqual({ year: row[0], ...expected });
    }
    const markdown = (await dialog.locator('#markdown').inputValue()).split('\n');
    const markdownCells = markdown.filter((_, index) => index !== 1).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    expect(markdown[1]).toMatch(/^\| :?-+ \|/);
    expect(markdownCells).toEqual([columns, ...rows]);
    // Every column header is readable in full at the dialog's width: no word cut, nothing outside the table's box.
    const cutHeaders = await dialog.locator('#statistics-scroll').evaluate((scroller) => {
      const box = scroller.getBoundingClientRect();
      return Array.from(scroller.querySelectorAll('thead th'))
        .filter((th) => th.scrollWidth > th.clientWidth || th.getBoundingClientRect().right > box.right + 0.5)
        .map((th) => th.textContent);
    });
    expect(cutHeaders).toEqual([]);
    // The dialog shows the chart too, the periods oldest to newest from left to right.
    const oldestFirst = [...rows].reverse().map((row) => `${row[0]}: ${row[1]}`).join(', ');
    expect(await dialog.locator('#statistics-chart').getByRole('img').getAttribute('aria-label')).toContain(oldestFirst);
    const barLabels = await dialog.locator('#statistics-chart .period').allTextContents();
    expect(barLabels.filter((text) => /^\d{4}$/.test(text))).toEqual([...rows].reverse().map((row) => row[0]));
    await page.screenshot({ path: screenshotPath('statistics-dialog'), fullPage: true });

    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog', { name: 'Export statistics' }).waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Annual Stats' }).click();
    const sheetHeader = await page.locator('#grid-wrap table.grid tbody tr').first().locator('td').allTextContents();
    expect(sheetHeader.slice(0, columns.length)).toEqual(columns);
    const chart = page.getByRole('region', { name: 'Charts on this sheet' }).getByRole('figure');
    expect(await chart.locator('figcaption').textContent()).toBe("Column chart: Reports per period ('Annual Stats'!A1:B12)");
    expect(await chart.getByRole('img').getAttribute('aria-label')).toContain(oldestFirst);
    await page.screenshot({ path: screenshotPath('statistics-annual-stats'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
