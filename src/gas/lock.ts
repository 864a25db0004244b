import { UserError } from '../core/errors';

const LOCK_TIMEOUT_MS = 30_000;

/**
 * Runs a read-modify-write holding the document lock, so two members' changes never interleave.
 * When the lock cannot be had in time the person is asked to retry and nothing is read or written.
 */
export function withDocumentLock<T>(action: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) {
    throw new UserError('busy', 'Another member is changing the records right now. Nothing was changed; please try again in a moment.');
  }
  try {
    return action();
  } finally {
    releaseQuietly(lock);
  }
}

/**
 * Apps Script releases a script's locks when it ends, so a release that fails loses nothing; letting
 * it throw would report finished writes as failed (and hide the error of a failed action).
 */
function releaseQuietly(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch {
    // Released when the execution ends.
  }
}
