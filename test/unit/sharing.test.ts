import {
  CaseDocumentSharing,
  FileSharing,
  auditCaseDocument,
  auditIdentityKeyFile,
  canManageSharing,
  caseFindingLabel,
  describeLinkSharing,
  intendedEditors,
  intendedKeyEditors,
  isPrivate,
  removalOnlyFindings,
  unmanageableFindings,
} from '../../src/core/sharing';
import { Member } from '../../src/core/members';
import { Conflict } from '../../src/core/conflicts';

const CASE = 'home shelf';
const CHAIR = 'chair@example.org';
const MEMBER = 'fictional.member@example.org';
const CONFLICTED = 'fictional.conflicted@example.org';
const FORMER = 'fictional.former@example.org';
const STRANGER = 'fictional.stranger@example.org';
const REAL_NAME = 'Fictional Person One';

function member(email: string, active = true, identityKeyAccess = false): Member {
  return { rowIndex: 1, email, role: 'Member', identityKeyAccess, active };
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

  it('lists a document whose title is not exactly the case code name, never renames it and never quotes the title', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, title: `${CASE} (${REAL_NAME})` }, INTENDED);
    expect(findings).toEqual([
      {
        caseCodeName: CASE,
        problem:
          'The document title is not exactly the case code name, so it may be another case’s document: Django CoC neither renames it nor gives anyone access to it. Check it, then correct its title or the Documents cells by hand.',
        fix: null,
      },
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

  it('does not rename even a title that differs only in case', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, title: 'Home Shelf' }, INTENDED).map((f) => f.fix)).toEqual([null]);
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

  it('never removes the owner, and tells the chair to ask the owner to transfer ownership', () => {
    const findings = auditCaseDocument({ ...CLEAN_DOC, owner: FORMER, editors: [CHAIR, MEMBER, FORMER] }, INTENDED);
    expect(findings).toEqual([
      {
        caseCodeName: CASE,
        problem: `${FORMER} owns the document but is not an active member without a conflict of interest for this case. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`,
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
      'by hand',
      'remove-editor',
      'remove-viewer',
      'add-editor',
      'add-editor',
      'by hand',
    ]);
  });
});

describe('removalOnlyFindings', () => {
  it('takes away link sharing and everyone not intended, names an owner who should not have it, and never adds or renames', () => {
    const doc = { ...CLEAN_DOC, access: 'ANYONE_WITH_LINK', permission: 'VIEW', owner: FORMER, editors: [STRANGER], viewers: [CONFLICTED] };
    const findings = removalOnlyFindings(doc, CASE, INTENDED);
    expect(findings.map((f) => f.fix?.kind ?? 'by hand')).toEqual(['set-private', 'remove-editor', 'remove-viewer', 'by hand']);
    expect(findings.every((f) => f.caseCodeName === CASE)).toBe(true);
    expect(findings[3].problem).toBe(`${FORMER} owns the document but is not an active member without a conflict of interest for this case. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`);
  });

  it('finds nothing to take from a document only intended members can open, however many are missing', () => {
    expect(removalOnlyFindings({ ...CLEAN_DOC, editors: [] }, CASE, INTENDED)).toEqual([]);
  });
});

describe('auditCaseDocument with addresses Drive hides', () => {
  it('says how many people it cannot see instead of calling a member missing', () => {
    const doc: CaseDocumentSharing = { ...CLEAN_DOC, editors: [], hiddenPeople: 1 };
    expect(auditCaseDocument(doc, INTENDED).map((finding) => [finding.problem, finding.fix])).toEqual([
      [
        'Drive does not show the email address of one person who can open the document, so whether they should could not be checked. Check its Share settings in Google Drive.',
        null,
      ],
      [
        `${MEMBER} should be able to edit the document but is not among the people Drive shows; they may be one whose address is hidden.`,
        { kind: 'add-editor', email: MEMBER },
      ],
    ]);
  });

  it('counts several hidden people', () => {
    expect(auditCaseDocument({ ...CLEAN_DOC, hiddenPeople: 2 }, INTENDED)[0].problem).toMatch(/^Drive does not show the email address of 2 people who can open/);
  });
});

describe('isPrivate', () => {
  it('passes only PRIVATE, whatever its case or spaces', () => {
    expect(['PRIVATE', ' private ', 'ANYONE_WITH_LINK', 'DOMAIN', '', 'SOMETHING_NEW'].map(isPrivate)).toEqual([true, true, false, false, false, false]);
  });
});

describe('describeLinkSharing', () => {
  it('says who can do what to the file it is told about', () => {
    expect(describeLinkSharing('DOMAIN_WITH_LINK', 'COMMENT', 'that spreadsheet')).toBe('Everyone in the domain who has the link can comment on that spreadsheet.');
  });
});

describe('caseFindingLabel', () => {
  it('files a finding under the case code name', () => {
    expect(caseFindingLabel(' home shelf ', 3)).toBe(CASE);
  });

  it('files it under the row when the cell holds something else, never repeating the cell', () => {
    expect(caseFindingLabel(REAL_NAME, 7)).toBe('The case in Cases row 7');
  });
});

