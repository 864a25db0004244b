/**
 * Screen an attendee list (spec section 15): reads Settings (the suspensions' lengths), `Cases`
 * and the identity key once each, screens the pasted lines, and appends one audit line saying
 * only how many lines were screened and matched. The list itself goes nowhere: not into a sheet,
 * a property, the log or an error. The caller checks Identity Key Access and holds the lock.
 */
import { ActionContext } from '../gas/context';
import { screenedListAction } from '../core/auditLog';
import { UserError } from '../core/errors';
import { readRetentionTable } from '../core/retention/retentionTable';
import { SETTINGS_SHEET } from '../core/schema';
import { ScreeningRequest } from '../core/screening/screeningRequest';
import { screenAttendeeLines } from '../core/screening/screenAttendees';
import { screeningReply } from '../core/screening/screeningReply';
import type { ScreeningResult } from '../core/apiTypes';
import { appendAuditLog } from './audit';
import { openIdentityKey } from './identityKey';
import { notSetUp, readCasesSheet, readSettingsSheet } from './records';

/**
 * @throws UserError 'retention-table-invalid' naming each bad cell of the table that gives the
 * suspensions' lengths; the identity key's errors ('identity-key-not-linked', ...).
 */
export function screenAttendees(context: ActionContext, request: ScreeningRequest): ScreeningResult {
  const { snapshot, settings } = readSettingsSheet(context);
  if (!snapshot) throw notSetUp(SETTINGS_SHEET);
  const { table, problems } = readRetentionTable(snapshot.values, settings.vocabularies.consequences);
  if (problems.length > 0) {
    throw new UserError(
      'retention-table-invalid',
      `The retention table in Settings gives the suspensions' lengths, and it needs correcting before a list can be screened: ${problems.join(' ')}`,
    );
  }
  const cases = readCasesSheet(context);
  const key = openIdentityKey(context, settings);
  const matches = screenAttendeeLines({ lines: request.lines, entries: key.table.entries, records: cases.table.records, table, eventDate: request.eventDate });
  appendAuditLog(context, screenedListAction(request.lines.length, matches.length));
  return { screened: request.lines.length, matches, draftReply: screeningReply(request.eventDate, matches) };
}
