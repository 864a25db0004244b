/**
 * "Set up or repair" as a plan (spec section 5): which sheets to create, which cells to add to the
 * sheets that exist, and which data validation `Cases` should carry. Existing columns, extra
 * columns, their order and every present value are left alone, so running the plan and planning
 * again gives an empty plan.
 */
import { SheetCell, SheetRow } from './cells';
import { UserError } from './errors';
import { normaliseEmail, readMembers } from './members';
import {
  ANNUAL_STATS_SHEET,
  AUDIT_LOG_COLUMNS,
  AUDIT_LOG_SHEET,
  CASES_COLUMNS,
  CASES_SHEET,
  CONFLICTS_COLUMNS,
  CONFLICTS_SHEET,
  CasesColumnKey,
  MEMBERS_COLUMNS,
  MEMBERS_SHEET,
  SETTINGS_SHEET,
  findColumns,
} from './schema';
import { CellBlock, defaultSettingsSheet, planSettingsRepair, readSettings } from './settings';
import { STATISTICS_COLUMNS } from './statistics/types';
import { CASE_STEPS_COLUMNS, CASE_STEPS_HEADERS, CASE_STEPS_SHEET, CaseStepsColumnKey } from './caseSteps/caseStepRecords';
import { VOCABULARY_KEYS, VocabularyKey } from './vocabularies';

export interface SetUpInput {
  /**
   * Each sheet of the status spreadsheet by name: its header row, read across the sheet's last
   * used column, or null when the sheet does not exist. Absent names count as missing sheets.
   */
  headerRows: Readonly<Record<string, readonly SheetCell[] | null>>;
  /** All values of `Settings` (header first); ignored when the sheet is missing. */
  settingsValues: readonly SheetRow[];
  /** All values of `Members` (header first); ignored when the sheet is missing. */
  membersValues: readonly SheetRow[];
  /** The member running set-up, who becomes Chair when `Members` lists nobody. */
  userEmail: string;
}

export interface SheetToCreate {
  sheet: string;
  /** The whole new sheet, header row first. */
  values: SheetCell[][];
}

/** Cells to add to an existing sheet in one `setValues`; 0-based, and only over empty cells. */
export interface SheetWrite extends CellBlock {
  sheet: string;
}

/** A drop-down or date rule for one column below its header; 0-based column index. */
export type ColumnValidationRule = { columnIndex: number; kind: 'list'; values: string[] } | { columnIndex: number; kind: 'date' };

export type CasesValidationRule = ColumnValidationRule & { column: CasesColumnKey };

export type CaseStepsValidationRule = ColumnValidationRule & { column: CaseStepsColumnKey };

export interface SetUpPlan {
  create: SheetToCreate[];
  writes: SheetWrite[];
  /**
   * The data validation `Cases` should carry below its header, from `Settings` as repaired. This
   * is the desired state, given every time: applying it again changes nothing.
   */
  casesValidation: CasesValidationRule[];
  /** Likewise for `Case Steps`: Step from the Settings list, Date a date. */
  caseStepsValidation: CaseStepsValidationRule[];
  /** Every creation and addition, in words for the person who ran set-up. */
  changes: string[];
}

/** The sheets whose headers set-up writes and repairs, in the order it creates them. */
const HEADED_SHEETS: readonly { sheet: string; headers: readonly string[] }[] = [
  { sheet: CASES_SHEET, headers: Object.values(CASES_COLUMNS) },
  { sheet: MEMBERS_SHEET, headers: Object.values(MEMBERS_COLUMNS) },
  { sheet: CONFLICTS_SHEET, headers: Object.values(CONFLICTS_COLUMNS) },
  { sheet: CASE_STEPS_SHEET, headers: CASE_STEPS_HEADERS },
  { sheet: AUDIT_LOG_SHEET, headers: Object.values(AUDIT_LOG_COLUMNS) },
];

/** Creation order, as spec 2.2 lists the sheets. */
export const SHEET_ORDER = [CASES_SHEET, SETTINGS_SHEET, MEMBERS_SHEET, CONFLICTS_SHEET, CASE_STEPS_SHEET, ANNUAL_STATS_SHEET, AUDIT_LOG_SHEET];

const LIST_COLUMNS: readonly VocabularyKey[] = VOCABULARY_KEYS;
const DATE_COLUMNS: readonly CasesColumnKey[] = ['dateOfReport', 'resolutionDate'];

function headersOf(sheet: string): readonly string[] {
  return HEADED_SHEETS.find((entry) => entry.sheet === sheet)?.headers ?? [];
}

/** A Record of header texts for findColumns, keyed by the texts themselves. */
function asColumns(headers: readonly string[]): Record<string, string> {
  return Object.fromEntries(headers.map((header) => [header, header]));
}

function missingHeaders(headerRow: readonly SheetCell[], headers: readonly string[]): string[] {
  return findColumns(headerRow, asColumns(headers)).missing;
}

