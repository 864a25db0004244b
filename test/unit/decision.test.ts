import { CaseRecord } from '../../src/core/caseRecord';
import { calendarDate } from '../../src/core/cells';
import { Conflict } from '../../src/core/conflicts';
import {
  countAgreement,
  decisionEntryText,
  decisionRowsBlock,
  majorityOf,
  needsMajority,
  readDecisionRequest,
  requireQuorum,
  QuorumInput,
} from '../../src/core/decision';
import { isUserError } from '../../src/core/errors';
import { Member } from '../../src/core/members';
import { defaultVocabularies } from '../../src/core/vocabularies';

const CASE = 'amber kettle';
const CHAIR = 'chair@example.org';

function member(email: string, overrides: Partial<Member> = {}): Member {
  return { rowIndex: 1, email, role: 'Member', identityKeyAccess: false, active: true, ...overrides };
}

function conflict(memberEmail: string, caseCodeName = CASE): Conflict {
  return { rowIndex: 1, memberEmail, caseCodeName, declaredOn: '2025-01-01' };
}

/** The chair and five members: one with a conflict on the case, one who left. */
const MEMBERS: Member[] = [
  member(CHAIR, { role: 'Chair' }),
  member('one@example.org'),
  member('two@example.org'),
  member('three@example.org'),
  member('conflicted@example.org'),
  member('former@example.org', { active: false }),
];
const CONFLICTS: Conflict[] = [conflict('conflicted@example.org'), conflict('one@example.org', 'other case')];

function quorum(agreedBy: string[], consequences = ['Warning'], overrides: Partial<QuorumInput> = {}): QuorumInput {
  return { caseCodeName: CASE, recorder: CHAIR, agreedBy, members: MEMBERS, conflicts: CONFLICTS, consequences, ...overrides };
}

