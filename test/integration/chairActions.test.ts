/**
 * The chair's actions of spec section 9 that replace typing into cells: Grant access (the only way
 * besides onboarding to give a member a document or the key), Remove conflict and Hand over the chair.
 */
import type { GrantAccessResult } from '../../src/actions/members/grantAccess';
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, addCaseFolder, addIdentityKey, addMember, cellOf, copyOf, edit, errorOf, ok, ongoingCase, recordConflict, run, setUpWorkspace,
  sheetValues, writeCases,
} from './helpers';

const HOME = 'home shelf';
const QUIET = 'quiet lantern';

function group(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addIdentityKey(workspace, [], { editors: [] });
  const { documents } = addCaseFolder(workspace, [HOME, QUIET]);
  writeCases(workspace, [ongoingCase({ caseCodeName: HOME, documents: documents[0].url }), ongoingCase({ caseCodeName: QUIET, documents: documents[1].url })]);
  return workspace;
}

function auditLines(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => `${row[1]} ${row[2]}: ${row[3] ?? ''}`);
}

describe('grantAccess', () => {
  it('gives the named member the named case’s document, and logs it', () => {
    const workspace = group();
    expect(ok<GrantAccessResult>(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, HOME] }))).toEqual({ email: MEMBER_EMAIL, granted: HOME });
    expect(workspace.files['case-folder-doc-1'].editors).toEqual([MEMBER_EMAIL]);
    expect(workspace.files['case-folder-doc-2'].editors).toEqual([]);
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Granted access: ${HOME}`]);
  });

  it('gives the key only to a member with Identity Key Access', () => {
    const workspace = group();
    expect(errorOf(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, 'identity key'] }))).toMatch(/does not have Identity Key Access/);
    ok(run(workspace, 'grantAccess', { args: [KEY_HOLDER_EMAIL, 'Identity key'] }));
    expect(workspace.files['identity-key'].editors).toEqual([KEY_HOLDER_EMAIL]);
  });

  it('gives the case folder only to an active chair with no conflict of interest, and logs it', () => {
    const workspace = group();
    expect(errorOf(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, 'case folder'] }))).toMatch(/Only an active chair with no conflict of interest/);
    // A co-chair as a chair makes one: the Role typed, then Set up or repair protecting for them.
    const members = sheetValues(workspace, 'Members');
    ok(edit(workspace, 'Members', cellOf(workspace, 'Members', 'Role', members.findIndex((row) => row[0] === MEMBER_EMAIL) + 1), 'Chair'));
    recordConflict(workspace, MEMBER_EMAIL, QUIET);
    expect(errorOf(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, 'case folder'] }))).toMatch(/Only an active chair with no conflict of interest/);
    expect(workspace.files['case-folder'].editors).toEqual([]);
    ok(run(workspace, 'removeConflict', { args: [MEMBER_EMAIL, QUIET] }));
    expect(ok<GrantAccessResult>(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, ' Case Folder '] }))).toEqual({ email: MEMBER_EMAIL, granted: 'Case folder' });
    expect(workspace.files['case-folder'].editors).toEqual([MEMBER_EMAIL]);
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Granted access: `]);
  });

  it('refuses a member with a conflict for the case, and a document linked from two cases', () => {
    const workspace = group();
    recordConflict(workspace, MEMBER_EMAIL, HOME);
    expect(errorOf(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, HOME] }))).toMatch(/conflict of interest/);
    writeCases(workspace, [ongoingCase({ caseCodeName: 'amber kettle', documents: 'https://docs.google.com/document/d/case-folder-doc-2/edit' })]);
    expect(errorOf(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, QUIET] }))).toMatch(/linked from another case too/);
    expect(workspace.files['case-folder-doc-2'].editors).toEqual([]);
  });
});

/** Every message a menu run showed, in order. */
function messagesOf(response: RunResponse): string[] {
  return response.shown.map((shown) => ('message' in shown ? String(shown.message) : shown.type));
}

const INACTIVE_EMAIL = 'fictional.former@example.org';

