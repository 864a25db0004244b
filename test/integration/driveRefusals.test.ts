/**
 * The add-on meeting what Drive refuses or hides (issue 10; the rules are pinned in
 * test/emulator/drivePolicy.test.ts): a member whose email Drive hides, a domain that blocks
 * sharing outside it, a file whose owner turned off sharing by editors, a personal account's
 * offboarding, and a trashed duplicate document. Each ends with a sentence to the person and
 * records that stay consistent: no case document shared with anyone it should not be, and every
 * file that could not be fixed listed with the reason.
 */
import type {
  AuditSharingResult, IdentityKeyResult, LogReportResult, OffboardMemberResult, OnboardMemberResult, OpenCaseDocumentResult, ReportFormInput,
} from '../../src/core/apiTypes';
import type { DriveFileState, WorkspaceState } from '../../emulator/workspace/state';
import {
  CHAIR_EMAIL, MEMBER_EMAIL, addCaseFolder, addDocument, addMember, cellOf, columnOf, copyOf, ok, ongoingCase, run, setUpWorkspace, sheetValues,
  totalCalls, writeCases,
} from './helpers';

const CASES = ['amber kettle', 'home shelf'];
const [AMBER, HOME] = CASES;
const PERSONAL_ACCOUNT = 'fictional.person@gmail.com';
const OTHER_MEMBER = 'fictional.second@example.org';

/** Chair and one member; two cases, each with a document the chair made through the add-on. */
function trackerWithDocuments(): WorkspaceState {
  const workspace = setUpWorkspace();
  addMember(workspace, MEMBER_EMAIL);
  writeCases(workspace, CASES.map((caseCodeName) => ongoingCase({ caseCodeName })));
  for (const row of [2, 3]) ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', row) } }));
  return workspace;
}

function documentOf(workspace: WorkspaceState, caseCodeName: string): DriveFileState {
  const found = Object.values(workspace.files).find((file) => file.mimeType.endsWith('document') && !file.trashed && file.name === caseCodeName);
  if (!found) throw new Error(`no document for ${caseCodeName}`);
  return found;
}

function audit(workspace: WorkspaceState, fix = false): AuditSharingResult {
  return ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [fix] }));
}

function findingsFor(result: AuditSharingResult, caseCodeName: string): string[] {
  return result.findings.filter((finding) => finding.caseCodeName === caseCodeName).map((finding) => finding.problem);
}

function memberActive(workspace: WorkspaceState, email: string): unknown {
  const row = sheetValues(workspace, 'Members').find((cells) => cells[columnOf(workspace, 'Members', 'Email')] === email);
  return row?.[columnOf(workspace, 'Members', 'Active')];
}

function hideEmail(workspace: WorkspaceState, email: string): void {
  workspace.users = { ...workspace.users, [email]: { emailVisible: false } };
}

describe('a member whose email Drive hides from the chair', () => {
  it('is not called missing by the audit, which says one address is hidden and the member may be it', () => {
    const workspace = trackerWithDocuments();
    hideEmail(workspace, MEMBER_EMAIL);
    const result = audit(workspace);
    expect(findingsFor(result, HOME)).toEqual([
      'Drive does not show the email address of one person who can open the document, so whether they should could not be checked. Check its Share settings in Google Drive.',
      `${MEMBER_EMAIL} should be able to edit the document but is not among the people Drive shows; they may be one whose address is hidden. Nothing was granted: once you have confirmed that this member should see this case, grant it with Django CoC › Members › Grant access.`,
    ]);
  });

  it('changes no one\'s access when the chair fixes, and the member keeps their documents', () => {
    const workspace = trackerWithDocuments();
    hideEmail(workspace, MEMBER_EMAIL);
    audit(workspace, true);
    expect(CASES.map((name) => documentOf(workspace, name).editors)).toEqual([[MEMBER_EMAIL], [MEMBER_EMAIL]]);
  });

  it('loses every document when offboarded, though the chair cannot see their address', () => {
    const workspace = trackerWithDocuments();
    hideEmail(workspace, MEMBER_EMAIL);
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect({
      active: memberActive(workspace, MEMBER_EMAIL),
      editors: CASES.map((name) => documentOf(workspace, name).editors),
      removedFrom: result.removedFrom,
      leftForChair: result.leftForChair,
    }).toEqual({ active: 'No', editors: [[], []], removedFrom: [...CASES, 'Status spreadsheet'], leftForChair: [] });
  });
});

