import { parseA1 } from './a1';
import { MIME, WorkspaceState } from './state';

/**
 * Checks that a JSON value has exactly the shape `GET /api/workspace` returns (emulator/workspace/state.ts),
 * so `PUT /api/workspace` and the state file never load something the services would trip over
 * later. Every problem is reported with the path of the value at fault, e.g.
 * `spreadsheets.status-spreadsheet.sheets[0].values[3][2]: a cell must be ...`.
 */
export function findWorkspaceProblems(value: unknown): string[] {
  const check = new ShapeCheck();
  checkWorkspace(check, value);
  return check.problems;
}

/** The value as a WorkspaceState, or an Error whose message lists (the first few) problems. */
export function parseWorkspace(value: unknown): WorkspaceState {
  const problems = findWorkspaceProblems(value);
  if (problems.length === 0) return value as WorkspaceState;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
  throw new Error(`The workspace does not have the shape GET /api/workspace returns: ${shown.join('; ')}${more}.`);
}

const MAX_PROBLEMS_SHOWN = 8;
const ACCESS = ['PRIVATE', 'ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK'];
const PERMISSION = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE'];
const HEADINGS = ['NORMAL', 'TITLE', 'SUBTITLE', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6'];
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

type Json = Record<string, unknown>;

/** Collects problems; each `is...` check reports one and answers whether the value passed. */
class ShapeCheck {
  readonly problems: string[] = [];

  fail(path: string, message: string): false {
    this.problems.push(`${path}: ${message}`);
    return false;
  }

  isObject(path: string, value: unknown): value is Json {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    return this.fail(path, 'must be an object');
  }

  isArray(path: string, value: unknown): value is unknown[] {
    return Array.isArray(value) || this.fail(path, 'must be an array');
  }

  isString(path: string, value: unknown): value is string {
    return typeof value === 'string' || this.fail(path, 'must be a string');
  }

  isText(path: string, value: unknown): value is string {
    return this.isString(path, value) && (value !== '' || this.fail(path, 'must not be empty'));
  }

  isBoolean(path: string, value: unknown): value is boolean {
    return typeof value === 'boolean' || this.fail(path, 'must be true or false');
  }

  isWholeNumber(path: string, value: unknown, least: number): value is number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= least) return true;
    return this.fail(path, `must be a whole number of at least ${least}`);
  }

  isOneOf(path: string, value: unknown, allowed: readonly string[]): value is string {
    return (typeof value === 'string' && allowed.includes(value)) || this.fail(path, `must be one of ${allowed.join(', ')}`);
  }

  isDateText(path: string, value: unknown): value is string {
    return (this.isString(path, value) && !Number.isNaN(Date.parse(value))) || this.fail(path, 'must be an ISO date');
  }

  /** Exactly the required keys, plus any of the optional ones, and nothing else. */
  hasKeys(path: string, value: Json, required: readonly string[], optional: readonly string[] = []): boolean {
    const missing = required.filter((key) => !(key in value));
    const unknown = Object.keys(value).filter((key) => !required.includes(key) && !optional.includes(key));
    missing.forEach((key) => this.fail(join(path, key), 'is missing'));
    unknown.forEach((key) => this.fail(join(path, key), 'is not part of the workspace shape'));
    return missing.length === 0;
  }

  eachEntry(path: string, value: unknown, checkEntry: (entryPath: string, entry: unknown, key: string) => void): void {
    if (!this.isObject(path, value)) return;
    for (const [key, entry] of Object.entries(value)) checkEntry(join(path, key), entry, key);
  }

  eachItem(path: string, value: unknown, checkItem: (itemPath: string, item: unknown, index: number) => void): void {
    if (!this.isArray(path, value)) return;
    value.forEach((item, index) => checkItem(`${path}[${index}]`, item, index));
  }

  isStringArray(path: string, value: unknown): void {
    this.eachItem(path, value, (itemPath, item) => this.isString(itemPath, item));
  }

  isStringRecord(path: string, value: unknown): void {
    this.eachEntry(path, value, (entryPath, entry) => this.isString(entryPath, entry));
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const WORKSPACE_KEYS = ['version', 'activeSpreadsheetId', 'domain', 'scriptTimeZone', 'files', 'spreadsheets', 'documents', 'properties', 'log', 'nextId'];

const OPTIONAL_WORKSPACE_KEYS = ['users', 'drivePolicy'];

function checkWorkspace(check: ShapeCheck, value: unknown): void {
  if (!check.isObject('(workspace)', value)) return;
  if (!check.hasKeys('', value, WORKSPACE_KEYS, OPTIONAL_WORKSPACE_KEYS)) return;
  if (value.version !== 1) check.fail('version', 'must be 1');
  check.isText('activeSpreadsheetId', value.activeSpreadsheetId);
  check.isText('domain', value.domain);
  checkTimeZone(check, 'scriptTimeZone', value.scriptTimeZone);
  check.eachEntry('files', value.files, (path, file, id) => checkFile(check, path, file, id));
  check.eachEntry('spreadsheets', value.spreadsheets, (path, spreadsheet) => checkSpreadsheet(check, path, spreadsheet));
  check.eachEntry('documents', value.documents, (path, document) => checkDocument(check, path, document));
  checkProperties(check, value.properties);
  if (value.users !== undefined) check.eachEntry('users', value.users, (path, account, email) => checkUserAccount(check, path, account, email));
  if (value.drivePolicy !== undefined && check.isObject('drivePolicy', value.drivePolicy) && check.hasKeys('drivePolicy', value.drivePolicy, ['externalSharing'])) {
    check.isBoolean('drivePolicy.externalSharing', value.drivePolicy.externalSharing);
  }
  check.isStringArray('log', value.log);
  check.isWholeNumber('nextId', value.nextId, 0);
  if (check.problems.length === 0) checkReferences(check, value as unknown as WorkspaceState);
}

function checkTimeZone(check: ShapeCheck, path: string, value: unknown): void {
  if (!check.isText(path, value)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    check.fail(path, `is not a time zone name: ${value}`);
  }
}

const FILE_KEYS = ['id', 'name', 'mimeType', 'owner', 'editors', 'viewers', 'access', 'permission', 'parents', 'trashed', 'createdAt'];

function checkFile(check: ShapeCheck, path: string, file: unknown, id: string): void {
  if (!check.isObject(path, file) || !check.hasKeys(path, file, FILE_KEYS, ['shareableByEditors'])) return;
  if (file.shareableByEditors !== undefined) check.isBoolean(join(path, 'shareableByEditors'), file.shareableByEditors);
  if (file.id !== id) check.fail(join(path, 'id'), `must equal its key "${id}"`);
  check.isText(join(path, 'name'), file.name);
  if (check.isString(join(path, 'mimeType'), file.mimeType) && !MIME_TYPE.test(file.mimeType)) check.fail(join(path, 'mimeType'), 'must be a MIME type');
  checkEmail(check, join(path, 'owner'), file.owner);
  check.eachItem(join(path, 'editors'), file.editors, (itemPath, email) => checkEmail(check, itemPath, email));
  check.eachItem(join(path, 'viewers'), file.viewers, (itemPath, email) => checkEmail(check, itemPath, email));
  check.isOneOf(join(path, 'access'), file.access, ACCESS);
  check.isOneOf(join(path, 'permission'), file.permission, PERMISSION);
  check.isStringArray(join(path, 'parents'), file.parents);
  check.isBoolean(join(path, 'trashed'), file.trashed);
  check.isDateText(join(path, 'createdAt'), file.createdAt);
}

function checkUserAccount(check: ShapeCheck, path: string, account: unknown, email: string): void {
  checkEmail(check, path, email);
  if (email !== email.toLowerCase()) check.fail(path, 'the key must be the email in lower case');
  if (!check.isObject(path, account) || !check.hasKeys(path, account, [], ['emailVisible', 'consumer'])) return;
  if (account.emailVisible !== undefined) check.isBoolean(join(path, 'emailVisible'), account.emailVisible);
  if (account.consumer !== undefined) check.isBoolean(join(path, 'consumer'), account.consumer);
}

function checkEmail(check: ShapeCheck, path: string, value: unknown): void {
  if (check.isString(path, value) && !/^[^@\s]+@[^@\s]+$/.test(value)) check.fail(path, `must be an email address: ${value}`);
}

function checkSpreadsheet(check: ShapeCheck, path: string, spreadsheet: unknown): void {
  if (!check.isObject(path, spreadsheet) || !check.hasKeys(path, spreadsheet, ['timeZone', 'sheets'], ['protections', 'locale'])) return;
  checkTimeZone(check, join(path, 'timeZone'), spreadsheet.timeZone);
  if (spreadsheet.locale !== undefined && check.isString(join(path, 'locale'), spreadsheet.locale) && !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(spreadsheet.locale)) {
    check.fail(join(path, 'locale'), `must be a locale such as en_GB: ${spreadsheet.locale}`);
  }
  if (!check.isArray(join(path, 'sheets'), spreadsheet.sheets)) return;
  if (spreadsheet.sheets.length === 0) check.fail(join(path, 'sheets'), 'must hold at least one sheet');
  check.eachItem(join(path, 'sheets'), spreadsheet.sheets, (sheetPath, sheet) => checkSheet(check, sheetPath, sheet));
  checkUnique(check, join(path, 'sheets'), spreadsheet.sheets, 'name', (name) => String(name).toLowerCase());
  checkUnique(check, join(path, 'sheets'), spreadsheet.sheets, 'sheetId', String);
  if (spreadsheet.protections !== undefined) {
    const sheetIds = spreadsheet.sheets.map((sheet) => (sheet !== null && typeof sheet === 'object' ? (sheet as Json).sheetId : undefined));
    check.eachItem(join(path, 'protections'), spreadsheet.protections, (itemPath, item) => checkProtection(check, itemPath, item, sheetIds));
  }
}

const PROTECTION_KEYS = ['id', 'type', 'sheetId', 'description', 'editors', 'domainEdit', 'warningOnly'];

function checkProtection(check: ShapeCheck, path: string, protection: unknown, sheetIds: unknown[]): void {
  if (!check.isObject(path, protection) || !check.hasKeys(path, protection, PROTECTION_KEYS, ['range'])) return;
  check.isWholeNumber(join(path, 'id'), protection.id, 1);
  check.isOneOf(join(path, 'type'), protection.type, ['SHEET', 'RANGE']);
  if (!sheetIds.includes(protection.sheetId)) check.fail(join(path, 'sheetId'), 'must be the sheetId of a sheet of this spreadsheet');
  if (protection.type === 'RANGE' && (typeof protection.range !== 'string' || !parseA1(protection.range))) check.fail(join(path, 'range'), 'must be A1 notation');
  check.isString(join(path, 'description'), protection.description);
  if (protection.editors !== null) check.eachItem(join(path, 'editors'), protection.editors, (itemPath, email) => checkEmail(check, itemPath, email));
  check.isBoolean(join(path, 'domainEdit'), protection.domainEdit);
  check.isBoolean(join(path, 'warningOnly'), protection.warningOnly);
}

function checkUnique(check: ShapeCheck, path: string, items: unknown[], key: string, normalise: (value: unknown) => string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    const value = normalise((item as Json)[key]);
    if (seen.has(value)) check.fail(path, `two sheets share the ${key} ${value}`);
    seen.add(value);
  }
}

