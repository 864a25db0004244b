/**
 * Measures each action on trackers of several sizes in the emulator (and an identity key of a fifth
 * as many people): wall time (median of a few runs) and the number of service calls, which must not
 * grow with the tracker (spec section 10).
 * Wall time here is the emulator's, a lower bound on Apps Script's; the call counts carry over.
 */
import { join } from 'node:path';
import { runFunction } from '../emulator/runner';
import { createEmptyWorkspace, CHAIR_EMAIL } from '../emulator/workspace';
import { midnightInZone } from '../emulator/services/sheets/zonedDates';
import type { CellValue, WorkspaceState } from '../emulator/workspace/state';

const BUILD_DIR = join(__dirname, '../build');
const SIZES = [10, 1_000, 10_000];
const REPEATS = 5;

function dateCell(year: number, month: number, day: number): CellValue {
  return { date: midnightInZone(year, month, day, 'Europe/London').toISOString() };
}

const ADJECTIVES = ['amber', 'quiet', 'silver', 'gentle', 'maple', 'bright', 'calm', 'misty'];
const NOUNS = ['harbor', 'meadow', 'lantern', 'brook', 'field', 'garden', 'pebble', 'orchard'];

function caseName(index: number): string {
  let n = index;
  const words: string[] = [];
  for (const list of [ADJECTIVES, NOUNS, ADJECTIVES, NOUNS, ADJECTIVES]) {
    words.push(list[n % list.length]);
    n = Math.floor(n / list.length);
  }
  return `${words[0]}${words[2]}${words[4]} ${words[1]}${words[3]}`;
}

function tracker(rows: number): WorkspaceState {
  const workspace = createEmptyWorkspace();
  const setUp = runFunction(workspace, { function: 'setUpSpreadsheet', user: CHAIR_EMAIL }, { buildDir: BUILD_DIR });
  if ('error' in setUp) throw new Error(setUp.error);
  const cases = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((s) => s.name === 'Cases');
  if (!cases) throw new Error('no Cases sheet');
  for (let i = 0; i < rows; i += 1) {
    const year = 2015 + (i % 11);
    const resolved = i % 3 !== 0;
    cases.values.push([
      dateCell(year, (i % 12) + 1, 10), caseName(Math.floor(i / 2)), i % 4 === 0 ? '' : 'Blue Heron',
      resolved ? 'Resolved' : 'Ongoing', resolved ? 'CoC WG' : '', resolved ? dateCell(year, (i % 12) + 1, 20) : '',
      'No', 'No', resolved ? 'Warning' : '', '',
    ]);
  }
  cases.maxRows = Math.max(cases.maxRows, rows + 100);
  const key = runFunction(workspace, { function: 'createIdentityKey', user: CHAIR_EMAIL }, { buildDir: BUILD_DIR });
  if (!('result' in key)) throw new Error(`createIdentityKey failed: ${JSON.stringify(key)}`);
  const { spreadsheetId } = key.result as { spreadsheetId: string };
  const identity = workspace.spreadsheets[spreadsheetId].sheets.find((s) => s.name === 'Identity Key');
  if (!identity) throw new Error('no Identity Key sheet');
  identity.values.push(['Fictional Person Zero', 'fictional-zero', 'Blue Heron', 0, '', 'No']);
  for (let i = 1; i < Math.max(1, Math.floor(rows / 5)); i += 1) {
    identity.values.push([`Fictional Person ${i}`, `fictional-${i}`, `Person ${i}`, 0, '', 'No']);
  }
  identity.maxRows = Math.max(identity.maxRows, identity.values.length + 10);
  return workspace;
}

const REPORT = {
  dateOfReport: '2025-05-01', kind: 'needs-decision', people: [{ realName: 'Fictional Person Zero' }, { realName: 'Fictional Newcomer' }],
  safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ACTIONS: { name: string; fn: string; args: unknown[] }[] = [
  { name: 'validateRecords', fn: 'validateRecords', args: [] },
  { name: 'exportStatistics (year)', fn: 'exportStatistics', args: [{ grouping: 'year', dateBasis: 'report' }] },
  { name: 'setUpSpreadsheet (repair)', fn: 'setUpSpreadsheet', args: [] },
  { name: 'refreshIdentityKey', fn: 'refreshIdentityKey', args: [] },
  { name: 'logReport (2 people)', fn: 'logReport', args: [REPORT] },
];

console.log('action'.padEnd(28), 'rows'.padStart(7), 'median ms'.padStart(10), 'service calls'.padStart(14));
for (const action of ACTIONS) {
  for (const size of SIZES) {
    const times: number[] = [];
    let calls = 0;
    let error = '';
    for (let i = 0; i < REPEATS; i += 1) {
      const workspace = tracker(size);
      const start = process.hrtime.bigint();
      const response = runFunction(workspace, { function: action.fn, args: action.args, user: CHAIR_EMAIL }, { buildDir: BUILD_DIR });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      calls = Object.values(response.calls).reduce((a, b) => a + b, 0);
      if ('error' in response) error = response.error;
    }
    const line = [action.name.padEnd(28), String(size).padStart(7), median(times).toFixed(1).padStart(10), String(calls).padStart(14)];
    console.log(line.join(' '), error ? `  error: ${error}` : '');
  }
}
