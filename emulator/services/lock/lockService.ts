import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { parameterMismatch } from '../common/serviceHelpers';

/**
 * The emulated LockService (https://developers.google.com/apps-script/reference/lock). Who holds
 * each scope is in `run.lockTable`, which runs standing for concurrent executions share; a scope
 * is free when nobody holds it or this run does. Nothing waits: a lock held elsewhere stays held
 * for the whole timeout, so tryLock answers false and waitLock throws at once.
 */

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * "If you are working with a spreadsheet, you should call SpreadsheetApp.flush() prior to
 * releasing the lock, to commit all pending changes to the spreadsheet"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). Google does not
 * throw here; the next execution to take the lock may simply not see the changes. The emulator
 * records it as a violation, which fails the run in tests.
 */
function unflushedAtRelease(writes: readonly string[]): string {
  const calls = [...new Set(writes)].join(', ');
  return `A lock was released with ${writes.length} spreadsheet change(s) not flushed (${calls}); call SpreadsheetApp.flush() before releaseLock().`;
}

function createLock(run: RunContext, scope: string) {
  let acquired = false;
  const isFree = (): boolean => {
    const holder = run.lockTable.get(scope);
    return holder === undefined || holder === run;
  };
  const take = (method: string, args: unknown[]): boolean => {
    if (args.length !== 1 || typeof args[0] !== 'number') throw parameterMismatch(`LockService.Lock.${method}`, args);
    if (!isFree()) return false;
    run.lockTable.set(scope, run);
    acquired = true;
    return true;
  };
  const lock = {
    /** tryLock(timeoutInMillis) */
    tryLock: (...args: unknown[]): boolean => take('tryLock', args),
    /** waitLock(timeoutInMillis) */
    waitLock(...args: unknown[]): void {
      if (!take('waitLock', args)) throw new Error(LOCK_TIMEOUT);
    },
    /** True once this Lock has been acquired, until it is released. */
    hasLock: (): boolean => acquired && run.lockTable.get(scope) === run,
    releaseLock(): void {
      if (run.lockTable.get(scope) === run) {
        if (run.unflushedWrites.length > 0) run.violations.push(unflushedAtRelease(run.unflushedWrites));
        run.lockTable.delete(scope);
      }
      acquired = false;
    },
  };
  return instrument(lock, 'Lock', run);
}

export function createLockService(run: RunContext) {
  const service = {
    /** The lock for the bound spreadsheet; null when the script is bound to none. */
    getDocumentLock: () => (run.workspace.activeSpreadsheetId ? createLock(run, `document:${run.workspace.activeSpreadsheetId}`) : null),
    getScriptLock: () => createLock(run, 'script'),
    getUserLock: () => createLock(run, `user:${run.user.toLowerCase()}`),
  };
  return instrument(service, 'LockService', run);
}

/** Releases every lock this run holds; Apps Script does so when an execution ends. */
export function releaseLocksOf(run: RunContext): void {
  for (const [scope, holder] of run.lockTable) {
    if (holder === run) run.lockTable.delete(scope);
  }
}
