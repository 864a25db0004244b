import { caseDocumentSections, caseDocumentTitle } from '../../src/core/caseDocument';

const CASE_CODE_NAME = 'home shelf';

describe('caseDocumentSections', () => {
  it('lists the manual’s headed sections in order', () => {
    expect(caseDocumentSections().map((section) => section.heading)).toEqual([
      'Report summary',
      'Working group discussion and scope',
      'Proposed behavioural modification plan',
      'Proposed consequences',
      'Discussions with moderators, organisers or other working groups',
      'Discussions with the reported person',
      'Follow-up sent to the reporter',
      'Resolution (actions taken, outcome, review date)',
    ]);
  });

  it('reminds the writer in every section to date each entry', () => {
    expect(caseDocumentSections().filter((section) => !/Date every entry/.test(section.reminder))).toEqual([]);
  });

  it('reminds the writer in every section to describe behaviour in neutral words', () => {
    expect(caseDocumentSections().filter((section) => !/describe behaviour in neutral/.test(section.reminder))).toEqual([]);
  });

  it('returns a fresh copy, so a caller cannot change the next document', () => {
    caseDocumentSections()[0].heading = 'Changed';
    expect(caseDocumentSections()[0].heading).toBe('Report summary');
  });
});

describe('caseDocumentTitle', () => {
  it('is exactly the case code name', () => {
    expect(caseDocumentTitle(CASE_CODE_NAME)).toBe(CASE_CODE_NAME);
  });

  it('drops surrounding white space', () => {
    expect(caseDocumentTitle(` ${CASE_CODE_NAME} `)).toBe(CASE_CODE_NAME);
  });

  it('refuses a blank case code name', () => {
    expect(() => caseDocumentTitle('  ')).toThrow('the case code name is blank');
  });
});
