/**
 * Protected sheets and ranges, and the status spreadsheet's own sharing, as Google documents them:
 * - https://developers.google.com/apps-script/reference/spreadsheet/protection (Protection)
 * - https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect() (Sheet.protect)
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#protect() (Range.protect)
 * - https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getProtections(ProtectionType)
 * - https://support.google.com/docs/answer/1218656 (Protect, hide, and edit sheets): people who may
 *   not edit a protected range see "You are trying to edit a protected cell or object."
 * - https://support.google.com/drive/answer/2494822 (Share files): viewers cannot edit; people the
 *   file is not shared with cannot open it.
 */
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { PROTECTED_MESSAGE, PROTECTION_TYPE } from '../../emulator/services/sheets/protection';
import { NO_PERMISSION } from '../../emulator/services/sheets/writeAccess';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../../emulator/workspace';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { createTestRun } from './harness';

const EDITOR = 'fictional.editor@example.org';
const OTHER_EDITOR = 'fictional.other@example.org';
const VIEWER = 'fictional.viewer@example.org';
const STRANGER = 'fictional.stranger@example.net';

/** The empty workspace shared with two editors and a viewer. */
function sharedWorkspace(): WorkspaceState {
  const workspace = createEmptyWorkspace();
  const file = workspace.files[workspace.activeSpreadsheetId];
  file.editors.push(EDITOR, OTHER_EDITOR);
  file.viewers.push(VIEWER);
  return workspace;
}

const { SHEET, RANGE } = PROTECTION_TYPE;

/** The first sheet of the active spreadsheet, as `user` sees it in a run of their own. */
function sheetAs(workspace: WorkspaceState, user: string) {
  const { run } = createTestRun({ workspace, user });
  const spreadsheet = createSpreadsheetApp(run).getActiveSpreadsheet()!;
  return { app: createSpreadsheetApp(run), spreadsheet, sheet: spreadsheet.getSheets()[0] };
}

/** Protects the first sheet as the owner so that only `editors` (and the owner) may edit it. */
function protectFirstSheet(workspace: WorkspaceState, editors: string[]) {
  const { sheet } = sheetAs(workspace, CHAIR_EMAIL);
  const protection = sheet.protect().setDescription('Members');
  protection.removeEditors(protection.getEditors().map((user) => user.getEmail()));
  protection.addEditors(editors);
  return protection;
}

