/**
 * Rename case in the browser (spec section 4), keyboard only: the chair moves to a row of a
 * two-row case with the arrow keys, opens the Django CoC menu and chooses Rename case… with arrow
 * keys and Enter, reads both code names in the question at the width the shell gives Ui's alerts,
 * confirms with Enter, and the workspace then holds the new name on both rows and the document.
 */
import type { Page } from 'playwright-core';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';

/** Opens a Django CoC menu item with the keyboard: focus the menu, arrow down to it, Enter. */
async function chooseFromMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Django CoC' }).focus();
  await page.keyboard.press('ArrowDown');
  for (let step = 0; step < 30; step++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === caption) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(caption);
  await page.keyboard.press('Enter');
}

/** The question on show: its message, its buttons, the focused button, and whether its box fits its text. */
async function question(page: Page): Promise<{ message: string; buttons: string[]; focused: string; width: number; fits: boolean }> {
  const overlay = page.locator('#question-overlay');
  await overlay.waitFor({ state: 'visible' });
  const box = page.locator('#question-overlay .question');
  return {
    message: (await page.locator('#question-message').textContent()) ?? '',
    buttons: await overlay.getByRole('button').allTextContents(),
    focused: await page.evaluate(() => document.activeElement?.textContent ?? ''),
    width: (await box.boundingBox())?.width ?? 0,
    fits: await box.evaluate((element) => element.scrollWidth <= element.clientWidth),
  };
}

describeWithBrowser('renaming a case in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  async function workspace(): Promise<WorkspaceState> {
    return (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
  }

  function casesColumn(state: WorkspaceState, header: string): string[] {
    const cases = state.spreadsheets[state.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases');
    const column = (cases?.values[0] ?? []).map(String).indexOf(header);
    return (cases?.values ?? []).map((row) => String(row[column] ?? ''));
  }

  it('chooses Rename case… from the menu with the keyboard, shows both names, and renames the whole case on Enter', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 900);
    const before = await workspace();
    // The demo's older records spell it with a hyphen; the add-on names a case by its key.
    const cell = casesColumn(before, 'Case Code Name')[1];
    const old = cell.replace('-', ' ');
    expect(casesColumn(before, 'Case Code Name')[2]).toBe(cell);
    const documentId = /\/d\/([A-Za-z0-9_-]+)/.exec(casesColumn(before, 'Documents')[1])?.[1] as string;
    expect(before.files[documentId].name).toBe(cell);

    await page.getByRole('tab', { name: 'Cases' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#grid-wrap').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#cell-name').textContent()).toBe('B2');

    await chooseFromMenu(page, 'Rename case…');
    const asked = await question(page);
    const offered = new RegExp(`^Rename the case "${old}" to "([a-z]+ [a-z]+)"\\? Its 2 rows in Cases(,| and) its case document's title`);
    expect(asked.message).toMatch(offered);
    const to = (offered.exec(asked.message) as RegExpExecArray)[1];
    expect(to).not.toBe(old);
    expect(asked.buttons).toEqual(['Yes', 'No']);
    expect(asked.focused).toBe('Yes');
    expect(asked.width).toBeGreaterThanOrEqual(360);
    expect(asked.width).toBeLessThanOrEqual(560);
    expect(asked.fits).toBe(true);
    await page.screenshot({ path: screenshotPath('rename-case-question') });
    await page.keyboard.press('Enter');

    await page.waitForFunction((previous) => document.getElementById('question-message')?.textContent !== previous, asked.message);
    const done = await question(page);
    expect(done.message).toMatch(new RegExp(`^The case "${old}" is now "${to}": its 2 rows in Cases(,| and) its case document's title.* carry the new name\\.$`));
    expect(done.focused).toBe('OK');
    await page.screenshot({ path: screenshotPath('rename-case-done') });
    await page.keyboard.press('Enter');
    await page.locator('#question-overlay').waitFor({ state: 'hidden' });

    const after = await workspace();
    expect(casesColumn(after, 'Case Code Name').slice(1, 3)).toEqual([to, to]);
    expect(casesColumn(after, 'Case Code Name')).not.toContain(cell);
    expect(after.files[documentId].name).toBe(to);
    await page.locator('#grid-wrap td[data-row="2"][data-column="2"]', { hasText: to }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