const SHEET_KEYS = ['name', 'sheetId', 'maxRows', 'maxColumns', 'frozenRows', 'values', 'notes', 'backgrounds', 'dataValidations', 'charts'];

function checkSheet(check: ShapeCheck, path: string, sheet: unknown): void {
  if (!check.isObject(path, sheet) || !check.hasKeys(path, sheet, SHEET_KEYS, ['hidden', 'fontWeights'])) return;
  check.isText(join(path, 'name'), sheet.name);
  check.isWholeNumber(join(path, 'sheetId'), sheet.sheetId, 0);
  const sized = check.isWholeNumber(join(path, 'maxRows'), sheet.maxRows, 1) && check.isWholeNumber(join(path, 'maxColumns'), sheet.maxColumns, 1);
  if (check.isWholeNumber(join(path, 'frozenRows'), sheet.frozenRows, 0) && sized && sheet.frozenRows > (sheet.maxRows as number)) {
    check.fail(join(path, 'frozenRows'), 'must not exceed maxRows');
  }
  if (sheet.hidden !== undefined) check.isBoolean(join(path, 'hidden'), sheet.hidden);
  const size = sized ? { rows: sheet.maxRows as number, columns: sheet.maxColumns as number } : undefined;
  checkValues(check, join(path, 'values'), sheet.values, size);
  checkCellMap(check, join(path, 'notes'), sheet.notes, size, (entryPath, note) => check.isString(entryPath, note));
  checkCellMap(check, join(path, 'backgrounds'), sheet.backgrounds, size, (entryPath, colour) => {
    if (check.isString(entryPath, colour) && !COLOUR.test(colour)) check.fail(entryPath, 'must be a colour like #f4cccc');
  });
  if (sheet.fontWeights !== undefined) {
    checkCellMap(check, join(path, 'fontWeights'), sheet.fontWeights, size, (entryPath, weight) => check.isOneOf(entryPath, weight, ['bold', 'normal']));
  }
  check.eachItem(join(path, 'dataValidations'), sheet.dataValidations, (itemPath, item) => checkDataValidation(check, itemPath, item));
  check.eachItem(join(path, 'charts'), sheet.charts, (itemPath, item) => checkChart(check, itemPath, item));
}

