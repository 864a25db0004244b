/**
 * The statistics export (spec section 8) through the built bundle in the emulator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFunction, RunRequest, RunResponse } from '../../emulator/runner';
import { createEmptyWorkspace, newSheetState, CHAIR_EMAIL } from '../../emulator/workspace';
import { buildDemoWorkspace } from '../../emulator/demo';
import { MIME, SheetState, WorkspaceState, CellValue, isFormulaCell } from '../../emulator/state';
import { midnightInZone } from '../../emulator/services/sheets/zonedDates';

const BUILD_DIR = join(__dirname, '../../build');
const CSV_PATH = join(__dirname, '../fixtures/django-published-statistics.csv');
const YEARLY = { grouping: 'year', dateBasis: 'report' };
const MEMBER_EMAIL = 'fictional.member@example.org';

function run(workspace: WorkspaceState, fn: string, request: Partial<RunRequest> = {}): RunResponse {
  return runFunction(workspace, { function: fn, user: CHAIR_EMAIL, ...request }, { buildDir: BUILD_DIR });
}

function ok<T>(response: RunResponse): T {
  if ('error' in response) throw new Error(`unexpected error: ${response.error}`);
  return (response as { result: T }).result;
}

function sheet(workspace: WorkspaceState, name: string, spreadsheetId = workspace.activeSpreadsheetId): SheetState {
  const found = workspace.spreadsheets[spreadsheetId].sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function setSetting(workspace: WorkspaceState, label: string, value: CellValue): void {
  const settings = sheet(workspace, 'Settings');
  const header = settings.values[0].map(String);
  const row = settings.values.find((r) => r[header.indexOf('Setting')] === label);
  if (!row) throw new Error(`no setting ${label}`);
  row[header.indexOf('Value')] = value;
}

function dateCell(workspace: WorkspaceState, iso: string): CellValue {
  const [y, m, d] = iso.split('-').map(Number);
  return { date: midnightInZone(y, m, d, workspace.spreadsheets[workspace.activeSpreadsheetId].timeZone).toISOString() };
}

/** Appends Cases rows: [date, case, person, status, source, resolutionDate, safety, ongoing, consequences]. */
function addCases(workspace: WorkspaceState, rows: string[][]): void {
  const cases = sheet(workspace, 'Cases');
  for (const [date, caseName, person, status, source, resolved, safety, ongoing, consequences] of rows) {
    cases.values.push([
      dateCell(workspace, date), caseName, person, status, source, resolved ? dateCell(workspace, resolved) : '', safety, ongoing, consequences, '',
    ]);
  }
  cases.maxRows = Math.max(cases.maxRows, cases.values.length + 10);
}

function setUpWorkspace(): WorkspaceState {
  const workspace = createEmptyWorkspace();
  ok(run(workspace, 'setUpSpreadsheet'));
  sheet(workspace, 'Members').values.push([MEMBER_EMAIL, 'Member', 'No', 'Yes']);
  return workspace;
}

function addPublicSpreadsheet(workspace: WorkspaceState): string {
  const id = 'public-stats';
  workspace.files[id] = {
    id, name: 'Published statistics', mimeType: MIME.spreadsheet, owner: CHAIR_EMAIL, editors: [], viewers: [],
    access: 'ANYONE_WITH_LINK', permission: 'VIEW', parents: [], trashed: false, createdAt: '2024-01-01T00:00:00.000Z',
  };
  workspace.spreadsheets[id] = { timeZone: 'Europe/London', sheets: [newSheetState('Sheet1', 0)] };
  setSetting(workspace, 'Public Statistics Spreadsheet ID', id);
  return id;
}

