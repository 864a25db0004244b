/**
 * Case steps (spec section 18) through the built bundle: Record a step writes one row and one
 * audit line or, refused, nothing; Needs attention never names a case the member is conflicted on;
 * both cost the same service calls for 10 rows as for 10,000.
 */
import type { NeedsAttentionResult, RecordCaseStepResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  MEMBER_EMAIL, STRANGER_EMAIL, addMember, cellOf, copyOf, dateCell, sheetState, errorOf, ok, ongoingCase, recordConflict, run, setUpWorkspace, sheetValues,
  todayIn, totalCalls, writeCases,
} from './helpers';

const CASE_ROW = 2;

function trackerWith(cases: number, steps = 0): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', dateOfReport: '2024-05-02' }), ...Array.from({ length: cases - 1 }, (_, i) => ongoingCase({ caseCodeName: `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))} shelf` }))]);
  const sheet = sheetState(workspace, 'Case Steps');
  for (let i = 0; i < steps; i++) sheet.values.push(['quiet lantern', 'Reporter updated', dateCell(workspace, '2024-05-03'), MEMBER_EMAIL]);
  // Room below the last row for both sizes alike, so growing the sheet is not counted as a cost of its rows.
  sheet.maxRows = sheet.values.length + 1000;
  return workspace;
}

const onCase = (workspace: WorkspaceState) => ({ sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', CASE_ROW) });

function record(workspace: WorkspaceState, args: object, user = MEMBER_EMAIL) {
  return run(workspace, 'recordCaseStep', { user, args: [args], selection: onCase(workspace) });
}

describe('recordCaseStep', () => {
  it("appends one row for the active row's case and one audit line", () => {
    const workspace = trackerWith(3);
    const audit = sheetValues(workspace, 'Audit Log').length;
    const result = ok<RecordCaseStepResult>(record(workspace, { step: 'received' }));
    expect(result).toEqual({ caseCodeName: 'quiet lantern', step: 'Received', date: todayIn() });
    const rows = sheetValues(workspace, 'Case Steps');
    expect(rows.length).toBe(2);
    expect([rows[1][0], rows[1][1], rows[1][3]]).toEqual(['quiet lantern', 'Received', MEMBER_EMAIL]);
    expect(sheetValues(workspace, 'Audit Log').length).toBe(audit + 1);
  });

  it.each([
    ['a conflicted member', { step: 'Received' }, 'conflict', /conflict of interest on this case/],
    ['an unknown step', { step: 'Lunch' }, 'none', /not in the Settings list of steps/],
    ['a future date', { step: 'Received', date: '2999-01-01' }, 'none', /Only a Review date may be in the future/],
    ['a bad date', { step: 'Received', date: 'yesterday' }, 'none', /YYYY-MM-DD/],
    ['a date before the report', { step: 'Received', date: '2020-01-01' }, 'none', /before the case's Date of Report/],
  ])('refuses %s with one sentence and writes nothing', (_, args, conflict, message) => {
    const workspace = trackerWith(3);
    if (conflict === 'conflict') recordConflict(workspace, MEMBER_EMAIL, 'quiet lantern');
    const before = copyOf(workspace);
    expect(errorOf(record(workspace, args))).toMatch(message);
    expect(workspace).toStrictEqual(before);
  });

  it('accepts a Review date in the future', () => {
    const workspace = trackerWith(3);
    expect(ok<RecordCaseStepResult>(record(workspace, { step: 'Review date', date: '2999-01-01' })).date).toBe('2999-01-01');
  });

  it('refuses a stranger before reading anything but Members', () => {
    const workspace = trackerWith(3);
    const before = copyOf(workspace);
    expect(errorOf(record(workspace, { step: 'Received' }, STRANGER_EMAIL))).not.toBe('');
    expect(workspace).toStrictEqual(before);
  });

  it('costs the same calls for 10 cases as for 10,000', () => {
    const small = totalCalls(record(trackerWith(10, 10), { step: 'Received' }));
    const large = totalCalls(record(trackerWith(10_000, 10_000), { step: 'Received' }));
    expect(large).toBe(small);
  });
});

describe('needsAttention', () => {
  function withReceived(): WorkspaceState {
    const workspace = trackerWith(3);
    ok(record(workspace, { step: 'Received', date: '2024-05-02' }));
    return workspace;
  }

  it('lists an unacknowledged report as overdue', () => {
    const { items } = ok<NeedsAttentionResult>(run(withReceived(), 'needsAttention', { user: MEMBER_EMAIL }));
    expect(items).toEqual([expect.objectContaining({ caseCodeName: 'quiet lantern', what: 'Acknowledge the report', dueOn: '2024-05-03' })]);
    expect(items[0].overdueDays).toBeGreaterThan(0);
  });

  it("never holds a conflicted case's code name, not even in passing", () => {
    const workspace = withReceived();
    recordConflict(workspace, MEMBER_EMAIL, 'quiet lantern');
    const response = run(workspace, 'needsAttention', { user: MEMBER_EMAIL });
    expect(ok<NeedsAttentionResult>(response).items).toEqual([]);
    expect(JSON.stringify(response)).not.toMatch(/quiet lantern/i);
  });

  it('refuses a stranger', () => {
    expect(errorOf(run(withReceived(), 'needsAttention', { user: STRANGER_EMAIL }))).not.toBe('');
  });

  it('costs the same calls for 10 rows as for 10,000', () => {
    const small = totalCalls(run(trackerWith(10, 10), 'needsAttention', { user: MEMBER_EMAIL }));
    const large = totalCalls(run(trackerWith(10_000, 10_000), 'needsAttention', { user: MEMBER_EMAIL }));
    expect(large).toBe(small);
  });
});

describe('selectCase', () => {
  it("selects the case's first row of Cases", () => {
    const workspace = trackerWith(3);
    expect(ok<{ row: number }>(run(workspace, 'selectCase', { user: MEMBER_EMAIL, args: ['Quiet  Lantern'] }))).toEqual({ row: 2 });
  });

  it('refuses a conflicted case as it refuses an unknown one', () => {
    const workspace = trackerWith(3);
    recordConflict(workspace, MEMBER_EMAIL, 'quiet lantern');
    const conflicted = errorOf(run(workspace, 'selectCase', { user: MEMBER_EMAIL, args: ['quiet lantern'] }));
    expect(conflicted).toBe(errorOf(run(workspace, 'selectCase', { user: MEMBER_EMAIL, args: ['nowhere found'] })));
  });
});
