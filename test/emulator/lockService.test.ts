import { createTestRun } from './harness';
import { createLockService, LOCK_TIMEOUT, releaseLocksOf } from '../../emulator/services/lock/lockService';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { CHAIR_EMAIL, createEmptyWorkspace, STATUS_SPREADSHEET_ID } from '../../emulator/workspace';
import type { RunContext } from '../../emulator/run/runContext';

type LockService = GoogleAppsScript.Lock.LockService;

const MEMBER = 'fictional.member@example.org';
const OTHER_MEMBER = 'other.member@example.org';

/** Two executions of the script at the same time: one workspace, one lock table. */
function concurrentRuns(firstUser = MEMBER, secondUser = OTHER_MEMBER) {
  const workspace = createEmptyWorkspace();
  const lockTable = new Map<string, object>();
  const first = createTestRun({ workspace, lockTable, user: firstUser }).run;
  const second = createTestRun({ workspace, lockTable, user: secondUser }).run;
  const locks = (run: RunContext) => createLockService(run) as unknown as LockService;
  return { lockTable, first, second, firstLocks: locks(first), secondLocks: locks(second) };
}

describe('Lock', () => {
  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer): "true if the lock was acquired".
  it('acquires a free lock', () => {
    const { firstLocks } = concurrentRuns();
    const lock = firstLocks.getDocumentLock();
    expect([lock.tryLock(10_000), lock.hasLock()]).toEqual([true, true]);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#hasLock(): false if tryLock or waitLock was never called.
  it('does not have the lock before asking for it', () => {
    const { firstLocks } = concurrentRuns();
    expect(firstLocks.getDocumentLock().hasLock()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(): "prevents any user of the current
  // document from concurrently running a section of code"; tryLock answers false when it cannot get the lock in time.
  it('refuses the document lock to a second execution while the first holds it', () => {
    const { firstLocks, secondLocks } = concurrentRuns();
    firstLocks.getDocumentLock().tryLock(10_000);
    expect(secondLocks.getDocumentLock().tryLock(10_000)).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer): throws "if the method times out".
  it('throws the lock timeout from waitLock while another execution holds the lock', () => {
    const { firstLocks, secondLocks } = concurrentRuns();
    firstLocks.getDocumentLock().waitLock(10_000);
    expect(() => secondLocks.getDocumentLock().waitLock(10_000)).toThrow(LOCK_TIMEOUT);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): "allowing other processes waiting on the lock
  // to continue".
  it('lets the other execution in once the lock is released', () => {
    const { firstLocks, secondLocks } = concurrentRuns();
    const lock = firstLocks.getDocumentLock();
    lock.waitLock(10_000);
    lock.releaseLock();
    expect([lock.hasLock(), secondLocks.getDocumentLock().tryLock(10_000)]).toEqual([false, true]);
  });

  // A test stands for another execution holding a lock by putting any other object in the lock table.
  it('is blocked by a holder that is not a run', () => {
    const { lockTable, firstLocks } = concurrentRuns();
    lockTable.set(`document:${STATUS_SPREADSHEET_ID}`, { otherExecution: true });
    expect(firstLocks.getDocumentLock().tryLock(10_000)).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer): the timeout is required.
  it('requires a timeout', () => {
    const { firstLocks } = concurrentRuns();
    const lock = firstLocks.getScriptLock() as unknown as { tryLock: () => boolean };
    expect(() => lock.tryLock()).toThrow("The parameters () don't match the method signature for LockService.Lock.tryLock.");
  });
});

describe('Lock scopes', () => {
  // https://developers.google.com/apps-script/reference/lock/lock-service: document, script and user locks are separate locks.
  it('keeps the script lock apart from the document lock', () => {
    const { firstLocks, secondLocks } = concurrentRuns();
    firstLocks.getDocumentLock().tryLock(10_000);
    expect(secondLocks.getScriptLock().tryLock(10_000)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock(): "prevents the current user from
  // concurrently running a section of code"; other users are not held up.
  it('gives each user a user lock of their own', () => {
    const { firstLocks, secondLocks } = concurrentRuns();
    firstLocks.getUserLock().tryLock(10_000);
    expect(secondLocks.getUserLock().tryLock(10_000)).toBe(true);
  });

  it('makes one user\'s second execution wait for their user lock', () => {
    const { firstLocks, secondLocks } = concurrentRuns(MEMBER, MEMBER);
    firstLocks.getUserLock().tryLock(10_000);
    expect(secondLocks.getUserLock().tryLock(10_000)).toBe(false);
  });

  it('files the document lock under the bound spreadsheet\'s id', () => {
    const { lockTable, first, firstLocks } = concurrentRuns();
    firstLocks.getDocumentLock().tryLock(10_000);
    expect([...lockTable]).toEqual([[`document:${STATUS_SPREADSHEET_ID}`, first]]);
  });
});

describe('releaseLocksOf', () => {
  // https://developers.google.com/apps-script/guides/lock: a lock is released when the script that holds it ends.
  it('releases the locks the ended run holds and leaves the others', () => {
    const { lockTable, first, second, firstLocks, secondLocks } = concurrentRuns();
    firstLocks.getDocumentLock().tryLock(10_000);
    firstLocks.getUserLock().tryLock(10_000);
    secondLocks.getScriptLock().tryLock(10_000);
    releaseLocksOf(first);
    expect([...lockTable]).toEqual([['script', second]]);
  });
});

describe('Pending spreadsheet writes at releaseLock', () => {
  /** One run holding the document lock, with the Spreadsheet service beside the Lock service. */
  function lockedRunWithSheets() {
    const { run } = createTestRun();
    const lock = (createLockService(run) as unknown as LockService).getDocumentLock();
    lock.waitLock(10_000);
    const app = createSpreadsheetApp(run) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    return { run, lock, app, sheet: app.getActiveSpreadsheet().getSheets()[0] };
  }

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): "if you are working with a spreadsheet,
  // you should call SpreadsheetApp.flush() prior to releasing the lock, to commit all pending changes to the spreadsheet".
  it('records a violation when the lock is released with writes not flushed', () => {
    const { run, lock, sheet } = lockedRunWithSheets();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.getRange('A2').setBackground('#ff0000');
    lock.releaseLock();
    expect(run.violations).toEqual([
      'A lock was released with 2 spreadsheet change(s) not flushed (Range.setValues, Range.setBackground); call SpreadsheetApp.flush() before releaseLock().',
    ]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush(): "Applies all pending Spreadsheet changes."
  it('records nothing when the script flushes before releasing', () => {
    const { run, lock, app, sheet } = lockedRunWithSheets();
    sheet.getRange('A1').setValue('a');
    sheet.appendRow(['b']);
    app.flush();
    lock.releaseLock();
    expect([run.violations, run.unflushedWrites]).toEqual([[], []]);
  });

  it('counts changes to sheets, not reads, the selection or sharing', () => {
    const { run, app, sheet } = lockedRunWithSheets();
    sheet.getRange('A1').getValues();
    sheet.activate();
    app.getActiveSpreadsheet().removeEditor('nobody@example.org');
    sheet.setName('Renamed');
    sheet.insertRowsAfter(1, 2);
    expect(run.unflushedWrites).toEqual(['Sheet.setName', 'Sheet.insertRowsAfter']);
  });

  it('lets the run end with writes pending when no lock is released', () => {
    const { run, sheet } = lockedRunWithSheets();
    sheet.getRange('A1').setValue('a');
    releaseLocksOf(run);
    expect(run.violations).toEqual([]);
  });
});

describe('LockService.getDocumentLock', () => {
  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(): "null if the method is called
  // from a script that isn't container-bound or an add-on" with a document open.
  it('returns null when the script runs outside a spreadsheet', () => {
    const workspace = createEmptyWorkspace();
    workspace.activeSpreadsheetId = '';
    const locks = createLockService(createTestRun({ workspace }).run) as unknown as LockService;
    expect(locks.getDocumentLock()).toBeNull();
  });
});

describe('changes to the status spreadsheet while another execution holds its document lock', () => {
  type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  // Two executions of the chair's (the owner of the status spreadsheet), side by side.
  const sheets = (run: RunContext) => createSpreadsheetApp(run) as unknown as SpreadsheetApp;

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(): the lock "prevents any user of the
  // current document from concurrently running a section of code". Google lets a change made outside it through; it is the lost
  // update the lock exists for, so the emulator records it as a violation, which fails tests.
  it('records a violation for a write made without the lock while another execution holds it', () => {
    const { first, second, firstLocks } = concurrentRuns(CHAIR_EMAIL, CHAIR_EMAIL);
    firstLocks.getDocumentLock().tryLock(10_000);
    sheets(second).getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('Fictional');
    expect(second.violations).toEqual([
      'Range.setValue changed the status spreadsheet while another execution held its document lock; take LockService.getDocumentLock() before changing the records.',
    ]);
    expect(first.violations).toEqual([]);
  });

  it('records nothing for the execution that holds the lock, nor when nobody holds it', () => {
    const { first, second, firstLocks } = concurrentRuns(CHAIR_EMAIL, CHAIR_EMAIL);
    sheets(second).getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('Fictional');
    firstLocks.getDocumentLock().tryLock(10_000);
    sheets(first).getActiveSpreadsheet().getSheets()[0].getRange('A2').setValue('Fictional');
    expect([first.violations, second.violations]).toEqual([[], []]);
  });

  it('records nothing for reads', () => {
    const { second, firstLocks } = concurrentRuns(CHAIR_EMAIL, CHAIR_EMAIL);
    firstLocks.getDocumentLock().tryLock(10_000);
    sheets(second).getActiveSpreadsheet().getSheets()[0].getRange('A1').getValues();
    expect(second.violations).toEqual([]);
  });
});
