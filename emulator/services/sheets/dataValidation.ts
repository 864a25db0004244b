import { coversRange, formatA1, GridRange, overlapsRange, parseA1, resolveA1 } from '../../workspace/a1';
import { isDate } from '../../run/realm';
import type { RunContext } from '../../run/runContext';
import type { DataValidationRuleState, DataValidationState, SheetState } from '../../workspace/state';
import { proxyOf, unwrap, wrap } from '../common/serviceObject';
import { parameterMismatch } from '../common/serviceHelpers';
import { EnumMember, enumName, enumOf } from '../common/enums';

/**
 * Data validation rules (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
 * The emulator stores and reports rules; it does not reject values that break them, and neither
 * does Apps Script for script writes: setValue/setValues write whatever they are given.
 */

/** SpreadsheetApp.DataValidationCriteria (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria). */
export const DATA_VALIDATION_CRITERIA = enumOf('SpreadsheetApp.DataValidationCriteria', [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);

const BUILDER = 'SpreadsheetApp.DataValidationBuilder';

type CriteriaName = keyof typeof DATA_VALIDATION_CRITERIA;

function criteriaMember(name: string): EnumMember {
  return DATA_VALIDATION_CRITERIA[name as CriteriaName];
}

export class DataValidationBuilder {
  readonly #run: RunContext;
  readonly #rule: DataValidationRuleState;

  constructor(run: RunContext, rule: DataValidationRuleState) {
    this.#run = run;
    this.#rule = rule;
  }

  /** A new builder; a new rule allows invalid input (shows a warning) until told otherwise. */
  static create(run: RunContext, from?: DataValidationRuleState): DataValidationBuilder {
    const rule = from ? copyRule(from) : { criteria: '', values: [], allowInvalid: true, helpText: '' };
    return wrap(new DataValidationBuilder(run, rule), 'DataValidationBuilder', run);
  }

  requireValueInList(values: unknown, showDropdown: unknown = true): DataValidationBuilder {
    if (!Array.isArray(values) || typeof showDropdown !== 'boolean') throw parameterMismatch(`${BUILDER}.requireValueInList`, [values, showDropdown]);
    return this.#require('VALUE_IN_LIST', [...values], showDropdown);
  }

  requireDate(): DataValidationBuilder {
    return this.#require('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: unknown): DataValidationBuilder {
    return this.#require('DATE_AFTER', dateArguments('requireDateAfter', [date]));
  }

  requireDateBefore(date: unknown): DataValidationBuilder {
    return this.#require('DATE_BEFORE', dateArguments('requireDateBefore', [date]));
  }

  requireDateOnOrAfter(date: unknown): DataValidationBuilder {
    return this.#require('DATE_ON_OR_AFTER', dateArguments('requireDateOnOrAfter', [date]));
  }

  requireDateOnOrBefore(date: unknown): DataValidationBuilder {
    return this.#require('DATE_ON_OR_BEFORE', dateArguments('requireDateOnOrBefore', [date]));
  }

  requireDateEqualTo(date: unknown): DataValidationBuilder {
    return this.#require('DATE_EQUAL_TO', dateArguments('requireDateEqualTo', [date]));
  }

  requireDateBetween(start: unknown, end: unknown): DataValidationBuilder {
    return this.#require('DATE_BETWEEN', dateArguments('requireDateBetween', [start, end]));
  }

  requireDateNotBetween(start: unknown, end: unknown): DataValidationBuilder {
    return this.#require('DATE_NOT_BETWEEN', dateArguments('requireDateNotBetween', [start, end]));
  }

  requireCheckbox(): DataValidationBuilder {
    return this.#require('CHECKBOX', []);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this.#require('TEXT_IS_VALID_EMAIL', []);
  }

  requireFormulaSatisfied(formula: unknown): DataValidationBuilder {
    if (typeof formula !== 'string') throw parameterMismatch(`${BUILDER}.requireFormulaSatisfied`, [formula]);
    return this.#require('CUSTOM_FORMULA', [formula]);
  }

  /** The general form: `args` as getCriteriaValues returns them. */
  withCriteria(criteria: unknown, args: unknown): DataValidationBuilder {
    const name = enumName(DATA_VALIDATION_CRITERIA, criteria);
    if (name === undefined || !Array.isArray(args)) {
      throw parameterMismatch(`${BUILDER}.withCriteria`, [criteria, args]);
    }
    if (name === 'VALUE_IN_LIST') return this.requireValueInList(args[0], args[1] ?? true);
    return this.#require(name, args.map((arg) => (isDate(arg) ? { date: arg.toISOString() } : arg)));
  }

  setAllowInvalid(allowInvalid: unknown): DataValidationBuilder {
    if (typeof allowInvalid !== 'boolean') throw parameterMismatch(`${BUILDER}.setAllowInvalid`, [allowInvalid]);
    this.#rule.allowInvalid = allowInvalid;
    return proxyOf(this);
  }

  setHelpText(helpText: unknown): DataValidationBuilder {
    if (typeof helpText !== 'string') throw parameterMismatch(`${BUILDER}.setHelpText`, [helpText]);
    this.#rule.helpText = helpText;
    return proxyOf(this);
  }

  getCriteriaType(): EnumMember {
    return criteriaMember(this.#rule.criteria);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.#rule);
  }

  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }

  getHelpText(): string {
    return this.#rule.helpText;
  }

  copy(): DataValidationBuilder {
    return DataValidationBuilder.create(this.#run, this.#rule);
  }

  build(): DataValidation {
    if (this.#rule.criteria === '') throw new Error('You must set a criteria for the data validation rule.');
    return DataValidation.create(this.#run, this.#rule);
  }

  #require(criteria: string, values: unknown[], showDropdown?: boolean): DataValidationBuilder {
    this.#rule.criteria = criteria;
    this.#rule.values = values;
    if (showDropdown === undefined) delete this.#rule.showDropdown;
    else this.#rule.showDropdown = showDropdown;
    return proxyOf(this);
  }
}

/** A built rule (https://developers.google.com/apps-script/reference/spreadsheet/data-validation). */
export class DataValidation {
  readonly #run: RunContext;
  readonly #rule: DataValidationRuleState;

  constructor(run: RunContext, rule: DataValidationRuleState) {
    this.#run = run;
    this.#rule = rule;
  }

  static create(run: RunContext, rule: DataValidationRuleState): DataValidation {
    return wrap(new DataValidation(run, copyRule(rule)), 'DataValidation', run);
  }

  static ruleOf(validation: DataValidation): DataValidationRuleState {
    return copyRule(validation.#rule);
  }

  getCriteriaType(): EnumMember {
    return criteriaMember(this.#rule.criteria);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.#rule);
  }

  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }

  getHelpText(): string {
    return this.#rule.helpText;
  }

  copy(): DataValidationBuilder {
    return DataValidationBuilder.create(this.#run, this.#rule);
  }
}

/** setDataValidation's argument: a built rule, or null to clear. */
export function ruleFromArgument(rule: unknown, method: string): DataValidationRuleState | null {
  if (rule === null) return null;
  const validation = unwrap(rule, DataValidation);
  if (!validation) throw parameterMismatch(method, [rule]);
  return DataValidation.ruleOf(validation);
}

/** The rule that applies to a cell: the last stored entry covering it (null when cleared). */
export function ruleAt(sheet: SheetState, row: number, column: number): DataValidationRuleState | null {
  const cell = { row, column, numRows: 1, numColumns: 1 };
  for (let i = sheet.dataValidations.length - 1; i >= 0; i--) {
    const grid = entryGrid(sheet, sheet.dataValidations[i]);
    if (grid && coversRange(grid, cell)) return sheet.dataValidations[i].rule;
  }
  return null;
}

/** Gives every cell of `grid` one rule (null clears); older entries keep only what lies outside. */
export function setRules(sheet: SheetState, grid: GridRange, rule: DataValidationRuleState | null): void {
  carveOut(sheet, grid);
  if (rule) sheet.dataValidations.push({ range: formatA1(grid), rule: copyRule(rule) });
}

/** Gives each cell its own rule, stored as one entry per run of equal rules down a column. */
export function setRuleGrid(sheet: SheetState, grid: GridRange, rules: (DataValidationRuleState | null)[][]): void {
  carveOut(sheet, grid);
  for (let c = 0; c < grid.numColumns; c++) {
    let runStart = 0;
    for (let r = 1; r <= grid.numRows; r++) {
      if (r < grid.numRows && sameRule(rules[r][c], rules[runStart][c])) continue;
      const rule = rules[runStart][c];
      const run = { row: grid.row + runStart, column: grid.column + c, numRows: r - runStart, numColumns: 1 };
      if (rule) sheet.dataValidations.push({ range: formatA1(run), rule: copyRule(rule) });
      runStart = r;
    }
  }
}

/** Cuts `grid` out of every stored entry, so that the entries never overlap new ones. */
function carveOut(sheet: SheetState, grid: GridRange): void {
  sheet.dataValidations = sheet.dataValidations.flatMap((entry) => {
    const entryRange = entryGrid(sheet, entry);
    if (!entryRange || !overlapsRange(entryRange, grid)) return [entry];
    return subtractRange(entryRange, grid).map((piece) => ({ range: formatA1(piece), rule: entry.rule }));
  });
}

/** The parts of `outer` outside `hole`: up to four rectangles (above, below, left, right). */
function subtractRange(outer: GridRange, hole: GridRange): GridRange[] {
  const outerBottom = outer.row + outer.numRows;
  const outerRight = outer.column + outer.numColumns;
  const top = Math.max(outer.row, hole.row);
  const bottom = Math.min(outerBottom, hole.row + hole.numRows);
  const left = Math.max(outer.column, hole.column);
  const right = Math.min(outerRight, hole.column + hole.numColumns);
  const pieces: GridRange[] = [
    { row: outer.row, column: outer.column, numRows: top - outer.row, numColumns: outer.numColumns },
    { row: bottom, column: outer.column, numRows: outerBottom - bottom, numColumns: outer.numColumns },
    { row: top, column: outer.column, numRows: bottom - top, numColumns: left - outer.column },
    { row: top, column: right, numRows: bottom - top, numColumns: outerRight - right },
  ];
  return pieces.filter((piece) => piece.numRows > 0 && piece.numColumns > 0);
}

function entryGrid(sheet: SheetState, entry: DataValidationState): GridRange | null {
  const reference = parseA1(entry.range);
  return reference ? resolveA1(reference, sheet.maxRows, sheet.maxColumns) : null;
}

function criteriaValues(rule: DataValidationRuleState): unknown[] {
  if (rule.criteria === 'VALUE_IN_LIST') return [[...rule.values], rule.showDropdown ?? true];
  return rule.values.map((value) => (isStoredDate(value) ? new Date(value.date) : value));
}

function dateArguments(method: string, dates: unknown[]): { date: string }[] {
  if (!dates.every(isDate)) throw parameterMismatch(`${BUILDER}.${method}`, dates);
  return dates.map((date) => ({ date: date.toISOString() }));
}

function isStoredDate(value: unknown): value is { date: string } {
  return typeof value === 'object' && value !== null && typeof (value as { date?: unknown }).date === 'string';
}

function sameRule(a: DataValidationRuleState | null, b: DataValidationRuleState | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function copyRule(rule: DataValidationRuleState): DataValidationRuleState {
  return JSON.parse(JSON.stringify(rule)) as DataValidationRuleState;
}