describe('Sheet.protect', () => {
  it('mirrors the spreadsheet until the editors are changed, so every editor can still write', () => {
    const workspace = sharedWorkspace();
    sheetAs(workspace, CHAIR_EMAIL).sheet.protect();
    expect(() => sheetAs(workspace, EDITOR).sheet.getRange('A1').setValue('typed')).not.toThrow();
  });

  it('returns the existing protection when the sheet is already protected', () => {
    const workspace = sharedWorkspace();
    const { sheet } = sheetAs(workspace, CHAIR_EMAIL);
    sheet.protect().setDescription('first');
    expect(sheet.protect().getDescription()).toBe('first');
    expect(sheet.getProtections(SHEET)).toHaveLength(1);
  });

  it('refuses a script write by a user no longer among its editors, with Sheets\' message', () => {
    const workspace = sharedWorkspace();
    protectFirstSheet(workspace, [EDITOR]);
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.getRange('B2').setValue('Yes')).toThrow(PROTECTED_MESSAGE);
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.appendRow(['x'])).toThrow(PROTECTED_MESSAGE);
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.deleteRows(1, 1)).toThrow(PROTECTED_MESSAGE);
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.setName('Renamed')).toThrow(PROTECTED_MESSAGE);
    expect(workspace.spreadsheets[workspace.activeSpreadsheetId].sheets[0].values).toEqual([]);
  });

  it('leaves a full sheet its size when it refuses an append that would have added a row and a column', () => {
    const workspace = sharedWorkspace();
    protectFirstSheet(workspace, [EDITOR]);
    const state = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets[0];
    Object.assign(state, { values: [['kept']], maxRows: 1, maxColumns: 1 });
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.appendRow(['x', 'y'])).toThrow(PROTECTED_MESSAGE);
    expect([state.maxRows, state.maxColumns, state.values]).toEqual([1, 1, [['kept']]]);
  });

  it('lets its editors and the owner write ("The spreadsheet owner is always able to edit")', () => {
    const workspace = sharedWorkspace();
    protectFirstSheet(workspace, [EDITOR]);
    sheetAs(workspace, EDITOR).sheet.getRange('A1').setValue('by editor');
    sheetAs(workspace, CHAIR_EMAIL).sheet.getRange('B1').setValue('by owner');
    expect(workspace.spreadsheets[workspace.activeSpreadsheetId].sheets[0].values).toEqual([['by editor', 'by owner']]);
  });

  it('lists the owner and its editors, and throws getEditors for a user who may not edit it', () => {
    const workspace = sharedWorkspace();
    protectFirstSheet(workspace, [EDITOR]);
    const [protection] = sheetAs(workspace, CHAIR_EMAIL).sheet.getProtections(SHEET);
    expect(protection.getEditors().map((user) => user.getEmail()).sort()).toEqual([CHAIR_EMAIL, EDITOR].sort());
    const [seenByOther] = sheetAs(workspace, OTHER_EDITOR).spreadsheet.getProtections(SHEET);
    expect(seenByOther.canEdit()).toBe(false);
    expect(() => seenByOther.getEditors()).toThrow(PROTECTED_MESSAGE);
    expect(() => seenByOther.remove()).toThrow(PROTECTED_MESSAGE);
  });

  it('never removes the owner or the current user from the editors', () => {
    const workspace = sharedWorkspace();
    const { sheet } = sheetAs(workspace, EDITOR);
    const protection = sheet.protect();
    protection.removeEditors([CHAIR_EMAIL, EDITOR, OTHER_EDITOR]);
    expect(protection.getEditors().map((user) => user.getEmail()).sort()).toEqual([CHAIR_EMAIL, EDITOR].sort());
  });

  it('does not give an added editor the right to edit the spreadsheet itself', () => {
    const workspace = sharedWorkspace();
    protectFirstSheet(workspace, [VIEWER]);
    expect(() => sheetAs(workspace, VIEWER).sheet.getRange('A1').setValue('x')).toThrow(NO_PERMISSION);
  });

  it('lets everyone in the domain edit with setDomainEdit(true), and canDomainEdit says so', () => {
    const workspace = sharedWorkspace();
    const protection = protectFirstSheet(workspace, []);
    expect(protection.canDomainEdit()).toBe(false);
    protection.setDomainEdit(true);
    expect(protection.canDomainEdit()).toBe(true);
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.getRange('A1').setValue('x')).not.toThrow();
  });

  it('lets every editor write through warning-only protection (a script is not asked to confirm)', () => {
    const workspace = sharedWorkspace();
    const protection = protectFirstSheet(workspace, []);
    protection.setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.getRange('A1').setValue('x')).not.toThrow();
  });

  it('stops protecting once removed, and a deleted sheet takes its protection with it', () => {
    const workspace = sharedWorkspace();
    const protection = protectFirstSheet(workspace, []);
    protection.remove();
    expect(() => sheetAs(workspace, OTHER_EDITOR).sheet.getRange('A1').setValue('x')).not.toThrow();
    const { spreadsheet } = sheetAs(workspace, CHAIR_EMAIL);
    const extra = spreadsheet.insertSheet('Extra');
    extra.protect().removeEditors([EDITOR]);
    spreadsheet.deleteSheet(extra);
    expect(spreadsheet.getProtections(SHEET)).toHaveLength(0);
  });

  it('refuses a protection type that is not SpreadsheetApp.ProtectionType, a string included', () => {
    expect(() => sheetAs(sharedWorkspace(), CHAIR_EMAIL).spreadsheet.getProtections('SHEET')).toThrow(/parameters/);
  });
});

describe('Range.protect', () => {
  it('protects only its cells, and any overlapping protection that refuses the user wins', () => {
    const workspace = sharedWorkspace();
    const { sheet } = sheetAs(workspace, CHAIR_EMAIL);
    sheet.getRange('B2:C3').protect().removeEditors([EDITOR, OTHER_EDITOR]);
    sheet.getRange('C3:D4').protect();
    const asEditor = sheetAs(workspace, EDITOR).sheet;
    expect(() => asEditor.getRange('A1').setValue('free')).not.toThrow();
    expect(() => asEditor.getRange('C3').setValue('x')).toThrow(PROTECTED_MESSAGE);
    expect(() => asEditor.getRange('A1:B2').setValues([['a', 'b'], ['c', 'd']])).toThrow(PROTECTED_MESSAGE);
    expect(() => asEditor.getRange('D4').setBackground('#ff0000')).not.toThrow();
    expect(sheet.getProtections(RANGE).map((p) => (p.getRange() as { getA1Notation(): string }).getA1Notation())).toEqual(['B2:C3', 'C3:D4']);
  });
});

describe('the status spreadsheet\'s own sharing', () => {
  it('refuses any write by a viewer or a stranger with the permission error', () => {
    const workspace = sharedWorkspace();
    expect(() => sheetAs(workspace, VIEWER).sheet.getRange('A1').setValue('x')).toThrow(NO_PERMISSION);
    expect(() => sheetAs(workspace, VIEWER).spreadsheet.insertSheet('Mine')).toThrow(NO_PERMISSION);
    expect(() => sheetAs(workspace, STRANGER).sheet.getRange('A1').setValue('x')).toThrow(NO_PERMISSION);
  });

  it('takes a removed editor\'s right to write away at once', () => {
    const workspace = sharedWorkspace();
    sheetAs(workspace, CHAIR_EMAIL).spreadsheet.removeEditor(EDITOR);
    expect(() => sheetAs(workspace, EDITOR).sheet.getRange('A1').setValue('x')).toThrow(NO_PERMISSION);
  });
});
