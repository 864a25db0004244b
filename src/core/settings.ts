import { SheetCell, SheetRow, a1, cellText, isBlankCell } from './cells';
import type { CaseCodeNameSeparator, PersonCodeNameStyle } from './codeNames';
import { UserError } from './errors';
import { neutraliseText } from './neutralise';
import { RETENTION_COLUMNS, defaultRetentionRow, planRetentionTableRepair, retentionLabels } from './retention/retentionTable';
import { SETTINGS_SHEET, findColumns, normaliseHeader } from './schema';
import {
  DEFAULT_ACKNOWLEDGE_WITHIN_DAYS,
  DEFAULT_CASE_STEPS,
  DEFAULT_REVIEW_ACTION_ALONE_WITHIN_DAYS,
  DEFAULT_UPDATE_REPORTER_EVERY_DAYS,
} from './caseSteps';
import {
  RESOLVED_STATUS,
  VOCABULARY_HEADERS,
  VOCABULARY_KEYS,
  VocabularyKey,
  Vocabularies,
  canonicalValue,
  defaultVocabularies,
  vocabularyKey,
} from './vocabularies';

/**
 * The `Settings` sheet (spec 2.2, docs/ARCHITECTURE.md): one column per vocabulary list, found by
 * header, and two columns `Setting` | `Value` holding one scalar setting per row.
 */

export type { CaseCodeNameSeparator, PersonCodeNameStyle };

export interface Settings {
  vocabularies: Vocabularies;
  /** '' when not set. */
  identityKeySpreadsheetId: string;
  /** '' when not set. */
  caseDocumentsFolderId: string;
  /** '' when not set: statistics are then not published to a spreadsheet. */
  publicStatisticsSpreadsheetId: string;
  caseCodeNameSeparator: CaseCodeNameSeparator;
  personCodeNameStyle: PersonCodeNameStyle;
  /**
   * 0 = off; otherwise published counts from 1 to k-1 are shown as `<k`. NaN when the cell cannot
   * be read, so that publishing refuses (applySmallCountThreshold) rather than drop the protection.
   */
  smallCountThreshold: number;
  /** The `Steps` list (spec section 18): the steps a case's clock may record. */
  caseSteps: string[];
  /** Days from Received to Acknowledged. */
  acknowledgeWithinDays: number;
  /** Days between updates to the reporter while a case is ongoing. */
  updateReporterEveryDays: number;
  /** Days from Acted alone to Action alone reviewed. */
  reviewActionAloneWithinDays: number;
  /** Whether the published statistics show the median days to first response (off by default). */
  publishMedianDaysToFirstResponse: boolean;
}

export type ScalarSettingKey = Exclude<keyof Settings, 'vocabularies' | 'caseSteps'>;

/** The header of the `Settings` column that lists the case steps. */
export const CASE_STEPS_LIST_HEADER = 'Steps';

export const SETTING_HEADER = 'Setting';
export const VALUE_HEADER = 'Value';

/** Each scalar setting's row label in the `Setting` column, in the order set-up writes them. */
export const SETTING_NAMES: Readonly<Record<ScalarSettingKey, string>> = {
  identityKeySpreadsheetId: 'Identity Key Spreadsheet ID',
  caseDocumentsFolderId: 'Case Documents Folder ID',
  publicStatisticsSpreadsheetId: 'Public Statistics Spreadsheet ID',
  caseCodeNameSeparator: 'Case Code Name Separator',
  personCodeNameStyle: 'Person Code Name Style',
  smallCountThreshold: 'Small-Count Threshold',
  acknowledgeWithinDays: 'Acknowledge Within Days',
  updateReporterEveryDays: 'Update Reporter Every Days',
  reviewActionAloneWithinDays: 'Review Action Alone Within Days',
  publishMedianDaysToFirstResponse: 'Publish Median Days to First Response',
};

const SETTING_KEYS = Object.keys(SETTING_NAMES) as ScalarSettingKey[];

