import { Member } from '../../src/core/members';
import { IdentityEntry } from '../../src/core/identityKey';
import { membersInConflictWithEveryCaseOf, membersNamed, namesOfPeople, peopleNamingMember } from '../../src/core/reportedMembers';

function member(email: string, active = true): Member {
  return { rowIndex: 1, email, role: 'Member', identityKeyAccess: false, active };
}

function entry(personCodeName: string, realName: string, aliases: string[] = [], expungedOn = ''): IdentityEntry {
  return { rowIndex: 1, realName, aliases, personCodeName, reportCount: 1, highestConsequence: '', flagged: false, expungedOn };
}

const MEMBERS = [member('fictional.member@example.org'), member('f.one@example.net'), member('fictional.gone@example.org', false)];

describe('membersNamed', () => {
  it('matches an email, differently cased and spaced', () => {
    expect(membersNamed(MEMBERS, ['  F.ONE@example.net '])).toEqual(['f.one@example.net']);
  });

  it('matches a display name made from the email, in fullwidth letters too', () => {
    expect(membersNamed(MEMBERS, ['ｆｉｃｔｉｏｎａｌ member'])).toEqual(['fictional.member@example.org']);
  });

  it('never names an inactive member, nor anyone for a blank name', () => {
    expect(membersNamed(MEMBERS, ['fictional.gone@example.org', '', ' '])).toEqual([]);
  });
});

describe('namesOfPeople and peopleNamingMember', () => {
  const entries = [entry('Blue Jay', 'Fictional Person One', ['f.one@example.net']), entry('Red Fox', 'Fictional Person Two'), entry('Green Owl', '', [], '2024-01-01')];

  it('gives every name of the people on the report, and none of anyone else', () => {
    expect(namesOfPeople(entries, ['blue jay'])).toEqual(['Fictional Person One', 'f.one@example.net']);
  });

  it('finds the people whose alias is a member email', () => {
    expect(peopleNamingMember(entries, member('F.One@example.net'))).toEqual(['Blue Jay']);
    expect(peopleNamingMember(entries, member('fictional.member@example.org'))).toEqual([]);
  });
});

describe('membersInConflictWithEveryCaseOf', () => {
  const records = [
    { caseCodeName: 'home shelf', personCodeName: 'Blue Jay' },
    { caseCodeName: 'quiet river', personCodeName: 'Blue Jay' },
    { caseCodeName: 'quiet river', personCodeName: 'Red Fox' },
  ];
  const conflict = (memberEmail: string, caseCodeName: string) => ({ rowIndex: 1, memberEmail, caseCodeName, declaredOn: null });

  it('keeps out a member in conflict with every earlier case of the person, not one with only some', () => {
    const conflicts = [conflict('f.one@example.net', 'home shelf'), conflict('f.one@example.net', 'quiet river'), conflict('fictional.member@example.org', 'home shelf')];
    expect(membersInConflictWithEveryCaseOf(records, conflicts, MEMBERS, ['Blue Jay'])).toEqual(['f.one@example.net']);
  });

  it('keeps out nobody for a person with no earlier case', () => {
    expect(membersInConflictWithEveryCaseOf(records, [], MEMBERS, ['Green Owl'])).toEqual([]);
  });
});
