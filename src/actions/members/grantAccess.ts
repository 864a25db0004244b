/**
 * Spec section 9's "Fail closed": access to a case document, the identity key or the case folder is
 * given outside onboarding only here, after the chair names the member and the case (or the key, or
 * the folder) and confirms.
 * Every check that could make it the wrong file or the wrong person refuses instead.
 */
import { ActionContext } from '../../gas/context';
import { openFile, openFolder } from '../../gas/drive';
import { intendedFolderEditors } from '../../core/caseFolder';
import { caseCodeNameKey } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { Member, findMember } from '../../core/members';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { casesOf, findCaseDocuments, otherCasesLinking } from '../caseDocuments/findCaseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from '../records';
import { knownCase, parseMemberEmail } from './memberInput';
import { grant, sharingStep } from './memberSharing';

/** What the chair types, or passes, to mean the identity key rather than a case. */
export const IDENTITY_KEY_TARGET = 'identity key';

/**
 * What the chair types, or passes, to mean the case documents folder: a new chair (after Hand over
 * the chair) has no other way to it, and without it cannot see what is in the folder or outside it.
 */
export const CASE_FOLDER_TARGET = 'case folder';

export interface GrantAccessResult {
  email: string;
  /** The case code name, 'Identity key' or 'Case folder'. */
  granted: string;
}

function refuse(message: string): never {
  throw new UserError('grant-refused', message);
}

/** The active member `rawEmail` names; checked by the menu before it asks anything more. */
export function memberToGrant(access: Access, rawEmail: unknown): { email: string; member: Member } {
  const email = parseMemberEmail(rawEmail);
  const member = findMember(access.members, email);
  if (!member || !member.active) refuse('Only an active member can be given access. Onboard them first (Django CoC › Members › Onboard member).');
  return { email, member };
}

/**
 * Gives `rawEmail` edit access to the case's document, the identity key or the case folder. Refuses an inactive
 * or unknown member, a member with a conflict for the case, a document linked from another case
 * too or titled otherwise, and the key for a member without Identity Key Access.
 */
export function grantAccess(context: ActionContext, access: Access, rawEmail: unknown, rawTarget: unknown): GrantAccessResult {
  const { email, member } = memberToGrant(access, rawEmail);
  const { settings } = readSettingsSheet(context);

  if (typeof rawTarget === 'string' && rawTarget.trim().toLowerCase() === IDENTITY_KEY_TARGET) {
    if (!member.identityKeyAccess) refuse('That member does not have Identity Key Access in Members, so the identity key was not shared with them.');
    const key = settings.identityKeySpreadsheetId === '' ? null : openFile(settings.identityKeySpreadsheetId);
    if (!key) refuse('The identity key named in Settings does not open for you, so it was not shared.');
    if (sharingStep(() => grant(key, email, access.member.email)) !== 'shared') refuse('Drive would not share the identity key with that member: its owner or your organisation does not allow it.');
    appendAuditLog(context, 'Granted access');
    return { email, granted: 'Identity key' };
  }

  if (typeof rawTarget === 'string' && rawTarget.trim().toLowerCase() === CASE_FOLDER_TARGET) {
    // Every case document is in the folder, so only an active chair with no conflict at all may open it (spec section 6).
    if (!intendedFolderEditors(access.members, readConflictsSheet(context).conflicts).includes(email)) {
      refuse('Only an active chair with no conflict of interest may open the case folder, since every case document is in it, so it was not shared with that member.');
    }
    const folder = settings.caseDocumentsFolderId === '' ? null : openFolder(settings.caseDocumentsFolderId);
    if (!folder) refuse('The case documents folder named in Settings does not open for you, so it was not shared.');
    if (sharingStep(() => grant(folder, email, access.member.email)) !== 'shared') refuse('Drive would not share the case folder with that member: its owner or your organisation does not allow it.');
    appendAuditLog(context, 'Granted access');
    return { email, granted: 'Case folder' };
  }

  const { table } = readCasesSheet(context);
  const cases = casesOf(table.records);
  const caseCodeName = knownCase(cases, rawTarget, 'There is no case with that code name in Cases. Check the spelling and try again.');
  if (hasConflict(readConflictsSheet(context).conflicts, email, caseCodeName)) {
    refuse('That member has a conflict of interest for that case, so its document was not shared with them. If the conflict no longer applies, remove it first with Django CoC › Members › Remove conflict.');
  }
  const key = caseCodeNameKey(caseCodeName);
  const document = findCaseDocuments(new Map([[key, cases.get(key)!]]), settings).documents.get(key);
  if (!document) refuse('That case has no document you can open, so nothing was shared.');
  if (otherCasesLinking(cases, key, document.file.getId()).length > 0) refuse('That document is linked from another case too, so it was not shared: correct the Documents cells first (Django CoC › Validate records).');
  if (document.file.getName() !== caseCodeName) refuse('That document is not titled with the case code name, so it may not be this case’s document and was not shared. Check it and correct its title by hand first.');
  if (sharingStep(() => grant(document.file, email, access.member.email)) !== 'shared') refuse('Drive would not share the document with that member: its owner or your organisation does not allow it.');
  appendAuditLog(context, 'Granted access', [caseCodeName]);
  return { email, granted: caseCodeName };
}
