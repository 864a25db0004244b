/**
 * The four breaches issue 13 names, each pinned by a test that failed before its fix: re-onboarding
 * a member, Generate code name on a case that is more than one row, Generate code name over a
 * person the key holds, and case documents Audit sharing did not see.
 */
import { checkInvariants, describeBreach, linkedId } from '../invariants/checkInvariants';
import {
  CHAIR_EMAIL, CONFLICTED_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, PERSON_ONE, World, healthyWorld, reportForm,
} from '../invariants/world';
import { alerts, cellOf, copyOf, errorOf, ok, run, sheetState, sheetValues } from './helpers';
import type { AuditSharingResult, LogReportResult, OnboardMemberResult, OpenCaseDocumentResult } from '../../src/core/apiTypes';
import type { WorkspaceState } from '../../emulator/workspace/state';

let shared: World;
beforeAll(() => {
  shared = healthyWorld();
});

function world(): World {
  return { ...shared, workspace: copyOf(shared.workspace) };
}

function membersRow(workspace: WorkspaceState, email: string): unknown[] | undefined {
  return sheetValues(workspace, 'Members').find((row) => row[0] === email);
}

function caseCell(workspace: WorkspaceState, header: string, row: number) {
  return { sheet: 'Cases', a1: cellOf(workspace, 'Cases', header, row) };
}

describe('re-onboarding an active member', () => {
  const CHANGE_ACTIONS = /already an active member, so nothing was changed\. .*Declare conflict of interest.*edit their row in Members.*Offboard member/;

  it('refuses other choices for a key holder, keeping their Identity Key Access, documents and key', () => {
    const { workspace, keyId } = world();
    const before = copyOf(workspace);
    const response = run(workspace, 'onboardMember', { args: [KEY_HOLDER_EMAIL, { role: 'Member', identityKeyAccess: false, conflicts: [] }] });
    expect(errorOf(response)).toMatch(CHANGE_ACTIONS);
    expect(workspace).toEqual(before);
    expect(membersRow(workspace, KEY_HOLDER_EMAIL)).toEqual([KEY_HOLDER_EMAIL, 'Member', 'Yes', 'Yes']);
    expect(workspace.files[keyId].editors).toContain(KEY_HOLDER_EMAIL);
  });

  it('keeps a conflicted member’s conflicts, and reports them, when the same choices are made again', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const result = ok<OnboardMemberResult>(run(workspace, 'onboardMember', { args: [CONFLICTED_EMAIL, { role: 'Member', identityKeyAccess: false, conflicts: [] }] }));
    expect(result.conflicts).toEqual([shared.cases[0].caseCodeName]);
    expect(sheetValues(workspace, 'Conflicts')).toEqual(sheetValues(before, 'Conflicts'));
    expect(checkInvariants(workspace, { before, step: { kind: 'run', function: 'onboardMember', args: [CONFLICTED_EMAIL, {}], user: CHAIR_EMAIL, response: { result, shown: [], calls: {} } }, secrets: shared.secrets }).map(describeBreach)).toEqual([]);
  });
});

