/**
 * The chair's retention review in the browser (spec section 14): the Django CoC menu, the Review
 * retention dialog listing what is due on the demo tracker, the confirmation step, and the result,
 * checked against the workspace the emulator then holds.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import { describeWithBrowser, screenshotPath, openEmulatorPage, useEmulatorInBrowser } from './browser';

describeWithBrowser('reviewing retention in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  async function workspace(): Promise<WorkspaceState> {
    return (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
  }

  it('lists what is due with its rule and date, expunges only after the chair confirms, and says what it did', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 1000);
    const before = await workspace();

    await page.getByRole('button', { name: 'Django CoC' }).click();
    await page.getByRole('menuitem', { name: 'Review retention…' }).click();
    await page.getByRole('dialog', { name: 'Review retention' }).waitFor();
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#review').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await dialog.locator('#review-heading').textContent()).toMatch(/^Due for expunging: \d+ cases and \d+ people$/);
    const rows = await dialog.locator('#due-rows tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toContainEqual(['Case velvet-harbour', 'None: 14 months after the Resolution Date', '2016-06-14']);
    expect(rows).toContainEqual(['Case lively button', 'Nobody identifiable: 6 months after the Resolution Date', '2016-11-09']);
    const dueCases = rows.filter(([label]) => label.startsWith('Case ')).map(([label]) => label.slice('Case '.length));
    await page.screenshot({ path: screenshotPath('retention-list'), fullPage: true });

    // Listing and then cancelling the confirmation leaves the records exactly as they were.
    await dialog.getByRole('button', { name: 'Expunge…' }).click();
    expect(await dialog.locator('#confirm-text').textContent()).toContain(`${dueCases.length} cases: their documents will be moved to the trash`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const unchanged = await workspace();
    expect(unchanged.spreadsheets).toEqual(before.spreadsheets);
    expect(unchanged.files).toEqual(before.files);

    await dialog.getByRole('button', { name: 'Expunge…' }).click();
    await dialog.getByRole('button', { name: 'Yes, expunge them' }).click();
    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await dialog.locator('#result').textContent()).toMatch(new RegExp(`^Expunged ${dueCases.length} cases; \\d+ people kept only as a code name in the identity key\\.$`));
    await page.screenshot({ path: screenshotPath('retention-result'), fullPage: true });

    const after = await workspace();
    const cases = after.spreadsheets[after.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases');
    const header = (cases?.values[0] ?? []).map(String);
    const documentsOf = (name: string) =>
      (cases?.values ?? []).filter((row) => row[header.indexOf('Case Code Name')] === name).map((row) => String(row[header.indexOf('Documents')]));
    expect(dueCases.flatMap(documentsOf).every((cell) => /^Expunged \d{4}-\d{2}-\d{2}$/.test(cell))).toBe(true);
    const trashed = Object.values(after.files).filter((file) => file.trashed).map((file) => file.name).sort();
    expect(trashed).toEqual([...dueCases].sort());

    await dialog.getByRole('button', { name: 'Review again' }).click();
    await dialog.locator('#review').waitFor({ state: 'visible' });
    expect(await dialog.locator('#review-heading').textContent()).toBe('Nothing is due for expunging');
    expect(pageErrors).toEqual([]);
  });
});
