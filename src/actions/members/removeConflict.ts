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
import { saveConflicts } from './memberRecords';

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
  saveConflicts(context, current.snapshot, kept);
  appendAuditLog(context, 'Removed conflict', [removed.caseCodeName]);
  return { email, caseCodeName: removed.caseCodeName };
}
