import { GridRange, overlapsRange, parseA1, resolveA1 } from '../../workspace/a1';
import type { DriveFileState, ProtectionState, SheetState, WorkspaceState } from '../../workspace/state';
import { canEdit as canEditFile } from '../../workspace/access';

/**
 * The one rule every write of the Spreadsheet service and every typed edit goes through
 * ({@link checkWrite}): the spreadsheet's own sharing, then its protected sheets and ranges
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */

/** Apps Script's refusal when a user may not see (or, for a write, may not edit) a file. */
export const NO_PERMISSION = 'You do not have permission to access the requested document.';

/** Sheets' message when someone writes to a protected cell they may not edit. */
export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export function lower(email: string): string {
  return email.trim().toLowerCase();
}

export function statusFile(workspace: WorkspaceState, spreadsheetId: string): DriveFileState {
  const file = workspace.files[spreadsheetId];
  if (!file) throw new Error('The spreadsheet no longer exists.');
  return file;
}

function inDomain(workspace: WorkspaceState, user: string): boolean {
  return lower(user).endsWith(`@${workspace.domain.toLowerCase()}`);
}

/**
 * Whether `user` may edit what the protection covers. "The spreadsheet owner is always able to
 * edit protected ranges and sheets" (Protection.canEdit); until the editors were first changed
 * "the permissions mirror those of the spreadsheet itself" (Sheet.protect); warning-only protection
 * lets every editor through after a warning (Protection.setWarningOnly).
 */
export function userMayEdit(workspace: WorkspaceState, spreadsheetId: string, protection: ProtectionState, user: string): boolean {
  const file = statusFile(workspace, spreadsheetId);
  if (lower(file.owner) === lower(user)) return true;
  if (!canEditFile(file, user, workspace)) return false;
  if (protection.warningOnly || protection.editors === null) return true;
  if (protection.editors.some((email) => lower(email) === lower(user))) return true;
  return protection.domainEdit && inDomain(workspace, user);
}

export function protectedArea(sheet: SheetState, protection: ProtectionState): GridRange {
  if (protection.type === 'SHEET' || protection.range === undefined) return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  const reference = parseA1(protection.range);
  if (!reference) return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  return resolveA1(reference, sheet.maxRows, sheet.maxColumns);
}

/**
 * Throws what Sheets says when `user` may not make this write: the spreadsheet's own sharing
 * first (a viewer or stranger edits nothing), then every protection of the sheet that covers the
 * cells ("If a cell is protected by multiple protected ranges and any of them prevent a particular
 * user from editing the cell, then that user is not permitted to edit the cell", Range.protect).
 * `cells` left out means the sheet as a whole (rename, delete, protect): only sheet protection counts.
 */
export function checkWrite(workspace: WorkspaceState, user: string, spreadsheetId: string, sheetId?: number, cells?: GridRange): void {
  const file = statusFile(workspace, spreadsheetId);
  if (!canEditFile(file, user, workspace)) throw new Error(NO_PERMISSION);
  if (sheetId === undefined) return;
  const spreadsheet = workspace.spreadsheets[spreadsheetId];
  const sheet = spreadsheet?.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) return;
  for (const protection of spreadsheet.protections ?? []) {
    if (protection.sheetId !== sheetId) continue;
    if (cells === undefined ? protection.type !== 'SHEET' : !overlapsRange(protectedArea(sheet, protection), cells)) continue;
    if (!userMayEdit(workspace, spreadsheetId, protection, user)) throw new Error(PROTECTED_MESSAGE);
  }
}

/** Drops the protections of a deleted sheet, as Sheets does. */
export function forgetSheetProtections(workspace: WorkspaceState, spreadsheetId: string, sheetId: number): void {
  const spreadsheet = workspace.spreadsheets[spreadsheetId];
  if (spreadsheet?.protections) spreadsheet.protections = spreadsheet.protections.filter((p) => p.sheetId !== sheetId);
}
