/**
 * Members and conflicts of interest (spec sections 2.2 and 6): onboarding, declaring a conflict
 * and offboarding. Each writes the records first (so `Members` and `Conflicts` always say who
 * should have access) and changes Drive sharing after; a fault in the sharing part leaves records
 * that Audit sharing, or running the same action again, brings Drive back in line with.
 */
import { ActionContext } from '../gas/context';
import { DriveFile, DriveFolder, DriveSharing, addEditors, openFile, readSharing, removeAccess, transferOwnership } from '../gas/drive';
import { SheetSnapshot, writeBlock } from '../gas/spreadsheet';
import { SheetCell, calendarDate } from '../core/cells';
import { intendedFolderEditors } from '../core/caseFolder';
import { caseCodeNameKey } from '../core/codeNames';
import { Conflict, hasConflict } from '../core/conflicts';
import { UserError, isUserError } from '../core/errors';
import { Member, MemberRole, findMember, normaliseEmail } from '../core/members';
import { neutraliseText } from '../core/neutralise';
import { CONFLICTS_COLUMNS, CONFLICTS_SHEET, MEMBERS_COLUMNS, MEMBERS_SHEET, findColumns } from '../core/schema';
import type {
  OffboardMemberResult,
  OnboardMemberOptions,
  OnboardMemberResult,
  OnboardingOptions,
} from '../core/apiTypes';
import { Access } from './access';
import { appendAuditLog } from './audit';
import { CaseEntry, casesOf, findCaseDocuments } from './caseDocuments';
import { notSetUp, readCasesSheet, readConflictsSheet, readSettingsSheet } from './records';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const CASE_FOLDER_LABEL = 'Case documents folder';
export const IDENTITY_KEY_LABEL = 'Identity key';

/** The member's email, trimmed and lower-cased. Never repeats what was typed in the error. */
export function parseMemberEmail(raw: unknown): string {
  const email = typeof raw === 'string' ? normaliseEmail(raw) : '';
  if (!EMAIL.test(email)) throw new UserError('invalid-email', 'Enter the member’s email address, such as name@example.org.');
  return email;
}

/** Every case code name in `Cases`, each once, sorted. */
export function onboardingOptions(context: ActionContext): OnboardingOptions {
  const { table } = readCasesSheet(context);
  const names = [...casesOf(table.records).values()].map((entry) => entry.caseCodeName);
  return { caseCodeNames: names.sort((a, b) => caseCodeNameKey(a).localeCompare(caseCodeNameKey(b))) };
}

/** The case as `Cases` spells it. Never repeats the text in the error: it may not be a code name. */
function knownCase(cases: ReadonlyMap<string, CaseEntry>, text: unknown, message: string): string {
  const entry = typeof text === 'string' ? cases.get(caseCodeNameKey(text)) : undefined;
  if (!entry) throw new UserError('unknown-case', message);
  return entry.caseCodeName;
}

interface ParsedOnboarding {
  role: MemberRole;
  identityKeyAccess: boolean;
  conflicts: string[];
}

function parseOnboarding(raw: unknown, cases: ReadonlyMap<string, CaseEntry>): ParsedOnboarding {
  const options = (typeof raw === 'object' && raw !== null ? raw : {}) as OnboardMemberOptions;
  const role = options.role ?? 'Member';
  if (role !== 'Chair' && role !== 'Member') throw new UserError('invalid-options', 'Choose the role: Chair or Member.');
  const identityKeyAccess = options.identityKeyAccess ?? false;
  if (typeof identityKeyAccess !== 'boolean') throw new UserError('invalid-options', 'Say whether the member has Identity Key Access.');
  const conflicts = options.conflicts ?? [];
  if (!Array.isArray(conflicts)) throw new UserError('invalid-options', 'The conflicts must be a list of case code names.');
  const names = conflicts.map((name) =>
    knownCase(cases, name, 'One of the conflicts ticked is not a case in Cases. Close the dialog, open it again and retry.'),
  );
  return { role, identityKeyAccess, conflicts: [...new Set(names)].sort() };
}

