import { CalendarDate, SheetCell, SheetRow } from '../../src/core/cells';
import { CASES_HEADERS, CasesColumnKey, CASES_COLUMNS } from '../../src/core/schema';
import { Problem, ValidateCasesInput, missingColumnsError, validateCases } from '../../src/core/validation';
import { defaultVocabularies } from '../../src/core/vocabularies';

const TODAY = '2024-06-30';
const DOC_URL = 'https://docs.google.com/document/d/doc-home-shelf/edit';
const OTHER_DOC_URL = 'https://docs.google.com/document/d/doc-quiet-river/edit';
const REAL_NAME = 'Fictional Person One';
const ALIAS = 'fp1@example.org';
const SHORT_ALIAS = 'Al';

function day(iso: string): CalendarDate {
  return { iso };
}

const COLUMN_KEYS = Object.keys(CASES_COLUMNS) as CasesColumnKey[];

const RESOLVED_ROW: Record<CasesColumnKey, SheetCell> = {
  dateOfReport: day('2024-01-05'),
  caseCodeName: 'home shelf',
  personCodeName: 'Blue Jay',
  status: 'Resolved',
  resolutionSource: 'CoC WG',
  resolutionDate: day('2024-02-01'),
  safetyRisk: 'No',
  ongoingHarassment: 'No',
  consequences: 'Warning',
  documents: DOC_URL,
};

const ONGOING_ROW: Record<CasesColumnKey, SheetCell> = {
  dateOfReport: day('2024-03-10'),
  caseCodeName: 'quiet river',
  personCodeName: '',
  status: 'Ongoing',
  resolutionSource: '',
  resolutionDate: '',
  safetyRisk: 'Yes',
  ongoingHarassment: 'Maybe',
  consequences: '',
  documents: OTHER_DOC_URL,
};

/** A `Cases` row in the schema's column order: A Date of Report ... J Documents. */
function row(base: Record<CasesColumnKey, SheetCell>, changes: Partial<Record<CasesColumnKey, SheetCell>> = {}): SheetRow {
  return COLUMN_KEYS.map((key) => (key in changes ? (changes[key] as SheetCell) : base[key]));
}

function cases(...rows: SheetRow[]): SheetRow[] {
  return [[...CASES_HEADERS], ...rows];
}

function validate(values: SheetRow[], extra: Partial<ValidateCasesInput> = {}): Problem[] {
  return validateCases({ cases: values, vocabularies: defaultVocabularies(), today: TODAY, ...extra });
}

