/**
 * Messages as the person reading them sees them in the page (issue 15): the chair is never told to
 * ask the chair, a member is told why they could not check what they cannot open, and every
 * message names something the person can do.
 */
import type { Page } from 'playwright-core';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';

const MEMBER_WITHOUT_KEY_ACCESS = 'birch@example.org';
const IDENTITY_KEY_TITLE = 'CoC WG identity key';

async function chooseFromMenu(page: Page, ...path: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Django CoC' }).click();
  for (const caption of path) await page.getByRole('menuitem', { name: caption }).click();
}

/** The question or alert the page puts to the person: its message and the buttons it offers. */
async function question(page: Page): Promise<{ message: string; buttons: string[] }> {
  const overlay = page.locator('#question-overlay');
  await overlay.waitFor({ state: 'visible' });
  return { message: (await page.locator('#question-message').textContent()) ?? '', buttons: await overlay.getByRole('button').allTextContents() };
}

/** Answers the question on show; resolves once it is gone or the next question replaced it. */
async function answer(page: Page, button: string, text?: string): Promise<void> {
  const asked = await page.locator('#question-message').textContent();
  if (text !== undefined) await page.getByLabel('Your answer').fill(text);
  await page.locator('#question-overlay').getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction(
    (before) => document.getElementById('question-overlay')!.hidden || document.getElementById('question-message')!.textContent !== before,
    asked,
  );
}

async function selectCell(page: Page, row: number, column: number): Promise<void> {
  await page.getByRole('tab', { name: 'Cases' }).click();
  await page.locator(`#grid-wrap td[data-row="${row}"][data-column="${column}"]`).click();
}

describeWithBrowser('messages as each person sees them', () => {
  const emulator = useEmulatorInBrowser(true);
  let page: Page;

  beforeAll(async () => {
    // The identity key owned by a member without Identity Key Access: something only a person can fix.
    const workspace = (await (await fetch(new URL('/api/workspace', emulator.server.url))).json()) as WorkspaceState;
    const key = Object.values(workspace.files).find((file) => file.name === IDENTITY_KEY_TITLE)!;
    Object.assign(key, { owner: MEMBER_WITHOUT_KEY_ACCESS, editors: ['chair@example.org', 'alder@example.org'] });
    const put = await fetch(new URL('/api/workspace', emulator.server.url), { method: 'PUT', body: JSON.stringify(workspace) });
    if (!put.ok) throw new Error(await put.text());
    ({ page } = await openEmulatorPage(emulator, 900));
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
  });

  afterAll(async () => page?.close());

  it('tells the chair who declares a conflict on a document they own how to hand it on, not to ask the chair', async () => {
    await selectCell(page, 2, 2);
    await chooseFromMenu(page, 'Members', 'Declare conflict of interest…');
    expect((await question(page)).message).toMatch(/^Declare that you have a conflict of interest for case /);
    await answer(page, 'Yes');
    const outcome = await question(page);
    expect(outcome.message).toContain('transfer its ownership to a member without a conflict in Google Drive');
    expect(outcome.message).not.toMatch(/ask the chair/i);
    await page.screenshot({ path: screenshotPath('message-chair-conflict') });
    await answer(page, 'OK');
  });

  it('checks that an email is a member before asking the chair to confirm offboarding', async () => {
    await chooseFromMenu(page, 'Members', 'Offboard member…');
    await answer(page, 'OK', 'fictional.outsider@example.org');
    const outcome = await question(page);
    expect(outcome).toEqual({ message: 'That email is not in the Members sheet, so there is nobody to offboard. Check the spelling.', buttons: ['OK'] });
    await answer(page, 'OK');
  });

  it('lists in Audit sharing what only a person can fix apart, never offering to fix it', async () => {
    await chooseFromMenu(page, 'Members', 'Audit sharing');
    const outcome = await question(page);
    const parts = outcome.message.split('\n\n');
    const forAPerson = parts.find((part) => part.startsWith('Needs a person (Django CoC cannot fix these):'));
    expect(forAPerson).toMatch(/\n• Identity key: birch@example\.org owns the identity key .*ask them to transfer ownership to the chair in Google Drive\.$/m);
    // Whatever else it found, it offers to fix only that, and never the ownership.
    const fixable = parts.find((part) => part.startsWith('Django CoC can fix:'));
    if (fixable) {
      expect(fixable).not.toContain('owns the identity key');
      expect(parts[parts.length - 1]).toBe('Fix what Django CoC can fix now?');
      expect(outcome.buttons).toEqual(['Yes', 'No']);
    } else {
      expect(outcome.buttons).toEqual(['OK']);
    }
    await page.screenshot({ path: screenshotPath('message-audit-needs-a-person') });
    await answer(page, fixable ? 'No' : 'OK');
  });

  it('points the toast after a new person code name at the manual step and an action the menu has', async () => {
    const blankPersonRow = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('#grid-wrap tbody tr'));
      const row = rows.findIndex((tr, index) => index > 0 && tr.querySelector('td[data-column="3"]')?.textContent === '' && tr.querySelector('td[data-column="2"]')?.textContent !== '');
      return row + 1;
    });
    expect(blankPersonRow).toBeGreaterThan(1);
    await selectCell(page, blankPersonRow, 3);
    await chooseFromMenu(page, 'Generate code name');
    const toast = page.locator('#toasts .toast').filter({ hasText: 'New person code name' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('then run Django CoC › Identity key › Refresh identity key.');
    await page.getByRole('button', { name: 'Django CoC' }).click();
    await page.getByRole('menuitem', { name: 'Identity key' }).click();
    await page.getByRole('menuitem', { name: 'Refresh identity key' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 880 } });
  });

  it('tells a member who cannot open the case folder why links went unchecked', async () => {
    await page.getByLabel('Signed in as').fill(MEMBER_WITHOUT_KEY_ACCESS);
    await page.getByLabel('Signed in as').press('Enter');
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await chooseFromMenu(page, 'Validate records');
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    const skipped = (await dialog.locator('#skipped-list').textContent()) ?? '';
    expect(skipped).toContain('the case documents folder cannot be opened with your account');
    expect(skipped).not.toContain('outside the case documents folder');
    await page.screenshot({ path: screenshotPath('message-member-folder') });
    await page.locator('#dialog-close').click();
  });

  it('tells the chair on an empty spreadsheet to run Set up or repair, not to ask the chair', async () => {
    const reset = await fetch(new URL('/api/reset', emulator.server.url), { method: 'POST', body: JSON.stringify({ demo: false }) });
    expect(reset.ok).toBe(true);
    await page.getByLabel('Signed in as').fill('chair@example.org');
    await page.getByLabel('Signed in as').press('Enter');
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await chooseFromMenu(page, 'Validate records');
    const error = page.frameLocator('#dialog-frame').locator('#load-error');
    await error.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await error.textContent()).toBe('Django CoC is not set up in this spreadsheet yet. Run Django CoC › Set up or repair first. (The Cases sheet is missing.)');
    await page.screenshot({ path: screenshotPath('message-chair-not-set-up') });
  });
});
