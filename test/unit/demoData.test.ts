import * as fs from 'fs';
import * as path from 'path';
import { readCasesTable } from '../../src/core/caseRecord';
import { calendarDate, type SheetCell, type SheetRow } from '../../src/core/cells';
import { CASES_COLUMNS, type CasesColumnKey } from '../../src/core/schema';
import { caseKey, computeStatistics, type StatisticsReport } from '../../src/core/statistics';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { RETENTION_COLUMNS, defaultRetentionRow, findDue, readRetentionTable, retentionLabels } from '../../src/core/retention';
import { DEMO_CASE_ROWS, DEMO_CONFLICTS, DEMO_MEMBERS, DEMO_PEOPLE, type DemoCaseRow } from '../../emulator/demo/demoData';

/** A copy of shared/data's CSV, so the test runs in any clone; test/fixtures/README.md says where it comes from. */
const PUBLISHED_CSV = path.join(__dirname, '../fixtures/django-published-statistics.csv');
/** The CSV's names for the export's columns (shared/data/README.md). */
const PUBLISHED_TO_EXPORT: Readonly<Record<string, string>> = {
  Reports: 'Reports',
  'People Named': 'People Named',
  'Actions (DSF)': 'Actions (DSF)',
  'Actions (Local)': 'Actions (Local)',
  'No Action': 'No Action',
};
const DEFAULT_LADDER = defaultVocabularies().consequences;

interface PublishedYear {
  year: string;
  figures: Record<string, number>;
}