describe('canManageSharing', () => {
  const FILE: FileSharing = { access: 'PRIVATE', permission: 'NONE', owner: CHAIR, editors: [MEMBER], viewers: [STRANGER] };

  it('is true for the owner and for an editor, case-insensitively', () => {
    expect([CHAIR.toUpperCase(), ` ${MEMBER}`].map((email) => canManageSharing(FILE, email))).toEqual([true, true]);
  });

  it('is false for an editor once the owner stopped editors from sharing, and still true for the owner', () => {
    const locked = { ...FILE, shareableByEditors: false };
    expect([canManageSharing(locked, MEMBER), canManageSharing(locked, CHAIR)]).toEqual([false, true]);
  });

  it('is false for a viewer, and for someone who can only open it by link', () => {
    expect([STRANGER, FORMER, ''].map((email) => canManageSharing({ ...FILE, access: 'ANYONE_WITH_LINK' }, email))).toEqual([false, false, false]);
  });
});

describe('intendedKeyEditors', () => {
  it('lists the active members with Identity Key Access, lower case, sorted, each once', () => {
    const members = [member(MEMBER, true, true), member(CHAIR, true, true), member('Fictional.Member@Example.org', true, true), member(STRANGER), member(FORMER, false, true)];
    expect(intendedKeyEditors(members)).toEqual([CHAIR, MEMBER]);
  });
});

describe('auditIdentityKeyFile', () => {
  const KEY_HOLDERS = [CHAIR, MEMBER];
  const CLEAN_KEY: FileSharing = { access: 'PRIVATE', permission: 'NONE', owner: CHAIR, editors: [MEMBER], viewers: [] };

  it('finds nothing wrong with a private key shared with exactly the members with Identity Key Access', () => {
    expect(auditIdentityKeyFile(CLEAN_KEY, KEY_HOLDERS)).toEqual([]);
  });

  it('finds link sharing, files it under the identity key and sets the key private', () => {
    expect(auditIdentityKeyFile({ ...CLEAN_KEY, access: 'ANYONE_WITH_LINK', permission: 'VIEW' }, KEY_HOLDERS)).toEqual([
      { caseCodeName: 'Identity key', problem: 'Anyone who has the link can open the identity key. It should be private.', fix: { kind: 'set-private' } },
    ]);
  });

  it('finds domain sharing', () => {
    expect(auditIdentityKeyFile({ ...CLEAN_KEY, access: 'DOMAIN', permission: 'EDIT' }, KEY_HOLDERS).map((f) => f.problem)).toEqual([
      'Everyone in the domain can edit the identity key. It should be private.',
    ]);
  });

  it('removes an editor or viewer without Identity Key Access', () => {
    expect(auditIdentityKeyFile({ ...CLEAN_KEY, editors: [MEMBER, STRANGER], viewers: [FORMER] }, KEY_HOLDERS)).toEqual([
      {
        caseCodeName: 'Identity key',
        problem: `${STRANGER} can edit the identity key but is not an active member with Identity Key Access.`,
        fix: { kind: 'remove-editor', email: STRANGER },
      },
      {
        caseCodeName: 'Identity key',
        problem: `${FORMER} can view the identity key but is not an active member with Identity Key Access.`,
        fix: { kind: 'remove-viewer', email: FORMER },
      },
    ]);
  });

  it('adds a member with Identity Key Access who cannot edit it', () => {
    expect(auditIdentityKeyFile({ ...CLEAN_KEY, editors: [] }, KEY_HOLDERS)).toEqual([
      { caseCodeName: 'Identity key', problem: `${MEMBER} should be able to edit the identity key but cannot.`, fix: { kind: 'add-editor', email: MEMBER } },
    ]);
  });

  it('never removes the owner, and tells the chair to ask the owner to transfer ownership', () => {
    expect(auditIdentityKeyFile({ ...CLEAN_KEY, owner: FORMER, editors: [CHAIR, MEMBER] }, KEY_HOLDERS)).toEqual([
      {
        caseCodeName: 'Identity key',
        problem: `${FORMER} owns the identity key but is not an active member with Identity Key Access. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`,
        fix: null,
      },
    ]);
  });
});

describe('unmanageableFindings', () => {
  it('reports link sharing and who can check the rest, with nothing to fix', () => {
    const file: FileSharing = { access: 'ANYONE_WITH_LINK', permission: 'VIEW', owner: STRANGER, editors: [], viewers: [] };
    expect(unmanageableFindings(file, 'Identity key', 'the identity key', CHAIR)).toEqual([
      { caseCodeName: 'Identity key', problem: 'Anyone who has the link can open the identity key. It should be private.', fix: null },
      {
        caseCodeName: 'Identity key',
        problem:
          'You can open the identity key but are neither its owner nor one of its editors, so its sharing could not be checked or changed. Ask its owner to add you as an editor, then run Audit sharing again.',
        fix: null,
      },
    ]);
  });

  it('says only who can check it when it is private', () => {
    const file: FileSharing = { access: 'PRIVATE', permission: 'NONE', owner: STRANGER, editors: [], viewers: [] };
    expect(unmanageableFindings(file, 'Case folder', 'the case documents folder', CHAIR).map((f) => f.fix)).toEqual([null]);
  });

  it('tells an editor that the owner has stopped editors from sharing, naming the owner', () => {
    const file: FileSharing = { access: 'PRIVATE', permission: 'NONE', owner: STRANGER, editors: [CHAIR], viewers: [], shareableByEditors: false };
    expect(unmanageableFindings(file, CASE, 'the document', CHAIR)).toEqual([
      {
        caseCodeName: CASE,
        problem: `Its owner, ${STRANGER}, has stopped editors from changing who can open the document, so only they can check and fix its sharing. Ask them to run Audit sharing, or to let editors share it (Share › Settings in Google Drive).`,
        fix: null,
      },
    ]);
  });
});
