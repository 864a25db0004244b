// Contract tests for data validation
// (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder,
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation).
import { firstSheetState, openTestSpreadsheet, realmDate } from './sheetsTestKit';

const STATUS_VALUES = ['Ongoing', 'Resolved'];

describe('DataValidationBuilder', () => {
  // DataValidationBuilder#requireValueInList(String[]) and DataValidation#getCriteriaValues():
  // for VALUE_IN_LIST the arguments are the list and whether a drop-down shows (default true).
  it('builds a list rule whose criteria values are the list and the drop-down flag', () => {
    const { app } = openTestSpreadsheet();
    const rule = app.newDataValidation().requireValueInList(STATUS_VALUES).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([STATUS_VALUES, true]);
  });

  // DataValidationBuilder#setAllowInvalid(Boolean): "The default for a new data validation rule
  // is true."
  it('allows invalid input unless told otherwise', () => {
    const { app } = openTestSpreadsheet();
    const lenient = app.newDataValidation().requireDate().build();
    const strict = app.newDataValidation().requireDate().setAllowInvalid(false).setHelpText('Enter a date.').build();
    expect([lenient.getAllowInvalid(), strict.getAllowInvalid(), strict.getHelpText()]).toEqual([true, false, 'Enter a date.']);
  });

  // DataValidationBuilder#requireDateOnOrBefore(Date): criteria DATE_ON_OR_BEFORE with the date.
  it('keeps a date criterion as a Date of the script’s realm', () => {
    const { app, context } = openTestSpreadsheet();
    const ScriptDate = realmDate(context);
    const rule = app.newDataValidation().requireDateOnOrBefore(new ScriptDate('2025-01-01T00:00:00Z')).build();
    const [date] = rule.getCriteriaValues();
    expect(String(rule.getCriteriaType())).toBe('DATE_ON_OR_BEFORE');
    expect(date).toBeInstanceOf(ScriptDate);
    expect((date as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  // DataValidation#copy(): a builder with the rule's settings.
  it('copies a rule into a new builder', () => {
    const { app } = openTestSpreadsheet();
    const original = app.newDataValidation().requireValueInList(STATUS_VALUES, false).setHelpText('Pick one').build();
    const changed = original.copy().setAllowInvalid(false).build();
    expect([changed.getCriteriaValues(), changed.getHelpText(), changed.getAllowInvalid(), original.getAllowInvalid()]).toEqual([[STATUS_VALUES, false], 'Pick one', false, true]);
  });
});

describe('Range.setDataValidation', () => {
  // Range#setDataValidation(DataValidation) / #getDataValidation(): the rule of the top-left cell.
  it('applies a rule every cell of the range reports', () => {
    const { app, sheet } = openTestSpreadsheet();
    sheet.getRange('D2:D100').setDataValidation(app.newDataValidation().requireValueInList(STATUS_VALUES).build());
    expect(sheet.getRange('D50').getDataValidation()?.getCriteriaValues()).toEqual([STATUS_VALUES, true]);
    expect(sheet.getRange('D1').getDataValidation()).toBeNull();
  });

  // "Setting a range prunes entries it fully covers": applying the same rule twice stores it once.
  it('stores one entry when the same range is set twice', () => {
    const { app, sheet, workspace } = openTestSpreadsheet();
    const rule = app.newDataValidation().requireValueInList(STATUS_VALUES).build();
    sheet.getRange('D2:D100').setDataValidation(rule);
    sheet.getRange('D2:D100').setDataValidation(rule);
    expect(firstSheetState(workspace).dataValidations).toEqual([
      { range: 'D2:D100', rule: { criteria: 'VALUE_IN_LIST', values: STATUS_VALUES, allowInvalid: true, helpText: '', showDropdown: true } },
    ]);
  });

  it('lets a later rule win over part of an earlier one', () => {
    const { app, sheet } = openTestSpreadsheet();
    sheet.getRange('A1:A10').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('A5').setDataValidation(app.newDataValidation().requireCheckbox().build());
    const types = sheet.getRange('A4:A6').getDataValidations().map(([rule]) => String(rule?.getCriteriaType()));
    expect(types).toEqual(['DATE_IS_VALID_DATE', 'CHECKBOX', 'DATE_IS_VALID_DATE']);
  });

  // Range#setDataValidation(null) and #clearDataValidations(): the cells have no rule.
  it('clears rules with null and with clearDataValidations', () => {
    const { app, sheet, workspace } = openTestSpreadsheet();
    sheet.getRange('A1:A10').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('A1:A5').setDataValidation(null);
    sheet.getRange('A6:A10').clearDataValidations();
    expect(sheet.getRange('A1:A10').getDataValidations().flat()).toEqual(new Array(10).fill(null));
    expect(firstSheetState(workspace).dataValidations).toEqual([]);
  });

  // Range#setDataValidations(DataValidation[][]): one rule per cell, sizes must match.
  it('sets a rule per cell and rejects rules that do not fit', () => {
    const { app, sheet } = openTestSpreadsheet();
    const date = app.newDataValidation().requireDate().build();
    sheet.getRange('A1:B1').setDataValidations([[date, null]]);
    expect(sheet.getRange('A1:B1').getDataValidations()[0].map((rule) => (rule ? String(rule.getCriteriaType()) : null))).toEqual(['DATE_IS_VALID_DATE', null]);
    expect(() => sheet.getRange('A1:B1').setDataValidations([[date]])).toThrow('The number of columns in the data does not match');
  });

  // Apps Script does not check data validation when a script writes values: setValues stores a
  // value that breaks the rule (it is flagged in the editor, not rejected).
  it('does not reject a script write that breaks the rule', () => {
    const { app, sheet } = openTestSpreadsheet();
    const status = sheet.getRange('D2');
    status.setDataValidation(app.newDataValidation().requireValueInList(STATUS_VALUES).setAllowInvalid(false).build());
    status.setValue('Unheard of');
    expect(status.getValue()).toBe('Unheard of');
  });
});