/** `cell rule` for each problem, the shortest way to state what was found where. */
function found(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.cell} ${problem.rule}`);
}

/** The problems of one resolved row with the given changes, as `cell rule`. */
function resolvedRowProblems(changes: Partial<Record<CasesColumnKey, SheetCell>>): string[] {
  return found(validate(cases(row(RESOLVED_ROW, changes))));
}

function ongoingRowProblems(changes: Partial<Record<CasesColumnKey, SheetCell>>): string[] {
  return found(validate(cases(row(ONGOING_ROW, changes))));
}

const IDENTITY_KEY = { personCodeNames: ['Blue Jay', 'Green Owl'], namesToFind: [REAL_NAME, ALIAS, SHORT_ALIAS] };

describe('validateCases', () => {
  it('finds no problem in valid rows', () => {
    expect(validate(cases(row(RESOLVED_ROW), row(ONGOING_ROW)))).toEqual([]);
  });

  it('finds no problem in a sheet with only headers', () => {
    expect(validate(cases())).toEqual([]);
  });

  it('skips blank rows in the middle and still names later cells by their own row', () => {
    const values = cases(row(RESOLVED_ROW), ['', '', '', '', '', '', '', '', '', ''], [], row(ONGOING_ROW, { status: '' }));
    expect(found(validate(values))).toEqual(['Cases!D5 status-required']);
  });

  it('finds columns by header wherever they are', () => {
    const header = [...CASES_HEADERS].reverse();
    const values = [header, row(RESOLVED_ROW, { status: '' }).reverse()];
    expect(found(validate(values))).toEqual(['Cases!G2 status-required']);
  });

  it('reports problems in row then column order', () => {
    const values = cases(row(ONGOING_ROW, { safetyRisk: '', status: '' }), row(RESOLVED_ROW, { dateOfReport: '' }));
    expect(found(validate(values))).toEqual(['Cases!D2 status-required', 'Cases!G2 safety-risk-required', 'Cases!A3 date-of-report-required']);
  });

  it('gives each problem the cell to highlight', () => {
    expect(validate(cases(row(RESOLVED_ROW, { status: '' })))[0].at).toEqual({ sheet: 'Cases', rowIndex: 1, columnIndex: 3 });
  });

  describe('Date of Report', () => {
    it('is required', () => {
      expect(resolvedRowProblems({ dateOfReport: '' })).toEqual(['Cases!A2 date-of-report-required']);
    });

    it('must be a real date, not text that looks like one', () => {
      const [problem] = validate(cases(row(RESOLVED_ROW, { dateOfReport: '2024-01-05' })));
      expect([problem.rule, problem.message]).toEqual([
        'date-of-report-not-a-date',
        'Date of Report is text, not a date, although it looks like one. Enter it again so Sheets stores a date.',
      ]);
    });

    it('must be a real date, not other text', () => {
      expect(validate(cases(row(RESOLVED_ROW, { dateOfReport: 'last week' })))[0].message).toBe('Date of Report is text, not a date.');
    });

    it('must be a real date, not a number', () => {
      expect(validate(cases(row(RESOLVED_ROW, { dateOfReport: 45296 })))[0].message).toBe('Date of Report is a number, not a date.');
    });

    it('must not be in the future', () => {
      expect(ongoingRowProblems({ dateOfReport: day('2024-07-01') })).toEqual(['Cases!A2 date-of-report-in-future']);
    });

    it('may be today', () => {
      expect(ongoingRowProblems({ dateOfReport: day(TODAY) })).toEqual([]);
    });
  });

  describe('Case Code Name', () => {
    it('is required', () => {
      expect(resolvedRowProblems({ caseCodeName: '' })).toEqual(['Cases!B2 case-code-name-required']);
    });

    it('must be lower case', () => {
      expect(resolvedRowProblems({ caseCodeName: 'Home Shelf' })).toEqual(['Cases!B2 case-code-name-invalid']);
    });

    it('must be two words', () => {
      expect(resolvedRowProblems({ caseCodeName: 'home' })).toEqual(['Cases!B2 case-code-name-invalid']);
    });

    it('accepts a hyphen from older records', () => {
      expect(resolvedRowProblems({ caseCodeName: 'home-shelf' })).toEqual([]);
    });

    it('reports stray spaces on their own', () => {
      expect(resolvedRowProblems({ caseCodeName: ' home  shelf ' })).toEqual(['Cases!B2 case-code-name-stray-spaces']);
    });
  });

  describe('Person Code Name', () => {
    it('may be blank', () => {
      expect(resolvedRowProblems({ personCodeName: '' })).toEqual([]);
    });

    it('must be in the identity key when the key is given', () => {
      const values = cases(row(RESOLVED_ROW, { personCodeName: 'Red Fox' }));
      expect(found(validate(values, { identityKey: IDENTITY_KEY }))).toEqual(['Cases!C2 person-code-name-not-in-key']);
    });

    it('matches the key case-insensitively', () => {
      const values = cases(row(RESOLVED_ROW, { personCodeName: 'green owl' }));
      expect(validate(values, { identityKey: IDENTITY_KEY })).toEqual([]);
    });

    it('is not checked against the key when the key could not be opened', () => {
      expect(found(validate(cases(row(RESOLVED_ROW, { personCodeName: 'Red Fox' })), { identityKey: null }))).toEqual([]);
    });

    it('must look like a person code name when the key could not be opened', () => {
      expect(resolvedRowProblems({ personCodeName: 'someone from the meetup' })).toEqual(['Cases!C2 person-code-name-invalid']);
    });

    it('reports stray spaces', () => {
      expect(resolvedRowProblems({ personCodeName: 'Blue Jay ' })).toEqual(['Cases!C2 person-code-name-stray-spaces']);
    });
  });

  describe('Status', () => {
    it('is required', () => {
      expect(resolvedRowProblems({ status: '' })).toEqual(['Cases!D2 status-required']);
    });

    it('must be in the Settings list, which the message lists', () => {
      const [problem] = validate(cases(row(ONGOING_ROW, { status: 'Closed' })));
      expect([problem.rule, problem.message]).toEqual(['status-unknown', 'Status must be one of: Ongoing, Resolved.']);
    });

    it('reports stray spaces and other case with the exact value', () => {
      const [problem] = validate(cases(row(RESOLVED_ROW, { status: ' resolved' })));
      expect([problem.rule, problem.message]).toEqual(['status-not-exact', 'Status should read exactly "Resolved" (check spaces and capitals).']);
    });

    it('still applies the Resolved rules to a value that is only inexact', () => {
      expect(resolvedRowProblems({ status: 'RESOLVED', consequences: '' })).toEqual([
        'Cases!D2 status-not-exact',
        'Cases!I2 consequences-required',
      ]);
    });

    it('follows the list as edited in Settings', () => {
      const vocabularies = { ...defaultVocabularies(), status: ['Open', 'Resolved'] };
      expect(found(validate(cases(row(ONGOING_ROW)), { vocabularies }))).toEqual(['Cases!D2 status-unknown']);
    });
  });

  describe('Resolution Source', () => {
    it('is required when Resolved', () => {
      expect(resolvedRowProblems({ resolutionSource: '' })).toEqual(['Cases!E2 resolution-source-required']);
    });

    it('may be blank when Ongoing', () => {
      expect(ongoingRowProblems({ resolutionSource: '' })).toEqual([]);
    });

    it('must be in the Settings list', () => {
      expect(ongoingRowProblems({ resolutionSource: 'Someone else' })).toEqual(['Cases!E2 resolution-source-unknown']);
    });

    it('reports other case', () => {
      expect(resolvedRowProblems({ resolutionSource: 'coc wg' })).toEqual(['Cases!E2 resolution-source-not-exact']);
    });
  });

  describe('Resolution Date', () => {
    it('is required when Resolved', () => {
      expect(resolvedRowProblems({ resolutionDate: '' })).toEqual(['Cases!F2 resolution-date-required']);
    });

    it('must be blank when not Resolved', () => {
      expect(ongoingRowProblems({ resolutionDate: day('2024-04-01') })).toEqual(['Cases!F2 resolution-date-not-resolved']);
    });

    it('is not judged against a status that is itself unknown', () => {
      expect(ongoingRowProblems({ status: 'Closed', resolutionDate: day('2024-04-01') })).toEqual(['Cases!D2 status-unknown']);
    });

    it('must not be before Date of Report', () => {
      expect(resolvedRowProblems({ resolutionDate: day('2024-01-04') })).toEqual(['Cases!F2 resolution-date-before-report']);
    });

    it('may be the day of the report', () => {
      expect(resolvedRowProblems({ resolutionDate: day('2024-01-05') })).toEqual([]);
    });

    it('must be a real date, not text', () => {
      const [problem] = validate(cases(row(RESOLVED_ROW, { resolutionDate: '01/02/2024' })));
      expect([problem.rule, problem.message]).toEqual([
        'resolution-date-not-a-date',
        'Resolution Date is text, not a date, although it looks like one. Enter it again so Sheets stores a date.',
      ]);
    });

    it('must not be in the future', () => {
      expect(resolvedRowProblems({ resolutionDate: day('2024-07-01') })).toEqual(['Cases!F2 resolution-date-in-future']);
    });
  });

  describe('Safety Risk and Ongoing Harassment', () => {
    it('require Safety Risk', () => {
      expect(ongoingRowProblems({ safetyRisk: '' })).toEqual(['Cases!G2 safety-risk-required']);
    });

    it('require Ongoing Harassment', () => {
      expect(ongoingRowProblems({ ongoingHarassment: '' })).toEqual(['Cases!H2 ongoing-harassment-required']);
    });

    it('reject a value outside the list', () => {
      expect(ongoingRowProblems({ safetyRisk: 'Perhaps' })).toEqual(['Cases!G2 safety-risk-unknown']);
    });

    it('report other case with the exact value', () => {
      expect(validate(cases(row(ONGOING_ROW, { ongoingHarassment: 'maybe' })))[0].message).toBe(
        'Ongoing Harassment should read exactly "Maybe" (check spaces and capitals).',
      );
    });

    it('reject a checkbox value', () => {
      expect(ongoingRowProblems({ safetyRisk: true })).toEqual(['Cases!G2 safety-risk-unknown']);
    });
  });

  describe('Consequences', () => {
    it('is required when Resolved', () => {
      expect(resolvedRowProblems({ consequences: '' })).toEqual(['Cases!I2 consequences-required']);
    });

    it('may be blank when Ongoing', () => {
      expect(ongoingRowProblems({ consequences: '' })).toEqual([]);
    });

    it('must be on the ladder', () => {
      expect(resolvedRowProblems({ consequences: 'Exile' })).toEqual(['Cases!I2 consequences-unknown']);
    });
  });

  describe('(case, person) pairs', () => {
    it('reports a person listed twice for one case, naming the first row', () => {
      const problems = validate(cases(row(RESOLVED_ROW), row(RESOLVED_ROW)));
      expect([found(problems), problems[0].message]).toEqual([
        ['Cases!C3 duplicate-case-person'],
        'This person is already listed for this case in Cases!C2; a case lists each person once.',
      ]);
    });

    it('treats a hyphen and a space in the case code name as the same case', () => {
      expect(found(validate(cases(row(RESOLVED_ROW), row(RESOLVED_ROW, { caseCodeName: 'home-shelf' }))))).toEqual([
        'Cases!C3 duplicate-case-person',
      ]);
    });

    it('allows several people in one case', () => {
      expect(validate(cases(row(RESOLVED_ROW), row(RESOLVED_ROW, { personCodeName: 'Green Owl' })))).toEqual([]);
    });

    it('allows the same person in different cases', () => {
      expect(validate(cases(row(RESOLVED_ROW), row(RESOLVED_ROW, { caseCodeName: 'calm meadow', documents: '' })))).toEqual([]);
    });

    it('reports a second row without a person for one case', () => {
      expect(found(validate(cases(row(ONGOING_ROW), row(ONGOING_ROW))))).toEqual(['Cases!C3 duplicate-case-person']);
    });
  });

  describe('Documents', () => {
    const TITLES = { [DOC_URL]: 'home shelf', [OTHER_DOC_URL]: 'quiet river' };

    it('accepts a link to the document titled with the case code name', () => {
      expect(validate(cases(row(RESOLVED_ROW), row(ONGOING_ROW)), { caseDocuments: TITLES })).toEqual([]);
    });

    it('reports a link to a document with another title', () => {
      const values = cases(row(RESOLVED_ROW, { documents: OTHER_DOC_URL }));
      expect(found(validate(values, { caseDocuments: TITLES }))).toEqual(['Cases!J2 document-title-mismatch']);
    });

    it('reports a link to a document that could not be opened', () => {
      const values = cases(row(RESOLVED_ROW, { documents: 'https://docs.google.com/document/d/gone/edit' }));
      expect(found(validate(values, { caseDocuments: TITLES }))).toEqual(['Cases!J2 document-not-found']);
    });

    it('leaves text that says why there is no document alone', () => {
      const values = cases(row(RESOLVED_ROW, { documents: 'kept on paper, see the chair' }));
      expect(validate(values, { caseDocuments: TITLES })).toEqual([]);
    });

    it('are not checked when document data is not given', () => {
      expect(validate(cases(row(RESOLVED_ROW, { documents: OTHER_DOC_URL })), { caseDocuments: null })).toEqual([]);
    });
  });

  describe('real names', () => {
    const NOTES_SHEET = 'Our Notes';

    function scan(sheets: Record<string, SheetRow[]>, caseDocuments: Record<string, string> | null = null): Problem[] {
      return validate(sheets.Cases ?? cases(row(RESOLVED_ROW)), { identityKey: IDENTITY_KEY, sheets, caseDocuments });
    }

    it("reports a real name in another sheet's cell, naming the cell", () => {
      const problems = scan({ Cases: cases(row(RESOLVED_ROW)), [NOTES_SHEET]: [['met', `spoke with ${REAL_NAME} today`]] });
      expect(found(problems)).toEqual(["'Our Notes'!B1 real-name-in-cell"]);
    });

    it('never puts the name in the message', () => {
      const problems = scan({ Cases: cases(row(RESOLVED_ROW)), [NOTES_SHEET]: [[`spoke with ${REAL_NAME} today`]] });
      expect(JSON.stringify(problems)).not.toMatch(/fictional person one/i);
    });

    it('finds a name written with other case, spacing and compatibility characters', () => {
      const problems = scan({ Cases: cases(row(RESOLVED_ROW)), [NOTES_SHEET]: [['ＦＩＣＴＩＯＮＡＬ\u00A0 person   ONE']] });
      expect(found(problems)).toEqual(["'Our Notes'!A1 real-name-in-cell"]);
    });

    it('finds an alias', () => {
      expect(found(scan({ Cases: cases(row(RESOLVED_ROW)), Members: [['Email'], [ALIAS.toUpperCase()]] }))).toEqual([
        'Members!A2 real-name-in-cell',
      ]);
    });

    it('matches on word boundaries only', () => {
      expect(scan({ Cases: cases(row(RESOLVED_ROW)), [NOTES_SHEET]: [['Almond', 'Sal', 'fp1@example.organic']] })).toEqual([]);
    });

    it('matches a short name standing alone', () => {
      expect(found(scan({ Cases: cases(row(RESOLVED_ROW)), [NOTES_SHEET]: [["Al's report"]] }))).toEqual(["'Our Notes'!A1 real-name-in-cell"]);
    });

    it('finds a real name in a Cases cell', () => {
      expect(found(scan({ Cases: cases(row(RESOLVED_ROW, { personCodeName: REAL_NAME })) }))).toEqual([
        'Cases!C2 person-code-name-not-in-key',
        'Cases!C2 real-name-in-cell',
      ]);
    });

    it('scans Cases when the other sheets are not given', () => {
      const values = cases(row(RESOLVED_ROW, { personCodeName: REAL_NAME }));
      expect(found(validate(values, { identityKey: IDENTITY_KEY }))).toContain('Cases!C2 real-name-in-cell');
    });

    it('scans a tab named Identity Key in the status spreadsheet, as real names must not sit beside the records', () => {
      expect(found(scan({ Cases: cases(row(RESOLVED_ROW)), 'Identity Key': [['Real Name'], [REAL_NAME]] }))).toEqual([
        "'Identity Key'!A2 real-name-in-cell",
      ]);
    });

    it('names a sheet whose name holds a real name by its position only', () => {
      const problems = scan({ Cases: cases(row(RESOLVED_ROW)), Settings: [], [`${REAL_NAME} notes`]: [['', 'anything about Al']] });
      expect([found(problems), JSON.stringify(problems)]).toEqual([
        ['sheet 3 real-name-in-sheet-name', 'sheet 3, B1 real-name-in-cell'],
        expect.not.stringMatching(/fictional person one/i),
      ]);
    });

    it('reports a real name in a case document title by the case code name, never the name', () => {
      const problems = scan({ Cases: cases(row(RESOLVED_ROW)) }, { [DOC_URL]: `home shelf: ${REAL_NAME}` });
      const titleProblem = problems.find((problem) => problem.rule === 'real-name-in-document-title') as Problem;
      expect([titleProblem.cell, titleProblem.message, titleProblem.message.toLowerCase().includes('fictional person one')]).toEqual([
        'Cases!J2',
        'The title of the case document of home shelf contains a real name or alias from the identity key. Rename the document to its case code name.',
        false,
      ]);
    });

    it('reports a titled document that no row links to by its link', () => {
      const unlinked = 'https://docs.google.com/document/d/unlinked/edit';
      const problems = scan({ Cases: cases(row(RESOLVED_ROW)) }, { [DOC_URL]: 'home shelf', [unlinked]: REAL_NAME });
      expect(found(problems)).toEqual([`${unlinked} real-name-in-document-title`]);
    });

    it('replaces a message that would quote a name typed into a Settings list', () => {
      const vocabularies = { ...defaultVocabularies(), status: ['Ongoing', 'Resolved', REAL_NAME] };
      const problems = validate(cases(row(ONGOING_ROW, { status: 'Closed' })), { vocabularies, identityKey: IDENTITY_KEY });
      expect(problems.map((problem) => problem.message)).toEqual(['This cell breaks the rule "status-unknown".']);
    });

    it('scans nothing when the identity key could not be opened', () => {
      expect(validate(cases(row(RESOLVED_ROW)), { identityKey: null, sheets: { [NOTES_SHEET]: [[REAL_NAME]] } })).toEqual([]);
    });
  });

  describe('missing columns', () => {
    const WITHOUT_SAFETY_RISK = cases(row(RESOLVED_ROW)).map((cells) => cells.filter((_, index) => index !== 6));

    it('gives one problem naming the column and suggesting Set up or repair', () => {
      expect(validate(WITHOUT_SAFETY_RISK)).toEqual([
        {
          cell: 'Cases!1:1',
          rule: 'missing-column',
          message: 'The Cases sheet has no Safety Risk column. Run Django CoC > Set up or repair to add it.',
          at: null,
        },
      ]);
    });

    it('still scans for real names', () => {
      const values = WITHOUT_SAFETY_RISK.map((cells, index) => (index === 1 ? [...cells, REAL_NAME] : cells));
      expect(found(validate(values, { identityKey: IDENTITY_KEY }))).toEqual(['Cases!1:1 missing-column', 'Cases!J2 real-name-in-cell']);
    });
  });

  describe('on a large tracker', () => {
    const ROWS = 10_000;
    /** Every 97th row breaks a rule; the expected problem is recorded as it is seeded. */
    function generatedTracker(): { values: SheetRow[]; expected: string[] } {
      const values = cases();
      const expected: string[] = [];
      const seeds: [Partial<Record<CasesColumnKey, SheetCell>>, string][] = [
        [{ status: '' }, 'D status-required'],
        [{ dateOfReport: '2024-01-05' }, 'A date-of-report-not-a-date'],
        [{ consequences: 'warning ' }, 'I consequences-not-exact'],
        [{ resolutionDate: day('2023-12-31') }, 'F resolution-date-before-report'],
        [{ personCodeName: 'Red Fox' }, 'C person-code-name-not-in-key'],
        [{ ongoingHarassment: `ask ${REAL_NAME}` }, 'H ongoing-harassment-unknown|H real-name-in-cell'],
      ];
      for (let index = 0; index < ROWS; index++) {
        const caseCodeName = `case ${String.fromCharCode(97 + (index % 26)).repeat(3)}${String.fromCharCode(97 + Math.floor(index / 26) % 26).repeat(2)}${String.fromCharCode(97 + Math.floor(index / 676) % 26)}`;
        const person = index % 2 === 0 ? 'Blue Jay' : 'Green Owl';
        const seed = index % 97 === 0 ? seeds[(index / 97) % seeds.length] : null;
        values.push(row(RESOLVED_ROW, { caseCodeName, personCodeName: person, documents: '', ...(seed ? seed[0] : {}) }));
        if (seed) for (const problem of seed[1].split('|')) expected.push(`Cases!${problem.replace(' ', `${index + 2} `)}`);
      }
      return { values, expected };
    }

    it('finds every seeded problem in 10,000 rows', () => {
      const { values, expected } = generatedTracker();
      expect(found(validate(values, { identityKey: IDENTITY_KEY }))).toEqual(expected);
    });
  });
});

describe('missingColumnsError', () => {
  it('names one missing column and says how to fix it', () => {
    expect(() => {
      throw missingColumnsError(['Status']);
    }).toThrow('The Cases sheet has no Status column. Run Django CoC > Set up or repair to add it, then try again.');
  });

  it('names several missing columns', () => {
    expect(() => {
      throw missingColumnsError(['Status', 'Safety Risk', 'Documents']);
    }).toThrow('The Cases sheet has no Status, Safety Risk and Documents columns. Run Django CoC > Set up or repair to add them, then try again.');
  });

  it('carries the missing-columns code', () => {
    expect(missingColumnsError(['Status']).code).toBe('missing-columns');
  });
});
