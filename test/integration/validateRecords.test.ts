/**
 * Validate records (spec section 5) through the built bundle: every seeded problem found with its
 * cell, the same service calls for 10 rows as for 10,000, no real name in what it returns, the
 * highlight painted and cleared in one write, and nothing changed for a refused user or a fault.
 */
import type { ValidationResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { newSheetState } from '../../emulator/workspace';
import {
  CaseRowInput, KEY_HOLDER_EMAIL, KeyPerson, MEMBER_EMAIL, OUTSIDER_EMAIL, addCaseFolder, addDocument, addIdentityKey, addMember,
  copyOf, errorOf, ok, resolvedCase, run, sheetState, setUpWorkspace, totalCalls, writeCases, shareStatusSpreadsheet, recordConflict
} from './helpers';

const HIGHLIGHT = '#f4cccc';

const PEOPLE: readonly KeyPerson[] = [
  { realName: 'Fictional Person One', aliases: 'fictional-handle-01; f.one@example.net', personCodeName: 'Blue Jay' },
  { realName: 'Fictional Person Two', aliases: 'Fictional P. Two', personCodeName: 'Grey Heron' },
  { realName: 'Fictional Person Three', aliases: 'fictional-handle-03', personCodeName: 'Red Fox' },
];
const KEY_NAMES = PEOPLE.flatMap((person) => [person.realName, ...(person.aliases ?? '').split(';').map((alias) => alias.trim())]).filter(Boolean);

/** Cases column letters after set-up, in the spec's order. */
const COLUMN = { date: 'A', case: 'B', person: 'C', status: 'D', source: 'E', resolved: 'F', safety: 'G', ongoing: 'H', consequences: 'I', documents: 'J' };

/** A case code name per row index: three letters from the index, then ' shelf' ('aaab shelf'). */
function caseName(i: number): string {
  let word = '';
  for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / 26)) word = String.fromCharCode(97 + (n % 26)) + word;
  return `${word} shelf`;
}

function isoPlusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Seeded {
  rows: CaseRowInput[];
  /** `cell|rule` of every problem seeded into Cases. */
  expected: string[];
}

/**
 * `count` rows of a tracker, valid except at seeded rows; each seeded problem is listed with its
 * cell and rule. The first rows link to the case folder's documents (see `addDocuments`).
 */
function seededRows(count: number, documents: string[]): Seeded {
  const rows: CaseRowInput[] = [];
  const expected: string[] = [];
  const expect = (i: number, column: string, rule: string) => expected.push(`Cases!${column}${i + 2}|${rule}`);
  for (let i = 0; i < count; i++) {
    const dateOfReport = isoPlusDays('2020-01-01', i % 1500);
    const base: CaseRowInput =
      i % 2 === 0
        ? resolvedCase({ dateOfReport, resolutionDate: isoPlusDays(dateOfReport, 10), caseCodeName: caseName(i), personCodeName: PEOPLE[i % 3].personCodeName })
        : { dateOfReport, caseCodeName: caseName(i), personCodeName: PEOPLE[i % 3].personCodeName, status: 'Ongoing', safetyRisk: 'No', ongoingHarassment: 'No' };
    const row: CaseRowInput = { ...base };
    if (i < documents.length) row.documents = documents[i];
    switch (i % 100) {
      case 5:
        Object.assign(row, { status: '', resolutionSource: '', resolutionDate: '', consequences: '' });
        expect(i, COLUMN.status, 'status-required');
        break;
      case 17:
        Object.assign(row, { status: 'Resolved', resolutionSource: 'CoC WG', consequences: 'Warning', resolutionDate: isoPlusDays(dateOfReport, -3) });
        expect(i, COLUMN.resolved, 'resolution-date-before-report');
        break;
      case 29:
        row.safetyRisk = 'Perhaps';
        expect(i, COLUMN.safety, 'safety-risk-unknown');
        break;
      case 41:
        row.personCodeName = 'Pink Yak';
        expect(i, COLUMN.person, 'person-code-name-not-in-key');
        break;
      case 53:
        row.dateOfReport = '2099-01-01';
        expect(i, COLUMN.date, 'date-of-report-in-future');
        break;
      case 64:
        row.caseCodeName = caseName(i - 1);
        row.personCodeName = PEOPLE[(i - 1) % 3].personCodeName;
        expect(i, COLUMN.person, 'duplicate-case-person');
        break;
      case 77:
        row.caseCodeName = caseName(i).toUpperCase();
        expect(i, COLUMN.case, 'case-code-name-invalid');
        break;
      case 88:
        row.consequences = 'warning';
        expect(i, COLUMN.consequences, 'consequences-not-exact');
        break;
    }
    if (i % 1000 === 999) {
      row.personCodeName = 'fictional-handle-01';
      expect(i, COLUMN.person, 'person-code-name-not-in-key');
      expect(i, COLUMN.person, 'real-name-in-cell');
    }
    rows.push(row);
  }
  return { rows, expected };
}

