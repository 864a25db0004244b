/**
 * Logging a new report (spec section 7) through the built bundle in the emulator: the rows, the
 * identity key, the case document, who may name whom, bad input and faults part-way.
 */
import {
  CHAIR_EMAIL,
  KEY_HOLDER_EMAIL,
  MEMBER_EMAIL,
  OUTSIDER_EMAIL,
  addIdentityKey,
  addMember,
  alerts,
  copyOf,
  errorOf,
  isoDayOf,
  ok,
  resolvedCase,
  run,
  setSetting,
  setUpWorkspace,
  sheetValues,
  totalCalls,
  writeCases, shareStatusSpreadsheet
} from './helpers';
import { findTexts } from './privacyScan';
import { CellValue, MIME, WorkspaceState } from '../../emulator/workspace/state';
import type { LogReportOptions, LogReportResult, ReportFormInput } from '../../src/core/apiTypes';

const PERSON_ONE = { realName: 'Fictional Person One', aliases: 'fictional-handle-01; f.one@example.net', personCodeName: 'Blue Jay' };
const NEW_PERSON = 'Fictional Person Forty-Two';
const SUMMARY = 'Fictional summary: at a fictional meetup the reported person interrupted a talk twice.';
const CASE_CODE_NAME = /^[a-z]+ [a-z]+$/;

interface World {
  workspace: WorkspaceState;
  keyId: string;
}

/** Set up, a key holding one person, shared with the key holder; a member without access. */
function world(): World {
  const workspace = setUpWorkspace();
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addMember(workspace, MEMBER_EMAIL, { identityKeyAccess: false });
  const keyId = addIdentityKey(workspace, [PERSON_ONE], { editors: [KEY_HOLDER_EMAIL] });
  return { workspace, keyId };
}

function reportForm(overrides: Partial<ReportFormInput> = {}): ReportFormInput {
  return {
    dateOfReport: '2025-03-01',
    kind: 'needs-decision',
    people: [],
    safetyRisk: 'No',
    ongoingHarassment: 'Maybe',
    status: 'Ongoing',
    summary: SUMMARY,
    ...overrides,
  };
}

const RESOLVED = { status: 'Resolved', resolutionSource: 'CoC WG', resolutionDate: '2025-03-10' };

function logReport(workspace: WorkspaceState, form: ReportFormInput, user = CHAIR_EMAIL): LogReportResult {
  return ok<LogReportResult>(run(workspace, 'logReport', { args: [form], user }));
}

/** The sheet's rows below the header, as header -> cell. */
function rowsOf(values: CellValue[][]): Record<string, CellValue>[] {
  const header = (values[0] ?? []).map(String);
  return values.slice(1).map((row) => Object.fromEntries(header.map((title, index) => [title, row[index] ?? ''])));
}

function cases(workspace: WorkspaceState): Record<string, CellValue>[] {
  return rowsOf(sheetValues(workspace, 'Cases'));
}

function key(world: World): Record<string, CellValue>[] {
  return rowsOf(sheetValues(world.workspace, 'Identity Key', world.keyId));
}

function documentId(url: CellValue): string {
  const match = /\/document\/d\/([^/]+)/.exec(String(url));
  if (!match) throw new Error('not a document link');
  return match[1];
}

function documentText(workspace: WorkspaceState, url: string): string {
  return workspace.documents[documentId(url)].body.map((paragraph) => paragraph.text).join('\n');
}

