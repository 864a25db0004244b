/**
 * Reading the status spreadsheet's own sheets, each in one batch, for the actions that need them.
 */
import { ActionContext } from '../gas/context';
import { readSheet, SheetSnapshot } from '../gas/spreadsheet';
import { CASES_SHEET, MEMBERS_SHEET, SETTINGS_SHEET, CONFLICTS_SHEET } from '../core/schema';
import { readCasesTable, CasesTable } from '../core/caseRecord';
import { readSettings, Settings, defaultSettings } from '../core/settings';
import { readMembers, Member } from '../core/members';
import { readConflicts, Conflict } from '../core/conflicts';
import { missingColumnsError } from '../core/validation';
import { UserError } from '../core/errors';
import { parseConflicts } from '../core/conflictRecord';
import { readChunkedText } from '../gas/documentProperties';

export const NOT_SET_UP_MESSAGE =
  'Django CoC is not set up in this spreadsheet yet. Ask the chair to run Django CoC › Set up or repair.';

const NOT_SET_UP_FOR_CHAIR = 'Django CoC is not set up in this spreadsheet yet. Run Django CoC › Set up or repair first.';

export function notSetUp(sheet: string): UserError {
  const missing = `(The ${sheet} sheet is missing.)`;
  return new UserError('not-set-up', `${NOT_SET_UP_MESSAGE} ${missing}`, {}, `${NOT_SET_UP_FOR_CHAIR} ${missing}`);
}

export interface SettingsSnapshot {
  snapshot: SheetSnapshot | null;
  settings: Settings;
}

export function readSettingsSheet(context: ActionContext): SettingsSnapshot {
  const snapshot = readSheet(context.spreadsheet, SETTINGS_SHEET, context.timeZone);
  return { snapshot, settings: snapshot ? readSettings(snapshot.values).settings : defaultSettings() };
}

export interface CasesSnapshot {
  snapshot: SheetSnapshot;
  table: CasesTable;
}

/** Reads `Cases`; a missing sheet or required column is a clear error naming it. */
export function readCasesSheet(context: ActionContext): CasesSnapshot {
  const snapshot = readSheet(context.spreadsheet, CASES_SHEET, context.timeZone);
  if (!snapshot) throw notSetUp(CASES_SHEET);
  const table = readCasesTable(snapshot.values);
  if (table.missing.length > 0) throw missingColumnsError(table.missing);
  return { snapshot, table };
}

export interface MembersSnapshot {
  snapshot: SheetSnapshot | null;
  members: Member[];
}

export function readMembersSheet(context: ActionContext): MembersSnapshot {
  const snapshot = readSheet(context.spreadsheet, MEMBERS_SHEET, context.timeZone);
  return { snapshot, members: snapshot ? readMembers(snapshot.values).members : [] };
}

export interface ConflictsSnapshot {
  /** The `Conflicts` sheet: a view of the record, which a hand edit may have changed. */
  snapshot: SheetSnapshot | null;
  /** The conflicts the add-on recorded (the view's, for a tracker not yet repaired since this rule). */
  conflicts: Conflict[];
  /** What the sheet shows, row by row. */
  view: Conflict[];
  /** False until Set up or repair first records the conflicts where no cell edit reaches them. */
  recorded: boolean;
}

/** Where the conflicts are kept: document properties (spec section 9), chunked. */
export const CONFLICTS_KEY = 'djangoCoc.conflicts';

const UNREADABLE_CONFLICTS =
  'The conflicts of interest on record could not be read, so Django CoC will not decide who may see a case. Ask the chair to run Django CoC › Set up or repair.';

/**
 * The conflicts of interest: the record in document properties, never the cells of `Conflicts`,
 * which any member can type into. A tracker whose conflicts were never recorded falls back to the
 * sheet until Set up or repair records them; a record that does not parse is refused.
 */
export function readConflictsSheet(context: ActionContext): ConflictsSnapshot {
  const snapshot = readSheet(context.spreadsheet, CONFLICTS_SHEET, context.timeZone);
  const view = snapshot ? readConflicts(snapshot.values).conflicts : [];
  const conflicts = readRecordedConflicts();
  return conflicts === null ? { snapshot, conflicts: view, view, recorded: false } : { snapshot, conflicts, view, recorded: true };
}

/**
 * The conflicts on record, or null when none were ever recorded; a record that does not parse is
 * refused. `all`: the document properties when already read.
 */
export function readRecordedConflicts(all?: Readonly<Record<string, string>>): Conflict[] | null {
  const text = readChunkedText(CONFLICTS_KEY, all);
  if (text === null) return null;
  const conflicts = parseConflicts(text);
  if (conflicts === null) throw new UserError('conflicts-unreadable', UNREADABLE_CONFLICTS);
  return conflicts;
}
