import { CaseRecord } from '../../src/core/caseRecord';
import { SheetRow } from '../../src/core/cells';
import {
  FLAGGED,
  NOBODY_IDENTIFIABLE,
  RETENTION_COLUMNS,
  RetentionPerson,
  addMonths,
  caseTerm,
  defaultRetentionRow,
  expungedCellText,
  expungedOn,
  expungedPersonKeys,
  findDue,
  fitJournal,
  parseJournal,
  readRetentionTable,
  retentionLabels,
  serialiseJournal,
} from '../../src/core/retention';
import { defaultVocabularies } from '../../src/core/vocabularies';

const LADDER = defaultVocabularies().consequences;
const HEADER = Object.values(RETENTION_COLUMNS);

/** Settings as set-up writes the retention table: every default row. */
function defaultTableValues(): SheetRow[] {
  return [HEADER, ...retentionLabels(LADDER).map(defaultRetentionRow)];
}

const DEFAULT_TABLE = readRetentionTable(defaultTableValues(), LADDER).table;

let nextRow = 1;
function row(overrides: Partial<CaseRecord>): CaseRecord {
  return {
    rowIndex: nextRow++,
    dateOfReport: '2024-01-10',
    caseCodeName: 'home shelf',
    personCodeName: 'Blue Jay',
    status: 'Resolved',
    resolutionSource: 'CoC WG',
    resolutionDate: '2024-01-31',
    safetyRisk: 'No',
    ongoingHarassment: 'No',
    consequences: 'Warning',
    documents: '',
    raw: {},
    ...overrides,
  };
}

const NOBODY_FLAGGED = () => false;

function person(personCodeName: string, overrides: Partial<RetentionPerson> = {}): RetentionPerson {
  return { personCodeName, flagged: false, tombstoned: false, ...overrides };
}

function dueOnFor(rows: CaseRecord[], flagged: (name: string) => boolean = NOBODY_FLAGGED): string | null {
  return caseTerm(rows, DEFAULT_TABLE, flagged).dueOn;
}

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2024-03-15', 14)).toBe('2025-05-15');
  });

  it('stops at the last day of a shorter month: 31 January + 1 month is 29 February in a leap year', () => {
    expect([addMonths('2024-01-31', 1), addMonths('2023-01-31', 1)]).toEqual(['2024-02-29', '2023-02-28']);
  });

  it('takes 29 February to 28 February a year on', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('crosses year ends', () => {
    expect(addMonths('2023-11-30', 26)).toBe('2026-01-30');
  });

  it('returns the same day for 0 months', () => {
    expect(addMonths('2024-05-20', 0)).toBe('2024-05-20');
  });

  it('refuses a day that does not exist or a negative count', () => {
    expect(() => addMonths('2023-02-29', 1)).toThrow('not an ISO day');
    expect(() => addMonths('2024-01-01', -1)).toThrow('whole number');
  });
});