function chairRow(headerRow: readonly SheetCell[], userEmail: string): SheetCell[] {
  const email = normaliseEmail(userEmail);
  if (email === '') {
    throw new UserError(
      'no-user-email',
      "Set up needs your email address to make you the chair, and Google did not provide it. Sign in with your working group account and try again.",
    );
  }
  const { found } = findColumns(headerRow, MEMBERS_COLUMNS);
  const cells: Record<keyof typeof MEMBERS_COLUMNS, SheetCell> = { email, role: 'Chair', identityKeyAccess: 'Yes', active: 'Yes' };
  const row: SheetCell[] = Array<SheetCell>(headerRow.length).fill('');
  for (const key of Object.keys(cells) as (keyof typeof MEMBERS_COLUMNS)[]) row[found[key] as number] = cells[key];
  return row;
}

function casesValidation(casesHeaderRow: readonly SheetCell[], settingsValues: readonly SheetRow[]): CasesValidationRule[] {
  // Lists that Settings lacks read as their defaults, which is exactly what the repair writes.
  const lists = readSettings(settingsValues).settings.vocabularies;
  const { found } = findColumns(casesHeaderRow, CASES_COLUMNS);
  const rules: CasesValidationRule[] = [];
  for (const column of Object.keys(CASES_COLUMNS) as CasesColumnKey[]) {
    const columnIndex = found[column] as number;
    if ((LIST_COLUMNS as readonly string[]).includes(column)) {
      rules.push({ column, columnIndex, kind: 'list', values: [...lists[column as VocabularyKey]] });
    } else if (DATE_COLUMNS.includes(column)) {
      rules.push({ column, columnIndex, kind: 'date' });
    }
  }
  return rules;
}

function caseStepsValidation(headerRow: readonly SheetCell[], settingsValues: readonly SheetRow[]): CaseStepsValidationRule[] {
  const steps = readSettings(settingsValues).settings.caseSteps;
  const { found } = findColumns(headerRow, CASE_STEPS_COLUMNS);
  return [
    { column: 'step', columnIndex: found.step as number, kind: 'list', values: [...steps] },
    { column: 'date', columnIndex: found.date as number, kind: 'date' },
  ];
}

function newSheetValues(sheet: string, userEmail: string): SheetCell[][] {
  if (sheet === SETTINGS_SHEET) return defaultSettingsSheet();
  if (sheet === ANNUAL_STATS_SHEET) return [[...STATISTICS_COLUMNS]];
  const header = [...headersOf(sheet)];
  return sheet === MEMBERS_SHEET ? [header, chairRow(header, userEmail)] : [header];
}

/**
 * Plans "Set up or repair" from what the spreadsheet holds now. `Annual Stats` is created with the
 * statistics header but never repaired: the statistics export rewrites it whole.
 *
 * @throws UserError `no-user-email` when `Members` lists nobody and the user's email is unknown,
 * as set-up could not name a chair.
 */
export function planSetUp(input: SetUpInput): SetUpPlan {
  const plan: SetUpPlan = { create: [], writes: [], casesValidation: [], caseStepsValidation: [], changes: [] };
  const finalHeaderRows = new Map<string, SheetCell[]>();
  const chairAdded = `Added ${normaliseEmail(input.userEmail)} to ${MEMBERS_SHEET} as Chair`;

  for (const sheet of SHEET_ORDER) {
    const headerRow = input.headerRows[sheet] ?? null;
    if (headerRow === null) {
      const values = newSheetValues(sheet, input.userEmail);
      plan.create.push({ sheet, values });
      plan.changes.push(`Created sheet ${sheet}`);
      if (sheet === MEMBERS_SHEET) plan.changes.push(chairAdded);
      finalHeaderRows.set(sheet, values[0]);
    } else if (sheet === SETTINGS_SHEET) {
      const repair = planSettingsRepair(input.settingsValues);
      plan.writes.push(...repair.blocks.map((block) => ({ sheet, ...block })));
      plan.changes.push(...repair.changes);
    } else if (sheet !== ANNUAL_STATS_SHEET) {
      const missing = missingHeaders(headerRow, headersOf(sheet));
      if (missing.length > 0) {
        plan.writes.push({ sheet, rowIndex: 0, columnIndex: headerRow.length, values: [missing] });
        plan.changes.push(...missing.map((header) => `Added column ${header} to ${sheet}`));
      }
      finalHeaderRows.set(sheet, [...headerRow, ...missing]);
    }
  }

  const membersExisted = (input.headerRows[MEMBERS_SHEET] ?? null) !== null;
  if (membersExisted && readMembers(input.membersValues).members.length === 0) {
    plan.writes.push({
      sheet: MEMBERS_SHEET,
      // Below every used row, so a row without an email is never written over.
      rowIndex: Math.max(input.membersValues.length, 1),
      columnIndex: 0,
      values: [chairRow(finalHeaderRows.get(MEMBERS_SHEET) as SheetCell[], input.userEmail)],
    });
    plan.changes.push(chairAdded);
  }

  const settingsExisted = (input.headerRows[SETTINGS_SHEET] ?? null) !== null;
  plan.casesValidation = casesValidation(finalHeaderRows.get(CASES_SHEET) as SheetCell[], settingsExisted ? input.settingsValues : []);
  plan.caseStepsValidation = caseStepsValidation(finalHeaderRows.get(CASE_STEPS_SHEET) as SheetCell[], settingsExisted ? input.settingsValues : []);
  return plan;
}
