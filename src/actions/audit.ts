import { ActionContext } from '../gas/context';
import { appendBlock } from '../gas/spreadsheet';
import { AUDIT_LOG_SHEET } from '../core/schema';
import { AuditAction, auditLogHeaderRow, auditLogRow } from '../core/auditLog';

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
