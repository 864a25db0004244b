/**
 * Onboarding, conflicts of interest, offboarding and the sharing audit (spec section 6) through
 * the built bundle in the emulator.
 */
import type {
  AuditSharingResult, OffboardMemberResult, OnboardMemberResult, OnboardingOptions, OpenCaseDocumentResult,
} from '../../src/core/apiTypes';
import type { RunResponse } from '../../emulator/runner';
import type { CellValue, DriveFileState, WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, MEMBER_EMAIL, addIdentityKey, addMember, alerts, cellOf, columnOf, copyOf, errorOf, isoDayOf, ok,
  ongoingCase, run, setSetting, setUpWorkspace, sheetState, sheetValues, todayIn, totalCalls, writeCases, recordConflict
} from './helpers';

const NEW_MEMBER = 'fictional.newcomer@example.org';
const SECOND_MEMBER = 'fictional.second@example.org';
const CASES = ['amber kettle', 'home shelf', 'quiet lantern'];
const [AMBER, HOME, QUIET] = CASES;
/** A name typed into Case Code Name by mistake. */
const TYPED_NAME = 'Fictional Person';

/** Chair and one member; three cases, each with its document made by the chair; an identity key. */
function trackerWithDocuments(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  addIdentityKey(workspace, [{ realName: 'Fictional Person One', personCodeName: 'Blue Jay' }], { editors: [] });
  writeCases(workspace, [QUIET, HOME, AMBER].map((caseCodeName) => ongoingCase({ caseCodeName })));
  for (const row of [2, 3, 4]) ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', row) } }));
  return workspace;
}

function documentOf(workspace: WorkspaceState, caseCodeName: string): DriveFileState {
  const found = Object.values(workspace.files).find((file) => file.mimeType.endsWith('document') && !file.trashed && file.name === caseCodeName);
  if (!found) throw new Error(`no document for ${caseCodeName}`);
  return found;
}

function folderOf(workspace: WorkspaceState): DriveFileState {
  const found = Object.values(workspace.files).find((file) => file.mimeType.endsWith('folder') && !file.trashed);
  if (!found) throw new Error('no case folder');
  return found;
}

/** The cases whose document the person can edit or view directly. */
function casesSharedWith(workspace: WorkspaceState, email: string): string[] {
  return CASES.filter((name) => {
    const file = documentOf(workspace, name);
    return file.editors.includes(email) || file.viewers.includes(email);
  });
}

function memberRow(workspace: WorkspaceState, email: string): CellValue[][] {
  return sheetValues(workspace, 'Members').filter((row) => row[columnOf(workspace, 'Members', 'Email')] === email);
}

function conflictRows(workspace: WorkspaceState): CellValue[][] {
  return sheetValues(workspace, 'Conflicts').slice(1);
}

function auditLines(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => `${row[1]} ${row[2]}: ${row[3] ?? ''}`);
}

function onboard(workspace: WorkspaceState, options: object, email = NEW_MEMBER, extra: { user?: string; failAtCall?: number } = {}): RunResponse {
  return run(workspace, 'onboardMember', { args: [email, options], ...extra });
}

describe('getOnboardingOptions', () => {
  it('lists every case code name once, sorted', () => {
    const workspace = setUpWorkspace();
    writeCases(workspace, [QUIET, HOME, QUIET, 'Amber-Kettle'].map((caseCodeName) => ongoingCase({ caseCodeName })));
    expect(ok<OnboardingOptions>(run(workspace, 'getOnboardingOptions'))).toEqual({ caseCodeNames: ['Amber-Kettle', HOME, QUIET] });
  });

  it('refuses a member who is not the chair', () => {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    expect(errorOf(run(workspace, 'getOnboardingOptions', { user: MEMBER_EMAIL }))).toBe('Only the chair can onboard members.');
  });
});

