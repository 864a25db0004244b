/**
 * Record a decision in the browser (spec section 17), keyboard only: a row of the demo's first
 * case chosen with the arrow keys, the dialog opened from the Django CoC menu at the width the
 * add-on gives it, each consequence and the source chosen by typing, two members ticked with
 * Space, and the decision recorded, with no axe-core violation before or after.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import { pageFrame, tabTo } from './accessibility';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';
import { NO_VIOLATIONS, chooseFromMenu, dialogViolations, eventually, focusedId, frameFit } from './keyboard';

describeWithBrowser('recording a decision in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  async function workspace(): Promise<WorkspaceState> {
    return (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
  }

  it('records a decision for the selected case with the keyboard alone', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 900);
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    // From A1 down to A2: a row of the demo's first case, amber-kettle (Blue Jay and Grey Heron),
    // resolved in 2015 with a Warning and None; the group now decides otherwise.
    await page.locator('#grid-wrap').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#cell-name').textContent()).toBe('A2');

    await chooseFromMenu(page, 'Record a decision…');
    await page.getByRole('dialog', { name: 'Record a decision' }).waitFor();
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#decision-form').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await eventually(() => focusedId(dialog), (id) => id === 'consequence-0')).toBe('consequence-0');
    expect(await dialog.locator('#case-name').textContent()).toBe('amber kettle');
    expect(await dialog.locator('#people label').allTextContents()).toEqual(['Blue Jay', 'Grey Heron']);
    expect(await dialog.locator('#agreed-hint').textContent()).toContain('a majority of the 5 active members without a conflict on this case: 3, you included');
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);

    // A closed select takes a typed letter as the first option it starts.
    await page.keyboard.type('F');
    await page.keyboard.press('Tab');
    expect(await focusedId(dialog)).toBe('consequence-1');
    await page.keyboard.type('W');
    await page.keyboard.press('Tab');
    expect(await focusedId(dialog)).toBe('resolution-source');
    await page.keyboard.type('D');
    expect([await dialog.locator('#consequence-0').inputValue(), await dialog.locator('#consequence-1').inputValue(), await dialog.locator('#resolution-source').inputValue()]).toEqual([
      'First Suspension',
      'Warning',
      'DSF Board',
    ]);

    // One member ticked: the dialog asks for two before calling the server.
    const frame = await pageFrame(page, '#dialog-frame');
    await tabTo(page, frame, 'member-0');
    await page.keyboard.press('Space');
    await tabTo(page, frame, 'record');
    await page.keyboard.press('Enter');
    expect(await dialog.locator('#form-error').textContent()).toBe('Tick at least two members who agreed, besides you.');
    await tabTo(page, frame, 'member-1', true);
    await page.keyboard.press('Space');
    expect(await dialog.locator('#agreed-count').textContent()).toBe('2 members ticked.');
    expect(await frameFit(page, dialog)).toEqual({ width: '560px', fits: true });
    await page.screenshot({ path: screenshotPath('record-decision-form'), fullPage: true });
    await tabTo(page, frame, 'record');
    await page.keyboard.press('Enter');

    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await focusedId(dialog)).toBe('result-heading');
    const lines = await dialog.locator('#result-lines li').allTextContents();
    expect(lines[1]).toBe('Agreed by alder@example.org, birch@example.org.');
    expect(await frameFit(page, dialog)).toEqual({ width: '560px', fits: true });
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);
    await page.screenshot({ path: screenshotPath('record-decision-result'), fullPage: true });

    const after = await workspace();
    const cases = after.spreadsheets[after.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases')!.values;
    const header = cases[0].map(String);
    const rows = cases.filter((row) => row[header.indexOf('Case Code Name')] === 'amber-kettle');
    expect(rows.map((row) => [row[header.indexOf('Person Code Name')], row[header.indexOf('Resolution Source')], row[header.indexOf('Consequences')]])).toEqual([
      ['Blue Jay', 'DSF Board', 'First Suspension'],
      ['Grey Heron', 'DSF Board', 'Warning'],
    ]);

    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Record a decision' }).waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
  });
});
