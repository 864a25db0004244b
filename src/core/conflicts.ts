/**
 * The `Conflicts` sheet (spec section 2.2): a member with a conflict of interest for a case is
 * never given its document.
 */
import { CONFLICTS_COLUMNS, findColumns } from './schema';
import { SheetCell, SheetRow, cellText, isCalendarDate } from './cells';
import { normaliseEmail } from './members';
import { caseCodeNameKey } from './codeNames';

export interface Conflict {
  /** 0-based index of the row in the sheet (the header is index 0). */
  rowIndex: number;
  /** Trimmed and lower-cased. */
  memberEmail: string;
  /** Trimmed, as written. */
  caseCodeName: string;
  /** The ISO day when the cell holds a real date, else null. */
  declaredOn: string | null;
}

export interface ConflictsTable {
  conflicts: Conflict[];
  /** Header texts of the columns that were not found. */
  missing: string[];
}

/** Reads `Conflicts` by header. Rows missing the email or the case are skipped. */
export function readConflicts(values: readonly SheetRow[]): ConflictsTable {
  const [header = [], ...body] = values;
  const { found, missing } = findColumns(header, CONFLICTS_COLUMNS);
  const cell = (row: SheetRow, index: number | undefined): SheetCell | undefined =>
    index === undefined ? undefined : row[index];
  const conflicts: Conflict[] = [];
  body.forEach((row, offset) => {
    const memberEmail = normaliseEmail(cellText(cell(row, found.memberEmail)));
    const caseCodeName = cellText(cell(row, found.caseCodeName));
    if (memberEmail === '' || caseCodeName === '') return;
    const declared = cell(row, found.declaredOn);
    conflicts.push({ rowIndex: offset + 1, memberEmail, caseCodeName, declaredOn: isCalendarDate(declared) ? declared.iso : null });
  });
  return { conflicts, missing };
}

/**
 * True when `email` has declared a conflict for the case. Emails compare case-insensitively; case
 * code names trimmed, case-insensitively, with a hyphen equal to a space (older records).
 */
export function hasConflict(conflicts: readonly Conflict[], email: string, caseCodeName: string): boolean {
  const wantedEmail = normaliseEmail(email);
  const wantedCase = caseCodeNameKey(caseCodeName);
  if (wantedEmail === '' || wantedCase === '') return false;
  return conflicts.some(
    (conflict) => normaliseEmail(conflict.memberEmail) === wantedEmail && caseCodeNameKey(conflict.caseCodeName) === wantedCase,
  );
}
