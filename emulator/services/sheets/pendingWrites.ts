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

/** For `wrap`: records each batched change a Range, Sheet or Spreadsheet makes, as `Type.method`. */
export function noteUnflushedChanges(run: RunContext, typeName: string): (method: string) => void {
  return (method) => {
    if (isBatchedChange(method)) run.unflushedWrites.push(`${typeName}.${method}`);
  };
}

/** SpreadsheetApp.flush(): every change so far is made. */
export function flushChanges(run: RunContext): void {
  run.unflushedWrites.length = 0;
}
