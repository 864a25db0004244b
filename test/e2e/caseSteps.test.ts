/**
 * The manual's clock in the browser (spec section 18), as a member without Identity Key Access:
 * "I have sent it" after logging a report records Acknowledged once; Needs attention, opened from
 * the menu and used with the keyboard alone, selects an overdue case's row in the grid; Record a
 * step on that row takes the item off the list as soon as the member is back in the sidebar; a
 * member kept out of a case never sees its code name there. axe-core finds no violation on either page.
 */
import type { Frame, Page } from 'playwright-core';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { AXE_RULE_SET, axeViolations, pageFrame, tabTo } from './accessibility';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';

const MEMBER = 'birch@example.org';
/** A member the reporter asked to keep out of one of the new cases: conflicted on it. */
const KEPT_OUT = 'cedar@example.org';
const SUMMARY = 'Fictional summary for the clock test.';
const ACKNOWLEDGE = 'Acknowledge the report';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function workspaceOf(url: string): Promise<WorkspaceState> {
  return (await (await fetch(new URL('/api/workspace', url))).json()) as WorkspaceState;
}

function sheetRows(workspace: WorkspaceState, name: string): unknown[][] {
  return workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === name)?.values ?? [];
}

async function expectNoViolations(frame: Frame): Promise<void> {
  expect({ ruleSet: AXE_RULE_SET, violations: await axeViolations(frame) }).toEqual({ ruleSet: AXE_RULE_SET, violations: [] });
}

