// Contract tests for SpreadsheetApp's Range, each citing the Apps Script behaviour it copies.
import { firstSheetState, openTestSpreadsheet, realmDate } from './sheetsTestKit';

describe('Sheet.getRange', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer): "Returns the range with the top left cell at the given
  // coordinates"; rows and columns are 1-based ("row: The row index of the cell to return; row
  // indexing starts with 1").
  it('addresses rows and columns from 1', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange(5, 2);
    expect([range.getRow(), range.getColumn(), range.getA1Notation()]).toEqual([5, 2, 'B5']);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer): numRows rows of one column.
  it('takes a number of rows as the third argument', () => {
    const { sheet } = openTestSpreadsheet();
    expect(sheet.getRange(3, 4, 7).getA1Notation()).toBe('D3:D9');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer).
  it('takes a number of rows and columns', () => {
    const range = openTestSpreadsheet().sheet.getRange(2, 3, 4, 5);
    expect([range.getNumRows(), range.getNumColumns(), range.getLastRow(), range.getLastColumn(), range.getA1Notation()]).toEqual([4, 5, 5, 7, 'C2:G5']);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String): "Returns the range as specified in A1 notation".
  it('takes A1 notation for a rectangle', () => {
    const range = openTestSpreadsheet().sheet.getRange('A1:C10');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([1, 1, 10, 3]);
  });

  it('takes A1 notation for a whole column', () => {
    const range = openTestSpreadsheet().sheet.getRange('D:D');
    expect([range.getRow(), range.getColumn(), range.getNumRows()]).toEqual([1, 4, 1000]);
  });

  // Observed Apps Script error texts for coordinates below 1 and empty sizes.
  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
  ])('rejects getRange(%j) with Google’s message', (args, message) => {
    const { sheet } = openTestSpreadsheet();
    expect(() => sheet.getRange(...(args as [number, number]))).toThrow(message);
  });

  // Observed: a range past getMaxRows()/getMaxColumns() throws this text.
  it('rejects a range past the last row or column of the sheet', () => {
    const { sheet } = openTestSpreadsheet();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  // Observed: "Exception: The parameters (null,number) don't match the method signature for
  // SpreadsheetApp.Sheet.getRange." when a script passes undefined.
  it('rejects a missing coordinate with the signature error', () => {
    const { sheet } = openTestSpreadsheet();
    expect(() => sheet.getRange(undefined as unknown as number, 1)).toThrow("The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  });

  // Observed: getRange('not a range') throws "Range not found".
  it('rejects notation that is not a range', () => {
    expect(() => openTestSpreadsheet().sheet.getRange('Fictional!!')).toThrow('Range not found');
  });
});

describe('Range.setValues', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object): "Sets a rectangular grid of values (must match dimensions of
  // this range)". This pins the bug gasmask shipped: a write away from A1 must land in its rows.
  it('writes each row of the data into the matching row of a range away from A1', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    sheet.getRange(3, 2, 2, 2).setValues([['Fictional One', 1], ['Fictional Two', 2]]);
    expect(firstSheetState(workspace).values).toEqual([[], [], ['', 'Fictional One', 1], ['', 'Fictional Two', 2]]);
  });

  it('reads back what it wrote through another range over the same cells', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('C10:D12').setValues([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    expect(sheet.getRange(11, 3, 2, 2).getValues()).toEqual([['c', 'd'], ['e', 'f']]);
  });

  // Observed error text when the data has fewer or more rows than the range.
  it('rejects data with the wrong number of rows, naming both sizes', () => {
    const range = openTestSpreadsheet().sheet.getRange(1, 1, 3, 1);
    expect(() => range.setValues([['x'], ['y']])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
  });

  it('rejects data with the wrong number of columns, naming both sizes', () => {
    const range = openTestSpreadsheet().sheet.getRange(1, 1, 1, 2);
    expect(() => range.setValues([['x', 'y', 'z']])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
  });

  it('writes nothing when the data does not fit', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['x'], ['y', 'z']])).toThrow('The number of columns');
    expect(firstSheetState(workspace).values).toEqual([]);
  });

  it('rejects a one-dimensional array with the signature error', () => {
    const range = openTestSpreadsheet().sheet.getRange(1, 1);
    expect(() => range.setValues(['x'])).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues.");
  });
});

