/**
 * The emulator as a person uses it: the page, the Django CoC menu that the add-on's onOpen
 * registers, and the grid after a menu action (spec section 11).
 */
import type { Page } from 'playwright-core';
import { describeWithBrowser, screenshotPath, openEmulatorPage, useEmulatorInBrowser } from './browser';

const CASES_HEADERS = [
  'Date of Report', 'Case Code Name', 'Person Code Name', 'Status', 'Resolution Source',
  'Resolution Date', 'Safety Risk', 'Ongoing Harassment', 'Consequences', 'Documents',
];

/** Waits for the menu action to end, answering with the first button any question it asks. */
async function finishMenuAction(page: Page, caption: string): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: caption }).first();
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = (await page.locator('#status').textContent()) ?? '';
    if (/finished|failed/.test(text)) return text;
    const question = page.locator('#question-overlay');
    if (await question.isVisible()) await question.locator('button').first().click();
    else await page.waitForTimeout(100);
  }
  throw new Error(`“${caption}” did not finish: ${await status.textContent()}`);
}

async function firstRowTexts(page: Page): Promise<string[]> {
  return page.locator('#grid-wrap table.grid tbody tr').first().locator('td').allTextContents();
}

describeWithBrowser('the emulator in a browser', () => {
  const emulator = useEmulatorInBrowser(false);

  it('sets up the Cases sheet from the Django CoC menu and ends on it', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator);

    await page.getByRole('button', { name: 'Django CoC' }).click();
    await page.getByRole('menuitem', { name: 'Set up or repair' }).click();
    expect(await finishMenuAction(page, 'Set up or repair')).toContain('finished');

    // Set up ends on Cases, not on the last sheet it made.
    await page.waitForFunction(() => document.querySelector('#tabs [aria-selected="true"]')?.textContent === 'Cases');
    expect((await firstRowTexts(page)).slice(0, CASES_HEADERS.length)).toEqual(CASES_HEADERS);
    await page.screenshot({ path: screenshotPath('emulator-set-up'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
