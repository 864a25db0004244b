/**
 * Execution time. "Script runtime: 6 min / execution"
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations), and simple
 * triggers "cannot run for longer than 30 seconds"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions). Google stops the script
 * with "Exceeded maximum execution time". The emulator estimates the time from the calls a run
 * makes (emulator/run/costModel.ts) and stops it the same way.
 */
import { createTestRun } from './harness';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';
import { CALL_COSTS, estimateCallMs, estimateRunMs, EXCEEDED_MAXIMUM_EXECUTION_TIME, SIMPLE_TRIGGER_LIMIT_MS } from '../../emulator/run/costModel';

function openSheet(timeLimitMs?: number) {
  const { run } = createTestRun();
  if (timeLimitMs !== undefined) run.timeLimitMs = timeLimitMs;
  const app = createSpreadsheetApp(run) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { run, sheet: app.getActiveSpreadsheet().getSheets()[0] };
}

describe('the cost model', () => {
  it('adds each call’s estimate to the run', () => {
    const { run, sheet } = openSheet();
    sheet.getRange('A1:B2').getValues();
    expect([run.estimatedMs, estimateRunMs(run.calls)]).toEqual([130, 130]);
  });

  it('prices a Drive permission change above a Sheets round trip, and that above building a menu', () => {
    const costs = ['File.addEditor', 'Range.setValues', 'Menu.addItem'].map(estimateCallMs);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(new Set(costs).size).toBe(3);
  });

  it('says where every figure comes from', () => {
    expect(CALL_COSTS.filter((row) => row.basis.trim() === '' || !(row.ms > 0))).toEqual([]);
  });
});

describe('the execution time limit', () => {
  it('stops the run at the call that passes the limit, and every call after it', () => {
    const { sheet } = openSheet(1_000);
    const range = sheet.getRange('A1');
    let thrown = '';
    let calls = 0;
    for (let i = 0; i < 20 && thrown === ''; i += 1) {
      try {
        range.getValues();
        calls += 1;
      } catch (error) {
        thrown = (error as Error).message;
      }
    }
    expect([thrown, calls]).toEqual([EXCEEDED_MAXIMUM_EXECUTION_TIME, 9]);
    expect(() => sheet.getName()).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
  });

  it('gives a simple trigger 30 seconds', () => {
    const { sheet } = openSheet(SIMPLE_TRIGGER_LIMIT_MS);
    const range = sheet.getRange('A1');
    expect(() => {
      for (let i = 0; i < 301; i += 1) range.getValues();
    }).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
  });
});