describe('logReport', () => {
  it('appends one row per person with the case code name, their person code name and the document link', () => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm({ people: [{ realName: NEW_PERSON }, { personCodeName: 'blue jay' }] }));
    expect(result.caseCodeName).toMatch(CASE_CODE_NAME);
    expect(result.personCodeNames).toHaveLength(2);
    expect(result.personCodeNames[1]).toBe('Blue Jay');
    const rows = cases(workspace);
    expect(rows.map((row) => [row['Case Code Name'], row['Person Code Name'], row.Documents])).toEqual(
      result.personCodeNames.map((codeName) => [result.caseCodeName, codeName, result.documentUrl]),
    );
    expect(rows.map((row) => [isoDayOf(workspace, row['Date of Report']), row.Status, row['Safety Risk'], row['Ongoing Harassment']])).toEqual([
      ['2025-03-01', 'Ongoing', 'No', 'Maybe'],
      ['2025-03-01', 'Ongoing', 'No', 'Maybe'],
    ]);
  });

  it("starts the case's clock: one Received step on the Date of Report, by the member who logged it", () => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm({ people: [{ realName: NEW_PERSON }, { personCodeName: 'blue jay' }] }));
    const steps = rowsOf(sheetValues(workspace, 'Case Steps'));
    expect(steps.map((row) => [row['Case Code Name'], row.Step, isoDayOf(workspace, row.Date), row['Member Email']])).toEqual([
      [result.caseCodeName, 'Received', '2025-03-01', CHAIR_EMAIL],
    ]);
  });

  it('writes one row with a blank person code name when the report names no one', () => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm());
    expect(cases(workspace).map((row) => [row['Case Code Name'], row['Person Code Name'], row.Documents])).toEqual([
      [result.caseCodeName, '', result.documentUrl],
    ]);
  });

  it('writes the resolution fields of a report that is already resolved', () => {
    const { workspace } = world();
    logReport(workspace, reportForm({ ...RESOLVED, consequences: 'Warning' }));
    const [row] = cases(workspace);
    expect([row.Status, row['Resolution Source'], isoDayOf(workspace, row['Resolution Date']), row.Consequences]).toEqual([
      'Resolved', 'CoC WG', '2025-03-10', 'Warning',
    ]);
  });

  it('creates the case document titled with the case code name, holding the summary', () => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm());
    const file = workspace.files[documentId(result.documentUrl)];
    expect(file).toMatchObject({ name: result.caseCodeName, mimeType: MIME.document, access: 'PRIVATE', trashed: false });
    expect(documentText(workspace, result.documentUrl)).toContain(SUMMARY);
  });

  it('puts a summary of several lines, with characters Docs strips, under its heading and keeps every section styled', () => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm({ summary: 'First line\u0007 of it\r\nSecond line \uE000done\n\n' }));
    const body = workspace.documents[documentId(result.documentUrl)].body;
    expect(body.slice(0, 4)).toEqual([
      { text: 'Report summary', heading: 'HEADING2', italic: false },
      expect.objectContaining({ heading: 'NORMAL', italic: true }),
      { text: 'First line  of it', heading: 'NORMAL', italic: false },
      { text: 'Second line  done', heading: 'NORMAL', italic: false },
    ]);
    expect(body.filter((paragraph) => paragraph.heading === 'HEADING2')).toHaveLength(8);
    // Only the eight reminders are in italics.
    expect(body.filter((paragraph) => paragraph.italic).map((paragraph) => paragraph.heading)).toEqual(Array(8).fill('NORMAL'));
  });

  it('puts the summary nowhere but the case document', () => {
    const { workspace } = world();
    const response = run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: NEW_PERSON }] })] });
    expect('result' in response).toBe(true);
    expect(findTexts([SUMMARY], workspace, [], [response], { includeDocumentBodies: false })).toEqual([]);
  });

  it('adds a new person to the identity key with the real name as typed, a new code name and their count', () => {
    const w = world();
    const result = logReport(w.workspace, reportForm({ people: [{ realName: `=${NEW_PERSON}` }] }));
    const added = key(w).find((row) => row['Person Code Name'] === result.personCodeNames[0]);
    expect(added).toMatchObject({ 'Real Name': `=${NEW_PERSON}`, 'Report Count': 1, 'Highest Consequence': '', Flagged: 'No' });
    expect(result.personCodeNames[0]).not.toBe('Blue Jay');
  });

  it('gives one person typed three ways (letter case, extra spaces, an alias) one person code name', () => {
    const w = world();
    const typed = ['FICTIONAL PERSON ONE', '  Fictional   Person  One ', 'F.One@Example.net'];
    const codeNames = typed.map((realName) => logReport(w.workspace, reportForm({ people: [{ realName }] })).personCodeNames);
    expect(codeNames).toEqual([['Blue Jay'], ['Blue Jay'], ['Blue Jay']]);
    expect(key(w).map((row) => row['Person Code Name'])).toEqual(['Blue Jay']);
    expect(key(w)[0]['Report Count']).toBe(3);
  });

  it('gives a new person the same code name in a later report, and one key row', () => {
    const w = world();
    const first = logReport(w.workspace, reportForm({ people: [{ realName: NEW_PERSON }] }));
    const second = logReport(w.workspace, reportForm({ people: [{ realName: NEW_PERSON.toLowerCase() }] }));
    expect(second.personCodeNames).toEqual(first.personCodeNames);
    expect(key(w).filter((row) => row['Real Name'] === NEW_PERSON)).toHaveLength(1);
  });

  it('updates Report Count and Highest Consequence by the ladder right after each report', () => {
    const w = world();
    logReport(w.workspace, reportForm({ ...RESOLVED, consequences: 'Ban', people: [{ realName: PERSON_ONE.realName }] }));
    logReport(w.workspace, reportForm({ ...RESOLVED, consequences: 'Warning', people: [{ personCodeName: 'Blue Jay' }] }));
    expect([key(w)[0]['Report Count'], key(w)[0]['Highest Consequence']]).toEqual([2, 'Ban']);
  });

  it('gives new cases and new people names unused in Cases and the key, in the letter style when set', () => {
    const w = world();
    setSetting(w.workspace, 'Person Code Name Style', 'letter');
    const result = logReport(w.workspace, reportForm({ people: [{ realName: NEW_PERSON }, { realName: 'Fictional Person Forty-Three' }] }));
    expect(result.personCodeNames).toEqual(['Person A', 'Person B']);
    const again = logReport(w.workspace, reportForm());
    expect(again.caseCodeName).not.toBe(result.caseCodeName);
  });

  it('audits the report with its case code name only', () => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm({ people: [{ realName: NEW_PERSON }] }));
    const audit = sheetValues(workspace, 'Audit Log');
    expect(audit[audit.length - 1].slice(1, 4)).toEqual([CHAIR_EMAIL, 'Logged report', result.caseCodeName]);
  });

  it.each([
    ['needs-decision', "We'll discuss and get back to you"],
    ['keep-on-file', "We're going to keep this report on file"],
  ] as const)('returns the %s acknowledgement signed with the member name', (kind, text) => {
    const { workspace } = world();
    const result = logReport(workspace, reportForm({ kind }), KEY_HOLDER_EMAIL);
    expect(result.acknowledgement).toContain(text);
    expect(result.acknowledgement).toContain('Regards,\nFictional Keyholder\n');
  });

  it('refuses invalid input with one message per field and writes nothing', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const message = errorOf(
      run(workspace, 'logReport', {
        args: [{ ...reportForm(), dateOfReport: '2999-01-01', kind: 'later', safetyRisk: 'Perhaps', summary: ' ', people: [{ realName: NEW_PERSON, personCodeName: 'Blue Jay' }] }],
      }),
    );
    for (const field of ['Date of Report:', 'Kind of report:', 'Safety Risk:', 'Summary:', 'Reported person 1:']) expect(message).toContain(field);
    expect(message).not.toContain(NEW_PERSON);
    expect(workspace).toEqual(before);
  });

  it('refuses resolution fields on an ongoing report and writes nothing', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'logReport', { args: [reportForm({ consequences: 'Ban' })] }))).toMatch(/Consequences: Leave this blank/);
    expect(workspace).toEqual(before);
  });

  it('refuses a person code name the key does not hold without repeating what was typed, and writes nothing', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const message = errorOf(run(workspace, 'logReport', { args: [reportForm({ people: [{ personCodeName: NEW_PERSON }] })] }));
    expect(message).toMatch(/^Please correct: Reported person 1: No person has this code name in the identity key/);
    expect(message).not.toContain(NEW_PERSON);
    expect(workspace).toEqual(before);
  });

  it('tells a member with Identity Key Access plainly when no key is linked, and writes nothing', () => {
    const { workspace } = world();
    setSetting(workspace, 'Identity Key Spreadsheet ID', '');
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: NEW_PERSON }] })], user: KEY_HOLDER_EMAIL }))).toMatch(
      /^No identity key is linked to this spreadsheet yet/,
    );
    expect(workspace).toEqual(before);
  });

  it('tells a member whose account cannot open the key plainly, and writes nothing', () => {
    const w = world();
    w.workspace.files[w.keyId].editors = [];
    const before = copyOf(w.workspace);
    expect(errorOf(run(w.workspace, 'logReport', { args: [reportForm({ people: [{ realName: NEW_PERSON }] })], user: KEY_HOLDER_EMAIL }))).toMatch(
      /^The identity key named in Settings could not be opened with your account/,
    );
    expect(w.workspace).toEqual(before);
  });

  it('refuses someone who is not a member and writes nothing', () => {
    const workspace = shareStatusSpreadsheet(world().workspace, OUTSIDER_EMAIL);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'logReport', { args: [reportForm()], user: OUTSIDER_EMAIL }))).toMatch(/^Only active members/);
    expect(workspace).toEqual(before);
  });
});

