/**
 * Review retention (spec section 14) through the built bundle: listing changes nothing; expunging
 * after confirmation trashes the documents, marks the Documents cells, makes tombstones, leaves the
 * statistics as they were and appends one audit line; a fault at any service call of the expunge
 * leaves records that the next review completes; only the chair may run it.
 */
import type { RetentionReviewResult, StatisticsResult } from '../../src/core/apiTypes';
import type { RunResponse } from '../../emulator/runner';
import type { CellValue, WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, MEMBER_EMAIL, addCaseFolder, addIdentityKey, addMember, cellOf, columnOf, copyOf, errorOf, isoDayOf, ok,
  ongoingCase, resolvedCase, run, setSetting, setUpWorkspace, sheetValues, todayIn, totalCalls, writeCases,
} from './helpers';
import { newSheetState } from '../../emulator/workspace';
import { addMonths } from '../../src/core/retention';
import { MIME } from '../../emulator/workspace/state';

const KEY_ID = 'identity-key';
const PUBLIC_ID = 'public-stats';
const PEOPLE = [
  { realName: 'Fictional Person One', aliases: 'fictional-handle-01', personCodeName: 'Blue Jay' },
  { realName: 'Fictional Person Two', aliases: 'f.two@example.net', personCodeName: 'Red Fox' },
  { realName: 'Fictional Person Three', personCodeName: 'Grey Heron' },
  { realName: 'Fictional Person Four', personCodeName: 'Green Newt' },
];
const DUE_CASES = ['amber kettle', 'tidy beacon'];
const KEPT_CASES = ['quiet lantern', 'brisk pebble', 'mellow anchor', 'home shelf'];
const TODAY = todayIn('Europe/London');

/**
 * A tracker whose every rule shows: a 2020 Warning (due), a case naming nobody from 2020 (due), a
 * 2020 Warning kept by the same person's later Ban, that Ban, an ongoing case and a Warning
 * resolved today. Each case has its document in the case folder, linked from Documents.
 */
function trackerWithDueCases(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addIdentityKey(workspace, PEOPLE, { id: KEY_ID });
  const { documents } = addCaseFolder(workspace, [...DUE_CASES, ...KEPT_CASES]);
  const link = (name: string) => documents.find((document) => document.title === name)?.url ?? '';
  writeCases(workspace, [
    resolvedCase({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: '2020-01-10', resolutionDate: '2020-03-01', consequences: 'Warning', documents: link('amber kettle') }),
    resolvedCase({ caseCodeName: 'tidy beacon', personCodeName: '', dateOfReport: '2020-01-01', resolutionDate: '2020-01-20', consequences: 'Other', documents: link('tidy beacon') }),
    resolvedCase({ caseCodeName: 'quiet lantern', personCodeName: 'Red Fox', dateOfReport: '2020-04-01', resolutionDate: '2020-05-01', consequences: 'Warning', documents: link('quiet lantern') }),
    resolvedCase({ caseCodeName: 'brisk pebble', personCodeName: 'Red Fox', dateOfReport: '2021-02-01', resolutionDate: '2021-03-01', consequences: 'Ban', resolutionSource: 'DSF Board', documents: link('brisk pebble') }),
    ongoingCase({ caseCodeName: 'mellow anchor', personCodeName: 'Grey Heron', dateOfReport: '2024-06-01', documents: link('mellow anchor') }),
    resolvedCase({ caseCodeName: 'home shelf', personCodeName: 'Green Newt', dateOfReport: TODAY, resolutionDate: TODAY, consequences: 'Warning', documents: link('home shelf') }),
  ]);
  workspace.files[PUBLIC_ID] = {
    id: PUBLIC_ID, name: 'Published statistics', mimeType: MIME.spreadsheet, owner: CHAIR_EMAIL, editors: [], viewers: [],
    access: 'ANYONE_WITH_LINK', permission: 'VIEW', parents: [], trashed: false, createdAt: '2024-01-01T00:00:00.000Z',
  };
  workspace.spreadsheets[PUBLIC_ID] = { timeZone: 'Europe/London', sheets: [newSheetState('Sheet1', 0)] };
  setSetting(workspace, 'Public Statistics Spreadsheet ID', PUBLIC_ID);
  ok(run(workspace, 'refreshIdentityKey'));
  return workspace;
}

