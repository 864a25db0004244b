/**
 * Generate code name (spec section 4) through the built bundle, and the clear message a tracker
 * with a missing required column gets from the records entry points.
 */
import { caseCodeNameKey, isPersonCodeName } from '../../src/core/codeNames';
import type { ValidationResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  KEY_HOLDER_EMAIL, MEMBER_EMAIL, OUTSIDER_EMAIL, addIdentityKey, addMember, alerts, copyOf, documentLockScope, ok, ongoingCase, run,
  seededUuid, setSetting, setUpWorkspace, sheetState, sheetValues, totalCalls, writeCases, shareStatusSpreadsheet
} from './helpers';

const CASE_CELL = { sheet: 'Cases', a1: 'B2' };
const PERSON_CELL = { sheet: 'Cases', a1: 'C2' };
const CASE_CODE_NAME = /^[a-z]{3,9} [a-z]{3,9}$/;
const WRONG_CELL =
  'Generate code name writes into the selected cell of the Cases sheet: select a cell below the header in the Case Code Name column for a case code name, or in the Person Code Name column for a person code name, then try again.';

/** A set-up tracker with one ongoing row (row 2) whose Case Code Name and Person Code Name are blank. */
function trackerWithBlankRow(): WorkspaceState {
  const workspace = setUpWorkspace();
  writeCases(workspace, [ongoingCase({ caseCodeName: '', personCodeName: '' })]);
  return workspace;
}

function cell(workspace: WorkspaceState, row: number, column: number) {
  return sheetValues(workspace, 'Cases')[row - 1]?.[column - 1];
}

/** Every cell of Cases but B2, rows padded to the header's width (the emulator stores rows without trailing blanks). */
function otherCells(values: readonly (readonly unknown[])[]): unknown[][] {
  const width = values[0].length;
  return values.map((row, r) => Array.from({ length: width }, (_, c) => (r === 1 && c === 1 ? null : (row[c] ?? ''))));
}

function auditActions(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => String(row[2]));
}

