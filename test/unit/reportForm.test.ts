import {
  MAX_NAME_LENGTH,
  MAX_PEOPLE_PER_REPORT,
  MAX_SUMMARY_LENGTH,
  ReportFormContext,
  validateReportForm,
} from '../../src/core/reportForm';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { UserError } from '../../src/core/errors';

const TODAY = '2025-03-10';
const REAL_NAME = 'Fictional Person One';
const SUMMARY = 'Fictional summary: repeated unwelcome messages in a forum thread.';

const CONTEXT: ReportFormContext = { vocabularies: defaultVocabularies(), today: TODAY, canUseIdentityKey: true };
const WITHOUT_KEY_ACCESS: ReportFormContext = { ...CONTEXT, canUseIdentityKey: false };

const ONGOING_FORM = {
  dateOfReport: '2025-03-01',
  kind: 'needs-decision',
  people: [{ realName: REAL_NAME }, { personCodeName: 'Blue Jay' }],
  safetyRisk: 'No',
  ongoingHarassment: 'Maybe',
  status: 'Ongoing',
  summary: SUMMARY,
};

const RESOLVED_FORM = {
  ...ONGOING_FORM,
  kind: 'keep-on-file',
  status: 'Resolved',
  resolutionSource: 'Local Event Reps',
  resolutionDate: '2025-03-05',
  consequences: 'Warning',
};

const ALL_FIELDS = [
  'dateOfReport',
  'kind',
  'safetyRisk',
  'ongoingHarassment',
  'status',
  'summary',
];

/** The per-field messages of a rejected form; fails the test when the form is accepted. */
function problemsOf(input: unknown, context: ReportFormContext = CONTEXT): Record<string, string> {
  try {
    validateReportForm(input, context);
  } catch (error) {
    if (error instanceof UserError) return error.fields;
    throw error;
  }
  throw new Error('expected the form to be rejected');
}

