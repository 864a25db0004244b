/**
 * What the browser tests of the dialogs share: choosing a menu item with the keyboard, the dialog
 * frame's width and fit, waiting for a value, and axe-core's verdict on the dialog.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { AXE_RULE_SET, axeViolations, pageFrame } from './accessibility';

/** Opens a Django CoC menu item with the keyboard: focus the menu, arrow down to it, Enter. */
export async function chooseFromMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Django CoC' }).focus();
  await page.keyboard.press('ArrowDown');
  for (let step = 0; step < 30; step++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === caption) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(caption);
  await page.keyboard.press('Enter');
}

/** The dialog frame's width and whether its page fits it without scrolling sideways. */
export async function frameFit(page: Page, dialog: FrameLocator): Promise<{ width: string; fits: boolean }> {
  const width = await page.locator('#dialog-frame').evaluate((frame) => (frame as HTMLIFrameElement).style.width);
  const fits = await dialog.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth);
  return { width, fits };
}

/** Reads `read` until `accept` takes its value (or five seconds pass) and returns the last value. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 5000;
  let value = await read();
  while (!accept(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** axe-core's WCAG 2.0/2.1 A and AA violations in the dialog as it is now: none expected. */
export async function dialogViolations(page: Page): Promise<{ ruleSet: string[]; violations: unknown[] }> {
  return { ruleSet: AXE_RULE_SET, violations: await axeViolations(await pageFrame(page, '#dialog-frame')) };
}

export const NO_VIOLATIONS = { ruleSet: AXE_RULE_SET, violations: [] };

export async function focusedId(dialog: FrameLocator): Promise<string> {
  return dialog.locator('body').evaluate(() => document.activeElement?.id ?? '');
}
