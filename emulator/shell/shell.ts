import type { RunResponse } from '../runner';
import type { Selection, Shown } from '../run/runContext';
import type { SheetState, WorkspaceState } from '../workspace/state';
import { type RunCall, getView, postEdit, postReset, postRun } from './api';
import { type FileAccess, VIEW_ONLY_MESSAGE } from '../workspace/userView';
import { renderCharts } from './charts';
import { byId, clear, el } from './dom';
import { renderFiles } from './files';
import { closeDialog, closeSidebar, googleFor, PageOutcome, showDialog, showSidebar } from './frames';
import { a1Of, CellPosition, cellAt, displayText, markSelected, pinFrozenRows, renderGrid } from './grid';
import { closeAllMenus, RegisteredMenu, renderMenuBar } from './menus';
import { ask } from './questions';

/**
 * The emulator's page: the active (status) spreadsheet as Sheets shows it, the add-on's menu as
 * its onOpen registers it, and its sidebars and dialogs. Every action goes through the HTTP
 * interface (POST /api/run, /api/edit) as the person named in "Signed in as", and the page
 * redraws afterwards from GET /api/view, the workspace as that person would see it in Google: a
 * spreadsheet they cannot open is not shown, one they can only view refuses edits and runs no
 * onOpen, and the Files view lists only what they own or can open.
 */

const DEFAULT_USER = 'chair@example.org';
const TOAST_MILLISECONDS = 5000;

const state = {
  workspace: undefined as WorkspaceState | undefined,
  sheetName: undefined as string | undefined,
  selected: { row: 1, column: 1 } as CellPosition,
  /** The value the cell held when editing began; undefined when not editing. */
  editingFrom: undefined as string | undefined,
  /** What the signed-in person may do with the status spreadsheet. */
  access: 'none' as FileAccess,
};

function mayEdit(): boolean {
  return state.access === 'owner' || state.access === 'editor';
}

/** True when the person may type; otherwise tells them why not, as Sheets does for viewers. */
function checkMayEdit(): boolean {
  if (mayEdit()) return true;
  showError(VIEW_ONLY_MESSAGE);
  return false;
}

// --- Running the add-on's functions ----------------------------------------------------------------

let queue: Promise<unknown> = Promise.resolve();

/** Runs tasks one after another, as a person can only do one thing at a time in Sheets. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

function currentUser(): string {
  return byId<HTMLInputElement>('user-email').value.trim() || DEFAULT_USER;
}

function currentSelection(): Selection | undefined {
  return state.sheetName ? { sheet: state.sheetName, a1: a1Of(state.selected) } : undefined;
}

/**
 * Runs a global function of the add-on; each Ui.alert/Ui.prompt it asks is put to the person and
 * the function is run again with the answers so far, until it finishes.
 */
async function runScript(functionName: string, args: unknown[] = []): Promise<RunResponse> {
  const call: RunCall = { function: functionName, args, user: currentUser(), selection: currentSelection(), answers: [] };
  for (;;) {
    const response = await postRun(call);
    if (!('needsAnswer' in response)) {
      if (response.selection) moveCursor(response.selection);
      await present(response.shown, call.answers.length);
      await refresh();
      return response;
    }
    call.answers.push(await ask(response.needsAnswer));
    // On Google the one execution waits for the answer: the next run draws what this one drew.
    call.replay = response.replay;
  }
}

/** Shows what a run showed; alerts past `answered` were not put to the person, so they are shown now. */
async function present(shown: Shown[], answered: number): Promise<void> {
  let questions = 0;
  for (const item of shown) {
    if (item.type === 'sidebar') showSidebar(item.title, item.html);
    else if (item.type === 'modalDialog' || item.type === 'modelessDialog') showDialog(item.title, item.html, item.width, item.height);
    else if (item.type === 'toast') showToast(item.title, item.message);
    else if (item.type === 'alert' || item.type === 'prompt') {
      questions += 1;
      if (questions > answered) await ask({ type: 'alert', title: item.title, message: item.message, buttons: 'OK' });
    }
  }
}

