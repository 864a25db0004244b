import { formatA1, GridRange } from '../../workspace/a1';
import type { DriveFileState, ProtectionState } from '../../workspace/state';
import type { RangeLocation, SheetsContext } from './context';
import { proxyOf, wrap } from '../common/serviceObject';
import { parameterMismatch } from '../common/serviceHelpers';
import { enumName, enumOf, EnumMember } from '../common/enums';
import { emailOf, User } from './user';
import { checkWrite, lower, PROTECTED_MESSAGE, protectedArea, statusFile, userMayEdit } from './writeAccess';

/**
 * Sheets' protected sheets and ranges
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). Whom they stop is
 * decided in writeAccess.ts; this is the script's handle on them.
 */

export { PROTECTED_MESSAGE } from './writeAccess';

/** Makes the script-facing Range for Protection.getRange (range.ts sits above this file). */
export type RangeMaker = (location: RangeLocation) => object;

/** SpreadsheetApp.ProtectionType (https://developers.google.com/apps-script/reference/spreadsheet/protection-type). */
export const PROTECTION_TYPE = enumOf('SpreadsheetApp.ProtectionType', ['RANGE', 'SHEET']);

const PROTECTION = 'SpreadsheetApp.Protection';

/** The protections of a spreadsheet (of one sheet when `sheetId` is given) of the given type, in the order made. */
export function protectionsOf(context: SheetsContext, makeRange: RangeMaker, spreadsheetId: string, type: unknown, method: string, sheetId?: number): Protection[] {
  const name = enumName(PROTECTION_TYPE, type);
  if (name === undefined) throw parameterMismatch(method, [type]);
  const states = context.spreadsheetState(spreadsheetId).protections ?? [];
  return states.filter((p) => p.type === name && (sheetId === undefined || p.sheetId === sheetId)).map((p) => Protection.create(context, makeRange, spreadsheetId, p.id));
}

/**
 * Sheet.protect(): "If the sheet is already protected, this method returns an object representing
 * the existing protection settings"; otherwise a new protection that mirrors the spreadsheet.
 */
export function protectSheet(context: SheetsContext, makeRange: RangeMaker, spreadsheetId: string, sheetId: number): Protection {
  const { workspace, user } = context.run;
  checkWrite(workspace, user, spreadsheetId);
  const existing = (context.spreadsheetState(spreadsheetId).protections ?? []).find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
  if (existing) return Protection.create(context, makeRange, spreadsheetId, existing.id);
  return Protection.create(context, makeRange, spreadsheetId, addProtection(context, spreadsheetId, { type: 'SHEET', sheetId }));
}

/** Range.protect(): "If the range is already protected, this method creates a new protected range that overlaps the existing one." */
export function protectRange(context: SheetsContext, makeRange: RangeMaker, spreadsheetId: string, sheetId: number, grid: GridRange): Protection {
  const { workspace, user } = context.run;
  checkWrite(workspace, user, spreadsheetId);
  return Protection.create(context, makeRange, spreadsheetId, addProtection(context, spreadsheetId, { type: 'RANGE', sheetId, range: formatA1(grid) }));
}

function addProtection(context: SheetsContext, spreadsheetId: string, where: Pick<ProtectionState, 'type' | 'sheetId' | 'range'>): number {
  const spreadsheet = context.spreadsheetState(spreadsheetId);
  spreadsheet.protections ??= [];
  const id = spreadsheet.protections.reduce((max, p) => Math.max(max, p.id), 0) + 1;
  spreadsheet.protections.push({ id, ...where, description: '', editors: null, domainEdit: false, warningOnly: false });
  return id;
}

function emailsOf(value: unknown, method: string): string[] {
  if (!Array.isArray(value)) throw parameterMismatch(method, [value]);
  return value.map((item) => emailOf(item, method));
}

function sharedWithDomainForEditing(file: DriveFileState): boolean {
  return (file.access === 'DOMAIN' || file.access === 'DOMAIN_WITH_LINK') && file.permission === 'EDIT';
}

/**
 * Who may edit a protected sheet or range, the owner first: its own list once its editors were
 * changed, the spreadsheet's editors while it mirrors them. The Spreadsheet service
 * (Protection.getEditors) and the Sheets API (ProtectedRange.editors) give the same list.
 */
export function protectionEditors(file: DriveFileState, state: ProtectionState): string[] {
  const emails = [file.owner, ...(state.editors ?? file.editors)];
  return emails.filter((email, index) => emails.findIndex((other) => lower(other) === lower(email)) === index);
}

/** Whether everyone in the domain may edit it (Protection.canDomainEdit, Editors.domainUsersCanEdit). */
export function protectionDomainEdit(file: DriveFileState, state: ProtectionState): boolean {
  return state.editors === null ? sharedWithDomainForEditing(file) : state.domainEdit;
}

/** A protected sheet or range. Found by id in the workspace on every call. */
export class Protection {
  readonly #context: SheetsContext;
  readonly #makeRange: RangeMaker;
  readonly #spreadsheetId: string;
  readonly #id: number;

  constructor(context: SheetsContext, makeRange: RangeMaker, spreadsheetId: string, id: number) {
    this.#context = context;
    this.#makeRange = makeRange;
    this.#spreadsheetId = spreadsheetId;
    this.#id = id;
  }

  static create(context: SheetsContext, makeRange: RangeMaker, spreadsheetId: string, id: number): Protection {
    return wrap(new Protection(context, makeRange, spreadsheetId, id), 'Protection', context.run);
  }

  getProtectionType(): EnumMember {
    return PROTECTION_TYPE[this.#state.type];
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
  getRange(): object {
    const state = this.#state;
    const sheet = this.#context.sheetState(this.#spreadsheetId, state.sheetId);
    return this.#makeRange({ spreadsheetId: this.#spreadsheetId, sheetId: state.sheetId, grid: protectedArea(sheet, state) });
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
    return protectionEditors(this.#file, this.#editable()).map((email) => User.create(this.#context, email));
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
    return protectionDomainEdit(this.#file, this.#editable());
  }

  setDomainEdit(editable: unknown): Protection {
    if (typeof editable !== 'boolean') throw parameterMismatch(`${PROTECTION}.setDomainEdit`, [editable]);
    this.#materialised().domainEdit = editable;
    return proxyOf(this);
  }

  /** Unprotected regions of a protected sheet; the emulator models none (setUnprotectedRanges is not implemented). */
  getUnprotectedRanges(): object[] {
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
      state.domainEdit = sharedWithDomainForEditing(this.#file);
    }
    return state;
  }
}