/**
 * A set-up tracker with `count` seeded rows, the identity key (shared with the key holder), a case
 * folder of three documents linked from rows 2 to 4 (one well titled, one mistitled, one titled
 * with a real name) and a sheet of the group's own with a real name in B3.
 */
function trackerWith(count: number): { workspace: WorkspaceState; expected: string[] } {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addIdentityKey(workspace, PEOPLE, { editors: [KEY_HOLDER_EMAIL] });
  const { documents } = addCaseFolder(workspace, [caseName(0), 'Reviewed notes', 'Fictional Person Three']);
  const { rows, expected } = seededRows(count, documents.map((document) => document.url));
  writeCases(workspace, rows);
  expected.push('Cases!J3|document-title-mismatch', 'Cases!J4|document-title-mismatch', 'Cases!J4|real-name-in-document-title');
  const scratch = newSheetState('Our scratch', 99);
  scratch.values = [['Notes'], [''], ['', 'Fictional Person Two called again']];
  workspace.spreadsheets[workspace.activeSpreadsheetId].sheets.push(scratch);
  expected.push("'Our scratch'!B3|real-name-in-cell");
  return { workspace, expected };
}

function found(result: ValidationResult): string[] {
  return result.problems.map((problem) => `${problem.cell}|${problem.rule}`).sort();
}

function backgroundOf(workspace: WorkspaceState, a1: string): string | undefined {
  return sheetState(workspace, 'Cases').backgrounds[a1];
}

describe('validateRecords', () => {
  it('finds exactly the problems seeded into a small tracker', () => {
    const { workspace, expected } = trackerWith(10);
    expect(found(ok<ValidationResult>(run(workspace, 'validateRecords')))).toEqual([...expected].sort());
  });

  it('finds every problem seeded into a 10,000-row tracker, and nothing else', () => {
    const { workspace, expected } = trackerWith(10_000);
    const result = ok<ValidationResult>(run(workspace, 'validateRecords'));
    expect(expected.length).toBeGreaterThan(800);
    expect(found(result)).toEqual([...expected].sort());
  });

  it('makes the same service calls for 10 rows as for 10,000', () => {
    const small = run(trackerWith(10).workspace, 'validateRecords');
    const large = run(trackerWith(10_000).workspace, 'validateRecords');
    expect(large.calls).toEqual(small.calls);
    expect(totalCalls(large)).toBeLessThan(120);
  });

  it('reads each sheet once and writes the highlight in one setBackgrounds', () => {
    const response = run(trackerWith(10_000).workspace, 'validateRecords');
    expect(response.calls['Range.getValues']).toBe(10 /* 8 sheets (the empty one too: reading it costs no more than asking whether it is empty), the key, Members */);
    expect(response.calls['Range.setBackgrounds']).toBe(1);
    expect(response.calls['Range.getBackgrounds']).toBe(1);
  });

  it('never puts a real name or alias from the identity key in what it returns', () => {
    const response = run(trackerWith(1_000).workspace, 'validateRecords');
    const text = JSON.stringify(response).toLowerCase();
    expect(KEY_NAMES.filter((name) => text.includes(name.toLowerCase()))).toEqual([]);
  });

  it('logs nothing', () => {
    const { workspace } = trackerWith(100);
    run(workspace, 'validateRecords');
    expect(workspace.log).toEqual([]);
  });

  it('returns no problems and skips nothing for a clean tracker run by the chair', () => {
    const workspace = setUpWorkspace();
    addIdentityKey(workspace, PEOPLE);
    writeCases(workspace, [resolvedCase({ personCodeName: 'Blue Jay' })]);
    expect(ok<ValidationResult>(run(workspace, 'validateRecords'))).toEqual({ problems: [], skipped: [] });
  });
});