describe('logReport on a large tracker', () => {
  it('makes the same service calls with 10,000 case rows and 2,000 people as with 10 rows', () => {
    const sized = (rows: number, people: number): WorkspaceState => {
      const workspace = setUpWorkspace();
      const persons = Array.from({ length: people }, (_, i) => ({ realName: `Fictional Person ${i + 1}`, personCodeName: `Person ${i + 1}` }));
      const keyId = addIdentityKey(workspace, persons);
      writeCases(workspace, Array.from({ length: rows }, (_, i) => resolvedCase({ caseCodeName: `case ${i}`, personCodeName: `Person ${(i % people) + 1}` })));
      // Room below the data in both, as a real sheet has, so neither append has to grow its sheet.
      workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.find((sheet) => sheet.name === 'Cases')!.maxRows = rows + 100;
      workspace.spreadsheets[keyId].sheets[0].maxRows = people + 100;
      return workspace;
    };
    const form = reportForm({ people: [{ realName: NEW_PERSON }, { personCodeName: 'Person 2' }], ...RESOLVED, consequences: 'Warning' });
    const small = run(sized(10, 3), 'logReport', { args: [form] });
    const large = run(sized(10_000, 2_000), 'logReport', { args: [form] });
    expect('result' in large).toBe(true);
    // Both runs draw the harness's same UUID sequence, so rejection sampling costs them alike.
    expect(large.calls).toEqual(small.calls);
  });
});

