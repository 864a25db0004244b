import { ActionContext } from '../gas/context';
import { headerRow, readSheet, writeBlock } from '../gas/spreadsheet';
import { applyCasesValidation } from '../gas/dataValidation';
import { withDocumentLock } from '../gas/lock';
import { SheetCell } from '../core/cells';
import { planSetUp } from '../core/setUpPlan';
import { readMembers, checkAccess } from '../core/members';
import {
  ANNUAL_STATS_SHEET, AUDIT_LOG_SHEET, CASES_COLUMNS, CASES_SHEET, CONFLICTS_SHEET, MEMBERS_SHEET, SETTINGS_SHEET,
} from '../core/schema';
import type { SetUpResult } from '../core/apiTypes';
import { appendAuditLogAfter } from './audit';

const OWNED_SHEETS = [CASES_SHEET, SETTINGS_SHEET, MEMBERS_SHEET, CONFLICTS_SHEET, ANNUAL_STATS_SHEET, AUDIT_LOG_SHEET];
const FULLY_READ = new Set([SETTINGS_SHEET, MEMBERS_SHEET]);

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Spec section 5's "Set up or repair": creates or adopts the owned sheets, adds missing headers,
 * freezes the header row and applies data validation. Whoever runs it on a tracker with no members
 * becomes Chair; after that only the chair may run it. A second run changes nothing.
 */
export function setUpSpreadsheet(context: ActionContext): SetUpResult {
  return withDocumentLock(() => {
    const sheets = new Map<string, Sheet>();
    const headerRows: Record<string, SheetCell[] | null> = {};
    const fullValues: Record<string, SheetCell[][]> = {};
    const read = (name: string): void => {
      if (FULLY_READ.has(name)) {
        const snapshot = readSheet(context.spreadsheet, name, context.timeZone);
        if (snapshot) sheets.set(name, snapshot.sheet);
        fullValues[name] = snapshot?.values ?? [];
        headerRows[name] = snapshot ? (snapshot.values[0] ?? []) : null;
      } else {
        const sheet = context.spreadsheet.getSheetByName(name);
        if (sheet) sheets.set(name, sheet);
        headerRows[name] = sheet ? headerRow(sheet, context.timeZone) : null;
      }
    };
    // Spec section 9: Members first, and nothing else is read for someone who may not set up.
    read(MEMBERS_SHEET);
    const members = readMembers(fullValues[MEMBERS_SHEET]).members;
    if (members.length > 0) checkAccess(context.userEmail, members, 'chair', 'run set up or repair');
    for (const name of OWNED_SHEETS) if (name !== MEMBERS_SHEET) read(name);

    const plan = planSetUp({
      headerRows,
      settingsValues: fullValues[SETTINGS_SHEET],
      membersValues: fullValues[MEMBERS_SHEET],
      userEmail: context.userEmail,
    });

    const created: string[] = [];
    for (const { sheet: name, values } of plan.create) {
      const sheet = context.spreadsheet.insertSheet(name);
      writeBlock(sheet, 1, 1, values);
      sheet.getRange(1, 1, 1, values[0].length).setFontWeight('bold');
      sheets.set(name, sheet);
      created.push(name);
    }
    for (const write of plan.writes) {
      writeBlock(sheets.get(write.sheet) as Sheet, write.rowIndex + 1, write.columnIndex + 1, write.values);
    }
    const changed = plan.changes.filter((change) => !created.some((name) => change === `Created sheet ${name}`));
    for (const name of OWNED_SHEETS) {
      const sheet = sheets.get(name) as Sheet;
      if (sheet.getFrozenRows() !== 1) {
        sheet.setFrozenRows(1);
        if (!created.includes(name)) changed.push(`Froze the header row of ${name}`);
      }
    }
    const validated = applyCasesValidation(sheets.get(CASES_SHEET) as Sheet, plan.casesValidation);
    if (!created.includes(CASES_SHEET)) {
      changed.push(...validated.map((rule) => `Applied data validation to ${CASES_COLUMNS[rule.column]} in ${CASES_SHEET}`));
    }
    if (created.length > 0 || changed.length > 0) appendAuditLogAfter(context, 'Set up or repair', [], 'Set up or repair made its changes');
    // Sheets makes each inserted sheet the active one; a set-up that made sheets ends where the
    // work happens rather than on the last sheet it made.
    if (created.length > 0) context.spreadsheet.setActiveSheet(sheets.get(CASES_SHEET) as Sheet);
    return { created, changed };
  });
}