const BASE = trackerWithDueCases();

function review(workspace: WorkspaceState, expunge: boolean, options: { user?: string; failAtCall?: number } = {}): RunResponse {
  return run(workspace, 'reviewRetention', { args: [expunge], ...options });
}

function documentsCells(workspace: WorkspaceState): Record<string, CellValue> {
  const values = sheetValues(workspace, 'Cases');
  const name = columnOf(workspace, 'Cases', 'Case Code Name');
  const documents = columnOf(workspace, 'Cases', 'Documents');
  return Object.fromEntries(values.slice(1).map((row) => [String(row[name]), row[documents]]));
}

function trashedTitles(workspace: WorkspaceState): string[] {
  return Object.values(workspace.files)
    .filter((file) => file.mimeType === MIME.document && file.trashed)
    .map((file) => file.name)
    .sort();
}

/** The key as rows of Real Name, Aliases, Person Code Name and Expunged On (as an ISO day). */
function keyRows(workspace: WorkspaceState): (string | null)[][] {
  const [header, ...rows] = sheetValues(workspace, 'Identity Key', KEY_ID);
  const at = (title: string) => header.map(String).indexOf(title);
  return rows.map((row) => [
    String(row[at('Real Name')] ?? ''),
    String(row[at('Aliases')] ?? ''),
    String(row[at('Person Code Name')]),
    at('Expunged On') === -1 ? null : (isoDayOf(workspace, row[at('Expunged On')], KEY_ID) ?? String(row[at('Expunged On')] ?? '')),
  ]);
}

function auditLines(workspace: WorkspaceState): string[][] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => [String(row[2]), String(row[3])]);
}

/** Statistics as exported: the result and every sheet it writes. */
function statistics(workspace: WorkspaceState): unknown {
  const result = ok<StatisticsResult>(run(workspace, 'exportStatistics', { args: [{ grouping: 'year', dateBasis: 'report' }] }));
  return { result, annualStats: sheetValues(workspace, 'Annual Stats'), published: workspace.spreadsheets[PUBLIC_ID].sheets.map((sheet) => sheet.values) };
}

/** What a finished expunge leaves, for comparing a run that was interrupted and then completed. */
function expungedState(workspace: WorkspaceState) {
  return { documents: documentsCells(workspace), trashed: trashedTitles(workspace), key: keyRows(workspace) };
}

describe('reviewRetention without confirmation', () => {
  it('lists each due case and person with the rule and date behind it', () => {
    const { due, expunged } = ok<RetentionReviewResult>(review(copyOf(BASE), false));
    expect({ due, expunged }).toEqual({
      due: [
        { caseCodeName: 'tidy beacon', rule: 'Nobody identifiable: 6 months after the Resolution Date', dueOn: '2020-07-20' },
        { caseCodeName: 'amber kettle', rule: 'Warning: 14 months after the Resolution Date', dueOn: '2021-05-01' },
        { personCodeName: 'Blue Jay', rule: 'Every case naming this person is expunged or due', dueOn: '2021-05-01' },
      ],
      expunged: false,
    });
  });

  it('changes nothing at all', () => {
    const workspace = copyOf(BASE);
    review(workspace, false);
    review(workspace, 'yes' as unknown as boolean);
    expect(workspace).toStrictEqual(BASE);
  });

  it('refuses to review while the retention table holds a bad entry, naming its cell', () => {
    const workspace = copyOf(BASE);
    const settings = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Settings');
    const monthsKept = (settings?.values[0] ?? []).indexOf('Months Kept');
    const warningRow = (settings?.values ?? []).findIndex((row) => row[monthsKept - 1] === 'Warning');
    (settings as { values: CellValue[][] }).values[warningRow][monthsKept] = 'fourteen';
    const column = String.fromCharCode('A'.charCodeAt(0) + monthsKept);
    const before = copyOf(workspace);
    const error = errorOf(review(workspace, true));
    expect(error).toMatch(new RegExp(`^The retention table in Settings needs correcting before a review, so nothing was listed or expunged: Settings!${column}${warningRow + 1}: Months Kept must be`));
    expect(workspace).toStrictEqual(before);
    const { problems } = ok<{ problems: { message: string }[] }>(run(workspace, 'validateRecords'));
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(new RegExp(`^Settings!${column}${warningRow + 1}: Months Kept must be`)));
  });
});

