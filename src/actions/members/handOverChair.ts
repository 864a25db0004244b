/**
 * Spec section 9: handing the chair to another member is an action, never an edit of a Role cell,
 * so that the protection of Members and Settings follows the chair.
 */
import { ActionContext } from '../../gas/context';
import { openFolder } from '../../gas/drive';
import { ownerOfRunSpreadsheet } from '../../gas/protection';
import { SheetSnapshot } from '../../gas/spreadsheet';
import { UserError } from '../../core/errors';
import { Member, findMember, normaliseEmail } from '../../core/members';
import { MEMBERS_COLUMNS, MEMBERS_SHEET } from '../../core/schema';
import { Access } from '../access';
import { appendAuditLogAfter } from '../audit';
import { protectAuthority } from '../authority';
import { readConflictsSheet, readSettingsSheet } from '../records';
import { parseMemberEmail } from './memberInput';
import { grant, sharingStep } from './memberSharing';
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
 * Gives the new chair the case folder, which holds every case document and is shared with the
 * active chairs who have no conflict (spec section 6); a sentence for the chair when it was not.
 */
function shareCaseFolder(context: ActionContext, email: string, userEmail: string): string {
  const { settings } = readSettingsSheet(context);
  if (settings.caseDocumentsFolderId === '') return '';
  if (readConflictsSheet(context).conflicts.some((conflict) => normaliseEmail(conflict.memberEmail) === email)) {
    return ` They have declared a conflict of interest, so the case folder was not shared with them.`;
  }
  const folder = openFolder(settings.caseDocumentsFolderId);
  if (!folder) return ' The case folder named in Settings does not open for you, so it was not shared with them: ask its owner to share it.';
  return sharingStep(() => grant(folder, email, userEmail)) === 'shared' ? '' : ' Drive would not share the case folder with them: ask its owner to.';
}

/**
 * Makes `rawEmail` the chair and the current chair a member, gives the new chair the case folder
 * when they have no conflict, and lets them edit Members and Settings. Google never lets a script take the running user off a protection, so the old
 * chair keeps that right until the new chair runs Set up or repair, which takes it away; until
 * then privileged actions say so.
 */
export function handOverChair(context: ActionContext, access: Access, rawEmail: unknown): HandOverChairResult {
  const { email, next } = nextChair(access, rawEmail);
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  // Before the Role cells, while the chair can still run this again: a member without a conflict
  // already edits every case document, so the folder shows them nothing new if a fault stops here.
  const folderNote = shareCaseFolder(context, email, access.member.email);
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
    toDo: `${email} is now the chair. Ask them to run Django CoC › Set up or repair once: Google lets only them take away your right to edit Members and Settings, and until then Django CoC refuses the chair's actions.${folderNote}`,
  };
}