// ---------------------------------------------------------------------------------------------
// Writing Members and Conflicts

function requireColumns<K extends string>(snapshot: SheetSnapshot | null, sheet: string, columns: Record<K, string>): Record<K, number> {
  if (!snapshot) throw notSetUp(sheet);
  const { found, missing } = findColumns(snapshot.values[0] ?? [], columns);
  if (missing.length > 0) {
    throw new UserError('missing-columns', `The ${sheet} sheet has no ${missing.join(', ')} column. Run Django CoC › Set up or repair, then try again.`);
  }
  return found as Record<K, number>;
}

/** A cell read back for rewriting: text keeps its apostrophe so it stays exactly as it was. */
function keep(cell: SheetCell | undefined): SheetCell {
  return typeof cell === 'string' ? neutraliseText(cell) : (cell ?? '');
}

/**
 * Writes `cells` (column index -> value) into one row in one write, spanning the leftmost to the
 * rightmost column given; any other column inside the span keeps what it held.
 */
function writeRowCells(snapshot: SheetSnapshot, rowIndex: number, cells: ReadonlyMap<number, SheetCell>): void {
  const columns = [...cells.keys()];
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const existing = snapshot.values[rowIndex] ?? [];
  const row: SheetCell[] = [];
  for (let column = first; column <= last; column++) row.push(cells.has(column) ? (cells.get(column) as SheetCell) : keep(existing[column]));
  writeBlock(snapshot.sheet, rowIndex + 1, first + 1, [row]);
}

/** Adds the member, or updates their row, as active with this role and key access. */
function writeMemberRow(access: Access, existing: Member | null, email: string, parsed: ParsedOnboarding): void {
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const snapshot = access.snapshot as SheetSnapshot;
  const cells = new Map<number, SheetCell>([
    [columns.role, parsed.role],
    [columns.identityKeyAccess, parsed.identityKeyAccess ? 'Yes' : 'No'],
    [columns.active, 'Yes'],
  ]);
  if (!existing) cells.set(columns.email, neutraliseText(email));
  writeRowCells(snapshot, existing ? existing.rowIndex : snapshot.values.length, cells);
}

/** Appends one Conflicts row per case, declared today, in one write. */
function appendConflicts(context: ActionContext, snapshot: SheetSnapshot | null, email: string, caseCodeNames: readonly string[]): void {
  if (caseCodeNames.length === 0) return;
  const columns = requireColumns(snapshot, CONFLICTS_SHEET, CONFLICTS_COLUMNS);
  const width = Math.max(columns.memberEmail, columns.caseCodeName, columns.declaredOn) + 1;
  const rows = caseCodeNames.map((caseCodeName) => {
    const row: SheetCell[] = Array.from({ length: width }, () => '');
    row[columns.memberEmail] = neutraliseText(email);
    row[columns.caseCodeName] = neutraliseText(caseCodeName);
    row[columns.declaredOn] = calendarDate(context.today);
    return row;
  });
  const sheetSnapshot = snapshot as SheetSnapshot;
  writeBlock(sheetSnapshot.sheet, sheetSnapshot.values.length + 1, 1, rows);
}

function conflictsWith(conflicts: readonly Conflict[], email: string, caseCodeNames: readonly string[]): Conflict[] {
  return [...conflicts, ...caseCodeNames.map((caseCodeName) => ({ rowIndex: -1, memberEmail: email, caseCodeName, declaredOn: null }))];
}

// ---------------------------------------------------------------------------------------------
// Sharing

const SHARING_STOPPED =
  'The records were updated, but changing who can open the documents stopped part-way. Run Django CoC › Members › Audit sharing to finish it.';

/** Runs the Drive part of an action; a fault there says what was done and how to finish. */
function sharingStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (isUserError(error)) throw error;
    throw new UserError('sharing-incomplete', SHARING_STOPPED);
  }
}