describe('Range.setValue', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object): "If it begins with '=' it is interpreted as a formula."
  it('stores text beginning with = as a formula', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    sheet.getRange('A1').setValue('=SUM(B1:B3)');
    expect(firstSheetState(workspace).values[0][0]).toEqual({ formula: '=SUM(B1:B3)' });
  });

  // Sheets' typing rule (https://support.google.com/docs/answer/3094180 "format numbers as
  // text": an apostrophe before the value keeps it as text); the apostrophe is not part of it.
  it('keeps text after a leading apostrophe exactly, without the apostrophe', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange(1, 1, 1, 3);
    range.setValues([["'=1+1", "'0012", "'TRUE"]]);
    expect(range.getValues()).toEqual([['=1+1', '0012', 'TRUE']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  // Sheets parses a typed string as a number, boolean or date as a person typing it would
  // (setValue of a string behaves like typing: "1" reads back as the number 1).
  it('turns numeric text into numbers', () => {
    const range = openTestSpreadsheet().sheet.getRange(1, 1, 1, 5);
    range.setValues([['42', '-3.5', '0012', '1,234', '50%']]);
    expect(range.getValues()).toEqual([[42, -3.5, 12, 1234, 0.5]]);
  });

  it('turns TRUE and FALSE in any case into booleans', () => {
    const range = openTestSpreadsheet().sheet.getRange(1, 1, 1, 3);
    range.setValues([['TRUE', 'false', 'True']]);
    expect(range.getValues()).toEqual([[true, false, true]]);
  });

  it('turns an ISO day into midnight of that day in the spreadsheet’s time zone', () => {
    const { sheet, spreadsheet } = openTestSpreadsheet();
    spreadsheet.setSpreadsheetTimeZone('America/New_York');
    sheet.getRange('A1').setValue('2024-07-04');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-07-04T04:00:00.000Z');
  });

  it('turns a US day (M/D/YYYY) into a date', () => {
    const { sheet } = openTestSpreadsheet(); // Europe/London: UTC+1 in summer
    sheet.getRange('A1').setValue('7/4/2024');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-07-03T23:00:00.000Z');
  });

  it('keeps text that only looks like a day as text', () => {
    const range = openTestSpreadsheet().sheet.getRange(1, 1, 1, 3);
    range.setValues([['2023-02-30', 'home shelf', ' padded ']]);
    expect(range.getValues()).toEqual([['2023-02-30', 'home shelf', ' padded ']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object): "The value can be numeric, string, boolean or date."
  it('stores numbers, booleans and Dates from the script’s realm as they are', () => {
    const { sheet, context } = openTestSpreadsheet();
    const ScriptDate = realmDate(context);
    const range = sheet.getRange(1, 1, 1, 3);
    range.setValues([[7, false, new ScriptDate('2020-01-02T12:00:00Z')]]);
    const [[number, boolean, date]] = range.getValues();
    expect([number, boolean, (date as Date).toISOString()]).toEqual([7, false, '2020-01-02T12:00:00.000Z']);
  });

  it('clears a cell for null, undefined and the empty string', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    const range = sheet.getRange(1, 1, 1, 3);
    range.setValues([['a', 'b', 'c']]);
    range.setValues([[null, undefined, '']]);
    expect(firstSheetState(workspace).values).toEqual([]);
  });

  // Observed: setValue on a multi-cell range writes the value into every cell of the range.
  it('fills every cell of a multi-cell range', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('B2:C3').setValue('x');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([['', '', ''], ['', 'x', 'x'], ['', 'x', 'x']]);
  });
});

describe('Range.getValues', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues(): "Returns a two-dimensional array of values, indexed by row, then by
  // column. The values may be of type Number, Boolean, Date, or String ... Empty cells are
  // represented by an empty string in the array."
  it('gives empty cells as empty strings', () => {
    expect(openTestSpreadsheet().sheet.getRange(1, 1, 2, 2).getValues()).toEqual([['', ''], ['', '']]);
  });

  it('gives a date cell as a Date of the script’s own realm', () => {
    const { sheet, context } = openTestSpreadsheet();
    sheet.getRange('A1').setValue('2024-03-05');
    const [[value]] = sheet.getRange('A1').getValues();
    expect(value).toBeInstanceOf(realmDate(context));
  });

  it('gives a fresh array each time, so changing it writes nothing', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1');
    range.setValue('kept');
    range.getValues()[0][0] = 'changed';
    expect(range.getValue()).toBe('kept');
  });

  // Emulator limit (documented): formulas are not evaluated, so a formula cell reads as
  // '#ERROR!' where Sheets would give the computed value.
  it('gives #ERROR! for a formula cell, which the emulator does not evaluate', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1').setValue('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValue(): "Returns the value of the top-left cell in the range."
  it('getValue reads the top-left cell', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
    expect(sheet.getRange('B2:C3').getValue()).toBe(1);
  });
});

describe('Range.getFormulas', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas(): "If a cell does not contain a formula, an empty string is returned."
  it('gives the formula text and an empty string for other cells', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('A1:B1').setValues([['=A2*2', 'plain']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=A2*2', '']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=A2*2');
  });
});

describe('Range.getDisplayValues', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues(): "Returns the rectangular grid of values for this range ...
  // Each value is the displayed value, a String."
  it('gives every cell as a string, dates as days in the spreadsheet’s zone', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange(1, 1, 1, 4);
    range.setValues([[12.5, true, '2024-03-05', '']]);
    expect(range.getDisplayValues()).toEqual([['12.5', 'TRUE', '2024-03-05', '']]);
    expect(range.getDisplayValue()).toBe('12.5');
  });
});