describe('logReport by a member without Identity Key Access', () => {
  function worldWithCase(): World {
    const w = world();
    writeCases(w.workspace, [resolvedCase({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', documents: 'https://docs.google.com/document/d/fictional/edit' })]);
    return w;
  }

  it('logs a report naming an existing person code name', () => {
    const w = worldWithCase();
    const result = logReport(w.workspace, reportForm({ people: [{ personCodeName: 'BLUE JAY' }] }), MEMBER_EMAIL);
    expect(result.personCodeNames).toEqual(['Blue Jay']);
    expect(cases(w.workspace).map((row) => row['Person Code Name'])).toEqual(['Blue Jay', 'Blue Jay']);
  });

  it('leaves the identity key alone', () => {
    const w = worldWithCase();
    const before = structuredClone(w.workspace.spreadsheets[w.keyId]);
    logReport(w.workspace, reportForm({ people: [{ personCodeName: 'Blue Jay' }] }), MEMBER_EMAIL);
    expect(w.workspace.spreadsheets[w.keyId]).toEqual(before);
  });

  it('cannot name a person by real name, and nothing is written', () => {
    const w = worldWithCase();
    const before = copyOf(w.workspace);
    const message = errorOf(run(w.workspace, 'logReport', { args: [reportForm({ people: [{ realName: PERSON_ONE.realName }] })], user: MEMBER_EMAIL }));
    expect(message).toMatch(/You don't have Identity Key Access, so you can't enter a real name/);
    expect(message).not.toContain(PERSON_ONE.realName);
    expect(w.workspace).toEqual(before);
  });

  it('cannot name a code name that no case uses, and nothing is written', () => {
    const w = worldWithCase();
    const before = copyOf(w.workspace);
    const message = errorOf(run(w.workspace, 'logReport', { args: [reportForm({ people: [{ personCodeName: PERSON_ONE.realName }] })], user: MEMBER_EMAIL }));
    expect(message).toMatch(/No person has this code name in Cases/);
    expect(message).not.toContain(PERSON_ONE.realName);
    expect(w.workspace).toEqual(before);
  });
});

describe('logReport when a service call fails part-way', () => {
  const FORM = reportForm({ people: [{ realName: NEW_PERSON }, { realName: 'fictional-handle-01' }], ...RESOLVED, consequences: 'Warning' });
  const NAMES = [NEW_PERSON, PERSON_ONE.realName, 'fictional-handle-01', 'f.one@example.net'];

  it('leaves no row without its document link, no document without its rows, and no real name outside the key', () => {
    const clean = world();
    const total = totalCalls(run(copyOf(clean.workspace), 'logReport', { args: [FORM] }));
    expect(total).toBeGreaterThan(30);
    const outcomes = new Set<string>();
    for (let failAtCall = 1; failAtCall <= total; failAtCall++) {
      const workspace = copyOf(clean.workspace);
      const response = run(workspace, 'logReport', { args: [FORM], failAtCall });
      const rows = cases(workspace);
      const liveDocuments = Object.values(workspace.files).filter((file) => file.mimeType === MIME.document && !file.trashed);
      const report = {
        failAtCall,
        rowsWithoutLiveDocument: rows.filter((row) => {
          const file = workspace.files[documentId(row.Documents)];
          return !file || file.trashed || file.name !== row['Case Code Name'];
        }).length,
        documentsWithoutRows: liveDocuments.filter((file) => !rows.some((row) => row['Case Code Name'] === file.name)).map((file) => file.name),
        namesOutsideKey: findTexts(NAMES, workspace, [clean.keyId], [response]),
        summaryOutsideDocuments: findTexts([SUMMARY], workspace, [], [response], { includeDocumentBodies: false }),
      };
      expect(report).toEqual({ failAtCall, rowsWithoutLiveDocument: 0, documentsWithoutRows: [], namesOutsideKey: [], summaryOutsideDocuments: [] });
      if ('error' in response) {
        // Either nothing reached Cases, or the whole case did and the message says so.
        expect({ failAtCall, rows: rows.length === 0 || /was logged as case/.test(response.error) }).toEqual({ failAtCall, rows: true });
      }
      outcomes.add('error' in response ? (rows.length === 0 ? 'nothing logged' : 'logged, follow-up failed') : 'logged');
    }
    // Both kinds of fault were met: before the rows (nothing logged) and after them.
    expect([...outcomes]).toEqual(expect.arrayContaining(['logged, follow-up failed', 'nothing logged']));
  });
});

describe('getLogReportOptions', () => {
  it('lets a member with Identity Key Access type real names, and lists code names from Cases and the key', () => {
    const w = world();
    writeCases(w.workspace, [resolvedCase({ personCodeName: 'Grey Heron' }), resolvedCase({ personCodeName: 'grey heron' })]);
    const options = ok<LogReportOptions>(run(w.workspace, 'getLogReportOptions', { user: KEY_HOLDER_EMAIL }));
    expect(options).toMatchObject({ canUseIdentityKey: true, personCodeNames: ['Blue Jay', 'Grey Heron'] });
    expect(options.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(options.vocabularies.status).toEqual(['Ongoing', 'Resolved']);
  });

  it('offers a member without Identity Key Access the code names in Cases only', () => {
    const w = world();
    writeCases(w.workspace, [resolvedCase({ personCodeName: 'Grey Heron' })]);
    const options = ok<LogReportOptions>(run(w.workspace, 'getLogReportOptions', { user: MEMBER_EMAIL }));
    expect(options).toMatchObject({ canUseIdentityKey: false, personCodeNames: ['Grey Heron'] });
  });

  it('makes the same service calls with 10,000 case rows and 2,000 people as with 10 rows', () => {
    const sized = (rows: number, people: number): WorkspaceState => {
      const w = world();
      const persons = Array.from({ length: people }, (_, i) => ({ realName: `Fictional Person ${i + 1}`, personCodeName: `Person ${i + 1}` }));
      addIdentityKey(w.workspace, persons, { editors: [KEY_HOLDER_EMAIL] });
      writeCases(w.workspace, Array.from({ length: rows }, (_, i) => resolvedCase({ caseCodeName: `case ${i}`, personCodeName: `Person ${(i % people) + 1}` })));
      return w.workspace;
    };
    const small = run(sized(10, 3), 'getLogReportOptions', { user: KEY_HOLDER_EMAIL });
    const large = run(sized(10_000, 2_000), 'getLogReportOptions', { user: KEY_HOLDER_EMAIL });
    expect(ok<LogReportOptions>(large).personCodeNames).toHaveLength(2_000);
    expect(large.calls).toEqual(small.calls);
  });

  it('does not offer real names to a member with access when the key cannot be opened', () => {
    const w = world();
    w.workspace.files[w.keyId].editors = [];
    const options = ok<LogReportOptions>(run(w.workspace, 'getLogReportOptions', { user: KEY_HOLDER_EMAIL }));
    expect(options.canUseIdentityKey).toBe(false);
  });
});

describe('showLogReportSidebar', () => {
  it('opens the Log a new report sidebar for a member', () => {
    const { workspace } = world();
    const response = run(workspace, 'showLogReportSidebar', { user: MEMBER_EMAIL });
    expect(response.shown).toEqual([expect.objectContaining({ type: 'sidebar', title: 'Log a new report' })]);
  });

  it('tells someone who is not a member why, and opens nothing', () => {
    const workspace = shareStatusSpreadsheet(world().workspace, OUTSIDER_EMAIL);
    const response = run(workspace, 'showLogReportSidebar', { user: OUTSIDER_EMAIL });
    expect(response.shown.map((item) => item.type)).toEqual(['alert']);
    expect(alerts(response)[0]).toMatch(/^Only active members/);
  });
});
