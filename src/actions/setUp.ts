import { ActionContext } from '../gas/context';
import { headerRow, readSheet, writeBlock } from '../gas/spreadsheet';
import { applyColumnValidation } from '../gas/dataValidation';
import { withDocumentLock } from '../gas/lock';
import { SheetCell } from '../core/cells';
import { SHEET_ORDER, planSetUp } from '../core/setUpPlan';
import { CASE_STEPS_COLUMNS, CASE_STEPS_SHEET } from '../core/caseSteps';
import { readMembers, checkAccess, Member, normaliseEmail } from '../core/members';
import { activeChairs, chairsToProtectFor } from '../core/authority';
import { UserError } from '../core/errors';
import { ownerOfRunSpreadsheet } from '../gas/protection';
import { protectAuthority, readAuthority, recordedChairs } from './authority';
import {
  CASES_COLUMNS, CASES_SHEET, MEMBERS_SHEET, SETTINGS_SHEET,
} from '../core/schema';
import type { SetUpResult } from '../core/apiTypes';
import { appendAuditLogAfter } from './audit';
import { readConflictsSheet } from './records';
import { saveConflicts } from './members/memberRecords';

const OWNED_SHEETS = SHEET_ORDER;
const FULLY_READ = new Set([SETTINGS_SHEET, MEMBERS_SHEET]);

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ACTION = 'run set up or repair';

function ownerNotChairWarning(owner: string): string {
  return `The spreadsheet's owner, ${owner}, is not a chair, yet Google always lets the owner edit Members and Settings. Make the owner a chair, or transfer ownership of the spreadsheet to a chair.`;
}

/**
 * Who may repair (spec section 9). While Members and Settings are protected, a chair in Members.
 * When they are not, Members may have been typed into, so only the owner or a chair on record from
 * the last protection may repair; a tracker never protected before trusts Members once. Returns
 * the warnings the person must read.
 */
function requireRepairer(context: ActionContext, members: readonly Member[], owner: string): { warnings: string[]; chairs: string[] } {
  const user = normaliseEmail(context.userEmail);
  if (user !== owner) checkAccess(user, members, 'member', ACTION);
  const { problems, protections } = readAuthority(context, members);
  const recorded = recordedChairs();
  const chairs = chairsToProtectFor(members, problems.length === 0, recorded);
  if (problems.length === 0) {
    if (user !== owner) checkAccess(user, members, 'chair', ACTION);
    return { warnings: [], chairs };
  }
  if (user !== owner && protections.some((protection) => protection.protected && !protection.userCanEdit)) {
    throw new UserError(
      'chair-only',
      `Google does not let you edit the protected Members or Settings sheet, so you cannot repair its protection. Only the spreadsheet's owner${owner === '' ? '' : ` (${owner})`} can now.`,
    );
  }
  if (user !== owner) {
    if (recorded === null) checkAccess(user, members, 'chair', ACTION);
    else if (!recorded.includes(user)) {
      throw new UserError(
        'chair-only',
        `Members and Settings are not protected, so Django CoC cannot tell from them who the chair is. Only the spreadsheet's owner${owner === '' ? '' : ` (${owner})`} or the chair on record (${recorded.join(', ')}) can run Set up or repair now.`,
      );
    }
  }
  const unrecorded = activeChairs(members).filter((email) => !chairs.includes(email));
  const warnings = [
    `Members and Settings were not protected (${problems.join(' ')}) Anyone could have changed them: check every Role, Identity Key Access and Active cell in Members, and every ID in Settings. Only ${chairs.join(', ') || 'the owner'} can edit them now.`,
  ];
  if (unrecorded.length > 0) {
    warnings.push(`Members lists ${unrecorded.join(', ')} as chair, but ${unrecorded.length === 1 ? 'that person was' : 'they were'} not a chair when the sheets were last protected, so Django CoC will not treat them as chair. Correct the Role cell, or hand the chair over with Django CoC › Members › Hand over the chair.`);
  }
  const demoted = chairs.filter((email) => !activeChairs(members).includes(email));
  if (demoted.length > 0) {
    warnings.push(`${demoted.join(', ')} ${demoted.length === 1 ? 'was a chair' : 'were chairs'} when the sheets were last protected but ${demoted.length === 1 ? 'is' : 'are'} not an active Chair in Members now: correct the Role and Active cells if that was not the chair's doing.`);
  }
  return { warnings, chairs };
}

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
    const owner = ownerOfRunSpreadsheet(context);
    const { warnings, chairs } = members.length > 0 ? requireRepairer(context, members, owner) : { warnings: [], chairs: [normaliseEmail(context.userEmail)] };
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
    const validated = applyColumnValidation(sheets.get(CASES_SHEET) as Sheet, plan.casesValidation);
    if (!created.includes(CASES_SHEET)) {
      changed.push(...validated.map((rule) => `Applied data validation to ${CASES_COLUMNS[rule.column]} in ${CASES_SHEET}`));
    }
    const stepsValidated = applyColumnValidation(sheets.get(CASE_STEPS_SHEET) as Sheet, plan.caseStepsValidation);
    if (!created.includes(CASE_STEPS_SHEET)) {
      changed.push(...stepsValidated.map((rule) => `Applied data validation to ${CASE_STEPS_COLUMNS[rule.column]} in ${CASE_STEPS_SHEET}`));
    }
    const conflicts = readConflictsSheet(context);
    if (!conflicts.recorded) {
      saveConflicts(context, conflicts.snapshot, conflicts.view);
      changed.push(`Recorded the ${conflicts.view.length} conflicts of interest where no cell edit reaches them; the Conflicts sheet now only shows them`);
    }
    changed.push(...protectAuthority(context, chairs, owner));
    if (owner !== '' && !chairs.includes(owner)) warnings.push(ownerNotChairWarning(owner));
    if (created.length > 0 || changed.length > 0) appendAuditLogAfter(context, 'Set up or repair', [], 'Set up or repair made its changes');
    // Sheets makes each inserted sheet the active one; a set-up that made sheets ends where the
    // work happens rather than on the last sheet it made.
    if (created.length > 0) context.spreadsheet.setActiveSheet(sheets.get(CASES_SHEET) as Sheet);
    return { created, changed, warnings };
  });
}
