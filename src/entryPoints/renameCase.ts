/**
 * Rename case (spec section 4), from the menu, for the selected row's case.
 */
import { runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { applyRename, chooseRename } from '../actions/renameCase';
import { withDocumentLock } from '../gas/lock';
import { alert } from '../gas/ui';

/**
 * Menu: asks, then gives the whole case a new code name in one locked change; a rename a fault
 * stopped part-way is finished first. The question comes before the lock, so no one waits on it.
 */
export function renameCase(): void {
  runMenuHandler((context) => {
    const { member } = requireAccess(context, 'member', 'rename cases');
    const target = chooseRename(context, member);
    if (target) alert(withDocumentLock(() => applyRename(context, member, target)));
  });
}
