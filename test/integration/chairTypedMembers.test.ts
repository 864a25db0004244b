/**
 * What a chair's typing into `Members` does (spec section 9; docs/threat-model.md, "A chair's
 * typed edit of Members"). Google lets the chairs type there, so the add-on believes the cells as
 * the chairs' record, but a cell gives nobody anything by itself: what it takes away counts at
 * once, what it adds waits for the chair's confirmation by name (Grant access, Onboard member, a
 * Set up or repair that names the chairs it protects for).
 */
import type { WorkspaceState } from '../../emulator/workspace/state';
import type { AuditSharingResult, SetUpResult } from '../../src/core/apiTypes';
import { healthyWorld, reportForm } from '../invariants/world';
import { CHAIR_EMAIL, KEY_HOLDER_EMAIL, MEMBER_EMAIL, cellOf, copyOf, edit, errorOf, ok, run, sheetValues } from './helpers';

const NEWCOMER = 'fictional.newcomer@example.org';

let start: WorkspaceState;
let keyId: string;
beforeAll(() => {
  const world = healthyWorld();
  start = world.workspace;
  keyId = world.keyId;
});

function memberRow(workspace: WorkspaceState, email: string): number {
  return sheetValues(workspace, 'Members').findIndex((cells) => cells[0] === email) + 1;
}

function typeAsChair(workspace: WorkspaceState, email: string, header: string, value: string): void {
  ok(edit(workspace, 'Members', cellOf(workspace, 'Members', header, memberRow(workspace, email)), value, { user: CHAIR_EMAIL }));
}

/** Everyone who can open a file: owner, editors, viewers. */
function peopleOn(workspace: WorkspaceState, id: string): string[] {
  const file = workspace.files[id];
  return [file.owner, ...file.editors, ...file.viewers];
}

/** Every document in Drive that is not in the trash. */
function documentIds(workspace: WorkspaceState): string[] {
  return Object.values(workspace.files).filter((file) => file.mimeType === 'application/vnd.google-apps.document' && !file.trashed).map((file) => file.id);
}

describe('the chair typing Yes into a member’s Identity Key Access', () => {
  it('gives them nothing by itself: Audit sharing (fix) and a report leave the key closed to them, and the audit lists it', () => {
    const workspace = copyOf(start);
    typeAsChair(workspace, MEMBER_EMAIL, 'Identity Key Access', 'Yes');
    const audit = ok<AuditSharingResult>(run(workspace, 'auditSharing', { args: [true] }));
    ok(run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: 'Fictional Person Nine' }] })] }));
    expect(peopleOn(workspace, keyId)).not.toContain(MEMBER_EMAIL);
    expect(audit.findings.some((finding) => finding.caseCodeName === 'Identity key' && finding.problem.includes(MEMBER_EMAIL))).toBe(true);
  });

  it('is the record Grant access then confirms by name: only that gives them the key', () => {
    const workspace = copyOf(start);
    typeAsChair(workspace, MEMBER_EMAIL, 'Identity Key Access', 'Yes');
    ok(run(workspace, 'grantAccess', { args: [MEMBER_EMAIL, 'identity key'] }));
    expect(peopleOn(workspace, keyId)).toContain(MEMBER_EMAIL);
  });
});

describe('the chair typing No into a key holder’s Identity Key Access', () => {
  it('takes effect at once: no real name is written while they can open the key, and Audit sharing (fix) takes it from them', () => {
    const workspace = copyOf(start);
    typeAsChair(workspace, KEY_HOLDER_EMAIL, 'Identity Key Access', 'No');
    errorOf(run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: 'Fictional Person Nine' }] })] }));
    ok(run(workspace, 'auditSharing', { args: [true] }));
    expect(peopleOn(workspace, keyId)).not.toContain(KEY_HOLDER_EMAIL);
  });
});

describe('the chair typing Chair into a member’s Role', () => {
  it('makes nobody a chair until the chair’s Set up or repair names them: until then the member’s chair actions are refused', () => {
    const workspace = copyOf(start);
    typeAsChair(workspace, MEMBER_EMAIL, 'Role', 'Chair');
    expect(errorOf(run(workspace, 'offboardMember', { args: [KEY_HOLDER_EMAIL], user: MEMBER_EMAIL }))).toMatch(/not made by Set up or repair or a hand-over/);
    const repair = ok<SetUpResult>(run(workspace, 'setUpSpreadsheet'));
    expect(repair.changed.join(' ')).toContain(`Recorded the chairs: ${CHAIR_EMAIL}, ${MEMBER_EMAIL}`);
    ok(run(workspace, 'auditSharing', { args: [false], user: MEMBER_EMAIL }));
  });
});

describe('the chair typing a new row into Members', () => {
  it('gives the person no existing document, nor the key, folder or tracker, until Onboard member', () => {
    const workspace = copyOf(start);
    const row = sheetValues(workspace, 'Members').length + 1;
    for (const [header, value] of [['Email', NEWCOMER], ['Role', 'Member'], ['Identity Key Access', 'Yes'], ['Active', 'Yes']]) {
      ok(edit(workspace, 'Members', cellOf(workspace, 'Members', header, row), value, { user: CHAIR_EMAIL }));
    }
    const settings = sheetValues(workspace, 'Settings');
    const folderId = String(settings.find((cells) => cells.includes('Case Documents Folder ID'))?.[settings[0].indexOf('Value')]);
    const existing = [...documentIds(workspace), keyId, folderId, workspace.activeSpreadsheetId];
    expect(workspace.files[folderId]).toBeDefined();
    ok(run(workspace, 'auditSharing', { args: [true] }));
    ok(run(workspace, 'openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', 2) } }));
    for (const id of existing) expect(peopleOn(workspace, id)).not.toContain(NEWCOMER);
  });
});