/** The code and message a call throws, so a test cannot pass when nothing is thrown. */
function refusal(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (isUserError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal, and nothing was thrown');
}

describe('countAgreement', () => {
  it('counts active members without a conflict on the case, each once, whatever their spelling', () => {
    const counted = countAgreement(quorum(['one@example.org', ' ONE@example.org ', 'two@example.org']));
    expect(counted.counted).toEqual(['one@example.org', 'two@example.org']);
    expect(counted.notCounted).toEqual([]);
  });

  it('names a conflicted, an inactive, an unknown member and the recorder, and counts none of them', () => {
    const counted = countAgreement(quorum(['conflicted@example.org', 'former@example.org', 'stranger@example.org', CHAIR, 'two@example.org']));
    expect(counted.counted).toEqual(['two@example.org']);
    expect(counted.notCounted).toEqual([
      { email: 'conflicted@example.org', reason: 'conflict' },
      { email: 'former@example.org', reason: 'inactive' },
      { email: 'stranger@example.org', reason: 'not a member' },
      { email: CHAIR, reason: 'recording it' },
    ]);
  });

  it('counts the eligible members as the active ones without a conflict on this case, the recorder included', () => {
    // chair, one (conflicted on another case only), two, three: 4 of the 6 rows.
    expect(countAgreement(quorum([])).eligible).toBe(4);
  });
});

describe('needsMajority', () => {
  it('asks for a majority for a Second Suspension or a Ban, in any capitalisation', () => {
    expect(needsMajority(['Warning', 'second  suspension'])).toBe(true);
    expect(needsMajority(['BAN'])).toBe(true);
    expect(needsMajority(['First Suspension', 'Warning', 'None'])).toBe(false);
  });
});

describe('majorityOf', () => {
  it('is more than half', () => {
    expect(majorityOf(4)).toBe(3);
    expect(majorityOf(5)).toBe(3);
    expect(majorityOf(6)).toBe(4);
    expect(majorityOf(1)).toBe(1);
  });
});

describe('requireQuorum', () => {
  it('accepts two agreeing members besides the one recording it', () => {
    expect(requireQuorum(quorum(['one@example.org', 'two@example.org'])).counted).toHaveLength(2);
  });

  it('refuses one agreeing member, stating the rule in one sentence', () => {
    const { code, message } = refusal(() => requireQuorum(quorum(['one@example.org'])));
    expect(code).toBe('too-few-agreed');
    expect(message).toBe(
      'A decision needs at least two active members without a conflict on the case to agree, besides the member recording it; 1 agreed, so nothing was recorded.',
    );
  });

  it('does not count a conflicted member towards the two, and names them', () => {
    const { code, message } = refusal(() => requireQuorum(quorum(['one@example.org', 'conflicted@example.org'])));
    expect(code).toBe('too-few-agreed');
    expect(message).toContain('1 agreed');
    expect(message).toContain('Not counted: conflicted@example.org (has a conflict of interest on this case).');
  });

  it('does not count the recorder listing themselves, nor an offboarded member', () => {
    const { message } = refusal(() => requireQuorum(quorum([CHAIR, 'former@example.org', 'two@example.org'])));
    expect(message).toContain('1 agreed');
    expect(message).toContain(`${CHAIR} (is recording it), former@example.org (is no longer an active member)`);
  });

  it('accepts a Ban agreed by three of four eligible members (the recorder and two others)', () => {
    // Eligible: chair, one, two, three = 4; a majority is 3.
    expect(requireQuorum(quorum(['one@example.org', 'two@example.org'], ['Ban'])).counted).toHaveLength(2);
  });

  it('refuses a Second Suspension agreed by three of six eligible members, stating the majority rule', () => {
    const six = [...MEMBERS, member('four@example.org'), member('five@example.org')];
    // Eligible: chair, one, two, three, four, five = 6; three in favour is half, not a majority.
    const { code, message } = refusal(() => requireQuorum(quorum(['one@example.org', 'two@example.org'], ['Warning', 'Second Suspension'], { members: six })));
    expect(code).toBe('no-majority');
    expect(message).toBe(
      'A Second Suspension or a Ban needs a majority of the 6 active members without a conflict on the case (4, the member recording it included); 3 agreed, so nothing was recorded.',
    );
  });

  it('leaves a conflicted member out of the majority it counts against', () => {
    // Six active, one conflicted: five eligible, so three in favour is a majority.
    const six = [...MEMBERS, member('four@example.org')];
    expect(requireQuorum(quorum(['one@example.org', 'two@example.org'], ['Ban'], { members: six })).eligible).toBe(5);
  });
});

const LISTS = { people: ['Blue Jay', 'Red Fox'], consequences: defaultVocabularies().consequences, resolutionSources: defaultVocabularies().resolutionSource };

describe('readDecisionRequest', () => {
  const good = { consequences: { 'Blue Jay': 'Warning', 'Red Fox': 'none' }, resolutionSource: 'coc wg', agreedBy: [' one@example.org', 'two@example.org'] };

  it("reads each person's consequence and the source in the lists' own spelling", () => {
    expect(readDecisionRequest(good, LISTS)).toEqual({
      consequences: [
        { personCodeName: 'Blue Jay', consequence: 'Warning' },
        { personCodeName: 'Red Fox', consequence: 'None' },
      ],
      resolutionSource: 'CoC WG',
      agreedBy: ['one@example.org', 'two@example.org'],
    });
  });

  it('matches person code names as code names compare (case and spacing)', () => {
    expect(readDecisionRequest({ ...good, consequences: { 'blue  jay': 'Ban', 'RED FOX': 'Ban' } }, LISTS).consequences.map((entry) => entry.personCodeName)).toEqual(['Blue Jay', 'Red Fox']);
  });

  it('reads the row that names nobody under the empty name', () => {
    expect(readDecisionRequest({ ...good, consequences: { '': 'Not a violation' } }, { ...LISTS, people: [''] }).consequences).toEqual([{ personCodeName: '', consequence: 'Not a violation' }]);
  });

  it('refuses a consequence outside the Consequences list, naming the person and not the value', () => {
    const { code, message } = refusal(() => readDecisionRequest({ ...good, consequences: { 'Blue Jay': 'Shouted at', 'Red Fox': 'None' } }, LISTS));
    expect(code).toBe('unknown-consequence');
    expect(message).toBe('The consequence chosen for Blue Jay is not in the Consequences list in Settings, so nothing was recorded.');
  });

  it('refuses a person who is not on the case without repeating what was typed', () => {
    const { code, message } = refusal(() => readDecisionRequest({ ...good, consequences: { ...good.consequences, 'Fictional Person One': 'Ban' } }, LISTS));
    expect(code).toBe('person-not-on-case');
    expect(message).not.toContain('Fictional');
  });

  it('refuses when a person on the case has no consequence', () => {
    expect(refusal(() => readDecisionRequest({ ...good, consequences: { 'Blue Jay': 'Warning' } }, LISTS))).toEqual({
      code: 'missing-consequence',
      message: 'Choose a consequence for Red Fox, so nothing was recorded.',
    });
  });

  it('refuses a malformed email without repeating it', () => {
    const { code, message } = refusal(() => readDecisionRequest({ ...good, agreedBy: ['one@example.org', 'Fictional Person Two'] }, LISTS));
    expect(code).toBe('malformed-email');
    expect(message).not.toContain('Fictional');
  });

  it('refuses a resolution source outside the list, and shapes that are not a decision', () => {
    expect(refusal(() => readDecisionRequest({ ...good, resolutionSource: 'Somebody' }, LISTS)).code).toBe('unknown-resolution-source');
    expect(refusal(() => readDecisionRequest(null, LISTS)).code).toBe('invalid-decision');
    expect(refusal(() => readDecisionRequest({ ...good, consequences: ['Warning'] }, LISTS)).code).toBe('invalid-decision');
    expect(refusal(() => readDecisionRequest({ ...good, agreedBy: 'one@example.org' }, LISTS)).code).toBe('invalid-decision');
  });
});

describe('decisionEntryText', () => {
  it('says the date, each consequence, the source and who agreed, in one line', () => {
    expect(
      decisionEntryText({
        date: '2025-04-02',
        consequences: [
          { personCodeName: 'Blue Jay', consequence: 'Warning' },
          { personCodeName: '', consequence: 'None' },
        ],
        resolutionSource: 'CoC WG',
        agreedBy: ['one@example.org', 'two@example.org', 'three@example.org'],
        recordedBy: CHAIR,
      }),
    ).toBe(
      '2025-04-02: decision agreed. Blue Jay: Warning; the row that names nobody: None. Resolution source: CoC WG. Agreed by one@example.org, two@example.org and three@example.org; recorded by chair@example.org.',
    );
  });
});

describe('decisionRowsBlock', () => {
  // Header in the default order: A Date of Report ... D Status, E Source, F Date, G Safety, H Ongoing, I Consequences, J Documents.
  const values = [
    ['Date of Report', 'Case Code Name', 'Person Code Name', 'Status', 'Resolution Source', 'Resolution Date', 'Safety Risk', 'Ongoing Harassment', 'Consequences', 'Documents'],
    [calendarDate('2025-03-01'), CASE, 'Blue Jay', 'Ongoing', '', '', 'No', 'Maybe', '', 'link'],
    [calendarDate('2025-03-02'), 'home shelf', 'Green Owl', 'Ongoing', '', '', '=odd', 'No', '', 'link'],
    [calendarDate('2025-03-01'), CASE, 'Red Fox', 'Ongoing', '', '', 'Yes', 'No', '', 'link'],
  ];
  const record = (rowIndex: number, personCodeName: string) => ({ rowIndex, personCodeName }) as CaseRecord;

  it("sets the four columns on the case's rows in one block and writes the rest back as read", () => {
    const block = decisionRowsBlock({
      values,
      columns: { status: 3, resolutionSource: 4, resolutionDate: 5, consequences: 8 },
      rows: [record(1, 'Blue Jay'), record(3, 'Red Fox')],
      consequences: [
        { personCodeName: 'Blue Jay', consequence: 'Warning' },
        { personCodeName: 'Red Fox', consequence: 'Ban' },
      ],
      resolvedStatus: 'Resolved',
      resolutionSource: 'CoC WG',
      resolutionDate: '2025-04-02',
    });
    expect(block.row).toBe(2);
    expect(block.column).toBe(4);
    expect(block.cells).toEqual([
      ["'Resolved", "'CoC WG", calendarDate('2025-04-02'), "'No", "'Maybe", "'Warning"],
      ["'Ongoing", '', '', "'=odd", "'No", ''],
      ["'Resolved", "'CoC WG", calendarDate('2025-04-02'), "'Yes", "'No", "'Ban"],
    ]);
  });
});
