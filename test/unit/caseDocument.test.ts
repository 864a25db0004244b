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

  it('keeps the hyphen of an older case code name', () => {
    expect(caseDocumentTitle('home-shelf')).toBe('home-shelf');
  });

  it.each(['Fictional Person', 'notes on Fictional Person One', 'home shelf (Fictional Person)'])(
    'refuses to make a real name typed into Case Code Name, such as %j, a document title, without repeating it',
    (typed) => {
      expect(() => caseDocumentTitle(typed)).toThrow(
        expect.objectContaining({ code: 'invalid-case-code-name', message: expect.not.stringContaining('Fictional') }),
      );
    },
  );

  it('refuses a blank case code name', () => {
    expect(() => caseDocumentTitle('  ')).toThrow('the case code name is blank');
  });
});
