/**
 * The onEdit simple trigger of spec section 5: when a Status cell in `Cases` becomes Resolved and
 * the row's Resolution Date is empty, fill it with today (the spreadsheet's time zone).
 *
 * It runs on every edit of every sheet, as whoever typed, with no authorisation: it stays inside
 * the active spreadsheet, costs two calls for an edit elsewhere and nine for an edit of Cases that
 * misses Status or does not make it Resolved, acts only for active members (spec section 9; that
 * check comes once the edit is known to make Status Resolved, and before any record is read), and takes the document lock only briefly, leaving the date (and saying so) when
 * another member holds it. It never reverts or
 * rejects what was typed: data validation shows Sheets' own warning, and Validate records reports
 * what is still wrong.
 */
import { ActionContext, openActionContext } from '../gas/context';
import { withBriefDocumentLock } from '../gas/briefLock';
import { EditedBlock, columnTexts, editedBlockOn, readBlock, singleCellValue } from '../gas/editEvent';
import { headerRow, writeColumn } from '../gas/spreadsheet';
import { toast } from '../gas/ui';
import { SheetRow, calendarDate, cellText } from '../core/cells';
import { isUserError } from '../core/errors';
import { CASES_COLUMNS, CASES_SHEET, findColumns } from '../core/schema';
import { RESOLVED_STATUS, vocabularyKey } from '../core/vocabularies';
import { requireAccess } from './access';
import { appendAuditLog } from './audit';

const BUSY =
  'Another member is changing the records right now, so Resolution Date was not filled in automatically. Please enter it by hand.';
const FAILED = 'Django CoC could not fill in Resolution Date automatically. Please enter it by hand.';

const COLUMNS = {
  status: CASES_COLUMNS.status,
  resolutionDate: CASES_COLUMNS.resolutionDate,
  caseCodeName: CASES_COLUMNS.caseCodeName,
};

/** Offsets (0-based, within `rows`) of the rows whose Status reads Resolved and whose Resolution Date is blank. */
export function rowsToDate(rows: readonly SheetRow[], statusOffset: number, dateOffset: number): number[] {
  const resolved = vocabularyKey(RESOLVED_STATUS);
  const offsets: number[] = [];
  rows.forEach((row, offset) => {
    if (vocabularyKey(cellText(row[statusOffset])) === resolved && cellText(row[dateOffset]) === '') offsets.push(offset);
  });
  return offsets;
}

/** Consecutive offsets grouped into runs, so each run is written in one call. */
export function consecutiveRuns(offsets: readonly number[]): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  for (const offset of offsets) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === offset) last.length++;
    else runs.push({ start: offset, length: 1 });
  }
  return runs;
}

/**
 * Fills the dates for the rows of `block` (row 1, the header, excluded) and returns how many it
 * filled. The caller holds the document lock.
 */
function fillDates(context: ActionContext, block: EditedBlock, columns: { status: number; resolutionDate: number; caseCodeName?: number }): number {
  const firstRow = Math.max(block.row, 2);
  const lastRow = block.row + block.numRows - 1;
  const wanted = [columns.status, columns.resolutionDate, columns.caseCodeName].filter((column): column is number => column !== undefined);
  const left = Math.min(...wanted);
  const rows = readBlock(block.sheet, firstRow, left + 1, lastRow - firstRow + 1, Math.max(...wanted) - left + 1, context.timeZone);
  const offsets = rowsToDate(rows, columns.status - left, columns.resolutionDate - left);
  if (offsets.length === 0) return 0;

  const today = calendarDate(context.today);
  for (const run of consecutiveRuns(offsets)) {
    writeColumn(block.sheet, firstRow + run.start, columns.resolutionDate + 1, Array.from({ length: run.length }, () => today));
  }
  const caseColumn = columns.caseCodeName;
  const cases = caseColumn === undefined ? [] : offsets.map((offset) => cellText(rows[offset][caseColumn - left]));
  appendAuditLog(context, 'Filled resolution date', cases);
  toast(context.spreadsheet, offsets.length === 1 ? 'Resolution Date set to today.' : `Resolution Date set to today on ${offsets.length} rows.`);
  return offsets.length;
}

/**
 * Whether the edit made a Status cell of `block` (row 2 on) read Resolved: for one cell from the
 * event's own value, at no cost; for a pasted block from one read of its Status cells.
 */
function statusBecameResolved(event: unknown, block: EditedBlock, statusColumn: number): boolean {
  const resolved = vocabularyKey(RESOLVED_STATUS);
  if (block.numRows === 1 && block.numColumns === 1) {
    const value = singleCellValue(event);
    return typeof value === 'string' && vocabularyKey(value) === resolved;
  }
  const firstRow = Math.max(block.row, 2);
  return columnTexts(block.sheet, firstRow, statusColumn, block.row + block.numRows - firstRow).some((text) => vocabularyKey(text) === resolved);
}

/**
 * The trigger's whole work. Returns how many dates it filled. Any fault is reported in a toast
 * with a fixed sentence, as a trigger's errors reach nobody otherwise.
 */
export function fillResolutionDatesOnEdit(event: unknown): number {
  let block: EditedBlock | null = null;
  try {
    block = editedBlockOn(event, CASES_SHEET);
    if (!block) return 0;
    const { found } = findColumns(headerRow(block.sheet), COLUMNS);
    if (found.status === undefined || found.resolutionDate === undefined) return 0;
    const statusColumn = found.status + 1;
    if (statusColumn < block.column || statusColumn >= block.column + block.numColumns) return 0;
    if (block.row + block.numRows - 1 < 2) return 0;
    // The cheapest check first: an edit that made no Status Resolved can fill nothing, so it ends
    // here, before the membership check, and shows nobody anything (a member whose email Google
    // hides from a simple trigger would otherwise be refused on every edit).
    if (!statusBecameResolved(event, block, statusColumn)) return 0;
    const columns = { status: found.status, resolutionDate: found.resolutionDate, caseCodeName: found.caseCodeName };
    const context = openActionContext();
    // Spec section 9: only an active member's edit is acted on; anyone else's edit stands as typed.
    requireAccess(context, 'member');
    const edited = block;
    return withBriefDocumentLock(
      () => fillDates(context, edited, columns),
      () => {
        toast(edited.sheet.getParent(), BUSY);
        return 0;
      },
    );
  } catch (error) {
    try {
      if (block) toast(block.sheet.getParent(), isUserError(error) ? `${error.message} Resolution Date was not filled in.` : FAILED);
    } catch {
      // Nothing more can be said from a trigger.
    }
    return 0;
  }
}
