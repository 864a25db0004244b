/**
 * Spec section 6's "Offboard member".
 */
import { ActionContext } from '../../gas/context';
import { DriveFile, DriveFolder, openFile, readSharing, transferOwnership } from '../../gas/drive';
import { SheetSnapshot } from '../../gas/spreadsheet';
import { UserError } from '../../core/errors';
import { findMember } from '../../core/members';
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
 * Spec section 6's "Offboard member": marks them inactive, then removes their access to every
 * case document, the case folder, the identity key and the status spreadsheet itself. What they own is handed to the chair
 * where Drive allows it (only an owner may hand a file over, so usually it does not) and listed in
 * `leftForChair` otherwise, with the cases whose document the chair cannot open.
 */
export function offboardMember(context: ActionContext, access: Access, rawEmail: unknown): OffboardMemberResult {
  const email = parseMemberEmail(rawEmail);
  if (email === access.member.email) {
    throw new UserError('offboard-self', 'You cannot offboard yourself. Make another member chair first and ask them to do it.');
  }
  const member = findMember(access.members, email);
  if (!member) throw new UserError('unknown-member', 'There is no member with that email in the Members sheet.');
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const { table } = readCasesSheet(context);
  const { settings } = readSettingsSheet(context);

  writeRowCells(access.snapshot as SheetSnapshot, member.rowIndex, new Map([[columns.active, 'No']]));
  appendAuditLog(context, 'Offboarded member');

  return sharingStep(() => {
    const found = findCaseDocuments(casesOf(table.records), settings);
    const result: OffboardMemberResult = { email, removedFrom: [], transferredToChair: [], leftForChair: [...found.unreachable] };
    const handle = (item: DriveFile | DriveFolder, label: string): void => {
      const sharing = readSharing(item);
      if (sharing.owner !== email) {
        if (revoke(item, email, sharing)) result.removedFrom.push(label);
      } else if (transferOwnership(item, access.member.email)) {
        result.transferredToChair.push(label);
        if (revoke(item, email)) result.removedFrom.push(label);
      } else {
        result.leftForChair.push(label);
      }
    };
    for (const document of found.documents.values()) handle(document.file, document.caseCodeName);
    if (found.folder) handle(found.folder, CASE_FOLDER_LABEL);
    const key = settings.identityKeySpreadsheetId === '' ? null : openFile(settings.identityKeySpreadsheetId);
    if (key) handle(key, IDENTITY_KEY_LABEL);
    // Leaving means leaving (spec section 9): an editor of the tracker could still type into it.
    const tracker = openFile(context.spreadsheet.getId());
    if (tracker) handle(tracker, STATUS_SPREADSHEET_LABEL);
    return result;
  });
}
