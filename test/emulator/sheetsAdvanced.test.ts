/**
 * The Sheets advanced service's Spreadsheets.get with a field mask, as Google documents it:
 * - https://developers.google.com/apps-script/advanced/sheets (the service, enabled in the manifest)
 * - https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 * - https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * - https://developers.google.com/workspace/sheets/api/guides/field-masks
 */
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { createSheetsAdvancedService } from '../../emulator/services/sheets/sheetsAdvanced';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { createTestRun } from './harness';

const EDITOR = 'fictional.editor@example.org';
const STRANGER = 'fictional.stranger@example.net';
const PROTECTIONS = 'sheets(properties/title,protectedRanges(range,warningOnly,requestingUserCanEdit,unprotectedRanges,editors(users,domainUsersCanEdit)))';

type Spreadsheet = { sheets?: { properties?: { title?: string }; protectedRanges?: Record<string, unknown>[] }[] };

function sharedWorkspace(): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[workspace.activeSpreadsheetId].editors.push(EDITOR);
  return workspace;
}

function sheetsFor(workspace: WorkspaceState, user = CHAIR_EMAIL) {
  const { run } = createTestRun({ workspace, user });
  const sheets = createSheetsAdvancedService(run) as unknown as { Spreadsheets: { get(id: unknown, options?: unknown): Spreadsheet } };
  return { run, sheets, id: workspace.activeSpreadsheetId };
}

/** The first sheet protected as the owner, with only the owner left as an editor. */
function protectFirstSheetForOwnerOnly(workspace: WorkspaceState, options: { warningOnly?: boolean } = {}) {
  const { run } = createTestRun({ workspace, user: CHAIR_EMAIL });
  const sheet = createSpreadsheetApp(run).getActiveSpreadsheet()!.getSheets()[0];
  const protection = sheet.protect();
  protection.removeEditors([EDITOR]);
  protection.setDomainEdit(false);
  if (options.warningOnly) protection.setWarningOnly(true);
  return { protection, sheetName: sheet.getName() };
}

describe('Sheets.Spreadsheets.get (Sheets advanced service v4)', () => {
  it('returns every sheet protection with its editors in one call, as the Spreadsheet service lists them', () => {
    const workspace = sharedWorkspace();
    const { protection, sheetName } = protectFirstSheetForOwnerOnly(workspace);
    const { run, sheets, id } = sheetsFor(workspace);
    const answer = sheets.Spreadsheets.get(id, { fields: PROTECTIONS });
    expect(answer.sheets?.[0]).toEqual({
      properties: { title: sheetName },
      // "The range may be fully unbounded, in which case this is considered a protected sheet";
      // a false field (warningOnly, domainUsersCanEdit) is left out of the JSON.
      protectedRanges: [{ range: { sheetId: 0 }, requestingUserCanEdit: true, editors: { users: protection.getEditors().map((user) => user.getEmail()) } }],
    });
    expect(run.calls).toEqual({ 'Sheets.Spreadsheets.get': 1 });
  });

  it('shows the editors only to someone who may edit the protected sheet', () => {
    const workspace = sharedWorkspace();
    protectFirstSheetForOwnerOnly(workspace);
    const { sheets, id } = sheetsFor(workspace, EDITOR);
    // "This field is only visible to users with edit access to the protected range and the document."
    expect(sheets.Spreadsheets.get(id, { fields: PROTECTIONS }).sheets?.[0].protectedRanges).toEqual([{ range: { sheetId: 0 } }]);
  });

  it('gives no editors for a warning-only protection', () => {
    const workspace = sharedWorkspace();
    protectFirstSheetForOwnerOnly(workspace, { warningOnly: true });
    const { sheets, id } = sheetsFor(workspace, EDITOR);
    // "Editors are not supported with warning_only protection."
    expect(sheets.Spreadsheets.get(id, { fields: PROTECTIONS }).sheets?.[0].protectedRanges).toEqual([{ range: { sheetId: 0 }, warningOnly: true, requestingUserCanEdit: true }]);
  });

  it('gives a protected range its bounds, zero-based and end-exclusive', () => {
    const workspace = sharedWorkspace();
    const { run } = createTestRun({ workspace, user: CHAIR_EMAIL });
    createSpreadsheetApp(run).getActiveSpreadsheet()!.getSheets()[0].getRange('B2:C4').protect();
    const { sheets, id } = sheetsFor(workspace);
    expect(sheets.Spreadsheets.get(id, { fields: 'sheets/protectedRanges/range' }).sheets?.[0].protectedRanges).toEqual([
      { range: { sheetId: 0, startRowIndex: 1, endRowIndex: 4, startColumnIndex: 1, endColumnIndex: 3 } },
    ]);
  });

  it('leaves out a sheet\'s protectedRanges when it has none, and answers only the fields asked for', () => {
    const { sheets, id } = sheetsFor(sharedWorkspace());
    expect(sheets.Spreadsheets.get(id, { fields: 'sheets(properties(sheetId,title),protectedRanges)' })).toEqual({ sheets: [{ properties: { sheetId: 0, title: 'Sheet1' } }] });
  });

  it('refuses someone who cannot open the spreadsheet, and an id that names none', () => {
    const workspace = sharedWorkspace();
    expect(() => sheetsFor(workspace, STRANGER).sheets.Spreadsheets.get(workspace.activeSpreadsheetId, { fields: PROTECTIONS })).toThrow(
      'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
    );
    expect(() => sheetsFor(workspace).sheets.Spreadsheets.get('no-such-spreadsheet', { fields: PROTECTIONS })).toThrow(
      'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
  });

  it('refuses a malformed field mask with the API\'s error', () => {
    const { sheets, id } = sheetsFor(sharedWorkspace());
    expect(() => sheets.Spreadsheets.get(id, { fields: 'sheets(properties' })).toThrow('API call to sheets.spreadsheets.get failed with error: Invalid field selection');
  });

  it('fails loudly on what it does not model: no mask, other parameters, other fields', () => {
    const { sheets, id } = sheetsFor(sharedWorkspace());
    expect(() => sheets.Spreadsheets.get(id)).toThrow('not implemented in the emulator');
    expect(() => sheets.Spreadsheets.get(id, { fields: 'sheets/properties/title', includeGridData: true })).toThrow('not implemented in the emulator');
    expect(() => sheets.Spreadsheets.get(id, { fields: 'sheets/data' })).toThrow('not implemented in the emulator');
  });
});
