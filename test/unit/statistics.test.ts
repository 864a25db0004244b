import fc from 'fast-check';
import type { CaseRecord } from '../../src/core/caseRecord';
import {
  applySmallCountThreshold,
  computeStatistics,
  formatMarkdownTable,
  STATISTICS_COLUMNS,
  type ComputeStatisticsOptions,
  type StatisticsTable,
} from '../../src/core/statistics';

/** The spec's default Consequences list, least severe first (written out so the test owns it). */
const LADDER = ['None', 'Not a violation', 'Out of scope', 'Other', 'Warning', 'First Suspension', 'Second Suspension', 'Ban'];
const BY_YEAR: ComputeStatisticsOptions = { grouping: 'year', dateBasis: 'report', ladder: LADDER };
const BY_HALF_YEAR: ComputeStatisticsOptions = { grouping: 'half-year', dateBasis: 'report', ladder: LADDER };
const BY_RESOLUTION_YEAR: ComputeStatisticsOptions = { grouping: 'year', dateBasis: 'resolution', ladder: LADDER };

type RowFields = Partial<Omit<CaseRecord, 'rowIndex' | 'raw'>> & { caseCodeName: string };

/** A resolved row by default; each test states only what it is about. */
function caseRows(...fields: RowFields[]): CaseRecord[] {
  return fields.map((field, index) => ({
    rowIndex: index + 1,
    dateOfReport: '2024-03-10',
    personCodeName: '',
    status: 'Resolved',
    resolutionSource: 'CoC WG',
    resolutionDate: '2024-04-01',
    safetyRisk: 'No',
    ongoingHarassment: 'No',
    consequences: 'None',
    documents: '',
    raw: {},
    ...field,
  }));
}

/** The value of one column in the row of one period. */
function count(table: StatisticsTable, period: string, column: string): string | number {
  const row = table.rows.find((candidate) => candidate[0] === period);
  if (!row) throw new Error(`no row for period ${period}`);
  return row[table.columns.indexOf(column)];
}

