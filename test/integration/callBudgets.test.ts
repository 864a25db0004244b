/**
 * Each action's service calls on the demo tracker stay within the budget bench/budgets.ts states
 * (and the README repeats): on Google every call is a round trip a member waits for.
 */
import { buildDemoWorkspace } from '../../emulator/demo';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { CALL_BUDGETS } from '../../bench/budgets';
import { BUILD_DIR, copyOf, run, totalCalls } from './helpers';

let demo: WorkspaceState;
beforeAll(() => {
  demo = buildDemoWorkspace(BUILD_DIR);
});

describe('service call budgets on the demo tracker', () => {
  it.each(CALL_BUDGETS.map((entry) => [entry.label, entry] as const))('%s stays within its budget', (_label, entry) => {
    const response = run(copyOf(demo), entry.fn, { args: entry.args, selection: entry.selection, answers: entry.answers });
    if ('error' in response) throw new Error(`${entry.fn} failed: ${response.error}`);
    expect(totalCalls(response)).toBeLessThanOrEqual(entry.budget);
  });
});