describe('Generate code name on a case code name', () => {
  it('refuses a row whose case has other rows, pointing at Rename case, and changes nothing', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const response = run(workspace, 'generateCodeName', { selection: caseCell(workspace, 'Case Code Name', 2) });
    expect(alerts(response)).toEqual([expect.stringMatching(/^This row's case code name is also the name of other rows of Cases, its case document, conflicts of interest, so a new name on this row alone would split the case\. Nothing was changed\. .*Rename case\.$/)]);
    expect(workspace).toEqual(before);
  });

  it('refuses a one-row case that has a document, so no link opens a document titled otherwise', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const response = run(workspace, 'generateCodeName', { selection: caseCell(workspace, 'Case Code Name', 4) });
    expect(alerts(response)[0]).toMatch(/also the name of its case document, so a new name/);
    expect(workspace).toEqual(before);
  });

  it('still renames a lone row that nothing else carries', () => {
    const { workspace } = world();
    const cases = sheetState(workspace, 'Cases');
    cases.values.push(cases.values[3].map((cell, column) => (column === 1 ? 'amber kettle' : column === 9 ? '' : cell)));
    run(workspace, 'generateCodeName', { selection: caseCell(workspace, 'Case Code Name', 5), answers: ['YES'] });
    expect(sheetValues(workspace, 'Cases')[4][1]).toMatch(/^[a-z]+ [a-z]+$/);
    expect(sheetValues(workspace, 'Cases')[4][1]).not.toBe('amber kettle');
  });
});

describe('Generate code name on a person code name', () => {
  it('refuses to replace a person code name the identity key holds, changing nothing', () => {
    const { workspace } = world();
    const before = copyOf(workspace);
    const response = run(workspace, 'generateCodeName', { selection: caseCell(workspace, 'Person Code Name', 2) });
    expect(alerts(response)).toEqual([expect.stringMatching(/belongs to a person in the identity key, so replacing it would cut the row from them\. Nothing was changed\./)]);
    expect(workspace).toEqual(before);
  });

  it('replaces a person code name the key does not hold', () => {
    const { workspace } = world();
    const cell = caseCell(workspace, 'Person Code Name', 2);
    sheetState(workspace, 'Cases').values[1][2] = 'Mistyped Name';
    run(workspace, 'generateCodeName', { selection: cell, answers: ['YES'] });
    expect(sheetValues(workspace, 'Cases')[1][2]).not.toBe('Mistyped Name');
  });
});

describe('Create or open case document when no row links the document', () => {
  it('links the document a member made in their own Drive instead of making a second one', () => {
    const { workspace } = world();
    const logged = ok<LogReportResult>(run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: PERSON_ONE }] })], user: KEY_HOLDER_EMAIL }));
    const cases = sheetState(workspace, 'Cases');
    const row = cases.values.findIndex((cells) => cells[1] === logged.caseCodeName) + 1;
    cases.values[row - 1][9] = '';
    const opened = ok<OpenCaseDocumentResult>(run(workspace, 'openCaseDocument', { selection: caseCell(workspace, 'Case Code Name', row) }));
    expect(opened).toEqual({ caseCodeName: logged.caseCodeName, documentUrl: expect.stringContaining(linkedId(logged.documentUrl) as string), created: false, notShared: [] });
    expect(Object.values(workspace.files).filter((file) => file.name === logged.caseCodeName && !file.trashed)).toHaveLength(1);
  });
});

describe('Audit sharing', () => {
  it('lists a case document a member made outside the case folder, with why it cannot be moved', () => {
    const { workspace } = world();
    const logged = ok<LogReportResult>(run(workspace, 'logReport', { args: [reportForm()], user: MEMBER_EMAIL }));
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [false] }));
    expect(findings).toEqual([
      {
        caseCodeName: logged.caseCodeName,
        problem: `The document is not in the case documents folder, and only its owner (${MEMBER_EMAIL}) can move it out of their Drive. Ask them to transfer its ownership to you in Google Drive, then run Audit sharing again to move it.`,
      },
    ]);
  });

  it('moves a document the chair owns into the case folder', () => {
    const { workspace } = world();
    const document = workspace.files[linkedId(shared.cases[1].documentUrl) as string];
    const folder = document.parents[0];
    document.parents = [];
    ok(run(workspace, 'auditSharing', { args: [true] }));
    expect(document.parents).toEqual([folder]);
    expect(ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [false] })).findings).toEqual([]);
  });

  it('lists a document in the case folder that no row links to, and one its case does not link', () => {
    const { workspace } = world();
    const document = workspace.files[linkedId(shared.cases[1].documentUrl) as string];
    workspace.files['stray-doc'] = { ...document, id: 'stray-doc', name: 'Fictional notes' };
    const cases = sheetState(workspace, 'Cases');
    cases.values[3][9] = '';
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [false] }));
    expect(findings.map((finding) => finding.caseCodeName)).toEqual([shared.cases[1].caseCodeName, 'A document in the case folder (stray-doc)']);
    expect(findings[1].problem).toMatch(/^This document is in the case documents folder, but no row of Cases links to it/);
  });
});

