/**
 * The sequence runner's own rules beyond the invariants: a hand edit of `Members` or `Settings`
 * that lands for someone who is neither a chair nor the owner fails the sequence (spec section 9:
 * Google's protection must refuse it), while a refused edit is traced as refused and the sequence
 * goes on.
 */
import { copyOf } from '../integration/helpers';
import { ACTORS, Command } from './commands';
import { runSequence } from './sequence';
import { MEMBER_EMAIL, World, healthyWorld } from './world';

let shared: World;
beforeAll(() => {
  shared = healthyWorld();
});

/** The member types Yes into their own Identity Key Access cell (Members row 4, the third column offered, its first value). */
const MEMBER_TYPES_INTO_MEMBERS: Command[] = [{ name: 'typeIntoMembers', actor: ACTORS.indexOf(MEMBER_EMAIL), picks: [2, 2, 0], flags: [] }];

describe('runSequence', () => {
  it('lets Google refuse a member typing into Members, and carries on', () => {
    expect(() => runSequence(shared.workspace, MEMBER_TYPES_INTO_MEMBERS, 1, { secrets: shared.secrets })).not.toThrow();
  });

  it('fails when a member’s typing into Members lands, as it would with the protection gone', () => {
    const unprotected = copyOf(shared.workspace);
    delete unprotected.spreadsheets[unprotected.activeSpreadsheetId].protections;
    expect(() => runSequence(unprotected, MEMBER_TYPES_INTO_MEMBERS, 1, { secrets: shared.secrets })).toThrow(/changed Members by hand, which only the chairs and the owner may/);
  });
});
