/**
 * Spec section 9: handing the chair to another member is an action, never an edit of a Role cell,
 * so that the protection of Members and Settings follows the chair.
 */
import { ActionContext } from '../../gas/context';
import { ownerOfRunSpreadsheet } from '../../gas/protection';
import { SheetSnapshot } from '../../gas/spreadsheet';
import { UserError } from '../../core/errors';
import { Member, findMember } from '../../core/members';
import { MEMBERS_COLUMNS, MEMBERS_SHEET } from '../../core/schema';
import { Access } from '../access';
import { appendAuditLogAfter } from '../audit';
import { protectAuthority } from '../authority';
import { parseMemberEmail } from './memberInput';
import { requireColumns, writeRowCells } from './memberRecords';

export interface HandOverChairResult {
  newChair: string;
  /** What the new chair must do to finish the hand-over. */
  toDo: string;
}

/** The active member `rawEmail` names, other than the chair; checked by the menu before it asks to confirm. */
export function nextChair(access: Access, rawEmail: unknown): { email: string; next: Member } {
  const email = parseMemberEmail(rawEmail);
  if (email === access.member.email) throw new UserError('hand-over-self', 'You are already the chair. Name the member who takes it over.');
  const next = findMember(access.members, email);
  if (!next || !next.active) throw new UserError('hand-over-inactive', 'Only an active member can take over the chair. Onboard them first.');
  return { email, next };
}

/**
 * Makes `rawEmail` the chair and the current chair a member, and lets the new chair edit Members
 * and Settings. Google never lets a script take the running user off a protection, so the old
 * chair keeps that right until the new chair runs Set up or repair, which takes it away; until
 * then privileged actions say so.
 */
export function handOverChair(context: ActionContext, access: Access, rawEmail: unknown): HandOverChairResult {
  const { email, next } = nextChair(access, rawEmail);
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const snapshot = access.snapshot as SheetSnapshot;
  writeRowCells(snapshot, next.rowIndex, new Map([[columns.role, 'Chair']]));
  writeRowCells(snapshot, access.member.rowIndex, new Map([[columns.role, 'Member']]));
  const otherChairs = access.members.filter((member) => member.active && member.role === 'Chair' && member.email !== access.member.email).map((member) => member.email);
  // Once the Role cells say so, the former chair can no longer run this again: a fault after them
  // says what is left, and the owner's Set up or repair protects for the chairs Members now names.
  try {
    protectAuthority(context, [...new Set([...otherChairs, email])], ownerOfRunSpreadsheet(context));
  } catch {
    throw new UserError(
      'hand-over-unfinished',
      `${email} is now the chair in Members, but Google's protection of Members and Settings could not be changed for them, and the Audit Log was not updated. Ask the spreadsheet's owner to run Django CoC › Set up or repair, and add a "Handed over the chair" line to the Audit Log by hand.`,
    );
  }
  appendAuditLogAfter(context, 'Handed over the chair', [], `${email} is now the chair (ask them to run Django CoC › Set up or repair once)`);
  return {
    newChair: email,
    toDo: `${email} is now the chair. Ask them to run Django CoC › Set up or repair once: Google lets only them take away your right to edit Members and Settings, and until then Django CoC refuses the chair's actions.`,
  };
}
