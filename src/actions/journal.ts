/**
 * A change that spans what cannot be changed together (sheets, document properties, Drive files),
 * made safe against a fault part-way (spec section 10): a journal of what was confirmed goes into
 * document properties first and is cleared once every step is done. After a fault it stays, so
 * the action's next run finds it and finishes the change; each step must therefore be one that
 * can run twice. Used by Review retention's expunge and by Rename case.
 */
import { deleteDocumentProperty, writeDocumentProperty } from '../gas/documentProperties';
import { UserError } from '../core/errors';

/**
 * Runs `steps` under the journal kept at `key`: `journal` is written first (null when it is there
 * already, for a run that finishes an earlier one), and cleared when the steps are done.
 *
 * @throws the `stopped` error, saying how to finish, when any step (or the clearing) fails: the
 * journal is then still there.
 */
export function journalled<T>(key: string, journal: string | null, steps: () => T, stopped: () => UserError): T {
  if (journal !== null) writeDocumentProperty(key, journal);
  try {
    const result = steps();
    deleteDocumentProperty(key);
    return result;
  } catch {
    throw stopped();
  }
}