describe('a member whose email Drive hides, who owns a document others with hidden addresses edit', () => {
  it('is offboarded everywhere else, and their document is listed for the chair rather than stopping the run', () => {
    const workspace = trackerWithDocuments();
    addMember(workspace, OTHER_MEMBER);
    hideEmail(workspace, MEMBER_EMAIL);
    hideEmail(workspace, OTHER_MEMBER);
    const own = addDocument(workspace, 'woolly hat', { owner: MEMBER_EMAIL, editors: [CHAIR_EMAIL, OTHER_MEMBER] });
    writeCases(workspace, [ongoingCase({ caseCodeName: 'woolly hat', documents: own.url })]);
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect({ removedFrom: result.removedFrom, leftForChair: result.leftForChair, editors: CASES.map((name) => documentOf(workspace, name).editors) }).toEqual({
      removedFrom: [...CASES, 'Status spreadsheet'],
      leftForChair: ['woolly hat'],
      editors: [[], []],
    });
  });
});

describe('a domain that blocks sharing outside it', () => {
  function blockingDomain(): WorkspaceState {
    const workspace = trackerWithDocuments();
    workspace.drivePolicy = { externalSharing: false };
    return workspace;
  }

  it('onboards a member with a personal account, shares nothing with them, and says why in one sentence', () => {
    const workspace = blockingDomain();
    const result = ok<OnboardMemberResult>(run(workspace, 'onboardMember', { args: [PERSONAL_ACCOUNT, { conflicts: [] }] }));
    expect({
      result,
      active: memberActive(workspace, PERSONAL_ACCOUNT),
      editors: CASES.map((name) => documentOf(workspace, name).editors),
    }).toEqual({
      result: {
        email: PERSONAL_ACCOUNT,
        sharedCases: [],
        conflicts: [],
        identityKeyShared: false,
        notShared: [
          `Your organisation does not allow sharing with people outside it, so the status spreadsheet, ${AMBER} and ${HOME} could not be shared with ${PERSONAL_ACCOUNT}. Ask your Google Workspace administrator to allow it, or use an address in your organisation.`,
        ],
      },
      active: 'Yes',
      editors: [[MEMBER_EMAIL], [MEMBER_EMAIL]],
    });
  });

  it('logs a report, shares its document with the members it may, and names the one it may not', () => {
    const workspace = blockingDomain();
    addMember(workspace, PERSONAL_ACCOUNT);
    const form: ReportFormInput = {
      dateOfReport: '2025-03-01', kind: 'keep-on-file', people: [], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: 'Fictional summary.',
    };
    const logged = ok<LogReportResult>(run(workspace, 'logReport', { args: [form] }));
    expect({ editors: documentOf(workspace, logged.caseCodeName).editors, notShared: logged.notShared }).toEqual({
      editors: [MEMBER_EMAIL],
      notShared: [
        `Your organisation does not allow sharing with people outside it, so the case document was not shared with ${PERSONAL_ACCOUNT}. Ask your Google Workspace administrator to allow it, or use addresses in your organisation.`,
      ],
    });
  });

  it('removes what it should in the audit and lists the member missing, granting nothing itself', () => {
    const workspace = blockingDomain();
    addMember(workspace, PERSONAL_ACCOUNT);
    documentOf(workspace, HOME).editors.push(OTHER_MEMBER);
    const result = audit(workspace, true);
    expect({
      findings: findingsFor(result, HOME).filter((problem) => problem.startsWith(PERSONAL_ACCOUNT)),
      editors: documentOf(workspace, HOME).editors,
    }).toEqual({
      findings: [
        `${PERSONAL_ACCOUNT} should be able to edit the document but cannot. Nothing was granted: once you have confirmed that this member should see this case, grant it with Django CoC › Members › Grant access.`,
      ],
      editors: [MEMBER_EMAIL],
    });
  });
});