describe('showOnboardingDialog', () => {
  it('opens the Onboard member dialog at 560 by 600', () => {
    const response = run(setUpWorkspace(), 'showOnboardingDialog');
    expect(response.shown).toEqual([expect.objectContaining({ type: 'modalDialog', title: 'Onboard member', file: 'OnboardingDialog', width: 560, height: 600 })]);
  });
});

describe('onboardMember', () => {
  it('adds the member as active with their role and Identity Key Access', () => {
    const workspace = trackerWithDocuments();
    ok(onboard(workspace, { role: 'Member', identityKeyAccess: true, conflicts: [] }));
    expect(memberRow(workspace, NEW_MEMBER)).toEqual([[NEW_MEMBER, 'Member', 'Yes', 'Yes']]);
  });

  it('records each conflict with today as Declared On', () => {
    const workspace = trackerWithDocuments();
    ok(onboard(workspace, { conflicts: [HOME, 'Quiet-Lantern'] }));
    expect(conflictRows(workspace).map((row) => [row[0], row[1], isoDayOf(workspace, row[2])])).toEqual([
      [NEW_MEMBER, HOME, todayIn()],
      [NEW_MEMBER, QUIET, todayIn()],
    ]);
  });

  it('shares every other case document, and not those with a conflict', () => {
    const workspace = trackerWithDocuments();
    const result = ok<OnboardMemberResult>(onboard(workspace, { conflicts: [HOME] }));
    expect(casesSharedWith(workspace, NEW_MEMBER)).toEqual([AMBER, QUIET]);
    expect(result).toEqual({ email: NEW_MEMBER, sharedCases: [AMBER, QUIET], conflicts: [HOME], identityKeyShared: false, notShared: [] });
  });

  it('shares the identity key only with Identity Key Access', () => {
    const workspace = trackerWithDocuments();
    ok(onboard(workspace, { identityKeyAccess: true }));
    ok(onboard(workspace, { identityKeyAccess: false }, SECOND_MEMBER));
    expect(workspace.files['identity-key'].editors).toEqual([NEW_MEMBER]);
  });

  it('never shares the case folder with a member', () => {
    const workspace = trackerWithDocuments();
    ok(onboard(workspace, {}));
    expect(folderOf(workspace).editors).toEqual([]);
  });

  it('reactivates an inactive member on their own row', () => {
    const workspace = trackerWithDocuments();
    addMember(workspace, NEW_MEMBER, { active: false });
    ok(onboard(workspace, { role: 'Member' }));
    expect(memberRow(workspace, NEW_MEMBER)).toEqual([[NEW_MEMBER, 'Member', 'No', 'Yes']]);
  });

  it('stores an email that looks like a formula as text', () => {
    const workspace = trackerWithDocuments();
    ok(onboard(workspace, {}, '+fictional@example.org'));
    expect(memberRow(workspace, '+fictional@example.org')).toHaveLength(1);
  });

  it('appends one Onboarded member line to the audit log', () => {
    const workspace = trackerWithDocuments();
    ok(onboard(workspace, { conflicts: [HOME] }));
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Onboarded member: `]);
  });

  it.each([
    ['an email that is not an address', 'not an email', {}, 'Enter the member’s email address, such as name@example.org.'],
    ['a conflict that is not a case', NEW_MEMBER, { conflicts: ['Fictional Person One'] }, 'One of the conflicts ticked is not a case in Cases. Close the dialog, open it again and retry.'],
    ['an unknown role', NEW_MEMBER, { role: 'Owner' }, 'Choose the role: Chair or Member.'],
  ])('refuses %s, changing nothing', (_what, email, options, message) => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    expect(errorOf(onboard(workspace, options, email))).toBe(message);
    expect(workspace).toEqual(before);
  });

  it.each([null, undefined, 'Member', [HOME], true])('refuses options %j that are not an object, so no one is onboarded without their conflicts, changing nothing', (options) => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'onboardMember', { args: [NEW_MEMBER, options] }))).toBe(
      'Choose the role, Identity Key Access and the conflicts of interest in the Onboard member dialog, then try again.',
    );
    expect(workspace).toEqual(before);
  });

  it('refuses a member who is not the chair, changing nothing', () => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    expect(errorOf(onboard(workspace, {}, NEW_MEMBER, { user: MEMBER_EMAIL }))).toBe('Only the chair can onboard members.');
    expect(workspace).toEqual(before);
  });

  describe('after a fault at any service call', () => {
    const workspace = trackerWithDocuments();
    const calls = totalCalls(onboard(copyOf(workspace), { conflicts: [HOME] }));

    it.each(Array.from({ length: calls }, (_, index) => index + 1))('never shares a conflicted document (fault at call %i), and a retry finishes the job', (failAt) => {
      const copy = copyOf(workspace);
      onboard(copy, { conflicts: [HOME] }, NEW_MEMBER, { failAtCall: failAt });
      expect(casesSharedWith(copy, NEW_MEMBER)).not.toContain(HOME);
      const memberIsActive = memberRow(copy, NEW_MEMBER).some((row) => row[3] === 'Yes');
      const conflictOnRecord = conflictRows(copy).some((row) => row[0] === NEW_MEMBER && row[1] === HOME);
      expect(!memberIsActive || conflictOnRecord).toBe(true);

      ok(onboard(copy, { conflicts: [HOME] }));
      expect({ shared: casesSharedWith(copy, NEW_MEMBER), rows: memberRow(copy, NEW_MEMBER).length }).toEqual({ shared: [AMBER, QUIET], rows: 1 });
      expect(conflictRows(copy).filter((row) => row[0] === NEW_MEMBER)).toHaveLength(1);
    });
  });
});

describe('declareConflict', () => {
  it('removes the member’s access to the case document at once', () => {
    const workspace = trackerWithDocuments();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    expect(casesSharedWith(workspace, MEMBER_EMAIL)).toEqual([AMBER, QUIET]);
  });

  it('records the conflict once, however often it is declared', () => {
    const workspace = trackerWithDocuments();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    const second = ok<{ recorded: boolean }>(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, 'Home-Shelf'] }));
    expect({ recorded: second.recorded, rows: conflictRows(workspace).map((row) => [row[0], row[1]]) }).toEqual({
      recorded: false, rows: [[MEMBER_EMAIL, HOME]],
    });
  });

  it('appends one Declared conflict line naming the case', () => {
    const workspace = trackerWithDocuments();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    expect(auditLines(workspace).slice(-1)).toEqual([`${MEMBER_EMAIL} Declared conflict: ${HOME}`]);
  });

  it('takes a chair with a conflict off the case folder, which would give the document back', () => {
    const workspace = trackerWithDocuments();
    addMember(workspace, SECOND_MEMBER, { role: 'Chair' });
    folderOf(workspace).editors.push(SECOND_MEMBER);
    ok(run(workspace, 'declareConflict', { args: [SECOND_MEMBER, HOME], user: SECOND_MEMBER }));
    expect(folderOf(workspace).editors).toEqual([]);
  });

  it.each([
    ['for another member when not the chair', [CHAIR_EMAIL, HOME], 'Only the chair can declare a conflict of interest for another member.'],
    ['for a case that does not exist', [MEMBER_EMAIL, 'Fictional Person One'], 'There is no case with that code name in Cases. Check the spelling and try again.'],
    ['for someone who is not a member', ['fictional.outsider@example.org', HOME], 'Only the chair can declare a conflict of interest for another member.'],
  ])('refuses a declaration %s, changing nothing', (_what, args, message) => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'declareConflict', { args, user: MEMBER_EMAIL }))).toBe(message);
    expect(workspace).toEqual(before);
  });

  it('refuses the chair declaring for someone who is not a member, changing nothing', () => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'declareConflict', { args: ['fictional.outsider@example.org', HOME] }))).toBe(
      'There is no member with that email in the Members sheet.',
    );
    expect(workspace).toEqual(before);
  });
});

describe('declareConflict, records and audit log', () => {
  it('keeps a Case Code Name that is not a case code name out of the audit log', () => {
    const workspace = trackerWithDocuments();
    sheetState(workspace, 'Cases').values[2][columnOf(workspace, 'Cases', 'Case Code Name')] = TYPED_NAME;
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, TYPED_NAME.toLowerCase()], user: MEMBER_EMAIL }));
    expect(auditLines(workspace).slice(-1)).toEqual([`${MEMBER_EMAIL} Declared conflict: `]);
  });

  it('logs the access it removes even when the conflict was already on record', () => {
    const workspace = trackerWithDocuments();
    recordConflict(workspace, MEMBER_EMAIL, HOME);
    const result = ok<{ recorded: boolean; accessRemoved: boolean }>(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    expect({ recorded: result.recorded, accessRemoved: result.accessRemoved, last: auditLines(workspace).slice(-1) }).toEqual({
      recorded: false, accessRemoved: true, last: [`${MEMBER_EMAIL} Declared conflict: ${HOME}`],
    });
  });

  it('changes nothing, and logs nothing, when the conflict is on record and the access already gone', () => {
    const workspace = trackerWithDocuments();
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    const before = copyOf(workspace);
    ok(run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL }));
    expect(workspace).toEqual(before);
  });

  describe('after a fault at any service call', () => {
    const workspace = trackerWithDocuments();
    const declare = (copy: WorkspaceState, failAtCall?: number) => run(copy, 'declareConflict', { args: [MEMBER_EMAIL, HOME], user: MEMBER_EMAIL, failAtCall });
    const calls = totalCalls(declare(copyOf(workspace)));

    it.each(Array.from({ length: calls }, (_, index) => index + 1))(
      'a retry leaves the conflict recorded once, the access removed and the change in the audit log (fault at call %i)',
      (failAt) => {
        const copy = copyOf(workspace);
        declare(copy, failAt);
        ok(declare(copy));
        expect({
          conflicts: conflictRows(copy).map((row) => [row[0], row[1]]),
          shared: casesSharedWith(copy, MEMBER_EMAIL),
          // A run the fault stopped after its line, then the retry that removed the access: one line each.
          logged: auditLines(copy).some((line) => line === `${MEMBER_EMAIL} Declared conflict: ${HOME}`),
        }).toEqual({ conflicts: [[MEMBER_EMAIL, HOME]], shared: [AMBER, QUIET], logged: true });
      },
    );
  });
});

describe('declareConflictFromMenu', () => {
  it('declares the current user’s conflict for the active row’s case on confirmation', () => {
    const workspace = trackerWithDocuments();
    const selection = { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 3) };
    const response = run(workspace, 'declareConflictFromMenu', { user: MEMBER_EMAIL, selection, answers: ['YES', 'OK'] });
    expect(alerts(response)).toEqual([
      `Declare that you have a conflict of interest for case ${HOME}? Its document will no longer be shared with you.`,
      `Your conflict of interest for ${HOME} is recorded.\nIts document is no longer shared with you.`,
    ]);
    expect(casesSharedWith(workspace, MEMBER_EMAIL)).toEqual([AMBER, QUIET]);
  });

  it('asks for the case code name when the active cell is not on a case', () => {
    const workspace = trackerWithDocuments();
    run(workspace, 'declareConflictFromMenu', { user: MEMBER_EMAIL, selection: { sheet: 'Settings', a1: 'A1' }, answers: [QUIET, 'OK'] });
    expect(casesSharedWith(workspace, MEMBER_EMAIL)).toEqual([AMBER, HOME]);
  });

  it('changes nothing when the prompt is cancelled', () => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    run(workspace, 'declareConflictFromMenu', { user: MEMBER_EMAIL, selection: { sheet: 'Settings', a1: 'A1' }, answers: ['CANCEL'] });
    expect(workspace).toEqual(before);
  });
});

describe('offboardMember', () => {
  /** The member owns a document (made by them), can edit the others, the folder and the key. */
  function trackerWithMemberAccess(): WorkspaceState {
    const workspace = trackerWithDocuments();
    sheetState(workspace, 'Members').values[2][2] = 'Yes';
    workspace.files['identity-key'].editors.push(MEMBER_EMAIL);
    folderOf(workspace).viewers.push(MEMBER_EMAIL);
    writeCases(workspace, [ongoingCase({ caseCodeName: 'woolly hat' })]);
    ok(run(workspace, 'openCaseDocument', { user: MEMBER_EMAIL, selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 5) } }));
    return workspace;
  }

  it('marks the member inactive', () => {
    const workspace = trackerWithMemberAccess();
    ok(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect(memberRow(workspace, MEMBER_EMAIL)).toEqual([[MEMBER_EMAIL, 'Member', 'Yes', 'No']]);
  });

  it('removes their access to every case document, the case folder, the identity key and the status spreadsheet', () => {
    const workspace = trackerWithMemberAccess();
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    const access = (file: DriveFileState) => file.editors.includes(MEMBER_EMAIL) || file.viewers.includes(MEMBER_EMAIL);
    expect({
      documents: casesSharedWith(workspace, MEMBER_EMAIL),
      folder: access(folderOf(workspace)),
      key: access(workspace.files['identity-key']),
      tracker: access(workspace.files[workspace.activeSpreadsheetId]),
      removedFrom: [...result.removedFrom].sort(),
    }).toEqual({ documents: [], folder: false, key: false, tracker: false, removedFrom: [...CASES, 'Case documents folder', 'Identity key', 'Status spreadsheet'].sort() });
  });

  it('lists for the chair the documents the member owns, which only the member can hand over, and says to ask them', () => {
    const workspace = trackerWithMemberAccess();
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect({ left: result.leftForChair, toDo: result.toDo, owner: documentOf(workspace, 'woolly hat').owner }).toEqual({
      left: ['woolly hat'],
      toDo: [
        `${MEMBER_EMAIL} owns woolly hat, and only an owner can hand a file over: ask them to transfer ownership to you in Google Drive (Share › Transfer ownership) before their account closes. Until then they can still open it.`,
      ],
      owner: MEMBER_EMAIL,
    });
  });

  it('never reports the identity key done when Settings names this tracker as the key: it names the key for the chair instead', () => {
    const workspace = trackerWithMemberAccess();
    setSetting(workspace, 'Identity Key Spreadsheet ID', workspace.activeSpreadsheetId);
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect(result.removedFrom).not.toContain('Identity key');
    expect(result.leftForChair).toContain('Identity key');
    expect(result.toDo).toContain(
      `The Identity Key Spreadsheet ID in Settings is this status spreadsheet, so ${MEMBER_EMAIL} could not be taken off the real identity key: link the real key again (Django CoC › Identity key › Link existing identity key), then run Offboard member for ${MEMBER_EMAIL} again.`,
    );
    expect(workspace.files[workspace.activeSpreadsheetId].editors).not.toContain(MEMBER_EMAIL);
  });

  it('appends one Offboarded member line to the audit log', () => {
    const workspace = trackerWithMemberAccess();
    ok(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Offboarded member: `]);
  });

  it.each([
    ['an email that is not an address', ['fictional'], 'Enter the member’s email address, such as name@example.org.'],
    ['someone who is not a member', ['fictional.outsider@example.org'], 'That email is not in the Members sheet, so there is nobody to offboard. Check the spelling.'],
    ['the chair themselves', [CHAIR_EMAIL], 'You cannot offboard yourself. Make another member chair first and ask them to do it.'],
  ])('refuses %s, changing nothing', (_what, args, message) => {
    const workspace = trackerWithMemberAccess();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'offboardMember', { args }))).toBe(message);
    expect(workspace).toEqual(before);
  });

  it('refuses a member who is not the chair, changing nothing', () => {
    const workspace = trackerWithMemberAccess();
    addMember(workspace, SECOND_MEMBER);
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL], user: SECOND_MEMBER }))).toBe('Only the chair can offboard members.');
    expect(workspace).toEqual(before);
  });

  describe('after a fault at any service call', () => {
    const workspace = trackerWithMemberAccess();
    const calls = totalCalls(run(copyOf(workspace), 'offboardMember', { args: [MEMBER_EMAIL] }));

    it.each(Array.from({ length: calls }, (_, index) => index + 1))('is finished by running it again (fault at call %i)', (failAt) => {
      const copy = copyOf(workspace);
      run(copy, 'offboardMember', { args: [MEMBER_EMAIL], failAtCall: failAt });
      ok(run(copy, 'offboardMember', { args: [MEMBER_EMAIL] }));
      expect({ active: memberRow(copy, MEMBER_EMAIL)[0][3], documents: casesSharedWith(copy, MEMBER_EMAIL) }).toEqual({ active: 'No', documents: [] });
    });
  });
});

