import { agreedCountText, decisionProblem, quorumHint, resultLines } from '../../src/ui/RecordDecisionDialog/decisionText';

describe('the Record a decision dialog wording', () => {
  it("states both rules with the case's numbers", () => {
    expect(quorumHint(5)).toBe(
      'Tick the members who agreed: at least two besides you. A Second Suspension or a Ban needs a majority of the 5 active members without a conflict on this case: 3, you included.',
    );
  });

  it('counts the ticked members', () => {
    expect([0, 1, 3].map(agreedCountText)).toEqual(['No members ticked.', '1 member ticked.', '3 members ticked.']);
  });

  it('asks for each consequence, the source and two members before calling the server', () => {
    const people = ['Blue Jay', ''];
    expect(decisionProblem(people, { consequences: ['Warning', ''], resolutionSource: 'CoC WG', agreed: 2 })).toBe('Choose a consequence for the row that names nobody.');
    expect(decisionProblem(people, { consequences: ['Warning', 'None'], resolutionSource: '', agreed: 2 })).toBe('Choose the resolution source.');
    expect(decisionProblem(people, { consequences: ['Warning', 'None'], resolutionSource: 'CoC WG', agreed: 1 })).toBe('Tick at least two members who agreed, besides you.');
    expect(decisionProblem(people, { consequences: ['Warning', 'None'], resolutionSource: 'CoC WG', agreed: 2 })).toBe('');
  });

  it('says who was counted, who was not, and whether the key is up to date', () => {
    const lines = resultLines({ caseCodeName: 'amber kettle', resolutionDate: '2026-12-06', agreedBy: ['a@example.org', 'b@example.org'], notCounted: 'c@example.org (is not in Members)', keyRefreshed: false });
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('Agreed by a@example.org, b@example.org.');
    expect(lines[2]).toBe('Not counted: c@example.org (is not in Members).');
    expect(lines[3]).toMatch(/Refresh identity key/);
    expect(resultLines({ caseCodeName: 'amber kettle', resolutionDate: '2026-12-06', agreedBy: ['a@example.org', 'b@example.org'], notCounted: '', keyRefreshed: true })).toHaveLength(3);
  });
});