describe('readRetentionTable', () => {
  it('reads spec 14\'s defaults as set-up writes them', () => {
    const { table, problems } = readRetentionTable(defaultTableValues(), LADDER);
    expect(problems).toEqual([]);
    expect(Object.fromEntries([...table.consequences.values()].map((term) => [term.label, [term.monthsKept, term.suspensionMonths]]))).toEqual({
      None: [14, 0],
      'Not a violation': [0, 0],
      'Out of scope': [0, 0],
      Other: [14, 0],
      Warning: [14, 0],
      'First Suspension': [26, 3],
      'Second Suspension': [26, 12],
      Ban: [null, 0],
    });
    expect([table.nobodyIdentifiable, table.flagged]).toEqual([
      { monthsKept: 6, suspensionMonths: 0 },
      { monthsKept: 26, suspensionMonths: 0 },
    ]);
  });

  it('finds the columns by header anywhere in Settings', () => {
    const values: SheetRow[] = [
      ['Status', 'Suspension Months', 'Notes', 'months kept', 'Retention For'],
      ['Ongoing', '', '', 7, 'Warning'],
    ];
    const { table, problems } = readRetentionTable(values, LADDER);
    expect(problems).toEqual([]);
    expect(table.consequences.get('warning')).toEqual({ label: 'Warning', monthsKept: 7, suspensionMonths: 0 });
  });

  it('names the cell of a term that is not a whole number of months', () => {
    const values: SheetRow[] = [HEADER, ['Warning', 'fourteen', ''], ['Other', -2, ''], ['None', 1.5, '']];
    expect(readRetentionTable(values, LADDER).problems).toEqual([
      expect.stringMatching(/^Settings!B2: Months Kept must be a whole number/),
      expect.stringMatching(/^Settings!B3: Months Kept must be a whole number/),
      expect.stringMatching(/^Settings!B4: Months Kept must be a whole number/),
    ]);
  });

  it('names the cell of a suspension length that cannot be read', () => {
    const values: SheetRow[] = [HEADER, ['First Suspension', 26, 'three']];
    expect(readRetentionTable(values, LADDER).problems).toEqual([expect.stringMatching(/^Settings!C2: Suspension Months must be/)]);
  });

  it('names a row for something that is not a Consequences value, without quoting it', () => {
    const values: SheetRow[] = [HEADER, ['Fictional Person One', 3, '']];
    const { problems } = readRetentionTable(values, LADDER);
    expect(problems).toEqual(['Settings!A2 is neither a value of the Consequences list nor Nobody identifiable or Flagged.']);
  });

  it('names a repeated row and a term without a label', () => {
    const values: SheetRow[] = [HEADER, ['Warning', 14, ''], ['warning', 1, ''], ['', 5, '']];
    expect(readRetentionTable(values, LADDER).problems).toEqual([
      'Settings!A3 repeats a retention row already given in Settings!A2.',
      'Settings!B4 has a retention term but Settings!A4 does not say what it is for.',
    ]);
  });

  it('says the table is missing rather than using any term', () => {
    const { problems } = readRetentionTable([['Status'], ['Ongoing']], LADDER);
    expect(problems).toEqual([expect.stringContaining('Settings has no retention table (Retention For, Months Kept, Suspension Months missing)')]);
  });

  it('keeps a Consequences value that has no row until the chair decides', () => {
    const values: SheetRow[] = [HEADER, ['Warning', 14, '']];
    const { table } = readRetentionTable(values, [...LADDER, 'Mentoring']);
    expect(caseTerm([row({ consequences: 'Mentoring' })], table, NOBODY_FLAGGED)).toEqual({ dueOn: null, rule: 'Mentoring: kept until the chair decides' });
  });
});

describe('caseTerm: each Consequences value, resolved on 31 January 2024', () => {
  it.each([
    ['None', '2025-03-31', 'None: 14 months after the Resolution Date'],
    ['Not a violation', '2024-01-31', 'Not a violation: 0 months after the Resolution Date'],
    ['Out of scope', '2024-01-31', 'Out of scope: 0 months after the Resolution Date'],
    ['Other', '2025-03-31', 'Other: 14 months after the Resolution Date'],
    ['Warning', '2025-03-31', 'Warning: 14 months after the Resolution Date'],
    // 3 + 26 = 29 months from 31 January 2024: 30 June 2026, June having 30 days.
    ['First Suspension', '2026-06-30', 'First Suspension: the 3 months suspension, then 26 months'],
    // 12 + 26 = 38 months: 31 March 2027.
    ['Second Suspension', '2027-03-31', 'Second Suspension: the 12 months suspension, then 26 months'],
    ['Ban', null, 'Ban: kept until the chair decides'],
  ])('%s is due on %s', (consequences, dueOn, rule) => {
    expect(caseTerm([row({ consequences })], DEFAULT_TABLE, NOBODY_FLAGGED)).toEqual({ dueOn, rule });
  });

  it('counts a suspension\'s length from the table: a 6-month First Suspension is kept 6 + 26 months', () => {
    const values = defaultTableValues().map((cells) => (cells[0] === 'First Suspension' ? ['First Suspension', 26, 6] : cells));
    const { table } = readRetentionTable(values, LADDER);
    // 32 months from 31 January 2024: 30 September 2026.
    expect(caseTerm([row({ consequences: 'First Suspension' })], table, NOBODY_FLAGGED).dueOn).toBe('2026-09-30');
  });
});

