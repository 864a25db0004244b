// Contract tests for SpreadsheetApp's Sheet, each citing the Apps Script behaviour it copies
// (https://developers.google.com/apps-script/reference/spreadsheet/sheet).
import { firstSheetState, openTestSpreadsheet } from './sheetsTestKit';

describe('Sheet size', () => {
  // A new sheet in Google Sheets has 1000 rows and 26 columns (A to Z).
  it('starts at 1000 rows by 26 columns', () => {
    const { sheet } = openTestSpreadsheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  // Sheet#insertRowsAfter(Integer,Integer) / #insertColumnsAfter: the sheet grows.
  it('grows by inserted rows and columns', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.insertRowsAfter(1000, 50);
    sheet.insertColumnsAfter(26, 4);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1050, 30]);
  });

  // Sheet#deleteRows(Integer,Integer): the sheet shrinks.
  it('shrinks by deleted rows', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.deleteRows(10, 90);
    sheet.deleteRow(1);
    expect(sheet.getMaxRows()).toBe(909);
  });

  // Observed: deleting past the last row throws "Those rows are out of bounds."
  it('refuses to delete rows past the end', () => {
    expect(() => openTestSpreadsheet().sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
  });
});

describe('Sheet row insertion and deletion', () => {
  // Sheet#insertRowsBefore(Integer,Integer): content at and below the row moves down.
  it('moves values, notes and backgrounds below inserted rows', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1:A3').setValues([['one'], ['two'], ['three']]);
    sheet.getRange('A2').setNote('second').setBackground('#ff0000');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['one'], [''], [''], ['two'], ['three']]);
    expect([sheet.getRange('A4').getNote(), sheet.getRange('A4').getBackground()]).toEqual(['second', '#ff0000']);
  });

  // Sheet#insertRows(Integer,Integer): inserts before rowIndex.
  it('insertRows inserts before the given row', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1:A2').setValues([['one'], ['two']]);
    sheet.insertRows(2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['one'], [''], ['two']]);
  });

  // Sheet#deleteRow(Integer): rows below move up.
  it('moves values up over deleted rows', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1:A4').setValues([['one'], ['two'], ['three'], ['four']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['one'], ['four']]);
    expect(sheet.getLastRow()).toBe(2);
  });

  it('moves columns right of inserted columns', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1:B1').setValues([['left', 'right']]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['left', '', 'right']]);
  });

  // Inserting rows inside a validated range extends the rule, as in the Sheets editor.
  it('grows a data validation range that spans inserted rows', () => {
    const { app, sheet, workspace } = openTestSpreadsheet();
    sheet.getRange('D2:D10').setDataValidation(app.newDataValidation().requireValueInList(['Yes', 'No']).build());
    sheet.insertRowsAfter(5, 3);
    expect(firstSheetState(workspace).dataValidations.map((entry) => entry.range)).toEqual(['D2:D13']);
  });
});

describe('Sheet.getLastRow', () => {
  // Sheet#getLastRow(): "Returns the position of the last row that has content."
  it('is 0 on an empty sheet', () => {
    const { sheet } = openTestSpreadsheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('is the last row and column with content, whatever lies between', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('C7').setValue('x');
    sheet.getRange('E2').setValue(0);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 5]);
  });

  it('shrinks when the last cells are cleared', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1:A5').setValues([['a'], ['b'], ['c'], ['d'], ['e']]);
    sheet.getRange('A4:A5').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });

  it('ignores notes and backgrounds', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('B9').setNote('only a note').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('Sheet.getDataRange', () => {
  // Sheet#getDataRange(): "Returns a Range corresponding to the dimensions in which data is
  // present", starting at A1.
  it('spans A1 to the last row and column with content', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('C4').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('is A1 on an empty sheet', () => {
    expect(openTestSpreadsheet().sheet.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('Sheet.appendRow', () => {
  // Sheet#appendRow(Object[]): "Appends a row to the bottom of the current data region in the
  // sheet. If a cell's content begins with =, it's interpreted as a formula."
  it('writes after the last row with content', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A3').setValue('header');
    sheet.appendRow(['first', '=1+1', "'0012"]);
    expect(sheet.getRange('A4:C4').getFormulas()).toEqual([['', '=1+1', '']]);
    expect(sheet.getRange('A4').getValue()).toBe('first');
    expect(sheet.getRange('C4').getValue()).toBe('0012');
  });

  it('adds a row when the sheet is full', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect([sheet.getMaxRows(), sheet.getRange(1001, 1).getValue()]).toEqual([1001, 'beyond']);
  });
});

describe('Sheet names', () => {
  it('renames, and the old name is free again', () => {
    const { spreadsheet, sheet } = openTestSpreadsheet();
    sheet.setName('Cases');
    expect([spreadsheet.getSheetByName('Cases')?.getSheetId(), spreadsheet.getSheetByName('Sheet1')]).toEqual([0, null]);
  });

  // Observed Sheets message for a duplicate sheet name.
  it('refuses a name another sheet has', () => {
    const { spreadsheet } = openTestSpreadsheet();
    const other = spreadsheet.insertSheet('Members');
    expect(() => other.setName('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists. Please enter another name.');
  });

  it('keeps working after a rename, since it follows the sheet id', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1');
    sheet.setName('Renamed');
    range.setValue('still here');
    expect(range.getSheet().getName()).toBe('Renamed');
  });
});

describe('Sheet settings', () => {
  // Sheet#setFrozenRows(Integer) / #getFrozenRows().
  it('records frozen rows', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  // Sheet#hideSheet(), #showSheet(), #isSheetHidden().
  it('hides and shows a sheet', () => {
    const { spreadsheet } = openTestSpreadsheet();
    const settings = spreadsheet.insertSheet('Settings');
    settings.hideSheet();
    const hidden = settings.isSheetHidden();
    settings.showSheet();
    expect([hidden, settings.isSheetHidden()]).toEqual([true, false]);
  });

  // The add-on sets no widths; the emulator keeps none, so a script that does is told so
  // (regression: they were accepted and did nothing).
  it.each(['setColumnWidth', 'setColumnWidths', 'setRowHeight', 'autoResizeColumn', 'autoResizeColumns'])('throws for %s, which the emulator does not keep', (method) => {
    const sheet = openTestSpreadsheet().sheet as unknown as Record<string, (...args: number[]) => unknown>;
    expect(() => sheet[method](1, 200)).toThrow(`Sheet.${method} is not implemented in the emulator`);
  });
});

describe('Sheet.clear', () => {
  // Sheet#clear(): "Clears the sheet of content and formatting information."
  it('removes values and backgrounds but keeps the size', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]).setBackground('#ff0000');
    sheet.clear();
    expect(firstSheetState(workspace)).toMatchObject({ values: [], backgrounds: {}, maxRows: 1000 });
  });

  // Sheet#clearContents(): "Clears the sheet of contents, while preserving formatting."
  it('clearContents keeps backgrounds', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1').setValue('x').setBackground('#ff0000');
    sheet.clearContents();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ff0000']);
  });

  it('clearNotes removes every note', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('C3').setNote('flagged');
    sheet.clearNotes();
    expect(sheet.getRange('C3').getNote()).toBe('');
  });
});
