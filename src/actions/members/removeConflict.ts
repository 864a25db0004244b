/**
 * Spec section 9: a conflict of interest is removed only by the chair, through this action, with an
 * audit line. It gives nothing back: sharing the document again is Grant access, confirmed apart.
 */
import { ActionContext } from '../../gas/context';
import { caseCodeNameKey } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { normaliseEmail } from '../../core/members';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { readConflictsSheet } from '../records';
import { parseMemberEmail } from './memberInput';
import { recordConflicts, showConflicts } from './memberRecords';

export interface RemoveConflictResult {
  email: string;
  caseCodeName: string;
}

export function removeConflict(context: ActionContext, _access: Access, rawEmail: unknown, rawCase: unknown): RemoveConflictResult {
  const email = parseMemberEmail(rawEmail);
  const current = readConflictsSheet(context);
  const caseText = typeof rawCase === 'string' ? rawCase : '';
  const removed = current.conflicts.find((conflict) => hasConflict([conflict], email, caseText));
  if (!removed) throw new UserError('no-such-conflict', 'That member has no conflict of interest on record for that case, so nothing was removed.');
  const kept = current.conflicts.filter((conflict) => !(normaliseEmail(conflict.memberEmail) === email && caseCodeNameKey(conflict.caseCodeName) === caseCodeNameKey(caseText)));
  // Once the record has changed a retry finds nothing to remove, so a fault after it must say what
  // was done rather than ask to try again; the view and the audit line are each still attempted.
  recordConflicts(kept);
  let viewStale = '';
  try {
    showConflicts(context, current.snapshot, kept);
  } catch {
    viewStale = ' The Conflicts sheet could not be rewritten: it still shows that conflict until the next change of conflicts, and Validate records names the row.';
  }
  let logged = true;
  try {
    appendAuditLog(context, 'Removed conflict', [removed.caseCodeName]);
  } catch {
    logged = false;
  }
  if (!logged || viewStale !== '') {
    const audit = logged ? ' and logged.' : ', but the Audit Log could not be updated. Please add a "Removed conflict" line to it by hand.';
    throw new UserError(logged ? 'conflicts-view-stale' : 'audit-log-incomplete', `The conflict of interest of ${email} for ${removed.caseCodeName} was removed${audit}${viewStale}`);
  }
  return { email, caseCodeName: removed.caseCodeName };
}
