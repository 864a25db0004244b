/**
 * The case an action on "the active row's case" works on: the rows of the case named by a page, or
 * of the case of the active row of Cases. Record a step and Record a decision share it.
 */
import { ActionContext } from '../gas/context';
import { activeCell } from '../gas/activeCell';
import { CaseRecord } from '../core/caseRecord';
import { caseCodeNameKey, looksLikeCaseCodeName } from '../core/codeNames';
import { UserError } from '../core/errors';
import { CASES_SHEET } from '../core/schema';

/**
 * Every row of the case, found by code name as code names compare.
 *
 * @param what what is recorded ('step', 'decision'), for the refusals.
 * @throws UserError 'no-case-row', 'no-case-code-name' or 'unknown-case'.
 */
export function rowsOfSelectedCase(context: ActionContext, records: readonly CaseRecord[], caseCodeName: unknown, what: string): CaseRecord[] {
  let name: string;
  if (caseCodeName !== undefined) {
    // Only text names a case; anything else a page might send (a number, an object whose toString
    // is not a function) reads as '' and is refused as a blank would be.
    name = typeof caseCodeName === 'string' ? caseCodeName : '';
  } else {
    const cell = activeCell(context.spreadsheet);
    if (!cell || cell.sheetName !== CASES_SHEET || cell.row < 2) throw new UserError('no-case-row', `Select a row of a case in ${CASES_SHEET}, then record its ${what}.`);
    name = records.find((record) => record.rowIndex === cell.row - 1)?.caseCodeName ?? '';
  }
  if (!looksLikeCaseCodeName(name)) throw new UserError('no-case-code-name', `This row has no valid case code name, so no ${what} can be recorded for it.`);
  const key = caseCodeNameKey(name);
  const rows = records.filter((record) => looksLikeCaseCodeName(record.caseCodeName) && caseCodeNameKey(record.caseCodeName) === key);
  if (rows.length === 0) throw new UserError('unknown-case', `No case in ${CASES_SHEET} has that code name, so no ${what} was recorded.`);
  return rows;
}
