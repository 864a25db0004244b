import { ActionContext } from '../gas/context';
import { appendBlock, appendRow } from '../gas/spreadsheet';
import { AUDIT_LOG_SHEET } from '../core/schema';
import { AuditAction, auditLogHeaderRow, auditLogRow } from '../core/auditLog';
import { UserError } from '../core/errors';
import { AUDIT_DIGEST_KEY, chainInput } from '../core/auditChain';
import { cellText } from '../core/cells';
import { readDocumentProperty, writeDocumentProperty } from '../gas/documentProperties';
import { sha256OfText } from '../gas/digest';

/**
 * Appends one line to `Audit Log`: timestamp, member, action and case code names, nothing else,
 * and the line's digest.
 * Set-up creates the sheet; if someone deleted it since, it is made again rather than losing the line.
 */
export function appendAuditLog(context: ActionContext, action: AuditAction, caseCodeNames: readonly string[] = []): void {
  const line = auditLogRow(context.now.toISOString(), context.userEmail, action, caseCodeNames);
  // Chained (spec section 9): the line carries the digest of the newest line on record and of
  // itself; the newest digest is kept where no cell edit reaches it, once the line is in.
  const digest = sha256OfText(chainInput(readDocumentProperty(AUDIT_DIGEST_KEY) ?? '', line.map((cell) => cellText(cell))));
  // The apostrophe keeps Sheets from reading a digest such as 1e52... as a number.
  const row = [...line, `'${digest}`];
  const sheet = context.spreadsheet.getSheetByName(AUDIT_LOG_SHEET);
  if (sheet) appendRow(sheet, row);
  else appendBlock(context.spreadsheet.insertSheet(AUDIT_LOG_SHEET), [auditLogHeaderRow(), row], 0);
  writeDocumentProperty(AUDIT_DIGEST_KEY, digest);
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
