import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import vm from 'node:vm';
import { createGlobals } from './globals';
import { withoutUndocumentedBuiltIns, withRunClock } from './run/appsScriptRealm';
import { advancedServiceGlobals } from './advancedServices';
import { serviceObjects } from './run/instrument';
import { isPlainObject, Realm } from './run/realm';
import { EXCEEDED_MAXIMUM_EXECUTION_TIME, SIMPLE_TRIGGER_LIMIT_MS } from './run/costModel';
import { PendingQuestion, RunContext, Selection, Shown } from './run/runContext';
import { releaseLocksOf } from './services/lock/lockService';
import { rangeForEvent, writeTypedValue } from './services/sheets/spreadsheetApp';
import { formatDayInZone } from './services/sheets/zonedDates';
import type { CellValue, SheetState, WorkspaceState } from './workspace/state';
import { isDateCell, isFormulaCell } from './workspace/state';
import { cellA1, parseA1 } from './workspace/a1';
import { canView } from './workspace/access';
import { NO_PERMISSION } from './services/sheets/writeAccess';

// gas-local has no type declarations; this is the one function of it the runner uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as {
  require(folder: string, globals: Record<string, unknown>, options: { filter(path: string): boolean }): vm.Context;
};

export const DEFAULT_USER = 'chair@example.org';

/** One `POST /api/run` request (spec section 11). */
export interface RunRequest {
  function: string;
  args?: unknown[];
  user?: string;
  selection?: Selection;
  answers?: string[];
  failAtCall?: number;
  /**
   * For `onOpen` run as its simple trigger: 'NONE' stands for an add-on installed by the person but
   * not yet used in this document; 'LIMITED' (the default) for every other open.
   */
  authMode?: 'NONE' | 'LIMITED';
  /**
   * For the browser shell: when a Ui.alert or Ui.prompt finds no answer left, stop, undo the run's
   * writes and answer `needsAnswer`, so the shell can ask the person and run again with the answer.
   */
  interactive?: boolean;
  /**
   * For the browser shell's run again after an answer: what the stopped run drew, given back so the
   * new run is the same execution up to the question, as Google's one execution waits for the
   * answer. `uuids` are the values Utilities.getUuid returned, in order; the run draws them first.
   */
  replay?: RunReplay;
}

/** What an interactive run drew before it stopped for an answer (see RunRequest.replay). */
export interface RunReplay {
  uuids: string[];
}

export interface RunOptions {
  /** The folder `npm run build` writes: Code.js, the HTML files and appsscript.json. */
  buildDir: string;
  /** Lock holders shared between runs that stand for concurrent executions. */
  lockTable?: Map<string, object>;
  /** The run's clock: the emulator's own stamps and the bundle's `new Date()` (the real clock by default). */
  now?: () => Date;
  /** Utilities.getUuid's source (random by default). */
  uuid?: () => string;
  /** Called before each of the run's counted service calls with its number (see RunContext.beforeCall). */
  beforeCall?: (callNumber: number) => void;
  /**
   * Throw (a host Error, not the run's `error`) when the run did something Google does not promise
   * to work, such as releasing a lock with spreadsheet changes not flushed. Tests set it.
   */
  failOnViolations?: boolean;
  /**
   * Let the run go on past Apps Script's execution time limit, still estimating its time: the
   * benchmarks measure how far past the limit a naive script would need.
   */
  ignoreTimeLimit?: boolean;
}

/** One `POST /api/edit` request: a person typing `value` into a cell of the active spreadsheet. */
export interface EditRequest {
  sheet: string;
  a1: string;
  /** What the person typed; null (or '') clears the cell. */
  value: string | number | boolean | null;
  user?: string;
}

interface RunReport {
  shown: Shown[];
  calls: Record<string, number>;
  /** Present when the run did something Google does not promise to work (see RunContext.violations). */
  violations?: string[];
  /**
   * Estimated Apps Script time of the run's calls, in milliseconds (emulator/run/costModel.ts).
   * The runner always sets it; optional only so hand-made responses in tests need not.
   */
  estimatedMs?: number;
  /** Present when the script moved the person's cursor: the sheet and range now active. */
  selection?: Selection;
}
export type RunResponse =
  | (RunReport & { result: unknown })
  | (RunReport & { error: string })
  | (RunReport & { needsAnswer: PendingQuestion; replay: RunReplay });

