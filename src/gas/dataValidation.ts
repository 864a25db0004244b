import type { ColumnValidationRule } from '../core/setUpPlan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const LIST_HELP = 'Choose a value from the list; the lists live in the Settings sheet.';
const DATE_HELP = 'Enter a date, e.g. 2025-03-14.';

function buildRule(rule: ColumnValidationRule): DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  return rule.kind === 'list'
    ? builder.requireValueInList(rule.values, true).setHelpText(LIST_HELP).build()
    : builder.requireDate().setHelpText(DATE_HELP).build();
}

function sameRule(current: DataValidation | null, rule: ColumnValidationRule): boolean {
  if (!current) return false;
  const type = String(current.getCriteriaType());
  if (rule.kind === 'date') return type === String(SpreadsheetApp.DataValidationCriteria.DATE_IS_VALID_DATE);
  if (type !== String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)) return false;
  const [values] = current.getCriteriaValues() as [string[]];
  return Array.isArray(values) && values.length === rule.values.length && values.every((v, i) => v === rule.values[i]);
}

/**
 * Applies each column's rule below the header, skipping columns that already carry it, so a second
 * set-up changes nothing. Returns the columns it changed.
 */
export function applyColumnValidation<Rule extends ColumnValidationRule>(sheet: Sheet, rules: readonly Rule[]): Rule[] {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const changed: Rule[] = [];
  for (const rule of rules) {
    const range = sheet.getRange(2, rule.columnIndex + 1, rows, 1);
    if (sameRule(range.getDataValidation(), rule)) continue;
    range.setDataValidation(buildRule(rule));
    changed.push(rule);
  }
  return changed;
}
