import { ActionContext } from '../gas/context';
import { checkAccess, Member, Requirement } from '../core/members';
import { MEMBERS_SHEET } from '../core/schema';
import { MembersSnapshot, notSetUp, readMembersSheet } from './records';
import { requireTrustedAuthority } from './authority';

export interface Access extends MembersSnapshot {
  member: Member;
}

export interface AccessOptions {
  /**
   * The action gives or keeps access by what Members says (sharing a new document with the active
   * members, say), so Members must be protected even though any member may run it. Chair and
   * identity key work always needs that.
   */
  trustsMembers?: boolean;
}

/**
 * The first thing every entry point does (spec section 9): reads `Members` once and refuses with a
 * clear sentence before anything else is read or written. Privileged work is then refused unless
 * Members and Settings are protected so that only the chairs can edit them.
 */
export function requireAccess(context: ActionContext, requirement: Requirement, action?: string, options: AccessOptions = {}): Access {
  const members = readMembersSheet(context);
  if (!members.snapshot) throw notSetUp(MEMBERS_SHEET);
  const member = checkAccess(context.userEmail, members.members, requirement, action);
  if (requirement !== 'member' || options.trustsMembers) requireTrustedAuthority(context, members.members);
  context.readerRole = member.role;
  return { ...members, member };
}