describe('validateRecords without the identity key', () => {
  it('says plainly that the key checks were skipped for a member without Identity Key Access', () => {
    const { workspace } = trackerWith(10);
    const result = ok<ValidationResult>(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }));
    expect(result.skipped).toContain(
      'The identity key checks were skipped (real names anywhere in the records, and person code names missing from the key): you do not have Identity Key Access.',
    );
  });

  it('does not open the identity key for a member without Identity Key Access', () => {
    const { workspace } = trackerWith(10);
    expect(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }).calls['SpreadsheetApp.openById']).toBeUndefined();
  });

  it('runs the key checks for a member with Identity Key Access', () => {
    const { workspace, expected } = trackerWith(10);
    const result = ok<ValidationResult>(run(workspace, 'validateRecords', { user: KEY_HOLDER_EMAIL }));
    expect(found(result)).toEqual(expect.arrayContaining(expected.filter((entry) => entry.endsWith('real-name-in-cell'))));
  });

  it('says so when the key named in Settings cannot be opened', () => {
    const { workspace } = trackerWith(10);
    workspace.files['identity-key'].editors = [];
    const result = ok<ValidationResult>(run(workspace, 'validateRecords', { user: KEY_HOLDER_EMAIL }));
    expect(result.skipped.join(' ')).toContain('could not be opened with your account');
  });
});

describe('validateRecords and case documents', () => {
  it('says the folder could not be opened for a member it is not shared with', () => {
    const { workspace } = trackerWith(10);
    const result = ok<ValidationResult>(run(workspace, 'validateRecords', { user: KEY_HOLDER_EMAIL }));
    expect(result.skipped.join(' ')).toContain('The case documents folder named in Settings could not be opened with your account');
  });

  it('opens at most 25 linked documents outside the folder one by one and says how many it left', () => {
    const workspace = setUpWorkspace();
    const rows = Array.from({ length: 30 }, (_, i) => {
      const document = addDocument(workspace, caseName(i), { id: `loose-${i}` });
      return resolvedCase({ caseCodeName: caseName(i), documents: document.url });
    });
    writeCases(workspace, rows);
    const response = run(workspace, 'validateRecords');
    expect(response.calls['DriveApp.getFileById']).toBe(25);
    expect(ok<ValidationResult>(response).skipped).toContain(
      '5 document links in Documents were not checked: they point outside the case documents folder, and at most 25 such links are opened one by one.',
    );
  });

  it('does not report the withheld document of a case the member declared a conflict for', () => {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    const document = addDocument(workspace, 'home shelf');
    writeCases(workspace, [resolvedCase({ documents: document.url })]);
    recordConflict(workspace, MEMBER_EMAIL, 'home shelf');
    const result = ok<ValidationResult>(run(workspace, 'validateRecords', { user: MEMBER_EMAIL }));
    expect(found(result)).toEqual([]);
    expect(result.skipped).toContain('The documents of the cases you have declared a conflict of interest for were not checked.');
  });

  it('reads the titles of the whole case folder with the same calls for 3 documents as for 300', () => {
    const callsWith = (documents: number) => {
      const workspace = setUpWorkspace();
      const titles = Array.from({ length: documents }, (_, i) => caseName(i));
      const folder = addCaseFolder(workspace, titles);
      writeCases(workspace, titles.map((title, i) => resolvedCase({ caseCodeName: title, documents: folder.documents[i].url })));
      const response = run(workspace, 'validateRecords');
      expect(found(ok<ValidationResult>(response))).toEqual([]);
      return response.calls;
    };
    const few = callsWith(3);
    expect(callsWith(300)).toEqual(few);
    expect(few['Drive.Files.list']).toBe(1);
  });

  it('does not take a trashed file in the case folder for a case document', () => {
    const workspace = setUpWorkspace();
    addIdentityKey(workspace, PEOPLE);
    // Untrashed, a file titled with a real name would be reported.
    const { documents } = addCaseFolder(workspace, ['home shelf', 'Fictional Person Three']);
    workspace.files[documents[1].id].trashed = true;
    writeCases(workspace, [resolvedCase({ documents: documents[0].url })]);
    expect(found(ok<ValidationResult>(run(workspace, 'validateRecords')))).toEqual([]);
  });

  it('reports a link to a document that cannot be opened', () => {
    const workspace = setUpWorkspace();
    writeCases(workspace, [resolvedCase({ documents: 'https://docs.google.com/document/d/no-such-document/edit' })]);
    expect(found(ok<ValidationResult>(run(workspace, 'validateRecords')))).toEqual(['Cases!J2|document-not-found']);
  });
});

