/**
 * Writing `Members` and `Conflicts` (spec section 2.2) for onboarding, declaring a conflict and
 * offboarding: one write per sheet, other cells of a rewritten span kept exactly as they were.
 */
import { ActionContext } from '../../gas/context';
import { SheetSnapshot, writeBlock } from '../../gas/spreadsheet';
import { SheetCell, calendarDate } from '../../core/cells';
import { Conflict } from '../../core/conflicts';
import { UserError } from '../../core/errors';
import { neutraliseText } from '../../core/neutralise';
import { CONFLICTS_COLUMNS, CONFLICTS_SHEET, findColumns } from '../../core/schema';
import { notSetUp } from '../records';

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

/** Appends one Conflicts row per case, declared today, in one write. */
export function appendConflicts(context: ActionContext, snapshot: SheetSnapshot | null, email: string, caseCodeNames: readonly string[]): void {
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

/** The conflicts on record plus those just appended for `email`. */
export function conflictsWith(conflicts: readonly Conflict[], email: string, caseCodeNames: readonly string[]): Conflict[] {
  return [...conflicts, ...caseCodeNames.map((caseCodeName) => ({ rowIndex: -1, memberEmail: email, caseCodeName, declaredOn: null }))];
}
