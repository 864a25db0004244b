/**
 * Turning identity key rows into tombstones (spec section 14): Real Name and Aliases emptied, the
 * day written in `Expunged On`, the person code name and the rest of the row kept, so old `Cases`
 * rows still validate and a later report about the person starts afresh.
 *
 * As with the counts (./identityKey/columns.ts), each write covers the rows from the first
 * tombstone to the last, writing the rows between back as they were read under the lock; the
 * names are one block when Real Name and Aliases sit side by side, as the add-on creates them.
 */
import { writeBlock, writeColumn } from '../../gas/spreadsheet';
import { SheetCell, SheetRow, calendarDate } from '../../core/cells';
import { personCodeNameKey } from '../../core/codeNames';
import { isTombstone, readIdentityKey } from '../../core/identityKey';
import { asReadBack } from '../../core/neutralise';
import { IDENTITY_KEY_COLUMNS, IDENTITY_KEY_EXPUNGED_ON, findColumns } from '../../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Makes tombstones of the living entries with these person code names (none twice); returns how many it made.
 * An older key without `Expunged On` gets the column after its last one first (one more write).
 */
export function writeTombstones(sheet: Sheet, values: readonly SheetRow[], personCodeNames: readonly string[], today: string): number {
  const wanted = new Set(personCodeNames.map(personCodeNameKey));
  const rows = readIdentityKey(values)
    .entries.filter((entry) => wanted.has(personCodeNameKey(entry.personCodeName)) && !isTombstone(entry))
    .map((entry) => entry.rowIndex);
  if (rows.length === 0) return 0;
  const header = values[0] ?? [];
  const { found } = findColumns(header, IDENTITY_KEY_COLUMNS);
  let expungedOnColumn = findColumns(header, { expungedOn: IDENTITY_KEY_EXPUNGED_ON }).found.expungedOn;
  if (expungedOnColumn === undefined) {
    expungedOnColumn = header.length;
    writeBlock(sheet, 1, expungedOnColumn + 1, [[IDENTITY_KEY_EXPUNGED_ON]]);
  }
  const realName = found.realName as number;
  const aliases = found.aliases as number;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const tombstoned = new Set(rows);
  const column = (index: number, value: SheetCell): SheetCell[] => {
    const cells: SheetCell[] = [];
    for (let rowIndex = first; rowIndex <= last; rowIndex++) cells.push(tombstoned.has(rowIndex) ? value : asReadBack(values[rowIndex]?.[index]));
    return cells;
  };
  const names = column(realName, '');
  const aliasCells = column(aliases, '');
  if (Math.abs(realName - aliases) === 1) {
    const realFirst = realName < aliases;
    writeBlock(sheet, first + 1, Math.min(realName, aliases) + 1, names.map((name, offset) => (realFirst ? [name, aliasCells[offset]] : [aliasCells[offset], name])));
  } else {
    writeColumn(sheet, first + 1, realName + 1, names);
    writeColumn(sheet, first + 1, aliases + 1, aliasCells);
  }
  writeColumn(sheet, first + 1, expungedOnColumn + 1, column(expungedOnColumn, calendarDate(today)));
  return rows.length;
}
