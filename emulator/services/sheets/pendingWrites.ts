import type { RunContext } from '../../run/runContext';

/**
 * Sheets holds a script's changes back and applies them together: "Spreadsheet operations are
 * sometimes bundled together to improve performance, such as when doing multiple calls to a
 * method. If you want to make sure that all pending changes are made right away [...] call
 * SpreadsheetApp.flush()" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()).
 * The emulator applies each change at once but remembers the ones not yet flushed, so the Lock
 * service can tell when a script lets another execution in before its changes are made
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
const CHANGE = /^(set|clear|append|insert|delete|hide|show|rename|sort|merge|unmerge|copyTo|moveTo|trim|autoResize|update|remove)/;

/** Calls that change no cell, sheet or chart: the selection, and Drive permissions (applied at once). */
const NOT_BATCHED = new Set(['setActiveSheet', 'setActiveRange', 'setActiveSelection', 'setCurrentCell', 'removeEditor', 'removeViewer']);

export function isBatchedChange(method: string): boolean {
  return CHANGE.test(method) && !NOT_BATCHED.has(method);
}

/**
 * For `wrap`: records each batched change a Range, Sheet or Spreadsheet makes, as `Type.method`,
 * and checks a change to the status spreadsheet against its document lock (see
 * {@link checkDocumentLock}).
 */
export function noteUnflushedChanges(run: RunContext, typeName: string, spreadsheetId?: string): (method: string) => void {
  return (method) => {
    if (!isBatchedChange(method)) return;
    run.unflushedWrites.push(`${typeName}.${method}`);
    if (spreadsheetId !== undefined) checkDocumentLock(run, spreadsheetId, `${typeName}.${method}`);
  };
}

/**
 * A change to the status spreadsheet made while another execution holds its document lock. Google
 * lets it through, and it is exactly the lost update the lock exists to prevent ("prevents
 * concurrent access to a section of code", https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()):
 * the other execution read the records before this change and will write them back without it.
 * The emulator records it as a violation, which fails tests.
 */
export function checkDocumentLock(run: RunContext, spreadsheetId: string, change: string): void {
  if (spreadsheetId !== run.workspace.activeSpreadsheetId) return;
  const holder = run.lockTable.get(`document:${spreadsheetId}`);
  if (holder === undefined || holder === run) return;
  const violation = `${change} changed the status spreadsheet while another execution held its document lock; take LockService.getDocumentLock() before changing the records.`;
  if (!run.violations.includes(violation)) run.violations.push(violation);
}

/** SpreadsheetApp.flush(): every change so far is made. */
export function flushChanges(run: RunContext): void {
  run.unflushedWrites.length = 0;
}
