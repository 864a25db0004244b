/**
 * Screen an attendee list and Check a draft in the browser (spec sections 15 and 16), keyboard
 * only: the Django CoC menu opened and chosen with arrow keys, each dialog at the width the
 * add-on gives it, filled in, submitted and copied from without a mouse, with no axe-core
 * violation before or after.
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import { describeWithBrowser, screenshotPath, openEmulatorPage, useEmulatorInBrowser } from './browser';
import { COPIED, NO_VIOLATIONS, chooseFromMenu, dialogViolations, escapeDialog, eventually, focusedId, frameFit, tabThroughAndCopy } from './keyboard';

describeWithBrowser('screening and checking a draft in the browser', () => {
  const emulator = useEmulatorInBrowser(true);

  async function workspace(): Promise<WorkspaceState> {
    return (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
  }

  it('screens a pasted list with the keyboard alone and copies the draft reply', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 900);
    await chooseFromMenu(page, 'Screen an attendee list…');
    await page.getByRole('dialog', { name: 'Screen an attendee list' }).waitFor();
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#list').waitFor();
    expect(await eventually(() => focusedId(dialog), (id) => id === 'list')).toBe('list');
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);

    await page.keyboard.type('Fictional Pasted Attendee\nfictional person ONE\nfictional-handle-09');
    await page.keyboard.press('Tab');
    expect(await focusedId(dialog)).toBe('event-date');
    await page.keyboard.type('06122026');
    expect(await dialog.locator('#event-date').inputValue()).toBe('2026-06-12');
    // Enter in the date field submits the form, as in any form.
    await page.keyboard.press('Enter');

    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await dialog.locator('#result-heading').textContent()).toBe('Screened 3 lines: 2 matches');
    const rows = await dialog.locator('#match-rows tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')));
    expect(rows).toEqual([
      ['fictional person ONE', 'flagged'],
      ['fictional-handle-09', 'banned'],
    ]);
    expect(await dialog.locator('#reply').inputValue()).toContain('the decision rests with you as the organisers');
    expect(await frameFit(page, dialog)).toEqual({ width: '600px', fits: true });
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);

    // From the result heading: the matches, the reply, then the copy button.
    expect(await tabThroughAndCopy(page, dialog, ['matches', 'reply', 'copy-reply'])).toMatch(COPIED);
    await page.screenshot({ path: screenshotPath('screening-result'), fullPage: true });

    const after = await workspace();
    expect(JSON.stringify([after.spreadsheets, after.properties, after.log])).not.toContain('Fictional Pasted Attendee');
    await escapeDialog(page, 'Screen an attendee list');
    expect(pageErrors).toEqual([]);
  });

  it('checks a draft with the keyboard alone, highlights what to look at and copies the redacted copy', async () => {
    const { page, pageErrors } = await openEmulatorPage(emulator, 900);
    await chooseFromMenu(page, 'Check a draft…');
    await page.getByRole('dialog', { name: 'Check a draft' }).waitFor();
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#draft').waitFor();
    expect(await eventually(() => focusedId(dialog), (id) => id === 'draft')).toBe('draft');
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);

    const draft = 'On 3 May 2025 at 14:32 Fictional Person One (@fictional_pasted) wrote <b>hi</b>. Blue Jay saw it.';
    await page.keyboard.type(draft);
    await page.keyboard.press('Control+Enter');

    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await dialog.locator('#result-heading').textContent()).toBe('4 details to look at');
    expect(await dialog.locator('#highlighted mark').allTextContents()).toEqual(['3 May 2025', '14:32', 'Fictional Person One', '@fictional_pasted']);
    // The draft is shown as text: its markup is not rendered.
    expect(await dialog.locator('#highlighted').textContent()).toBe(draft);
    expect(await dialog.locator('#highlighted b').count()).toBe(0);
    expect(await dialog.locator('#key-note').isHidden()).toBe(true);
    expect(await dialog.locator('#redacted').inputValue()).toBe('On [redacted] at [redacted] Blue Jay ([redacted]) wrote <b>hi</b>. Blue Jay saw it.');
    expect(await frameFit(page, dialog)).toEqual({ width: '680px', fits: true });
    expect(await dialogViolations(page)).toEqual(NO_VIOLATIONS);

    expect(await tabThroughAndCopy(page, dialog, ['highlighted', 'redacted', 'copy-redacted'])).toMatch(COPIED);
    await page.screenshot({ path: screenshotPath('draft-check-result'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