describe('offboardMemberFromMenu', () => {
  it('asks for the email, confirms and offboards', () => {
    const workspace = trackerWithDocuments();
    const response = run(workspace, 'offboardMemberFromMenu', { answers: [MEMBER_EMAIL, 'YES', 'OK'] });
    expect(alerts(response)[1]).toMatch(/^fictional\.member@example\.org is now inactive\./);
    expect(memberRow(workspace, MEMBER_EMAIL)[0][3]).toBe('No');
  });

  it('counts the files whose access it removed in words, one file or several', () => {
    const several = trackerWithDocuments();
    const removed = ok<OffboardMemberResult>(run(copyOf(several), 'offboardMember', { args: [MEMBER_EMAIL] })).removedFrom.length;
    // A member added after the documents were shared edits the status spreadsheet only.
    const onlyTheTracker = trackerWithDocuments();
    addMember(onlyTheTracker, SECOND_MEMBER);
    const lines = (workspace: WorkspaceState, email: string) => alerts(run(workspace, 'offboardMemberFromMenu', { answers: [email, 'YES', 'OK'] }))[1].split('\n').slice(0, 2);
    expect([lines(several, MEMBER_EMAIL), lines(onlyTheTracker, SECOND_MEMBER)]).toEqual([
      ['fictional.member@example.org is now inactive.', `Removed their access to ${removed} files.`],
      [`${SECOND_MEMBER} is now inactive.`, 'Removed their access to one file.'],
    ]);
  });

  it('changes nothing when the chair says No', () => {
    const workspace = trackerWithDocuments();
    const before = copyOf(workspace);
    run(workspace, 'offboardMemberFromMenu', { answers: [MEMBER_EMAIL, 'NO'] });
    expect(workspace).toEqual(before);
  });
});