/** What set-up writes in the `Value` column: the words a person would type, not the parsed values. */
const DEFAULT_SETTING_CELLS: Readonly<Record<ScalarSettingKey, SheetCell>> = {
  identityKeySpreadsheetId: '',
  caseDocumentsFolderId: '',
  publicStatisticsSpreadsheetId: '',
  caseCodeNameSeparator: 'space',
  personCodeNameStyle: 'animal',
  smallCountThreshold: 0,
  acknowledgeWithinDays: DEFAULT_ACKNOWLEDGE_WITHIN_DAYS,
  updateReporterEveryDays: DEFAULT_UPDATE_REPORTER_EVERY_DAYS,
  reviewActionAloneWithinDays: DEFAULT_REVIEW_ACTION_ALONE_WITHIN_DAYS,
  publishMedianDaysToFirstResponse: 'No',
};

const SEPARATOR_WORDS = new Map<string, CaseCodeNameSeparator>([
  ['space', ' '],
  ['hyphen', '-'],
]);
const STYLE_WORDS: readonly PersonCodeNameStyle[] = ['animal', 'letter'];

export function defaultSettings(): Settings {
  return {
    vocabularies: defaultVocabularies(),
    identityKeySpreadsheetId: '',
    caseDocumentsFolderId: '',
    publicStatisticsSpreadsheetId: '',
    caseCodeNameSeparator: ' ',
    personCodeNameStyle: 'animal',
    smallCountThreshold: 0,
    caseSteps: [...DEFAULT_CASE_STEPS],
    acknowledgeWithinDays: DEFAULT_ACKNOWLEDGE_WITHIN_DAYS,
    updateReporterEveryDays: DEFAULT_UPDATE_REPORTER_EVERY_DAYS,
    reviewActionAloneWithinDays: DEFAULT_REVIEW_ACTION_ALONE_WITHIN_DAYS,
    publishMedianDaysToFirstResponse: false,
  };
}

/** Every column the sheet holds, by the key the code uses. */
const SETTINGS_COLUMNS: Readonly<Record<VocabularyKey | 'caseSteps' | 'setting' | 'value', string>> = {
  ...VOCABULARY_HEADERS,
  caseSteps: CASE_STEPS_LIST_HEADER,
  setting: SETTING_HEADER,
  value: VALUE_HEADER,
};

type SettingsColumnKey = keyof typeof SETTINGS_COLUMNS;

const SETTING_KEY_BY_LABEL = new Map<string, ScalarSettingKey>(
  SETTING_KEYS.map((key) => [normaliseHeader(SETTING_NAMES[key]), key]),
);

function sheetWidth(values: readonly SheetRow[]): number {
  return values.reduce((widest, row) => Math.max(widest, row.length), 0);
}

function settingsColumns(values: readonly SheetRow[]) {
  return findColumns<SettingsColumnKey>(values[0] ?? [], SETTINGS_COLUMNS).found;
}

/** The first row of each scalar setting (0-based row index); later repeats are listed apart. */
function settingRows(values: readonly SheetRow[], settingColumn: number | undefined) {
  const rows = new Map<ScalarSettingKey, number>();
  const repeats: number[] = [];
  if (settingColumn === undefined) return { rows, repeats };
  for (let rowIndex = 1; rowIndex < values.length; rowIndex++) {
    const key = SETTING_KEY_BY_LABEL.get(normaliseHeader(values[rowIndex][settingColumn]));
    if (key === undefined) continue;
    if (rows.has(key)) repeats.push(rowIndex);
    else rows.set(key, rowIndex);
  }
  return { rows, repeats };
}

function listNames(keys: readonly VocabularyKey[]): string {
  return keys.map((key) => VOCABULARY_HEADERS[key]).join(', ');
}

