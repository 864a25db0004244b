/**
 * The add-on's global entry points (spec section 12). Each is a few lines: check access, take the
 * lock when it changes records, and call the core through the adapters. The build turns every
 * export of this file into a top-level `function` Apps Script can see.
 */
import { CASES_HEADERS, CASES_SHEET } from './core/schema';

const MENU_NAME = 'Django CoC';

/** Registers the Django CoC menu; makes no authorised call, so it is safe in AuthMode.NONE. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const installedAsAddOn = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const menu = installedAsAddOn ? ui.createAddonMenu() : ui.createMenu(MENU_NAME);
  menu.addItem('Set up or repair', 'setUpSpreadsheet').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function setUpSpreadsheet(): { created: string[]; changed: string[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const created: string[] = [];
  let sheet = spreadsheet.getSheetByName(CASES_SHEET);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(CASES_SHEET);
    created.push(CASES_SHEET);
  }
  sheet.getRange(1, 1, 1, CASES_HEADERS.length).setValues([[...CASES_HEADERS]]);
  sheet.setFrozenRows(1);
  return { created, changed: [] };
}
