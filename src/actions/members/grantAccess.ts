/**
 * Spec section 9's "Fail closed": access to a case document or the identity key is given outside
 * onboarding only here, after the chair names the member and the case (or the key) and confirms.
 * Every check that could make it the wrong file or the wrong person refuses instead.
 */
import { ActionContext } from '../../gas/context';
import { openFile } from '../../gas/drive';
import { caseCodeNameKey } from '../../core/codeNames';
import { hasConflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { Member, findMember } from '../../core/members';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { casesOf, findCaseDocuments, linksOf } from '../caseDocuments/findCaseDocuments';
import { readCasesSheet, readConflictsSheet, readSettingsSheet } from '../records';
import { knownCase, parseMemberEmail } from './memberInput';
import { grant, sharingStep } from './memberSharing';

/** What the chair types, or passes, to mean the identity key rather than a case. */
export const IDENTITY_KEY_TARGET = 'identity key';

export interface GrantAccessResult {
  email: string;
  /** The case code name, or 'Identity key'. */
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
 * Gives `rawEmail` edit access to the case's document, or to the identity key. Refuses an inactive
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

  const { table } = readCasesSheet(context);
  const cases = casesOf(table.records);
  const caseCodeName = knownCase(cases, rawTarget, 'There is no case with that code name in Cases. Check the spelling and try again.');
  if (hasConflict(readConflictsSheet(context).conflicts, email, caseCodeName)) {
    refuse('That member has a conflict of interest for that case, so its document was not shared with them. If the conflict no longer applies, remove it first with Django CoC › Members › Remove conflict.');
  }
  const key = caseCodeNameKey(caseCodeName);
  const document = findCaseDocuments(new Map([[key, cases.get(key)!]]), settings).documents.get(key);
  if (!document) refuse('That case has no document you can open, so nothing was shared.');
  const id = document.file.getId();
  const alsoLinkedFrom = [...cases].filter(([other, entry]) => other !== key && linksOf(entry).some((link) => link.id === id));
  if (alsoLinkedFrom.length > 0) refuse('That document is linked from another case too, so it was not shared: correct the Documents cells first (Django CoC › Validate records).');
  if (document.file.getName() !== caseCodeName) refuse('That document is not titled with the case code name, so it may not be this case’s document and was not shared. Check it and correct its title by hand first.');
  if (sharingStep(() => grant(document.file, email, access.member.email)) !== 'shared') refuse('Drive would not share the document with that member: its owner or your organisation does not allow it.');
  appendAuditLog(context, 'Granted access', [caseCodeName]);
  return { email, granted: caseCodeName };
}