function readList(values: readonly SheetRow[], column: number, header: string, problems: string[]): string[] {
  const list: string[] = [];
  const seen = new Set<string>();
  for (let rowIndex = 1; rowIndex < values.length; rowIndex++) {
    const text = cellText(values[rowIndex][column]);
    if (text === '') continue;
    if (seen.has(vocabularyKey(text))) {
      problems.push(`${a1(rowIndex, column, SETTINGS_SHEET)} repeats a value already in the ${header} list; the repeat is ignored.`);
      continue;
    }
    seen.add(vocabularyKey(text));
    list.push(text);
  }
  return list;
}

function readVocabularies(values: readonly SheetRow[], problems: string[]): Vocabularies {
  const columns = settingsColumns(values);
  const vocabularies = defaultVocabularies();
  const missing: VocabularyKey[] = [];
  const empty: VocabularyKey[] = [];
  for (const key of VOCABULARY_KEYS) {
    const column = columns[key];
    if (column === undefined) {
      missing.push(key);
      continue;
    }
    const list = readList(values, column, VOCABULARY_HEADERS[key], problems);
    if (list.length === 0) empty.push(key);
    else vocabularies[key] = list;
  }
  if (missing.length > 0) {
    problems.push(
      `Settings has no ${listNames(missing)} list, so the default is used. Run Django CoC > Set up or repair to add it.`,
    );
  }
  if (empty.length > 0) problems.push(`The ${listNames(empty)} list in Settings is empty, so the default is used.`);
  if (canonicalValue(RESOLVED_STATUS, vocabularies.status) === null) {
    problems.push(`The Status list in Settings has no ${RESOLVED_STATUS}, so no case can be recorded as resolved.`);
  }
  return vocabularies;
}

function readCaseStepsList(values: readonly SheetRow[], problems: string[]): string[] {
  const column = settingsColumns(values).caseSteps;
  if (column === undefined) {
    problems.push(`Settings has no ${CASE_STEPS_LIST_HEADER} list, so the default is used. Run Django CoC > Set up or repair to add it.`);
    return [...DEFAULT_CASE_STEPS];
  }
  const list = readList(values, column, CASE_STEPS_LIST_HEADER, problems);
  if (list.length > 0) return list;
  problems.push(`The ${CASE_STEPS_LIST_HEADER} list in Settings is empty, so the default is used.`);
  return [...DEFAULT_CASE_STEPS];
}

/** A time limit in whole days, 0 or more; an unreadable cell keeps the default and is named. */
function readDays(fallback: number): (cell: SheetCell) => Read<number> {
  return (cell) => {
    const text = cellText(cell);
    if (text === '') return { value: fallback };
    const number = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
    return Number.isSafeInteger(number) && number >= 0
      ? { value: number }
      : { value: fallback, expected: `a whole number of days, 0 or more; ${fallback} is used` };
  };
}

function readYesNo(cell: SheetCell): Read<boolean> {
  const word = typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : cellText(cell).toLowerCase();
  if (word === '' || word === 'no') return { value: false };
  if (word === 'yes') return { value: true };
  return { value: false, expected: 'Yes or No; No is used' };
}

/** The value to use, and when the cell could not be read, what was expected there. */
type Read<T> = { value: T; expected?: string };
type ScalarReaders = { readonly [K in ScalarSettingKey]: (cell: SheetCell) => Read<Settings[K]> };

function readText(cell: SheetCell): Read<string> {
  return { value: cellText(cell) };
}

/**
 * Blank cells take the default silently: an unset setting is not a mistake. An unreadable cell
 * takes the default too, except the small-count threshold: whoever typed something there meant
 * to protect small counts, so publishing is refused until it reads as a number.
 */
