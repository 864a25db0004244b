/**
 * Writing `Members` and `Conflicts` (spec section 2.2) for onboarding, declaring a conflict and
 * offboarding: one write per sheet, other cells of a rewritten span kept exactly as they were.
 */
import { ActionContext } from '../../gas/context';
import { SheetSnapshot, replaceContents, sheetNamed, writeBlock } from '../../gas/spreadsheet';
import { writeChunkedText } from '../../gas/documentProperties';
import { chunkText, compareConflictsView, parseConflicts, serialiseConflicts } from '../../core/conflictRecord';
import { SheetCell, calendarDate } from '../../core/cells';
import { Conflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { neutraliseText } from '../../core/neutralise';
import { CONFLICTS_COLUMNS, CONFLICTS_SHEET, findColumns } from '../../core/schema';
import { CONFLICTS_KEY, ConflictsSnapshot, notSetUp } from '../records';

/** The columns' indexes by header text; a missing sheet or column is a clear error naming it. */
export function requireColumns<K extends string>(snapshot: SheetSnapshot | null, sheet: string, columns: Record<K, string>): Record<K, number> {
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
export function writeRowCells(snapshot: SheetSnapshot, rowIndex: number, cells: ReadonlyMap<number, SheetCell>): void {
  const columns = [...cells.keys()];
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const existing = snapshot.values[rowIndex] ?? [];
  const row: SheetCell[] = [];
  for (let column = first; column <= last; column++) row.push(cells.has(column) ? (cells.get(column) as SheetCell) : keep(existing[column]));
  writeBlock(snapshot.sheet, rowIndex + 1, first + 1, [row]);
}

/**
 * Records one conflict per case for `email`, declared today, and rewrites the Conflicts view; with
 * no new case, still rewrites a view that no longer shows the record (a hand edit, or a fault
 * part-way through an earlier rewrite).
 */
export function appendConflicts(context: ActionContext, current: ConflictsSnapshot, email: string, caseCodeNames: readonly string[]): void {
  const { strayRows, missing } = compareConflictsView(current.view, current.conflicts);
  if (caseCodeNames.length === 0 && strayRows.length === 0 && missing === 0) return;
  const added = caseCodeNames.map((caseCodeName) => ({ rowIndex: -1, memberEmail: email, caseCodeName, declaredOn: context.today }));
  saveConflicts(context, current.snapshot, [...current.conflicts, ...added]);
}

/**
 * Keeps `conflicts` where no cell edit reaches them (document properties), then rewrites the
 * `Conflicts` sheet to show them (spec section 9). The record goes first: a fault between the two
 * leaves a stale view, which Validate records names and the next change rewrites.
 */
export function saveConflicts(context: ActionContext, snapshot: SheetSnapshot | null, conflicts: readonly Conflict[]): void {
  recordConflicts(conflicts);
  showConflicts(context, snapshot, conflicts);
}

/** Keeps `conflicts` in document properties, the record every action believes. */
export function recordConflicts(conflicts: readonly Conflict[]): void {
  writeChunkedText(CONFLICTS_KEY, chunkText(serialiseConflicts(conflicts)));
}

/** Rewrites the `Conflicts` sheet, the record's view, to show `conflicts`. */
export function showConflicts(context: ActionContext, snapshot: SheetSnapshot | null, conflicts: readonly Conflict[]): void {
  const sheet = snapshot?.sheet ?? sheetNamed(context.spreadsheet, CONFLICTS_SHEET);
  const recorded = parseConflicts(serialiseConflicts(conflicts)) ?? [];
  const rows: SheetCell[][] = recorded.map((conflict) => [
    neutraliseText(conflict.memberEmail),
    neutraliseText(conflict.caseCodeName),
    conflict.declaredOn === null ? '' : calendarDate(conflict.declaredOn),
  ]);
  replaceContents(sheet, [Object.values(CONFLICTS_COLUMNS), ...rows]);
}

/** The conflicts on record plus those just appended for `email`. */
export function conflictsWith(conflicts: readonly Conflict[], email: string, caseCodeNames: readonly string[]): Conflict[] {
  return [...conflicts, ...caseCodeNames.map((caseCodeName) => ({ rowIndex: -1, memberEmail: email, caseCodeName, declaredOn: null }))];
}