describe('computeStatistics', () => {
  describe('a worked example with every column', () => {
    // 2024, hand-counted:
    //   amber kettle: Blue Jay warned by CoC WG, Red Fox warned by Local Event Reps
    //     -> DSF and Local action; outcome Warning
    //   quiet lantern: Blue Jay banned by the DSF Board -> DSF action; Blue Jay is Banned, not Warned
    //   calm river: nobody named, Not a violation
    //   brisk pebble: Green Newt, Out of scope
    //   tidy garden: Grey Heron, First Suspension by Local Event Reps -> Local action
    //   open valley: Teal Wren, Other by CoC WG -> DSF action
    //   humble anchor: Olive Otter, None -> No Action
    //   steady brook: Plum Badger, ongoing -> counted as a report and a person only
    // Reports 8; People Blue Jay, Red Fox, Green Newt, Grey Heron, Teal Wren, Olive Otter,
    // Plum Badger = 7; DSF 3 (amber kettle, quiet lantern, open valley); Local 2 (amber kettle,
    // tidy garden); Warned 1 (Red Fox); Suspended 1; Banned 1; Other 1; No Action 1.
    // 2023: one report, Coral Stoat, Second Suspension by the DSF Board.
    const WORKED_EXAMPLE = caseRows(
      { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Warning' },
      { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', resolutionSource: 'Local Event Reps', consequences: 'Warning' },
      { caseCodeName: 'quiet lantern', dateOfReport: '2024-05-02', personCodeName: 'Blue Jay', resolutionSource: 'DSF Board', consequences: 'Ban' },
      { caseCodeName: 'calm river', consequences: 'Not a violation' },
      { caseCodeName: 'brisk pebble', personCodeName: 'Green Newt', consequences: 'Out of scope' },
      { caseCodeName: 'tidy garden', personCodeName: 'Grey Heron', resolutionSource: 'Local Event Reps', consequences: 'First Suspension' },
      { caseCodeName: 'open valley', personCodeName: 'Teal Wren', consequences: 'Other' },
      { caseCodeName: 'humble anchor', personCodeName: 'Olive Otter', consequences: 'None' },
      { caseCodeName: 'steady brook', personCodeName: 'Plum Badger', status: 'Ongoing', resolutionSource: '', resolutionDate: null, consequences: '' },
      { caseCodeName: 'misty paddock', dateOfReport: '2023-08-08', personCodeName: 'Coral Stoat', resolutionSource: 'DSF Board', consequences: 'Second Suspension' },
    );

    it('has the columns the spec lists, in order', () => {
      expect(computeStatistics(WORKED_EXAMPLE, BY_YEAR).columns).toEqual([
        'Period', 'Reports', 'People Named', 'Actions (DSF)', 'Actions (Local)', 'Not a violation',
        'Out of scope', 'Warned', 'Suspended', 'Banned', 'Other', 'No Action',
      ]);
    });

    it('counts every column per year, newest year first', () => {
      expect(computeStatistics(WORKED_EXAMPLE, BY_YEAR).rows).toEqual([
        ['2024', 8, 7, 3, 2, 1, 1, 1, 1, 1, 1, 1],
        ['2023', 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0],
      ]);
    });

    it('has no warnings for clean records', () => {
      expect(computeStatistics(WORKED_EXAMPLE, BY_YEAR).warnings).toEqual([]);
    });
  });

  describe('reports and people', () => {
    it('counts a case that names several people as one report with each person named', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox' },
        { caseCodeName: 'amber kettle', personCodeName: 'Green Newt' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Reports'), count(table, '2024', 'People Named')]).toEqual([1, 3]);
    });

    it('counts a report with a blank person but names nobody for it', () => {
      const records = caseRows({ caseCodeName: 'amber kettle', personCodeName: '' });
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Reports'), count(table, '2024', 'People Named')]).toEqual([1, 0]);
    });

    it('names a person once however many of the period\'s reports name them', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay' },
        { caseCodeName: 'quiet lantern', personCodeName: 'blue  jay ' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'People Named')).toBe(1);
    });

    it('names a person once when their code name is typed with compatibility characters, as the identity key counts them', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay' },
        { caseCodeName: 'quiet lantern', personCodeName: 'Ｂｌｕｅ Jay' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'People Named')).toBe(1);
    });

    it('treats hyphen and space, and upper and lower case, in case code names as one report', () => {
      const records = caseRows(
        { caseCodeName: 'quiet-lantern', personCodeName: 'Blue Jay' },
        { caseCodeName: ' Quiet Lantern', personCodeName: 'Red Fox' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'Reports')).toBe(1);
    });

    it('places a report by the earliest Date of Report among its rows', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: '2025-01-03' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', dateOfReport: '2024-12-30' },
      );
      expect(computeStatistics(records, BY_YEAR).rows).toEqual([['2024', 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1]]);
    });
  });

  describe('actions', () => {
    it('counts a report under both actions when different bodies dealt with its people', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', resolutionSource: 'DSF Board', consequences: 'Warning' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', resolutionSource: 'Local Event Reps', consequences: 'Ban' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Actions (DSF)'), count(table, '2024', 'Actions (Local)')]).toEqual([1, 1]);
    });

    it('counts a report once under an action however many of its rows took it', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', resolutionSource: 'CoC WG', consequences: 'Warning' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', resolutionSource: 'DSF Board', consequences: 'Ban' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'Actions (DSF)')).toBe(1);
    });

    it('does not count None, Not a violation or Out of scope as an action', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', consequences: 'None' },
        { caseCodeName: 'quiet lantern', consequences: 'Not a violation' },
        { caseCodeName: 'calm river', resolutionSource: 'Local Event Reps', consequences: 'Out of scope' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Actions (DSF)'), count(table, '2024', 'Actions (Local)')]).toEqual([0, 0]);
    });

    it('does not count an action whose Resolution Source is None', () => {
      const records = caseRows({ caseCodeName: 'amber kettle', resolutionSource: 'None', consequences: 'Warning' });
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Actions (DSF)'), count(table, '2024', 'Actions (Local)')]).toEqual([0, 0]);
    });
  });

  describe('outcomes and people\'s consequences', () => {
    it('counts a person warned in one report and banned in another once, as Banned', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Warning' },
        { caseCodeName: 'quiet lantern', personCodeName: 'Blue Jay', consequences: 'Ban' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Warned'), count(table, '2024', 'Banned')]).toEqual([0, 1]);
    });

    it('counts a person in the period their reports fall in, so a later ban does not change an earlier year', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: '2023-05-01', consequences: 'Warning' },
        { caseCodeName: 'quiet lantern', personCodeName: 'Blue Jay', dateOfReport: '2024-05-01', consequences: 'Ban' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2023', 'Warned'), count(table, '2023', 'Banned')]).toEqual([1, 0]);
    });

    it('takes a person\'s consequence from their own rows, not a co-named person\'s', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Ban' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', consequences: 'Warning' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Warned'), count(table, '2024', 'Banned')]).toEqual([1, 1]);
    });

    it('counts First and Second Suspension alike as Suspended', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'First Suspension' },
        { caseCodeName: 'quiet lantern', personCodeName: 'Red Fox', consequences: 'Second Suspension' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'Suspended')).toBe(2);
    });

    it('counts a person as Other only when nothing on the ladder above Other was done to them', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Other' },
        { caseCodeName: 'quiet lantern', personCodeName: 'Red Fox', consequences: 'Other' },
        { caseCodeName: 'calm river', personCodeName: 'Red Fox', consequences: 'Warning' },
        { caseCodeName: 'brisk pebble', personCodeName: 'Green Newt', consequences: 'Other' },
        { caseCodeName: 'tidy garden', personCodeName: 'Green Newt', consequences: 'Out of scope' },
      );
      const table = computeStatistics(records, BY_YEAR);
      // Blue Jay: Other; Red Fox: Warning outranks Other; Green Newt: Other outranks Out of scope.
      expect([count(table, '2024', 'Other'), count(table, '2024', 'Warned')]).toEqual([2, 1]);
    });

    it('gives a report the outcome of its most severe row', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'None' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', consequences: 'Out of scope' },
      );
      const table = computeStatistics(records, BY_YEAR);
      expect([count(table, '2024', 'Out of scope'), count(table, '2024', 'No Action')]).toEqual([1, 0]);
    });

    it('counts a resolved report whose outcome is None as No Action', () => {
      const records = caseRows({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'None' });
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'No Action')).toBe(1);
    });

    it('does not count an ongoing report as No Action, nor any outcome for it', () => {
      const records = caseRows({
        caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', status: 'Ongoing',
        resolutionSource: '', resolutionDate: null, consequences: '',
      });
      expect(computeStatistics(records, BY_YEAR).rows).toEqual([['2024', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    });

    it('does not count a report as No Action while one of its people is still ongoing', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'None' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', status: 'Ongoing', resolutionSource: '', resolutionDate: null, consequences: '' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'No Action')).toBe(0);
    });

    it('ranks by the ladder it is given, so reordering the ladder changes outcomes', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Not a violation' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', consequences: 'Out of scope' },
        { caseCodeName: 'quiet lantern', personCodeName: 'Green Newt', consequences: 'Warning' },
        { caseCodeName: 'calm river', personCodeName: 'Green Newt', consequences: 'Ban' },
      );
      const reversed = { ...BY_YEAR, ladder: [...LADDER].reverse() };
      const columns = ['Not a violation', 'Out of scope', 'Warned', 'Banned'];
      const asGiven = computeStatistics(records, BY_YEAR);
      const asReversed = computeStatistics(records, reversed);
      expect(columns.map((column) => count(asGiven, '2024', column))).toEqual([0, 1, 0, 1]);
      expect(columns.map((column) => count(asReversed, '2024', column))).toEqual([1, 0, 1, 0]);
    });

    it('matches ladder values trimmed and in any case', () => {
      const records = caseRows({ caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: '  ban ' });
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'Banned')).toBe(1);
    });
  });

  describe('unknown consequences', () => {
    const WITH_UNKNOWN = caseRows(
      { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'None' },
      { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', consequences: 'Stern talking-to' },
    );

    it('lists a value the ladder lacks with its case code name', () => {
      expect(computeStatistics(WITH_UNKNOWN, BY_YEAR).warnings).toEqual([
        { kind: 'unknown-consequence', caseCodeName: 'amber kettle', value: 'Stern talking-to' },
      ]);
    });

    it('leaves the report\'s outcome undecided rather than ranking the value', () => {
      // Ranking only the known None would make this a No Action report, which may be untrue.
      expect(count(computeStatistics(WITH_UNKNOWN, BY_YEAR), '2024', 'No Action')).toBe(0);
    });

    it('still counts the report and its people', () => {
      const table = computeStatistics(WITH_UNKNOWN, BY_YEAR);
      expect([count(table, '2024', 'Reports'), count(table, '2024', 'People Named')]).toEqual([1, 2]);
    });

    it('counts the consequence of a person with no unknown value', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', consequences: 'Warning' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', consequences: 'Stern talking-to' },
      );
      expect(count(computeStatistics(records, BY_YEAR), '2024', 'Warned')).toBe(1);
    });
  });

  describe('records that cannot be placed', () => {
    it('skips a report with no real Date of Report and warns with its case code name', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', dateOfReport: null },
        { caseCodeName: 'quiet lantern' },
      );
      const result = computeStatistics(records, BY_YEAR);
      expect(count(result, '2024', 'Reports')).toBe(1);
      expect(result.warnings).toEqual([{ kind: 'no-usable-date', caseCodeName: 'amber kettle' }]);
    });

    it('places a report by another row\'s date when one row has none', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: null },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', dateOfReport: '2024-02-02' },
      );
      const result = computeStatistics(records, BY_YEAR);
      expect([count(result, '2024', 'Reports'), result.warnings]).toEqual([1, []]);
    });

    it('skips a row with no Case Code Name and warns with its row', () => {
      const records = caseRows({ caseCodeName: 'amber kettle' }, { caseCodeName: '  ' });
      const result = computeStatistics(records, BY_YEAR);
      expect(count(result, '2024', 'Reports')).toBe(1);
      expect(result.warnings).toEqual([{ kind: 'no-case-code-name', rowIndex: 2 }]);
    });

    it('returns no periods for no records', () => {
      expect(computeStatistics([], BY_YEAR).rows).toEqual([]);
    });
  });

  describe('periods', () => {
    const NEW_YEAR = caseRows(
      { caseCodeName: 'amber kettle', dateOfReport: '2023-12-31' },
      { caseCodeName: 'quiet lantern', dateOfReport: '2024-01-01' },
      { caseCodeName: 'calm river', dateOfReport: '2024-01-01' },
    );
    const MID_YEAR = caseRows(
      { caseCodeName: 'amber kettle', dateOfReport: '2024-06-30' },
      { caseCodeName: 'quiet lantern', dateOfReport: '2024-07-01' },
      { caseCodeName: 'calm river', dateOfReport: '2024-07-01' },
    );

    it('puts 31 December in its year and 1 January in the next', () => {
      const table = computeStatistics(NEW_YEAR, BY_YEAR);
      expect(table.rows.map((row) => [row[0], row[1]])).toEqual([['2024', 2], ['2023', 1]]);
    });

    it('puts 30 June in the first half and 1 July in the second', () => {
      const table = computeStatistics(MID_YEAR, BY_HALF_YEAR);
      expect(table.rows.map((row) => [row[0], row[1]])).toEqual([['2024 H2', 2], ['2024 H1', 1]]);
    });

    it('puts 31 December in the second half and 1 January in the next year\'s first', () => {
      const table = computeStatistics(NEW_YEAR, BY_HALF_YEAR);
      expect(table.rows.map((row) => [row[0], row[1]])).toEqual([['2024 H1', 2], ['2023 H2', 1]]);
    });

    it('shows a quiet year between two busy ones as zeros', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', dateOfReport: '2021-03-01' },
        { caseCodeName: 'quiet lantern', dateOfReport: '2023-03-01' },
      );
      expect(computeStatistics(records, BY_YEAR).rows.map((row) => row[0])).toEqual(['2023', '2022', '2021']);
      expect(computeStatistics(records, BY_YEAR).rows[1]).toEqual(['2022', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    });

    it('shows quiet half-years across a year end, newest first', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', dateOfReport: '2023-05-01' },
        { caseCodeName: 'quiet lantern', dateOfReport: '2024-09-01' },
      );
      expect(computeStatistics(records, BY_HALF_YEAR).rows.map((row) => row[0])).toEqual([
        '2024 H2', '2024 H1', '2023 H2', '2023 H1',
      ]);
    });
  });

  describe('by Resolution Date', () => {
    it('places a report by its latest Resolution Date', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: '2023-11-01', resolutionDate: '2023-12-20' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', dateOfReport: '2023-11-01', resolutionDate: '2024-01-15' },
      );
      expect(computeStatistics(records, BY_RESOLUTION_YEAR).rows.map((row) => [row[0], row[1]])).toEqual([['2024', 1]]);
    });

    it('leaves out unresolved reports without a warning', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', resolutionDate: '2024-02-01' },
        { caseCodeName: 'quiet lantern', status: 'Ongoing', resolutionSource: '', resolutionDate: null, consequences: '' },
      );
      const result = computeStatistics(records, BY_RESOLUTION_YEAR);
      expect([count(result, '2024', 'Reports'), result.warnings]).toEqual([1, []]);
    });

    it('leaves out a report while one of its people is still ongoing, so it never moves between published periods', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', personCodeName: 'Blue Jay', dateOfReport: '2023-11-01', resolutionDate: '2023-12-20' },
        { caseCodeName: 'amber kettle', personCodeName: 'Red Fox', dateOfReport: '2023-11-01', status: 'Ongoing', resolutionSource: '', resolutionDate: null, consequences: '' },
      );
      const result = computeStatistics(records, BY_RESOLUTION_YEAR);
      expect([result.rows, result.warnings]).toEqual([[], []]);
    });

    it('leaves out a resolved report with no Resolution Date and warns', () => {
      const records = caseRows(
        { caseCodeName: 'amber kettle', resolutionDate: '2024-02-01' },
        { caseCodeName: 'quiet lantern', resolutionDate: null },
      );
      const result = computeStatistics(records, BY_RESOLUTION_YEAR);
      expect(count(result, '2024', 'Reports')).toBe(1);
      expect(result.warnings).toEqual([{ kind: 'no-usable-date', caseCodeName: 'quiet lantern' }]);
    });

    it('places a report resolved in January in the year after it was reported', () => {
      const records = caseRows({ caseCodeName: 'amber kettle', dateOfReport: '2023-12-31', resolutionDate: '2024-01-01' });
      expect(computeStatistics(records, BY_RESOLUTION_YEAR).rows.map((row) => row[0])).toEqual(['2024']);
    });
  });
});