describe('auditSharing', () => {
  /** One document set to link sharing, one with an extra editor, one renamed. */
  function trackerWithBrokenSharing(): WorkspaceState {
    const workspace = trackerWithDocuments();
    Object.assign(documentOf(workspace, AMBER), { access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    documentOf(workspace, HOME).editors.push('fictional.outsider@example.org');
    documentOf(workspace, QUIET).viewers.push('fictional.outsider@example.org');
    return workspace;
  }

  it('lists a document titled otherwise, and never renames it nor gives access to it', () => {
    const workspace = trackerWithDocuments();
    const quiet = documentOf(workspace, QUIET);
    Object.assign(quiet, { name: 'quiet lantern (Fictional Person One)', editors: [] });
    const result = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(result.findings.filter((finding) => finding.caseCodeName === QUIET)[0].problem).toMatch(/^The document title is not exactly the case code name, so it may be another case’s document/);
    expect(quiet).toMatchObject({ name: 'quiet lantern (Fictional Person One)', editors: [] });
  });

  it('finds link sharing, an extra editor and an extra viewer', () => {
    const result = ok<AuditSharingResult>(run(trackerWithBrokenSharing(), 'auditSharing', { args: [false] }));
    expect(result).toEqual({
      fixed: false,
      findings: [
        { caseCodeName: QUIET, problem: 'fictional.outsider@example.org can view the document but is not an active member without a conflict of interest for this case.' },
        { caseCodeName: HOME, problem: 'fictional.outsider@example.org can edit the document but is not an active member without a conflict of interest for this case.' },
        { caseCodeName: AMBER, problem: 'Anyone who has the link can open the document. It should be private.' },
      ],
    });
  });

  it('changes nothing when not asked to fix', () => {
    const workspace = trackerWithBrokenSharing();
    const before = copyOf(workspace);
    ok(run(workspace, 'auditSharing', { args: [false] }));
    expect(workspace).toEqual(before);
  });

  it('fixes them when asked, so a second audit finds nothing', () => {
    const workspace = trackerWithBrokenSharing();
    expect(ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] })).fixed).toBe(true);
    expect(ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [false] }))).toEqual({ findings: [], fixed: false });
    expect(documentOf(workspace, QUIET).name).toBe(QUIET);
  });

  it('never renames a document to a Case Code Name that is not a case code name, nor logs or shows that name', () => {
    const workspace = trackerWithDocuments();
    sheetState(workspace, 'Cases').values[2][columnOf(workspace, 'Cases', 'Case Code Name')] = TYPED_NAME;
    const document = documentOf(workspace, HOME);
    document.editors.push('fictional.outsider@example.org');
    const result = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect({
      title: workspace.files[document.id].name,
      editors: workspace.files[document.id].editors,
      problems: result.findings.filter((finding) => finding.caseCodeName === 'The case in Cases row 3').map((finding) => finding.problem),
      shown: JSON.stringify(result).includes(TYPED_NAME),
      audit: auditLines(workspace).slice(-1),
    }).toEqual({
      shown: false,
      title: HOME,
      editors: [MEMBER_EMAIL],
      problems: [
        'Its Case Code Name in Cases is not a case code name (two lower-case words), so the document was not renamed to it. Run Django CoC › Validate records to find the cell and correct it.',
        'fictional.outsider@example.org can edit the document but is not an active member without a conflict of interest for this case.',
      ],
      audit: [`${CHAIR_EMAIL} Fixed sharing: `],
    });
  });

  it('lists a member missing from a document for the chair to grant, and never grants it itself', () => {
    const workspace = trackerWithDocuments();
    documentOf(workspace, HOME).editors = [];
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(findings).toContainEqual({ caseCodeName: HOME, problem: expect.stringMatching(/^fictional\.member@example\.org should be able to edit the document but cannot\. Nothing was granted/) });
    expect(casesSharedWith(workspace, MEMBER_EMAIL)).toEqual(CASES.filter((name) => name !== HOME));
  });

  it('finds a case folder shared with a member', () => {
    const workspace = trackerWithDocuments();
    folderOf(workspace).editors.push(MEMBER_EMAIL);
    expect(ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [false] })).findings).toEqual([
      { caseCodeName: 'Case folder', problem: expect.stringMatching(/^fictional\.member@example\.org can edit the case documents folder/) },
    ]);
  });

  it('appends one Fixed sharing line naming the cases it fixed', () => {
    const workspace = trackerWithBrokenSharing();
    ok(run(workspace, 'auditSharing', { args: [true] }));
    expect(auditLines(workspace).slice(-1)).toEqual([`${CHAIR_EMAIL} Fixed sharing: ${QUIET}, ${HOME}, ${AMBER}`]);
  });

  it('refuses a member who is not the chair, changing nothing', () => {
    const workspace = trackerWithBrokenSharing();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'auditSharing', { args: [true], user: MEMBER_EMAIL }))).toBe('Only the chair can audit sharing.');
    expect(workspace).toEqual(before);
  });

  describe('after a fault at any service call', () => {
    const BY_HAND = 'The sharing was changed, but the Audit Log could not be updated. Please add a "Fixed sharing" line to it by hand.';
    const workspace = trackerWithBrokenSharing();
    const calls = totalCalls(run(copyOf(workspace), 'auditSharing', { args: [true] }));

    it.each(Array.from({ length: calls }, (_, index) => index + 1))(
      'logs every case whose sharing it changed, or says the line must be added by hand, and a retry finishes the job (fault at call %i)',
      (failAt) => {
        const copy = copyOf(workspace);
        const faulted = run(copy, 'auditSharing', { args: [true], failAtCall: failAt });
        ok(run(copy, 'auditSharing', { args: [true] }));
        const logged = auditLines(copy)
          .filter((line) => line.startsWith(`${CHAIR_EMAIL} Fixed sharing: `))
          .flatMap((line) => line.slice(`${CHAIR_EMAIL} Fixed sharing: `.length).split(', '));
        const toldToAddByHand = 'error' in faulted && faulted.error === BY_HAND;
        expect({
          // A fault between an audit line and its digest's record is named as a break in the chain,
          // rightly: that is not sharing left unfinished.
          findings: ok<AuditSharingResult>(run(copy, 'auditSharing', { args: [false] })).findings.filter((finding) => finding.caseCodeName !== 'Audit Log'),
          logged: toldToAddByHand ? 'told to add by hand' : [...new Set(logged)].sort(),
        }).toEqual({ findings: [], logged: toldToAddByHand ? 'told to add by hand' : CASES });
      },
    );
  });
});