describe('caseTerm: the case as a whole', () => {
  it('lets the most protective row of a multi-person case win', () => {
    const rows = [
      row({ personCodeName: 'Blue Jay', consequences: 'Warning' }),
      row({ personCodeName: 'Red Fox', consequences: 'First Suspension', resolutionDate: '2024-01-15' }),
      row({ personCodeName: 'Grey Heron', consequences: 'Not a violation' }),
    ];
    // Red Fox: 15 January 2024 + 29 months = 15 June 2026, later than Blue Jay's 31 March 2025.
    expect(caseTerm(rows, DEFAULT_TABLE, NOBODY_FLAGGED)).toEqual({ dueOn: '2026-06-15', rule: 'First Suspension: the 3 months suspension, then 26 months' });
  });

  it('keeps a case with a Ban row however short the other rows are', () => {
    const rows = [row({ consequences: 'Not a violation' }), row({ personCodeName: 'Red Fox', consequences: 'Ban' })];
    expect(dueOnFor(rows)).toBeNull();
  });

  it('gives a case that names nobody the Nobody identifiable term, 6 months', () => {
    expect(caseTerm([row({ personCodeName: '', consequences: 'Warning', resolutionDate: '2024-08-31' })], DEFAULT_TABLE, NOBODY_FLAGGED)).toEqual({
      dueOn: '2025-02-28',
      rule: `${NOBODY_IDENTIFIABLE}: 6 months after the Resolution Date`,
    });
  });

  it('keeps a flagged person\'s Warning for the Flagged term, 26 months, as it is longer', () => {
    expect(caseTerm([row({ personCodeName: 'Blue Jay', consequences: 'Warning' })], DEFAULT_TABLE, (name) => name === 'Blue Jay')).toEqual({
      dueOn: '2026-03-31',
      rule: `${FLAGGED} person: 26 months after the Resolution Date`,
    });
  });

  it('keeps a flagged person\'s Second Suspension for its own, longer term', () => {
    expect(dueOnFor([row({ consequences: 'Second Suspension' })], () => true)).toBe('2027-03-31');
  });

  it('never makes an ongoing case due, even when its other rows are long resolved', () => {
    const rows = [
      row({ consequences: 'Not a violation', resolutionDate: '2015-01-01' }),
      row({ personCodeName: 'Red Fox', status: 'Ongoing', resolutionSource: '', resolutionDate: null, consequences: '' }),
    ];
    expect(caseTerm(rows, DEFAULT_TABLE, NOBODY_FLAGGED)).toEqual({ dueOn: null, rule: 'Ongoing: never due while the case is open' });
  });

  it('keeps a resolved row without a Resolution Date', () => {
    expect(dueOnFor([row({ resolutionDate: null })])).toBeNull();
  });

  it('keeps a resolved row whose Consequences is blank', () => {
    expect(dueOnFor([row({ consequences: '' })])).toBeNull();
  });
});

