import { formatA1, GridRange, parseA1, resolveA1 } from '../../a1';
import type { DriveFileState, ProtectionState, SheetState, WorkspaceState } from '../../state';
import { canEdit as canEditFile } from '../access';
import type { SheetsContext } from './context';
import type { Range } from './range';
import { proxyOf, requireArgument, wrap } from './serviceObject';
import { NO_PERMISSION, User } from './spreadsheet';
import { enumOf, parameterMismatch } from '../serviceHelpers';

/**
 * Sheets' protected sheets and ranges
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection), and the one rule
 * every write of the Spreadsheet service and every typed edit goes through: {@link checkWrite}.
 */

/** Sheets' message when someone writes to a protected cell they may not edit. */
export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** SpreadsheetApp.ProtectionType (https://developers.google.com/apps-script/reference/spreadsheet/protection-type). */
export const PROTECTION_TYPE = enumOf(['RANGE', 'SHEET']);

const PROTECTION = 'SpreadsheetApp.Protection';

function lower(email: string): string {
  return email.trim().toLowerCase();
}

function statusFile(workspace: WorkspaceState, spreadsheetId: string): DriveFileState {
  const file = workspace.files[spreadsheetId];
  if (!file) throw new Error('The spreadsheet no longer exists.');
  return file;
}

function inDomain(workspace: WorkspaceState, user: string): boolean {
  return lower(user).endsWith(`@${workspace.domain.toLowerCase()}`);
}

/**
 * Whether `user` may edit what the protection covers. "The spreadsheet owner is always able to
 * edit protected ranges and sheets" (Protection.canEdit); until the editors were first changed
 * "the permissions mirror those of the spreadsheet itself" (Sheet.protect); warning-only protection
 * lets every editor through after a warning (Protection.setWarningOnly).
 */
export function userMayEdit(workspace: WorkspaceState, spreadsheetId: string, protection: ProtectionState, user: string): boolean {
  const file = statusFile(workspace, spreadsheetId);
  if (lower(file.owner) === lower(user)) return true;
  if (!canEditFile(file, user, workspace)) return false;
  if (protection.warningOnly || protection.editors === null) return true;
  if (protection.editors.some((email) => lower(email) === lower(user))) return true;
  return protection.domainEdit && inDomain(workspace, user);
}

function protectedArea(sheet: SheetState, protection: ProtectionState): GridRange {
  if (protection.type === 'SHEET' || protection.range === undefined) return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  const reference = parseA1(protection.range);
  if (!reference) return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  return resolveA1(reference, sheet.maxRows, sheet.maxColumns);
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

/**
 * Throws what Sheets says when `user` may not make this write: the spreadsheet's own sharing
 * first (a viewer or stranger edits nothing), then every protection of the sheet that covers the
 * cells ("If a cell is protected by multiple protected ranges and any of them prevent a particular
 * user from editing the cell, then that user is not permitted to edit the cell", Range.protect).
 * `cells` left out means the sheet as a whole (rename, delete, protect): only sheet protection counts.
 */
export function checkWrite(workspace: WorkspaceState, user: string, spreadsheetId: string, sheetId?: number, cells?: GridRange): void {
  const file = statusFile(workspace, spreadsheetId);
  if (!canEditFile(file, user, workspace)) throw new Error(NO_PERMISSION);
  if (sheetId === undefined) return;
  const spreadsheet = workspace.spreadsheets[spreadsheetId];
  const sheet = spreadsheet?.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) return;
  for (const protection of spreadsheet.protections ?? []) {
    if (protection.sheetId !== sheetId) continue;
    if (cells === undefined ? protection.type !== 'SHEET' : !overlaps(protectedArea(sheet, protection), cells)) continue;
    if (!userMayEdit(workspace, spreadsheetId, protection, user)) throw new Error(PROTECTED_MESSAGE);
  }
}

/** Drops the protections of a deleted sheet, as Sheets does. */
export function forgetSheetProtections(workspace: WorkspaceState, spreadsheetId: string, sheetId: number): void {
  const spreadsheet = workspace.spreadsheets[spreadsheetId];
  if (spreadsheet?.protections) spreadsheet.protections = spreadsheet.protections.filter((p) => p.sheetId !== sheetId);
}

/** The protections of a spreadsheet (of one sheet when `sheetId` is given) of the given type, in the order made. */
export function protectionsOf(context: SheetsContext, spreadsheetId: string, type: unknown, method: string, sheetId?: number): Protection[] {
  if (type !== 'RANGE' && type !== 'SHEET') throw parameterMismatch(method, [type]);
  const states = context.spreadsheetState(spreadsheetId).protections ?? [];
  return states.filter((p) => p.type === type && (sheetId === undefined || p.sheetId === sheetId)).map((p) => Protection.create(context, spreadsheetId, p.id));
}

/**
 * Sheet.protect(): "If the sheet is already protected, this method returns an object representing
 * the existing protection settings"; otherwise a new protection that mirrors the spreadsheet.
 */
export function protectSheet(context: SheetsContext, spreadsheetId: string, sheetId: number): Protection {
  const { workspace, user } = context.run;
  checkWrite(workspace, user, spreadsheetId);
  const existing = (context.spreadsheetState(spreadsheetId).protections ?? []).find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
  if (existing) return Protection.create(context, spreadsheetId, existing.id);
  return Protection.create(context, spreadsheetId, addProtection(context, spreadsheetId, { type: 'SHEET', sheetId }));
}

/** Range.protect(): "If the range is already protected, this method creates a new protected range that overlaps the existing one." */
export function protectRange(context: SheetsContext, spreadsheetId: string, sheetId: number, grid: GridRange): Protection {
  const { workspace, user } = context.run;
  checkWrite(workspace, user, spreadsheetId);
  return Protection.create(context, spreadsheetId, addProtection(context, spreadsheetId, { type: 'RANGE', sheetId, range: formatA1(grid) }));
}

function addProtection(context: SheetsContext, spreadsheetId: string, where: Pick<ProtectionState, 'type' | 'sheetId' | 'range'>): number {
  const spreadsheet = context.spreadsheetState(spreadsheetId);
  spreadsheet.protections ??= [];
  const id = spreadsheet.protections.reduce((max, p) => Math.max(max, p.id), 0) + 1;
  spreadsheet.protections.push({ id, ...where, description: '', editors: null, domainEdit: false, warningOnly: false });
  return id;
}

/** An email, or the email of a User object (Protection.addEditor(user)). */
function emailOf(value: unknown, method: string): string {
  if (typeof value === 'string') return value;
  return User.emailOf(requireArgument(value, User, method));
}

function emailsOf(value: unknown, method: string): string[] {
  if (!Array.isArray(value)) throw parameterMismatch(method, [value]);
  return value.map((item) => emailOf(item, method));
}

/** A protected sheet or range. Found by id in the workspace on every call. */
export class Protection {
  readonly #context: SheetsContext;
  readonly #spreadsheetId: string;
  readonly #id: number;

  constructor(context: SheetsContext, spreadsheetId: string, id: number) {
    this.#context = context;
    this.#spreadsheetId = spreadsheetId;
    this.#id = id;
  }

  static create(context: SheetsContext, spreadsheetId: string, id: number): Protection {
    return wrap(new Protection(context, spreadsheetId, id), 'Protection', context.run);
  }

  getProtectionType(): string {
    return this.#state.type;
  }

  getDescription(): string {
    return this.#state.description;
  }

  setDescription(description: unknown): Protection {
    if (typeof description !== 'string') throw parameterMismatch(`${PROTECTION}.setDescription`, [description]);
    this.#editable().description = description;
    return proxyOf(this);
  }

  /** The sheet for sheet protection, the protected cells for range protection. */
  getRange(): Range {
    const state = this.#state;
    const sheet = this.#context.sheetState(this.#spreadsheetId, state.sheetId);
    return this.#context.range({ spreadsheetId: this.#spreadsheetId, sheetId: state.sheetId, grid: protectedArea(sheet, state) });
  }

  /** "Determines whether the user has permission to edit the protected range or sheet." */
  canEdit(): boolean {
    return userMayEdit(this.#context.run.workspace, this.#spreadsheetId, this.#state, this.#context.run.user);
  }

  /**
   * "Gets the list of editors for the protected range or sheet. Throws an exception if the user
   * does not have permission to edit the protected range or sheet itself." The owner is listed.
   */
  getEditors(): User[] {
    const state = this.#editable();
    const file = this.#file;
    const emails = [file.owner, ...(state.editors ?? file.editors)];
    const unique = emails.filter((email, index) => emails.findIndex((other) => lower(other) === lower(email)) === index);
    return unique.map((email) => User.create(this.#context, email));
  }

  addEditor(emailOrUser: unknown): Protection {
    return this.addEditors([emailOf(emailOrUser, `${PROTECTION}.addEditor`)]);
  }

  /**
   * "This method does not automatically give the user permission to edit the spreadsheet itself":
   * a user added here who cannot edit the spreadsheet still cannot edit the cells.
   */
  addEditors(emailAddresses: unknown): Protection {
    const emails = emailsOf(emailAddresses, `${PROTECTION}.addEditors`);
    const state = this.#materialised();
    for (const email of emails) if (!state.editors!.some((e) => lower(e) === lower(email))) state.editors!.push(email);
    return proxyOf(this);
  }

  removeEditor(emailOrUser: unknown): Protection {
    return this.removeEditors([emailOf(emailOrUser, `${PROTECTION}.removeEditor`)]);
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailAddresses: unknown): Protection {
    const emails = emailsOf(emailAddresses, `${PROTECTION}.removeEditors`).map(lower);
    const keep = new Set([lower(this.#file.owner), lower(this.#context.run.user)]);
    const state = this.#materialised();
    state.editors = state.editors!.filter((email) => keep.has(lower(email)) || !emails.includes(lower(email)));
    return proxyOf(this);
  }

  canDomainEdit(): boolean {
    return this.#editable().editors === null ? this.#fileSharedWithDomainForEditing() : this.#state.domainEdit;
  }

  setDomainEdit(editable: unknown): Protection {
    if (typeof editable !== 'boolean') throw parameterMismatch(`${PROTECTION}.setDomainEdit`, [editable]);
    this.#materialised().domainEdit = editable;
    return proxyOf(this);
  }

  /** Unprotected regions of a protected sheet; the emulator models none (setUnprotectedRanges is not implemented). */
  getUnprotectedRanges(): Range[] {
    return [];
  }

  isWarningOnly(): boolean {
    return this.#state.warningOnly;
  }

  setWarningOnly(warningOnly: unknown): Protection {
    if (typeof warningOnly !== 'boolean') throw parameterMismatch(`${PROTECTION}.setWarningOnly`, [warningOnly]);
    this.#editable().warningOnly = warningOnly;
    return proxyOf(this);
  }

  /** "Unprotects the range or sheet." */
  remove(): void {
    this.#editable();
    const spreadsheet = this.#context.spreadsheetState(this.#spreadsheetId);
    spreadsheet.protections = (spreadsheet.protections ?? []).filter((p) => p.id !== this.#id);
  }

  get #state(): ProtectionState {
    const found = (this.#context.spreadsheetState(this.#spreadsheetId).protections ?? []).find((p) => p.id === this.#id);
    if (!found) throw new Error('The protection no longer exists.');
    return found;
  }

  get #file(): DriveFileState {
    return statusFile(this.#context.run.workspace, this.#spreadsheetId);
  }

  #fileSharedWithDomainForEditing(): boolean {
    const file = this.#file;
    return (file.access === 'DOMAIN' || file.access === 'DOMAIN_WITH_LINK') && file.permission === 'EDIT';
  }

  /** The protection, when the user may change it; Sheets' protected-object error otherwise. */
  #editable(): ProtectionState {
    const state = this.#state;
    if (!userMayEdit(this.#context.run.workspace, this.#spreadsheetId, state, this.#context.run.user)) throw new Error(PROTECTED_MESSAGE);
    return state;
  }

  /**
   * The first change of editors ends the mirroring: the spreadsheet's editors at that moment
   * become the protection's own list, which later changes to the spreadsheet do not touch.
   */
  #materialised(): ProtectionState {
    const state = this.#editable();
    if (state.editors === null) {
      state.editors = [...this.#file.editors];
      state.domainEdit = this.#fileSharedWithDomainForEditing();
    }
    return state;
  }
}

