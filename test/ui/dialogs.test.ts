import {
  checkMemberEmail, conflictsTickedText, filterStatusText, matchesCaseFilter, noConflictWarning, onboardingSummary,
} from '../../src/ui/OnboardingDialog/onboarding';
import { isCountCell, publishedSentence, statisticsOptions, tableCaption } from '../../src/ui/StatisticsDialog/statisticsText';
import { validationHeading } from '../../src/ui/ValidationDialog/validationText';
import { confirmationText, dueLabel, resultSentence, reviewHeading } from '../../src/ui/RetentionDialog/retentionText';

describe('matchesCaseFilter', () => {
  it('matches part of a case code name, ignoring case', () => {
    expect(matchesCaseFilter('home shelf', 'SHEL')).toBe(true);
    expect(matchesCaseFilter('home shelf', 'lamp')).toBe(false);
  });

  it('treats the space and hyphen separators alike', () => {
    expect(matchesCaseFilter('home-shelf', 'home shelf')).toBe(true);
    expect(matchesCaseFilter('home shelf', 'home-sh')).toBe(true);
  });

  it('shows every case for a blank filter', () => {
    expect(matchesCaseFilter('quiet lamp', '  ')).toBe(true);
  });
});

describe('checkMemberEmail', () => {
  it('accepts an address and refuses blank or malformed text', () => {
    expect(checkMemberEmail(' new.member@example.org ')).toBe('');
    expect(checkMemberEmail('')).toMatch(/Enter/);
    expect(checkMemberEmail('new.member')).toMatch(/email address/);
  });
});

describe('noConflictWarning', () => {
  it('asks for confirmation before sharing every case document', () => {
    expect(noConflictWarning(0, 340)).toContain('all 340 case documents');
  });

  it('has nothing to confirm once a conflict is ticked or when there are no cases', () => {
    expect(noConflictWarning(1, 340)).toBe('');
    expect(noConflictWarning(0, 0)).toBe('');
  });
});

describe('onboardingSummary', () => {
  it('gives counts, never the lists of case code names', () => {
    const shared = Array.from({ length: 250 }, (_, index) => `quiet lamp ${index}`);
    const lines = onboardingSummary({ email: 'new.member@example.org', sharedCases: shared, conflicts: ['home shelf'], identityKeyShared: true, notShared: [] });
    expect(lines).toEqual([
      'new.member@example.org is now a member of the working group.',
      'Shared the case documents of 250 cases with them.',
      'They have 1 conflict of interest on record; the documents of those cases were not shared.',
      'The identity key was shared with them.',
    ]);
  });

  it('says plainly when there were no conflicts and the key was not shared', () => {
    const lines = onboardingSummary({ email: 'm@example.org', sharedCases: [], conflicts: [], identityKeyShared: false, notShared: [] });
    expect(lines.slice(1)).toEqual(['Shared the case documents of 0 cases with them.', 'They have no conflict of interest on record.', 'The identity key was not shared.']);
  });

  it('says how far an onboarding too long for one run got, and leaves the key to the run that finishes', () => {
    const unfinished = 'Done for 100 case documents in this run; 400 more remain, as Google stops a run after six minutes. Run Onboard member for m@example.org with the same choices again to continue where this run stopped.';
    const lines = onboardingSummary({ email: 'm@example.org', sharedCases: ['home shelf'], conflicts: [], identityKeyShared: false, notShared: [], unfinished });
    expect(lines.slice(3)).toEqual(['The case folder and the identity key are done by the run that finishes.', unfinished]);
  });
});

describe('onboardingSummary when Drive would not share some files', () => {
  it('ends with each sentence saying which files and why', () => {
    const notShared = ['Your organisation does not allow sharing with people outside it, so home shelf could not be shared with fictional.person@gmail.com.'];
    const lines = onboardingSummary({ email: 'fictional.person@gmail.com', sharedCases: [], conflicts: [], identityKeyShared: false, notShared });
    expect(lines.slice(-1)).toEqual(notShared);
  });
});

describe('the onboarding counters', () => {
  it('counts ticked conflicts and filtered cases', () => {
    expect(conflictsTickedText(0)).toBe('No conflicts ticked.');
    expect(conflictsTickedText(3)).toBe('3 conflicts ticked.');
    expect(filterStatusText(4, 300, 'home')).toBe('Showing 4 of 300 cases.');
    expect(filterStatusText(0, 300, 'zzz')).toBe('No case matches the filter.');
    expect(filterStatusText(300, 300, '')).toBe('');
  });
});

describe('statisticsOptions', () => {
  it('reads the radio values', () => {
    expect(statisticsOptions('half-year', 'resolution')).toEqual({ grouping: 'half-year', dateBasis: 'resolution' });
  });

  it("falls back to the spec's defaults for anything else", () => {
    expect(statisticsOptions('', 'tomorrow')).toEqual({ grouping: 'year', dateBasis: 'report' });
  });
});

describe('the statistics wording', () => {
  it('says whether the public spreadsheet was updated', () => {
    expect(publishedSentence(true)).toMatch(/was updated/);
    expect(publishedSentence(false)).toMatch(/was not updated/);
  });

  it('captions the table with the grouping and the date basis', () => {
    expect(tableCaption({ grouping: 'half-year', dateBasis: 'resolution' })).toBe('Reports by half-year, placed by Resolution Date, newest first.');
  });

  it('right-aligns counts, including published small counts', () => {
    expect(isCountCell(12)).toBe(true);
    expect(isCountCell('<3')).toBe(true);
    expect(isCountCell('2024 H2')).toBe(false);
  });
});

describe('validationHeading', () => {
  it('counts the problems', () => {
    expect(validationHeading(1, 0)).toBe('1 problem found');
    expect(validationHeading(27, 2)).toBe('27 problems found');
  });

  it('gives the all-clear, qualified when some checks could not run', () => {
    expect(validationHeading(0, 0)).toBe('No problems found');
    expect(validationHeading(0, 1)).toBe('No problems found by the checks that ran');
  });
});

describe('the Review retention dialog\'s wording', () => {
  const due = [
    { caseCodeName: 'amber kettle', rule: 'Warning: 14 months after the Resolution Date', dueOn: '2021-05-01' },
    { personCodeName: 'Blue Jay', rule: 'Every case naming this person is expunged or due', dueOn: '2021-05-01' },
  ];

  it('counts cases and people in the heading, or says nothing is due', () => {
    expect([reviewHeading(due), reviewHeading([])]).toEqual(['Due for expunging: 1 case and 1 person', 'Nothing is due for expunging']);
  });

  it('says whether a line is a case or a person', () => {
    expect(due.map(dueLabel)).toEqual(['Case amber kettle', 'Person Blue Jay']);
  });

  it('says what confirming will do before anything is done', () => {
    expect(confirmationText(due)).toMatch(/^1 case: its document will be moved to the trash .* 1 person will keep only their person code name/);
  });

  it('reports the result, and the cases left for the next review', () => {
    expect(resultSentence({ expunged: true, expungedCases: ['amber kettle'], tombstonedPeople: 1, deferredCases: 2 })).toBe(
      'Expunged 1 case; 1 person kept only as a code name in the identity key. 2 more cases are due: review again to expunge them.',
    );
    expect(resultSentence({ expunged: false, expungedCases: [], tombstonedPeople: 0, deferredCases: 0 })).toBe('Nothing was expunged.');
  });
});