/** A request that cannot run at all (wrong shape, no such sheet); the server answers it with 400. */
export class RequestError extends Error {}

/** What a run does once the bundle is loaded; its return value is the run's result. */
type Body = (bundle: Bundle) => unknown;

export interface Bundle {
  run: RunContext;
  /** The bundle's global object: the emulated services plus what Code.js declared. */
  context: vm.Context;
  /** The names of the emulated services, which are globals but not the bundle's functions. */
  serviceNames: ReadonlySet<string>;
}

/**
 * Runs a global function of build/Code.js as Apps Script would: in a fresh context holding only
 * the emulated services, as `request.user`, with the arguments google.script.run would let through.
 * A thrown error becomes `{error}`; writes made before it stay, as Apps Script has no transactions.
 */
export function runFunction(workspace: WorkspaceState, request: RunRequest, options: RunOptions): RunResponse {
  checkRunRequest(request);
  if (request.selection) cellsInActiveSpreadsheet(workspace, request.selection.sheet, request.selection.a1, '"selection.a1"');
  const refusal = refuseStranger(workspace, request.user ?? DEFAULT_USER);
  if (refusal) return refusal;
  const illegal = (request.args ?? []).findIndex((arg) => findIllegalValue(arg) !== null);
  if (illegal !== -1) return { error: illegalValueMessage(String(illegal)), shown: [], calls: {}, estimatedMs: 0 };
  return execute(workspace, request, options, (bundle) => callEntryPoint(bundle, request));
}

/**
 * Writes a cell of the active spreadsheet as a person typing would, then fires the bundle's
 * `onEdit` simple trigger (if it has one) with the event object Sheets gives it.
 */
export function editCell(workspace: WorkspaceState, edit: EditRequest, options: RunOptions): RunResponse {
  const sheet = checkEditRequest(workspace, edit);
  const a1 = edit.a1.toUpperCase();
  const oldValue = cellAt(workspace, sheet.name, a1);
  const user = edit.user ?? DEFAULT_USER;
  try {
    writeTypedValue(workspace, workspace.activeSpreadsheetId, sheet.name, a1, edit.value, user);
  } catch (error) {
    // Sheets shows its refusal and keeps the cell as it was; no trigger fires for an edit not made.
    return { error: messageOf(error), shown: [], calls: {} };
  }
  const request: RunRequest = { function: 'onEdit', user: edit.user, selection: { sheet: sheet.name, a1 } };
  return execute(workspace, request, options, (bundle) => {
    const onEdit = topLevelFunction(bundle, 'onEdit');
    if (!onEdit) return null;
    bundle.run.authMode = 'LIMITED';
    bundle.run.timeLimitMs = SIMPLE_TRIGGER_LIMIT_MS;
    return onEdit.call(bundle.context, bundle.run.realm.toRealm(editEvent(bundle, sheet.name, a1, oldValue)));
  });
}

/**
 * A user who is neither owner, editor nor viewer of the spreadsheet cannot open it, so they cannot
 * run anything in it: the add-on's menu never appears for them (spec section 11).
 */
function refuseStranger(workspace: WorkspaceState, user: string): RunResponse | null {
  const file = workspace.files[workspace.activeSpreadsheetId];
  if (!file || canView(file, user, workspace)) return null;
  return { error: NO_PERMISSION, shown: [], calls: {}, estimatedMs: 0 };
}

/**
 * Loads build/Code.js with gas-local into a fresh context whose globals are the emulated services
 * for `run`, and points `run.realm` at it. Nothing carries over from an earlier load.
 */