describe('validateRecords highlights', () => {
  it('highlights each problem cell of Cases', () => {
    const { workspace } = trackerWith(10);
    run(workspace, 'validateRecords');
    expect(backgroundOf(workspace, 'D7')).toBe(HIGHLIGHT);
  });

  it('highlights nothing but the problem cells', () => {
    const { workspace, expected } = trackerWith(10);
    run(workspace, 'validateRecords');
    const cells = expected.filter((entry) => entry.startsWith('Cases!')).map((entry) => entry.slice('Cases!'.length).split('|')[0]);
    expect(Object.keys(sheetState(workspace, 'Cases').backgrounds).sort()).toEqual([...new Set(cells)].sort());
  });

  it('clears the highlight once the cell is fixed', () => {
    const { workspace } = trackerWith(10);
    run(workspace, 'validateRecords');
    sheetState(workspace, 'Cases').values[6][3] = 'Ongoing';
    run(workspace, 'validateRecords');
    expect(backgroundOf(workspace, 'D7')).toBeUndefined();
  });

  it('leaves a colour a person set on a cell alone', () => {
    const { workspace } = trackerWith(10);
    sheetState(workspace, 'Cases').backgrounds.A2 = '#00ff00';
    run(workspace, 'validateRecords');
    expect(backgroundOf(workspace, 'A2')).toBe('#00ff00');
  });

  it('keeps every highlight while a required column is missing, as the rules could not run', () => {
    const { workspace } = trackerWith(10);
    run(workspace, 'validateRecords');
    sheetState(workspace, 'Cases').values[0][3] = 'State';
    run(workspace, 'validateRecords');
    expect(backgroundOf(workspace, 'D7')).toBe(HIGHLIGHT);
  });

  it('writes no backgrounds when nothing changed since the last run', () => {
    const { workspace } = trackerWith(10);
    run(workspace, 'validateRecords');
    expect(run(workspace, 'validateRecords').calls['Range.setBackgrounds']).toBeUndefined();
  });
});

describe('validateRecords refusals and faults', () => {
  it('refuses someone who is not a member, changing nothing', () => {
    const workspace = shareStatusSpreadsheet(trackerWith(10).workspace, OUTSIDER_EMAIL);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'validateRecords', { user: OUTSIDER_EMAIL }))).toBe(
      'Only active members of the working group can use Django CoC. Ask the chair to add you.',
    );
    expect(workspace).toEqual(before);
  });

  it('names a missing required column and changes nothing', () => {
    const { workspace } = trackerWith(10);
    sheetState(workspace, 'Cases').values[0][3] = 'State';
    const before = copyOf(workspace);
    const result = ok<ValidationResult>(run(workspace, 'validateRecords'));
    expect(result.problems[0]).toEqual({
      cell: 'Cases!1:1',
      rule: 'missing-column',
      message: 'The Cases sheet has no Status column. Run Django CoC > Set up or repair to add it.',
    });
    expect(workspace).toEqual(before);
  });

  it('says the records are busy when another member holds the lock, changing nothing', () => {
    const { workspace } = trackerWith(10);
    const before = copyOf(workspace);
    const lockTable = new Map<string, object>([[`document:${workspace.activeSpreadsheetId}`, {}]]);
    expect(errorOf(run(workspace, 'validateRecords', { lockTable }))).toBe(
      'Another member is changing the records right now. Nothing was changed; please try again in a moment.',
    );
    expect(workspace).toEqual(before);
  });

  it('leaves the values alone and the highlight whole (all old or all new) whichever call fails', () => {
    const { workspace: template } = trackerWith(10);
    const done = copyOf(template);
    const total = totalCalls(run(done, 'validateRecords'));
    const outcomes = new Set<string>();
    for (let failAtCall = 1; failAtCall <= total; failAtCall++) {
      const workspace = copyOf(template);
      run(workspace, 'validateRecords', { failAtCall });
      const cases = sheetState(workspace, 'Cases');
      expect(cases.values).toEqual(sheetState(template, 'Cases').values);
      expect([sheetState(template, 'Cases').backgrounds, sheetState(done, 'Cases').backgrounds]).toContainEqual(cases.backgrounds);
      outcomes.add(JSON.stringify(cases.backgrounds));
    }
    expect(outcomes.size).toBe(2);
  });
});