interface SheetSize {
  rows: number;
  columns: number;
}

function checkValues(check: ShapeCheck, path: string, values: unknown, size: SheetSize | undefined): void {
  if (!check.isArray(path, values)) return;
  if (size && values.length > size.rows) check.fail(path, `has ${values.length} rows, more than maxRows (${size.rows})`);
  check.eachItem(path, values, (rowPath, row) => {
    if (!check.isArray(rowPath, row)) return;
    if (size && row.length > size.columns) check.fail(rowPath, `has ${row.length} cells, more than maxColumns (${size.columns})`);
    row.forEach((cell, index) => checkCell(check, `${rowPath}[${index}]`, cell));
  });
}

/** A stored cell: '' (empty), text, a finite number, true/false, {date: ISO} or {formula: '=...'}. */
function checkCell(check: ShapeCheck, path: string, cell: unknown): void {
  if (typeof cell === 'string' || typeof cell === 'boolean') return;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) check.fail(path, 'a number cell must be finite');
    return;
  }
  const keys = cell !== null && typeof cell === 'object' && !Array.isArray(cell) ? Object.keys(cell) : [];
  const tagged = cell as Json;
  if (keys.length === 1 && keys[0] === 'date' && typeof tagged.date === 'string' && !Number.isNaN(Date.parse(tagged.date))) return;
  if (keys.length === 1 && keys[0] === 'formula' && typeof tagged.formula === 'string' && tagged.formula.startsWith('=')) return;
  check.fail(path, 'a cell must be text, a number, true/false, {"date": ISO} or {"formula": "=..."}');
}

