/**
 * Builds the demo workspace of spec section 11 by running the add-on itself where it can: set-up,
 * the identity key and the case documents are made by the bundle's own entry points, so the demo
 * always has the shape the add-on gives; only the historical rows are written straight into the
 * emulated sheets, as a group adopting the add-on would bring them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFunction, RunResponse } from '../runner';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../workspace';
import type { CellValue, SheetState, WorkspaceState } from '../workspace/state';
import { formatDayInZone, midnightInZone } from '../services/sheets/zonedDates';
import { DEMO_CASE_ROWS, DEMO_CONFLICTS, DEMO_MEMBERS, DEMO_PEOPLE } from './demoData';
import { demoCaseSteps } from './demoCaseSteps';

function dateCell(iso: string, timeZone: string): CellValue {
  if (iso === '') return '';
  const [year, month, day] = iso.split('-').map(Number);
  return { date: midnightInZone(year, month, day, timeZone).toISOString() };
}

function sheetOf(workspace: WorkspaceState, spreadsheetId: string, name: string): SheetState {
  const sheet = workspace.spreadsheets[spreadsheetId]?.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`demo: sheet ${name} is missing after set-up`);
  return sheet;
}

/** Writes rows below the header by header text, growing the sheet as Sheets would. */
function appendByHeader(sheet: SheetState, rows: Record<string, CellValue>[]): void {
  const header = (sheet.values[0] ?? []).map((h) => String(h));
  for (const row of rows) sheet.values.push(header.map((title) => row[title] ?? ''));
  sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length);
}

function expectOk(response: RunResponse, what: string): RunResponse & { result: unknown } {
  if ('error' in response) throw new Error(`demo: ${what} failed: ${response.error}`);
  return response as RunResponse & { result: unknown };
}

/** Whether the built bundle has a top-level function of that name. */
function hasEntryPoint(buildDir: string, name: string): boolean {
  return readFileSync(join(buildDir, 'Code.js'), 'utf8').includes(`\nfunction ${name}(`);
}

/**
 * `now` is the demo's day: it dates the open case clocks (demoCaseSteps.ts) and is the clock of the
 * add-on's runs that build it. The real clock when left out.
 */
export function buildDemoWorkspace(buildDir: string, now?: Date): WorkspaceState {
  const workspace = createEmptyWorkspace();
  const statusId = workspace.activeSpreadsheetId;
  const timeZone = workspace.spreadsheets[statusId].timeZone;
  // A working group in London types dates day first, as Sheets reads them in this locale.
  workspace.spreadsheets[statusId].locale = 'en_GB';
  workspace.files[statusId].name = 'Fictional CoC WG status';
  // Leaving means leaving (spec section 9): a member who left no longer edits the tracker.
  workspace.files[statusId].editors = DEMO_MEMBERS.filter((m) => m.active === 'Yes').map((m) => m.email).filter((e) => e !== CHAIR_EMAIL);
  const run = (fn: string, args: unknown[] = [], selection?: { sheet: string; a1: string }) =>
    expectOk(runFunction(workspace, { function: fn, args, user: CHAIR_EMAIL, selection }, { buildDir, now: now && (() => now) }), fn);

  run('setUpSpreadsheet');
  // A group's real tracker has no stray blank first tab; the demo opens on Cases.
  const status = workspace.spreadsheets[statusId];
  status.sheets = status.sheets.filter((sheet) => sheet.name !== 'Sheet1' || sheet.values.length > 0);
  const members = sheetOf(workspace, statusId, 'Members');
  members.values = members.values.slice(0, 1);
  appendByHeader(
    members,
    DEMO_MEMBERS.map((m) => ({ Email: m.email, Role: m.role, 'Identity Key Access': m.identityKeyAccess, Active: m.active })),
  );
  appendByHeader(
    sheetOf(workspace, statusId, 'Conflicts'),
    DEMO_CONFLICTS.map((c) => ({ 'Member Email': c.memberEmail, 'Case Code Name': c.caseCodeName, 'Declared On': dateCell(c.declaredOn, timeZone) })),
  );
  appendByHeader(
    sheetOf(workspace, statusId, 'Cases'),
    DEMO_CASE_ROWS.map((row) => ({
      'Date of Report': dateCell(row.dateOfReport, timeZone),
      'Case Code Name': row.caseCodeName,
      'Person Code Name': row.personCodeName,
      Status: row.status,
      'Resolution Source': row.resolutionSource,
      'Resolution Date': dateCell(row.resolutionDate, timeZone),
      'Safety Risk': row.safetyRisk,
      'Ongoing Harassment': row.ongoingHarassment,
      Consequences: row.consequences,
    })),
  );
  appendByHeader(
    sheetOf(workspace, statusId, 'Case Steps'),
    demoCaseSteps(formatDayInZone(now ?? new Date(), timeZone)).map((s) => ({
      'Case Code Name': s.caseCodeName,
      Step: s.step,
      Date: dateCell(s.date, timeZone),
      'Member Email': s.memberEmail,
    })),
  );

  // The conflicts were written into the sheet above; the add-on believes only its own record, so
  // a repair (with no record yet) records what the sheet shows, as it does for an adopted tracker.
  for (const key of Object.keys(workspace.properties.document)) {
    if (key.startsWith('djangoCoc.conflicts')) delete workspace.properties.document[key];
  }
  run('setUpSpreadsheet');

  if (hasEntryPoint(buildDir, 'createIdentityKey')) {
    const { spreadsheetId } = run('createIdentityKey').result as { spreadsheetId: string };
    appendByHeader(
      sheetOf(workspace, spreadsheetId, 'Identity Key'),
      DEMO_PEOPLE.map((p) => ({ 'Real Name': p.realName, Aliases: p.aliases, 'Person Code Name': p.personCodeName, Flagged: p.flagged })),
    );
    run('refreshIdentityKey');
  }

  if (hasEntryPoint(buildDir, 'openCaseDocument')) {
    const firstRowOfCase = new Map<string, number>();
    DEMO_CASE_ROWS.forEach((row, index) => {
      if (!firstRowOfCase.has(row.caseCodeName)) firstRowOfCase.set(row.caseCodeName, index + 2);
    });
    const documentsColumn = String.fromCharCode(65 + sheetOf(workspace, statusId, 'Cases').values[0].indexOf('Documents'));
    for (const row of firstRowOfCase.values()) run('openCaseDocument', [], { sheet: 'Cases', a1: `${documentsColumn}${row}` });
  }
  workspace.log = [];
  return workspace;
}
