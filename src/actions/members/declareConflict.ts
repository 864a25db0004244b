/**
 * Spec section 6's "Declare conflict".
 */
import { ActionContext } from '../../gas/context';
import { DriveFile, openFile, readSharing } from '../../gas/drive';
import { documentsTitled } from '../../gas/caseFolderTitles';
import { caseDocumentTitle } from '../../core/caseDocument';
import { intendedFolderEditors } from '../../core/caseFolder';
import { caseCodeNameKey, isCaseCodeName } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { findMember } from '../../core/members';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { CaseEntry, casesOf, findCaseDocuments, linksOf } from '../caseDocuments/findCaseDocuments';
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
 * case's documents (every one its rows link), and to any other document titled with the case (and to the case folder, which
 * would give it back). A member may declare their
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
    const entry = cases.get(caseCodeNameKey(caseCodeName)) as CaseEntry;
    const found = findCaseDocuments(new Map([[caseCodeNameKey(caseCodeName), entry]]), settings);
    // Every document the case's rows link (a hand edit may have left two), and any other titled
    // with the case (one its rows stopped linking): each is its record, and access only goes.
    const files = new Map<string, DriveFile>();
    for (const link of linksOf(entry)) {
      const file = openFile(link.id);
      if (file) files.set(file.getId(), file);
    }
    const document = found.documents.get(caseCodeNameKey(caseCodeName));
    if (document) files.set(document.file.getId(), document.file);
    // Only a case code name is ever looked up as a title (see caseDocumentTitle).
    if (isCaseCodeName(caseCodeName.trim())) for (const file of documentsTitled(caseDocumentTitle(caseCodeName))) files.set(file.getId(), file);
    let ownsDocument = false;
    let accessRemoved = false;
    let ownerMustRemove = false;
    for (const file of files.values()) {
      const sharing = readSharing(file);
      ownsDocument ||= sharing.owner === email;
      const outcome = revoke(file, email, context.userEmail, sharing);
      accessRemoved ||= outcome === 'removed';
      ownerMustRemove ||= outcome === 'owner-only';
    }
    const folderEditors = intendedFolderEditors(access.members, conflicts);
    const folderAccessRemoved = found.folder !== null && !folderEditors.includes(email) && revoke(found.folder, email, context.userEmail) === 'removed';
    return { result: { email, caseCodeName, recorded, accessRemoved, ownsDocument, ownerMustRemove }, folderAccessRemoved };
  });
  // A conflict already on record (declared by hand, or by a run a fault stopped before its audit
  // line) whose access is only removed now: that change to sharing is logged too.
  if (!recorded && (result.accessRemoved || folderAccessRemoved)) appendAuditLog(context, 'Declared conflict', [caseCodeName]);
  return result;
}