describe('applySmallCountThreshold', () => {
  const EXACT: StatisticsTable = {
    columns: ['Period', 'Reports', 'People Named', 'Banned'],
    rows: [
      ['2024', 10, 4, 0],
      ['2023', 5, 1, 2],
    ],
  };

  it('shows counts from 1 to k-1 as <k and leaves 0 and counts of k or more', () => {
    expect(applySmallCountThreshold(EXACT, 5).rows).toEqual([
      ['2024', 10, '<5', 0],
      ['2023', 5, '<5', '<5'],
    ]);
  });

  it('returns the table unchanged for k = 0', () => {
    expect(applySmallCountThreshold(EXACT, 0)).toEqual(EXACT);
  });

  it('never changes the Period column, even when it holds a small number', () => {
    const numericPeriods: StatisticsTable = { columns: ['Period', 'Reports'], rows: [[3, 3]] };
    expect(applySmallCountThreshold(numericPeriods, 5).rows).toEqual([[3, '<5']]);
  });

  it('does not change the table it is given', () => {
    const copy = structuredClone(EXACT);
    applySmallCountThreshold(EXACT, 5);
    expect(EXACT).toEqual(copy);
  });

  it.each([-1, 2.5, Number.NaN])('refuses a threshold of %p', (k) => {
    expect(() => applySmallCountThreshold(EXACT, k)).toThrow('Small-Count Threshold');
  });

  it('never leaves a published count between 1 and k-1', () => {
    const countColumns = STATISTICS_COLUMNS.length - 1;
    const tables = fc.array(
      fc.tuple(fc.constantFrom('2023', '2024 H1'), fc.array(fc.nat({ max: 40 }), { minLength: countColumns, maxLength: countColumns })),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(tables, fc.integer({ min: 0, max: 20 }), (periods, k) => {
        const exact: StatisticsTable = { columns: [...STATISTICS_COLUMNS], rows: periods.map(([period, counts]) => [period, ...counts]) };
        const published = applySmallCountThreshold(exact, k);
        published.rows.forEach((row, rowIndex) => {
          expect(row[0]).toBe(exact.rows[rowIndex][0]);
          row.slice(1).forEach((cell, offset) => {
            const original = exact.rows[rowIndex][offset + 1] as number;
            if (typeof cell === 'number') {
              expect(cell).toBe(original);
              expect(cell === 0 || cell >= k).toBe(true);
            } else {
              expect([cell, original >= 1 && original < k]).toEqual([`<${k}`, true]);
            }
          });
        });
      }),
    );
  });
});

