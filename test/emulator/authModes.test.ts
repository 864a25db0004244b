/**
 * Simple triggers and authorisation modes. A simple trigger runs in AuthMode.LIMITED: "They cannot
 * access services that require authorization" and "can modify the file they are bound to, but
 * cannot access other files" (https://developers.google.com/apps-script/guides/triggers#restrictions).
 * An add-on's onOpen runs in AuthMode.NONE when it has not been used in the document, "a mode that
 * does not allow access to any services that require authorization"
 * (https://developers.google.com/apps-script/reference/script/auth-mode), where it may only build
 * its menu (https://developers.google.com/workspace/add-ons/concepts/menus).
 */
import { createTestRun } from './harness';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { createDriveApp } from '../../emulator/services/drive/driveApp';
import { createDocumentApp } from '../../emulator/services/documents/documentApp';
import { createPropertiesService } from '../../emulator/services/properties/propertiesService';
import { createSession } from '../../emulator/services/session/session';
import { refusalFor } from '../../emulator/run/authModes';
import { STATUS_SPREADSHEET_ID } from '../../emulator/workspace';
import type { AuthMode } from '../../emulator/run/authModes';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function runIn(mode: AuthMode, user?: string) {
  const { run } = createTestRun({ user });
  run.authMode = mode;
  return {
    run,
    sheets: createSpreadsheetApp(run) as unknown as SpreadsheetApp,
    drive: createDriveApp(run) as unknown as GoogleAppsScript.Drive.DriveApp,
    documents: createDocumentApp(run) as unknown as GoogleAppsScript.Document.DocumentApp,
    properties: createPropertiesService(run) as unknown as GoogleAppsScript.Properties.PropertiesService,
    session: createSession(run) as unknown as GoogleAppsScript.Base.Session,
  };
}

describe('AuthMode.LIMITED (simple triggers)', () => {
  it('refuses to open another spreadsheet with Google’s permission error', () => {
    const { sheets } = runIn('LIMITED');
    expect(() => sheets.openById(STATUS_SPREADSHEET_ID)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it.each([
    ['DriveApp', (s: ReturnType<typeof runIn>) => s.drive.getRootFolder(), 'DriveApp.getRootFolder', 'drive'],
    ['DocumentApp', (s: ReturnType<typeof runIn>) => s.documents.create('Draft'), 'DocumentApp.create', 'documents'],
    ['a sidebar', (s: ReturnType<typeof runIn>) => s.sheets.getUi().showSidebar({} as GoogleAppsScript.HTML.HtmlOutput), 'Ui.showSidebar', 'script.container.ui'],
  ])('refuses %s', (_name, call, method, scope) => {
    const services = runIn('LIMITED');
    expect(() => call(services)).toThrow(`You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`);
  });

  it('lets the trigger read and write the spreadsheet it is bound to, and its document properties', () => {
    const { sheets, properties } = runIn('LIMITED');
    const range = sheets.getActiveSpreadsheet().getSheets()[0].getRange('A1');
    range.setValue('typed');
    properties.getDocumentProperties().setProperty('seen', 'yes');
    expect([range.getValue(), properties.getDocumentProperties().getProperty('seen')]).toEqual(['typed', 'yes']);
  });

  it('does not count a refused call', () => {
    const { run, sheets } = runIn('LIMITED');
    expect(() => sheets.openById(STATUS_SPREADSHEET_ID)).toThrow();
    expect(run.calls).toEqual({});
  });

  // https://developers.google.com/apps-script/reference/base/session#getActiveUser(): the email "is not available in any
  // context that allows a script to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger",
  // unless the user "belongs to the same Google Workspace domain".
  it('gives a blank active-user email to a user outside the script owner’s domain', () => {
    expect(runIn('LIMITED', 'fictional.guest@elsewhere.example').session.getActiveUser().getEmail()).toBe('');
  });

  it('gives the active-user email within the script owner’s domain, and always outside a trigger', () => {
    const sameDomain = runIn('LIMITED', 'fictional.member@example.org').session.getActiveUser().getEmail();
    const fullOutsider = runIn('FULL', 'fictional.guest@elsewhere.example').session.getActiveUser().getEmail();
    expect([sameDomain, fullOutsider]).toEqual(['fictional.member@example.org', 'fictional.guest@elsewhere.example']);
  });
});

describe('AuthMode.NONE (an add-on not yet used in the document)', () => {
  it('lets onOpen build and add its menu', () => {
    const { run, sheets } = runIn('NONE');
    sheets.getUi().createAddonMenu().addItem('Set up or repair', 'setUpSpreadsheet').addToUi();
    expect(run.shown).toEqual([expect.objectContaining({ type: 'menu', items: [{ caption: 'Set up or repair', functionName: 'setUpSpreadsheet' }] })]);
  });

  it.each([
    ['the document', (s: ReturnType<typeof runIn>) => s.sheets.getActiveSpreadsheet(), 'SpreadsheetApp.getActiveSpreadsheet', 'spreadsheets'],
    ['properties', (s: ReturnType<typeof runIn>) => s.properties.getDocumentProperties(), 'PropertiesService.getDocumentProperties', 'script.storage'],
    ['the user', (s: ReturnType<typeof runIn>) => s.session.getActiveUser(), 'Session.getActiveUser', 'userinfo.email'],
  ])('refuses %s', (_name, call, method, scope) => {
    const services = runIn('NONE');
    expect(() => call(services)).toThrow(`You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`);
  });
});

describe('refusalFor', () => {
  it('refuses nothing to a run a person started', () => {
    expect(['DriveApp.getFileById', 'SpreadsheetApp.openById', 'Ui.showSidebar'].map((call) => refusalFor(call, 'FULL'))).toEqual([undefined, undefined, undefined]);
  });
});
