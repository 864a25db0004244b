// The runner's helpers for `POST /api/edit`: a cell typed by a person, and the Range an onEdit
// event carries (https://developers.google.com/apps-script/guides/triggers/events#edit: e.range
// is the edited cell or range, e.oldValue the value before the edit).
import { rangeForEvent, writeTypedValue } from '../../emulator/services/sheets/spreadsheetApp';
import { STATUS_SPREADSHEET_ID } from '../../emulator/workspace';
import { createTestRun } from './harness';
import { firstSheetState, openTestSpreadsheet } from './sheetsTestKit';

describe('writeTypedValue', () => {
  // Sheets parses what a person types: a typed date becomes a date, a typed number a number.
  it('parses typed text as Sheets does', () => {
    const { workspace, sheet } = openTestSpreadsheet();
    writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'A1', '2024-03-05');
    writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'B1', '17');
    writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'C1', "'17");
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2024-03-05', '17', '17']]);
    expect(firstSheetState(workspace).values[0]).toEqual([{ date: '2024-03-05T00:00:00.000Z' }, 17, '17']);
  });

  it('returns the value the cell held before', () => {
    const { workspace, sheet } = openTestSpreadsheet();
    sheet.getRange('D7').setValue('Ongoing');
    expect(writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'D7', 'Resolved')).toBe('Ongoing');
    expect(sheet.getRange('D7').getValue()).toBe('Resolved');
  });

  it('returns an empty string for a cell that was empty', () => {
    const { workspace } = openTestSpreadsheet();
    expect(writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'A1', 3)).toBe('');
  });

  it('clears the cell for null', () => {
    const { workspace, sheet } = openTestSpreadsheet();
    sheet.getRange('A1').setValue('x');
    writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Sheet1', 'A1', null);
    expect(firstSheetState(workspace).values).toEqual([]);
  });

  it('refuses a sheet that does not exist', () => {
    const { workspace } = openTestSpreadsheet();
    expect(() => writeTypedValue(workspace, STATUS_SPREADSHEET_ID, 'Missing', 'A1', 'x')).toThrow('No sheet named Missing.');
  });
});

describe('rangeForEvent', () => {
  it('gives the edited cell without counting a service call', () => {
    const { run } = createTestRun();
    const range = rangeForEvent(run, STATUS_SPREADSHEET_ID, 'Sheet1', 'D7');
    expect(run.callCount).toBe(0);
    expect([range.getA1Notation(), range.getSheet().getName()]).toEqual(['D7', 'Sheet1']);
  });

  it('counts the script’s calls on the event’s range', () => {
    const { run } = createTestRun();
    rangeForEvent(run, STATUS_SPREADSHEET_ID, 'Sheet1', 'D7').getValue();
    expect(run.calls['Range.getValue']).toBe(1);
  });
});
