import { ActionContext } from '../gas/context';
import { appendBlock } from '../gas/spreadsheet';
import { AUDIT_LOG_SHEET } from '../core/schema';
import { AuditAction, auditLogHeaderRow, auditLogRow } from '../core/auditLog';
import { UserError } from '../core/errors';

/**
 * Appends one line to `Audit Log`: timestamp, member, action and case code names, nothing else.
 * Set-up creates the sheet; if someone deleted it since, it is made again rather than losing the line.
 */
export function appendAuditLog(context: ActionContext, action: AuditAction, caseCodeNames: readonly string[] = []): void {
  const row = auditLogRow(context.now.toISOString(), context.userEmail, action, caseCodeNames);
  let sheet = context.spreadsheet.getSheetByName(AUDIT_LOG_SHEET);
  if (!sheet) {
    sheet = context.spreadsheet.insertSheet(AUDIT_LOG_SHEET);
    appendBlock(sheet, [auditLogHeaderRow(), row], 0);
    return;
  }
  appendBlock(sheet, [row]);
}

/**
 * Appends the line for changes already made, which a fault here cannot undo and a retry would not
 * log again (it finds nothing left to do): the fault is said plainly, with what was done, so that
 * the line is added by hand.
 *
 * @param done what the action changed, as the start of a sentence.
 */
export function appendAuditLogAfter(context: ActionContext, action: AuditAction, caseCodeNames: readonly string[], done: string): void {
  try {
    appendAuditLog(context, action, caseCodeNames);
  } catch {
    throw new UserError('audit-log-incomplete', `${done}, but the Audit Log could not be updated. Please add a "${action}" line to it by hand.`);
  }
}
