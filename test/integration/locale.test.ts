/**
 * The demo workspace carries a locale, and a date a person types into it is read in that locale's
 * order, as Sheets reads it (https://support.google.com/docs/answer/58515).
 */
import { buildDemoWorkspace } from '../../emulator/demo';
import { BUILD_DIR, edit, isoDayOf, sheetValues } from './helpers';

describe('the demo tracker’s locale', () => {
  it('is en_GB, so 3/4/2025 typed into Cases is 3 April', () => {
    const workspace = buildDemoWorkspace(BUILD_DIR);
    const header = sheetValues(workspace, 'Cases')[0].map(String);
    const column = String.fromCharCode(65 + header.indexOf('Date of Report'));
    edit(workspace, 'Cases', `${column}2`, '3/4/2025');
    const typed = sheetValues(workspace, 'Cases')[1][header.indexOf('Date of Report')];
    expect([workspace.spreadsheets[workspace.activeSpreadsheetId].locale, isoDayOf(workspace, typed)]).toEqual(['en_GB', '2025-04-03']);
  });
});