describe('findDue', () => {
  const people = [person('Blue Jay'), person('Red Fox'), person('Grey Heron')];

  it('makes a case due on the boundary day itself and not the day before', () => {
    // Warning resolved 15 March 2025 + 14 months: due 15 May 2026.
    const records = [row({ caseCodeName: 'calm river', resolutionDate: '2025-03-15' })];
    const dayBefore = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-05-14' });
    const onTheDay = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-05-15' });
    expect(dayBefore.cases).toEqual([]);
    expect(onTheDay.cases.map(({ caseCodeName, dueOn, rule }) => ({ caseCodeName, dueOn, rule }))).toEqual([
      { caseCodeName: 'calm river', dueOn: '2026-05-15', rule: 'Warning: 14 months after the Resolution Date' },
    ]);
  });

  it('keeps a 2023 Warning while the same person\'s 2025 Warning is kept, and makes both due when it ends', () => {
    const records = [
      row({ caseCodeName: 'amber kettle', dateOfReport: '2023-02-01', resolutionDate: '2023-03-01' }),
      row({ caseCodeName: 'sunlit porch', dateOfReport: '2025-02-11', resolutionDate: '2025-03-10' }),
    ];
    // The 2023 case alone would be due on 1 May 2024; the 2025 one is due on 10 May 2026.
    const during = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-05-09' });
    expect(during.cases).toEqual([]);
    const after = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-05-10' });
    expect(after.cases.map(({ caseCodeName, dueOn, rule }) => ({ caseCodeName, dueOn, rule }))).toEqual([
      {
        caseCodeName: 'amber kettle',
        dueOn: '2026-05-10',
        rule: 'Kept as long as sunlit porch, a later case about Blue Jay (Warning: 14 months after the Resolution Date)',
      },
      { caseCodeName: 'sunlit porch', dueOn: '2026-05-10', rule: 'Warning: 14 months after the Resolution Date' },
    ]);
    expect(after.people).toEqual([{ personCodeName: 'Blue Jay', rule: 'Every case naming this person is expunged or due', dueOn: '2026-05-10' }]);
  });

  it('does not extend an earlier case for a later report that was not a violation', () => {
    const records = [
      row({ caseCodeName: 'amber kettle', dateOfReport: '2023-02-01', resolutionDate: '2023-03-01' }),
      row({ caseCodeName: 'sunlit porch', dateOfReport: '2025-02-11', resolutionDate: '2025-03-10', consequences: 'Not a violation' }),
    ];
    const { cases } = findDue({ records, people, table: DEFAULT_TABLE, today: '2025-04-01' });
    expect(cases.map((entry) => [entry.caseCodeName, entry.dueOn])).toEqual([
      ['amber kettle', '2024-05-01'],
      ['sunlit porch', '2025-03-10'],
    ]);
  });

  it('keeps an earlier case while the same person\'s later case is still ongoing', () => {
    const records = [
      row({ caseCodeName: 'amber kettle', dateOfReport: '2023-02-01', resolutionDate: '2023-03-01' }),
      row({ caseCodeName: 'hidden meadow', dateOfReport: '2025-11-03', status: 'Ongoing', resolutionDate: null, consequences: '' }),
    ];
    expect(findDue({ records, people, table: DEFAULT_TABLE, today: '2030-01-01' }).cases).toEqual([]);
  });

  it('passes a term down a chain of three cases about two people', () => {
    const records = [
      row({ caseCodeName: 'early pier', personCodeName: 'Red Fox', dateOfReport: '2021-01-05', resolutionDate: '2021-02-01' }),
      row({ caseCodeName: 'mossy bridge', personCodeName: 'Red Fox', dateOfReport: '2022-01-05', resolutionDate: '2022-02-01' }),
      row({ caseCodeName: 'mossy bridge', personCodeName: 'Grey Heron', dateOfReport: '2022-01-05', resolutionDate: '2022-02-01' }),
      row({ caseCodeName: 'spare pocket', personCodeName: 'Grey Heron', dateOfReport: '2023-01-05', resolutionDate: '2023-02-01', consequences: 'Ban' }),
    ];
    expect(findDue({ records, people, table: DEFAULT_TABLE, today: '2040-01-01' }).cases).toEqual([]);
  });

  it('lists neither a case whose Documents already say Expunged nor its person twice, but tombstones the person once all are expunged', () => {
    const records = [
      row({ caseCodeName: 'amber kettle', resolutionDate: '2020-01-01', documents: expungedCellText('2021-03-01') }),
      row({ caseCodeName: 'quiet lantern', personCodeName: 'Red Fox', resolutionDate: '2020-01-01', documents: 'https://docs.google.com/document/d/abc/edit' }),
    ];
    const review = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-01-01' });
    expect(review.cases.map((entry) => entry.caseCodeName)).toEqual(['quiet lantern']);
    expect(review.people).toEqual([
      { personCodeName: 'Blue Jay', rule: 'Every case naming this person is expunged or due', dueOn: '2021-03-01' },
      { personCodeName: 'Red Fox', rule: 'Every case naming this person is expunged or due', dueOn: '2021-03-01' },
    ]);
  });

  it('does not tombstone a person while one of their cases is kept', () => {
    const records = [
      row({ caseCodeName: 'amber kettle', dateOfReport: '2019-01-01', resolutionDate: '2019-02-01', personCodeName: 'Red Fox', consequences: 'Ban' }),
      row({ caseCodeName: 'amber kettle', dateOfReport: '2019-01-01', resolutionDate: '2019-02-01', personCodeName: 'Grey Heron', consequences: 'Not a violation' }),
      row({ caseCodeName: 'quiet lantern', dateOfReport: '2020-01-01', resolutionDate: '2020-02-01', personCodeName: 'Grey Heron', consequences: 'Not a violation' }),
    ];
    const review = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-01-01' });
    expect([review.cases.map((entry) => entry.caseCodeName), review.people]).toEqual([['quiet lantern'], []]);
  });

  it('skips people already tombstoned', () => {
    const records = [row({ caseCodeName: 'amber kettle', resolutionDate: '2020-01-01', documents: expungedCellText('2021-03-01') })];
    expect(findDue({ records, people: [person('Blue Jay', { tombstoned: true })], table: DEFAULT_TABLE, today: '2026-01-01' }).people).toEqual([]);
  });

  it('applies the Flagged term from the identity key', () => {
    const records = [row({ caseCodeName: 'amber kettle', resolutionDate: '2024-01-31' })];
    const flagged = [person('Blue Jay', { flagged: true })];
    expect(findDue({ records, people: flagged, table: DEFAULT_TABLE, today: '2026-03-30' }).cases).toEqual([]);
    expect(findDue({ records, people: flagged, table: DEFAULT_TABLE, today: '2026-03-31' }).cases).toHaveLength(1);
  });

  it('leaves out a due case whose Case Code Name is not a code name, giving only its row', () => {
    const records = [row({ rowIndex: 7, caseCodeName: 'Fictional Person One', resolutionDate: '2020-01-01' })];
    const review = findDue({ records, people, table: DEFAULT_TABLE, today: '2026-01-01' });
    expect([review.cases, review.malformed, review.people]).toEqual([[], [7], []]);
  });
});

