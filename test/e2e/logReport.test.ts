/**
 * A member's whole path to log a report: the Django CoC menu, the sidebar, the form, the result,
 * and the new rows in the status spreadsheet — with the real name only in the identity key.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import { describeWithBrowser, screenshotPath, openEmulatorPage, useEmulatorInBrowser } from './browser';

const REAL_NAME = 'Fictional Person Eleventy';
const SUMMARY = 'Fictional summary: a fictional attendee reported fictional behaviour.';

describeWithBrowser('logging a report in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  it('logs a report with a new person and shows the case code name, link and acknowledgement', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 1000);

    await page.getByRole('button', { name: 'Django CoC' }).click();
    await page.getByRole('menuitem', { name: 'Log a new report…' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#report-form').waitFor({ state: 'visible' });

    await sidebar.getByLabel('Needs a decision').check();
    await sidebar.locator('#add-real-name').click();
    await sidebar.getByLabel('Person 1: real name').fill(REAL_NAME);
    await sidebar.getByLabel('Safety Risk').selectOption('No');
    await sidebar.getByLabel('Ongoing Harassment').selectOption('Maybe');
    await sidebar.getByLabel('Status', { exact: true }).selectOption('Ongoing');
    await sidebar.getByLabel('Summary').fill(SUMMARY);
    await page.screenshot({ path: screenshotPath('log-report-form'), fullPage: true });
    await sidebar.locator('#submit-report').click();

    await sidebar.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    const caseCodeName = ((await sidebar.locator('#result-case').textContent()) ?? '').trim();
    expect(caseCodeName).toMatch(/[a-z]+ [a-z]+/);
    expect(await sidebar.locator('#acknowledgement').inputValue()).toContain('Chair');
    await page.screenshot({ path: screenshotPath('log-report-result'), fullPage: true });

    const workspace = (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
    const status = workspace.spreadsheets[workspace.activeSpreadsheetId];
    const cases = status.sheets.find((sheet) => sheet.name === 'Cases');
    const header = (cases?.values[0] ?? []).map(String);
    const newRows = (cases?.values ?? []).filter((row) => row[header.indexOf('Case Code Name')] === caseCodeName);
    expect(newRows).toHaveLength(1);
    expect(String(newRows[0][header.indexOf('Documents')])).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    // The real name is in the identity key and nowhere else (not in any other spreadsheet, file
    // title, document or the log); the summary is in the case document and nowhere else. Each is
    // first found where it belongs, so the test cannot pass because nothing was written.
    const [keyId, key] = Object.entries(workspace.spreadsheets).find(([, spreadsheet]) => spreadsheet.sheets.some((sheet) => sheet.name === 'Identity Key'))!;
    expect(JSON.stringify(key)).toContain(REAL_NAME);
    expect(JSON.stringify(workspace.documents)).toContain(SUMMARY);
    const outsideKey = { ...workspace, spreadsheets: Object.fromEntries(Object.entries(workspace.spreadsheets).filter(([id]) => id !== keyId)) };
    expect(JSON.stringify(outsideKey)).not.toContain(REAL_NAME);
    expect(JSON.stringify({ ...outsideKey, documents: {} })).not.toContain(SUMMARY);
    expect(pageErrors).toEqual([]);
  });
});