describe('validateReportForm', () => {
  describe('a valid form', () => {
    it('is returned with the same values when it is already tidy', () => {
      expect(validateReportForm(ONGOING_FORM, CONTEXT)).toEqual(ONGOING_FORM);
    });

    it('keeps the resolution fields of a resolved report', () => {
      expect(validateReportForm(RESOLVED_FORM, CONTEXT)).toEqual(RESOLVED_FORM);
    });

    it('trims text and collapses white space inside names', () => {
      const form = { ...ONGOING_FORM, dateOfReport: ' 2025-03-01 ', people: [{ realName: `  Fictional \n Person   One ` }], summary: `\n${SUMMARY}  ` };
      expect(validateReportForm(form, CONTEXT)).toMatchObject({ dateOfReport: '2025-03-01', people: [{ realName: REAL_NAME }], summary: SUMMARY });
    });

    it('returns list values in the list’s own spelling', () => {
      const form = { ...RESOLVED_FORM, safetyRisk: ' no', status: 'RESOLVED', resolutionSource: 'local  event reps', consequences: 'warning' };
      expect(validateReportForm(form, CONTEXT)).toMatchObject({ safetyRisk: 'No', status: 'Resolved', resolutionSource: 'Local Event Reps', consequences: 'Warning' });
    });

    it('accepts a report that names no one', () => {
      expect(validateReportForm({ ...ONGOING_FORM, people: [] }, CONTEXT).people).toEqual([]);
    });

    it('reads a missing list of people as naming no one', () => {
      const withoutPeople: Partial<typeof ONGOING_FORM> = { ...ONGOING_FORM };
      delete withoutPeople.people;
      expect(validateReportForm(withoutPeople, CONTEXT).people).toEqual([]);
    });

    it('accepts a report dated today', () => {
      expect(validateReportForm({ ...ONGOING_FORM, dateOfReport: TODAY }, CONTEXT).dateOfReport).toBe(TODAY);
    });

    it('ignores extra keys', () => {
      const result = validateReportForm({ ...ONGOING_FORM, caseCodeName: 'home shelf', isAdmin: true }, CONTEXT);
      expect(Object.keys(result).sort()).toEqual(Object.keys(ONGOING_FORM).sort());
    });

    it('drops empty resolution fields an ongoing report sends', () => {
      const form = { ...ONGOING_FORM, resolutionSource: '', resolutionDate: ' ', consequences: null };
      expect(validateReportForm(form, CONTEXT)).toEqual(ONGOING_FORM);
    });

    it('accepts a code name from a member without Identity Key Access', () => {
      const form = { ...ONGOING_FORM, people: [{ personCodeName: 'Blue Jay' }] };
      expect(validateReportForm(form, WITHOUT_KEY_ACCESS).people).toEqual([{ personCodeName: 'Blue Jay' }]);
    });
  });

  describe('rejection', () => {
    it('throws a UserError with the invalid-form code and a fixed sentence', () => {
      expect(() => validateReportForm({}, CONTEXT)).toThrow(new UserError('invalid-form', 'Please correct the highlighted fields.'));
    });

    it('reports every missing field at once', () => {
      expect(Object.keys(problemsOf({})).sort()).toEqual([...ALL_FIELDS].sort());
    });

    it.each([null, 'a string', 42, [ONGOING_FORM]])('treats %p as a form with every field missing', (input) => {
      expect(Object.keys(problemsOf(input)).sort()).toEqual([...ALL_FIELDS].sort());
    });

    it('ignores values inherited from a prototype', () => {
      const withoutSummary: Partial<typeof ONGOING_FORM> = { ...ONGOING_FORM };
      delete withoutSummary.summary;
      const inherited = Object.assign(Object.create({ summary: SUMMARY }), withoutSummary);
      expect(problemsOf(inherited)).toEqual({ summary: 'Enter a summary of the report.' });
    });

    it('rejects a list value of the wrong type', () => {
      expect(problemsOf({ ...ONGOING_FORM, safetyRisk: true })).toEqual({
        safetyRisk: 'Choose whether there is a safety risk: Yes or No.',
      });
    });

    it('rejects a value the list does not hold, naming the choices', () => {
      expect(problemsOf({ ...ONGOING_FORM, ongoingHarassment: 'Sometimes' })).toEqual({
        ongoingHarassment: 'Choose whether the harassment is ongoing: Yes, No or Maybe.',
      });
    });

    it('asks the chair to repair Settings when a list is empty', () => {
      const context = { ...CONTEXT, vocabularies: { ...CONTEXT.vocabularies, safetyRisk: [] } };
      expect(problemsOf(ONGOING_FORM, context).safetyRisk).toMatch(/Set up or repair/);
    });

    it('rejects an unknown report kind', () => {
      expect(Object.keys(problemsOf({ ...ONGOING_FORM, kind: 'urgent' }))).toEqual(['kind']);
    });
  });

  describe('dates', () => {
    it('rejects a date of report in the future', () => {
      expect(problemsOf({ ...ONGOING_FORM, dateOfReport: '2025-03-11' })).toEqual({
        dateOfReport: 'The date of the report cannot be in the future.',
      });
    });

    it.each(['2023-02-29', '10/03/2025', '2025-3-1', 20250301])('rejects %p as not a date', (value) => {
      expect(problemsOf({ ...ONGOING_FORM, dateOfReport: value })).toEqual({
        dateOfReport: 'Enter the date of the report as a date (YYYY-MM-DD).',
      });
    });

    it('rejects a resolution date before the date of report', () => {
      expect(problemsOf({ ...RESOLVED_FORM, resolutionDate: '2025-02-28' })).toEqual({
        resolutionDate: 'The resolution date cannot be before the date of the report.',
      });
    });

    it('accepts a resolution on the day of the report', () => {
      expect(validateReportForm({ ...RESOLVED_FORM, resolutionDate: '2025-03-01' }, CONTEXT).resolutionDate).toBe('2025-03-01');
    });

    it('rejects a resolution date in the future', () => {
      expect(problemsOf({ ...RESOLVED_FORM, resolutionDate: '2025-04-01' })).toEqual({
        resolutionDate: 'The resolution date cannot be in the future.',
      });
    });
  });

  describe('resolution fields', () => {
    it('requires all three when the status is Resolved', () => {
      const form = { ...ONGOING_FORM, status: 'Resolved' };
      expect(Object.keys(problemsOf(form)).sort()).toEqual(['consequences', 'resolutionDate', 'resolutionSource']);
    });

    it('rejects them when the status is not Resolved', () => {
      const form = { ...RESOLVED_FORM, status: 'Ongoing' };
      expect(problemsOf(form)).toEqual({
        resolutionSource: 'Leave this blank unless the status is Resolved.',
        resolutionDate: 'Leave this blank unless the status is Resolved.',
        consequences: 'Leave this blank unless the status is Resolved.',
      });
    });

    it('checks a resolution source against its list', () => {
      expect(Object.keys(problemsOf({ ...RESOLVED_FORM, resolutionSource: 'Somebody' }))).toEqual(['resolutionSource']);
    });
  });

  describe('people', () => {
    it('rejects a list that is not a list', () => {
      expect(Object.keys(problemsOf({ ...ONGOING_FORM, people: REAL_NAME }))).toEqual(['people']);
    });

    it(`rejects more than ${MAX_PEOPLE_PER_REPORT} people`, () => {
      const people = Array.from({ length: MAX_PEOPLE_PER_REPORT + 1 }, (_, index) => ({ personCodeName: `Person ${index}` }));
      expect(problemsOf({ ...ONGOING_FORM, people })).toEqual({ people: `List at most ${MAX_PEOPLE_PER_REPORT} people in one report.` });
    });

    it(`accepts exactly ${MAX_PEOPLE_PER_REPORT} people`, () => {
      const people = Array.from({ length: MAX_PEOPLE_PER_REPORT }, (_, index) => ({ personCodeName: `Person ${index}` }));
      expect(validateReportForm({ ...ONGOING_FORM, people }, CONTEXT).people).toHaveLength(MAX_PEOPLE_PER_REPORT);
    });

    it.each([{}, { realName: '  ' }, 'Blue Jay', null])('rejects the entry %p as naming no one', (person) => {
      expect(problemsOf({ ...ONGOING_FORM, people: [{ personCodeName: 'Red Fox' }, person] })).toEqual({
        'people.1': 'Enter a real name or a person code name, or remove this person.',
      });
    });

    it('rejects a real name of only invisible characters instead of logging the report with no one named', () => {
      expect(problemsOf({ ...ONGOING_FORM, people: [{ realName: '\u200B\u00AD ' }] })).toEqual({
        'people.0': 'Enter a real name or a person code name, or remove this person.',
      });
    });

    it('rejects an entry with both a real name and a code name', () => {
      expect(problemsOf({ ...ONGOING_FORM, people: [{ realName: REAL_NAME, personCodeName: 'Blue Jay' }] })).toEqual({
        'people.0': 'Enter either a real name or a person code name, not both.',
      });
    });

    it('rejects a name that is not text', () => {
      expect(problemsOf({ ...ONGOING_FORM, people: [{ realName: ['Fictional'] }] })).toEqual({ 'people.0.realName': 'Enter this as text.' });
    });

    it(`rejects a real name longer than ${MAX_NAME_LENGTH} characters`, () => {
      const people = [{ realName: 'x'.repeat(MAX_NAME_LENGTH + 1) }];
      expect(problemsOf({ ...ONGOING_FORM, people })).toEqual({ 'people.0.realName': `Names can be at most ${MAX_NAME_LENGTH} characters.` });
    });

    it(`rejects a code name longer than ${MAX_NAME_LENGTH} characters`, () => {
      const people = [{ personCodeName: 'x'.repeat(MAX_NAME_LENGTH + 1) }];
      expect(Object.keys(problemsOf({ ...ONGOING_FORM, people }))).toEqual(['people.0.personCodeName']);
    });

    it('rejects a real name from a member without Identity Key Access, in a plain sentence', () => {
      expect(problemsOf(ONGOING_FORM, WITHOUT_KEY_ACCESS)).toEqual({
        'people.0.realName':
          "You don't have Identity Key Access, so you can't enter a real name. Choose an existing person code name instead, or ask a member with access to log this report.",
      });
    });

    it('rejects the same real name twice, however it is spelt', () => {
      const people = [{ realName: REAL_NAME }, { realName: ' FICTIONAL  person one' }];
      expect(problemsOf({ ...ONGOING_FORM, people })).toEqual({ 'people.1.realName': 'This person is already listed above. Remove the repeat.' });
    });

    it('rejects the same code name twice in another case', () => {
      const people = [{ personCodeName: 'Blue Jay' }, { personCodeName: 'blue jay' }];
      expect(Object.keys(problemsOf({ ...ONGOING_FORM, people }))).toEqual(['people.1.personCodeName']);
    });
  });

  describe('summary', () => {
    it(`rejects a summary longer than ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters`, () => {
      expect(Object.keys(problemsOf({ ...ONGOING_FORM, summary: 'x'.repeat(MAX_SUMMARY_LENGTH + 1) }))).toEqual(['summary']);
    });

    it(`accepts a summary of exactly ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters`, () => {
      const summary = 'x'.repeat(MAX_SUMMARY_LENGTH);
      expect(validateReportForm({ ...ONGOING_FORM, summary }, CONTEXT).summary).toBe(summary);
    });

    it('rejects a summary that is not text', () => {
      expect(problemsOf({ ...ONGOING_FORM, summary: { text: SUMMARY } })).toEqual({ summary: 'Enter the summary as text.' });
    });
  });

  describe('messages', () => {
    it('never repeat a submitted real name or summary, wherever it was typed', () => {
      const everywhere = {
        dateOfReport: REAL_NAME,
        kind: REAL_NAME,
        people: [{ realName: REAL_NAME }, { realName: REAL_NAME }, { personCodeName: REAL_NAME, realName: SUMMARY }],
        safetyRisk: REAL_NAME,
        ongoingHarassment: SUMMARY,
        status: 'Ongoing',
        resolutionSource: REAL_NAME,
        resolutionDate: REAL_NAME,
        consequences: SUMMARY,
        summary: 'x'.repeat(MAX_SUMMARY_LENGTH) + SUMMARY,
      };
      const error = (() => {
        try {
          validateReportForm(everywhere, WITHOUT_KEY_ACCESS);
        } catch (thrown) {
          return thrown as UserError;
        }
        throw new Error('expected the form to be rejected');
      })();
      const shown = JSON.stringify({ message: error.message, fields: error.fields });
      expect([Object.keys(error.fields).length, shown.includes('Fictional'), shown.includes('unwelcome')]).toEqual([11, false, false]);
    });
  });
});