function runFromMenu(functionName: string, caption: string): void {
  void enqueue(async () => {
    setStatus(`Running “${caption}”…`);
    try {
      const response = await runScript(functionName);
      if ('error' in response) showError(`${caption}: ${response.error}`);
      setStatus(`“${caption}” ${'error' in response ? 'failed' : 'finished'}.`);
    } catch (error) {
      showError((error as Error).message);
      setStatus('');
    }
  });
}

/** google.script.run from a sidebar or dialog: the same run, as the same person, with the same cell. */
function runForPage(functionName: string, args: unknown[]): Promise<PageOutcome> {
  return enqueue(async () => {
    try {
      const response = await runScript(functionName, args);
      return 'error' in response ? { error: response.error } : { result: 'result' in response ? response.result : null };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

/**
 * What happens when a person opens the spreadsheet: onOpen runs and its menus appear. Simple
 * triggers do not run for a person who can only view the file (or cannot open it), so they get no
 * add-on menu, as in Google.
 */
async function openSpreadsheet(): Promise<void> {
  const bar = byId('menubar');
  if (!mayEdit()) {
    const why = state.access === 'viewer' ? 'No add-on menu: onOpen does not run for a person who can only view the file.' : 'No add-on menu: you cannot open this spreadsheet.';
    renderMenuBar(bar, [], runFromMenu, why);
    return;
  }
  try {
    const response = await runScript('onOpen');
    const menus = response.shown.filter((item): item is Extract<Shown, { type: 'menu' }> => item.type === 'menu').map((menu): RegisteredMenu => ({ name: menu.name, items: menu.items }));
    renderMenuBar(bar, menus, runFromMenu);
    if ('error' in response) showError(`onOpen: ${response.error}`);
  } catch (error) {
    renderMenuBar(bar, [], runFromMenu);
    showError((error as Error).message);
  }
}

/** Draws the workspace as the person signed in sees it, then opens the spreadsheet as they would. */
async function drawAndOpenSpreadsheet(): Promise<void> {
  try {
    await refresh();
  } catch (error) {
    showError((error as Error).message);
  }
  await openSpreadsheet();
}

// --- Drawing the workspace ---------------------------------------------------------------------------

async function refresh(): Promise<void> {
  const view = await getView(currentUser());
  state.workspace = view.workspace;
  state.access = view.activeSpreadsheetAccess;
  renderKnownUsers(view.knownUsers);
  renderAccess();
  if (!byId('files-view').hidden) renderFiles(state.workspace);
  const spreadsheet = state.workspace.spreadsheets[state.workspace.activeSpreadsheetId];
  if (!spreadsheet) {
    // Google shows no title, cells or sheets of a file the person cannot open.
    state.sheetName = undefined;
    byId('spreadsheet-title').textContent = 'Status spreadsheet';
    renderSheet();
    return;
  }
  state.sheetName = chooseSheet(spreadsheet.sheets);
  // A run may have shrunk the sheet; the selection stays inside it, as the API refuses cells outside.
  const shown = spreadsheet.sheets.find((sheet) => sheet.name === state.sheetName);
  if (shown) state.selected = { row: Math.min(state.selected.row, shown.maxRows), column: Math.min(state.selected.column, shown.maxColumns) };
  byId('spreadsheet-title').textContent = state.workspace.files[state.workspace.activeSpreadsheetId]?.name ?? 'Status spreadsheet';
  renderSheet();
}

/** "You need access" for a file the person cannot open; a "View only" mark when they can only view it. */
function renderAccess(): void {
  const cannotOpen = state.access === 'none';
  byId('no-access').hidden = !cannotOpen;
  byId('sheet-content').hidden = cannotOpen;
  byId('view-only').hidden = state.access !== 'viewer';
  byId<HTMLInputElement>('cell-input').readOnly = !mayEdit();
}

/**
 * Where a run left the cursor (insertSheet, setActiveSheet and Range.activate move it in Sheets):
 * the page shows that sheet and selects the range's first cell.
 */
function moveCursor(selection: Selection): void {
  const match = /^([A-Z]+)(\d+)/.exec(selection.a1);
  state.sheetName = selection.sheet;
  if (!match) return;
  const column = [...match[1]].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  state.selected = { row: Number(match[2]), column };
}

/** Keeps the sheet on show while it is visible, else the first visible sheet. */
function chooseSheet(sheets: SheetState[]): string {
  const visible = sheets.filter((sheet) => !sheet.hidden);
  if (visible.some((sheet) => sheet.name === state.sheetName)) return state.sheetName!;
  return (visible[0] ?? sheets[0]).name;
}

function activeSheet(): { sheet: SheetState; sheets: SheetState[]; timeZone: string } | undefined {
  const workspace = state.workspace;
  if (!workspace) return undefined;
  const spreadsheet = workspace.spreadsheets[workspace.activeSpreadsheetId];
  const sheet = spreadsheet?.sheets.find((candidate) => candidate.name === state.sheetName);
  return sheet && { sheet, sheets: spreadsheet.sheets, timeZone: spreadsheet.timeZone };
}

function renderSheet(): void {
  const active = activeSheet();
  const wrap = byId('grid-wrap');
  const charts = byId('charts');
  clear(wrap);
  clear(charts);
  renderTabs();
  charts.hidden = !active || active.sheet.charts.length === 0;
  if (!active) return;
  const table = renderGrid(active.sheet, { timeZone: active.timeZone, selected: state.selected, onSelect: select, onEdit: (position) => (select(position), checkMayEdit() && startEditing()) });
  wrap.append(table);
  charts.append(...renderCharts(active.sheet, active.sheets, active.timeZone));
  pinFrozenRows(table);
  showSelectedCell();
}

function renderTabs(): void {
  const tabs = byId('tabs');
  clear(tabs);
  const workspace = state.workspace;
  const spreadsheet = workspace?.spreadsheets[workspace.activeSpreadsheetId];
  if (!spreadsheet) return;
  for (const sheet of spreadsheet.sheets.filter((candidate) => !candidate.hidden)) {
    const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === state.sheetName), text: sheet.name });
    tab.addEventListener('click', () => {
      state.sheetName = sheet.name;
      state.selected = { row: 1, column: 1 };
      renderSheet();
    });
    tabs.append(tab);
  }
}

function renderKnownUsers(knownUsers: string[]): void {
  const emails = new Set<string>([DEFAULT_USER, ...knownUsers]);
  const list = byId('known-users');
  clear(list);
  for (const email of [...emails].sort()) list.append(el('option', { value: email }));
}

// --- Selecting and editing cells ---------------------------------------------------------------------

function select(position: CellPosition): void {
  const active = activeSheet();
  if (!active) return;
  state.selected = {
    row: Math.min(Math.max(position.row, 1), active.sheet.maxRows),
    column: Math.min(Math.max(position.column, 1), active.sheet.maxColumns),
  };
  const table = byId('grid-wrap').querySelector('table');
  const drawnRows = table ? table.tBodies[0].rows.length : 0;
  if (table && state.selected.row <= drawnRows) markSelected(table, state.selected);
  else renderSheet();
  showSelectedCell();
}

function showSelectedCell(): void {
  const active = activeSheet();
  byId('cell-name').textContent = a1Of(state.selected);
  if (state.editingFrom !== undefined || !active) return;
  const text = displayText(cellAt(active.sheet, state.selected), active.timeZone);
  byId<HTMLInputElement>('cell-input').value = text;
  byId('cell-announcer').textContent = `${a1Of(state.selected)}: ${text || 'empty'}`;
}

function startEditing(firstKey?: string): void {
  const input = byId<HTMLInputElement>('cell-input');
  state.editingFrom = input.value;
  if (firstKey !== undefined) input.value = firstKey;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

function stopEditing(commit: boolean, move?: CellPosition, refocus = true): void {
  const input = byId<HTMLInputElement>('cell-input');
  const from = state.editingFrom;
  state.editingFrom = undefined;
  const sheet = state.sheetName;
  const a1 = a1Of(state.selected);
  const value = input.value;
  if (refocus) byId('grid-wrap').focus();
  if (move) select(move);
  else showSelectedCell();
  if (!commit || !sheet || (from !== undefined && from === value)) return;
  void enqueue(async () => {
    try {
      const response = await postEdit({ sheet, a1, value, user: currentUser() });
      if ('error' in response) showError(`onEdit: ${response.error}`);
      await present(response.shown, 0);
    } catch (error) {
      showError((error as Error).message);
    }
    await refresh();
  });
}

function onGridKey(event: KeyboardEvent): void {
  const { row, column } = state.selected;
  const moves: Record<string, CellPosition> = {
    ArrowUp: { row: row - 1, column },
    ArrowDown: { row: row + 1, column },
    ArrowLeft: { row, column: column - 1 },
    ArrowRight: { row, column: column + 1 },
  };
  if (moves[event.key]) {
    event.preventDefault();
    select(moves[event.key]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    if (checkMayEdit()) startEditing();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    if (!checkMayEdit()) return;
    startEditing('');
    stopEditing(true);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    if (checkMayEdit()) startEditing(event.key);
  }
}

function onInputKey(event: KeyboardEvent): void {
  const { row, column } = state.selected;
  if (event.key === 'Enter') {
    event.preventDefault();
    stopEditing(true, { row: row + 1, column });
  } else if (event.key === 'Tab') {
    event.preventDefault();
    stopEditing(true, { row, column: column + 1 });
  } else if (event.key === 'Escape') {
    event.preventDefault();
    stopEditing(false);
  }
}

// --- Messages -------------------------------------------------------------------------------------

function showToast(title: string, message: string): void {
  const toast = el('div', { className: 'toast', role: 'status' }, [title ? el('strong', { text: title }) : '', message]);
  byId('toasts').append(toast);
  setTimeout(() => toast.remove(), TOAST_MILLISECONDS);
}

function showError(message: string): void {
  byId('banner-text').textContent = message;
  byId('banner').hidden = false;
}

function setStatus(message: string): void {
  byId('status').textContent = message;
}

// --- Views, user and emulator tools ------------------------------------------------------------------

function showView(view: 'sheet' | 'files'): void {
  byId('sheet-view').hidden = view !== 'sheet';
  byId('files-view').hidden = view !== 'files';
  byId('show-sheet').setAttribute('aria-pressed', String(view === 'sheet'));
  byId('show-files').setAttribute('aria-pressed', String(view === 'files'));
  if (view === 'files' && state.workspace) renderFiles(state.workspace);
}

function reset(demo: boolean): void {
  const what = demo ? 'the demo data' : 'an empty spreadsheet';
  if (!window.confirm(`Replace the whole emulated workspace with ${what}?`)) return;
  byId<HTMLDetailsElement>('emulator-tools').open = false;
  void enqueue(async () => {
    try {
      await postReset(demo);
      closeSidebar();
      closeDialog();
      state.workspace = undefined;
      await refresh();
      await openSpreadsheet();
    } catch (error) {
      showError((error as Error).message);
    }
  });
}

function wireControls(): void {
  byId('grid-wrap').addEventListener('keydown', onGridKey);
  const input = byId<HTMLInputElement>('cell-input');
  input.addEventListener('keydown', onInputKey);
  input.addEventListener('focus', () => {
    if (state.editingFrom === undefined) state.editingFrom = input.value;
  });
  // Leaving the cell's editor saves it, as clicking away does in Sheets.
  input.addEventListener('blur', () => {
    if (state.editingFrom !== undefined) stopEditing(true, undefined, false);
  });
  byId('banner-close').addEventListener('click', () => (byId('banner').hidden = true));
  byId('sidebar-close').addEventListener('click', closeSidebar);
  byId('dialog-close').addEventListener('click', closeDialog);
  byId('dialog-overlay').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDialog();
  });
  byId('show-sheet').addEventListener('click', () => showView('sheet'));
  byId('show-files').addEventListener('click', () => showView('files'));
  byId('reset-demo').addEventListener('click', () => reset(true));
  byId('reset-empty').addEventListener('click', () => reset(false));
  byId('user-email').addEventListener('change', () => {
    closeSidebar();
    closeDialog();
    void enqueue(drawAndOpenSpreadsheet);
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.menubar')) closeAllMenus();
  });
}

declare global {
  interface Window {
    __emulatorShell: { googleFor(win: Window & typeof globalThis): unknown };
  }
}

window.__emulatorShell = { googleFor: (win) => googleFor(win, runForPage) };
wireControls();
void enqueue(drawAndOpenSpreadsheet);
