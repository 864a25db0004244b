/**
 * What the keyboard-only browser tests share: choosing a Django CoC menu item with the arrow keys,
 * where focus is in a page's frame, whether a dialog fits its frame, waiting for the page, and
 * axe-core's verdict on the open dialog.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { AXE_RULE_SET, axeViolations, pageFrame } from './accessibility';

/** axe-core's WCAG 2.0/2.1 A and AA violations in the dialog as it is now: none expected. */
export async function dialogViolations(page: Page): Promise<{ ruleSet: string[]; violations: unknown[] }> {
  return { ruleSet: AXE_RULE_SET, violations: await axeViolations(await pageFrame(page, '#dialog-frame')) };
}

export const NO_VIOLATIONS = { ruleSet: AXE_RULE_SET, violations: [] };

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

/** The id of the element that has focus inside the frame. */
export async function focusedId(frame: FrameLocator): Promise<string> {
  return frame.locator('body').evaluate(() => document.activeElement?.id ?? '');
}

/**
 * Tabs from the result through `ids` (the last a copy button), each in turn taking focus, presses
 * Enter, and returns what the copy status then says.
 */
export async function tabThroughAndCopy(page: Page, dialog: FrameLocator, ids: readonly string[]): Promise<string> {
  for (const id of ids) {
    await page.keyboard.press('Tab');
    expect(await focusedId(dialog)).toBe(id);
  }
  await page.keyboard.press('Enter');
  return (await eventually(() => dialog.locator('#copy-status').textContent(), (text) => (text ?? '') !== '')) ?? '';
}

/** What the copy status says after a copy: copied, or selected for Ctrl+C where the clipboard is refused. */
export const COPIED = /^(Copied\.|Selected: press Ctrl\+C)/;

/** Closes the open dialog with Escape and waits until it is gone. */
export async function escapeDialog(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name }).waitFor({ state: 'hidden' });
}
