// Contract tests for the SpreadsheetApp global and Spreadsheet, each citing the Apps Script
// behaviour it copies (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app,
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet).
import vm from 'node:vm';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { MIME } from '../../emulator/workspace/state';
import { CHAIR_EMAIL, createEmptyWorkspace, newSheetState, STATUS_SPREADSHEET_ID } from '../../emulator/workspace';
import { createTestRun } from './harness';
import { openTestSpreadsheet } from './sheetsTestKit';

const MEMBER_EMAIL = 'fictional.member@example.org';
const OUTSIDER_EMAIL = 'fictional.outsider@example.com';
const KEY_ID = 'identity-key';

/** The empty workspace plus a private identity key owned by the chair. */
function workspaceWithIdentityKey(): WorkspaceState {
  const workspace = createEmptyWorkspace();
  workspace.files[KEY_ID] = {
    ...workspace.files[STATUS_SPREADSHEET_ID],
    id: KEY_ID,
    name: 'Identity key',
    editors: [MEMBER_EMAIL],
  };
  workspace.spreadsheets[KEY_ID] = { timeZone: 'Europe/London', sheets: [newSheetState('Identity Key', 0)] };
  return workspace;
}

describe('SpreadsheetApp.getActiveSpreadsheet', () => {
  // SpreadsheetApp#getActiveSpreadsheet(): the spreadsheet the script is bound to.
  it('opens the bound spreadsheet', () => {
    const { app } = openTestSpreadsheet();
    expect(app.getActiveSpreadsheet()?.getId()).toBe(STATUS_SPREADSHEET_ID);
    expect(app.getActive()?.getName()).toBe('CoC WG status');
  });
});

describe('SpreadsheetApp active cell', () => {
  const CASES_SELECTION = { sheet: 'Cases', a1: 'B5' };

  function runWithCasesSheet(selection?: { sheet: string; a1: string }) {
    const workspace = createEmptyWorkspace();
    workspace.spreadsheets[STATUS_SPREADSHEET_ID].sheets.push(newSheetState('Cases', 1));
    const { run } = createTestRun({ workspace, selection });
    return createSpreadsheetApp(run);
  }

  // SpreadsheetApp#getActiveSheet() / #getCurrentCell(): where the person's cursor is.
  it('follows the person’s selection', () => {
    const app = runWithCasesSheet(CASES_SELECTION);
    expect([app.getActiveSheet().getName(), app.getCurrentCell().getA1Notation()]).toEqual(['Cases', 'B5']);
  });

  it('gives the whole selected range and its top-left cell', () => {
    const app = runWithCasesSheet({ sheet: 'Cases', a1: 'C3:D4' });
    expect([app.getActiveRange().getA1Notation(), app.getCurrentCell().getA1Notation()]).toEqual(['C3:D4', 'C3']);
  });

  it('is the first sheet’s A1 when no selection is given', () => {
    const app = runWithCasesSheet();
    expect([app.getActiveSheet().getName(), app.getActiveRange().getA1Notation()]).toEqual(['Sheet1', 'A1']);
  });

  // Spreadsheet#setActiveSheet(Sheet): the sheet becomes the active one for the rest of the run.
  it('moves to a sheet the script activates', () => {
    const app = runWithCasesSheet();
    const spreadsheet = app.getActiveSpreadsheet()!;
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Cases')!);
    expect(app.getActiveSheet().getName()).toBe('Cases');
  });

  // Range#activate(): the range becomes the active range.
  it('moves to a range the script activates', () => {
    const app = runWithCasesSheet(CASES_SELECTION);
    app.getActiveSheet().getRange('E9').activate();
    expect(app.getCurrentCell().getA1Notation()).toBe('E9');
  });

  // The person sees where the script left the cursor: the run reports it for the page to show.
  it('reports where the script left the cursor in the bound spreadsheet, and nothing when it did not move it', () => {
    const workspace = createEmptyWorkspace();
    workspace.spreadsheets[STATUS_SPREADSHEET_ID].sheets.push(newSheetState('Cases', 1));
    const { run } = createTestRun({ workspace, selection: CASES_SELECTION });
    const app = createSpreadsheetApp(run);
    app.getActiveSheet().getRange('B5').getValue();
    expect(run.movedSelection).toBeUndefined();
    app.getActiveSpreadsheet()!.insertSheet('Audit Log');
    expect(run.movedSelection).toEqual({ sheet: 'Audit Log', a1: 'A1' });
    app.getActiveSpreadsheet()!.setActiveSheet(app.getActiveSpreadsheet()!.getSheetByName('Cases')!);
    expect(run.movedSelection?.sheet).toBe('Cases');
  });
});

