import { SheetCell, SheetRow } from '../../src/core/cells';
import { CASES_HEADERS } from '../../src/core/schema';
import { defaultSettingsSheet } from '../../src/core/settings';
import { SetUpInput, SetUpPlan, planSetUp } from '../../src/core/setUpPlan';
import { applyBlocks, presentCells } from './support/applyBlocks';

const CHAIR_EMAIL = 'Fictional.Chair@example.org';

/** A workbook as sheet name -> all its values; a missing name is a missing sheet. */
type Workbook = Record<string, SheetRow[]>;

function inputFor(workbook: Workbook, userEmail = CHAIR_EMAIL): SetUpInput {
  const headerRows: Record<string, SheetCell[] | null> = {};
  for (const [name, values] of Object.entries(workbook)) headerRows[name] = values[0] ?? [];
  return {
    headerRows,
    settingsValues: workbook.Settings ?? [],
    membersValues: workbook.Members ?? [],
    userEmail,
  };
}

/** The workbook as the adapter leaves it after carrying out the plan. */
function applyPlan(workbook: Workbook, plan: SetUpPlan): Workbook {
  const result: Workbook = { ...workbook };
  for (const { sheet, values } of plan.create) result[sheet] = values.map((row) => [...row]);
  for (const write of plan.writes) result[write.sheet] = applyBlocks(result[write.sheet], [write]);
  return result;
}

const EMPTY_SPREADSHEET: Workbook = { Sheet1: [] };

/** A tracker a group kept by hand: reordered columns, one of its own, two missing, no owned sheets. */
const ADOPTED_TRACKER: Workbook = {
  Cases: [
    ['Case Code Name', ' status ', 'Date of Report', 'Our Notes', 'Person Code Name', 'Consequences', 'Documents', 'Resolution Date', 'Resolution Source'],
    ['home shelf', 'Ongoing', { iso: '2024-01-05' }, 'called back', 'Blue Jay', '', '', '', ''],
  ],
  Members: [
    ['Email', 'Role', 'Active'],
    ['', 'a note without an email', ''],
  ],
};

