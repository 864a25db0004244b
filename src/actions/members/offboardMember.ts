/**
 * Spec section 6's "Offboard member".
 */
import { ActionContext } from '../../gas/context';
import { DriveFile, DriveFolder, openFile } from '../../gas/drive';
import { SheetSnapshot } from '../../gas/spreadsheet';
import { UserError } from '../../core/errors';
import { findMember, Member } from '../../core/members';
import { offboardingLeftoverSentences } from '../../core/offboardingLeftovers';
import { MEMBERS_COLUMNS, MEMBERS_SHEET } from '../../core/schema';
import type { OffboardMemberResult } from '../../core/apiTypes';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { casesOf, findCaseDocuments } from '../caseDocuments/findCaseDocuments';
import { readCasesSheet, readSettingsSheet } from '../records';
import { parseMemberEmail } from './memberInput';
import { requireColumns, writeRowCells } from './memberRecords';
import { revoke, sharingStep } from './memberSharing';

export const CASE_FOLDER_LABEL = 'Case documents folder';
export const IDENTITY_KEY_LABEL = 'Identity key';
export const STATUS_SPREADSHEET_LABEL = 'Status spreadsheet';

/**
 * The member `rawEmail` names, checked before anything is asked or changed: a clear sentence when
 * it is not an email, not a member, or the chair themselves.
 */
export function memberToOffboard(access: Access, rawEmail: unknown): { email: string; member: Member } {
  const email = parseMemberEmail(rawEmail);
  if (email === access.member.email) {
    throw new UserError('offboard-self', 'You cannot offboard yourself. Make another member chair first and ask them to do it.');
  }
  const member = findMember(access.members, email);
  if (!member) throw new UserError('unknown-member', 'That email is not in the Members sheet, so there is nobody to offboard. Check the spelling.');
  return { email, member };
}

/**
 * Spec section 6's "Offboard member": marks them inactive, then removes their access to every
 * case document, the case folder, the identity key and the status spreadsheet. Drive lets only a file's owner hand it
 * over, so the files they own are listed in `leftForChair`, with the files whose owner stopped
 * editors from sharing and the cases whose document the chair cannot open, and `toDo` says what
 * the chair should ask for each.
 */
export function offboardMember(context: ActionContext, access: Access, rawEmail: unknown): OffboardMemberResult {
  const { email, member } = memberToOffboard(access, rawEmail);
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const { table } = readCasesSheet(context);
  const { settings } = readSettingsSheet(context);

  writeRowCells(access.snapshot as SheetSnapshot, member.rowIndex, new Map([[columns.active, 'No']]));
  appendAuditLog(context, 'Offboarded member');

  return sharingStep(() => {
    const found = findCaseDocuments(casesOf(table.records), settings);
    const removedFrom: string[] = [];
    const owned: string[] = [];
    const ownerOnly: string[] = [];
    const handle = (item: DriveFile | DriveFolder, label: string): void => {
      const outcome = revoke(item, email, access.member.email);
      if (outcome === 'removed') removedFrom.push(label);
      else if (outcome === 'owns-it') owned.push(label);
      else if (outcome === 'owner-only') ownerOnly.push(label);
    };
    for (const document of found.documents.values()) handle(document.file, document.caseCodeName);
    if (found.folder) handle(found.folder, CASE_FOLDER_LABEL);
    const key = settings.identityKeySpreadsheetId === '' ? null : openFile(settings.identityKeySpreadsheetId);
    if (key) handle(key, IDENTITY_KEY_LABEL);
    // Leaving means leaving (spec section 9): an editor of the tracker could still type into it.
    const tracker = openFile(context.spreadsheet.getId());
    if (tracker) handle(tracker, STATUS_SPREADSHEET_LABEL);
    const unreachable = [...found.unreachable];
    return {
      email,
      removedFrom,
      leftForChair: [...owned, ...ownerOnly, ...unreachable],
      toDo: offboardingLeftoverSentences({ email, chairEmail: access.member.email, owned, ownerOnly, unreachable }),
    };
  });
}