describe('the chair\'s menu items refuse a person who is not an active member before asking anything more', () => {
  it.each([
    ['grantAccessFromMenu', 'Email of the member to give access to:', 'Only an active member can be given access. Onboard them first (Django CoC › Members › Onboard member).'],
    ['handOverChairFromMenu', 'Email of the member who takes over the chair:', 'Only an active member can take over the chair. Onboard them first.'],
  ])('%s', (functionName, question, refusal) => {
    const workspace = group();
    addMember(workspace, INACTIVE_EMAIL, { active: false });
    const before = copyOf(workspace);
    for (const email of [INACTIVE_EMAIL, 'fictional.nobody@example.org']) {
      const response = run(workspace, functionName, { answers: [email] });
      expect([messagesOf(response), 'error' in response ? response.error : null]).toEqual([[question, refusal], null]);
    }
    expect(workspace.files).toEqual(before.files);
    expect(sheetValues(workspace, 'Members')).toEqual(sheetValues(before, 'Members'));
  });

  it('tells the chair, who alone can, to remove a conflict that no longer applies', () => {
    const workspace = group();
    recordConflict(workspace, MEMBER_EMAIL, HOME);
    expect(messagesOf(run(workspace, 'grantAccessFromMenu', { answers: [MEMBER_EMAIL, HOME, 'YES'] })).slice(-1)).toEqual([
      'That member has a conflict of interest for that case, so its document was not shared with them. If the conflict no longer applies, remove it first with Django CoC › Members › Remove conflict.',
    ]);
  });
});

describe('removeConflict', () => {
  it('is the chair’s alone, removes the conflict from the record and the view, logs it and shares nothing', () => {
    const workspace = group();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    expect(errorOf(run(workspace, 'removeConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }))).toBe('Only the chair can remove a conflict of interest.');
    ok(run(workspace, 'removeConflict', { args: [MEMBER_EMAIL, HOME] }));
    expect(sheetValues(workspace, 'Conflicts').slice(1)).toEqual([]);
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Removed conflict: ${HOME}`]);
    expect(workspace.files['case-folder-doc-1'].editors).not.toContain(MEMBER_EMAIL);
    ok(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, HOME] }));
    expect(workspace.files['case-folder-doc-1'].editors).toContain(MEMBER_EMAIL);
  });
});

describe('handOverChair', () => {
  it('makes the member chair at once, and the former chair a member', () => {
    const workspace = group();
    const result = ok<{ toDo: string }>(run(workspace, 'handOverChair', { args: [MEMBER_EMAIL] }));
    expect(result.toDo).toMatch(/Set up or repair/);
    expect(sheetValues(workspace, 'Members').slice(1, 3).map((row) => row.slice(0, 2))).toEqual([
      [CHAIR_EMAIL, 'Member'],
      [MEMBER_EMAIL, 'Chair'],
    ]);
    ok(run(workspace, 'auditSharing', { args: [false], user: MEMBER_EMAIL }));
    expect(errorOf(run(workspace, 'auditSharing', { args: [false] }))).toBe('Only the chair can audit sharing.');
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Handed over the chair: `]);
  });

  it('gives the new chair the case folder, unless they have declared a conflict, which it says', () => {
    const workspace = group();
    ok(run(workspace, 'handOverChair', { args: [MEMBER_EMAIL] }));
    expect(workspace.files['case-folder'].editors).toEqual([MEMBER_EMAIL]);
    const conflicted = group();
    recordConflict(conflicted, MEMBER_EMAIL, QUIET);
    expect(ok<{ toDo: string }>(run(conflicted, 'handOverChair', { args: [MEMBER_EMAIL] })).toDo).toMatch(/conflict of interest, so the case folder was not shared with them/);
    expect(conflicted.files['case-folder'].editors).toEqual([]);
  });

  it('leaves the former chair, as the spreadsheet’s owner, able to edit Members: the new chair’s repair says so', () => {
    const workspace = group();
    ok(run(workspace, 'handOverChair', { args: [MEMBER_EMAIL] }));
    const { warnings } = ok<{ warnings: string[] }>(run(workspace, 'setUpSpreadsheet', { user: MEMBER_EMAIL }));
    expect(warnings).toEqual([expect.stringMatching(/^The spreadsheet's owner, chair@example.org, is not a chair/)]);
  });
});
