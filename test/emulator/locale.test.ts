/**
 * Typed dates follow the spreadsheet's locale: "the locale [...] affects formatting details such as
 * functions, dates, and currency" (https://support.google.com/docs/answer/58515), so 3/4/2025 is
 * 3 April in en_GB and March 4 in en_US; a new spreadsheet's locale is en_US unless set otherwise
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()).
 */
import { writeTypedValue, createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { createEmptyWorkspace, STATUS_SPREADSHEET_ID } from '../../emulator/workspace';
import { parseWorkspace } from '../../emulator/workspace/workspaceShape';
import { formatDayInZone } from '../../emulator/services/sheets/zonedDates';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { createTestRun } from './harness';

function typedDay(locale: string | undefined, typed: string): string {
  const workspace = createEmptyWorkspace();
  if (locale) workspace.spreadsheets[STATUS_SPREADSHEET_ID].locale = locale;
  writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'A1', typed);
  const cell = workspace.spreadsheets[STATUS_SPREADSHEET_ID].sheets[0].values[0][0] as { date: string };
  return formatDayInZone(new Date(cell.date), 'Europe/London');
}

describe('a typed date (POST /api/edit)', () => {
  it.each([
    ['en_GB', '2025-04-03'],
    ['de_DE', '2025-04-03'],
    ['en_US', '2025-03-04'],
    [undefined, '2025-03-04'],
  ])('reads 3/4/2025 in %s as %s', (locale, day) => {
    expect(typedDay(locale, '3/4/2025')).toBe(day);
  });

  it('keeps text that is no day in the locale as text', () => {
    const workspace = createEmptyWorkspace();
    workspace.spreadsheets[STATUS_SPREADSHEET_ID].locale = 'en_GB';
    writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'A1', '12/31/2025');
    expect(workspace.spreadsheets[STATUS_SPREADSHEET_ID].sheets[0].values[0][0]).toBe('12/31/2025');
  });
});

describe('a date a script writes as text', () => {
  it('follows the locale too', () => {
    const workspace = createEmptyWorkspace();
    workspace.spreadsheets[STATUS_SPREADSHEET_ID].locale = 'en_GB';
    const { run } = createTestRun({ workspace });
    const app = createSpreadsheetApp(run) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const spreadsheet = app.getActiveSpreadsheet();
    spreadsheet.getSheets()[0].getRange('A1').setValue('3/4/2025');
    const cell = workspace.spreadsheets[STATUS_SPREADSHEET_ID].sheets[0].values[0][0] as { date: string };
    expect([spreadsheet.getSpreadsheetLocale(), formatDayInZone(new Date(cell.date), 'Europe/London')]).toEqual(['en_GB', '2025-04-03']);
  });
});

describe('the workspace’s locale', () => {
  it('is accepted by PUT /api/workspace’s shape check, and refused when malformed', () => {
    const workspace: WorkspaceState = createEmptyWorkspace();
    workspace.spreadsheets[STATUS_SPREADSHEET_ID].locale = 'en_GB';
    expect(() => parseWorkspace(structuredClone(workspace))).not.toThrow();
    workspace.spreadsheets[STATUS_SPREADSHEET_ID].locale = 'British';
    expect(() => parseWorkspace(workspace)).toThrow('must be a locale such as en_GB: British');
  });
});
