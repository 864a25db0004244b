import { auditCaseFolder, auditPlacement, intendedFolderEditors } from '../../src/core/caseFolder';
import { Member, MemberRole } from '../../src/core/members';
import { Conflict } from '../../src/core/conflicts';

const CHAIR = 'chair@example.org';
const SECOND_CHAIR = 'fictional.cochair@example.org';
const MEMBER = 'fictional.member@example.org';
const FORMER_CHAIR = 'fictional.former@example.org';

function member(email: string, role: MemberRole, active = true): Member {
  return { rowIndex: 1, email, role, identityKeyAccess: false, active };
}

const MEMBERS = [member(CHAIR, 'Chair'), member(SECOND_CHAIR, 'Chair'), member(MEMBER, 'Member'), member(FORMER_CHAIR, 'Chair', false)];
const CONFLICT: Conflict = { rowIndex: 1, memberEmail: SECOND_CHAIR, caseCodeName: 'home shelf', declaredOn: null };
const PRIVATE_FOLDER = { access: 'PRIVATE', permission: 'NONE', owner: CHAIR, editors: [], viewers: [] };

describe('intendedFolderEditors', () => {
  it('is the active chairs without any conflict', () => {
    expect(intendedFolderEditors(MEMBERS, [CONFLICT])).toEqual([CHAIR]);
  });

  it('leaves out members who are not chairs, however free of conflicts', () => {
    expect(intendedFolderEditors([member(MEMBER, 'Member')], [])).toEqual([]);
  });
});

describe('auditCaseFolder', () => {
  it('finds nothing wrong with a private folder only its owner can open', () => {
    expect(auditCaseFolder(PRIVATE_FOLDER, [CHAIR])).toEqual([]);
  });

  it('asks for link sharing to be turned off', () => {
    expect(auditCaseFolder({ ...PRIVATE_FOLDER, access: 'DOMAIN_WITH_LINK', permission: 'VIEW' }, [CHAIR]).map((finding) => finding.fix)).toEqual([
      { kind: 'set-private' },
    ]);
  });

  it('asks for a member who can edit it to be removed, as they would inherit every document', () => {
    expect(auditCaseFolder({ ...PRIVATE_FOLDER, editors: [MEMBER] }, [CHAIR]).map((finding) => finding.fix)).toEqual([
      { kind: 'remove-editor', email: MEMBER },
    ]);
  });

  it('asks for a viewer to be removed too', () => {
    expect(auditCaseFolder({ ...PRIVATE_FOLDER, viewers: [MEMBER] }, [CHAIR]).map((finding) => finding.fix)).toEqual([
      { kind: 'remove-viewer', email: MEMBER },
    ]);
  });

  it('does not ask for a missing chair to be added', () => {
    expect(auditCaseFolder(PRIVATE_FOLDER, [CHAIR, SECOND_CHAIR])).toEqual([]);
  });

  it('tells the chair to transfer a folder owned by someone who should not have it, with no fix', () => {
    expect(auditCaseFolder({ ...PRIVATE_FOLDER, owner: MEMBER }, [CHAIR])).toEqual([
      { problem: expect.stringMatching(/^fictional\.member@example\.org owns the case documents folder/), fix: null },
    ]);
  });
});

describe('auditPlacement', () => {
  it('finds nothing wrong with a document in the case folder', () => {
    expect(auditPlacement({ inFolder: true, owner: MEMBER }, CHAIR)).toEqual([]);
  });

  it('moves a document the user owns into the folder', () => {
    expect(auditPlacement({ inFolder: false, owner: CHAIR }, CHAIR)).toEqual([{ problem: 'The document is not in the case documents folder.', fix: { kind: 'move-to-folder' } }]);
  });

  it('names the owner of a document only they can move, with no fix', () => {
    const [finding] = auditPlacement({ inFolder: false, owner: MEMBER }, CHAIR);
    expect(finding.fix).toBeNull();
    expect(finding.problem).toMatch(new RegExp(`only its owner \\(${MEMBER.replace(/\./g, '\\.')}\\) can move it`));
  });
});

describe('auditCaseFolder with addresses Drive hides', () => {
  it('says it cannot check the people whose address is hidden, with nothing to fix', () => {
    const findings = auditCaseFolder({ access: 'PRIVATE', permission: 'NONE', owner: 'chair@example.org', editors: [], viewers: [], hiddenPeople: 2 }, ['chair@example.org']);
    expect(findings).toEqual([
      {
        problem:
          'Drive does not show the email address of 2 people who can open the case documents folder, so whether they should could not be checked. Check its Share settings in Google Drive.',
        fix: null,
      },
    ]);
  });
});