export function loadBundle(run: RunContext, buildDir: string): Bundle {
  const globals = { ...createGlobals(run), ...advancedServiceGlobals(run, readManifest(buildDir)) };
  const serviceNames = new Set(Object.keys(globals));
  // gas-local makes `globals` itself the context's global object; contextified here first, so that
  // what Apps Script lacks is gone before Code.js runs (gas-local reuses the same context).
  const sandbox = vm.createContext(globals);
  withoutUndocumentedBuiltIns(sandbox);
  withRunClock(sandbox, run.now);
  const context = gasLocal.require(buildDir, globals, { filter: (path) => basename(path) === 'Code.js' });
  run.realm = new Realm(context, serviceObjects);
  return { run, context, serviceNames };
}

/** The build's appsscript.json, whose `dependencies` say which advanced services the script may use; null when absent. */
function readManifest(buildDir: string): unknown {
  const path = join(buildDir, 'appsscript.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** The build's HTML files by name without extension, as HtmlService.createHtmlOutputFromFile reads them. */
export function readHtmlFiles(buildDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(buildDir)) {
    if (name.endsWith('.html')) files[name.slice(0, -'.html'.length)] = readFileSync(join(buildDir, name), 'utf8');
  }
  return files;
}

/** The bundle's own top-level function `name`, or undefined (services and built-ins do not count). */
export function topLevelFunction(bundle: Bundle, name: string): ((...args: unknown[]) => unknown) | undefined {
  if (name.endsWith('_') || bundle.serviceNames.has(name)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(bundle.context, name)) return undefined;
  const value = (bundle.context as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : undefined;
}

function execute(workspace: WorkspaceState, request: RunRequest, options: RunOptions, body: Body): RunResponse {
  const snapshot = request.interactive ? structuredClone(workspace) : undefined;
  const drawn: string[] = [];
  const run = createRun(workspace, request, { ...options, uuid: replayedUuids(request.replay?.uuids ?? [], options.uuid ?? randomUUID, drawn) });
  if (options.ignoreTimeLimit) run.timeLimitMs = Number.POSITIVE_INFINITY;
  const stop: { question?: PendingQuestion } = {};
  if (request.interactive) run.onUnansweredPrompt = (question) => waitForAnswer(run, question, stop);
  const outcome = settle(run, options.buildDir, body);
  if (options.failOnViolations && run.violations.length > 0) {
    throw new Error(`The run of ${request.function} broke Apps Script's rules: ${run.violations.join(' ')}`);
  }
  const report: RunReport = {
    shown: run.shown,
    calls: run.calls,
    estimatedMs: Math.round(run.estimatedMs),
    ...(run.violations.length > 0 ? { violations: [...run.violations] } : {}),
    ...(run.movedSelection ? { selection: run.movedSelection } : {}),
  };
  const question = stop.question ?? (request.interactive ? firstUnanswered(run.shown, request.answers?.length ?? 0) : undefined);
  if (question && snapshot) {
    replaceWorkspace(workspace, snapshot);
    return { needsAnswer: question, replay: { uuids: drawn }, ...report };
  }
  return { ...outcome, ...report };
}

/** A UUID source that gives `replayed` first, then `fresh`, noting in `drawn` every value it gave. */
function replayedUuids(replayed: readonly string[], fresh: () => string, drawn: string[]): () => string {
  return () => {
    const value = drawn.length < replayed.length ? replayed[drawn.length] : fresh();
    drawn.push(value);
    return value;
  };
}

/**
 * The first alert or prompt the request gave no answer for, which the Ui answered by itself
 * (closed, or OK): a Ui that does not call `onUnansweredPrompt` is still caught after the run.
 */
function firstUnanswered(shown: Shown[], answers: number): PendingQuestion | undefined {
  const questions = shown.filter((item): item is Extract<Shown, { type: 'alert' | 'prompt' }> => item.type === 'alert' || item.type === 'prompt');
  const unanswered = questions[answers];
  return unanswered && { type: unanswered.type, title: unanswered.title, message: unanswered.message, buttons: unanswered.buttons };
}

/** Stops the run, and any later service call in it, so the shell can ask the person. */
function waitForAnswer(run: RunContext, question: PendingQuestion, stop: { question?: PendingQuestion }): never {
  const { type, title, message, buttons } = question;
  stop.question = { type, title, message, buttons };
  const reason = 'The run stopped to wait for an answer.';
  run.abort(reason);
  throw run.realm.error(reason);
}

/** Loads the bundle and runs `body`, turning what it returns or throws into a result or an error. */
function settle(run: RunContext, buildDir: string, body: Body): { result: unknown } | { error: string } {
  try {
    const value = body(loadBundle(run, buildDir));
    if (run.stopReason === EXCEEDED_MAXIMUM_EXECUTION_TIME) return { error: EXCEEDED_MAXIMUM_EXECUTION_TIME };
    const illegalPath = findIllegalValue(value, 'result');
    if (illegalPath !== null) return { error: illegalValueMessage(illegalPath) };
    return { result: toTransferable(value) };
  } catch (error) {
    if (run.stopReason === EXCEEDED_MAXIMUM_EXECUTION_TIME) return { error: EXCEEDED_MAXIMUM_EXECUTION_TIME };
    return { error: messageOf(error) };
  } finally {
    releaseLocksOf(run);
  }
}

function createRun(workspace: WorkspaceState, request: RunRequest, options: RunOptions): RunContext {
  const run = new RunContext(
    workspace,
    request.user ?? DEFAULT_USER,
    request.selection,
    request.answers ?? [],
    request.failAtCall,
    undefined,
    readHtmlFiles(options.buildDir),
    options.lockTable ?? new Map(),
    options.now,
    options.uuid,
  );
  run.beforeCall = options.beforeCall;
  return run;
}

function callEntryPoint(bundle: Bundle, request: RunRequest): unknown {
  const fn = topLevelFunction(bundle, request.function);
  if (!fn) throw new Error(`Script function not found: ${request.function}`);
  const args = request.args ?? [];
  if (args.length === 0 && isSimpleTrigger(request.function)) {
    bundle.run.authMode = request.function === 'onInstall' ? 'FULL' : request.function === 'onOpen' ? (request.authMode ?? 'LIMITED') : 'LIMITED';
    if (bundle.run.authMode !== 'FULL') bundle.run.timeLimitMs = SIMPLE_TRIGGER_LIMIT_MS;
    return fn.call(bundle.context, bundle.run.realm.toRealm(triggerEvent(bundle, request.function)));
  }
  return fn.apply(bundle.context, args.map((arg) => bundle.run.realm.toRealm(toTransferable(arg))));
}

function isSimpleTrigger(name: string): name is 'onOpen' | 'onInstall' | 'onEdit' {
  return name === 'onOpen' || name === 'onInstall' || name === 'onEdit';
}

/** The event object Sheets passes to a simple trigger run without arguments. */
function triggerEvent(bundle: Bundle, name: 'onOpen' | 'onInstall' | 'onEdit'): Record<string, unknown> {
  if (name === 'onInstall') return { authMode: authMode(bundle, 'FULL') };
  if (name === 'onOpen') {
    // Without authorisation there is no document or user to hand over.
    if (bundle.run.authMode === 'NONE') return { authMode: authMode(bundle, 'NONE') };
    return bundle.run.withoutCounting(() => ({ authMode: authMode(bundle, 'LIMITED'), source: activeSpreadsheet(bundle), user: activeUser(bundle) }));
  }
  const { sheet, a1 } = bundle.run.selection ?? { sheet: firstSheetName(bundle.run.workspace), a1: 'A1' };
  return editEvent(bundle, sheet, a1, '');
}

/**
 * Sheets' edit event for one cell: `value` is the new value as text and is left out when the cell
 * was cleared; `oldValue` is left out when the cell was empty.
 */
function editEvent(bundle: Bundle, sheetName: string, a1: string, oldValue: CellValue): Record<string, unknown> {
  const { run } = bundle;
  const spreadsheetId = run.workspace.activeSpreadsheetId;
  const timeZone = run.workspace.spreadsheets[spreadsheetId].timeZone;
  const newValue = cellAt(run.workspace, sheetName, a1);
  return run.withoutCounting(() => {
    const event: Record<string, unknown> = {
      authMode: authMode(bundle, 'LIMITED'),
      range: rangeForEvent(run, spreadsheetId, sheetName, a1),
      source: activeSpreadsheet(bundle),
      user: activeUser(bundle),
    };
    if (newValue !== '') event.value = eventText(newValue, timeZone);
    if (oldValue !== '') event.oldValue = eventText(oldValue, timeZone);
    return event;
  });
}

/** ScriptApp.AuthMode's value as the emulated ScriptApp defines it (its name when it has none). */
function authMode(bundle: Bundle, name: 'NONE' | 'LIMITED' | 'FULL'): unknown {
  const scriptApp = bundle.context.ScriptApp as { AuthMode?: Record<string, unknown> } | undefined;
  return scriptApp?.AuthMode?.[name] ?? name;
}

function activeSpreadsheet(bundle: Bundle): unknown {
  return (bundle.context.SpreadsheetApp as { getActiveSpreadsheet(): unknown }).getActiveSpreadsheet();
}

function activeUser(bundle: Bundle): unknown {
  return (bundle.context.Session as { getActiveUser(): unknown }).getActiveUser();
}

/** A cell as Sheets puts it in `e.value`: text, with numbers, booleans and dates written out. */
function eventText(cell: CellValue, timeZone: string): string {
  if (isDateCell(cell)) return String(dateSerial(cell.date, timeZone));
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** Sheets' serial day number (days since 1899-12-30) of an instant, on the calendar of `timeZone`. */
function dateSerial(iso: string, timeZone: string): number {
  const [year, month, day] = formatDayInZone(new Date(iso), timeZone).split('-').map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function cellAt(workspace: WorkspaceState, sheetName: string, a1: string): CellValue {
  const sheet = findSheet(workspace, sheetName);
  const reference = parseA1(a1);
  if (!sheet || !reference?.startRow || !reference.startColumn) return '';
  return sheet.values[reference.startRow - 1]?.[reference.startColumn - 1] ?? '';
}

function findSheet(workspace: WorkspaceState, name: string): SheetState | undefined {
  return workspace.spreadsheets[workspace.activeSpreadsheetId]?.sheets.find((sheet) => sheet.name === name);
}

function firstSheetName(workspace: WorkspaceState): string {
  return workspace.spreadsheets[workspace.activeSpreadsheetId].sheets[0].name;
}

/** Apps Script's message for a value google.script.run cannot carry. */
function illegalValueMessage(path: string): string {
  return `Failed due to illegal value in property: ${path}`;
}

/** An error's message, for errors made in any realm, and for thrown non-errors. */
function messageOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** Puts `snapshot` back into `workspace` in place, so every holder of the object sees it. */
function replaceWorkspace(workspace: WorkspaceState, snapshot: WorkspaceState): void {
  for (const key of Object.keys(workspace)) delete (workspace as unknown as Record<string, unknown>)[key];
  Object.assign(workspace, snapshot);
}

function checkRunRequest(request: RunRequest): void {
  if (request === null || typeof request !== 'object') throw new RequestError('The request must be a JSON object.');
  if (typeof request.function !== 'string' || request.function === '') throw new RequestError('"function" must be a function name.');
  if (request.args !== undefined && !Array.isArray(request.args)) throw new RequestError('"args" must be an array.');
  if (request.user !== undefined && typeof request.user !== 'string') throw new RequestError('"user" must be an email address.');
  if (request.answers !== undefined && !(Array.isArray(request.answers) && request.answers.every((a) => typeof a === 'string'))) {
    throw new RequestError('"answers" must be an array of strings.');
  }
  if (request.failAtCall !== undefined && !(Number.isInteger(request.failAtCall) && request.failAtCall > 0)) {
    throw new RequestError('"failAtCall" must be a positive whole number.');
  }
  if (request.selection !== undefined) checkSelection(request.selection);
  if (request.replay !== undefined && !(request.interactive === true && isReplay(request.replay))) {
    throw new RequestError('"replay" is {"uuids": [TEXT, ...]}, given back from an interactive run\'s "needsAnswer" response.');
  }
  if (request.authMode !== undefined && !(request.function === 'onOpen' && (request.authMode === 'NONE' || request.authMode === 'LIMITED'))) {
    throw new RequestError('"authMode" is "NONE" or "LIMITED", for onOpen only.');
  }
}

function isReplay(replay: unknown): replay is RunReplay {
  if (replay === null || typeof replay !== 'object') return false;
  const { uuids } = replay as { uuids?: unknown };
  return Array.isArray(uuids) && uuids.length <= 10_000 && uuids.every((uuid) => typeof uuid === 'string' && uuid.length <= 64);
}

function checkSelection(selection: Selection): void {
  if (selection === null || typeof selection !== 'object' || typeof selection.sheet !== 'string' || typeof selection.a1 !== 'string') {
    throw new RequestError('"selection" must be {"sheet": NAME, "a1": CELL}.');
  }
}

function checkEditRequest(workspace: WorkspaceState, edit: EditRequest): SheetState {
  if (edit === null || typeof edit !== 'object') throw new RequestError('The request must be a JSON object.');
  if (typeof edit.sheet !== 'string' || typeof edit.a1 !== 'string') throw new RequestError('An edit needs "sheet" and "a1".');
  if (edit.user !== undefined && typeof edit.user !== 'string') throw new RequestError('"user" must be an email address.');
  if (edit.value !== null && !['string', 'number', 'boolean'].includes(typeof edit.value)) {
    throw new RequestError('"value" must be text, a number, true/false or null.');
  }
  const reference = parseA1(edit.a1);
  const single = reference?.startRow !== undefined && reference.startColumn !== undefined && cellA1(reference.startRow, reference.startColumn) === edit.a1.toUpperCase();
  if (!single) throw new RequestError(`"a1" must name one cell, such as D7: ${edit.a1}`);
  return cellsInActiveSpreadsheet(workspace, edit.sheet, edit.a1, '"a1"');
}

/**
 * The sheet of the active spreadsheet that `a1` (a cell or a rectangle, such as B5 or C3:D4) lies
 * in, or a RequestError: the request names no sheet there, or cells Sheets could not select. A run
 * never falls back to another cell, where it would write what the request meant for this one.
 */
function cellsInActiveSpreadsheet(workspace: WorkspaceState, sheetName: string, a1: string, field: string): SheetState {
  const sheet = findSheet(workspace, sheetName);
  if (!sheet) throw new RequestError(`No sheet named "${sheetName}" in the active spreadsheet.`);
  const reference = parseA1(a1);
  if (!reference || reference.sheetName !== undefined || reference.startRow === undefined || reference.startColumn === undefined) {
    throw new RequestError(`${field} is not a cell or range of one sheet, such as B5 or C3:D4: ${a1}`);
  }
  if (reference.endRow! > sheet.maxRows || reference.endColumn! > sheet.maxColumns) {
    throw new RequestError(`${a1} is outside sheet "${sheet.name}" (${sheet.maxRows} rows, ${sheet.maxColumns} columns).`);
  }
  return sheet;
}

// --- What google.script.run can carry -----------------------------------------------------------
// "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as
// JavaScript objects and arrays that are composed of primitives, objects, and arrays. [...]
// Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
// prohibited type, including prohibited types inside objects or arrays. Objects that create
// circular references will also fail, and undefined fields within arrays become null."
// (https://developers.google.com/apps-script/guides/html/reference/run). Return values follow the
// same rules. Arguments arrive as JSON, so `{"$date": ISO}` and `{"$function": SOURCE}` stand for a
// Date and a function a page tried to send.

/** The path of the first value google.script.run cannot carry, or null when all of it is legal. */
export function findIllegalValue(value: unknown, path = '', within: object[] = []): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value !== 'object' || serviceObjects.has(value) || within.includes(value) || isTaggedIllegal(value)) return path;
  if (!Array.isArray(value) && !isPlainObject(value)) return path;
  const inner = [...within, value];
  for (const [key, item] of Object.entries(value)) {
    const found = findIllegalValue(item, path === '' ? key : `${path}.${key}`, inner);
    if (found !== null) return found;
  }
  return null;
}

/** A legal value copied into plain host objects: undefined in arrays becomes null, in objects is left out. */
export function toTransferable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Array.from(value, (item) => toTransferable(item));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) copy[key] = toTransferable(item);
  }
  return copy;
}

function isTaggedIllegal(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === '$date' || keys[0] === '$function');
}