function generatedCases(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2015 + (i % 11);
    const month = String((i % 12) + 1).padStart(2, '0');
    const resolved = i % 3 !== 0;
    return [
      `${year}-${month}-10`, `case${String.fromCharCode(97 + (i % 26))} name${Math.floor(i / 2)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]),
      i % 4 === 0 ? '' : `Blue Heron`, resolved ? 'Resolved' : 'Ongoing', resolved ? 'CoC WG' : '', resolved ? `${year}-${month}-20` : '',
      'No', 'No', resolved ? 'Warning' : '',
    ];
  });
}

describe('exportStatistics', () => {
  beforeAll(() => {
    expect(readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8')).toContain('function exportStatistics(');
  });

  it('reproduces the published Django figures from the demo data, year by year', () => {
    const workspace = buildDemoWorkspace(BUILD_DIR);
    const result = ok<{ columns: string[]; rows: (string | number)[][] }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    const [header, ...lines] = readFileSync(CSV_PATH, 'utf8').trim().split('\n').map((line) => line.split(','));
    const compared = ['Reports', 'People Named', 'Actions (DSF)', 'Actions (Local)', 'No Action'];
    expect(lines).toHaveLength(11);
    for (const line of lines) {
      const row = result.rows.find((r) => r[0] === line[0]);
      expect(row).toBeDefined();
      for (const column of compared) {
        expect({ year: line[0], column, value: row?.[result.columns.indexOf(column)] }).toEqual({
          year: line[0], column, value: Number(line[header.indexOf(column)]),
        });
      }
    }
  });

  it('rewrites Annual Stats with the exact counts and one column chart of Reports', () => {
    const workspace = setUpWorkspace();
    addCases(workspace, [['2024-03-01', 'quiet harbor', 'Blue Heron', 'Resolved', 'CoC WG', '2024-03-09', 'No', 'No', 'Warning']]);
    ok(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    ok(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    const stats = sheet(workspace, 'Annual Stats');
    expect(stats.values.slice(0, 2)).toEqual([
      ['Period', 'Reports', 'People Named', 'Actions (DSF)', 'Actions (Local)', 'Not a violation', 'Out of scope', 'Warned', 'Suspended', 'Banned', 'Other', 'No Action'],
      [2024, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(stats.charts).toHaveLength(1);
    expect(stats.charts[0].type).toBe('COLUMN');
    expect(stats.charts[0].ranges).toEqual(["'Annual Stats'!A1:B2"]);
  });

  it('places reports by the day in the spreadsheet time zone across 31 December and 1 January', () => {
    const workspace = setUpWorkspace();
    workspace.spreadsheets[workspace.activeSpreadsheetId].timeZone = 'Pacific/Auckland';
    addCases(workspace, [
      ['2024-12-31', 'late lantern', '', 'Ongoing', '', '', 'No', 'No', ''],
      ['2025-01-01', 'early meadow', '', 'Ongoing', '', '', 'No', 'No', ''],
    ]);
    const result = ok<{ rows: (string | number)[][] }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    expect(result.rows.map((r) => [r[0], r[1]])).toEqual([['2025', 1], ['2024', 1]]);
  });

  it('writes the public spreadsheet with plain values only, small counts hidden', () => {
    const workspace = setUpWorkspace();
    const publicId = addPublicSpreadsheet(workspace);
    setSetting(workspace, 'Small-Count Threshold', 3);
    addCases(workspace, [
      ['2024-03-01', 'quiet harbor', 'Blue Heron', 'Resolved', 'CoC WG', '2024-03-09', 'No', 'No', 'Warning'],
      ['2024-04-01', 'amber field', '', 'Resolved', 'Local Event Reps', '2024-04-09', 'No', 'No', 'None'],
      ['2024-05-01', 'silver brook', '', 'Resolved', 'Local Event Reps', '2024-05-09', 'No', 'No', 'None'],
    ]);
    const result = ok<{ markdown: string; published: boolean }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    expect(result.published).toBe(true);
    const published = sheet(workspace, 'Statistics', publicId).values;
    expect(published.flat().some((cell) => isFormulaCell(cell))).toBe(false);
    expect(published[1]).toEqual([2024, 3, '<3', '<3', 0, 0, 0, '<3', 0, 0, 0, '<3']);
    for (const cell of published.slice(1).flat().slice(1)) expect([1, 2]).not.toContain(cell);
    expect(result.markdown).toContain('<3');
    expect(result.markdown).not.toMatch(/\|\s+[12]\s+\|/);
    expect(sheet(workspace, 'Annual Stats').values[1]).toEqual([2024, 3, 1, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });

  it('makes the same number of service calls for 10 rows as for 10,000', () => {
    const small = setUpWorkspace();
    addCases(small, generatedCases(10));
    const large = setUpWorkspace();
    addCases(large, generatedCases(10_000));
    const smallCalls = run(small, 'exportStatistics', { args: [YEARLY] }).calls;
    const largeResponse = run(large, 'exportStatistics', { args: [YEARLY] });
    expect('error' in largeResponse).toBe(false);
    expect(largeResponse.calls).toEqual(smallCalls);
  });

  it('refuses a member who is not the chair and changes nothing', () => {
    const workspace = setUpWorkspace();
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'exportStatistics', { args: [YEARLY], user: MEMBER_EMAIL });
    expect(response).toMatchObject({ error: 'Only the chair can export statistics.' });
    expect(JSON.stringify(workspace)).toBe(before);
  });

  it('refuses unknown options with a clear message and changes nothing', () => {
    const workspace = setUpWorkspace();
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'exportStatistics', { args: [{ grouping: 'decade', dateBasis: 'report' }] });
    expect(response).toMatchObject({ error: 'Choose a grouping: calendar year or half-year.' });
    expect(JSON.stringify(workspace)).toBe(before);
  });

  it('changes nothing when the public spreadsheet cannot be opened', () => {
    const workspace = setUpWorkspace();
    setSetting(workspace, 'Public Statistics Spreadsheet ID', 'no-such-file');
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'exportStatistics', { args: [YEARLY] });
    expect('error' in response && response.error).toMatch(/could not be opened, so nothing was exported/);
    expect(JSON.stringify(workspace)).toBe(before);
  });
});
