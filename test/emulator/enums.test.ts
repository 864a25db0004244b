// Contract tests for the emulator's Apps Script enums. Google's enum members are objects, not
// strings: ScriptApp.AuthMode "An enumeration that identifies which categories of authorized
// services Apps Script is able to execute" (https://developers.google.com/apps-script/reference/script/auth-mode),
// so `e.authMode === 'NONE'` is false on Google and `e.authMode === ScriptApp.AuthMode.NONE` is how
// a script compares; `String(member)` gives the member's name. Methods that take an enum
// (Folder#setSharing(Access, Permission), Ui#alert(String, ButtonSet)) take its members, not names.
import { createDriveApp } from '../../emulator/services/drive/driveApp';
import { createScriptApp } from '../../emulator/services/script/scriptApp';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { createTestRun } from './harness';

describe('Apps Script enums in the emulator', () => {
  it('hands out each member as an object that prints as its name, not as a string', () => {
    const { run } = createTestRun();
    const { AuthMode } = createScriptApp(run);
    expect(typeof AuthMode.NONE).toBe('object');
    expect(AuthMode.NONE === ('NONE' as unknown)).toBe(false);
    expect([String(AuthMode.NONE), `${AuthMode.LIMITED}`, AuthMode.FULL.name(), AuthMode.FULL.ordinal()]).toEqual(['NONE', 'LIMITED', 'FULL', 3]);
  });

  it('hands out the same member every time, so members compare with ===', () => {
    const first = createScriptApp(createTestRun().run).AuthMode.NONE;
    const second = createScriptApp(createTestRun().run).AuthMode.NONE;
    expect(first).toBe(second);
  });

  it('throws for a member it lacks instead of reading undefined', () => {
    const { run } = createTestRun();
    const { AuthMode } = createScriptApp(run) as unknown as { AuthMode: Record<string, unknown> };
    expect(() => AuthMode.OFFLINE).toThrow('ScriptApp.AuthMode.OFFLINE is not implemented in the emulator');
  });

  it('returns enum members from getters, the very members the service offers', () => {
    const { run } = createTestRun();
    const drive = createDriveApp(run);
    const folder = drive.createFolder('Fictional folder');
    expect(folder.getSharingAccess()).toBe(drive.Access.PRIVATE);
    expect(folder.getSharingPermission()).toBe(drive.Permission.NONE);
  });

  it('refuses a member\'s name where a method takes the member, changing nothing', () => {
    const { run } = createTestRun();
    const drive = createDriveApp(run);
    const folder = drive.createFolder('Fictional folder') as unknown as { setSharing(a: unknown, p: unknown): unknown; getSharingAccess(): unknown };
    expect(() => folder.setSharing('ANYONE_WITH_LINK', 'VIEW')).toThrow("The parameters (String,String) don't match the method signature for DriveApp.Folder.setSharing.");
    expect(folder.getSharingAccess()).toBe(drive.Access.PRIVATE);
    folder.setSharing(drive.Access.ANYONE_WITH_LINK, drive.Permission.VIEW);
    expect(folder.getSharingAccess()).toBe(drive.Access.ANYONE_WITH_LINK);
  });

  it('refuses a member of another enum', () => {
    const { run } = createTestRun({ answers: ['YES'] });
    const ui = createSpreadsheetApp(run).getUi() as unknown as { alert(m: string, b: unknown): unknown; Button: Record<string, unknown> };
    expect(() => ui.alert('Continue?', ui.Button.YES)).toThrow("The parameters (String,Button) don't match the method signature for Ui.alert.");
    expect(() => ui.alert('Continue?', 'YES_NO')).toThrow("The parameters (String,String) don't match the method signature for Ui.alert.");
  });
});