/** Opens a Django CoC menu item with the keyboard: the menu button, arrows to the caption, Enter. */
async function chooseWithKeyboard(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Django CoC' }).focus();
  await page.keyboard.press('ArrowDown');
  for (let presses = 0; presses < 30; presses += 1) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === caption) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The menu has no ${caption}`);
}

/** Signs in as `email` and waits for the menu that onOpen registers for them, not the one before. */
async function signInAs(page: Page, email: string): Promise<void> {
  const menuBefore = await page.getByRole('button', { name: 'Django CoC' }).elementHandle();
  await page.getByLabel('Signed in as').fill(email);
  await page.getByLabel('Signed in as').press('Enter');
  await page.waitForFunction((button) => button === null || !button.isConnected, menuBefore);
  await page.getByRole('button', { name: 'Django CoC' }).waitFor();
}

/** Logs an ongoing report that needs a decision, naming nobody; answers its case code name. */
async function logReport(sidebar: Frame, dateOfReport: string, keptOut: string[] = []): Promise<string> {
  await sidebar.locator('#report-form').waitFor({ state: 'visible' });
  await sidebar.locator('#dateOfReport').fill(dateOfReport);
  for (const email of keptOut) await sidebar.getByLabel(email).check();
  await sidebar.getByLabel('Needs a decision').check();
  await sidebar.getByLabel('Safety Risk').selectOption('No');
  await sidebar.getByLabel('Ongoing Harassment').selectOption('No');
  await sidebar.getByLabel('Status', { exact: true }).selectOption('Ongoing');
  await sidebar.getByLabel('Summary').fill(SUMMARY);
  await sidebar.locator('#submit-report').click();
  await sidebar.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
  return ((await sidebar.locator('#result-case').textContent()) ?? '').trim();
}

describeWithBrowser("the manual's clock in the browser", () => {
  const emulator = useEmulatorInBrowser(true);
  let page: Page;
  let pageErrors: string[];
  let overdueCase = '';
  let keptOutCase = '';

  beforeAll(async () => {
    ({ page, pageErrors } = await openEmulatorPage(emulator, 900));
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
    await signInAs(page, MEMBER);
  });

  afterAll(async () => page?.close());

  it('records Acknowledged once when the member says they have sent the email', async () => {
    await chooseWithKeyboard(page, 'Log a new report…');
    const sidebar = await pageFrame(page, '#sidebar-frame');
    // A report five days old and never acknowledged, for the Needs attention test below.
    overdueCase = await logReport(sidebar, daysAgo(5));
    await sidebar.locator('#log-another').click();
    // Another, whose reporter asked to keep a member out of it: overdue too, and never theirs to see.
    keptOutCase = await logReport(sidebar, daysAgo(4), [KEPT_OUT]);
    await sidebar.locator('#log-another').click();

    const sentCase = await logReport(sidebar, daysAgo(0));
    const button = sidebar.locator('#acknowledged');
    await button.click();
    const status = sidebar.locator('#acknowledged-status');
    await status.getByText(`Recorded: Acknowledged for ${sentCase} on`).waitFor();
    expect(await button.isHidden()).toBe(true);
    await expectNoViolations(sidebar);
    await page.locator('#sidebar').screenshot({ path: screenshotPath('clock-acknowledged') });

    const steps = sheetRows(await workspaceOf(emulator.server.url), 'Case Steps');
    expect(steps.filter((row) => row[0] === sentCase).map((row) => row[1]).sort()).toEqual(['Acknowledged', 'Received']);
    expect(steps.filter((row) => row[0] === overdueCase).map((row) => row[1])).toEqual(['Received']);
    await page.locator('#sidebar-close').click();
  });

  it('opens Needs attention from the menu and selects the overdue case with the keyboard alone', async () => {
    await chooseWithKeyboard(page, 'Needs attention');
    const sidebar = await pageFrame(page, '#sidebar-frame');
    await sidebar.locator('#attention').waitFor({ state: 'visible', timeout: 20_000 });
    await expectNoViolations(sidebar);
    await page.locator('#sidebar').screenshot({ path: screenshotPath('clock-needs-attention') });

    const itemId = await sidebar.evaluate(
      ([name, what]) => [...document.querySelectorAll('#items button')].find((button) => button.textContent?.includes(name) && button.textContent.includes(what))?.id ?? '',
      [overdueCase, ACKNOWLEDGE],
    );
    expect(itemId).not.toBe('');
    expect(await sidebar.locator(`#${itemId}`).textContent()).toMatch(/Overdue by [3-6] days/);
    await sidebar.locator('#refresh').focus();
    await tabTo(page, sidebar, itemId, true);
    await page.keyboard.press('Enter');
    await sidebar.locator('#select-status').getByText(`the first row of ${overdueCase}`).waitFor();

    const cases = sheetRows(await workspaceOf(emulator.server.url), 'Cases');
    const codeNameColumn = cases[0].indexOf('Case Code Name');
    const firstRow = cases.findIndex((row) => row[codeNameColumn] === overdueCase) + 1;
    await page.locator(`#grid-wrap td.selected[data-row="${firstRow}"]`).waitFor();
  });

  it('records a step from the dialog for the selected row, and the item leaves the list when the member returns to the sidebar', async () => {
    await chooseWithKeyboard(page, 'Record a step…');
    await page.frameLocator('#dialog-frame').locator('#step-form').waitFor({ state: 'visible', timeout: 20_000 });
    const dialog = await pageFrame(page, '#dialog-frame');
    expect(await dialog.locator('#case-name').textContent()).toBe(overdueCase);
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('clock-record-step-form') });

    // The dialog puts the focus on the step; typing a step's first letters chooses it.
    await dialog.waitForFunction(() => document.activeElement?.id === 'step');
    await page.keyboard.type('Acknowledged');
    expect(await dialog.locator('#step').inputValue()).toBe('Acknowledged');
    await tabTo(page, dialog, 'record');
    await page.keyboard.press('Enter');
    await dialog.locator('#result-text').getByText(`Recorded: Acknowledged for ${overdueCase} on`).waitFor({ timeout: 20_000 });
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('clock-record-step') });
    await page.keyboard.press('Escape');
    await page.locator('#dialog-overlay').waitFor({ state: 'hidden' });

    // Back in the sidebar, without pressing Refresh: Google gives it no notice, so it looks again itself.
    const sidebar = await pageFrame(page, '#sidebar-frame');
    await sidebar.locator('.hint').click();
    await sidebar.waitForFunction(
      (name) => document.getElementById('load-status')?.hidden === true && !document.getElementById('items')?.textContent?.includes(name),
      overdueCase,
    );
    expect(await sidebar.locator('#items').textContent()).toContain(keptOutCase);
    expect(pageErrors).toEqual([]);
  });

  it("never shows a member the code name of a case they were kept out of, which others see", async () => {
    await page.locator('#sidebar-close').click();
    await signInAs(page, KEPT_OUT);
    await chooseWithKeyboard(page, 'Needs attention');
    const sidebar = await pageFrame(page, '#sidebar-frame');
    await sidebar.locator('#attention').waitFor({ state: 'visible', timeout: 20_000 });
    expect(keptOutCase).not.toBe('');
    expect(await sidebar.locator('body').textContent()).not.toContain(keptOutCase);
    await expectNoViolations(sidebar);
    expect(pageErrors).toEqual([]);
  });
});