describe('generateCodeName for a case', () => {
  it('writes a new case code name into an empty Case Code Name cell', () => {
    const workspace = trackerWithBlankRow();
    run(workspace, 'generateCodeName', { selection: CASE_CELL });
    expect(cell(workspace, 2, 2)).toMatch(CASE_CODE_NAME);
  });

  it('joins the words with a hyphen when Settings asks for one', () => {
    const workspace = trackerWithBlankRow();
    setSetting(workspace, 'Case Code Name Separator', 'hyphen');
    run(workspace, 'generateCodeName', { selection: CASE_CELL });
    expect(cell(workspace, 2, 2)).toMatch(/^[a-z]{3,9}-[a-z]{3,9}$/);
  });

  it('writes into the row below the last one too', () => {
    const workspace = trackerWithBlankRow();
    run(workspace, 'generateCodeName', { selection: { sheet: 'Cases', a1: 'B3' } });
    expect(cell(workspace, 3, 2)).toMatch(CASE_CODE_NAME);
  });

  it('appends Generated code name with the new name to the audit log', () => {
    const workspace = trackerWithBlankRow();
    run(workspace, 'generateCodeName', { selection: CASE_CELL });
    const [last] = sheetValues(workspace, 'Audit Log').slice(-1);
    expect([last[1], last[2], last[3]]).toEqual(['chair@example.org', 'Generated code name', cell(workspace, 2, 2)]);
  });

  it('tells the person which name it wrote and where', () => {
    const workspace = trackerWithBlankRow();
    const response = run(workspace, 'generateCodeName', { selection: CASE_CELL });
    expect(response.shown).toContainEqual(
      expect.objectContaining({ type: 'toast', message: `New case code name "${String(cell(workspace, 2, 2))}" written in Cases!B2.` }),
    );
  });

  it('gives different names to two cells', () => {
    const workspace = trackerWithBlankRow();
    run(workspace, 'generateCodeName', { selection: CASE_CELL });
    run(workspace, 'generateCodeName', { selection: { sheet: 'Cases', a1: 'B3' } });
    expect(caseCodeNameKey(String(cell(workspace, 3, 2)))).not.toBe(caseCodeNameKey(String(cell(workspace, 2, 2))));
  });

  it('makes the same service calls for a tracker of 10 rows as for one of 10,000', () => {
    const counts = [10, 10_000].map((rows) => {
      const workspace = setUpWorkspace();
      writeCases(workspace, Array.from({ length: rows }, (_, i) => ongoingCase({ caseCodeName: i === 0 ? '' : `old${'abcdefghij'[i % 10]} case${'abcdefghij'[Math.floor(i / 10) % 10]}` })));
      // The same UUIDs for both, so rejection sampling draws alike and only the tracker's size differs.
      return run(workspace, 'generateCodeName', { selection: CASE_CELL, uuid: seededUuid(7) }).calls;
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('generateCodeName for a person', () => {
  it('writes a colour-and-animal person code name, checked against the identity key', () => {
    const workspace = trackerWithBlankRow();
    addIdentityKey(workspace, [{ realName: 'Fictional Person One', personCodeName: 'Blue Jay' }]);
    run(workspace, 'generateCodeName', { selection: PERSON_CELL });
    expect(isPersonCodeName(String(cell(workspace, 2, 3)))).toBe(true);
  });

  it('writes the first letter name free in Cases and the identity key when Settings asks for letters', () => {
    const workspace = setUpWorkspace();
    setSetting(workspace, 'Person Code Name Style', 'letter');
    addIdentityKey(workspace, [{ realName: 'Fictional Person One', personCodeName: 'Person A' }]);
    writeCases(workspace, [ongoingCase({ personCodeName: '' }), ongoingCase({ caseCodeName: 'home shelf', personCodeName: 'Person B' })]);
    run(workspace, 'generateCodeName', { selection: PERSON_CELL });
    expect(cell(workspace, 2, 3)).toBe('Person C');
  });

  it('logs Generated code name without any name for a person code name', () => {
    const workspace = trackerWithBlankRow();
    addIdentityKey(workspace, []);
    run(workspace, 'generateCodeName', { selection: PERSON_CELL });
    const [last] = sheetValues(workspace, 'Audit Log').slice(-1);
    expect([last[2], last[3] ?? '']).toEqual(['Generated code name', '']);
  });

  it('tells a member without Identity Key Access that a new person code name needs the key, changing nothing', () => {
    const workspace = trackerWithBlankRow();
    addIdentityKey(workspace, []);
    addMember(workspace, MEMBER_EMAIL);
    const before = copyOf(workspace);
    const response = run(workspace, 'generateCodeName', { user: MEMBER_EMAIL, selection: PERSON_CELL });
    expect(alerts(response)).toEqual([
      'A new person code name must be checked against the identity key and added to it, but you do not have Identity Key Access. Choose an existing person code name instead, or ask a member with Identity Key Access.',
    ]);
    expect(workspace).toEqual(before);
  });

  it('lets a member with Identity Key Access generate one', () => {
    const workspace = trackerWithBlankRow();
    addIdentityKey(workspace, [], { editors: [KEY_HOLDER_EMAIL] });
    addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
    run(workspace, 'generateCodeName', { user: KEY_HOLDER_EMAIL, selection: PERSON_CELL });
    expect(isPersonCodeName(String(cell(workspace, 2, 3)))).toBe(true);
  });
});

describe('generateCodeName over a cell that holds a value', () => {
  function trackerWithName(): WorkspaceState {
    const workspace = setUpWorkspace();
    writeCases(workspace, [ongoingCase({ caseCodeName: 'amber-kettle' })]);
    return workspace;
  }

  it('asks a yes/no question before overwriting', () => {
    const response = run(trackerWithName(), 'generateCodeName', { selection: CASE_CELL, answers: ['NO'] });
    expect(response.shown.filter((item) => item.type === 'alert')).toEqual([
      expect.objectContaining({
        buttons: 'YES_NO',
        message: 'The selected cell is not empty. Replace what it holds with a new case code name?',
      }),
    ]);
  });

  it('leaves the whole workspace unchanged when the answer is no', () => {
    const workspace = trackerWithName();
    const before = copyOf(workspace);
    run(workspace, 'generateCodeName', { selection: CASE_CELL, answers: ['NO'] });
    expect(workspace).toEqual(before);
  });

  it('replaces the value when the answer is yes', () => {
    const workspace = trackerWithName();
    run(workspace, 'generateCodeName', { selection: CASE_CELL, answers: ['YES'] });
    expect(cell(workspace, 2, 2)).toMatch(CASE_CODE_NAME);
  });

  it('does not ask about an empty cell', () => {
    const response = run(trackerWithBlankRow(), 'generateCodeName', { selection: CASE_CELL });
    expect(response.shown.filter((item) => item.type === 'alert')).toEqual([]);
  });
});

describe('generateCodeName refusals', () => {
  it.each([
    ['another column of Cases', { sheet: 'Cases', a1: 'D2' }],
    ['the header row', { sheet: 'Cases', a1: 'B1' }],
    ['another sheet', { sheet: 'Settings', a1: 'B2' }],
  ])('explains itself in %s, naming both columns, and changes nothing', (_where, selection) => {
    const workspace = trackerWithBlankRow();
    const before = copyOf(workspace);
    expect(alerts(run(workspace, 'generateCodeName', { selection }))).toEqual([WRONG_CELL]);
    expect(workspace).toEqual(before);
  });

  it('refuses someone who is not a member, changing nothing', () => {
    const workspace = shareStatusSpreadsheet(trackerWithBlankRow(), OUTSIDER_EMAIL);
    const before = copyOf(workspace);
    expect(alerts(run(workspace, 'generateCodeName', { user: OUTSIDER_EMAIL, selection: CASE_CELL }))).toEqual([
      'Only active members of the working group can use Django CoC. Ask the chair to add you.',
    ]);
    expect(workspace).toEqual(before);
  });

  it('refuses a member who is no longer active, changing nothing', () => {
    const workspace = trackerWithBlankRow();
    addMember(workspace, MEMBER_EMAIL, { active: false });
    const before = copyOf(workspace);
    expect(alerts(run(workspace, 'generateCodeName', { user: MEMBER_EMAIL, selection: CASE_CELL }))[0]).toMatch(/no longer active/);
    expect(workspace).toEqual(before);
  });

  it('says the records are busy when another member holds the lock, changing nothing', () => {
    const workspace = trackerWithBlankRow();
    const before = copyOf(workspace);
    const lockTable = new Map<string, object>([[documentLockScope(workspace), {}]]);
    expect(alerts(run(workspace, 'generateCodeName', { selection: CASE_CELL, lockTable }))).toEqual([
      'Another member is changing the records right now. Nothing was changed; please try again in a moment.',
    ]);
    expect(workspace).toEqual(before);
  });

  it('leaves the cell blank or holding a new case code name, and every other cell of Cases alone, whichever call fails', () => {
    const template = trackerWithBlankRow();
    const total = totalCalls(run(copyOf(template), 'generateCodeName', { selection: CASE_CELL }));
    const cells = new Set<string>();
    for (let failAtCall = 1; failAtCall <= total; failAtCall++) {
      const workspace = copyOf(template);
      run(workspace, 'generateCodeName', { selection: CASE_CELL, failAtCall });
      const values = sheetValues(workspace, 'Cases');
      const written = values[1][1];
      expect(written === '' || CASE_CODE_NAME.test(String(written))).toBe(true);
      expect(otherCells(values)).toEqual(otherCells(sheetValues(template, 'Cases')));
      cells.add(written === '' ? 'blank' : 'named');
    }
    expect(cells).toEqual(new Set(['blank', 'named']));
  });
});

describe('a tracker with a missing required column', () => {
  function trackerWithoutStatus(): WorkspaceState {
    const workspace = trackerWithBlankRow();
    sheetState(workspace, 'Cases').values[0][3] = 'State';
    return workspace;
  }

  it('gets a message from generateCodeName that names the column and offers Set up or repair', () => {
    expect(alerts(run(trackerWithoutStatus(), 'generateCodeName', { selection: CASE_CELL }))).toEqual([
      'The Cases sheet has no Status column. Run Django CoC > Set up or repair to add it, then try again.',
    ]);
  });

  it('gets a problem from validateRecords that names the column and offers Set up or repair', () => {
    const result = ok<ValidationResult>(run(trackerWithoutStatus(), 'validateRecords'));
    expect(result.problems.map((problem) => problem.message)).toContain(
      'The Cases sheet has no Status column. Run Django CoC > Set up or repair to add it.',
    );
  });

  it('is left unchanged by generateCodeName', () => {
    const workspace = trackerWithoutStatus();
    const before = copyOf(workspace);
    run(workspace, 'generateCodeName', { selection: CASE_CELL });
    expect(workspace).toEqual(before);
  });
});

describe('validateRecordsFromMenu', () => {
  it('opens the Validate records dialog', () => {
    const response = run(setUpWorkspace(), 'validateRecordsFromMenu');
    expect(response.shown).toEqual([expect.objectContaining({ type: 'modalDialog', title: 'Validate records', width: 600, height: 480 })]);
  });

  it('refuses someone who is not a member without opening it', () => {
    const response = run(shareStatusSpreadsheet(setUpWorkspace(), OUTSIDER_EMAIL), 'validateRecordsFromMenu', { user: OUTSIDER_EMAIL });
    expect(response.shown.map((item) => item.type)).toEqual(['alert']);
  });
});

describe('audit', () => {
  it('records one Generated code name line per name written', () => {
    const workspace = trackerWithBlankRow();
    run(workspace, 'generateCodeName', { selection: CASE_CELL });
    expect(auditActions(workspace).filter((action) => action === 'Generated code name')).toHaveLength(1);
  });
});
