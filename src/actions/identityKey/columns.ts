/**
 * Writing the two columns of the identity key the add-on owns, Report Count and Highest
 * Consequence, from `Cases` (spec section 3).
 *
 * The write covers the rows from the first entry to the last. When the two columns sit side by
 * side, as the add-on creates them, that is one `setValues`; when a group has moved them apart, it
 * is one `setValues` per column. A single block spanning the columns in between was rejected: it
 * would rewrite real names, aliases and the Flagged cells people edit by hand (turning any formula
 * there into its value, and racing an edit made meanwhile) to save one call, which the two-write
 * form still keeps independent of the number of rows.
 */
import { writeBlock, writeColumn } from '../../gas/spreadsheet';
import { CaseRecord } from '../../core/caseRecord';
import { SheetCell, SheetRow, cellText } from '../../core/cells';
import { computeIdentityColumns, readIdentityKey } from '../../core/identityKey';
import { asReadBack, neutraliseText } from '../../core/neutralise';
import { IDENTITY_KEY_COLUMNS, findColumns } from '../../core/schema';
import { vocabularyKey } from '../../core/vocabularies';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface IdentityColumnsOutcome {
  /** Entries in the key. */
  people: number;
  /** Consequences values in `Cases` the ladder lacks, each once, which were not ranked. */
  unknownConsequences: string[];
  /** False when every cell already held its value, so nothing was written. */
  changed: boolean;
}

function distinctValues(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = vocabularyKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Recomputes Report Count and Highest Consequence for every entry of the key (`values`, header
 * first, as they stand after any rows this action added) from `records`, and writes them when any
 * differs. A person no longer named keeps their row with 0 and a blank consequence.
 *
 * @param ladder the Consequences list from `Settings`, least severe first.
 */
export function writeIdentityColumns(
  sheet: Sheet,
  values: readonly SheetRow[],
  records: readonly CaseRecord[],
  ladder: readonly string[],
): IdentityColumnsOutcome {
  const { entries } = readIdentityKey(values);
  const { found } = findColumns(values[0] ?? [], IDENTITY_KEY_COLUMNS);
  const countColumn = found.reportCount;
  const highestColumn = found.highestConsequence;
  if (countColumn === undefined || highestColumn === undefined) {
    throw new Error('writeIdentityColumns: the key was not checked for its columns');
  }
  const computed = computeIdentityColumns(entries, records, ladder);
  const outcome: IdentityColumnsOutcome = {
    people: entries.length,
    unknownConsequences: distinctValues(computed.unknownConsequences.map((unknown) => unknown.value)),
    changed: false,
  };
  if (entries.length === 0) return outcome;

  const entryByRow = new Map(entries.map((entry, index) => [entry.rowIndex, index]));
  const first = entries[0].rowIndex;
  const last = entries[entries.length - 1].rowIndex;
  const counts: SheetCell[] = [];
  const highest: SheetCell[] = [];
  for (let rowIndex = first; rowIndex <= last; rowIndex++) {
    const row = values[rowIndex] ?? [];
    const index = entryByRow.get(rowIndex);
    if (index === undefined) {
      counts.push(asReadBack(row[countColumn]));
      highest.push(asReadBack(row[highestColumn]));
      continue;
    }
    const count = computed.reportCount[index];
    const consequence = computed.highestConsequence[index];
    if (row[countColumn] !== count || cellText(row[highestColumn]) !== consequence) outcome.changed = true;
    counts.push(count);
    highest.push(neutraliseText(consequence));
  }
  if (!outcome.changed) return outcome;

  if (Math.abs(countColumn - highestColumn) === 1) {
    const countFirst = countColumn < highestColumn;
    const rows = counts.map((count, offset) => (countFirst ? [count, highest[offset]] : [highest[offset], count]));
    writeBlock(sheet, first + 1, Math.min(countColumn, highestColumn) + 1, rows);
  } else {
    writeColumn(sheet, first + 1, countColumn + 1, counts);
    writeColumn(sheet, first + 1, highestColumn + 1, highest);
  }
  return outcome;
}