describe('a file whose owner turned off sharing by editors', () => {
  /** The chair's tracker, plus a case whose document a second member owns, edited by the chair, closed to sharing by editors. */
  function trackerWithLockedDocument(): WorkspaceState {
    const workspace = trackerWithDocuments();
    addMember(workspace, OTHER_MEMBER);
    const locked = addDocument(workspace, 'quiet lantern', { owner: OTHER_MEMBER, editors: [CHAIR_EMAIL, MEMBER_EMAIL] });
    workspace.files[locked.id].shareableByEditors = false;
    writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', documents: locked.url })]);
    return workspace;
  }

  it('onboards a member to every other document and lists the locked one for its owner', () => {
    const workspace = trackerWithLockedDocument();
    const newcomer = 'fictional.newcomer@example.org';
    const result = ok<OnboardMemberResult>(run(workspace, 'onboardMember', { args: [newcomer, { conflicts: [] }] }));
    expect({ shared: result.sharedCases, notShared: result.notShared, locked: documentOf(workspace, 'quiet lantern').editors }).toEqual({
      shared: CASES,
      notShared: [`quiet lantern: Its owner, ${OTHER_MEMBER}, has stopped editors from changing who can open it. Ask them to share it with ${newcomer}.`],
      locked: [CHAIR_EMAIL, MEMBER_EMAIL],
    });
  });

  it('is reported by the audit as its owner\'s to fix, and left as it is', () => {
    const workspace = trackerWithLockedDocument();
    const before = { ...documentOf(workspace, 'quiet lantern') };
    const result = audit(workspace, true);
    expect({ findings: findingsFor(result, 'quiet lantern'), after: documentOf(workspace, 'quiet lantern') }).toEqual({
      findings: [
        `Its owner, ${OTHER_MEMBER}, has stopped editors from changing who can open the document, so only they can check and fix its sharing. Ask them to run Audit sharing, or to let editors share it (Share › Settings in Google Drive).`,
      ],
      after: before,
    });
  });

  it('is left for the chair when offboarding, with what to ask its owner', () => {
    const workspace = trackerWithLockedDocument();
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [MEMBER_EMAIL] }));
    expect({ removedFrom: result.removedFrom, leftForChair: result.leftForChair, toDo: result.toDo }).toEqual({
      removedFrom: [...CASES, 'Status spreadsheet'],
      leftForChair: ['quiet lantern'],
      toDo: [`The owners of quiet lantern have stopped editors from changing who can open them: ask each owner to remove ${MEMBER_EMAIL}.`],
    });
  });
});

describe('offboarding a member who used a personal Google account', () => {
  it('removes their access everywhere else and tells the chair the document cannot be handed over', () => {
    const workspace = trackerWithDocuments();
    addMember(workspace, PERSONAL_ACCOUNT);
    for (const name of CASES) documentOf(workspace, name).editors.push(PERSONAL_ACCOUNT);
    const own = addDocument(workspace, 'woolly hat', { owner: PERSONAL_ACCOUNT, editors: [CHAIR_EMAIL] });
    writeCases(workspace, [ongoingCase({ caseCodeName: 'woolly hat', documents: own.url })]);
    const result = ok<OffboardMemberResult>(run(workspace, 'offboardMember', { args: [PERSONAL_ACCOUNT] }));
    expect({
      active: memberActive(workspace, PERSONAL_ACCOUNT),
      editors: CASES.map((name) => documentOf(workspace, name).editors),
      owner: workspace.files[own.id].owner,
      leftForChair: result.leftForChair,
      toDo: result.toDo,
    }).toEqual({
      active: 'No',
      editors: [[MEMBER_EMAIL], [MEMBER_EMAIL]],
      owner: PERSONAL_ACCOUNT,
      leftForChair: ['woolly hat'],
      toDo: [
        `${PERSONAL_ACCOUNT} owns woolly hat in a personal Google Account, and Google transfers ownership only within one organisation, so it cannot be handed to you: ask them to share it with you, make a copy, put the copy's link in Documents, and ask them to delete theirs.`,
      ],
    });
  });

  it('says so in the chair\'s alert from the menu, without claiming anything was handed over', () => {
    const workspace = trackerWithDocuments();
    addMember(workspace, PERSONAL_ACCOUNT);
    const own = addDocument(workspace, 'woolly hat', { owner: PERSONAL_ACCOUNT, editors: [CHAIR_EMAIL] });
    writeCases(workspace, [ongoingCase({ caseCodeName: 'woolly hat', documents: own.url })]);
    const response = run(workspace, 'offboardMemberFromMenu', { answers: [PERSONAL_ACCOUNT, 'YES', 'OK'] });
    const shown = JSON.stringify(response.shown);
    expect([shown.includes('in a personal Google Account'), shown.includes('Handed to you:')]).toEqual([true, false]);
  });
});

