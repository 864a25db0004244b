import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

/**
 * axe-core (Deque's accessibility engine) run inside a page or frame of the browser tests. The
 * rule set is WCAG 2.0 and 2.1, levels A and AA, as axe tags them.
 */
export const AXE_RULE_SET = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every violation axe finds in the frame's document under {@link AXE_RULE_SET}, summarised. */
export async function axeViolations(frame: Frame | Page): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, AXE_RULE_SET);
}

/** The frame an add-on page is shown in (`#sidebar-frame` or `#dialog-frame`) once it has loaded. */
export async function pageFrame(page: Page, selector: '#sidebar-frame' | '#dialog-frame'): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const frame = await handle.contentFrame();
    if (frame && (await frame.evaluate(() => document.readyState === 'complete' && document.body !== null && document.body.children.length > 0))) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`${selector} did not load`);
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the element with `id` has the focus, as a
 * keyboard user moves through a form.
 */
export async function tabTo(page: Page, frame: Frame, id: string, backwards = false, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await frame.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}
