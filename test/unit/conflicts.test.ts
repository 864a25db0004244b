import { hasConflict, readConflicts } from '../../src/core/conflicts';
import { SheetRow, calendarDate } from '../../src/core/cells';

const MEMBER = 'fictional.member@example.org';
const OTHER_MEMBER = 'fictional.helper@example.org';

const CONFLICTS_VALUES: SheetRow[] = [
  ['Declared On', 'Case Code Name', 'Member Email'],
  [calendarDate('2025-01-15'), ' home shelf ', ' Fictional.Member@Example.org '],
  ['', '', OTHER_MEMBER],
  ['last week', 'quiet-lamp', OTHER_MEMBER],
];

const { conflicts: CONFLICTS } = readConflicts(CONFLICTS_VALUES);

describe('readConflicts', () => {
  it('reads columns by header, trimming the case and lower-casing the email', () => {
    expect(CONFLICTS[0]).toEqual({ rowIndex: 1, memberEmail: MEMBER, caseCodeName: 'home shelf', declaredOn: '2025-01-15' });
  });

  it('skips rows without a member or a case', () => {
    expect(CONFLICTS.map((conflict) => conflict.rowIndex)).toEqual([1, 3]);
  });

  it('gives no declaration date when the cell is not a real date', () => {
    expect(CONFLICTS[1].declaredOn).toBeNull();
  });

  it('names the columns it could not find', () => {
    expect(readConflicts([['Member Email']]).missing).toEqual(['Case Code Name', 'Declared On']);
  });
});

describe('hasConflict', () => {
  it('finds a declared conflict', () => {
    expect(hasConflict(CONFLICTS, MEMBER, 'home shelf')).toBe(true);
  });

  it('compares emails case-insensitively', () => {
    expect(hasConflict(CONFLICTS, 'FICTIONAL.MEMBER@example.org', 'home shelf')).toBe(true);
  });

  it('treats a hyphen in an older case code name as a space, in either direction', () => {
    expect([hasConflict(CONFLICTS, MEMBER, 'Home-Shelf'), hasConflict(CONFLICTS, OTHER_MEMBER, ' quiet lamp')]).toEqual([true, true]);
  });

  it('does not extend a conflict to another case', () => {
    expect(hasConflict(CONFLICTS, MEMBER, 'quiet lamp')).toBe(false);
  });

  it('does not extend a conflict to another member', () => {
    expect(hasConflict(CONFLICTS, OTHER_MEMBER, 'home shelf')).toBe(false);
  });

  it('finds no conflict for a blank case', () => {
    expect(hasConflict(CONFLICTS, MEMBER, ' ')).toBe(false);
  });
});
