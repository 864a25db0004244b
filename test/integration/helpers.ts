/**
 * The shared harness for integration tests: the built bundle (build/Code.js, made by
 * `npm run build`) run in the emulator, a fresh workspace per test, and small readers and writers
 * for the emulated sheets, the identity key and the case folder.
 *
 * Every fixture is fictional ('Fictional Person One', 'fictional.member@example.org').
 *
 * @example
 * const workspace = setUpAsChair(freshWorkspace());
 * writeCases(workspace, [{ caseCodeName: 'home shelf', status: 'Ongoing' }]);
 * const problems = ok<ValidationResult>(run(workspace, 'validateRecords')).problems;
 */
import { CASES_COLUMNS } from '../../src/core/schema';
import { chunkText, parseConflicts, serialiseConflicts } from '../../src/core/conflictRecord';
import { CONFLICTS_KEY } from '../../src/actions/records';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editCell, runFunction, RunResponse } from '../../emulator/runner';
import { CHAIR_EMAIL, createEmptyWorkspace, newSheetState } from '../../emulator/workspace';
import { CellValue, DriveFileState, MIME, SheetState, WorkspaceState } from '../../emulator/workspace/state';
import { midnightInZone } from '../../emulator/services/sheets/zonedDates';
import type { Selection } from '../../emulator/run/runContext';

export { CHAIR_EMAIL };
/** The built add-on; COC_BUILD_DIR points elsewhere (e.g. a private build while build/ is being rebuilt). */
export const BUILD_DIR = process.env.COC_BUILD_DIR ?? join(__dirname, '..', '..', 'build');
export const MEMBER_EMAIL = 'fictional.member@example.org';
export const KEY_HOLDER_EMAIL = 'fictional.keyholder@example.org';
export const OUTSIDER_EMAIL = 'fictional.outsider@example.org';

function requireBuild(): void {
  if (!existsSync(join(BUILD_DIR, 'Code.js'))) {
    throw new Error('build/Code.js is missing: run `npm run build` first (npm test does).');
  }
}

/** Someone with no access to the status spreadsheet at all: Google refuses them before the add-on runs. */
export const STRANGER_EMAIL = 'fictional.stranger@example.net';

/** The empty workspace of `POST /api/reset {"demo": false}`: one blank sheet, owned by the chair. */
export function freshWorkspace(): WorkspaceState {
  return createEmptyWorkspace();
}

export interface RunOptions {
  args?: unknown[];
  /** Defaults to the chair. */
  user?: string;
  selection?: Selection;
  answers?: string[];
  failAtCall?: number;
  /**
   * The run's clock: the emulator's stamps (Drive creation times) and the bundle's `new Date()`.
   * Defaults to {@link HARNESS_NOW}, the instant {@link todayIn} formats, so that "today" is one
   * day for the add-on and the test even when a test file runs across midnight.
   */
  now?: Date;
  /** Lock holders shared with other runs: set 'document:<id>' to any object to stand for another execution holding the lock. */
  lockTable?: Map<string, object>;
  /**
   * Utilities.getUuid's source. Defaults to the same seeded sequence for every run, so that a run
   * and its replay (a fault at call N, the same action on a larger tracker, a budget) draw alike:
   * rejection sampling and clash retries otherwise change a run's call count at random.
   */
  uuid?: () => string;
  /** Called before each of the run's service calls with its number: another run started here runs alongside it. */
  beforeCall?: (callNumber: number) => void;
  /** For onOpen: the authorisation mode of the open (see RunRequest.authMode). */
  authMode?: 'NONE' | 'LIMITED';
  /** Report, rather than fail on, what Google does not promise to work (the response's `violations`). */
  allowViolations?: boolean;
}

