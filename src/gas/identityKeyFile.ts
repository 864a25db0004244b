/**
 * The identity key's own spreadsheet (spec section 3): making a new, private one and opening the
 * one `Settings` names. A fixed handful of calls each, whatever the size of the key.
 */
import type { SheetCell } from '../core/cells';
import { IDENTITY_KEY_SHEET } from '../core/schema';
import { addEditorsWherePermitted, fileById, makePrivate } from './drive';
import { openSpreadsheetById, writeBlock } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface NewIdentityKeyFile {
  spreadsheet: Spreadsheet;
  id: string;
  url: string;
  /** Editors Drive would not add: outside an organisation that forbids sharing outside it. */
  refusedEditors: string[];
}

/**
 * Creates a spreadsheet named `name` in the user's My Drive whose only sheet is `Identity Key`
 * with `header` in its frozen, bold first row; makes it private (no link or domain sharing, a
 * domain may default to either) and adds `editors` in one call.
 *
 * `onCreated` is told the new id as soon as the file exists, so a caller can trash it if a later
 * step fails.
 */
export function createIdentityKeyFile(
  name: string,
  header: readonly SheetCell[],
  editors: readonly string[],
  userEmail: string,
  onCreated: (id: string) => void,
): NewIdentityKeyFile {
  const spreadsheet = SpreadsheetApp.create(name);
  const id = spreadsheet.getId();
  onCreated(id);
  const file = fileById(id);
  makePrivate(file);
  const [sheet] = spreadsheet.getSheets();
  sheet.setName(IDENTITY_KEY_SHEET);
  writeBlock(sheet, 1, 1, [header]);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const refusedEditors = addEditorsWherePermitted(file, editors, userEmail);
  return { spreadsheet, id, url: spreadsheet.getUrl(), refusedEditors };
}

/** The identity key by id; null when it is missing or the user cannot open it. */
export function openIdentityKeyFile(id: string): Spreadsheet | null {
  return id.trim() === '' ? null : openSpreadsheetById(id.trim());
}
