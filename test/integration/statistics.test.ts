/**
 * The statistics export (spec section 8) through the built bundle in the emulator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSheetState, CHAIR_EMAIL } from '../../emulator/workspace';
import { buildDemoWorkspace } from '../../emulator/demo';
import { MIME, WorkspaceState, isFormulaCell } from '../../emulator/workspace/state';
import { BUILD_DIR, MEMBER_EMAIL, addMember, dateCell, ok, run, setSetting, sheetState as sheet, setUpWorkspace as setUpTracker } from './helpers';

const CSV_PATH = join(__dirname, '../fixtures/django-published-statistics.csv');
const YEARLY = { grouping: 'year', dateBasis: 'report' };

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

/** A set-up tracker with the chair and one member. */
function setUpWorkspace(): WorkspaceState {
  const workspace = setUpTracker();
  addMember(workspace, MEMBER_EMAIL);
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

/** Appends Case Steps rows: [case, step, date], recorded by the member. */
function addSteps(workspace: WorkspaceState, rows: string[][]): void {
  const steps = sheet(workspace, 'Case Steps');
  for (const [caseName, step, date] of rows) steps.values.push([caseName, step, dateCell(workspace, date), MEMBER_EMAIL]);
  steps.maxRows = Math.max(steps.maxRows, steps.values.length + 10);
}

/** Three 2024 reports acknowledged after 0, 1 and 5 days (median 1) and one never acknowledged. */
function acknowledgedReports(workspace: WorkspaceState): void {
  addCases(workspace, [
    ['2024-03-01', 'quiet harbor', 'Blue Heron', 'Resolved', 'CoC WG', '2024-03-09', 'No', 'No', 'Warning'],
    ['2024-04-01', 'amber field', '', 'Resolved', 'Local Event Reps', '2024-04-09', 'No', 'No', 'None'],
    ['2024-05-01', 'silver brook', '', 'Resolved', 'Local Event Reps', '2024-05-09', 'No', 'No', 'None'],
    ['2024-06-01', 'green meadow', '', 'Ongoing', '', '', 'No', 'No', ''],
  ]);
  addSteps(workspace, [
    ['quiet harbor', 'Received', '2024-03-01'], ['quiet harbor', 'Acknowledged', '2024-03-01'],
    ['amber field', 'Received', '2024-04-01'], ['amber field', 'Acknowledged', '2024-04-02'],
    ['silver brook', 'Received', '2024-05-01'], ['silver brook', 'Acknowledged', '2024-05-06'],
    ['green meadow', 'Received', '2024-06-01'],
  ]);
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
      ['Period', 'Reports', 'People Named', 'Actions (DSF)', 'Actions (Local)', 'Not a violation', 'Out of scope', 'Warned', 'Suspended', 'Banned', 'Other', 'No Action', 'Median Days to Resolution', 'Still Ongoing', 'Median Days to First Response'],
      // No report was acknowledged: its median is blank, and a trailing blank cell reads as nothing.
      [2024, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 8, 0],
    ]);
    expect(stats.charts).toHaveLength(1);
    expect(stats.charts[0].type).toBe('COLUMN');
    expect(stats.charts[0].ranges).toEqual(["'Annual Stats'!A1:B2"]);
    // The rows run newest first; the axis is reversed so the periods run oldest to newest from left to right.
    expect(stats.charts[0].options['hAxis.direction']).toBe(-1);
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
    expect(sheet(workspace, 'Annual Stats').values[1]).toEqual([2024, 3, 1, 1, 0, 0, 0, 1, 0, 0, 0, 2, 8, 0]);
    // Time to resolution is for the private sheet only.
    expect(published[0]).not.toContain('Median Days to Resolution');
    expect(result.markdown).not.toContain('Median Days');
  });

  it('warns of a Consequences value the ladder lacks, naming the case by its code name', () => {
    const workspace = setUpWorkspace();
    addCases(workspace, [['2024-03-01', 'quiet harbor', '', 'Resolved', 'CoC WG', '2024-03-09', 'No', 'No', 'Reprimand']]);
    const result = ok<{ warnings: string[] }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    expect(result.warnings).toEqual(['Case "quiet harbor" has a Consequences value that is not in the Settings list, so its outcome was not counted.']);
  });

  it('never quotes a Case Code Name that is not a case code name in a warning', () => {
    const workspace = setUpWorkspace();
    addCases(workspace, [['2024-03-01', 'Fictional Person', '', 'Resolved', 'CoC WG', '2024-03-09', 'No', 'No', 'Reprimand']]);
    const result = ok<{ warnings: string[] }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
    expect(result.warnings).toEqual([
      'A case whose Case Code Name is not a case code name has a Consequences value that is not in the Settings list, so its outcome was not counted. Run Django CoC › Validate records to find it.',
    ]);
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

  it.each(['year', 42, [YEARLY]])('refuses options %j that are not an object with a clear message and changes nothing', (options) => {
    const workspace = setUpWorkspace();
    const before = JSON.stringify(workspace);
    const response = run(workspace, 'exportStatistics', { args: [options] });
    expect(response).toMatchObject({ error: 'Choose a grouping (calendar year or half-year) and the date that places a report, then try again.' });
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

  describe('median days to first response', () => {
    const FIRST_RESPONSE = 'Median Days to First Response';

    it('goes on the private Annual Stats per period, and not in the published table while the switch is No', () => {
      const workspace = setUpWorkspace();
      const publicId = addPublicSpreadsheet(workspace);
      acknowledgedReports(workspace);
      const result = ok<{ columns: string[]; markdown: string }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
      const stats = sheet(workspace, 'Annual Stats').values;
      expect(stats[1][stats[0].indexOf(FIRST_RESPONSE)]).toBe(1);
      expect(sheet(workspace, 'Statistics', publicId).values[0]).not.toContain(FIRST_RESPONSE);
      expect(result.columns).not.toContain(FIRST_RESPONSE);
      expect(result.markdown).not.toContain('First Response');
    });

    it('reads the steps as days in the spreadsheet time zone, where UTC has another date', () => {
      const workspace = setUpWorkspace();
      workspace.spreadsheets[workspace.activeSpreadsheetId].timeZone = 'Pacific/Auckland';
      addCases(workspace, [['2025-01-01', 'early meadow', '', 'Ongoing', '', '', 'No', 'No', '']]);
      // Midnight in Auckland is still 31 December and 1 January in UTC.
      addSteps(workspace, [['early meadow', 'Received', '2025-01-01'], ['early meadow', 'Acknowledged', '2025-01-02']]);
      ok(run(workspace, 'exportStatistics', { args: [YEARLY] }));
      const stats = sheet(workspace, 'Annual Stats').values;
      expect([stats[1][0], stats[1][stats[0].indexOf(FIRST_RESPONSE)]]).toEqual([2025, 1]);
    });

    it('is published, exact beside the hidden small counts, once the chair sets the switch to Yes', () => {
      const workspace = setUpWorkspace();
      const publicId = addPublicSpreadsheet(workspace);
      setSetting(workspace, 'Small-Count Threshold', 3);
      setSetting(workspace, 'Publish Median Days to First Response', 'Yes');
      acknowledgedReports(workspace);
      const result = ok<{ markdown: string }>(run(workspace, 'exportStatistics', { args: [YEARLY] }));
      const published = sheet(workspace, 'Statistics', publicId).values;
      expect(published[0][published[0].length - 1]).toBe(FIRST_RESPONSE);
      // Four reports, one resolved with an action, one still ongoing: the small counts are hidden, the median is not.
      expect(published[1]).toEqual([2024, 4, '<3', '<3', 0, 0, 0, '<3', 0, 0, 0, '<3', 1]);
      expect(result.markdown.split('\n')[0]).toMatch(/\| Median Days to First Response \|$/);
      expect(result.markdown.split('\n')[2]).toMatch(/\|\s+1 \|$/);
      expect(published.flat()).not.toContain('Median Days to Resolution');
    });

    it('stays private when the switch holds something other than Yes or No, and Validate records names the cell', () => {
      const workspace = setUpWorkspace();
      const publicId = addPublicSpreadsheet(workspace);
      setSetting(workspace, 'Publish Median Days to First Response', 'perhaps');
      acknowledgedReports(workspace);
      ok(run(workspace, 'exportStatistics', { args: [YEARLY] }));
      expect(sheet(workspace, 'Statistics', publicId).values[0]).not.toContain(FIRST_RESPONSE);
      const { problems } = ok<{ problems: { cell: string; message: string }[] }>(run(workspace, 'validateRecords'));
      const settings = sheet(workspace, 'Settings').values;
      const row = settings.findIndex((cells) => cells.includes('Publish Median Days to First Response')) + 1;
      const column = String.fromCharCode(65 + settings[0].indexOf('Value'));
      expect(problems.map((problem) => problem.message)).toContain(`Settings!${column}${row}: Publish Median Days to First Response must be Yes or No; No is used.`);
      expect(JSON.stringify(problems)).not.toContain('perhaps');
    });

    it('Set up or repair adds the switch, set to No, to a Settings sheet that lacks it, and keeps a chair\'s Yes', () => {
      const workspace = setUpWorkspace();
      const settings = sheet(workspace, 'Settings');
      const label = settings.values[0].indexOf('Setting');
      const value = settings.values[0].indexOf('Value');
      const row = settings.values.find((cells) => cells[label] === 'Publish Median Days to First Response') as unknown[];
      row[label] = '';
      row[value] = '';
      ok(run(workspace, 'setUpSpreadsheet'));
      const added = sheet(workspace, 'Settings').values.filter((cells) => cells[label] === 'Publish Median Days to First Response');
      expect(added.map((cells) => cells[value])).toEqual(['No']);
      setSetting(workspace, 'Publish Median Days to First Response', 'Yes');
      ok(run(workspace, 'setUpSpreadsheet'));
      const kept = sheet(workspace, 'Settings').values.filter((cells) => cells[label] === 'Publish Median Days to First Response');
      expect(kept.map((cells) => cells[value])).toEqual(['Yes']);
    });
  });
});
