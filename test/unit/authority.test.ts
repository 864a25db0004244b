import { SheetProtection, activeChairs, authorityProblems, chairsToProtectFor } from '../../src/core/authority';
import type { Member } from '../../src/core/members';

const CHAIR = 'fictional.chair@example.org';
const OWNER = 'fictional.owner@example.org';
const MEMBER = 'fictional.member@example.org';

function member(email: string, role: 'Chair' | 'Member', active = true): Member {
  return { rowIndex: 1, email, role, identityKeyAccess: false, active };
}

/** Members protected as a repair leaves it, seen by a chair. */
function sound(overrides: Partial<SheetProtection> = {}): SheetProtection {
  return { sheet: 'Members', protected: true, warningOnly: false, userCanEdit: true, editors: [OWNER, CHAIR], domainEdit: false, unprotectedRanges: 0, ...overrides };
}

describe('authorityProblems', () => {
  it('finds nothing wrong with a sheet only the chairs and the owner can edit', () => {
    expect(authorityProblems([sound()], [CHAIR], OWNER, CHAIR)).toEqual([]);
  });

  it('names a missing protection', () => {
    expect(authorityProblems([sound({ protected: false })], [CHAIR], OWNER, CHAIR)).toEqual(['The Members sheet is not protected.']);
  });

  it('names every way the protection is wider than the chairs', () => {
    const problems = authorityProblems([sound({ warningOnly: true, domainEdit: true, editors: [OWNER, CHAIR, MEMBER], unprotectedRanges: 1 })], [CHAIR], OWNER, CHAIR);
    expect(problems).toEqual([
      "The Members sheet's protection only shows a warning, so anyone can still edit it.",
      "The Members sheet's protection leaves some cells unprotected.",
      'Everyone in the domain can edit the Members sheet.',
      `${MEMBER} can edit the Members sheet but is not a chair.`,
    ]);
  });

  it('tells a member who is not a chair that they can edit it, the one thing they can see', () => {
    expect(authorityProblems([sound({ editors: null, domainEdit: null })], [CHAIR], OWNER, MEMBER)).toEqual(['You can edit the Members sheet although you are not a chair.']);
    expect(authorityProblems([sound({ userCanEdit: false, editors: null, domainEdit: null })], [CHAIR], OWNER, MEMBER)).toEqual([]);
  });

  it('does not believe a Chair role that Google does not let edit Members', () => {
    const problems = authorityProblems([sound({ userCanEdit: false, editors: null, domainEdit: null })], [CHAIR, MEMBER], OWNER, MEMBER);
    expect(problems).toEqual([expect.stringMatching(/^Members lists you as a chair, but Google does not let you edit the Members sheet/)]);
  });
});

describe('chairsToProtectFor', () => {
  const members = [member(CHAIR, 'Chair'), member(MEMBER, 'Chair'), member('fictional.former@example.org', 'Chair', false)];

  it('takes the active chairs in Members while the sheets were protected', () => {
    expect(chairsToProtectFor(members, true, [CHAIR])).toEqual([CHAIR, MEMBER]);
  });

  it('takes the chairs on record when Members was open to anyone', () => {
    expect(chairsToProtectFor(members, false, [CHAIR])).toEqual([CHAIR]);
  });

  it('trusts Members once when the sheets were never protected', () => {
    expect(chairsToProtectFor(members, false, null)).toEqual(activeChairs(members));
  });
});
