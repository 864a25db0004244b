/**
 * Regression: a row given another case's code name by hand makes that case link two documents;
 * offboarding took the member off the first that opened and left them on the other, which the
 * random sequences of test/invariants found (invariant 7). Leaving means leaving every one.
 */
import { healthyWorld, KEY_HOLDER_EMAIL, CHAIR_EMAIL } from '../invariants/world';
import { linkedId } from '../invariants/checkInvariants';
import { edit, ok, run } from './helpers';

describe('offboardMember on a case whose rows link two documents', () => {
  it('takes the member off both documents, and names the case once', () => {
    const w = healthyWorld();
    const [first, second] = w.cases;
    // Row 2 is the first case's; typed with the second case's code name, the second case now has
    // rows linking the first case's document and its own.
    edit(w.workspace, 'Cases', 'B2', second.caseCodeName, { user: CHAIR_EMAIL });
    const documents = [linkedId(first.documentUrl) as string, linkedId(second.documentUrl) as string];
    expect(documents.map((id) => w.workspace.files[id].editors.includes(KEY_HOLDER_EMAIL))).toEqual([true, true]);

    const result = ok<{ removedFrom: string[] }>(run(w.workspace, 'offboardMember', { args: [KEY_HOLDER_EMAIL] }));
    expect(documents.map((id) => w.workspace.files[id].editors.includes(KEY_HOLDER_EMAIL))).toEqual([false, false]);
    expect(result.removedFrom.filter((label) => label === second.caseCodeName)).toHaveLength(1);
  });
});
