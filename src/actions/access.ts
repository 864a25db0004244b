import { ActionContext } from '../gas/context';
import { checkAccess, Member, Requirement } from '../core/members';
import { MEMBERS_SHEET } from '../core/schema';
import { MembersSnapshot, notSetUp, readMembersSheet } from './records';

export interface Access extends MembersSnapshot {
  member: Member;
}

/**
 * The first thing every entry point does (spec section 9): reads `Members` once and refuses with a
 * clear sentence before anything else is read or written.
 */
export function requireAccess(context: ActionContext, requirement: Requirement, action?: string): Access {
  const members = readMembersSheet(context);
  if (!members.snapshot) throw notSetUp(MEMBERS_SHEET);
  const member = checkAccess(context.userEmail, members.members, requirement, action);
  context.readerRole = member.role;
  return { ...members, member };
}
