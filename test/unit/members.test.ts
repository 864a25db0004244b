import { Member, checkAccess, memberDisplayName, readMembers } from '../../src/core/members';
import { SheetRow } from '../../src/core/cells';
import { UserError } from '../../src/core/errors';

const CHAIR = 'chair@example.org';
const MEMBER = 'fictional.member@example.org';
const NO_KEY_MEMBER = 'fictional.helper@example.org';
const FORMER_MEMBER = 'fictional.former@example.org';
const STRANGER = 'fictional.stranger@example.org';

const MEMBERS_VALUES: SheetRow[] = [
  ['Active', 'Notes', 'Email', 'Role', 'Identity Key Access'],
  ['Yes', '', ` ${CHAIR.toUpperCase()} `, 'chair', 'Yes'],
  ['yes', '', MEMBER, 'Member', true],
  ['', '', '', '', ''],
  [true, '', NO_KEY_MEMBER, 'Observer', 'Maybe'],
  ['No', '', FORMER_MEMBER, 'Member', 'Yes'],
];

const MEMBERS: Member[] = readMembers(MEMBERS_VALUES).members;

describe('readMembers', () => {
  it('reads columns by header and lower-cases emails', () => {
    expect(MEMBERS[0]).toEqual({ rowIndex: 1, email: CHAIR, role: 'Chair', identityKeyAccess: true, active: true });
  });

  it('skips rows without an email, keeping each member’s sheet row index', () => {
    expect(MEMBERS.map((member) => member.rowIndex)).toEqual([1, 2, 4, 5]);
  });

  it('reads an unknown role as Member and an unclear flag as No', () => {
    expect(MEMBERS[2]).toMatchObject({ role: 'Member', identityKeyAccess: false, active: true });
  });

  it('names the columns it could not find', () => {
    expect(readMembers([['Email']]).missing).toEqual(['Role', 'Identity Key Access', 'Active']);
  });
});

describe('checkAccess', () => {
  it('returns the member row of an active member', () => {
    expect(checkAccess(MEMBER, MEMBERS, 'member')).toBe(MEMBERS[1]);
  });

  it('compares emails case-insensitively', () => {
    expect(checkAccess('Fictional.Member@EXAMPLE.org', MEMBERS, 'member').email).toBe(MEMBER);
  });

  it('turns away someone who is not a member', () => {
    expect(() => checkAccess(STRANGER, MEMBERS, 'member')).toThrow(
      new UserError('not-a-member', 'Only active members of the working group can use Django CoC. Ask the chair to add you.'),
    );
  });

  it('turns away a blank user, whom Apps Script gives when it cannot tell who is signed in', () => {
    expect(() => checkAccess('', MEMBERS, 'member')).toThrow(/can't see which account you are signed in with/);
  });

  it('turns away a member who is no longer active, with the inactive code', () => {
    expect(() => checkAccess(FORMER_MEMBER, MEMBERS, 'member')).toThrow(expect.objectContaining({ code: 'inactive' }));
  });

  it('turns away an inactive member even from identity key work they once had access to', () => {
    expect(() => checkAccess(FORMER_MEMBER, MEMBERS, 'identity-key')).toThrow(expect.objectContaining({ code: 'inactive' }));
  });

  it('lets the chair do chair-only work', () => {
    expect(checkAccess(CHAIR, MEMBERS, 'chair', 'export statistics').role).toBe('Chair');
  });

  it('names the action when a member tries chair-only work', () => {
    expect(() => checkAccess(MEMBER, MEMBERS, 'chair', 'export statistics')).toThrow(
      new UserError('chair-only', 'Only the chair can export statistics.'),
    );
  });

  it('falls back to a general sentence when no action is named', () => {
    expect(() => checkAccess(MEMBER, MEMBERS, 'chair')).toThrow('Only the chair can do this.');
  });

  it('lets a member with Identity Key Access use the key', () => {
    expect(checkAccess(MEMBER, MEMBERS, 'identity-key').identityKeyAccess).toBe(true);
  });

  it('tells a member without Identity Key Access plainly that they lack it', () => {
    expect(() => checkAccess(NO_KEY_MEMBER, MEMBERS, 'identity-key', 'refresh the identity key')).toThrow(
      new UserError('no-identity-key-access', 'Only members with Identity Key Access can refresh the identity key. Ask the chair if you need it.'),
    );
  });
});

describe('memberDisplayName', () => {
  it('turns the part before @ into a name', () => {
    expect(memberDisplayName(MEMBER)).toBe('Fictional Member');
  });

  it('capitalises each part of a hyphenated name', () => {
    expect(memberDisplayName('fictional.mary-ann@example.org')).toBe('Fictional Mary-Ann');
  });

  it('treats underscores as spaces and drops a +tag', () => {
    expect(memberDisplayName('Fictional_MEMBER+coc@example.org')).toBe('Fictional Member');
  });

  it('gives a blank name for a blank email', () => {
    expect(memberDisplayName('')).toBe('');
  });
});
