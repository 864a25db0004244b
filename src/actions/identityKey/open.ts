/**
 * Opening the identity key and reading its one sheet (spec section 3), with a plain sentence for
 * each way it can fail. No message here ever quotes the key's contents.
 */
import { ActionContext } from '../../gas/context';
import { openIdentityKeyFile } from '../../gas/identityKeyFile';
import { snapshot } from '../../gas/spreadsheet';
import { SheetRow } from '../../core/cells';
import { UserError, isUserError } from '../../core/errors';
import { IdentityKeyTable, readIdentityKey } from '../../core/identityKey';
import { IDENTITY_KEY_SHEET } from '../../core/schema';
import { Settings } from '../../core/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The identity key as read in one batch: its sheet, every value (header first) and the entries. */
export interface OpenedIdentityKey {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  values: SheetRow[];
  table: IdentityKeyTable;
}

export const NOT_LINKED_MESSAGE =
  'No identity key is linked to this spreadsheet yet. Ask the chair to create or link one (Django CoC › Identity key).';

export const UNAVAILABLE_MESSAGE =
  'The identity key named in Settings could not be opened with your account: it may have been deleted, or not shared with you. Ask the chair to check. Nothing was changed.';

const NOT_LINKED_FOR_CHAIR =
  'No identity key is linked to this spreadsheet yet. Create or link one with Django CoC › Identity key.';

const UNAVAILABLE_FOR_CHAIR =
  'The identity key named in Settings could not be opened with your account: it may have been deleted, or its owner no longer shares it with you. Check it in Google Drive, or link another with Django CoC › Identity key › Link existing identity key…. Nothing was changed.';

/**
 * Reads the `Identity Key` sheet of `spreadsheet` and checks its headers (by text, in any order).
 *
 * @param subject how the messages name the spreadsheet, e.g. 'The identity key' or 'That spreadsheet'.
 * @throws UserError 'identity-key-invalid' when the sheet or a column is missing.
 */
export function readIdentityKeySpreadsheet(spreadsheet: Spreadsheet, timeZone: string, subject = 'The identity key'): OpenedIdentityKey {
  const sheet = spreadsheet.getSheetByName(IDENTITY_KEY_SHEET);
  if (!sheet) {
    throw new UserError(
      'identity-key-invalid',
      `${subject} has no sheet named "${IDENTITY_KEY_SHEET}", so it cannot be used as the identity key. Nothing was changed.`,
    );
  }
  const { values } = snapshot(sheet, timeZone, IDENTITY_KEY_SHEET);
  const table = readIdentityKey(values);
  if (table.missing.length > 0) {
    const plural = table.missing.length > 1;
    throw new UserError(
      'identity-key-invalid',
      `${subject} has no ${table.missing.join(', ')} column${plural ? 's' : ''} in row 1 of its "${IDENTITY_KEY_SHEET}" sheet. Add the missing header${plural ? 's' : ''} and try again. Nothing was changed.`,
    );
  }
  return { spreadsheet, sheet, values, table };
}

/**
 * The identity key `Settings` names, read in one batch.
 *
 * @throws UserError 'identity-key-not-linked', 'identity-key-unavailable' or 'identity-key-invalid'.
 */
export function openIdentityKey(context: ActionContext, settings: Settings): OpenedIdentityKey {
  if (settings.identityKeySpreadsheetId === '') throw new UserError('identity-key-not-linked', NOT_LINKED_MESSAGE, {}, NOT_LINKED_FOR_CHAIR);
  const spreadsheet = openIdentityKeyFile(settings.identityKeySpreadsheetId);
  if (!spreadsheet) throw new UserError('identity-key-unavailable', UNAVAILABLE_MESSAGE, {}, UNAVAILABLE_FOR_CHAIR);
  return readIdentityKeySpreadsheet(spreadsheet, context.timeZone);
}

/** The identity key when it is linked, opens for this user and is readable; otherwise null. */
export function tryOpenIdentityKey(context: ActionContext, settings: Settings): OpenedIdentityKey | null {
  try {
    return openIdentityKey(context, settings);
  } catch (error) {
    if (isUserError(error)) return null;
    throw error;
  }
}