function readPublishedYears(): PublishedYear[] {
  const [header, ...lines] = fs.readFileSync(PUBLISHED_CSV, 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
  return lines.map((cells) => {
    const figures: Record<string, number> = {};
    header.forEach((name, column) => {
      if (name in PUBLISHED_TO_EXPORT) figures[PUBLISHED_TO_EXPORT[name]] = Number(cells[column]);
    });
    return { year: cells[header.indexOf('Year')], figures };
  });
}

/** The demo rows as the add-on would read them from `Cases`: real date cells, found by header. */
function demoSheetValues(): SheetRow[] {
  const keys = Object.keys(CASES_COLUMNS) as CasesColumnKey[];
  const cellsOf = (row: DemoCaseRow): Record<CasesColumnKey, SheetCell> => ({
    ...row,
    dateOfReport: calendarDate(row.dateOfReport),
    resolutionDate: row.resolutionDate === '' ? '' : calendarDate(row.resolutionDate),
    documents: '',
  });
  const header: SheetRow = keys.map((key) => CASES_COLUMNS[key]);
  const body = DEMO_CASE_ROWS.map((row): SheetRow => {
    const cells = cellsOf(row);
    return keys.map((key) => cells[key]);
  });
  return [header, ...body];
}

function rowsByCase(): Map<string, DemoCaseRow[]> {
  const byCase = new Map<string, DemoCaseRow[]>();
  for (const row of DEMO_CASE_ROWS) byCase.set(caseKey(row.caseCodeName), [...(byCase.get(caseKey(row.caseCodeName)) ?? []), row]);
  return byCase;
}

const PUBLISHED_YEARS = readPublishedYears();

describe('the demo tracker', () => {
  let statistics: StatisticsReport;
  beforeAll(() => {
    const { records, missing } = readCasesTable(demoSheetValues());
    expect(missing).toEqual([]);
    statistics = computeStatistics(records, { grouping: 'year', dateBasis: 'report', ladder: DEFAULT_LADDER });
  });

  it('reads the five published figures for every year from 2015 to 2025', () => {
    expect(PUBLISHED_YEARS.map((entry) => [entry.year, Object.keys(entry.figures).length])).toEqual(
      ['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016', '2015'].map((year) => [year, 5]),
    );
  });

  it('gives exactly the years 2015 to 2025, newest first', () => {
    expect(statistics.rows.map((row) => row[0])).toEqual(PUBLISHED_YEARS.map((entry) => entry.year));
  });

  it.each(PUBLISHED_YEARS.map((entry) => [entry.year, entry] as const))(
    'reproduces the published Reports, People Named, actions and No Action for %s',
    (year, entry) => {
      const row = statistics.rows.find((candidate) => candidate[0] === year) ?? [];
      const exported: Record<string, number> = {};
      for (const column of Object.keys(entry.figures)) exported[column] = row[statistics.columns.indexOf(column)] as number;
      expect(exported).toEqual(entry.figures);
    },
  );

  it('raises no statistics warnings', () => {
    expect(statistics.warnings).toEqual([]);
  });
});

describe('the demo case rows', () => {
  const vocabularies = defaultVocabularies();

  it('name only people in the demo identity key', () => {
    const known = new Set(DEMO_PEOPLE.map((person) => person.personCodeName));
    const unknown = DEMO_CASE_ROWS.map((row) => row.personCodeName).filter((name) => name !== '' && !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('give every case its own code name, shared only by that case\'s rows', () => {
    // Rows of one case share the Date of Report; two cases under one name would not.
    const clashes = [...rowsByCase().entries()]
      .filter(([, rows]) => new Set(rows.map((row) => `${row.caseCodeName}|${row.dateOfReport}`)).size > 1)
      .map(([key]) => key);
    expect(clashes).toEqual([]);
  });

  it('write case code names as two lower-case words of 3 to 9 letters, joined by a space or a hyphen', () => {
    const malformed = DEMO_CASE_ROWS.map((row) => row.caseCodeName).filter((name) => !/^[a-z]{3,9}[ -][a-z]{3,9}$/.test(name));
    expect(malformed).toEqual([]);
  });

  it('keep a few hyphenated case code names, as older records have', () => {
    const hyphenated = new Set(DEMO_CASE_ROWS.filter((row) => row.caseCodeName.includes('-')).map((row) => row.caseCodeName));
    expect(hyphenated.size).toBeGreaterThanOrEqual(2);
  });

  it('write person code names as a colour and an animal in title case', () => {
    const malformed = DEMO_CASE_ROWS.map((row) => row.personCodeName).filter((name) => name !== '' && !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name));
    expect(malformed).toEqual([]);
  });

  it('name each person at most once within a case', () => {
    const repeated = [...rowsByCase().entries()]
      .filter(([, rows]) => {
        const named = rows.map((row) => row.personCodeName).filter((name) => name !== '');
        return new Set(named).size !== named.length;
      })
      .map(([key]) => key);
    expect(repeated).toEqual([]);
  });

  it('use only the default lists\' values', () => {
    const offList = DEMO_CASE_ROWS.filter(
      (row) =>
        !vocabularies.status.includes(row.status) ||
        !vocabularies.safetyRisk.includes(row.safetyRisk) ||
        !vocabularies.ongoingHarassment.includes(row.ongoingHarassment) ||
        (row.status === 'Resolved' &&
          (!vocabularies.resolutionSource.includes(row.resolutionSource) || !vocabularies.consequences.includes(row.consequences))),
    );
    expect(offList).toEqual([]);
  });

  it('have a Resolution Date exactly when resolved, not before the Date of Report', () => {
    const broken = DEMO_CASE_ROWS.filter((row) =>
      row.status === 'Resolved' ? row.resolutionDate === '' || row.resolutionDate < row.dateOfReport : row.resolutionDate !== '',
    );
    expect(broken).toEqual([]);
  });

  it('leave ongoing rows without a source or consequence', () => {
    const broken = DEMO_CASE_ROWS.filter((row) => row.status === 'Ongoing' && (row.resolutionSource !== '' || row.consequences !== ''));
    expect(broken).toEqual([]);
  });

  it('keep every date within 2015 to 2025', () => {
    const outside = DEMO_CASE_ROWS.flatMap((row) => [row.dateOfReport, row.resolutionDate])
      .filter((day) => day !== '' && (day < '2015-01-01' || day > '2025-12-31'));
    expect(outside).toEqual([]);
  });

  it('include a few ongoing cases and some that name several people', () => {
    const cases = [...rowsByCase().values()];
    const ongoing = cases.filter((rows) => rows.some((row) => row.status === 'Ongoing'));
    const multiPerson = cases.filter((rows) => rows.filter((row) => row.personCodeName !== '').length > 1);
    expect([ongoing.length >= 2, multiPerson.length >= 3]).toEqual([true, true]);
  });
});

describe('the demo tracker under retention review', () => {
  const ladder = defaultVocabularies().consequences;
  const table = readRetentionTable([Object.values(RETENTION_COLUMNS), ...retentionLabels(ladder).map(defaultRetentionRow)], ladder).table;
  const people = DEMO_PEOPLE.map((person) => ({ personCodeName: person.personCodeName, flagged: person.flagged === 'Yes', tombstoned: false }));
  const dueOn = (today: string) => findDue({ records: readCasesTable(demoSheetValues()).records, people, table, today });

  it('has cases and people due from its first start (any day from 2026 on), so the dialog has something to show', () => {
    const review = dueOn('2026-01-01');
    expect([review.cases.length >= 10, review.people.length >= 10]).toEqual([true, true]);
  });

  it('shows the rules at work: a case naming nobody, a suspension, a repeat kept by a later case, and Bans kept', () => {
    const rules = dueOn('2026-01-01').cases.map((entry) => entry.rule);
    expect([
      rules.some((rule) => rule.startsWith('Nobody identifiable')),
      rules.some((rule) => rule.startsWith('First Suspension')),
      rules.some((rule) => rule.startsWith('Kept as long as')),
      dueOn('2100-01-01').cases.some((entry) => entry.records.some((row) => row.consequences === 'Ban')),
    ]).toEqual([true, true, true, false]);
  });
});

describe('the demo identity key', () => {
  it('holds each person code name used in Cases exactly once, and no other', () => {
    const used = [...new Set(DEMO_CASE_ROWS.map((row) => row.personCodeName).filter((name) => name !== ''))].sort();
    expect(DEMO_PEOPLE.map((person) => person.personCodeName).sort()).toEqual(used);
  });

  it('gives everyone a fictional real name', () => {
    expect(DEMO_PEOPLE.filter((person) => !person.realName.startsWith('Fictional '))).toEqual([]);
  });

  it('gives every real name once', () => {
    expect(new Set(DEMO_PEOPLE.map((person) => person.realName)).size).toBe(DEMO_PEOPLE.length);
  });

  it('uses only reserved example domains in aliases', () => {
    const emails = DEMO_PEOPLE.flatMap((person) => person.aliases.split(';').map((alias) => alias.trim())).filter((alias) => alias.includes('@'));
    expect(emails.filter((email) => !email.endsWith('@example.net'))).toEqual([]);
  });
});

describe('the demo members and conflicts', () => {
  it('make chair@example.org the chair, active, with identity key access', () => {
    expect(DEMO_MEMBERS.filter((member) => member.role === 'Chair')).toEqual([
      { email: 'chair@example.org', role: 'Chair', identityKeyAccess: 'Yes', active: 'Yes' },
    ]);
  });

  it('have four to six members besides the chair, all at example.org, one inactive', () => {
    const others = DEMO_MEMBERS.filter((member) => member.role === 'Member');
    expect([
      others.length >= 4 && others.length <= 6,
      others.every((member) => member.email.endsWith('@example.org')),
      others.filter((member) => member.active === 'No').length,
    ]).toEqual([true, true, 1]);
  });

  it('declare conflicts only for members and cases that exist, on or after the report', () => {
    const members = new Set(DEMO_MEMBERS.map((member) => member.email));
    const cases = rowsByCase();
    const broken = DEMO_CONFLICTS.filter((conflict) => {
      const rows = cases.get(caseKey(conflict.caseCodeName));
      return !members.has(conflict.memberEmail) || !rows || conflict.declaredOn < rows[0].dateOfReport;
    });
    expect(broken).toEqual([]);
  });
});