describe('a trashed duplicate document', () => {
  /** A case with no link yet, and in the case folder a trashed document with its title (a fault's leftover). */
  function trackerWithTrashedDuplicate(alsoLive: boolean): { workspace: WorkspaceState; trashedId: string; liveId: string | null } {
    const workspace = setUpWorkspace();
    addMember(workspace, MEMBER_EMAIL);
    const { documents } = addCaseFolder(workspace, alsoLive ? [HOME, HOME] : [HOME]);
    workspace.files[documents[0].id].trashed = true;
    writeCases(workspace, [ongoingCase({ caseCodeName: HOME })]);
    return { workspace, trashedId: documents[0].id, liveId: alsoLive ? documents[1].id : null };
  }

  function openHome(workspace: WorkspaceState): OpenCaseDocumentResult {
    return ok<OpenCaseDocumentResult>(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', 2) } }));
  }

  it('is never linked: opening the case makes a new document instead', () => {
    const { workspace, trashedId } = trackerWithTrashedDuplicate(false);
    const result = openHome(workspace);
    expect({ created: result.created, linksTrashed: result.documentUrl.includes(trashedId), trashedStill: workspace.files[trashedId].trashed }).toEqual({
      created: true,
      linksTrashed: false,
      trashedStill: true,
    });
  });

  it('is passed over for the live document of the same title', () => {
    const { workspace, liveId } = trackerWithTrashedDuplicate(true);
    const result = openHome(workspace);
    expect({ created: result.created, linksLive: result.documentUrl.includes(liveId as string) }).toEqual({ created: false, linksLive: true });
  });

  it('is never shared when a member is onboarded', () => {
    const { workspace, trashedId, liveId } = trackerWithTrashedDuplicate(true);
    ok(run(workspace, 'onboardMember', { args: ['fictional.newcomer@example.org', { conflicts: [] }] }));
    expect([workspace.files[trashedId].editors, workspace.files[liveId as string].editors]).toEqual([[], ['fictional.newcomer@example.org']]);
  });
});

describe('a member declaring a conflict on a document whose owner turned off sharing by editors', () => {
  it('records the conflict and tells them to ask the owner, since their access could not be removed', () => {
    const workspace = trackerWithDocuments();
    addMember(workspace, OTHER_MEMBER);
    const locked = addDocument(workspace, 'quiet lantern', { owner: OTHER_MEMBER, editors: [CHAIR_EMAIL, MEMBER_EMAIL] });
    workspace.files[locked.id].shareableByEditors = false;
    writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', documents: locked.url })]);
    const response = run(workspace, 'declareConflictFromMenu', { user: MEMBER_EMAIL, selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', 4) }, answers: ['YES', 'OK'] });
    const conflicts = sheetValues(workspace, 'Conflicts').slice(1).map((row) => [row[0], row[1]]);
    expect({ conflicts, alert: JSON.stringify(response.shown).includes('ask its owner to remove you'), editors: workspace.files[locked.id].editors }).toEqual({
      conflicts: [[MEMBER_EMAIL, 'quiet lantern']],
      alert: true,
      editors: [CHAIR_EMAIL, MEMBER_EMAIL],
    });
  });
});

describe('onboarding against refusals, after a fault at any service call', () => {
  /** A domain blocking outside sharing, and a document whose owner stopped editors sharing. */
  function refusingWorkspace(): WorkspaceState {
    const workspace = trackerWithDocuments();
    workspace.drivePolicy = { externalSharing: false };
    addMember(workspace, OTHER_MEMBER);
    const locked = addDocument(workspace, 'quiet lantern', { owner: OTHER_MEMBER, editors: [CHAIR_EMAIL] });
    workspace.files[locked.id].shareableByEditors = false;
    writeCases(workspace, [ongoingCase({ caseCodeName: 'quiet lantern', documents: locked.url })]);
    return workspace;
  }
  const workspace = refusingWorkspace();
  const onboardOutsider = (copy: WorkspaceState, failAtCall?: number) => run(copy, 'onboardMember', { args: [PERSONAL_ACCOUNT, { conflicts: [] }], failAtCall });
  const calls = totalCalls(onboardOutsider(copyOf(workspace)));

  it.each(Array.from({ length: calls }, (_, index) => index + 1))('shares nothing it may not and is finished by running it again (fault at call %i)', (failAt) => {
    const copy = copyOf(workspace);
    onboardOutsider(copy, failAt);
    const result = ok<OnboardMemberResult>(onboardOutsider(copy));
    const sharedWithOutsider = Object.values(copy.files).filter((file) => file.editors.includes(PERSONAL_ACCOUNT) || file.viewers.includes(PERSONAL_ACCOUNT));
    expect({ active: memberActive(copy, PERSONAL_ACCOUNT), shared: sharedWithOutsider.length, notShared: result.notShared.length }).toEqual({
      active: 'Yes',
      shared: 0,
      notShared: 2,
    });
  });
});

describe('creating the identity key in a domain that blocks sharing outside it', () => {
  it('creates and links a private key, shares it with the key holders it may, and names the one it may not', () => {
    const workspace = setUpWorkspace();
    workspace.drivePolicy = { externalSharing: false };
    addMember(workspace, MEMBER_EMAIL, { identityKeyAccess: true });
    addMember(workspace, PERSONAL_ACCOUNT, { identityKeyAccess: true });
    const created = ok<IdentityKeyResult>(run(workspace, 'createIdentityKey'));
    const key = workspace.files[created.spreadsheetId];
    expect({ access: key.access, editors: key.editors, notShared: created.notShared }).toEqual({
      access: 'PRIVATE',
      editors: [MEMBER_EMAIL],
      notShared: [
        `Your organisation does not allow sharing with people outside it, so the identity key was not shared with ${PERSONAL_ACCOUNT}. Ask your Google Workspace administrator to allow it, or use addresses in your organisation.`,
      ],
    });
  });
});