describe('expungedPersonKeys', () => {
  it('names a person only when every one of their rows is expunged', () => {
    const records = [
      row({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', documents: expungedCellText('2026-01-01') }),
      row({ caseCodeName: 'amber kettle', personCodeName: 'Red Fox', documents: expungedCellText('2026-01-01') }),
      row({ caseCodeName: 'quiet lantern', personCodeName: 'Red Fox', documents: '' }),
      row({ caseCodeName: 'tidy beacon', personCodeName: '', documents: expungedCellText('2026-01-01') }),
    ];
    expect([...expungedPersonKeys(records)]).toEqual(['blue jay']);
  });
});

describe('the Documents cell of an expunged case', () => {
  it('reads back the day it was written with', () => {
    expect(expungedOn(expungedCellText('2026-12-06'))).toBe('2026-12-06');
  });

  it('is not mistaken for a link or a note', () => {
    expect([expungedOn('https://docs.google.com/document/d/x/edit'), expungedOn('Expunged soon'), expungedOn('Expunged 2026-02-30')]).toEqual([null, null, null]);
  });
});

describe('the expunge journal', () => {
  it('reads back what it wrote', () => {
    const journal = { on: '2026-12-06', cases: [{ caseCodeName: 'amber kettle', documentIds: ['doc-1'] }], people: ['Blue Jay'] };
    expect(parseJournal(serialiseJournal(journal))).toEqual(journal);
  });

  it('refuses anything it did not write', () => {
    expect([
      parseJournal(null),
      parseJournal('not json'),
      parseJournal(JSON.stringify({ on: '2026-12-06', cases: [{ caseCodeName: 'Fictional Person One', documentIds: [] }], people: [] })),
      parseJournal(JSON.stringify({ on: 'today', cases: [], people: [] })),
    ]).toEqual([null, null, null, null]);
  });

  it('takes at most 100 cases in one expunge, however short their names', () => {
    const cases = Array.from({ length: 150 }, () => ({ caseCodeName: 'home shelf', documentIds: [] }));
    expect(fitJournal('2026-12-06', cases, [], () => []).deferredCases).toBe(50);
  });

  it('takes as many cases as fit under the property size limit and keeps a person with a case left out', () => {
    const letters = (index: number) => [26 * 26, 26, 1].map((place) => String.fromCharCode(97 + (Math.floor(index / place) % 26))).join('');
    const cases = Array.from({ length: 400 }, (_, index) => ({ caseCodeName: `case ${letters(index)}`, documentIds: [`document-id-${index}-${'x'.repeat(100)}`] }));
    const { journal, deferredCases } = fitJournal('2026-12-06', cases, ['Blue Jay', 'Red Fox'], (name) =>
      name === 'Blue Jay' ? [cases[0].caseCodeName] : [cases[399].caseCodeName],
    );
    expect(serialiseJournal(journal).length).toBeLessThanOrEqual(8000);
    expect([journal.cases.length + deferredCases, journal.cases.length < 100, journal.people]).toEqual([400, true, ['Blue Jay']]);
  });
});
