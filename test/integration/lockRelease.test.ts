/**
 * The add-on and Google's rules around the document lock: Sheets holds writes back until
 * SpreadsheetApp.flush() or the end of the run, and the Lock reference says to flush before
 * releaseLock() (https://developers.google.com/apps-script/reference/lock/lock#releaseLock());
 * outside a spreadsheet there is no document lock at all
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 * Every run in these tests fails if a lock is released with writes pending (helpers.ts).
 */
import { edit, errorOf, freshWorkspace, ok, resolvedCase, run, setUpWorkspace, sheetValues, writeCases } from './helpers';

const OUTSIDE_A_SPREADSHEET = 'The Django CoC add-on works inside the status spreadsheet. Open the spreadsheet and run it from its menu; nothing was changed.';

describe('releasing the document lock', () => {
  it('flushes set-up’s writes before letting another execution in', () => {
    const response = run(freshWorkspace(), 'setUpSpreadsheet');
    ok(response);
    expect([response.calls['SpreadsheetApp.flush'], response.violations]).toEqual([1, undefined]);
  });

  it('flushes the Resolution Date onEdit wrote before releasing', () => {
    const workspace = setUpWorkspace();
    writeCases(workspace, [resolvedCase({ caseCodeName: 'home shelf', status: 'Ongoing', resolutionDate: '' })]);
    const response = edit(workspace, 'Cases', 'D2', 'Resolved');
    expect([response.calls['SpreadsheetApp.flush'], 'error' in response]).toEqual([1, false]);
  });

  it('keeps the lock until the run ends when the flush itself fails, so nobody reads around unmade writes', () => {
    const workspace = freshWorkspace();
    const healthy = run(freshWorkspace(), 'setUpSpreadsheet');
    const flushCall = Object.values(healthy.calls).reduce((sum, n) => sum + n, 0) - 1;
    const response = run(workspace, 'setUpSpreadsheet', { failAtCall: flushCall });
    expect([response.calls['SpreadsheetApp.flush'], response.calls['Lock.releaseLock'], response.violations]).toEqual([1, undefined, undefined]);
    expect(sheetValues(workspace, 'Cases').length).toBeGreaterThan(0);
  });
});

describe('outside a spreadsheet', () => {
  it.each(['setUpSpreadsheet', 'validateRecords', 'auditSharing'])('%s says it runs inside the status spreadsheet instead of a TypeError', (fn) => {
    const workspace = freshWorkspace();
    workspace.activeSpreadsheetId = '';
    expect(errorOf(run(workspace, fn))).toBe(OUTSIDE_A_SPREADSHEET);
  });
});
