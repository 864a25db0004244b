import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import type { ProtectionState, SheetState, SpreadsheetState } from '../../workspace/state';
import { canViewIgnoringTrash } from '../../workspace/access';
import { parseA1, resolveA1 } from '../../workspace/a1';
import { applyFieldMask, FieldMaskSyntaxError, FieldSchema, parseFieldMask, unmodelledPath } from '../common/fieldMask';
import { protectionDomainEdit, protectionEditors } from './protection';
import { userMayEdit } from './writeAccess';

/**
 * The Sheets advanced service, v4 (https://developers.google.com/apps-script/advanced/sheets), as
 * far as the add-on uses it: `Sheets.Spreadsheets.get(spreadsheetId, {fields})`
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get), which
 * returns what the field mask asks for in one call: the sheets' properties and their protected
 * ranges (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
 * It exists only when the manifest enables it (see emulator/advancedServices.ts).
 *
 * As the API's JSON does, a false boolean or an empty list is left out of the answer. A field or
 * parameter not modelled below is refused with `not implemented in the emulator`, never ignored.
 */

/** Apps Script's wording for an API call Sheets rejects (Google prefixes it with GoogleJsonResponseException). */
export function sheetsApiError(method: string, reason: string): Error {
  return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${reason}`);
}

function notModelled(what: string): Error {
  return new Error(`Sheets.Spreadsheets.get: ${what} is not implemented in the emulator`);
}

const GRID_RANGE: FieldSchema = { sheetId: true, startRowIndex: true, endRowIndex: true, startColumnIndex: true, endColumnIndex: true };

/** The parts of a Spreadsheet resource the emulator models. */
const SPREADSHEET_SCHEMA: FieldSchema = {
  spreadsheetId: true,
  properties: { title: true, timeZone: true, locale: true },
  sheets: {
    properties: { sheetId: true, title: true, index: true, hidden: true },
    protectedRanges: {
      protectedRangeId: true,
      range: GRID_RANGE,
      description: true,
      warningOnly: true,
      requestingUserCanEdit: true,
      unprotectedRanges: GRID_RANGE,
      editors: { users: true, groups: true, domainUsersCanEdit: true },
    },
  },
};

/** Keeps a value only when the API's JSON would show it: no false, no empty list. */
function shown<T>(value: T): T | undefined {
  return value === false || (Array.isArray(value) && value.length === 0) ? undefined : value;
}

/**
 * A protected range as `user` is told of it. "The range may be fully unbounded, in which case this
 * is considered a protected sheet." The editors are "only visible to users with edit access to the
 * protected range and the document", and "not supported with warning_only protection".
 */
function protectedRangeResource(run: RunContext, spreadsheetId: string, sheet: SheetState, protection: ProtectionState): Record<string, unknown> {
  const file = run.workspace.files[spreadsheetId];
  const userCanEdit = userMayEdit(run.workspace, spreadsheetId, protection, run.user);
  const range: Record<string, number> = { sheetId: sheet.sheetId };
  if (protection.type === 'RANGE' && protection.range !== undefined) {
    const reference = parseA1(protection.range);
    if (reference) {
      const grid = resolveA1(reference, sheet.maxRows, sheet.maxColumns);
      Object.assign(range, { startRowIndex: grid.row - 1, endRowIndex: grid.row - 1 + grid.numRows, startColumnIndex: grid.column - 1, endColumnIndex: grid.column - 1 + grid.numColumns });
    }
  }
  const editorsVisible = userCanEdit && !protection.warningOnly && file !== undefined;
  return {
    protectedRangeId: protection.id,
    range,
    description: protection.description === '' ? undefined : protection.description,
    warningOnly: shown(protection.warningOnly),
    requestingUserCanEdit: shown(userCanEdit),
    editors: editorsVisible
      ? { users: shown(protectionEditors(file, protection)), domainUsersCanEdit: shown(protectionDomainEdit(file, protection)) }
      : undefined,
  };
}

function spreadsheetResource(run: RunContext, spreadsheetId: string, state: SpreadsheetState): Record<string, unknown> {
  const protections = state.protections ?? [];
  return {
    spreadsheetId,
    properties: { title: run.workspace.files[spreadsheetId].name, timeZone: state.timeZone, locale: state.locale ?? 'en_US' },
    sheets: state.sheets.map((sheet, index) => ({
      properties: { sheetId: sheet.sheetId, title: sheet.name, index, hidden: shown(sheet.hidden ?? false) },
      protectedRanges: shown(protections.filter((p) => p.sheetId === sheet.sheetId).map((p) => protectedRangeResource(run, spreadsheetId, sheet, p))),
    })),
  };
}

/** Drops the keys whose value is undefined, at every depth, as the API's JSON has no undefined. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}

/**
 * `Spreadsheets.get(spreadsheetId, optionalArgs)`. A `fields` mask is required here: without one
 * Google returns the whole spreadsheet, which the emulator does not model.
 */
function getSpreadsheet(run: RunContext, spreadsheetId: unknown, optionalArgs: unknown): unknown {
  if (typeof spreadsheetId !== 'string' || spreadsheetId === '') throw sheetsApiError('get', 'Invalid spreadsheet ID');
  if (optionalArgs !== undefined && (typeof optionalArgs !== 'object' || optionalArgs === null || Array.isArray(optionalArgs))) {
    throw sheetsApiError('get', 'Invalid JSON payload received.');
  }
  const options = (optionalArgs ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(options)) if (key !== 'fields') throw notModelled(`the parameter "${key}"`);
  if (options.fields === undefined) throw notModelled('a call without a fields mask (the whole spreadsheet)');
  if (typeof options.fields !== 'string') throw sheetsApiError('get', 'Invalid field selection');
  let mask;
  try {
    mask = parseFieldMask(options.fields);
  } catch (error) {
    if (error instanceof FieldMaskSyntaxError) throw sheetsApiError('get', error.message);
    throw error;
  }
  const missing = unmodelledPath(mask, SPREADSHEET_SCHEMA);
  if (missing !== null) throw notModelled(`the field "${missing}"`);
  const file = run.workspace.files[spreadsheetId];
  const state = run.workspace.spreadsheets[spreadsheetId];
  if (!file || !state) throw sheetsApiError('get', 'Requested entity was not found.');
  if (!canViewIgnoringTrash(file, run.user, run.workspace)) throw sheetsApiError('get', 'The caller does not have permission');
  return applyFieldMask(withoutUndefined(spreadsheetResource(run, spreadsheetId, state)), mask);
}

/** The `Sheets` global of a script that enabled the Sheets advanced service, version v4. */
export function createSheetsAdvancedService(run: RunContext) {
  const spreadsheets = instrument({ get: (spreadsheetId: unknown, optionalArgs?: unknown) => getSpreadsheet(run, spreadsheetId, optionalArgs) }, 'Sheets.Spreadsheets', run);
  return instrument({ Spreadsheets: spreadsheets }, 'Sheets', run);
}