function checkCellMap(check: ShapeCheck, path: string, map: unknown, size: SheetSize | undefined, checkEntry: (entryPath: string, entry: unknown) => void): void {
  check.eachEntry(path, map, (entryPath, entry, a1) => {
    const reference = parseA1(a1);
    const isCell = reference !== null && reference.sheetName === undefined && reference.startRow === reference.endRow && reference.startColumn === reference.endColumn;
    if (!isCell || reference.startRow === undefined || reference.startColumn === undefined || a1 !== a1.toUpperCase()) {
      check.fail(entryPath, 'the key must be one cell in A1 notation, such as D7');
    } else if (size && (reference.startRow > size.rows || reference.startColumn > size.columns)) {
      check.fail(entryPath, 'the cell is outside the sheet');
    }
    checkEntry(entryPath, entry);
  });
}

function checkDataValidation(check: ShapeCheck, path: string, item: unknown): void {
  if (!check.isObject(path, item) || !check.hasKeys(path, item, ['range', 'rule'])) return;
  if (check.isString(join(path, 'range'), item.range) && parseA1(item.range) === null) check.fail(join(path, 'range'), 'must be a range in A1 notation');
  if (item.rule === null) return;
  const rulePath = join(path, 'rule');
  if (!check.isObject(rulePath, item.rule) || !check.hasKeys(rulePath, item.rule, ['criteria', 'values', 'allowInvalid', 'helpText'], ['showDropdown'])) return;
  check.isText(join(rulePath, 'criteria'), item.rule.criteria);
  check.isArray(join(rulePath, 'values'), item.rule.values);
  check.isBoolean(join(rulePath, 'allowInvalid'), item.rule.allowInvalid);
  check.isString(join(rulePath, 'helpText'), item.rule.helpText);
  if (item.rule.showDropdown !== undefined) check.isBoolean(join(rulePath, 'showDropdown'), item.rule.showDropdown);
}