const SCALAR_READERS: ScalarReaders = {
  identityKeySpreadsheetId: readText,
  caseDocumentsFolderId: readText,
  publicStatisticsSpreadsheetId: readText,
  caseCodeNameSeparator: (cell) => {
    const word = cellText(cell).toLowerCase();
    if (word === '') return { value: ' ' };
    const separator = SEPARATOR_WORDS.get(word);
    return separator ? { value: separator } : { value: ' ', expected: 'space or hyphen; space is used' };
  },
  personCodeNameStyle: (cell) => {
    const word = cellText(cell).toLowerCase();
    if (word === '') return { value: 'animal' };
    const style = STYLE_WORDS.find((candidate) => candidate === word);
    return style ? { value: style } : { value: 'animal', expected: 'animal or letter; animal is used' };
  },
  smallCountThreshold: (cell) => {
    const text = cellText(cell);
    if (text === '') return { value: 0 };
    const number = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
    return Number.isSafeInteger(number) && number >= 0
      ? { value: number }
      : { value: Number.NaN, expected: 'a whole number, 0 or more (0 = off); statistics cannot be exported until it is' };
  },
  acknowledgeWithinDays: readDays(DEFAULT_ACKNOWLEDGE_WITHIN_DAYS),
  updateReporterEveryDays: readDays(DEFAULT_UPDATE_REPORTER_EVERY_DAYS),
  reviewActionAloneWithinDays: readDays(DEFAULT_REVIEW_ACTION_ALONE_WITHIN_DAYS),
  publishMedianDaysToFirstResponse: readYesNo,
};

/** Stores the setting read from `cell`; returns what was expected when it could not be read. */
function applySetting<K extends ScalarSettingKey>(settings: Settings, key: K, cell: SheetCell): string | null {
  const read = SCALAR_READERS[key](cell);
  settings[key] = read.value;
  return read.expected ?? null;
}

function readScalars(values: readonly SheetRow[], settings: Settings, problems: string[]): void {
  const columns = settingsColumns(values);
  if (columns.setting === undefined || columns.value === undefined) {
    const missing = [columns.setting === undefined ? SETTING_HEADER : null, columns.value === undefined ? VALUE_HEADER : null]
      .filter((header) => header !== null)
      .join(' and ');
    problems.push(`Settings has no ${missing} column, so default settings are used. Run Django CoC > Set up or repair to add it.`);
    return;
  }
  const valueColumn = columns.value;
  const { rows, repeats } = settingRows(values, columns.setting);
  for (const rowIndex of repeats) {
    problems.push(`${a1(rowIndex, columns.setting, SETTINGS_SHEET)} repeats a setting listed above it; the repeat is ignored.`);
  }
  const absent: string[] = [];
  for (const key of SETTING_KEYS) {
    const rowIndex = rows.get(key);
    if (rowIndex === undefined) {
      absent.push(SETTING_NAMES[key]);
      continue;
    }
    const expected = applySetting(settings, key, values[rowIndex][valueColumn] ?? '');
    // Only the cell is named, never its content: a person may have typed anything there.
    if (expected !== null) problems.push(`${a1(rowIndex, valueColumn, SETTINGS_SHEET)}: ${SETTING_NAMES[key]} must be ${expected}.`);
  }
  if (absent.length > 0) {
    problems.push(
      `Settings has no row for ${absent.join(', ')}, so the default is used. Run Django CoC > Set up or repair to add it.`,
    );
  }
}

/**
 * Reads the `Settings` values (header row first). Anything missing or unreadable takes its default
 * and is described in `problems`, naming cells rather than quoting them.
 */
export function readSettings(values: readonly SheetRow[]): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings = defaultSettings();
  settings.vocabularies = readVocabularies(values, problems);
  settings.caseSteps = readCaseStepsList(values, problems);
  readScalars(values, settings, problems);
  return { settings, problems };
}

/**
 * Settings, as first set-up writes it: every default list, then every setting with its default,
 * then the retention table (spec section 14) with its default terms.
 */
