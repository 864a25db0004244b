import { CaseDocumentSharing, auditCaseDocument, intendedEditors } from '../../src/core/sharing';
import { Member } from '../../src/core/members';
import { Conflict } from '../../src/core/conflicts';

const CASE = 'home shelf';
const CHAIR = 'chair@example.org';
const MEMBER = 'fictional.member@example.org';
const CONFLICTED = 'fictional.conflicted@example.org';
const FORMER = 'fictional.former@example.org';
const STRANGER = 'fictional.stranger@example.org';
const REAL_NAME = 'Fictional Person One';

function member(email: string, active = true): Member {
  return { rowIndex: 1, email, role: 'Member', identityKeyAccess: false, active };
}

const MEMBERS: Member[] = [member(MEMBER), member(CHAIR), member(CONFLICTED), member(FORMER, false)];
const CONFLICTS: Conflict[] = [{ rowIndex: 1, memberEmail: CONFLICTED, caseCodeName: 'home-shelf', declaredOn: null }];
const INTENDED = [CHAIR, MEMBER];

const CLEAN_DOC: CaseDocumentSharing = {
  caseCodeName: CASE,
  title: CASE,
  access: 'PRIVATE',
  permission: 'NONE',
  owner: CHAIR,
  editors: [MEMBER],
  viewers: [],
};

describe('intendedEditors', () => {
  it('lists the active members without a conflict for the case, sorted', () => {
    expect(intendedEditors(CASE, MEMBERS, CONFLICTS)).toEqual(INTENDED);
  });

  it('gives the conflicted member another case', () => {
    expect(intendedEditors('quiet lamp', MEMBERS, CONFLICTS)).toEqual([CHAIR, CONFLICTED, MEMBER]);
  });

  it('lower-cases and lists each email once', () => {
    expect(intendedEditors(CASE, [member('Fictional.Member@Example.org'), member(MEMBER)], [])).toEqual([MEMBER]);
  });
});

describe('auditCaseDocument', () => {
  it('finds nothing wrong with a private document shared with exactly the intended editors', () => {
    expect(auditCaseDocument(CLEAN_DOC, INTENDED)).toEqual([]);
  });

  it('compares emails case-insensitively', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, owner: CHAIR.toUpperCase(), editors: [' Fictional.Member@example.org'] }, INTENDED)).toEqual([]);
  });

  it('finds link sharing and sets the document private', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, access: 'ANYONE_WITH_LINK', permission: 'VIEW' }, INTENDED)).toEqual([
      { caseCodeName: CASE, problem: 'Anyone who has the link can open the document. It should be private.', fix: { kind: 'set-private' } },
    ]);
  });

  it('finds domain sharing and says what the domain can do', () => {
    const [finding] = auditCaseDocument({ ...CLEAN_DOC, access: 'DOMAIN', permission: 'EDIT' }, INTENDED);
    expect([finding.problem, finding.fix]).toEqual(['Everyone in the domain can edit the document. It should be private.', { kind: 'set-private' }]);
  });

  it('treats an access level it does not know as not private', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, access: 'SOMETHING_NEW' }, INTENDED).map((f) => f.fix)).toEqual([{ kind: 'set-private' }]);
  });

  it('renames a document whose title is not exactly the case code name, without quoting the title', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, title: `${CASE} (${REAL_NAME})` }, INTENDED);
    expect(findings).toEqual([
      { caseCodeName: CASE, problem: 'The document title is not exactly the case code name.', fix: { kind: 'rename', title: CASE } },
    ]);
  });

  it('never proposes renaming a document to a real name typed into the Case Code Name cell', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, caseCodeName: REAL_NAME }, INTENDED);
    expect(findings).toEqual([
      {
        caseCodeName: REAL_NAME,
        problem:
          'Its Case Code Name in Cases is not a case code name (two lower-case words), so the document was not renamed to it. Run Django CoC › Validate records to find the cell and correct it.',
        fix: null,
      },
    ]);
  });

  it('renames a title that differs only in case', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, title: 'Home Shelf' }, INTENDED).map((f) => f.fix)).toEqual([{ kind: 'rename', title: CASE }]);
  });

  it('removes a conflicted, former or unknown editor', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, editors: [MEMBER, CONFLICTED, FORMER, STRANGER] }, INTENDED);
    expect(findings.map((f) => f.fix)).toEqual([
      { kind: 'remove-editor', email: CONFLICTED },
      { kind: 'remove-editor', email: FORMER },
      { kind: 'remove-editor', email: STRANGER },
    ]);
  });

  it('removes a viewer who should not have access', () => {
    const [finding] = auditCaseDocument({ ...CLEAN_DOC, viewers: [STRANGER] }, INTENDED);
    expect(finding).toEqual({
      caseCodeName: CASE,
      problem: `${STRANGER} can view the document but is not an active member without a conflict of interest for this case.`,
      fix: { kind: 'remove-viewer', email: STRANGER },
    });
  });

  it('makes an intended member who can only view an editor, without removing them', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, editors: [], viewers: [MEMBER] }, INTENDED);
    expect(findings.map((f) => f.fix)).toEqual([{ kind: 'add-editor', email: MEMBER }]);
  });

  it('adds an intended editor who is missing', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, editors: [] }, INTENDED);
    expect(findings).toEqual([
      { caseCodeName: CASE, problem: `${MEMBER} should be able to edit the document but cannot.`, fix: { kind: 'add-editor', email: MEMBER } },
    ]);
  });

  it('never removes the owner, and tells the chair to transfer ownership by hand', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, owner: FORMER, editors: [CHAIR, MEMBER, FORMER] }, INTENDED);
    expect(findings).toEqual([
      {
        caseCodeName: CASE,
        problem: `${FORMER} owns the document but is not an active member without a conflict of interest for this case. The owner cannot be removed: the chair must transfer ownership by hand in Google Drive.`,
        fix: null,
      },
    ]);
  });

  it('accepts a document with no owner, as on a shared drive', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, owner: '', editors: [CHAIR, MEMBER] }, INTENDED)).toEqual([]);
  });

  it('lists findings in the order they are best fixed', () => {
    const doc = { ...CLEAN_DOC, access: 'ANYONE', title: 'draft', owner: FORMER, editors: [STRANGER], viewers: [CONFLICTED] };
    expect(auditCaseDocument(doc, INTENDED).map((f) => f.fix?.kind ?? 'by hand')).toEqual([
      'set-private',
      'rename',
      'remove-editor',
      'remove-viewer',
      'add-editor',
      'add-editor',
      'by hand',
    ]);
  });
});
