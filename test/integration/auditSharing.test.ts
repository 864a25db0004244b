/**
 * Audit sharing over the identity key and the case folder (spec sections 3, 6 and 9) through the
 * built bundle in the emulator. The case documents' own audit is in members.test.ts.
 */
import type { AuditSharingResult } from '../../src/core/apiTypes';
import type { DriveFileState, WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, OUTSIDER_EMAIL, addDocument, addIdentityKey, addMember, alerts, cellOf, copyOf, errorOf,
  ok, ongoingCase, run, setSetting, setUpWorkspace, sheetState, sheetValues, totalCalls, writeCases, recordConflict
} from './helpers';

const CO_CHAIR = 'fictional.cochair@example.org';
const CASES = ['amber kettle', 'home shelf'];
const [AMBER, HOME] = CASES;
const KEY_ID = 'identity-key';
/** What a careless rename could put in the key's Drive title. */
const REAL_NAME = 'Fictional Person One';
const IDENTITY_KEY = 'Identity key';
const CASE_FOLDER = 'Case folder';

/**
 * The chair (Identity Key Access), a key holder, and a member without key access; an identity key
 * shared with the key holder; two cases whose documents the chair made, in the chair's case folder.
 */
function cleanWorkspace(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addMember(workspace, MEMBER_EMAIL);
  addIdentityKey(workspace, [{ realName: REAL_NAME, personCodeName: 'Blue Jay' }], { id: KEY_ID, editors: [KEY_HOLDER_EMAIL] });
  writeCases(workspace, CASES.map((caseCodeName) => ongoingCase({ caseCodeName })));
  for (const row of [2, 3]) ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', row) } }));
  return workspace;
}

function keyFile(workspace: WorkspaceState): DriveFileState {
  return workspace.files[KEY_ID];
}

function folderFile(workspace: WorkspaceState): DriveFileState {
  const found = Object.values(workspace.files).find((file) => file.mimeType.endsWith('folder') && !file.trashed);
  if (!found) throw new Error('no case folder');
  return found;
}

/** The key set to link sharing, an editor on it without Identity Key Access, and the folder shared with a member. */
function brokenWorkspace(): WorkspaceState {
  const workspace = cleanWorkspace();
  Object.assign(keyFile(workspace), { access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
  keyFile(workspace).editors.push(MEMBER_EMAIL);
  folderFile(workspace).editors.push(MEMBER_EMAIL);
  return workspace;
}

function audit(workspace: WorkspaceState, fix = false, user = CHAIR_EMAIL): AuditSharingResult {
  return ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [fix], user }));
}

/**
 * The findings about sharing. A fault between writing an audit line and recording its digest is
 * also, rightly, named as a break in the Audit Log's chain: that is not sharing left unfinished.
 */
function sharingFindings(findings: readonly { caseCodeName: string }[]) {
  return findings.filter((finding) => finding.caseCodeName !== 'Audit Log');
}

function sharingOf(file: DriveFileState): Pick<DriveFileState, 'access' | 'permission' | 'owner' | 'editors' | 'viewers'> {
  const { access, permission, owner, editors, viewers } = file;
  return { access, permission, owner, editors: [...editors].sort(), viewers: [...viewers].sort() };
}

function auditActions(workspace: WorkspaceState): string[] {
  return sheetValues(workspace, 'Audit Log').slice(1).map((row) => String(row[2]));
}