export function defaultSettingsSheet(): SheetCell[][] {
  const lists = defaultVocabularies();
  const retention = retentionLabels(lists.consequences).map(defaultRetentionRow);
  const header: SheetCell[] = [
    ...VOCABULARY_KEYS.map((key) => VOCABULARY_HEADERS[key]),
    CASE_STEPS_LIST_HEADER,
    SETTING_HEADER,
    VALUE_HEADER,
    ...Object.values(RETENTION_COLUMNS),
  ];
  const height = Math.max(SETTING_KEYS.length, retention.length, DEFAULT_CASE_STEPS.length, ...VOCABULARY_KEYS.map((key) => lists[key].length));
  const rows: SheetCell[][] = [header];
  for (let index = 0; index < height; index++) {
    const setting = SETTING_KEYS[index];
    rows.push([
      ...VOCABULARY_KEYS.map((key) => lists[key][index] ?? ''),
      DEFAULT_CASE_STEPS[index] ?? '',
      setting === undefined ? '' : SETTING_NAMES[setting],
      setting === undefined ? '' : DEFAULT_SETTING_CELLS[setting],
      ...(retention[index] ?? ['', '', '']),
    ]);
  }
  return rows;
}

/** A rectangle of cells to write with one `setValues`; indexes are 0-based. */
export interface CellBlock {
  rowIndex: number;
  columnIndex: number;
  values: SheetCell[][];
}

export interface SettingsRepair {
  /** Blocks to write; each covers only empty cells, so nothing present is changed. */
  blocks: CellBlock[];
  /** What the repair adds, in words for the set-up report. */
  changes: string[];
}

/** Collects single-cell writes, then groups them into as few rectangular blocks as it safely can. */
class CellWrites {
  private readonly cells = new Map<number, Map<number, SheetCell>>();

  set(rowIndex: number, columnIndex: number, value: SheetCell): void {
    let column = this.cells.get(columnIndex);
    if (!column) this.cells.set(columnIndex, (column = new Map()));
    column.set(rowIndex, value);
  }

  /**
   * Columns from `firstNewColumn` on are new and empty, so one block covers them all from row 0.
   * Each existing column gets a block of its own over just the rows written, which the planner
   * keeps contiguous and empty.
   */
  blocks(firstNewColumn: number): CellBlock[] {
    const blocks: CellBlock[] = [];
    const columns = [...this.cells.keys()].sort((a, b) => a - b);
    for (const columnIndex of columns.filter((column) => column < firstNewColumn)) {
      const rows = this.cells.get(columnIndex) as Map<number, SheetCell>;
      const first = Math.min(...rows.keys());
      const last = Math.max(...rows.keys());
      const values: SheetCell[][] = [];
      for (let rowIndex = first; rowIndex <= last; rowIndex++) values.push([rows.get(rowIndex) ?? '']);
      blocks.push({ rowIndex: first, columnIndex, values });
    }
    const added = columns.filter((column) => column >= firstNewColumn);
    if (added.length > 0) {
      const height = 1 + Math.max(...added.map((column) => Math.max(...(this.cells.get(column) as Map<number, SheetCell>).keys())));
      const width = Math.max(...added) - firstNewColumn + 1;
      const values = Array.from({ length: height }, (_, rowIndex) =>
        Array.from({ length: width }, (_, offset) => this.cells.get(firstNewColumn + offset)?.get(rowIndex) ?? ''),
      );
      blocks.push({ rowIndex: 0, columnIndex: firstNewColumn, values });
    }
    return mergeSideBySide(blocks);
  }
}

/** Joins blocks over the same rows in neighbouring columns, so Setting and Value go in one write. */
function mergeSideBySide(blocks: CellBlock[]): CellBlock[] {
  const merged: CellBlock[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    const width = previous ? Math.max(...previous.values.map((row) => row.length)) : 0;
    if (
      previous &&
      previous.rowIndex === block.rowIndex &&
      previous.values.length === block.values.length &&
      previous.columnIndex + width === block.columnIndex
    ) {
      previous.values = previous.values.map((row, index) => [...row, ...block.values[index]]);
    } else {
      merged.push({ ...block, values: block.values.map((row) => [...row]) });
    }
  }
  return merged;
}

/**
 * What "Set up or repair" adds to an existing `Settings` sheet: each missing list as a new column
 * with its default values, the `Setting`/`Value` columns if missing, and each missing setting as a
 * row below the last one used. Lists and settings already present are never changed.
 */
