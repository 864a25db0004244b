/**
 * The add-on's pages as a person using a keyboard or a screen reader meets them (spec section 7:
 * "usable with the keyboard alone, labels every field"): axe-core finds no violation of WCAG 2.0
 * and 2.1, levels A and AA, on the sidebar and on every dialog, before and after each is used; the
 * sidebar and the Onboard member dialog are completed with the keyboard alone; each page is
 * photographed at its real width into test-results/.
 */
import type { Frame, Page } from 'playwright-core';
import { AXE_RULE_SET, axeViolations, pageFrame, tabTo } from './accessibility';
import { describeWithBrowser, openEmulatorPage, screenshotPath, useEmulatorInBrowser } from './browser';

const NEW_MEMBER = 'fictional.newcomer@example.org';
const SUMMARY = 'Fictional summary typed with the keyboard alone.';

async function chooseFromMenu(page: Page, ...path: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Django CoC' }).click();
  for (const caption of path) await page.getByRole('menuitem', { name: caption }).click();
}

async function expectNoViolations(frame: Frame): Promise<void> {
  expect({ ruleSet: AXE_RULE_SET, violations: await axeViolations(frame) }).toEqual({ ruleSet: AXE_RULE_SET, violations: [] });
}

async function openDialog(page: Page, readyId: string, ...menuPath: string[]): Promise<Frame> {
  await chooseFromMenu(page, ...menuPath);
  await page.frameLocator('#dialog-frame').locator(`#${readyId}`).waitFor({ state: 'visible', timeout: 20_000 });
  return pageFrame(page, '#dialog-frame');
}

async function closeDialog(page: Page): Promise<void> {
  await page.locator('#dialog-close').click();
  await page.locator('#dialog-overlay').waitFor({ state: 'hidden' });
}

describeWithBrowser('accessibility of the sidebar and dialogs', () => {
  const emulator = useEmulatorInBrowser(true);
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ({ page, pageErrors } = await openEmulatorPage(emulator, 900));
    await page.getByRole('button', { name: 'Django CoC' }).waitFor();
  });

  afterEach(async () => {
    // A failed test leaves no dialog over the page for the next one.
    if (await page.locator('#dialog-overlay').isVisible()) await closeDialog(page);
  });

  afterAll(async () => page?.close());

  it('finds violations where a page has them, so a clean result means something', async () => {
    const probe = await emulator.browser.context.newPage();
    await probe.setContent('<html><body><img src="data:,"><input type="text"></body></html>');
    const rules = (await axeViolations(probe)).map((violation) => violation.rule).sort();
    await probe.close();
    expect(rules).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
  });

  it('logs a report in the sidebar with the keyboard alone, with no axe violation before or after', async () => {
    await chooseFromMenu(page, 'Log a new report…');
    await page.frameLocator('#sidebar-frame').locator('#report-form').waitFor({ state: 'visible' });
    const sidebar = await pageFrame(page, '#sidebar-frame');
    await expectNoViolations(sidebar);
    await page.locator('#sidebar').screenshot({ path: screenshotPath('a11y-sidebar-form') });

    // The date is today's by default; from here on only keys are pressed.
    await sidebar.locator('#dateOfReport').focus();
    await tabTo(page, sidebar, 'kind-needs-decision');
    await page.keyboard.press('Space');
    await tabTo(page, sidebar, 'safetyRisk');
    await page.keyboard.type('No');
    await tabTo(page, sidebar, 'ongoingHarassment');
    await page.keyboard.type('Maybe');
    await tabTo(page, sidebar, 'status');
    await page.keyboard.type('Ongoing');
    await tabTo(page, sidebar, 'summary');
    await page.keyboard.type(SUMMARY);
    await tabTo(page, sidebar, 'submit-report');
    await page.keyboard.press('Enter');

    await sidebar.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sidebar.locator('#result-case').textContent()).toMatch(/[a-z]+[ -][a-z]+/);
    await expectNoViolations(sidebar);
    await page.locator('#sidebar').screenshot({ path: screenshotPath('a11y-sidebar-result') });
    await page.locator('#sidebar-close').click();
  });

  it('onboards a member in the dialog with the keyboard alone: errors clear once fixed, the button stays in view', async () => {
    const dialog = await openDialog(page, 'onboarding-form', 'Members', 'Onboard member…');
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('a11y-onboarding-form') });

    // The dialog puts the focus in Email itself.
    await dialog.waitForFunction(() => document.activeElement?.id === 'email');
    await page.keyboard.type('fictional.newcomer');
    await page.keyboard.press('Enter');
    const emailError = dialog.locator('#email-error');
    await emailError.waitFor({ state: 'visible' });
    await page.keyboard.type('@example.org');
    await emailError.waitFor({ state: 'hidden' });
    expect(await dialog.locator('#email').getAttribute('aria-invalid')).toBeNull();

    // The filter leaves a few cases to tab past; none is ticked yet.
    await tabTo(page, dialog, 'case-filter');
    await page.keyboard.type('amber');
    await tabTo(page, dialog, 'onboard');
    await page.keyboard.press('Enter');
    await dialog.locator('#form-error').getByText('Press Onboard member again to confirm.').waitFor();
    const inView = await dialog.evaluate(() => {
      const box = document.getElementById('onboard')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);

    const firstShown = await dialog.evaluate(() => document.querySelector<HTMLInputElement>('#case-list li:not([hidden]) input')!.id);
    await tabTo(page, dialog, firstShown, true);
    await page.keyboard.press('Space');
    await tabTo(page, dialog, 'onboard');
    await page.keyboard.press('Enter');
    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await dialog.locator('#result-lines').textContent()).toContain(`${NEW_MEMBER} is now a member`);
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('a11y-onboarding-result') });
    await closeDialog(page);
  });

  it('finds no axe violation in Export statistics, before and after exporting', async () => {
    const dialog = await openDialog(page, 'statistics-form', 'Export statistics…');
    await expectNoViolations(dialog);
    await tabTo(page, dialog, 'export');
    await page.keyboard.press('Enter');
    await dialog.locator('#result').waitFor({ state: 'visible', timeout: 20_000 });
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('a11y-statistics') });
    await closeDialog(page);
  });

  it('finds no axe violation in Validate records', async () => {
    const dialog = await openDialog(page, 'result', 'Validate records');
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('a11y-validation') });
    await closeDialog(page);
  });

  it('finds no axe violation in Review retention', async () => {
    const dialog = await openDialog(page, 'review', 'Review retention…');
    await expectNoViolations(dialog);
    await page.locator('.dialog').screenshot({ path: screenshotPath('a11y-retention') });
    await closeDialog(page);
  });

  it('finds no axe violation in the case document dialog, which names the document', async () => {
    await page.getByRole('tab', { name: 'Cases' }).click();
    await page.locator('#grid-wrap td[data-row="2"][data-column="2"]').click();
    await chooseFromMenu(page, 'Create or open case document');
    const link = page.frameLocator('#dialog-frame').getByRole('link');
    await link.waitFor();
    expect(await link.textContent()).toMatch(/^Open the case document [a-z]+[ -][a-z]+ \(Google Docs, new tab\)$/);
    await expectNoViolations(await pageFrame(page, '#dialog-frame'));
    await page.locator('.dialog').screenshot({ path: screenshotPath('a11y-case-document') });
    await closeDialog(page);
    expect(pageErrors).toEqual([]);
  });
});
