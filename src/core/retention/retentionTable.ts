/**
 * The retention table in `Settings` (spec section 14): three columns, found by header like every
 * other part of the sheet. Each row names what it governs in `Retention For`: a Consequences value,
 * `Nobody identifiable` (a row of a case that names no person) or `Flagged` (a row naming a person
 * the identity key marks Flagged). `Months Kept` is how many months after the Resolution Date the
 * identifying records are kept; blank means kept until the chair decides. `Suspension Months`, on a
 * suspension's row, is the suspension's length: its records are kept for the suspension plus
 * `Months Kept`.
 *
 * A term that cannot be read is never guessed at: it is a problem naming its cell, and the review
 * refuses to run until it is fixed, so a typo can never expunge records early.
 */
import { SheetCell, SheetRow, a1, cellText } from '../cells';
import { SETTINGS_SHEET, findColumns } from '../schema';
import { vocabularyKey } from '../vocabularies';

export const RETENTION_COLUMNS = {
  retentionFor: 'Retention For',
  monthsKept: 'Months Kept',
  suspensionMonths: 'Suspension Months',
} as const;

export const NOBODY_IDENTIFIABLE = 'Nobody identifiable';
export const FLAGGED = 'Flagged';

/** The longest term the table accepts: a century, far beyond any group's policy. */
export const MAX_MONTHS = 1200;

/** `null` months: kept until the chair decides. */
export interface RetentionTerm {
  monthsKept: number | null;
  /** The suspension's length in months, 0 when the row is not a suspension. */
  suspensionMonths: number;
}

export interface RetentionTable {
  /** By vocabularyKey of the Consequences value, in the spelling the table uses. */
  consequences: Map<string, RetentionTerm & { label: string }>;
  nobodyIdentifiable: RetentionTerm;
  flagged: RetentionTerm;
}

export interface RetentionTableRead {
  table: RetentionTable;
  /** Each bad entry, naming its cell; any problem blocks the review. */
  problems: string[];
}

const KEPT: RetentionTerm = { monthsKept: null, suspensionMonths: 0 };

/** Spec 14's defaults: the terms the Django working group published until 2026. */
const DEFAULT_TERMS: Readonly<Record<string, RetentionTerm>> = {
  [vocabularyKey('None')]: { monthsKept: 14, suspensionMonths: 0 },
  [vocabularyKey('Not a violation')]: { monthsKept: 0, suspensionMonths: 0 },
  [vocabularyKey('Out of scope')]: { monthsKept: 0, suspensionMonths: 0 },
  [vocabularyKey('Other')]: { monthsKept: 14, suspensionMonths: 0 },
  [vocabularyKey('Warning')]: { monthsKept: 14, suspensionMonths: 0 },
  [vocabularyKey('First Suspension')]: { monthsKept: 26, suspensionMonths: 3 },
  [vocabularyKey('Second Suspension')]: { monthsKept: 26, suspensionMonths: 12 },
  [vocabularyKey('Ban')]: KEPT,
  [vocabularyKey(NOBODY_IDENTIFIABLE)]: { monthsKept: 6, suspensionMonths: 0 },
  [vocabularyKey(FLAGGED)]: { monthsKept: 26, suspensionMonths: 0 },
};

/** The default term of a row label; a Consequences value the defaults do not know is kept. */
export function defaultRetentionTerm(label: string): RetentionTerm {
  return DEFAULT_TERMS[vocabularyKey(label)] ?? KEPT;
}

/** The labels the table should have, in order: every Consequences value, then the two extra rows. */
export function retentionLabels(consequences: readonly string[]): string[] {
  return [...consequences, NOBODY_IDENTIFIABLE, FLAGGED];
}

/** A row as set-up writes it: label, Months Kept (blank = kept), Suspension Months (blank = none). */
export function defaultRetentionRow(label: string): SheetCell[] {
  const term = defaultRetentionTerm(label);
  return [label, term.monthsKept ?? '', term.suspensionMonths === 0 ? '' : term.suspensionMonths];
}

export type RetentionColumnKey = keyof typeof RETENTION_COLUMNS;

export function retentionColumns(headerRow: readonly SheetCell[]) {
  return findColumns<RetentionColumnKey>(headerRow, RETENTION_COLUMNS);
}

/** A whole number of months from 0 to MAX_MONTHS, blank as null; undefined when unreadable. */
function readMonths(cell: SheetCell | undefined): number | null | undefined {
  const text = cellText(cell);
  if (text === '') return null;
  const number = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(number) && number >= 0 && number <= MAX_MONTHS ? number : undefined;
}

/**
 * Reads the table from the `Settings` values (header first).
 *
 * @param consequences the Consequences list from `Settings`: the values the table may name. A value
 * without a row is kept until the chair decides (Set up or repair adds the row).
 */