describe('auditSharing on the identity key and the case folder', () => {
  it('finds nothing wrong when the key and the folder follow the rules', () => {
    expect(audit(cleanWorkspace())).toEqual({ findings: [], fixed: false });
  });

  it('finds a key set to link sharing, an extra editor on the key and a folder shared with a member, key first', () => {
    expect(audit(brokenWorkspace())).toEqual({
      fixed: false,
      findings: [
        { caseCodeName: IDENTITY_KEY, problem: 'Anyone who has the link can open the identity key. It should be private.' },
        { caseCodeName: IDENTITY_KEY, problem: `${MEMBER_EMAIL} can edit the identity key but is not an active member with Identity Key Access.` },
        {
          caseCodeName: CASE_FOLDER,
          problem: `${MEMBER_EMAIL} can edit the case documents folder, which gives them every case document in it; only its owner and chairs without a conflict of interest should.`,
        },
      ],
    });
  });

  it('changes nothing when not asked to fix', () => {
    const workspace = brokenWorkspace();
    const before = copyOf(workspace);
    audit(workspace);
    expect(workspace).toEqual(before);
  });

  it('fixes them when asked, so a second audit finds nothing', () => {
    const workspace = brokenWorkspace();
    expect(audit(workspace, true).fixed).toBe(true);
    expect({ key: sharingOf(keyFile(workspace)), folder: sharingOf(folderFile(workspace)), again: audit(workspace) }).toEqual({
      key: { access: 'PRIVATE', permission: 'NONE', owner: CHAIR_EMAIL, editors: [KEY_HOLDER_EMAIL], viewers: [] },
      folder: { access: 'PRIVATE', permission: 'NONE', owner: CHAIR_EMAIL, editors: [], viewers: [] },
      again: { findings: [], fixed: false },
    });
  });

  it('appends one Fixed sharing line for the fixes', () => {
    const workspace = brokenWorkspace();
    const before = auditActions(workspace).length;
    audit(workspace, true);
    expect(auditActions(workspace).slice(before)).toEqual(['Fixed sharing']);
  });

  it('lists a member with Identity Key Access who cannot edit the key, and never grants it itself', () => {
    const workspace = cleanWorkspace();
    keyFile(workspace).editors = [];
    keyFile(workspace).viewers = [KEY_HOLDER_EMAIL];
    expect(audit(workspace).findings).toEqual([
      {
        caseCodeName: IDENTITY_KEY,
        problem: `${KEY_HOLDER_EMAIL} should be able to edit the identity key but cannot. Nothing was granted: once you have confirmed that this member should see the identity key, grant it with Django CoC › Members › Grant access.`,
      },
    ]);
    audit(workspace, true);
    expect(sharingOf(keyFile(workspace))).toMatchObject({ editors: [], viewers: [KEY_HOLDER_EMAIL] });
  });

  it('takes the key from a key holder who is no longer active', () => {
    const workspace = cleanWorkspace();
    const members = sheetState(workspace, 'Members').values;
    members[members.findIndex((row) => row.includes(KEY_HOLDER_EMAIL))][members[0].indexOf('Active')] = 'No';
    audit(workspace, true);
    expect(sharingOf(keyFile(workspace)).editors).toEqual([]);
  });

  it('never removes the owner of the key, and tells the chair to ask the owner to transfer ownership', () => {
    const workspace = cleanWorkspace();
    Object.assign(keyFile(workspace), { owner: MEMBER_EMAIL, editors: [CHAIR_EMAIL, KEY_HOLDER_EMAIL] });
    const before = copyOf(workspace);
    expect(audit(workspace, true)).toEqual({
      fixed: false,
      findings: [
        {
          caseCodeName: IDENTITY_KEY,
          problem: `${MEMBER_EMAIL} owns the identity key but is not an active member with Identity Key Access. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`,
        },
      ],
    });
    expect(workspace).toEqual(before);
  });

  it('offers no fix in the menu when only a person can fix what it found, and says who', () => {
    const workspace = cleanWorkspace();
    Object.assign(keyFile(workspace), { owner: MEMBER_EMAIL, editors: [CHAIR_EMAIL, KEY_HOLDER_EMAIL] });
    const before = copyOf(workspace);
    const response = run(workspace, 'auditSharingFromMenu', { answers: ['OK'] });
    expect(alerts(response)).toEqual([
      `Needs a person (Django CoC cannot fix these):\n• ${IDENTITY_KEY}: ${MEMBER_EMAIL} owns the identity key but is not an active member with Identity Key Access. Only the owner can change that: ask them to transfer ownership to the chair in Google Drive.`,
    ]);
    expect(workspace).toEqual(before);
  });

  it('offers to fix only what it can, listing what needs a person apart', () => {
    const workspace = cleanWorkspace();
    Object.assign(keyFile(workspace), { owner: MEMBER_EMAIL, editors: [CHAIR_EMAIL, KEY_HOLDER_EMAIL], access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    const [question, outcome] = alerts(run(workspace, 'auditSharingFromMenu', { answers: ['YES', 'OK'] }));
    expect(question.split('\n\n').map((part) => part.split('\n')[0])).toEqual([
      'Django CoC can fix:', 'Needs a person (Django CoC cannot fix these):', 'Fix what Django CoC can fix now?',
    ]);
    expect(outcome).toBe('Fixed the sharing. What needs a person is unchanged: run Audit sharing again to list it.');
  });

  it('takes the chair’s own access to the key away last, so the other removals still land', () => {
    const workspace = cleanWorkspace();
    const members = sheetState(workspace, 'Members').values;
    members[1][members[0].indexOf('Identity Key Access')] = 'No';
    Object.assign(keyFile(workspace), { owner: KEY_HOLDER_EMAIL, editors: [CHAIR_EMAIL, MEMBER_EMAIL], viewers: [] });
    addMember(workspace, CO_CHAIR, { role: 'Chair', identityKeyAccess: true });
    audit(workspace, true);
    expect(sharingOf(keyFile(workspace))).toMatchObject({ owner: KEY_HOLDER_EMAIL, editors: [], viewers: [] });
  });

  it('reports a key the chair cannot open instead of failing, and changes nothing', () => {
    const workspace = cleanWorkspace();
    Object.assign(keyFile(workspace), { owner: KEY_HOLDER_EMAIL, editors: [] });
    const before = copyOf(workspace);
    expect(audit(workspace, true)).toEqual({
      fixed: false,
      findings: [
        {
          caseCodeName: IDENTITY_KEY,
          problem:
            'The identity key named in Settings does not open for you, so its sharing could not be checked. Ask its owner to check that it is private and shared with exactly the active members with Identity Key Access.',
        },
      ],
    });
    expect(workspace).toEqual(before);
  });

  it('reports a link-shared key the chair can open but not edit, without failing or changing anything', () => {
    const workspace = cleanWorkspace();
    Object.assign(keyFile(workspace), { owner: KEY_HOLDER_EMAIL, editors: [], access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    const before = copyOf(workspace);
    expect(audit(workspace, true).findings).toEqual([
      { caseCodeName: IDENTITY_KEY, problem: 'Anyone who has the link can open the identity key. It should be private.' },
      {
        caseCodeName: IDENTITY_KEY,
        problem:
          'You can open the identity key but are neither its owner nor one of its editors, so its sharing could not be checked or changed. Ask its owner to add you as an editor, then run Audit sharing again.',
      },
    ]);
    expect(workspace).toEqual(before);
  });

  it('reports a folder the chair cannot open instead of failing', () => {
    const workspace = cleanWorkspace();
    Object.assign(folderFile(workspace), { owner: OUTSIDER_EMAIL, editors: [] });
    for (const file of Object.values(workspace.files)) if (file.mimeType.endsWith('document')) file.owner = KEY_HOLDER_EMAIL;
    for (const file of Object.values(workspace.files)) if (file.mimeType.endsWith('document')) file.editors = [CHAIR_EMAIL, MEMBER_EMAIL];
    expect(audit(workspace, true)).toEqual({
      fixed: false,
      findings: [{ caseCodeName: CASE_FOLDER, problem: 'The case documents folder named in Settings does not open for you, so its sharing could not be checked.' }],
    });
  });

  it('never audits the status spreadsheet as the key when Settings names it, and changes nothing', () => {
    const workspace = cleanWorkspace();
    setSetting(workspace, 'Identity Key Spreadsheet ID', workspace.activeSpreadsheetId);
    workspace.files[workspace.activeSpreadsheetId].editors.push(MEMBER_EMAIL);
    const before = copyOf(workspace);
    expect(audit(workspace, true).findings).toEqual([{ caseCodeName: IDENTITY_KEY, problem: expect.stringMatching(/^The Identity Key Spreadsheet ID in Settings is this status spreadsheet/) }]);
    expect(workspace).toEqual(before);
  });

  it('never quotes the key’s Drive title, whatever it holds', () => {
    const workspace = brokenWorkspace();
    keyFile(workspace).name = REAL_NAME;
    const response = run(workspace, 'auditSharingFromMenu', { answers: ['YES', 'OK'] });
    expect(JSON.stringify(response)).not.toContain(REAL_NAME);
    expect(keyFile(workspace).access).toBe('PRIVATE');
  });

  it('lists the key and folder findings under their own labels in the menu', () => {
    const response = run(brokenWorkspace(), 'auditSharingFromMenu', { answers: ['NO'] });
    expect(alerts(response)[0].split('\n').slice(1, 4).map((line) => line.split(':')[0])).toEqual([`• ${IDENTITY_KEY}`, `• ${IDENTITY_KEY}`, `• ${CASE_FOLDER}`]);
  });

  it('makes the same service calls for a tracker of 10 rows as for 10,000 with the same cases', () => {
    const counts = [10, 10_000].map((rows) => {
      const workspace = brokenWorkspace();
      writeCases(workspace, Array.from({ length: rows - CASES.length }, () => ongoingCase({ caseCodeName: HOME })));
      return [run(copyOf(workspace), 'auditSharing', { args: [false] }), run(workspace, 'auditSharing', { args: [true] })].map((response) => {
        ok(response);
        return response.calls;
      });
    });
    expect(counts[1]).toEqual(counts[0]);
  });

  describe('after a fault at any service call', () => {
    const BY_HAND = 'The sharing was changed, but the Audit Log could not be updated. Please add a "Fixed sharing" line to it by hand.';
    const workspace = brokenWorkspace();
    const calls = totalCalls(run(copyOf(workspace), 'auditSharing', { args: [true] }));

    it.each(Array.from({ length: calls }, (_, index) => index + 1))(
      'leaves nothing a retry cannot finish, and logs the change or says to log it by hand (fault at call %i)',
      (failAt) => {
        const copy = copyOf(workspace);
        const logged = auditActions(copy).length;
        const faulted = run(copy, 'auditSharing', { args: [true], failAtCall: failAt });
        const changed = JSON.stringify([keyFile(copy), folderFile(copy)]) !== JSON.stringify([keyFile(workspace), folderFile(workspace)]);
        const accounted = !changed || auditActions(copy).length > logged || ('error' in faulted && faulted.error === BY_HAND);
        ok(run(copy, 'auditSharing', { args: [true] }));
        expect({ accounted, key: sharingOf(keyFile(copy)), folder: sharingOf(folderFile(copy)).editors, findings: sharingFindings(audit(copy).findings) }).toEqual({
          accounted: true,
          key: { access: 'PRIVATE', permission: 'NONE', owner: CHAIR_EMAIL, editors: [KEY_HOLDER_EMAIL], viewers: [] },
          folder: [],
          findings: [],
        });
      },
    );
  });
});

describe('auditSharing on a case document the chair may no longer open', () => {
  it('takes the chair’s own access away last, so the other removals still land', () => {
    const workspace = setUpWorkspace();
    addMember(workspace, CO_CHAIR, { role: 'Chair' });
    const document = addDocument(workspace, AMBER, { owner: CO_CHAIR, editors: [CHAIR_EMAIL, OUTSIDER_EMAIL] });
    writeCases(workspace, [ongoingCase({ caseCodeName: AMBER, documents: document.url })]);
    recordConflict(workspace, CHAIR_EMAIL, AMBER);
    audit(workspace, true);
    expect(sharingOf(workspace.files[document.id])).toMatchObject({ owner: CO_CHAIR, editors: [] });
  });
});

describe('auditSharing refusals', () => {
  it('refuses a member who is not the chair before reading the key, changing nothing', () => {
    const workspace = brokenWorkspace();
    const before = copyOf(workspace);
    expect(errorOf(run(workspace, 'auditSharing', { args: [true], user: KEY_HOLDER_EMAIL }))).toBe('Only the chair can audit sharing.');
    expect(workspace).toEqual(before);
  });
});
