/**
 * A short try for the document lock, for the onEdit simple trigger (spec section 5): it runs on
 * every edit, so it must never keep a person waiting. When another execution holds the lock, the
 * work is left undone rather than queued.
 */
import { documentLock, flushAndRelease } from './lock';

const BRIEF_LOCK_MS = 2_000;

/** Runs `action` holding the document lock, or returns `busy` without running it. */
export function withBriefDocumentLock<T>(action: () => T, busy: () => T): T {
  const lock = documentLock();
  if (!lock.tryLock(BRIEF_LOCK_MS)) return busy();
  try {
    return action();
  } finally {
    flushAndRelease(lock);
  }
}
