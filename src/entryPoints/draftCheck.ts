/** Check a draft (spec section 16): any member; key names only with Identity Key Access. */
import { runEntryPoint, runMenuHandler } from './run';
import { requireAccess } from '../actions/access';
import { checkDraft as check } from '../actions/checkDraft';
import { showDialog } from '../gas/ui';
import { readDraftText } from '../core/draftCheck/draftRequest';
import type { DraftCheckResult } from '../core/apiTypes';

/** Menu: the Check a draft dialog. */
export function showDraftCheckDialog(): void {
  runMenuHandler((context) => {
    requireAccess(context, 'member');
    showDialog('DraftCheckDialog', 'Check a draft', 680, 680);
  });
}

/** Checks `text` for identifying details; reads only, writes nothing. */
export function checkDraft(text: unknown): DraftCheckResult {
  return runEntryPoint((context) => {
    const access = requireAccess(context, 'member');
    return check(context, access, readDraftText(text));
  });
}