/** Found by the random sequences of test/invariants/sequences.test.ts, each pinned here. */
describe('what the random sequences found', () => {
  function typeInto(workspace: WorkspaceState, header: string, row: number, value: string): void {
    const sheet = sheetState(workspace, 'Cases');
    sheet.values[row - 1][sheet.values[0].indexOf(header)] = value;
  }

  it('never offers a real name typed into Person Code Name as a code name in the sidebar', () => {
    const { workspace } = world();
    typeInto(workspace, 'Person Code Name', 2, PERSON_ONE);
    const response = run(workspace, 'getLogReportOptions');
    expect(JSON.stringify(ok(response))).not.toContain(PERSON_ONE);
  });

  it('never repeats a real name typed into Case Code Name in onboarding or its dialog', () => {
    const { workspace } = world();
    typeInto(workspace, 'Case Code Name', 4, 'Fictional Person One');
    const responses = [run(workspace, 'getOnboardingOptions'), run(workspace, 'onboardMember', { args: ['fictional.newcomer@example.org', { conflicts: [] }] })];
    expect(checkInvariants(workspace, { runs: responses.map((response) => ({ kind: 'run', function: 'x', args: [], user: CHAIR_EMAIL, response })), secrets: shared.secrets, auditFindings: () => [{ caseCodeName: 'The case in Cases row 4', problem: '' }] }).filter((breach) => breach.invariant === 1 && breach.where.startsWith('run'))).toEqual([]);
  });

  it('offboarding takes the member off a document in the case folder that no row links any more', () => {
    const { workspace } = world();
    const document = workspace.files[linkedId(shared.cases[1].documentUrl) as string];
    sheetState(workspace, 'Cases').values.splice(3, 1);
    ok(run(workspace, 'offboardMember', { args: [KEY_HOLDER_EMAIL] }));
    expect(document.editors).not.toContain(KEY_HOLDER_EMAIL);
  });

  it('offboarding takes the member off every document a case’s rows link, once another case’s name is typed over a row', () => {
    const { workspace } = world();
    typeInto(workspace, 'Case Code Name', 2, shared.cases[1].caseCodeName);
    ok(run(workspace, 'offboardMember', { args: [KEY_HOLDER_EMAIL] }));
    for (const { documentUrl } of shared.cases) expect(workspace.files[linkedId(documentUrl) as string].editors).not.toContain(KEY_HOLDER_EMAIL);
  });

  it('declaring a conflict takes access to every document the case’s rows link', () => {
    const { workspace } = world();
    typeInto(workspace, 'Case Code Name', 4, shared.cases[0].caseCodeName);
    ok(run(workspace, 'declareConflict', { args: [KEY_HOLDER_EMAIL, shared.cases[0].caseCodeName], user: KEY_HOLDER_EMAIL }));
    for (const { documentUrl } of shared.cases) expect(workspace.files[linkedId(documentUrl) as string].editors).not.toContain(KEY_HOLDER_EMAIL);
  });

  it('Audit sharing neither renames nor shares a document that two cases’ rows link', () => {
    const { workspace } = world();
    typeInto(workspace, 'Documents', 4, shared.cases[0].documentUrl);
    const document = workspace.files[linkedId(shared.cases[0].documentUrl) as string];
    const before = structuredClone(document);
    const { findings } = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    expect(document).toEqual(before);
    expect(findings.map((finding) => finding.problem)).toContainEqual(expect.stringMatching(/also link or that is titled with another case, so its title and sharing were left as they are/));
  });

  it('Generate code name refuses a blank Case Code Name on a row that links a document', () => {
    const { workspace } = world();
    typeInto(workspace, 'Case Code Name', 2, '');
    const before = copyOf(workspace);
    expect(alerts(run(workspace, 'generateCodeName', { selection: caseCell(workspace, 'Case Code Name', 2) }))[0]).toMatch(/^This row's Documents cell links a case document/);
    expect(workspace).toEqual(before);
  });
});
