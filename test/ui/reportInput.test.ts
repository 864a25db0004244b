import type { LogReportOptions, ReportFormInput } from '../../src/core/apiTypes';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { ReportFieldValues, checkReport, isResolvedStatus, reportInputFromFields } from '../../src/ui/LogReportSidebar/reportInput';

const TODAY = '2025-03-14';

const OPTIONS: LogReportOptions = {
  today: TODAY,
  vocabularies: defaultVocabularies(),
  canUseIdentityKey: true,
  personCodeNames: ['Blue Jay', 'Amber Otter'],
  members: [],
};

/** A complete, valid, ongoing report naming one existing person. */
const ONGOING: ReportFieldValues = {
  dateOfReport: '2025-03-10',
  kind: 'needs-decision',
  people: [{ kind: 'personCodeName', value: 'Blue Jay' }],
  safetyRisk: 'No',
  ongoingHarassment: 'Maybe',
  status: 'Ongoing',
  resolutionSource: '',
  resolutionDate: '',
  consequences: '',
  summary: 'A fictional summary.',
  excludedMembers: [],
};

const RESOLVED: ReportFieldValues = {
  ...ONGOING,
  status: 'Resolved',
  resolutionSource: 'CoC WG',
  resolutionDate: '2025-03-12',
  consequences: 'Warning',
};

const FICTIONAL_REAL_NAME = 'Morwenna Quillfeather';

function formOf(values: ReportFieldValues, options: LogReportOptions = OPTIONS): ReportFormInput {
  const check = checkReport(values, options);
  if (!check.ok) throw new Error(`expected the form to pass, got ${JSON.stringify(check.errors)}`);
  return check.form;
}

function errorsOf(values: ReportFieldValues, options: LogReportOptions = OPTIONS): Record<string, string> {
  const check = checkReport(values, options);
  if (check.ok) throw new Error('expected the form to be refused');
  return check.errors;
}

describe('checkReport', () => {
  it('accepts a complete ongoing report and sends no resolution fields', () => {
    const check = checkReport(ONGOING, OPTIONS);
    expect(check).toEqual({
      ok: true,
      form: {
        dateOfReport: '2025-03-10',
        kind: 'needs-decision',
        people: [{ personCodeName: 'Blue Jay' }],
        safetyRisk: 'No',
        ongoingHarassment: 'Maybe',
        status: 'Ongoing',
        summary: 'A fictional summary.',
      },
    });
  });

  it('ignores resolution fields left filled in after the status went back to Ongoing', () => {
    const form = formOf({ ...RESOLVED, status: 'Ongoing' });
    expect(Object.keys(form)).not.toEqual(expect.arrayContaining(['resolutionSource']));
    expect(Object.keys(form)).not.toEqual(expect.arrayContaining(['resolutionDate']));
    expect(Object.keys(form)).not.toEqual(expect.arrayContaining(['consequences']));
  });

  it('accepts a resolved report with its resolution fields', () => {
    expect(formOf(RESOLVED)).toMatchObject({ resolutionSource: 'CoC WG', resolutionDate: '2025-03-12', consequences: 'Warning' });
  });

  it('requires the resolution fields when the status is Resolved', () => {
    const errors = errorsOf({ ...RESOLVED, resolutionSource: '', resolutionDate: '', consequences: '' });
    expect(Object.keys(errors).sort()).toEqual(['consequences', 'resolutionDate', 'resolutionSource']);
  });

  it('refuses a date of report in the future', () => {
    expect(errorsOf({ ...ONGOING, dateOfReport: '2025-03-15' })).toHaveProperty('dateOfReport');
  });

  it('refuses a resolution date before the date of report', () => {
    expect(errorsOf({ ...RESOLVED, resolutionDate: '2025-03-09' })).toHaveProperty('resolutionDate');
  });

  it('reports every missing field at once', () => {
    const blank: ReportFieldValues = { ...ONGOING, dateOfReport: '', kind: '', safetyRisk: '', ongoingHarassment: '', status: '', summary: '' };
    expect(Object.keys(errorsOf(blank)).sort()).toEqual(['dateOfReport', 'kind', 'ongoingHarassment', 'safetyRisk', 'status', 'summary']);
  });

  it('allows a report naming no one', () => {
    expect(formOf({ ...ONGOING, people: [] }).people).toEqual([]);
  });

  it('refuses a person code name that is not in the list', () => {
    const errors = errorsOf({ ...ONGOING, people: [{ kind: 'personCodeName', value: 'Grey Heron' }] });
    expect(errors).toEqual({ 'people.0.personCodeName': 'Choose a person code name from the list.' });
  });

  it("sends a person code name in the list's own spelling", () => {
    expect(formOf({ ...ONGOING, people: [{ kind: 'personCodeName', value: '  amber   otter ' }] }).people).toEqual([{ personCodeName: 'Amber Otter' }]);
  });

  it('says which kind of name an empty entry is missing', () => {
    const errors = errorsOf({ ...ONGOING, people: [{ kind: 'realName', value: ' ' }, { kind: 'personCodeName', value: '' }] });
    expect(errors['people.0']).toBe('Enter the real name, or remove this person.');
    expect(errors['people.1']).toBe('Enter a person code name from the list, or remove this person.');
  });

  it('refuses the same real name twice without repeating it in the message', () => {
    const errors = errorsOf({
      ...ONGOING,
      people: [{ kind: 'realName', value: FICTIONAL_REAL_NAME }, { kind: 'realName', value: FICTIONAL_REAL_NAME.toUpperCase() }],
    });
    expect(Object.keys(errors)).toEqual(['people.1.realName']);
    expect(JSON.stringify(errors).toLowerCase()).not.toContain(FICTIONAL_REAL_NAME.toLowerCase());
  });

  it('refuses a real name from a member without Identity Key Access', () => {
    const errors = errorsOf({ ...ONGOING, people: [{ kind: 'realName', value: FICTIONAL_REAL_NAME }] }, { ...OPTIONS, canUseIdentityKey: false });
    expect(errors).toHaveProperty(['people.0.realName']);
    expect(JSON.stringify(errors)).not.toContain(FICTIONAL_REAL_NAME);
  });
});

describe('reportInputFromFields', () => {
  it('sends each person as the kind of entry it was added as', () => {
    const input = reportInputFromFields({
      ...ONGOING,
      people: [{ kind: 'realName', value: FICTIONAL_REAL_NAME }, { kind: 'personCodeName', value: 'Blue Jay' }],
    });
    expect(input.people).toEqual([{ realName: FICTIONAL_REAL_NAME }, { personCodeName: 'Blue Jay' }]);
  });
});

describe('isResolvedStatus', () => {
  it('recognises Resolved however it is spelt, and nothing else', () => {
    expect(isResolvedStatus(' resolved ')).toBe(true);
    expect(isResolvedStatus('Ongoing')).toBe(false);
    expect(isResolvedStatus('')).toBe(false);
  });
});