describe('planSetUp', () => {
  describe('on a new spreadsheet', () => {
    const plan = planSetUp(inputFor(EMPTY_SPREADSHEET));

    it('creates every owned sheet in the order of spec 2.2', () => {
      expect(plan.create.map((sheet) => sheet.sheet)).toEqual(['Cases', 'Settings', 'Members', 'Conflicts', 'Annual Stats', 'Audit Log']);
    });

    it('gives Cases the headers of spec 2.1 in order', () => {
      expect(plan.create[0].values).toEqual([CASES_HEADERS]);
    });

    it('writes the default Settings sheet', () => {
      expect(plan.create[1].values).toEqual(defaultSettingsSheet());
    });

    it('makes the user Chair with Identity Key Access, active', () => {
      expect(plan.create[2].values).toEqual([
        ['Email', 'Role', 'Identity Key Access', 'Active'],
        ['fictional.chair@example.org', 'Chair', 'Yes', 'Yes'],
      ]);
    });

    it('gives Conflicts and Audit Log their headers', () => {
      expect([plan.create[3].values, plan.create[5].values]).toEqual([
        [['Member Email', 'Case Code Name', 'Declared On']],
        [['Timestamp', 'Member Email', 'Action', 'Case Code Names', 'Digest']],
      ]);
    });

    it('gives Annual Stats the statistics header', () => {
      expect(plan.create[4].values[0][0]).toBe('Period');
    });

    it('leaves the sheets it does not own alone', () => {
      expect(plan.writes).toEqual([]);
    });

    it('describes what it created', () => {
      expect(plan.changes).toEqual([
        'Created sheet Cases',
        'Created sheet Settings',
        'Created sheet Members',
        'Added fictional.chair@example.org to Members as Chair',
        'Created sheet Conflicts',
        'Created sheet Annual Stats',
        'Created sheet Audit Log',
      ]);
    });

    it('plans nothing the second time', () => {
      const again = planSetUp(inputFor(applyPlan(EMPTY_SPREADSHEET, plan)));
      expect([again.create, again.writes, again.changes]).toEqual([[], [], []]);
    });
  });

  describe('on an adopted tracker', () => {
    const plan = planSetUp(inputFor(ADOPTED_TRACKER));
    const repaired = applyPlan(ADOPTED_TRACKER, plan);

    it('appends the missing Cases headers after the last used column', () => {
      expect(plan.writes.filter((write) => write.sheet === 'Cases')).toEqual([
        { sheet: 'Cases', rowIndex: 0, columnIndex: 9, values: [['Safety Risk', 'Ongoing Harassment']] },
      ]);
    });

    it('matches headers trimmed and case-insensitively', () => {
      expect(plan.changes).not.toContain('Added column Status to Cases');
    });

    it('changes no present cell of Cases, including its own column', () => {
      expect(presentCells(repaired.Cases)).toEqual(expect.arrayContaining(presentCells(ADOPTED_TRACKER.Cases)));
    });

    it('adds the missing Members header', () => {
      expect(repaired.Members[0]).toEqual(['Email', 'Role', 'Active', 'Identity Key Access']);
    });

    it('adds the user as Chair below the used rows when Members lists nobody', () => {
      expect(repaired.Members[2]).toEqual(['fictional.chair@example.org', 'Chair', 'Yes', 'Yes']);
    });

    it('keeps a Members row that has no email', () => {
      expect(repaired.Members[1]).toEqual(['', 'a note without an email', '', '']);
    });

    it('creates only the owned sheets that are missing', () => {
      expect(plan.create.map((sheet) => sheet.sheet)).toEqual(['Settings', 'Conflicts', 'Annual Stats', 'Audit Log']);
    });

    it('describes each added column', () => {
      expect(plan.changes).toEqual(
        expect.arrayContaining(['Added column Safety Risk to Cases', 'Added column Ongoing Harassment to Cases', 'Added column Identity Key Access to Members']),
      );
    });

    it('plans nothing the second time', () => {
      const again = planSetUp(inputFor(repaired));
      expect([again.create, again.writes, again.changes]).toEqual([[], [], []]);
    });

    it('plans the same data validation the second time', () => {
      expect(planSetUp(inputFor(repaired)).casesValidation).toEqual(plan.casesValidation);
    });
  });

  it('leaves Members alone when it lists a member', () => {
    const workbook: Workbook = { ...ADOPTED_TRACKER, Members: [['Email', 'Role', 'Identity Key Access', 'Active'], ['fictional.member@example.org', 'Member', 'No', 'Yes']] };
    expect(planSetUp(inputFor(workbook)).writes.filter((write) => write.sheet === 'Members')).toEqual([]);
  });

  it('repairs an existing Settings sheet without changing its values', () => {
    const workbook: Workbook = { ...EMPTY_SPREADSHEET, Settings: [['Status', 'Setting', 'Value'], ['Open', 'Small-Count Threshold', 5]] };
    const repaired = applyPlan(workbook, planSetUp(inputFor(workbook)));
    expect(presentCells(repaired.Settings)).toEqual(expect.arrayContaining(presentCells(workbook.Settings)));
  });

  it('writes headers into an existing sheet that is empty', () => {
    const workbook: Workbook = { ...EMPTY_SPREADSHEET, Conflicts: [] };
    expect(applyPlan(workbook, planSetUp(inputFor(workbook))).Conflicts).toEqual([['Member Email', 'Case Code Name', 'Declared On']]);
  });

  it('refuses to name a chair it cannot identify', () => {
    expect(() => planSetUp(inputFor(EMPTY_SPREADSHEET, ' '))).toThrow('Set up needs your email address to make you the chair');
  });

  describe('data validation for Cases', () => {
    const workbook: Workbook = {
      ...ADOPTED_TRACKER,
      Settings: [['Status', 'Setting', 'Value'], ['Open', '', ''], ['Resolved', '', '']],
    };
    const rules = planSetUp(inputFor(workbook)).casesValidation;

    it('gives each list column a drop-down of its Settings list, at the column where it was found', () => {
      expect(rules.find((rule) => rule.column === 'status')).toEqual({ column: 'status', columnIndex: 1, kind: 'list', values: ['Open', 'Resolved'] });
    });

    it('uses the default list for a list Settings lacks, as the repair writes it', () => {
      expect(rules.find((rule) => rule.column === 'safetyRisk')).toEqual({ column: 'safetyRisk', columnIndex: 9, kind: 'list', values: ['Yes', 'No'] });
    });

    it('gives both date columns a date rule', () => {
      expect(rules.filter((rule) => rule.kind === 'date')).toEqual([
        { column: 'dateOfReport', columnIndex: 2, kind: 'date' },
        { column: 'resolutionDate', columnIndex: 7, kind: 'date' },
      ]);
    });

    it('leaves the code name and Documents columns without a rule', () => {
      expect(rules.map((rule) => rule.column).sort()).toEqual(
        ['consequences', 'dateOfReport', 'ongoingHarassment', 'resolutionDate', 'resolutionSource', 'safetyRisk', 'status'].sort(),
      );
    });
  });
});
