import vm from 'node:vm';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { createTestRun, HarnessOptions } from './harness';

/**
 * A fresh run with the SpreadsheetApp global over the empty workspace (one spreadsheet, one
 * empty 'Sheet1' of 1000 x 26), and the values tests reach for most.
 */
export function openTestSpreadsheet(options: HarnessOptions = {}) {
  const { run, context } = createTestRun(options);
  const app = createSpreadsheetApp(run);
  const spreadsheet = app.getActiveSpreadsheet()!;
  const sheet = spreadsheet.getSheets()[0];
  return { run, context, app, spreadsheet, sheet, workspace: run.workspace };
}

/** The stored state of the empty workspace's first sheet. */
export function firstSheetState(workspace: ReturnType<typeof openTestSpreadsheet>['workspace']) {
  return workspace.spreadsheets[workspace.activeSpreadsheetId].sheets[0];
}

/** The `Date` constructor of the bundle's realm, to check what scripts receive. */
export function realmDate(context: vm.Context): DateConstructor {
  return vm.runInContext('Date', context) as DateConstructor;
}