describe('Range geometry', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer).
  it('offsets by rows and columns, keeping or changing the size', () => {
    const range = openTestSpreadsheet().sheet.getRange('B2:C3');
    expect(range.offset(1, 2).getA1Notation()).toBe('D3:E4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
  });

  it('refuses an offset above row 1', () => {
    expect(() => openTestSpreadsheet().sheet.getRange('B2').offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer): relative to the range, 1-based.
  it('getCell counts from the range’s top-left cell', () => {
    expect(openTestSpreadsheet().sheet.getRange('B2:D4').getCell(2, 3).getA1Notation()).toBe('D3');
  });

  it('getSheet gives the sheet the range is on', () => {
    const { sheet } = openTestSpreadsheet();
    expect(sheet.getRange('A1').getSheet().getName()).toBe('Sheet1');
  });
});

describe('Range.clearContent', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent(): "Clears the content of the range, leaving the formatting intact."
  it('empties values and keeps backgrounds and notes', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1');
    range.setValue('x').setBackground('#ff0000').setNote('a note');
    range.clearContent();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual(['', '#ff0000', 'a note']);
  });
});

describe('Range.clear', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#clear(): "Clears the range of contents and formats."
  it('empties values and formats', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1');
    range.setValue('x').setBackground('#ff0000').setFontWeight('bold');
    range.clear();
    expect([range.getValue(), range.getBackground(), range.getFontWeight()]).toEqual(['', '#ffffff', 'normal']);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object): options contentsOnly, formatOnly, commentsOnly, validationsOnly.
  it('clears only the contents when told contentsOnly', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1');
    range.setValue('x').setBackground('#00ff00');
    range.clear({ contentsOnly: true });
    expect([range.getValue(), range.getBackground()]).toEqual(['', '#00ff00']);
  });
});

describe('Range notes', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNotes(): one note per cell, '' where there is none.
  it('reads back notes set per cell, with empty strings elsewhere', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.getRange('B2:C2').setNotes([['first', '']]);
    expect(sheet.getRange('A2:C2').getNotes()).toEqual([['', 'first', '']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearNote(): "Clears the note in the given cell or cells."
  it('clears notes', () => {
    const { sheet } = openTestSpreadsheet();
    const range = sheet.getRange('A1:B1');
    range.setNote('checked');
    range.clearNote();
    expect(range.getNotes()).toEqual([['', '']]);
  });
});

describe('Range backgrounds', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds(): colour codes per cell; white ('#ffffff') when none is set.
  it('reads white where no background is set', () => {
    expect(openTestSpreadsheet().sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(Object): "null values reset the color".
  it('sets backgrounds per cell in one call and resets them with null', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    const range = sheet.getRange('B3:C3');
    range.setBackgrounds([['#F4CCCC', 'red']]);
    expect(range.getBackgrounds()).toEqual([['#f4cccc', '#ff0000']]);
    range.setBackgrounds([[null, '#ff0000']]);
    expect(firstSheetState(workspace).backgrounds).toEqual({ C3: '#ff0000' });
  });

  it('rejects backgrounds that do not fit the range', () => {
    expect(() => openTestSpreadsheet().sheet.getRange('A1:A2').setBackgrounds([['#ff0000']])).toThrow('The number of rows in the data does not match');
  });
});

describe('Range font weights and number formats', () => {
  it('records bold and reads normal elsewhere', () => {
    const { sheet, workspace } = openTestSpreadsheet();
    sheet.getRange('A1:B1').setFontWeights([['bold', 'normal']]);
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
    expect(firstSheetState(workspace).fontWeights).toEqual({ A1: 'bold' });
  });

  // Range#setNumberFormat('@') makes what is written afterwards plain text in Sheets. The emulator
  // keeps no number formats, so it says so rather than accepting the format and parsing '0012'
  // as 12 anyway (regression: the format was silently ignored).
  it('throws for number formats, which the emulator does not keep', () => {
    const range = openTestSpreadsheet().sheet.getRange('A1') as unknown as { setNumberFormat(format: string): unknown };
    expect(() => range.setNumberFormat('@')).toThrow('Range.setNumberFormat is not implemented in the emulator');
  });
});

describe('Range performance', () => {
  it('writes and reads 10,000 rows of 10 columns well under a second', () => {
    const { sheet } = openTestSpreadsheet();
    sheet.insertRowsAfter(1000, 9000);
    const data = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c % 2 === 0 ? `text ${r}` : r * c)));
    const started = performance.now();
    const range = sheet.getRange(1, 1, 10_000, 10);
    range.setValues(data);
    const values = range.getValues();
    const elapsed = performance.now() - started;
    expect(values[9_999]).toEqual(data[9_999]);
    expect(elapsed).toBeLessThan(500);
  });
});
