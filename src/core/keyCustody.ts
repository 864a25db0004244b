/**
 * Spec section 9, "Fail closed": real names go only into an identity key that a chair (or the
 * status spreadsheet's owner) owns and that is shared with nobody but the active members with
 * Identity Key Access. What is wrong ('owner': not a chair's or the owner's; 'shared': someone
 * else can open it), or null when names may be written.
 */
export type CustodyProblem = 'owner' | 'shared';

import { FileSharing, intendedKeyEditors, isPrivate } from './sharing';
import { Member, normaliseEmail } from './members';
import { activeChairs } from './authority';

export function keyCustodyProblem(key: FileSharing & { hiddenPeople?: number }, members: readonly Member[], statusOwner: string): CustodyProblem | null {
  const owner = normaliseEmail(key.owner);
  const custodians = new Set([...activeChairs(members), normaliseEmail(statusOwner)].filter((email) => email !== ''));
  if (owner === '' || !custodians.has(owner)) {
    return 'owner';
  }
  const allowed = new Set(intendedKeyEditors(members));
  const others = [...key.editors, ...key.viewers].map(normaliseEmail).filter((email) => email !== owner && !allowed.has(email));
  if (!isPrivate(key.access) || others.length > 0 || (key.hiddenPeople ?? 0) > 0) {
    return 'shared';
  }
  return null;
}

/**
 * Whether new case documents may go into the case folder: owned by a chair or the spreadsheet's
 * owner, private, and open to nobody but `keepers` (its intended editors). Drive gives a folder's
 * editors and viewers every file in it, so anything else would hand out every new case.
 */
export function isSafeCaseFolder(folder: FileSharing & { hiddenPeople?: number }, members: readonly Member[], statusOwner: string, keepers: readonly string[]): boolean {
  const owner = normaliseEmail(folder.owner);
  const custodians = new Set([...activeChairs(members), normaliseEmail(statusOwner)].filter((email) => email !== ''));
  const allowed = new Set(keepers.map(normaliseEmail));
  const others = [...folder.editors, ...folder.viewers].map(normaliseEmail).filter((email) => email !== owner && !allowed.has(email));
  return custodians.has(owner) && isPrivate(folder.access) && others.length === 0 && (folder.hiddenPeople ?? 0) === 0;
}