describe('the boundary day, in the spreadsheet\'s time zone', () => {
  const ZONE = 'Pacific/Auckland';

  /** A day whose Warning term (14 months) ends exactly today in `ZONE`, found by the add-on's own month rule. */
  function resolvedFourteenMonthsAgo(today: string): string {
    const start = new Date(`${today}T12:00:00Z`);
    for (let back = 380; back <= 460; back++) {
      const day = new Date(start.getTime() - back * 86_400_000).toISOString().slice(0, 10);
      if (addMonths(day, 14) === today) return day;
    }
    throw new Error('no day 14 months back ends today');
  }

  it('makes a Warning resolved 14 months ago due today and one resolved the next day not yet, though midnight there is the day before in UTC', () => {
    const workspace = setUpWorkspace();
    workspace.spreadsheets[workspace.activeSpreadsheetId].timeZone = ZONE;
    addIdentityKey(workspace, PEOPLE.slice(0, 2), { id: KEY_ID });
    const today = todayIn(ZONE);
    const boundary = resolvedFourteenMonthsAgo(today);
    const dayAfter = new Date(new Date(`${boundary}T12:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    // writeCases stores each date at midnight in the spreadsheet's zone, as a typed date is.
    writeCases(workspace, [
      resolvedCase({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: boundary, resolutionDate: boundary, consequences: 'Warning' }),
      resolvedCase({ caseCodeName: 'quiet lantern', personCodeName: 'Red Fox', dateOfReport: dayAfter, resolutionDate: dayAfter, consequences: 'Warning' }),
    ]);
    const { due } = ok<RetentionReviewResult>(review(workspace, false));
    expect(due.filter((item) => item.caseCodeName !== undefined)).toEqual([
      { caseCodeName: 'amber kettle', rule: 'Warning: 14 months after the Resolution Date', dueOn: today },
    ]);
  });
});

describe('reviewRetention with confirmation', () => {
  let before: WorkspaceState;
  let after: WorkspaceState;
  let result: RetentionReviewResult;
  beforeAll(() => {
    before = copyOf(BASE);
    after = copyOf(BASE);
    result = ok<RetentionReviewResult>(review(after, true));
  });

  it('says what it expunged', () => {
    expect([result.expunged, result.expungedCases, result.tombstonedPeople, result.problems]).toEqual([true, ['tidy beacon', 'amber kettle'], 1, []]);
  });

  it('trashes the due cases\' documents and no other', () => {
    expect(trashedTitles(after)).toEqual(DUE_CASES);
  });

  it('writes Expunged and today\'s date into their Documents cells, leaving the other links', () => {
    const cells = documentsCells(after);
    expect(DUE_CASES.map((name) => cells[name])).toEqual([`Expunged ${TODAY}`, `Expunged ${TODAY}`]);
    expect(KEPT_CASES.map((name) => cells[name])).toEqual(KEPT_CASES.map((name) => documentsCells(before)[name]));
  });

  it('keeps a tombstone for the person whose every case is expunged, and everyone else as they were', () => {
    expect(keyRows(after)).toEqual([
      ['', '', 'Blue Jay', TODAY],
      ['Fictional Person Two', 'f.two@example.net', 'Red Fox', ''],
      ['Fictional Person Three', '', 'Grey Heron', ''],
      ['Fictional Person Four', '', 'Green Newt', ''],
    ]);
  });

  it('keeps every Cases row but the Documents cells', () => {
    const documents = columnOf(after, 'Cases', 'Documents');
    const without = (workspace: WorkspaceState) => sheetValues(workspace, 'Cases').map((row) => row.filter((_, index) => index !== documents));
    expect(without(after)).toEqual(without(before));
  });

  it('leaves the statistics identical: Annual Stats, the Markdown and the public copy', () => {
    expect(statistics(copyOf(after))).toEqual(statistics(copyOf(before)));
  });

  it('appends one audit line with the case code names and the count of tombstoned people, never a name', () => {
    expect(auditLines(after).slice(auditLines(before).length)).toEqual([['Expunged records, 1 person tombstoned', 'tidy beacon, amber kettle']]);
  });

  it('costs the same service calls however many rows Cases has, and a few Drive calls per document trashed', () => {
    const response = review(copyOf(BASE), true);
    const perDocument = ['DriveApp.getFileById', 'File.isTrashed', 'File.getOwner', 'File.setTrashed'].map((call) => response.calls[call]);
    expect(perDocument).toEqual([2, 2, 2, 2]);
    const larger = copyOf(BASE);
    const cases = sheetValues(larger, 'Cases');
    const kept = cases.find((row) => row.includes('mellow anchor')) as CellValue[];
    for (let index = 0; index < 500; index++) cases.push(kept.map((cell) => (cell === 'mellow anchor' ? `mellow ${'abcdefghijklmnopqrstuvwxyz'[index % 26]}word` : cell)));
    larger.spreadsheets[larger.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases')!.maxRows = cases.length;
    expect(totalCalls(review(larger, true))).toBe(totalCalls(response));
  });

  it('leaves nothing due, so a second review expunges nothing and logs nothing', () => {
    const again = copyOf(after);
    const second = ok<RetentionReviewResult>(review(again, true));
    expect([second.due, second.expunged, auditLines(again).length]).toEqual([[], false, auditLines(after).length]);
  });

  it('keeps the tombstone through Refresh identity key and Validate records accepts its code name', () => {
    const workspace = copyOf(after);
    ok(run(workspace, 'refreshIdentityKey'));
    expect(keyRows(workspace)[0]).toEqual(['', '', 'Blue Jay', TODAY]);
    const { problems } = ok<{ problems: { cell: string; rule: string }[] }>(run(workspace, 'validateRecords'));
    expect(problems.filter((problem) => problem.cell.startsWith('Cases!'))).toEqual([]);
  });

  it('gives a new report about the expunged person a new code name', () => {
    const workspace = copyOf(after);
    const logged = ok<{ personCodeNames: string[] }>(
      run(workspace, 'logReport', {
        args: [{ dateOfReport: TODAY, kind: 'needs-decision', people: [{ realName: 'Fictional Person One' }], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' }],
      }),
    );
    expect(logged.personCodeNames).toHaveLength(1);
    expect(logged.personCodeNames[0]).not.toBe('Blue Jay');
  });

  it('keeps an expunged person out of the sidebar\'s list and refuses their code name from a member without the key', () => {
    const workspace = copyOf(after);
    const options = ok<{ personCodeNames: string[] }>(run(workspace, 'getLogReportOptions', { user: MEMBER_EMAIL }));
    expect([options.personCodeNames.includes('Blue Jay'), options.personCodeNames.includes('Red Fox')]).toEqual([false, true]);
    const error = errorOf(
      run(workspace, 'logReport', {
        user: MEMBER_EMAIL,
        args: [{ dateOfReport: TODAY, kind: 'needs-decision', people: [{ personCodeName: 'Blue Jay' }], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.' }],
      }),
    );
    expect(error).toMatch(/expunged by a retention review, so a new report about them starts afresh/);
  });

  it('leaves Audit sharing nothing to say about the trashed documents', () => {
    const { findings } = ok<{ findings: { caseCodeName: string }[] }>(run(copyOf(after), 'auditSharing', { args: [false] }));
    expect(findings.filter((finding) => DUE_CASES.includes(finding.caseCodeName))).toEqual([]);
  });

  it('refuses to open a new document for an expunged case', () => {
    const workspace = copyOf(after);
    const row = sheetValues(workspace, 'Cases').findIndex((cells) => cells.includes('amber kettle')) + 1;
    const error = errorOf(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', row) } }));
    expect(error).toMatch(/expunged/);
  });
});

describe('a fault part-way through an expunge', () => {
  const clean = copyOf(BASE);
  const cleanRun = review(clean, true);
  const callCount = totalCalls(cleanRun);
  const calls = Array.from({ length: callCount }, (_, index) => index + 1);

  it('is exercised at every service call of the expunge', () => {
    expect(callCount).toBeGreaterThan(20);
  });

  it('is never left half done silently: after each fault that stops it part-way, Validate records says so', () => {
    const stoppedPartWay = calls
      .map((failAtCall) => {
        const workspace = copyOf(BASE);
        review(workspace, true, { failAtCall });
        return workspace;
      })
      .filter((workspace) => Object.keys(workspace.properties.document).some((key) => key.includes('expungeInProgress')));
    expect(stoppedPartWay.length).toBeGreaterThan(5);
    const told = stoppedPartWay.filter((workspace) =>
      ok<{ problems: { rule: string }[] }>(run(workspace, 'validateRecords')).problems.some((problem) => problem.rule === 'expunge-unfinished'),
    );
    expect(told.length).toBe(stoppedPartWay.length);
  });

  it.each(calls)('at call %i leaves records the next review completes', (failAtCall) => {
    const workspace = copyOf(BASE);
    const faulty = review(workspace, true, { failAtCall });
    if ('error' in faulty) {
      // Whatever was done is either nothing or listed by the next review as unfinished.
      const listed = ok<RetentionReviewResult>(review(copyOf(workspace), false));
      expect(listed.due.length).toBeGreaterThan(0);
    }

    ok(review(workspace, true));
    expect(expungedState(workspace)).toEqual(expungedState(clean));
    const logged = auditLines(workspace).filter(([action]) => action.startsWith('Expunged records'));
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect(new Set(logged.flatMap(([, cases]) => cases.split(', ')))).toEqual(new Set(DUE_CASES));
  });
});

describe('what a review leaves alone', () => {
  it('leaves a case whose document belongs to another member, naming it, and expunges the rest', () => {
    const workspace = copyOf(BASE);
    const amber = Object.values(workspace.files).find((file) => file.name === 'amber kettle');
    if (!amber) throw new Error('no amber kettle document');
    amber.owner = MEMBER_EMAIL;
    amber.editors = [CHAIR_EMAIL];
    const result = ok<RetentionReviewResult>(review(workspace, true));
    expect([result.expungedCases, result.tombstonedPeople, result.problems]).toEqual([
      ['tidy beacon'],
      0,
      ['amber kettle: its document belongs to another member, and only a document\'s owner can trash it. Ask them to move it to the trash, then review again.'],
    ]);
    expect([documentsCells(workspace)['amber kettle'], trashedTitles(workspace), keyRows(workspace)[0]]).toEqual([
      documentsCells(BASE)['amber kettle'],
      ['tidy beacon'],
      ['Fictional Person One', 'fictional-handle-01', 'Blue Jay', null],
    ]);
  });

  it('never trashes a file a Documents cell names by a link that is not a Google Docs link', () => {
    const workspace = copyOf(BASE);
    const row = sheetValues(workspace, 'Cases').findIndex((values) => values[columnOf(workspace, 'Cases', 'Case Code Name')] === 'amber kettle');
    sheetValues(workspace, 'Cases')[row][columnOf(workspace, 'Cases', 'Documents')] = `https://docs.google.com/spreadsheets/d/${PUBLIC_ID}/edit`;
    const result = ok<RetentionReviewResult>(review(workspace, true));
    expect([result.expungedCases, result.problems, workspace.files[PUBLIC_ID].trashed, trashedTitles(workspace)]).toEqual([
      ['tidy beacon', 'amber kettle'],
      [],
      false,
      DUE_CASES,
    ]);
  });

  it('works on a tracker set up before retention existed, once Set up or repair has added the table', () => {
    const workspace = copyOf(BASE);
    const settings = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Settings') as { values: CellValue[][] };
    const first = settings.values[0].indexOf('Retention For');
    settings.values = settings.values.map((row) => row.slice(0, first));
    expect(errorOf(review(copyOf(workspace), false))).toMatch(/Settings has no retention table .* Run Django CoC › Set up or repair/);
    ok(run(workspace, 'setUpSpreadsheet'));
    expect(ok<RetentionReviewResult>(review(workspace, false)).due).toEqual(ok<RetentionReviewResult>(review(copyOf(BASE), false)).due);
  });
});

describe('a long-lived tracker with more due cases than one expunge takes', () => {
  it('expunges 100, says how many wait, and the next review expunges the rest', () => {
    const workspace = setUpWorkspace();
    addIdentityKey(workspace, [], { id: KEY_ID });
    const word = (index: number) => [26, 1].map((place) => String.fromCharCode(97 + (Math.floor(index / place) % 26))).join('');
    writeCases(workspace, Array.from({ length: 105 }, (_, index) => resolvedCase({ caseCodeName: `old ${word(index)}word`, dateOfReport: '2019-01-01', resolutionDate: '2019-02-01' })));
    const first = ok<RetentionReviewResult>(review(workspace, true));
    const second = ok<RetentionReviewResult>(review(workspace, true));
    expect([first.expungedCases.length, first.deferredCases, second.expungedCases.length, second.deferredCases]).toEqual([100, 5, 5, 0]);
    expect(ok<RetentionReviewResult>(review(workspace, false)).due).toEqual([]);
  });
});

describe('who may review retention', () => {
  it('refuses a chair without Identity Key Access, since the review reads the key', () => {
    const workspace = copyOf(BASE);
    const members = workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Members') as { values: CellValue[][] };
    const access = members.values[0].indexOf('Identity Key Access');
    members.values = members.values.map((row, index) => (row[0] === CHAIR_EMAIL && index > 0 ? row.map((cell, column) => (column === access ? 'No' : cell)) : row));
    const before = copyOf(workspace);
    expect(errorOf(review(workspace, true))).toMatch(/needs Identity Key Access/);
    expect(workspace).toStrictEqual(before);
  });

  it('refuses a member who is not the chair, reading nothing but Members', () => {
    const workspace = copyOf(BASE);
    const response = review(workspace, true, { user: MEMBER_EMAIL });
    expect(errorOf(response)).toBe('Only the chair can review retention.');
    expect({ sheetsOpened: response.calls['Spreadsheet.getSheetByName'], sheetsRead: response.calls['Range.getValues'], drive: response.calls['DriveApp.getFileById'] }).toEqual({
      sheetsOpened: 1,
      sheetsRead: 1,
      drive: undefined,
    });
    expect(workspace).toStrictEqual(BASE);
  });

  it('opens the dialog for the chair from the menu', () => {
    const response = run(copyOf(BASE), 'showRetentionDialog');
    expect(response.shown.map((item) => item.type)).toEqual(['modalDialog']);
  });
});
