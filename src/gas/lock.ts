import { UserError } from '../core/errors';
import { notInSpreadsheet } from './spreadsheet';

const LOCK_TIMEOUT_MS = 30_000;

/**
 * Runs a read-modify-write holding the document lock, so two members' changes never interleave.
 * When the lock cannot be had in time the person is asked to retry and nothing is read or written.
 */
export function withDocumentLock<T>(action: () => T): T {
  const lock = documentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) {
    throw new UserError('busy', 'Another member is changing the records right now. Nothing was changed; please try again in a moment.');
  }
  try {
    return action();
  } finally {
    flushAndRelease(lock);
  }
}

/**
 * The status spreadsheet's lock. Google returns null "if the method is called from a script that
 * isn't container-bound or an add-on" with no document open
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock();
  if (!lock) throw notInSpreadsheet();
  return lock;
}

/**
 * Sheets holds writes back until SpreadsheetApp.flush() or the end of the run, and Google's Lock
 * reference says to flush before releaseLock(), or the next execution to take the lock may not see
 * them (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 *
 * Neither step may throw: Apps Script flushes and releases a script's locks when it ends, so a
 * failure here loses nothing, and letting it throw would report finished writes as failed (and
 * hide the error of a failed action). When the flush fails, the lock stays held until the end of
 * the run rather than letting another execution read around unmade changes.
 */
export function flushAndRelease(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } catch {
    return;
  }
  try {
    lock.releaseLock();
  } catch {
    // Released when the execution ends.
  }
}
