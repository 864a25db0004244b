/**
 * Set up or repair (spec section 5) through the built bundle: a second run changes nothing, and
 * adopting an existing tracker keeps its data, order and extra columns.
 */
import type { SetUpResult } from '../../src/core/apiTypes';
import type { CellValue } from '../../emulator/workspace/state';
import {
  MEMBER_EMAIL, addMember, copyOf, errorOf, freshWorkspace, headerOf, ok, run, sheetState, setUpWorkspace,
} from './helpers';

const SCHEMA = [
  'Date of Report', 'Case Code Name', 'Person Code Name', 'Status', 'Resolution Source', 'Resolution Date',
  'Safety Risk', 'Ongoing Harassment', 'Consequences', 'Documents',
];

/** A group's own tracker: shuffled columns, a column of its own, no Documents or Resolution Source, hyphenated names. */
const OWN_HEADER = ['Status', 'Our Notes', 'Case Code Name', 'date of report ', 'Person Code Name', 'Safety Risk', 'Ongoing Harassment', 'Consequences', 'Resolution Date'];
const OWN_ROWS: CellValue[][] = [
  ['Resolved', 'kept on file', 'amber-kettle', { date: '2015-01-17T00:00:00.000Z' }, 'Blue Jay', 'No', 'No', 'Warning', { date: '2015-02-02T00:00:00.000Z' }],
  ['Ongoing', '', 'quiet-lantern', { date: '2015-02-09T00:00:00.000Z' }, '', 'No', 'Maybe', '', ''],
  ['Resolved', '=SUM(1,2)', 'silver-meadow', { date: '2015-04-30T00:00:00.000Z' }, 'Teal Wren', 'Yes', 'No', 'None', { date: '2015-05-01T00:00:00.000Z' }],
];

function adoptedTracker() {
  const workspace = freshWorkspace();
  const sheet = sheetState(workspace, 'Sheet1');
  sheet.name = 'Cases';
  sheet.values = [OWN_HEADER, ...OWN_ROWS].map((row) => [...row]);
  return workspace;
}

describe('setUpSpreadsheet', () => {
  it('creates the owned sheets on a blank spreadsheet', () => {
    const result = ok<SetUpResult>(run(freshWorkspace(), 'setUpSpreadsheet'));
    expect(result.created).toEqual(['Cases', 'Settings', 'Members', 'Conflicts', 'Annual Stats', 'Audit Log']);
  });

  it('returns created [] and changed [] on a second run', () => {
    const workspace = setUpWorkspace();
    expect(ok<SetUpResult>(run(workspace, 'setUpSpreadsheet'))).toEqual({ created: [], changed: [], warnings: [] });
  });

  it('leaves the whole workspace unchanged on a second run', () => {
    const workspace = setUpWorkspace();
    const before = copyOf(workspace);
    run(workspace, 'setUpSpreadsheet');
    expect(workspace).toEqual(before);
  });

  it('writes the spec columns as the Cases header of a new tracker', () => {
    expect(headerOf(setUpWorkspace(), 'Cases')).toEqual(SCHEMA);
  });

  it('refuses a member who is not the chair, changing nothing', () => {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'setUpSpreadsheet', { user: MEMBER_EMAIL }))).toBe('Only the chair can run set up or repair.');
    expect(workspace).toEqual(before);
  });
});

describe('setUpSpreadsheet adopting an existing tracker', () => {
  it('leaves every existing cell of the tracker as it was', () => {
    const workspace = adoptedTracker();
    ok(run(workspace, 'setUpSpreadsheet'));
    const values = sheetState(workspace, 'Cases').values;
    expect(values.slice(0, OWN_ROWS.length + 1).map((row) => row.slice(0, OWN_HEADER.length))).toEqual([OWN_HEADER, ...OWN_ROWS]);
  });

  it('adds the missing headers after the last column, in the spec order', () => {
    const workspace = adoptedTracker();
    ok(run(workspace, 'setUpSpreadsheet'));
    expect(headerOf(workspace, 'Cases').slice(OWN_HEADER.length)).toEqual(['Resolution Source', 'Documents']);
  });

  it('writes nothing below the new headers', () => {
    const workspace = adoptedTracker();
    ok(run(workspace, 'setUpSpreadsheet'));
    const added = sheetState(workspace, 'Cases').values.slice(1).map((row) => row.slice(OWN_HEADER.length).filter((cell) => cell !== ''));
    expect(added.flat()).toEqual([]);
  });

  it('reports the columns it added', () => {
    const result = ok<SetUpResult>(run(adoptedTracker(), 'setUpSpreadsheet'));
    expect(result.changed).toEqual(expect.arrayContaining(['Added column Resolution Source to Cases', 'Added column Documents to Cases']));
  });

  it('changes nothing when run again on the adopted tracker', () => {
    const workspace = adoptedTracker();
    ok(run(workspace, 'setUpSpreadsheet'));
    const before = copyOf(workspace);
    expect(ok<SetUpResult>(run(workspace, 'setUpSpreadsheet'))).toEqual({ created: [], changed: [], warnings: [] });
    expect(workspace).toEqual(before);
  });

  it('puts the Status drop-down on the Status column wherever it stands', () => {
    const workspace = adoptedTracker();
    ok(run(workspace, 'setUpSpreadsheet'));
    const rules = sheetState(workspace, 'Cases').dataValidations.filter((entry) => entry.rule?.criteria === 'VALUE_IN_LIST');
    const statusRule = rules.find((entry) => entry.range.startsWith('A2:'));
    expect(statusRule?.rule?.values).toEqual(['Ongoing', 'Resolved']);
  });
});
