/**
 * Spec section 6's "Declare conflict".
 */
import { ActionContext } from '../../gas/context';
import { readSharing } from '../../gas/drive';
import { intendedFolderEditors } from '../../core/caseFolder';
import { caseCodeNameKey } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { findMember } from '../../core/members';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { CaseEntry, casesOf, findCaseDocuments } from '../caseDocuments/findCaseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from '../records';
import { knownCase, parseMemberEmail } from './memberInput';
import { appendConflicts, conflictsWith } from './memberRecords';
import { revoke, sharingStep } from './memberSharing';

export interface DeclareConflictResult {
  email: string;
  caseCodeName: string;
  /** False when the conflict was already on record (nothing new was written to Conflicts). */
  recorded: boolean;
  /** True when the member had access to the case document and it was removed. */
  accessRemoved: boolean;
  /** True when the member owns the document, which Drive will not take from them: the chair must. */
  ownsDocument: boolean;
  /** True when the document's owner stopped editors from changing its sharing, so only they can remove the member. */
  ownerMustRemove: boolean;
}

/**
 * Spec section 6's "Declare conflict": records it and at once removes the member's access to that
 * case's document (and to the case folder, which would give it back). A member may declare their
 * own conflicts; the chair may declare anyone's.
 */
export function declareConflict(context: ActionContext, access: Access, rawEmail: unknown, rawCase: unknown): DeclareConflictResult {
  const email = parseMemberEmail(rawEmail);
  if (email !== access.member.email && access.member.role !== 'Chair') {
    throw new UserError('chair-only', 'Only the chair can declare a conflict of interest for another member.');
  }
  if (!findMember(access.members, email)) throw new UserError('unknown-member', 'There is no member with that email in the Members sheet.');
  const { table } = readCasesSheet(context);
  const cases = casesOf(table.records);
  const caseCodeName = knownCase(cases, rawCase, 'There is no case with that code name in Cases. Check the spelling and try again.');
  const conflictsSheet = readConflictsSheet(context);
  const { settings } = readSettingsSheet(context);
  const recorded = !hasConflict(conflictsSheet.conflicts, email, caseCodeName);
  appendConflicts(context, conflictsSheet, email, recorded ? [caseCodeName] : []);
  if (recorded) appendAuditLog(context, 'Declared conflict', [caseCodeName]);
  const conflicts = conflictsWith(conflictsSheet.conflicts, email, recorded ? [caseCodeName] : []);
  const { result, folderAccessRemoved } = sharingStep(() => {
    const only = new Map([[caseCodeNameKey(caseCodeName), cases.get(caseCodeNameKey(caseCodeName)) as CaseEntry]]);
    const found = findCaseDocuments(only, settings);
    const document = found.documents.get(caseCodeNameKey(caseCodeName));
    const sharing = document ? readSharing(document.file) : null;
    const ownsDocument = sharing !== null && sharing.owner === email;
    const outcome = document !== undefined && sharing !== null ? revoke(document.file, email, context.userEmail, sharing) : 'had-none';
    const accessRemoved = outcome === 'removed';
    const folderEditors = intendedFolderEditors(access.members, conflicts);
    const folderAccessRemoved = found.folder !== null && !folderEditors.includes(email) && revoke(found.folder, email, context.userEmail) === 'removed';
    return { result: { email, caseCodeName, recorded, accessRemoved, ownsDocument, ownerMustRemove: outcome === 'owner-only' }, folderAccessRemoved };
  });
  // A conflict already on record (declared by hand, or by a run a fault stopped before its audit
  // line) whose access is only removed now: that change to sharing is logged too.
  if (!recorded && (result.accessRemoved || folderAccessRemoved)) appendAuditLog(context, 'Declared conflict', [caseCodeName]);
  return result;
}
