/**
 * The built files stay within the byte budgets of bench/budgets.ts (the README repeats them).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_BUDGETS } from '../../bench/budgets';
import { BUILD_DIR } from './helpers';

function budgetOf(file: string): number {
  return (BUNDLE_BUDGETS as Record<string, number>)[file] ?? BUNDLE_BUDGETS.defaultHtml;
}

const built = readdirSync(BUILD_DIR).filter((name) => name === 'Code.js' || name.endsWith('.html'));

describe('bundle size', () => {
  it('builds Code.js and at least one page', () => {
    expect(built).toContain('Code.js');
    expect(built.some((name) => name.endsWith('.html'))).toBe(true);
  });

  it.each(built)('keeps %s within its budget', (file) => {
    expect(statSync(join(BUILD_DIR, file)).size).toBeLessThanOrEqual(budgetOf(file));
  });
});