export function readRetentionTable(values: readonly SheetRow[], consequences: readonly string[]): RetentionTableRead {
  const problems: string[] = [];
  const table: RetentionTable = { consequences: new Map(), nobodyIdentifiable: KEPT, flagged: KEPT };
  const { found, missing } = retentionColumns(values[0] ?? []);
  if (found.retentionFor === undefined || found.monthsKept === undefined) {
    problems.push(
      `Settings has no retention table (${missing.join(', ')} missing), so nothing can be found due. Run Django CoC › Set up or repair to add it with the default terms.`,
    );
    return { table, problems };
  }
  const known = new Map(consequences.map((value) => [vocabularyKey(value), value]));
  const seen = new Map<string, string>();
  for (let rowIndex = 1; rowIndex < values.length; rowIndex++) {
    const row = values[rowIndex];
    const label = cellText(row[found.retentionFor]);
    const monthsCell = row[found.monthsKept];
    const suspensionCell = found.suspensionMonths === undefined ? '' : row[found.suspensionMonths];
    const labelCell = a1(rowIndex, found.retentionFor, SETTINGS_SHEET);
    if (label === '') {
      if (cellText(monthsCell) !== '' || cellText(suspensionCell) !== '') {
        problems.push(`${a1(rowIndex, found.monthsKept, SETTINGS_SHEET)} has a retention term but ${labelCell} does not say what it is for.`);
      }
      continue;
    }
    const key = vocabularyKey(label);
    const isExtra = key === vocabularyKey(NOBODY_IDENTIFIABLE) || key === vocabularyKey(FLAGGED);
    if (!isExtra && !known.has(key)) {
      // Only the cell is named: a person may have typed anything there.
      problems.push(`${labelCell} is neither a value of the Consequences list nor ${NOBODY_IDENTIFIABLE} or ${FLAGGED}.`);
      continue;
    }
    if (seen.has(key)) {
      problems.push(`${labelCell} repeats a retention row already given in ${seen.get(key)}.`);
      continue;
    }
    seen.set(key, labelCell);
    const monthsKept = readMonths(monthsCell);
    const suspensionMonths = readMonths(suspensionCell);
    if (monthsKept === undefined) {
      problems.push(`${a1(rowIndex, found.monthsKept, SETTINGS_SHEET)}: Months Kept must be a whole number of months from 0 to ${MAX_MONTHS}, or blank to keep the records until the chair decides.`);
    }
    if (suspensionMonths === undefined) {
      problems.push(`${a1(rowIndex, found.suspensionMonths as number, SETTINGS_SHEET)}: Suspension Months must be a whole number of months from 0 to ${MAX_MONTHS}, or blank when the row is not a suspension.`);
    }
    if (monthsKept === undefined || suspensionMonths === undefined) continue;
    const term: RetentionTerm = { monthsKept, suspensionMonths: suspensionMonths ?? 0 };
    if (key === vocabularyKey(NOBODY_IDENTIFIABLE)) table.nobodyIdentifiable = term;
    else if (key === vocabularyKey(FLAGGED)) table.flagged = term;
    else table.consequences.set(key, { ...term, label: known.get(key) as string });
  }
  return { table, problems };
}

/** The term for a Consequences value; a value the table does not list is kept. */
export function consequenceTerm(table: RetentionTable, consequence: string): RetentionTerm & { label: string } {
  return table.consequences.get(vocabularyKey(consequence)) ?? { ...KEPT, label: consequence.trim() };
}

/** How the Settings repair (src/core/settings.ts) lets the table add its cells. */
export interface RetentionRepairWriter {
  /** Sets one empty cell (0-based). */
  set(rowIndex: number, columnIndex: number, value: SheetCell): void;
  /** Adds a column after the last one used, headed `header`; returns its index. */
  newColumn(header: string): number;
  /** The last row (0-based) with anything in the given columns; 0, the header, when none. */
  lastUsedRow(columns: readonly (number | undefined)[]): number;
}

/**
 * What Set up or repair adds to the retention table: missing columns (with the defaults of the rows
 * already there), and a row with its default for each Consequences value, Nobody identifiable and
 * Flagged the table lacks. Terms already present are never changed. Returns the changes in words.
 */
export function planRetentionTableRepair(values: readonly SheetRow[], consequences: readonly string[], writer: RetentionRepairWriter): string[] {
  const { found } = retentionColumns(values[0] ?? []);
  const changes: string[] = [];
  const columns = { ...found } as Partial<Record<RetentionColumnKey, number>>;
  const added = new Set<RetentionColumnKey>();
  for (const key of Object.keys(RETENTION_COLUMNS) as RetentionColumnKey[]) {
    if (columns[key] !== undefined) continue;
    columns[key] = writer.newColumn(RETENTION_COLUMNS[key]);
    added.add(key);
  }
  const present = new Set<string>();
  if (found.retentionFor !== undefined) {
    for (let rowIndex = 1; rowIndex < values.length; rowIndex++) {
      const label = cellText(values[rowIndex][found.retentionFor]);
      if (label === '') continue;
      present.add(vocabularyKey(label));
      // A column added beside existing rows gets their defaults: those cells are new.
      const defaults = defaultRetentionRow(label);
      if (added.has('monthsKept')) writer.set(rowIndex, columns.monthsKept as number, defaults[1]);
      if (added.has('suspensionMonths')) writer.set(rowIndex, columns.suspensionMonths as number, defaults[2]);
    }
  }
  let nextRow = 1 + writer.lastUsedRow([found.retentionFor, found.monthsKept, found.suspensionMonths]);
  for (const label of retentionLabels(consequences)) {
    if (present.has(vocabularyKey(label))) continue;
    present.add(vocabularyKey(label));
    defaultRetentionRow(label).forEach((value, offset) => {
      const key = (['retentionFor', 'monthsKept', 'suspensionMonths'] as const)[offset];
      writer.set(nextRow, columns[key] as number, value);
    });
    nextRow++;
    if (found.retentionFor !== undefined) changes.push(`Added the retention term for ${label} to ${SETTINGS_SHEET}`);
  }
  return changes;
}