/** Takes the person off a file's editors and viewers; true when they had access. Owners are left. */
function revoke(item: DriveFile | DriveFolder, email: string, sharing: DriveSharing = readSharing(item)): boolean {
  if (sharing.owner === email) return false;
  if (!sharing.editors.includes(email) && !sharing.viewers.includes(email)) return false;
  removeAccess(item, email, sharing);
  return true;
}

function syncFolderAccess(folder: DriveFolder | null, email: string, mayEdit: boolean): void {
  if (!folder) return;
  if (mayEdit) addEditors(folder, [email]);
  else revoke(folder, email);
}

// ---------------------------------------------------------------------------------------------
// Onboarding

/**
 * Spec section 6's "Onboard member": records the conflicts, adds (or reactivates) the member, then
 * shares every other case document with them, the folder only if they are a chair without
 * conflicts (see src/core/caseFolder.ts), and the identity key if they have Identity Key Access.
 * Conflicts are written before the member row, so no moment exists when they are an active member
 * without their conflicts on record.
 */
export function onboardMember(context: ActionContext, access: Access, rawEmail: unknown, rawOptions: unknown): OnboardMemberResult {
  const email = parseMemberEmail(rawEmail);
  const { table } = readCasesSheet(context);
  const cases = casesOf(table.records);
  const parsed = parseOnboarding(rawOptions, cases);
  requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const conflictsSheet = readConflictsSheet(context);
  const { settings } = readSettingsSheet(context);

  const newConflicts = parsed.conflicts.filter((name) => !hasConflict(conflictsSheet.conflicts, email, name));
  appendConflicts(context, conflictsSheet.snapshot, email, newConflicts);
  const existing = findMember(access.members, email);
  writeMemberRow(access, existing, email, parsed);
  appendAuditLog(context, 'Onboarded member');

  const conflicts = conflictsWith(conflictsSheet.conflicts, email, newConflicts);
  const member: Member = { rowIndex: -1, email, role: parsed.role, identityKeyAccess: parsed.identityKeyAccess, active: true };
  const members = [...access.members.filter((other) => other.email !== email), member];
  return sharingStep(() => {
    const found = findCaseDocuments(cases, settings);
    const sharedCases: string[] = [];
    for (const document of found.documents.values()) {
      if (hasConflict(conflicts, email, document.caseCodeName)) {
        revoke(document.file, email);
      } else {
        addEditors(document.file, [email]);
        sharedCases.push(document.caseCodeName);
      }
    }
    syncFolderAccess(found.folder, email, intendedFolderEditors(members, conflicts).includes(email));
    const key = settings.identityKeySpreadsheetId === '' ? null : openFile(settings.identityKeySpreadsheetId);
    if (key && parsed.identityKeyAccess) addEditors(key, [email]);
    else if (key) revoke(key, email);
    return {
      email,
      sharedCases: sharedCases.sort(),
      conflicts: parsed.conflicts.filter((name) => hasConflict(conflicts, email, name)),
      identityKeyShared: key !== null && parsed.identityKeyAccess,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Declaring a conflict

export interface DeclareConflictResult {
  email: string;
  caseCodeName: string;
  /** False when the conflict was already on record (nothing new was written to Conflicts). */
  recorded: boolean;
  /** True when the member had access to the case document and it was removed. */
  accessRemoved: boolean;
  /** True when the member owns the document, which Drive will not take from them: the chair must. */
  ownsDocument: boolean;
}

/**
 * Spec section 6's "Declare conflict": records it and at once removes the member's access to that
 * case's document (and to the case folder, which would give it back). A member may declare their
 * own conflicts; the chair may declare anyone's.
 */
export function declareConflict(context: ActionContext, access: Access, rawEmail: unknown, rawCase: unknown): DeclareConflictResult {
  const email = parseMemberEmail(rawEmail);
  if (email !== access.member.email && access.member.role !== 'Chair') {
    throw new UserError('chair-only', 'Only the chair can declare a conflict of interest for another member.');
  }
  if (!findMember(access.members, email)) throw new UserError('unknown-member', 'There is no member with that email in the Members sheet.');
  const { table } = readCasesSheet(context);
  const cases = casesOf(table.records);
  const caseCodeName = knownCase(cases, rawCase, 'There is no case with that code name in Cases. Check the spelling and try again.');
  const conflictsSheet = readConflictsSheet(context);
  const { settings } = readSettingsSheet(context);
  const recorded = !hasConflict(conflictsSheet.conflicts, email, caseCodeName);
  if (recorded) {
    appendConflicts(context, conflictsSheet.snapshot, email, [caseCodeName]);
    appendAuditLog(context, 'Declared conflict', [caseCodeName]);
  }
  const conflicts = conflictsWith(conflictsSheet.conflicts, email, recorded ? [caseCodeName] : []);
  return sharingStep(() => {
    const only = new Map([[caseCodeNameKey(caseCodeName), cases.get(caseCodeNameKey(caseCodeName)) as CaseEntry]]);
    const found = findCaseDocuments(only, settings);
    const document = found.documents.get(caseCodeNameKey(caseCodeName));
    const sharing = document ? readSharing(document.file) : null;
    const ownsDocument = sharing !== null && sharing.owner === email;
    const accessRemoved = document !== undefined && sharing !== null && revoke(document.file, email, sharing);
    const folderEditors = intendedFolderEditors(access.members, conflicts);
    if (found.folder && !folderEditors.includes(email)) revoke(found.folder, email);
    return { email, caseCodeName, recorded, accessRemoved, ownsDocument };
  });
}

// ---------------------------------------------------------------------------------------------
// Offboarding

/**
 * Spec section 6's "Offboard member": marks them inactive, then removes their access to every
 * case document, the case folder and the identity key. What they own is handed to the chair
 * where Drive allows it (only an owner may hand a file over, so usually it does not) and listed in
 * `leftForChair` otherwise, with the cases whose document the chair cannot open.
 */
export function offboardMember(context: ActionContext, access: Access, rawEmail: unknown): OffboardMemberResult {
  const email = parseMemberEmail(rawEmail);
  if (email === access.member.email) {
    throw new UserError('offboard-self', 'You cannot offboard yourself. Make another member chair first and ask them to do it.');
  }
  const member = findMember(access.members, email);
  if (!member) throw new UserError('unknown-member', 'There is no member with that email in the Members sheet.');
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const { table } = readCasesSheet(context);
  const { settings } = readSettingsSheet(context);

  writeRowCells(access.snapshot as SheetSnapshot, member.rowIndex, new Map([[columns.active, 'No']]));
  appendAuditLog(context, 'Offboarded member');

  return sharingStep(() => {
    const found = findCaseDocuments(casesOf(table.records), settings);
    const result: OffboardMemberResult = { email, removedFrom: [], transferredToChair: [], leftForChair: [...found.unreachable] };
    const handle = (item: DriveFile | DriveFolder, label: string): void => {
      const sharing = readSharing(item);
      if (sharing.owner !== email) {
        if (revoke(item, email, sharing)) result.removedFrom.push(label);
      } else if (transferOwnership(item, access.member.email)) {
        result.transferredToChair.push(label);
        if (revoke(item, email)) result.removedFrom.push(label);
      } else {
        result.leftForChair.push(label);
      }
    };
    for (const document of found.documents.values()) handle(document.file, document.caseCodeName);
    if (found.folder) handle(found.folder, CASE_FOLDER_LABEL);
    const key = settings.identityKeySpreadsheetId === '' ? null : openFile(settings.identityKeySpreadsheetId);
    if (key) handle(key, IDENTITY_KEY_LABEL);
    return result;
  });
}
