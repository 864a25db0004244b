/** Review retention (spec section 14): chair only, with Identity Key Access. */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { reviewRetention as review } from '../actions/retention/reviewRetention';
import { ActionContext } from '../gas/context';
import { withDocumentLock } from '../gas/lock';
import { showDialog } from '../gas/ui';
import { UserError } from '../core/errors';
import type { RetentionReviewResult } from '../core/apiTypes';

const ACTION = 'review retention';

/** The chair, who also needs the identity key: Flagged and the tombstones live there. */
function requireRetentionAccess(context: ActionContext): void {
  const { member } = requireAccess(context, 'chair', ACTION);
  if (!member.identityKeyAccess) {
    throw new UserError(
      'no-identity-key-access',
      'Review retention reads the identity key (who is Flagged, whose names to remove), so it needs Identity Key Access. Give yourself Identity Key Access in Members, then try again.',
    );
  }
}

/** Menu: the Review retention dialog, which lists what is due when it opens. */
export function showRetentionDialog(): void {
  runMenuHandler((context) => {
    requireRetentionAccess(context);
    showDialog('RetentionDialog', 'Review retention', 640, 560);
  });
}

/**
 * Lists what is due; with `expunge` exactly `true` (the chair's confirmation), expunges it under
 * the document lock. Anything else only lists.
 */
export function reviewRetention(expunge?: unknown): RetentionReviewResult {
  return runEntryPoint((context) => {
    if (expunge !== true) {
      requireRetentionAccess(context);
      return review(context, false);
    }
    return withDocumentLock(() => {
      requireRetentionAccess(context);
      return review(context, true);
    });
  });
}
