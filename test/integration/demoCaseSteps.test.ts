/**
 * The demo's case clocks (spec section 18, issue 19): on first start Needs attention shows every
 * member a mix of overdue and due-soon items, never a case they are conflicted on; Validate records
 * finds nothing wrong; Annual Stats has a believable median days to first response.
 */
import type { NeedsAttentionResult } from '../../src/core/apiTypes';
import { buildDemoWorkspace } from '../../emulator/demo';
import { demoCaseSteps } from '../../emulator/demo/demoCaseSteps';
import { DEMO_CONFLICTS, DEMO_MEMBERS } from '../../emulator/demo/demoData';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { BUILD_DIR, CHAIR_EMAIL, ok, run, sheetValues } from './helpers';

/** The day the demo is first started in these tests: noon in London on 15 March 2026. */
const FIRST_START = new Date('2026-03-15T12:00:00Z');

let demo: WorkspaceState;
beforeAll(() => {
  demo = buildDemoWorkspace(BUILD_DIR, FIRST_START);
});

function itemsFor(user: string) {
  return ok<NeedsAttentionResult>(run(demo, 'needsAttention', { user, now: FIRST_START })).items;
}

describe('the demo case steps', () => {
  it("show the chair two overdue and two due-soon items on first start, most overdue first", () => {
    expect(itemsFor(CHAIR_EMAIL)).toEqual([
      // Reporter last updated 20 days before, on 23 February: due 9 March.
      { caseCodeName: 'hidden meadow', what: 'Update the reporter', dueOn: '2026-03-09', overdueDays: 6 },
      // Acted alone on 12 March: to be reviewed by 13 March.
      { caseCodeName: 'woolly hat', what: 'Review the action taken alone', dueOn: '2026-03-13', overdueDays: 2 },
      { caseCodeName: 'folded map', what: 'Review date', dueOn: '2026-03-18', overdueDays: -3 },
      // Reporter last updated on 5 March: due 19 March.
      { caseCodeName: 'cotton sail', what: 'Update the reporter', dueOn: '2026-03-19', overdueDays: -4 },
    ]);
  });

  it.each(DEMO_MEMBERS.filter((member) => member.active === 'Yes').map((member) => member.email))(
    'show %s both overdue and due-soon items, and never a case they are conflicted on',
    (email) => {
      const items = itemsFor(email);
      expect(items.some((item) => item.overdueDays > 0)).toBe(true);
      expect(items.some((item) => item.overdueDays < 0)).toBe(true);
      const conflicted = DEMO_CONFLICTS.filter((conflict) => conflict.memberEmail === email).map((conflict) => conflict.caseCodeName);
      for (const item of items) expect(conflicted).not.toContain(item.caseCodeName);
    },
  );

  it('leave Validate records nothing to report', () => {
    expect(ok<{ problems: unknown[] }>(run(demo, 'validateRecords', { now: FIRST_START })).problems).toEqual([]);
  });

  it('give Annual Stats a median of a day or so to first response in the years the group kept steps', () => {
    const workspace = buildDemoWorkspace(BUILD_DIR, FIRST_START);
    ok(run(workspace, 'exportStatistics', { args: [{ grouping: 'year', dateBasis: 'report' }], now: FIRST_START }));
    const [header, ...rows] = sheetValues(workspace, 'Annual Stats');
    const column = header.indexOf('Median Days to First Response');
    expect(rows.slice(0, 4).map((row) => [row[0], row[column] ?? ''])).toEqual([
      [2025, 1],
      [2024, 1],
      [2023, 1.5],
      [2022, ''],
    ]);
  });

  it('are written into Case Steps with the demo member who recorded each, none conflicted on its case', () => {
    const rows = sheetValues(demo, 'Case Steps').slice(1);
    const steps = demoCaseSteps('2026-03-15');
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual(steps.map((step) => [step.caseCodeName, step.step, step.memberEmail]));
    for (const step of steps) {
      expect(DEMO_CONFLICTS.some((conflict) => conflict.memberEmail === step.memberEmail && conflict.caseCodeName === step.caseCodeName)).toBe(false);
    }
  });

  it('never date an open clock before the case history, whatever the day the demo is first started', () => {
    const early = demoCaseSteps('2025-11-10');
    const hiddenMeadow = early.filter((step) => step.caseCodeName === 'hidden meadow').map((step) => step.date);
    expect(hiddenMeadow.every((date) => date >= '2025-11-03')).toBe(true);
    expect(early.find((step) => step.caseCodeName === 'hidden meadow' && step.step === 'Reporter updated')?.date).toBe('2025-11-04');
  });
});
