import { errorSummary, errorTarget, orderedErrorKeys } from '../../src/ui/LogReportSidebar/fieldErrors';

describe('errorTarget', () => {
  it('sends every message about a person to that person entry', () => {
    expect(errorTarget('people.2')).toEqual({ person: 2 });
    expect(errorTarget('people.0.realName')).toEqual({ person: 0 });
    expect(errorTarget('people.11.personCodeName')).toEqual({ person: 11 });
  });

  it('sends other messages to their field', () => {
    expect(errorTarget('people')).toEqual({ field: 'people' });
    expect(errorTarget('resolutionDate')).toEqual({ field: 'resolutionDate' });
  });
});

describe('orderedErrorKeys', () => {
  it('orders the messages as the form shows its fields, people in list order', () => {
    const errors = { summary: 's', 'people.10.realName': 'b', status: 'x', dateOfReport: 'd', 'people.2': 'a', people: 'p' };
    expect(orderedErrorKeys(errors)).toEqual(['dateOfReport', 'people', 'people.2', 'people.10.realName', 'status', 'summary']);
  });
});

describe('errorSummary', () => {
  it('names each field to fix once, in form order', () => {
    expect(errorSummary({ status: 'x', 'people.1.realName': 'y', 'people.1': 'z', dateOfReport: 'w' }))
      .toBe('Please correct: Date of Report, Person 2, Status.');
  });

  it('is empty when there is nothing to fix', () => {
    expect(errorSummary({})).toBe('');
  });
});
