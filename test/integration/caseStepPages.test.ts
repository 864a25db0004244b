/**
 * What the case-step pages call (spec section 18) through the built bundle: the menu opens the
 * Record a step dialog and the Needs attention sidebar; the dialog's options name the active row's
 * case and never one the member is conflicted on; the "I have sent it" button's Acknowledged is
 * written once per case, however often it is asked for, and after a fault at any call.
 */
import type { RecordCaseStepResult, RecordStepOptions } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  MEMBER_EMAIL, OUTSIDER_EMAIL, STRANGER_EMAIL, addMember, alerts, cellOf, copyOf, errorOf, ok, ongoingCase, recordConflict, run, setUpWorkspace, sheetValues, todayIn,
  shareStatusSpreadsheet, writeCases,
} from './helpers';

const CASE_ROW = 2;

function tracker(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', dateOfReport: '2024-05-02' }), ongoingCase({ caseCodeName: 'calm river', dateOfReport: '2024-06-02' })]);
  return workspace;
}

const onRow = (workspace: WorkspaceState, row = CASE_ROW) => ({ sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', row) });

function acknowledge(workspace: WorkspaceState, options: { failAtCall?: number } = {}) {
  return run(workspace, 'recordCaseStep', { user: MEMBER_EMAIL, args: [{ step: 'Acknowledged', caseCodeName: 'quiet lantern' }], ...options });
}

function acknowledgedRows(workspace: WorkspaceState) {
  return sheetValues(workspace, 'Case Steps').filter((row) => row[0] === 'quiet lantern' && row[1] === 'Acknowledged');
}

describe('the menu items', () => {
  it.each([
    ['showRecordStepDialog', 'modalDialog', 'RecordStepDialog'],
    ['showNeedsAttentionSidebar', 'sidebar', 'NeedsAttentionSidebar'],
  ])('%s opens its page for a member', (fn, type, page) => {
    const workspace = tracker();
    const response = run(workspace, fn, { user: MEMBER_EMAIL, selection: onRow(workspace) });
    expect(alerts(response)).toEqual([]);
    const shown = response.shown.filter((item) => item.type === type);
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown[0])).toContain(`<title>${page === 'RecordStepDialog' ? 'Record a step' : 'Needs attention'}</title>`);
  });

  it.each(['showRecordStepDialog', 'showNeedsAttentionSidebar'])('%s tells someone who is not a member why, and opens nothing', (fn) => {
    const response = run(shareStatusSpreadsheet(tracker(), OUTSIDER_EMAIL), fn, { user: OUTSIDER_EMAIL });
    expect(response.shown.map((item) => item.type)).toEqual(['alert']);
    expect(alerts(response)[0]).toMatch(/^Only active members/);
  });

  it('Record a step… refuses a case the member is conflicted on in an alert without naming it, before any dialog opens', () => {
    const workspace = tracker();
    recordConflict(workspace, MEMBER_EMAIL, 'quiet lantern');
    const before = copyOf(workspace);
    const response = run(workspace, 'showRecordStepDialog', { user: MEMBER_EMAIL, selection: onRow(workspace) });
    expect(response.shown.map((item) => item.type)).toEqual(['alert']);
    expect(alerts(response)[0]).toBe('You have declared a conflict of interest on this case, so you cannot record its steps.');
    expect(JSON.stringify(response)).not.toMatch(/quiet lantern/i);
    expect(workspace).toStrictEqual(before);
  });

  it('Record a step… on a cell that is no row of a case says so in an alert and opens nothing', () => {
    const response = run(tracker(), 'showRecordStepDialog', { user: MEMBER_EMAIL, selection: { sheet: 'Cases', a1: 'A1' } });
    expect(response.shown.map((item) => item.type)).toEqual(['alert']);
    expect(alerts(response)[0]).toMatch(/Select a row of a case/);
  });
});

describe('getRecordStepOptions', () => {
  it("gives the active row's case, the Settings steps and today", () => {
    const workspace = tracker();
    const options = ok<RecordStepOptions>(run(workspace, 'getRecordStepOptions', { user: MEMBER_EMAIL, selection: onRow(workspace, 3) }));
    expect(options.caseCodeName).toBe('calm river');
    expect(options.steps).toEqual(expect.arrayContaining(['Received', 'Acknowledged', 'Review date', 'Closed']));
    expect(options.today).toBe(todayIn());
  });

  it('refuses a case the member is conflicted on without naming it, and writes nothing', () => {
    const workspace = tracker();
    recordConflict(workspace, MEMBER_EMAIL, 'quiet lantern');
    const before = copyOf(workspace);
    const response = run(workspace, 'getRecordStepOptions', { user: MEMBER_EMAIL, selection: onRow(workspace) });
    expect(errorOf(response)).toBe('You have declared a conflict of interest on this case, so you cannot record its steps.');
    expect(JSON.stringify(response)).not.toMatch(/quiet lantern/i);
    expect(workspace).toStrictEqual(before);
  });

  it('refuses when the active cell is not on a case row', () => {
    const workspace = tracker();
    expect(errorOf(run(workspace, 'getRecordStepOptions', { user: MEMBER_EMAIL, selection: { sheet: 'Cases', a1: 'A1' } }))).toMatch(/Select a row of a case/);
  });

  it('refuses a stranger', () => {
    const workspace = tracker();
    expect(errorOf(run(workspace, 'getRecordStepOptions', { user: STRANGER_EMAIL, selection: onRow(workspace) }))).not.toBe('');
  });
});

describe("the Acknowledged step ('I have sent it')", () => {
  it('is written once: asked again, it writes nothing and answers the day on record', () => {
    const workspace = tracker();
    const first = ok<RecordCaseStepResult>(acknowledge(workspace));
    expect(first).toEqual({ caseCodeName: 'quiet lantern', step: 'Acknowledged', date: todayIn() });
    const before = copyOf(workspace);
    const again = ok<RecordCaseStepResult>(acknowledge(workspace));
    expect(again).toEqual({ ...first, alreadyRecorded: true });
    expect(workspace).toStrictEqual(before);
    expect(acknowledgedRows(workspace)).toHaveLength(1);
  });

  it('is still written once per case when a step the group repeats is not', () => {
    const workspace = tracker();
    for (let i = 0; i < 2; i++) ok(run(workspace, 'recordCaseStep', { user: MEMBER_EMAIL, args: [{ step: 'Reporter updated', caseCodeName: 'quiet lantern' }] }));
    expect(sheetValues(workspace, 'Case Steps').filter((row) => row[1] === 'Reporter updated')).toHaveLength(2);
  });

  it('after a fault at any call, leaves at most one row, and pressing again makes exactly one', () => {
    const calls = Object.values(acknowledge(tracker()).calls).reduce((sum, count) => sum + count, 0);
    for (let failAtCall = 1; failAtCall <= calls; failAtCall++) {
      const workspace = tracker();
      const response = acknowledge(workspace, { failAtCall });
      if ('error' in response) expect(response.error).toMatch(/\S.*\./);
      expect(acknowledgedRows(workspace).length).toBeLessThanOrEqual(1);
      ok(acknowledge(workspace));
      expect(acknowledgedRows(workspace)).toHaveLength(1);
    }
  });
});