function checkChart(check: ShapeCheck, path: string, chart: unknown): void {
  if (!check.isObject(path, chart) || !check.hasKeys(path, chart, ['chartId', 'type', 'ranges', 'position', 'options'])) return;
  check.isWholeNumber(join(path, 'chartId'), chart.chartId, 0);
  check.isText(join(path, 'type'), chart.type);
  check.isStringArray(join(path, 'ranges'), chart.ranges);
  const positionPath = join(path, 'position');
  if (check.isObject(positionPath, chart.position) && check.hasKeys(positionPath, chart.position, ['row', 'column', 'offsetX', 'offsetY'])) {
    check.isWholeNumber(join(positionPath, 'row'), chart.position.row, 1);
    check.isWholeNumber(join(positionPath, 'column'), chart.position.column, 1);
    check.isWholeNumber(join(positionPath, 'offsetX'), chart.position.offsetX, 0);
    check.isWholeNumber(join(positionPath, 'offsetY'), chart.position.offsetY, 0);
  }
  check.isObject(join(path, 'options'), chart.options);
}

function checkDocument(check: ShapeCheck, path: string, document: unknown): void {
  if (!check.isObject(path, document) || !check.hasKeys(path, document, ['body'])) return;
  check.eachItem(join(path, 'body'), document.body, (itemPath, paragraph) => {
    if (!check.isObject(itemPath, paragraph) || !check.hasKeys(itemPath, paragraph, ['text', 'heading'], ['italic'])) return;
    check.isString(join(itemPath, 'text'), paragraph.text);
    check.isOneOf(join(itemPath, 'heading'), paragraph.heading, HEADINGS);
    if (paragraph.italic !== undefined) check.isBoolean(join(itemPath, 'italic'), paragraph.italic);
  });
}

function checkProperties(check: ShapeCheck, properties: unknown): void {
  if (!check.isObject('properties', properties) || !check.hasKeys('properties', properties, ['script', 'document', 'user'])) return;
  check.isStringRecord('properties.script', properties.script);
  check.isStringRecord('properties.document', properties.document);
  check.eachEntry('properties.user', properties.user, (path, record) => check.isStringRecord(path, record));
}

/** Ids that point at other entries: the active spreadsheet, folders, and content for every file. */
function checkReferences(check: ShapeCheck, workspace: WorkspaceState): void {
  const active = workspace.files[workspace.activeSpreadsheetId];
  if (!active || !workspace.spreadsheets[workspace.activeSpreadsheetId]) {
    check.fail('activeSpreadsheetId', `no spreadsheet has the id "${workspace.activeSpreadsheetId}"`);
  }
  for (const file of Object.values(workspace.files)) {
    const path = `files.${file.id}`;
    file.parents.forEach((parentId, index) => {
      if (workspace.files[parentId]?.mimeType !== MIME.folder) check.fail(`${path}.parents[${index}]`, `"${parentId}" is not the id of a folder`);
    });
    if (file.mimeType === MIME.spreadsheet && !workspace.spreadsheets[file.id]) check.fail(path, 'a spreadsheet file needs an entry in spreadsheets');
    if (file.mimeType === MIME.document && !workspace.documents[file.id]) check.fail(path, 'a document file needs an entry in documents');
    if (isOwnAncestor(workspace, file.id)) check.fail(`${path}.parents`, 'the folders it is in lead back to it; a folder cannot be inside itself');
  }
  checkContentHasFile(check, workspace, 'spreadsheets', MIME.spreadsheet);
  checkContentHasFile(check, workspace, 'documents', MIME.document);
}

/** True when following `parents` up from the item reaches the item again (Drive allows no such loop). */
function isOwnAncestor(workspace: WorkspaceState, id: string): boolean {
  const seen = new Set<string>();
  const pending = [...workspace.files[id].parents];
  while (pending.length > 0) {
    const parentId = pending.pop()!;
    if (parentId === id) return true;
    if (seen.has(parentId)) continue;
    seen.add(parentId);
    pending.push(...(workspace.files[parentId]?.parents ?? []));
  }
  return false;
}

function checkContentHasFile(check: ShapeCheck, workspace: WorkspaceState, kind: 'spreadsheets' | 'documents', mimeType: string): void {
  for (const id of Object.keys(workspace[kind])) {
    if (workspace.files[id]?.mimeType !== mimeType) check.fail(`${kind}.${id}`, `needs a file in files with the id "${id}" and mimeType ${mimeType}`);
  }
}