describe('formatMarkdownTable', () => {
  it('writes a GitHub table with counts right-aligned and columns padded', () => {
    const table: StatisticsTable = {
      columns: ['Period', 'Reports', 'Banned'],
      rows: [
        ['2024 H2', 10, '<5'],
        ['2024 H1', 3, 0],
      ],
    };
    expect(formatMarkdownTable(table)).toBe(
      [
        '| Period  | Reports | Banned |',
        '| :------ | ------: | -----: |',
        '| 2024 H2 |      10 |     <5 |',
        '| 2024 H1 |       3 |      0 |',
      ].join('\n'),
    );
  });

  it('writes only the header and delimiter for a table with no periods', () => {
    expect(formatMarkdownTable({ columns: ['Period', 'Reports'], rows: [] })).toBe(
      ['| Period | Reports |', '| :----- | ------: |'].join('\n'),
    );
  });

  it('escapes a pipe so it cannot split a cell', () => {
    const table: StatisticsTable = { columns: ['Period', 'Reports'], rows: [['a|b', 1]] };
    expect(formatMarkdownTable(table).split('\n')[2]).toBe('| a\\|b   |       1 |');
  });

  it('writes the full statistics header the published page uses', () => {
    const table = computeStatistics([], BY_YEAR);
    expect(formatMarkdownTable(table).split('\n')[0]).toBe(
      '| Period | Reports | People Named | Actions (DSF) | Actions (Local) | Not a violation | Out of scope | Warned | Suspended | Banned | Other | No Action |',
    );
  });
});