/** A UUID source that gives the same names on replay: version 4 UUIDs from a small seeded generator. */
export function seededUuid(seed: number): () => string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
  };
  return () => {
    const hex = `${next()}${next()}${next()}${next()}`;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

const REPLAYABLE_UUID_SEED = 20_251_206;

/** The instant every run's clock shows unless a test pins another: the real time this test file started. */
export const HARNESS_NOW = new Date();

/** Runs a global function of the built bundle, as `POST /api/run` does. */
export function run(workspace: WorkspaceState, fn: string, options: RunOptions = {}): RunResponse {
  requireBuild();
  const { now = HARNESS_NOW, user, lockTable, uuid, beforeCall, allowViolations, ...rest } = options;
  return runFunction(
    workspace,
    { function: fn, user: user ?? CHAIR_EMAIL, ...rest },
    { buildDir: BUILD_DIR, lockTable, uuid: uuid ?? seededUuid(REPLAYABLE_UUID_SEED), beforeCall, now: () => new Date(now.getTime()), failOnViolations: !allowViolations },
  );
}

/** Types `value` into a cell of the active spreadsheet and fires onEdit, as `POST /api/edit` does. */
export function edit(
  workspace: WorkspaceState,
  sheet: string,
  a1: string,
  value: string | number | boolean | null,
  options: { user?: string; lockTable?: Map<string, object> } = {},
): RunResponse {
  requireBuild();
  return editCell(workspace, { sheet, a1, value, user: options.user ?? CHAIR_EMAIL }, { buildDir: BUILD_DIR, lockTable: options.lockTable, now: () => new Date(HARNESS_NOW.getTime()), failOnViolations: true });
}

/** Today as an ISO day in a time zone (the status spreadsheet's is Europe/London), by the runs' clock {@link HARNESS_NOW}. */
export function todayIn(timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(HARNESS_NOW);
}

/** The lock scope of the status spreadsheet's document lock, for `lockTable`. */
export function documentLockScope(workspace: WorkspaceState): string {
  return `document:${workspace.activeSpreadsheetId}`;
}

/** The run's result; throws with the run's error otherwise, so a test cannot pass on a failure. */
export function ok<T>(response: RunResponse): T {
  if ('error' in response) throw new Error(`unexpected error: ${response.error}`);
  if ('needsAnswer' in response) throw new Error('unexpected unanswered question');
  return response.result as T;
}

/** The run's error message; throws when the run succeeded. */
export function errorOf(response: RunResponse): string {
  if (!('error' in response)) throw new Error('expected the run to fail, but it succeeded');
  return response.error;
}

/** The texts of the alerts the run showed, in order. */
export function alerts(response: RunResponse): string[] {
  return response.shown.flatMap((item) => (item.type === 'alert' ? [item.message] : []));
}

/** Total number of service calls the run made. */
export function totalCalls(response: RunResponse): number {
  return Object.values(response.calls).reduce((sum, count) => sum + count, 0);
}

/** Runs set-up as the chair on the workspace and returns it. */
export function setUpAsChair(workspace: WorkspaceState): WorkspaceState {
  ok(run(workspace, 'setUpSpreadsheet'));
  return workspace;
}

/** A workspace that has been set up, with the chair as its only member. */
export function setUpWorkspace(): WorkspaceState {
  return setUpAsChair(freshWorkspace());
}

/** A sheet's stored state; throws when the spreadsheet has no such sheet. */
export function sheetState(workspace: WorkspaceState, name: string, spreadsheetId = workspace.activeSpreadsheetId): SheetState {
  const found = workspace.spreadsheets[spreadsheetId]?.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${spreadsheetId}`);
  return found;
}

/** A sheet's stored values (dates as `{date}`), header row first. */
export function sheetValues(workspace: WorkspaceState, name: string, spreadsheetId = workspace.activeSpreadsheetId): CellValue[][] {
  return sheetState(workspace, name, spreadsheetId).values;
}

/** The header row of a sheet, as text. */
export function headerOf(workspace: WorkspaceState, name: string, spreadsheetId = workspace.activeSpreadsheetId): string[] {
  return (sheetValues(workspace, name, spreadsheetId)[0] ?? []).map((cell) => String(cell));
}

/** 0-based column of a header (exact text), throwing when absent. */
export function columnOf(workspace: WorkspaceState, sheet: string, header: string): number {
  const index = headerOf(workspace, sheet).indexOf(header);
  if (index === -1) throw new Error(`no column ${header} in ${sheet}`);
  return index;
}

/** A1 letter(s) of a 0-based column. */
export function columnLetter(columnIndex: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1 of a header's cell in a 1-based row, e.g. cellOf(ws, 'Cases', 'Status', 2) -> 'D2'. */
export function cellOf(workspace: WorkspaceState, sheet: string, header: string, row: number): string {
  return `${columnLetter(columnOf(workspace, sheet, header))}${row}`;
}

/** A stored date cell for an ISO day, midnight in the spreadsheet's zone (as a typed date is). */
export function dateCell(workspace: WorkspaceState, iso: string, spreadsheetId = workspace.activeSpreadsheetId): CellValue {
  const [year, month, day] = iso.split('-').map(Number);
  return { date: midnightInZone(year, month, day, workspace.spreadsheets[spreadsheetId].timeZone).toISOString() };
}

/** The ISO day a stored cell holds in the spreadsheet's zone, or null when it holds no date. */
export function isoDayOf(workspace: WorkspaceState, cell: CellValue | undefined, spreadsheetId = workspace.activeSpreadsheetId): string | null {
  if (typeof cell !== 'object' || cell === null || !('date' in cell)) return null;
  return new Intl.DateTimeFormat('en-CA', { timeZone: workspace.spreadsheets[spreadsheetId].timeZone }).format(new Date(cell.date));
}

/** One `Cases` row by field; dates are ISO days. Fields left out are blank. */
export interface CaseRowInput {
  dateOfReport?: string;
  caseCodeName?: string;
  personCodeName?: string;
  status?: string;
  resolutionSource?: string;
  resolutionDate?: string;
  safetyRisk?: string;
  ongoingHarassment?: string;
  consequences?: string;
  documents?: string;
  /** Cells of columns outside the schema, by header text. */
  extra?: Record<string, CellValue>;
}

const CASE_HEADERS: Record<Exclude<keyof CaseRowInput, 'extra'>, string> = CASES_COLUMNS;

const DATE_FIELDS = new Set(['dateOfReport', 'resolutionDate']);

/** A complete, valid resolved row; override any field. */
export function resolvedCase(overrides: CaseRowInput = {}): CaseRowInput {
  return {
    dateOfReport: '2024-03-01',
    caseCodeName: 'home shelf',
    personCodeName: '',
    status: 'Resolved',
    resolutionSource: 'CoC WG',
    resolutionDate: '2024-03-20',
    safetyRisk: 'No',
    ongoingHarassment: 'No',
    consequences: 'Warning',
    ...overrides,
  };
}

/** A complete, valid ongoing row; override any field. */
export function ongoingCase(overrides: CaseRowInput = {}): CaseRowInput {
  return {
    dateOfReport: '2024-05-02',
    caseCodeName: 'quiet lantern',
    personCodeName: '',
    status: 'Ongoing',
    safetyRisk: 'No',
    ongoingHarassment: 'Maybe',
    ...overrides,
  };
}

/**
 * Appends rows to `Cases` (or another sheet laid out the same way) by header text, in any column
 * order, growing the sheet as Sheets would. Returns the 1-based row of the first row written.
 */
export function writeCases(workspace: WorkspaceState, rows: readonly CaseRowInput[], sheetName = 'Cases'): number {
  const sheet = sheetState(workspace, sheetName);
  const header = (sheet.values[0] ?? []).map((cell) => String(cell).trim().toLowerCase());
  const first = sheet.values.length + 1;
  for (const row of rows) {
    const cells: CellValue[] = header.map(() => '');
    for (const [field, value] of Object.entries(row)) {
      if (field === 'extra' || value === undefined) continue;
      const column = header.indexOf(CASE_HEADERS[field as keyof typeof CASE_HEADERS].toLowerCase());
      if (column === -1) continue;
      cells[column] = DATE_FIELDS.has(field) && value !== '' ? dateCell(workspace, value as string) : (value as CellValue);
    }
    for (const [title, value] of Object.entries(row.extra ?? {})) {
      const column = header.indexOf(title.trim().toLowerCase());
      if (column !== -1) cells[column] = value;
    }
    sheet.values.push(cells);
  }
  sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length);
  return first;
}

/**
 * Adds a row to `Members` by header, and makes the person an editor of the status spreadsheet, as
 * every member is (an inactive one too, unless offboarding took that away).
 */
export function addMember(
  workspace: WorkspaceState,
  email: string,
  options: { role?: 'Chair' | 'Member'; identityKeyAccess?: boolean; active?: boolean } = {},
): void {
  const members = sheetState(workspace, 'Members');
  const header = members.values[0].map((cell) => String(cell));
  const cells: Record<string, CellValue> = {
    Email: email,
    Role: options.role ?? 'Member',
    'Identity Key Access': options.identityKeyAccess ? 'Yes' : 'No',
    Active: options.active === false ? 'No' : 'Yes',
  };
  members.values.push(header.map((title) => cells[title] ?? ''));
  shareStatusSpreadsheet(workspace, email);
}

/**
 * Makes `email` an editor of the status spreadsheet (Drive sharing, not a Members row), and returns
 * the workspace. With {@link OUTSIDER_EMAIL}, someone shared the tracker by mistake who is not a
 * member: Google lets them run the add-on, which must refuse them itself.
 */
export function shareStatusSpreadsheet(workspace: WorkspaceState, email: string): WorkspaceState {
  const file = workspace.files[workspace.activeSpreadsheetId];
  if (file.owner !== email && !file.editors.includes(email)) file.editors.push(email);
  return workspace;
}

/**
 * Records a conflict of interest as the add-on keeps it (document properties, spec section 9) and
 * shows it in the `Conflicts` sheet, as declaring it through the add-on would.
 */
export function recordConflict(workspace: WorkspaceState, email: string, caseCodeName: string, declaredOn: string | null = null): void {
  const properties = workspace.properties.document;
  const count = Number(properties[CONFLICTS_KEY] ?? 0);
  const text = Array.from({ length: count }, (_, index) => properties[`${CONFLICTS_KEY}.${index}`]).join('');
  const conflicts = (count > 0 ? parseConflicts(text) : []) ?? [];
  conflicts.push({ rowIndex: -1, memberEmail: email, caseCodeName, declaredOn });
  for (const key of Object.keys(properties)) if (key.startsWith(CONFLICTS_KEY)) delete properties[key];
  const chunks = chunkText(serialiseConflicts(conflicts));
  properties[CONFLICTS_KEY] = String(chunks.length);
  chunks.forEach((chunk, index) => (properties[`${CONFLICTS_KEY}.${index}`] = chunk));
  sheetState(workspace, 'Conflicts').values.push([email, caseCodeName, declaredOn === null ? '' : dateCell(workspace, declaredOn)]);
}

/** Sets a scalar setting's Value cell in `Settings` (the row labelled `label`). */
export function setSetting(workspace: WorkspaceState, label: string, value: CellValue): void {
  const settings = sheetState(workspace, 'Settings');
  const header = settings.values[0].map(String);
  const row = settings.values.find((cells) => cells[header.indexOf('Setting')] === label);
  if (!row) throw new Error(`no setting ${label}`);
  row[header.indexOf('Value')] = value;
}

function driveFile(id: string, name: string, mimeType: string, owner: string, extra: Partial<DriveFileState> = {}): DriveFileState {
  return {
    id,
    name,
    mimeType,
    owner,
    editors: [],
    viewers: [],
    access: 'PRIVATE',
    permission: 'NONE',
    parents: [],
    trashed: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...extra,
  };
}

export interface KeyPerson {
  realName: string;
  aliases?: string;
  personCodeName: string;
}

/**
 * Adds an identity key spreadsheet (sheet `Identity Key`, the spec's columns) owned by the chair,
 * shared with `editors`, and links it in `Settings`. Returns its id.
 */
export function addIdentityKey(
  workspace: WorkspaceState,
  people: readonly KeyPerson[],
  options: { id?: string; editors?: string[]; link?: boolean } = {},
): string {
  const id = options.id ?? 'identity-key';
  workspace.files[id] = driveFile(id, 'CoC WG identity key', MIME.spreadsheet, CHAIR_EMAIL, { editors: options.editors ?? [] });
  const sheet = newSheetState('Identity Key', 0);
  sheet.values = [
    ['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence', 'Flagged'],
    ...people.map((person) => [person.realName, person.aliases ?? '', person.personCodeName, 0, '', 'No'] as CellValue[]),
  ];
  sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length);
  workspace.spreadsheets[id] = { timeZone: 'Europe/London', sheets: [sheet] };
  if (options.link !== false) setSetting(workspace, 'Identity Key Spreadsheet ID', id);
  return id;
}

export interface FolderDocument {
  id: string;
  url: string;
  title: string;
}

/**
 * Adds a private case folder owned by the chair holding one Google Doc per title, and links it in
 * `Settings`. Returns the folder's id and the documents with their links.
 */
export function addCaseFolder(
  workspace: WorkspaceState,
  titles: readonly string[],
  options: { folderId?: string; link?: boolean; editors?: string[] } = {},
): { folderId: string; documents: FolderDocument[] } {
  const folderId = options.folderId ?? 'case-folder';
  workspace.files[folderId] = driveFile(folderId, 'CoC WG case documents', MIME.folder, CHAIR_EMAIL);
  const documents = titles.map((title, index) => addDocument(workspace, title, { id: `${folderId}-doc-${index + 1}`, parent: folderId, editors: options.editors }));
  if (options.link !== false) setSetting(workspace, 'Case Documents Folder ID', folderId);
  return { folderId, documents };
}

/** Adds one Google Doc (in `parent`, or at the top of the owner's Drive). */
export function addDocument(
  workspace: WorkspaceState,
  title: string,
  options: { id?: string; parent?: string; owner?: string; editors?: string[] } = {},
): FolderDocument {
  const id = options.id ?? `doc-${Object.keys(workspace.documents).length + 1}`;
  workspace.files[id] = driveFile(id, title, MIME.document, options.owner ?? CHAIR_EMAIL, {
    parents: options.parent ? [options.parent] : [],
    editors: options.editors ?? [],
  });
  workspace.documents[id] = { body: [{ text: title, heading: 'TITLE' }] };
  return { id, url: `https://docs.google.com/document/d/${id}/edit`, title };
}

/** A deep copy, to compare the whole workspace before and after a run. */
export function copyOf(workspace: WorkspaceState): WorkspaceState {
  return structuredClone(workspace);
}