describe('auditSharingFromMenu', () => {
  it('lists the findings and fixes them on Yes', () => {
    const workspace = trackerWithDocuments();
    documentOf(workspace, HOME).editors.push('fictional.outsider@example.org');
    const response = run(workspace, 'auditSharingFromMenu', { answers: ['YES', 'OK'] });
    expect(alerts(response)[0]).toMatch(/^Django CoC can fix:\n• home shelf: fictional\.outsider@example\.org can edit the document/);
    expect(documentOf(workspace, HOME).editors).not.toContain('fictional.outsider@example.org');
  });

  it('says all is well when nothing breaks the rules', () => {
    const response = run(trackerWithDocuments(), 'auditSharingFromMenu', { answers: ['OK'] });
    expect(alerts(response)).toEqual(['The identity key, the case folder and every case document are private and shared with exactly the people the rules allow.']);
  });
});

describe('service calls', () => {
  it('are the same for a tracker of 10 rows as for 10,000 with the same cases', () => {
    const counts = [10, 10_000].map((rows) => {
      const workspace = trackerWithDocuments();
      writeCases(workspace, Array.from({ length: rows - CASES.length }, () => ongoingCase({ caseCodeName: HOME })));
      return [
        onboard(workspace, { conflicts: [HOME] }),
        run(workspace, 'declareConflict', { args: [MEMBER_EMAIL, QUIET] }),
        run(workspace, 'auditSharing', { args: [false] }),
        run(workspace, 'offboardMember', { args: [NEW_MEMBER] }),
        run(workspace, 'getOnboardingOptions'),
      ].map((response) => {
        ok(response);
        return response.calls;
      });
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('openCaseDocument as a member', () => {
  it('opens the document the chair made, without making another', () => {
    const workspace = trackerWithDocuments();
    const result = ok<OpenCaseDocumentResult>(run(workspace, 'openCaseDocument', { user: MEMBER_EMAIL, selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Status', 2) } }));
    expect(result.created).toBe(false);
  });
});