describe('SpreadsheetApp.openById', () => {
  it('opens a spreadsheet the user can edit', () => {
    const { run } = createTestRun({ workspace: workspaceWithIdentityKey(), user: MEMBER_EMAIL });
    expect(createSpreadsheetApp(run).openById(KEY_ID).getSheets()[0].getName()).toBe('Identity Key');
  });

  // Observed: opening a file that is not shared with the user throws "You do not have
  // permission to access the requested document."
  it('refuses a user who is neither owner, editor nor viewer', () => {
    const { run } = createTestRun({ workspace: workspaceWithIdentityKey(), user: OUTSIDER_EMAIL });
    expect(() => createSpreadsheetApp(run).openById(KEY_ID)).toThrow('You do not have permission to access the requested document.');
  });

  // Observed: an id that names no spreadsheet gives this generic error.
  it('refuses an id that names no spreadsheet', () => {
    const { app } = openTestSpreadsheet();
    expect(() => app.openById('no-such-fictional-id')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
  });

  // SpreadsheetApp#openByUrl(String): the id inside the URL.
  it('opens by URL', () => {
    const { run } = createTestRun({ workspace: workspaceWithIdentityKey() });
    const url = `https://docs.google.com/spreadsheets/d/${KEY_ID}/edit#gid=0`;
    expect(createSpreadsheetApp(run).openByUrl(url).getId()).toBe(KEY_ID);
  });
});

describe('SpreadsheetApp.create', () => {
  // SpreadsheetApp#create(String): "Creates a new spreadsheet with the given name", owned by the
  // user, with one sheet.
  it('creates a private spreadsheet owned by the user with one empty sheet', () => {
    const { app, workspace } = openTestSpreadsheet({ user: MEMBER_EMAIL });
    workspace.scriptTimeZone = 'America/Chicago';
    const created = app.create('Identity key');
    const id = created.getId();
    expect(workspace.files[id]).toMatchObject({ name: 'Identity key', owner: MEMBER_EMAIL, mimeType: MIME.spreadsheet, access: 'PRIVATE', parents: [], editors: [] });
    expect(created.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(created.getSpreadsheetTimeZone()).toBe('America/Chicago');
  });

  it('gives each new spreadsheet its own id', () => {
    const { app } = openTestSpreadsheet();
    expect(app.create('One').getId()).not.toBe(app.create('Two').getId());
  });
});

describe('Spreadsheet', () => {
  // Spreadsheet#getUrl(): the edit URL.
  it('gives its edit URL', () => {
    expect(openTestSpreadsheet().spreadsheet.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${STATUS_SPREADSHEET_ID}/edit`);
  });

  // Spreadsheet#rename(String): the Drive file's name changes.
  it('renames its Drive file', () => {
    const { spreadsheet, workspace } = openTestSpreadsheet();
    spreadsheet.rename('Fictional WG status');
    expect(workspace.files[STATUS_SPREADSHEET_ID].name).toBe('Fictional WG status');
  });

  // Spreadsheet#getSheetByName(String): "Returns null if there is no sheet with the given name."
  it('gives null for a missing sheet name', () => {
    expect(openTestSpreadsheet().spreadsheet.getSheetByName('Audit Log')).toBeNull();
  });

  // Spreadsheet#insertSheet(String): a new 1000 x 26 sheet that becomes active.
  it('inserts a new empty sheet with a new id and makes it active', () => {
    const { app, spreadsheet } = openTestSpreadsheet();
    const audit = spreadsheet.insertSheet('Audit Log');
    expect([audit.getSheetId(), audit.getMaxRows(), audit.getMaxColumns(), app.getActiveSheet().getName()]).toEqual([1, 1000, 26, 'Audit Log']);
  });

  // Spreadsheet#insertSheet(String,Integer): sheetIndex is 0-based.
  it('inserts at a 0-based index', () => {
    const { spreadsheet } = openTestSpreadsheet();
    spreadsheet.insertSheet('Settings', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Settings', 'Sheet1']);
  });

  // Observed Sheets message for a duplicate sheet name.
  it('refuses a sheet name already taken', () => {
    expect(() => openTestSpreadsheet().spreadsheet.insertSheet('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists. Please enter another name.');
  });

  // Spreadsheet#deleteSheet(Sheet).
  it('deletes a sheet', () => {
    const { spreadsheet } = openTestSpreadsheet();
    spreadsheet.deleteSheet(spreadsheet.insertSheet('Scratch'));
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  // Spreadsheet#getRange(String): A1 notation with a sheet name.
  it('finds a range on a named sheet', () => {
    const { spreadsheet } = openTestSpreadsheet();
    spreadsheet.insertSheet('Annual Stats').getRange('B3').setValue(12);
    expect(spreadsheet.getRange("'Annual Stats'!A1:B3").getValues()[2]).toEqual(['', 12]);
  });

  // Spreadsheet#setSpreadsheetTimeZone(String).
  it('changes its time zone', () => {
    const { spreadsheet } = openTestSpreadsheet();
    spreadsheet.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
  });

  // Spreadsheet#toast(String,String,Number): a pop-up the emulator records.
  it('records a toast', () => {
    const { spreadsheet, run } = openTestSpreadsheet();
    spreadsheet.toast('Saved', 'Django CoC', 5);
    expect(run.shown).toEqual([{ type: 'toast', title: 'Django CoC', message: 'Saved', timeoutSeconds: 5 }]);
  });

  it('refuses a toast timeout that is not a number rather than dropping it', () => {
    const { run, spreadsheet } = openTestSpreadsheet();
    expect(() => spreadsheet.toast('Saved', 'Django CoC', 'soon' as never)).toThrow("The parameters (String,String,String) don't match the method signature for SpreadsheetApp.Spreadsheet.toast.");
    expect(run.shown).toEqual([]);
  });

  // Spreadsheet#addEditor(String) / #removeEditor(String) / #getEditors().
  it('adds and removes editors on its Drive file', () => {
    const { spreadsheet, workspace } = openTestSpreadsheet();
    spreadsheet.addEditor(MEMBER_EMAIL);
    const withMember = spreadsheet.getEditors().map((u) => u.getEmail());
    spreadsheet.removeEditor(MEMBER_EMAIL);
    expect(withMember).toEqual([CHAIR_EMAIL, MEMBER_EMAIL]);
    expect(workspace.files[STATUS_SPREADSHEET_ID].editors).toEqual([]);
  });

  it('gives its owner', () => {
    expect(openTestSpreadsheet().spreadsheet.getOwner().getEmail()).toBe(CHAIR_EMAIL);
  });
});

describe('Spreadsheet service instrumentation', () => {
  it('counts every call by type and method', () => {
    const { run, sheet } = openTestSpreadsheet();
    const range = sheet.getRange(1, 1, 2, 2);
    range.getValues();
    range.getValues();
    expect(run.calls).toMatchObject({ 'SpreadsheetApp.getActiveSpreadsheet': 1, 'Sheet.getRange': 1, 'Range.getValues': 2 });
  });

  it('makes the chosen call fail as a service error would', () => {
    // Calls 1 and 2 are getActiveSpreadsheet and getSheets in openTestSpreadsheet.
    const { sheet } = openTestSpreadsheet({ failAtCall: 4 });
    const range = sheet.getRange('A1');
    expect(() => range.setValue('x')).toThrow('Service error: Spreadsheets');
  });

  it('throws for a method the emulator does not implement', () => {
    const { sheet } = openTestSpreadsheet();
    const unimplemented = sheet as unknown as { getBandings(): unknown };
    expect(() => unimplemented.getBandings()).toThrow('Sheet.getBandings is not implemented in the emulator');
  });

  it('throws when a script reads from an enum the emulator lacks (regression: it read as undefined)', () => {
    const { app } = openTestSpreadsheet();
    const unemulated = app as unknown as { WrapStrategy: { WRAP: unknown } };
    expect(() => unemulated.WrapStrategy.WRAP).toThrow('SpreadsheetApp.WrapStrategy is not implemented in the emulator');
  });

  it('keeps emulator internals out of the script’s reach', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1') as unknown as { location(): unknown };
    expect(() => range.location()).toThrow('not implemented in the emulator');
  });
});

describe('SpreadsheetApp inside the script’s realm', () => {
  /** Runs script source in the bundle's own context, with the SpreadsheetApp global. */
  function runScript(source: string): unknown {
    const { run, context } = createTestRun();
    context.SpreadsheetApp = createSpreadsheetApp(run);
    return vm.runInContext(source, context);
  }

  // Range#getValues(): values are the script's own Arrays and Dates, as in Apps Script's V8.
  it('takes the script’s arrays and Dates and hands back its own', () => {
    const result = runScript(`
      var range = SpreadsheetApp.getActiveSheet().getRange(2, 1, 1, 2);
      range.setValues([['Fictional One', new Date(Date.UTC(2024, 2, 5))]]);
      var values = range.getValues();
      JSON.stringify([values instanceof Array, values[0] instanceof Array, values[0][1] instanceof Date, values[0][1].getTime()]);
    `);
    expect(JSON.parse(result as string)).toEqual([true, true, true, Date.UTC(2024, 2, 5)]);
  });

  it('throws errors the script sees as its own Error', () => {
    const result = runScript(`
      var caught;
      try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { caught = e; }
      JSON.stringify([caught instanceof Error, caught.message]);
    `);
    expect(JSON.parse(result as string)).toEqual([true, 'The starting row of the range is too small.']);
  });
});