export function planSettingsRepair(values: readonly SheetRow[]): SettingsRepair {
  const width = sheetWidth(values);
  const columns = settingsColumns(values);
  const writes = new CellWrites();
  const changes: string[] = [];
  let nextNewColumn = width;
  const newColumn = (header: string): number => {
    writes.set(0, nextNewColumn, header);
    changes.push(`Added column ${header} to ${SETTINGS_SHEET}`);
    return nextNewColumn++;
  };

  const lists = defaultVocabularies();
  for (const key of VOCABULARY_KEYS) {
    if (columns[key] !== undefined) continue;
    const column = newColumn(VOCABULARY_HEADERS[key]);
    lists[key].forEach((value, index) => writes.set(index + 1, column, value));
  }
  if (columns.caseSteps === undefined) {
    const column = newColumn(CASE_STEPS_LIST_HEADER);
    DEFAULT_CASE_STEPS.forEach((value, index) => writes.set(index + 1, column, value));
  }

  const settingColumn = columns.setting ?? newColumn(SETTING_HEADER);
  const valueColumn = columns.value ?? newColumn(VALUE_HEADER);
  const { rows } = settingRows(values, columns.setting);
  // A Value column added beside existing settings gets their defaults: those cells are new.
  if (columns.value === undefined) {
    for (const [key, rowIndex] of rows) writes.set(rowIndex, valueColumn, DEFAULT_SETTING_CELLS[key]);
  }
  let nextRow = 1 + lastUsedRow(values, [columns.setting, columns.value]);
  for (const key of SETTING_KEYS) {
    if (rows.has(key)) continue;
    writes.set(nextRow, settingColumn, SETTING_NAMES[key]);
    writes.set(nextRow, valueColumn, DEFAULT_SETTING_CELLS[key]);
    nextRow++;
    if (columns.setting !== undefined) changes.push(`Added setting ${SETTING_NAMES[key]} to ${SETTINGS_SHEET}`);
  }
  changes.push(
    ...planRetentionTableRepair(values, readSettings(values).settings.vocabularies.consequences, {
      set: (rowIndex, columnIndex, value) => writes.set(rowIndex, columnIndex, value),
      newColumn,
      lastUsedRow: (retentionColumns) => lastUsedRow(values, retentionColumns),
    }),
  );
  return { blocks: writes.blocks(width), changes };
}

/** The last row (0-based) with anything in the given columns; 0, the header, when none. */
function lastUsedRow(values: readonly SheetRow[], columns: readonly (number | undefined)[]): number {
  const present = columns.filter((column): column is number => column !== undefined);
  for (let rowIndex = values.length - 1; rowIndex > 0; rowIndex--) {
    if (present.some((column) => !isBlankCell(values[rowIndex][column]))) return rowIndex;
  }
  return 0;
}

/** The `Value` cell of a scalar setting (0-based), or null when the sheet has no row for it. */
export function locateSetting(values: readonly SheetRow[], key: ScalarSettingKey): { rowIndex: number; columnIndex: number } | null {
  const columns = settingsColumns(values);
  if (columns.value === undefined) return null;
  const rowIndex = settingRows(values, columns.setting).rows.get(key);
  return rowIndex === undefined ? null : { rowIndex, columnIndex: columns.value };
}

/**
 * The one-cell write that sets a scalar setting, such as the identity key's id once it is
 * created or linked. The text is neutralised, as it may have come from a person.
 *
 * @throws UserError `settings-incomplete` when `Settings` has no row for the setting.
 */
export function planSettingUpdate(values: readonly SheetRow[], key: ScalarSettingKey, text: string): CellBlock {
  const cell = locateSetting(values, key);
  if (cell === null) {
    throw new UserError(
      'settings-incomplete',
      `The Settings sheet has no row for ${SETTING_NAMES[key]}. Run Django CoC > Set up or repair, then try again.`,
    );
  }
  return { rowIndex: cell.rowIndex, columnIndex: cell.columnIndex, values: [[neutraliseText(text)]] };
}
