/**
 * "Signed in as" shows the workspace as that person would see it in Google: the demo's chair, a
 * member without Identity Key Access, someone the status spreadsheet is only shared with to view,
 * and a stranger.
 */
import type { Page } from 'playwright-core';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { VIEW_ONLY_MESSAGE } from '../../emulator/workspace/userView';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';

const MEMBER_WITHOUT_KEY_ACCESS = 'birch@example.org';
const VIEWER = 'viewer.only@example.org';
const STRANGER = 'stranger@elsewhere.example';
const IDENTITY_KEY_TITLE = 'CoC WG identity key';
const FIRST_REAL_NAME = 'Fictional Person One';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.getByLabel('Signed in as').fill(email);
  await page.getByLabel('Signed in as').press('Enter');
}

describeWithBrowser('Signed in as', () => {
  const emulator = useEmulatorInBrowser(true);

  beforeAll(async () => {
    const workspace = (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
    workspace.files[workspace.activeSpreadsheetId].viewers.push(VIEWER);
    const put = await fetch(new URL('/api/workspace', emulator.server.url), { method: 'PUT', body: JSON.stringify(workspace) });
    if (!put.ok) throw new Error(await put.text());
  });

  it('lets the chair open the identity key from the Files view', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await page.getByRole('button', { name: 'Files' }).click();
    await page.getByRole('button', { name: IDENTITY_KEY_TITLE }).click();
    await page.locator('#file-detail').getByText(FIRST_REAL_NAME, { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('lists the case documents but not the identity key for a member without Identity Key Access', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await signInAs(page, MEMBER_WITHOUT_KEY_ACCESS);
    await page.getByRole('button', { name: 'Files' }).click();
    await page.getByRole('row', { name: /amber-kettle/ }).waitFor();
    await page.waitForFunction((title) => !document.querySelector('#file-list')?.textContent?.includes(title), IDENTITY_KEY_TITLE);
    expect(await page.locator('body').textContent()).not.toContain(FIRST_REAL_NAME);
    await page.screenshot({ path: screenshotPath('signed-in-member-files'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows a stranger "You need access" and no cell, sheet, menu or file', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await signInAs(page, STRANGER);
    await page.getByRole('heading', { name: 'You need access' }).waitFor();
    expect(await page.locator('#grid-wrap td').count()).toBe(0);
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Django CoC' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Files' }).click();
    expect(await page.locator('#file-list tbody tr').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/Fictional Person|amber-kettle|Blue Jay/);
    await page.screenshot({ path: screenshotPath('signed-in-stranger'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows a viewer the cells marked View only, with no add-on menu, and refuses typing', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await signInAs(page, VIEWER);
    await page.getByText('View only', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Django CoC' }).count()).toBe(0);
    const firstCell = page.locator('#grid-wrap td[data-row="2"][data-column="1"]');
    const before = await firstCell.textContent();
    await firstCell.click();
    await page.keyboard.type('x');
    await page.getByRole('alert').getByText(VIEW_ONLY_MESSAGE).waitFor();
    expect(await firstCell.textContent()).toBe(before);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('closes the Emulator panel once a reset is done and reopens the spreadsheet as the person signed in', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByText('Emulator', { exact: true }).click();
    await page.getByRole('button', { name: 'Reset to an empty spreadsheet' }).click();
    await page.getByRole('button', { name: 'Reset to an empty spreadsheet' }).waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Sheet1' }).waitFor();
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    expect(await page.locator('#emulator-tools').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
